package lede

import (
	"testing"
	"time"
)

// TestMonthOrDayOpens checks that monthOrDay's early exit turns away
// only values that time.Parse turns away.
func TestMonthOrDayOpens(t *testing.T) {
	slow := func(value string) (time.Time, bool) {
		if len(value) >= 10 {
			if t, err := time.Parse("2006-01-02", value[:10]); err == nil {
				return t, true
			}
		}
		if len(value) == 7 {
			if t, err := time.Parse("2006-01", value); err == nil {
				return t, true
			}
		}
		return time.Time{}, false
	}
	for _, v := range []string{"", "2019", "2019-03", "2019-13", "2019-3", "2019-03-08", "2019-02-30", "2019-03-08T15:00",
		"2019-03-08TNI", "XXXX-03-08", "2019-W10", "2019-Q3", "2019-H1", "199", "P5Y", "PT2H", "PAST_REF", "+2019-03", "２０１９-03"} {
		gt, gok := monthOrDay(v)
		wt, wok := slow(v)
		if gok != wok || !gt.Equal(wt) {
			t.Errorf("monthOrDay(%q) = %v %v, want %v %v", v, gt, gok, wt, wok)
		}
	}
}
