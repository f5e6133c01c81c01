package lede

import (
	"testing"
	"time"
)

// TestReaderExits checks that each date reader's early exit only says no
// where the reader without it says no: at every token of texts that
// have the reader's dates and near misses, both give the same answer.
func TestReaderExits(t *testing.T) {
	ref := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	exits := []struct {
		name       string
		with, full func(*dateFinder, int) (dateMatch, bool)
		texts      []string
	}{
		{"numericDate", (*dateFinder).numericDate, (*dateFinder).readNumericDate, []string{
			"On 2019-03-08 and 2015-03, then 05-Aug-2016 and 3/8/2019, 3/8/19, 22/04/2019 and on 11/20.",
			"It was 23.04.2022, not 1.10.2020.3, and 1.5.2 is a version; 1/16 inch, 2/3/ and 1/3 of them.",
			"1 1 1 100 100 2019 - 03 - 08, 3 / 8, 23 .04 and 2019 -03-08 with spaces",
			"Friday 7/6 and Tuesday, 2024-03-13T10:00 at 6.45 pm, 12-15 people, 2019-20 season",
		}},
	}
	for _, e := range exits {
		found := 0
		for _, text := range e.texts {
			toks := entityTokens(text)
			f := &dateFinder{text: text, toks: toks, ref: ref, numbers: newNumberMemo(text, toks)}
			for k := range toks {
				got, gotOK := e.with(f, k)
				want, wantOK := e.full(f, k)
				if got != want || gotOK != wantOK {
					t.Errorf("%s at token %d %q of %q: %+v %v, without the exit %+v %v", e.name, k, toks[k].lower, text, got, gotOK, want, wantOK)
				}
				if wantOK {
					found++
				}
			}
		}
		if found < 3 {
			t.Errorf("%s read %d dates in its texts; they test its exit with at least 3", e.name, found)
		}
	}
}
