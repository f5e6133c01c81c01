package lede

import (
	"math/rand"
	"testing"
)

// TestNumberMemoReadsAsNumberAt checks the memo, with its plain numbers
// kept in at alone and its run of digit groups, against numberAt at each
// token, asked forward, backward and in random order, each token twice.
func TestNumberMemoReadsAsNumberAt(t *testing.T) {
	texts := append(amongNumbersTexts(), "100 100 100 100 100 100 100 100 100 100 1/2 3", "in 2019 300 people 5")
	rng := rand.New(rand.NewSource(7))
	plain := 0
	for _, text := range texts {
		toks, lower := entityTokens(text), lowerASCIIText(text)
		orders := [][]int{make([]int, len(toks)), make([]int, len(toks)), rng.Perm(len(toks))}
		for k := range toks {
			orders[0][k], orders[1][k] = k, len(toks)-1-k
		}
		for _, order := range orders {
			m := newNumberMemo(text, toks)
			for _, k := range append(order, order...) {
				n, ok := m.number(k)
				want, wantOK := numberAt(text, lower, toks, k)
				if ok != wantOK || n != want {
					t.Errorf("%q at token %d: the memo reads %+v (%v), numberAt %+v (%v)", text, k, n, ok, want, wantOK)
				}
				if m.at[k] == memoPlain {
					plain++
				}
			}
		}
	}
	if plain < 1000 {
		t.Errorf("the memo held %d plain numbers, want a thousand or more", plain)
	}
}
