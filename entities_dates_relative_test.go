package lede

import (
	"testing"
	"time"
)

// TestRelativeUnitExit checks relativeUnit's early exit against
// readRelativeUnit at every token of texts with relative dates and near
// misses, with and without a reference date.
func TestRelativeUnitExit(t *testing.T) {
	texts := []string{
		"this year, last week, next month, that day, this past spring, this fiscal year, the next day, this weekend",
		"this morning, last night, tonight, the next morning, the previous evening, this past weekend, next quarter",
		"last Easter, next Christmas, last Oct. 23, this March, next Tuesday, last tuesday, this Sun, that Wed.",
		"that company said this is the last of next steps; this past, next to, last said, this overnight, last calendar year",
		"this decade, last century, this year's third quarter, the following year, the previous week, that summer",
		"this spring bank holiday, last Saint Patrick's Day, next New Year's Eve, coming days, this coming Monday",
	}
	found := 0
	for _, ref := range []time.Time{time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC), {}} {
		for _, text := range texts {
			toks := entityTokens(text)
			lower := lowerASCIIText(text)
			f := &dateFinder{text: text, lower: lower, toks: toks, ref: ref, numbers: newNumberMemo(text, toks)}
			for k := range toks {
				got, gotOK := f.relativeUnit(k)
				want, wantOK := f.readRelativeUnit(k)
				if got != want || gotOK != wantOK {
					t.Errorf("relativeUnit at token %d %q of %q: %+v %v, without the exit %+v %v", k, toks[k].in(lower), text, got, gotOK, want, wantOK)
				}
				if wantOK {
					found++
				}
			}
		}
	}
	if found < 20 {
		t.Errorf("the texts have %d relative dates; they test the exit with at least 20", found)
	}
}
