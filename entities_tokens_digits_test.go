package lede

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestDigitTokensEndAsDigitsEnd checks the shortcut of appendTokens for
// a digit before a space against digitsEnd: every number token that
// starts with an ASCII digit ends where digitsEnd says, on random runs of
// digits, spaces, separators and letters ("1 1", "1 000", "1,2", "1.5 2").
func TestDigitTokensEndAsDigitsEnd(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	pieces := []string{"1", "7", "0", "12", " ", " ", ",", ".", "'", "’", "a", "-", "\n", "000"}
	for range 3000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		for _, tok := range splitTokens(text) {
			if tok.kind != tokNum || !isDigitByte(text[tok.start]) {
				continue
			}
			if want := digitsEnd(text, tok.start); tok.end != want {
				t.Errorf("%q: number at %d ends at %d, digitsEnd says %d", text, tok.start, tok.end, want)
			}
		}
	}
}
