package lede

import "testing"

// TestNumberMemo checks that the memo answers at every token what
// numberAt reads there, asked in order and again out of order, and that
// it answers nothing outside the tokens.
func TestNumberMemo(t *testing.T) {
	texts := []struct{ name, text string }{
		{"digits and words", "It cost $2.5 billion, two hundred and six jobs, 1,200 homes and -4 degrees."},
		{"fractions and ordinals", "two-thirds of the 30th, a half, ½ and 2 1/2 miles, the twenty-fifth day"},
		{"words that start no number", "the a an minus half quarter - − and over point"},
		{"signs and scales", "minus five, a dozen, a billion billion, 3 million and a quarter, 1e10"},
		{"a spelled run longer than the cap", repeatTo("one hundred and ", 1000)},
		{"a run of digits", repeatTo("1 ", 200)},
	}
	for _, tt := range texts {
		t.Run(tt.name, func(t *testing.T) {
			toks := entityTokens(tt.text)
			memo := newNumberMemo(tt.text, toks)
			for pass, order := range [][]int{ascending(len(toks)), descending(len(toks))} {
				for _, k := range order {
					want, wantOK := numberAt(tt.text, toks, k)
					got, gotOK := memo.number(k)
					if got != want || gotOK != wantOK {
						t.Fatalf("pass %d, token %d %q: memo %+v %v, numberAt %+v %v", pass, k, toks[k].lower, got, gotOK, want, wantOK)
					}
				}
			}
			for _, k := range []int{-1, len(toks), len(toks) + 5} {
				if _, ok := memo.number(k); ok {
					t.Errorf("a number at token %d of %d", k, len(toks))
				}
			}
		})
	}
}

func ascending(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

func descending(n int) []int {
	out := ascending(n)
	for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}
