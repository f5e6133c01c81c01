package lede

import "testing"

// TestApproxPhraseEnds compares approxEndingAt with the reading of every
// phrase at every token of texts with each qualifier and near misses.
func TestApproxPhraseEnds(t *testing.T) {
	texts := []string{
		"more than 5, less than 6, fewer than 7, up to 8, at least 9, at most 10, as many as 11, as much as 12",
		"as few as 13, as little as 14, close to 15, just over 16, just under 17, upwards of 18, an estimated 19",
		"well over 20, well under 21, no more than 22, no less than 23, about 24, around 25, roughly 26, c. 27",
		"nearly 28, almost 29, some 30, over 31, under 32, ~33, circa 34, below 35, above 36, estimated 37, only 38",
		"exactly 39, precisely 40, than 41, to 42, least 43, as 44, of 45, more 46, the 47, 48 49, MORE THAN 50",
	}
	found := 0
	for _, text := range texts {
		toks := entityTokens(text)
		lower := lowerASCIIText(text)
		for i := range toks {
			got, want := approxEndingAt(lower, toks, i), approxPhraseEndingAt(lower, toks, i)
			if got != want {
				t.Errorf("approxEndingAt at token %d %q of %q = %q, phrase by phrase %q", i, toks[i].in(lower), text, got, want)
			}
			if want != "" {
				found++
			}
		}
	}
	if found < 30 {
		t.Errorf("the texts have %d qualifiers; they test the exit with at least 30", found)
	}
}
