package lede

import (
	"testing"
	"time"
)

// monthOrDaySlow is monthOrDay as time.Parse reads the values.
func monthOrDaySlow(value string) (time.Time, bool) {
	if !opensYearMonth(value) {
		return time.Time{}, false
	}
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

// TestMonthOrDayAsTimeParse checks monthOrDay against time.Parse on the
// values the date finder writes and on malformed ones.
func TestMonthOrDayAsTimeParse(t *testing.T) {
	values := []string{"2015-06", "2024-03-09", "2019-03-08T15:00", "2019-02-29", "2020-02-29", "2019-04-31",
		"2019-13", "2019-00", "2019-12-00", "2019-12-32", "0000-01-01", "9999-12-31", "2019-03-8", "2019-03-08x",
		"2019-03x08", "2019-3-08", "2019-W10", "2019-Q3", "XXXX-03-08", "P5Y", "PAST_REF", "199", "2019", "2019-03-",
		"2019-03-0a", "2019-06-15TEV", "1989-Q3", "2019-03-08T", "", "2019-1", "+019-03-08", "2019-03-08-"}
	for y := 1999; y <= 2001; y++ {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				values = append(values, fourDigits(y)+"-"+twoDigits(m)+"-"+twoDigits(d), fourDigits(y)+"-"+twoDigits(m))
			}
		}
	}
	for _, v := range values {
		got, ok := monthOrDay(v)
		want, wantOK := monthOrDaySlow(v)
		if ok != wantOK || got != want {
			t.Errorf("monthOrDay(%q) = %v, %v; time.Parse reads %v, %v", v, got, ok, want, wantOK)
		}
	}
}
