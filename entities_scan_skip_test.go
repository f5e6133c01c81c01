package lede

import "testing"

// TestScansSkipRuns checks nextDateStart and nextNumberStart, which the
// scans skip tokens with a run at a time, against a step per token: from
// every token to every bound of texts of words, numbers, dates and signs.
func TestScansSkipRuns(t *testing.T) {
	texts := []string{
		"", "the people said so", "on March 8, 2019 the council voted 7-2 for $2 billion",
		"“Yes,” he said — about three weeks ago — at 3 p.m. on Tuesday, and 40% more",
		"no figures and no dates here at all", "1 1 1 2019 one hundred and six",
	}
	for _, text := range texts {
		toks := entityTokens(text)
		for i := 0; i <= len(toks); i++ {
			for to := i; to <= len(toks); to++ {
				wantDate, wantNumber := i, i
				for wantDate < to && !canStartDate(&toks[wantDate]) {
					wantDate++
				}
				for wantNumber < to && !canStartNumber(&toks[wantNumber]) {
					wantNumber++
				}
				if got := nextDateStart(toks, i, to); got != wantDate {
					t.Errorf("nextDateStart(%q, %d, %d) = %d, want %d", text, i, to, got, wantDate)
				}
				if got := nextNumberStart(toks, i, to); got != wantNumber {
					t.Errorf("nextNumberStart(%q, %d, %d) = %d, want %d", text, i, to, got, wantNumber)
				}
			}
		}
	}
}
