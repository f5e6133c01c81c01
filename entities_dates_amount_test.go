package lede

import (
	"testing"
	"time"
)

// TestAmountExit checks readAmount's early exit, which says no when no
// unit of time follows a count within amountWordsAfter tokens, against
// the reading without it (countAt, then unitOfCount) at every token of
// texts with amounts of time and near misses.
func TestAmountExit(t *testing.T) {
	ref := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	texts := []string{
		"two years ago, a year earlier, 18 months, 2 1/2 years, 16-hour shifts, a minute and a half",
		"two more days, a whole day, an entire week, the next 4 business days, the last 2 quarters",
		"half an hour, one and a half hours, a few days, a hundred years, 3 quarters, a second-quarter loss",
		"5 people in 3 rooms, 10 km, a day, an apple, one of them, 1e400 years, 7 - year, 4 working days off",
		"a year-earlier quarter, 2 business trips, three consecutive weeks, 6 straight months, 20 additional minutes",
		"1 1 1 2 days, 100 100 100 years, one hundred and six days, twenty-five minutes, a dozen weeks",
	}
	found := 0
	for _, text := range texts {
		toks := entityTokens(text)
		lower := lowerASCIIText(text)
		f := &dateFinder{text: text, lower: lower, toks: toks, ref: ref, numbers: newNumberMemo(text, toks)}
		for k := range toks {
			n, u, end, ok := f.readAmount(k)
			var wn float64
			var wu dateUnit
			wend, wok := k, false
			if v, j, counted := f.countAt(k); counted {
				wn, wu, wend, wok = f.unitOfCount(k, v, j)
			}
			if n != wn || u != wu || end != wend || ok != wok {
				t.Errorf("readAmount at token %d %q of %q = %v %v %d %v, without the exit %v %v %d %v",
					k, toks[k].in(lower), text, n, u, end, ok, wn, wu, wend, wok)
			}
			if wok {
				found++
			}
		}
	}
	if found < 10 {
		t.Errorf("the texts have %d amounts of time; they test the exit with at least 10", found)
	}
}
