package lede

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestGivenNameKeyRefusesEarlyAsItWould checks that the early refusal of
// givenNameKey gives what decomposing first gives (decomposedNameKey): on names with accents
// in several scripts' Latin letters, names of other scripts, and runs of
// random characters from the ranges garbled text is made of.
func TestGivenNameKeyRefusesEarlyAsItWould(t *testing.T) {
	names := []string{"José", "JOSÉ", "Zoë", "Łukasz", "Ngọc", "Thị", "Çelik", "Søren", "Dvořák", "Ñuñez",
		"Ana\u0301", "Müller", "Иван", "김민준", "محمد", "Ã©", "Ã¢â‚¬â„¢", "O’Brien", "Anne-Marie", "Ǆemal", "ﬁona", "Å", "Åsa"}
	rng := rand.New(rand.NewPCG(7, 11))
	for range 2000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			switch rng.IntN(4) {
			case 0:
				b.WriteRune(rune('a' + rng.IntN(26)))
			case 1:
				b.WriteRune(rune(0x80 + rng.IntN(0x180)))
			case 2:
				b.WriteRune(rune(0x1E00 + rng.IntN(0x100))) // Latin Extended Additional
			default:
				b.WriteRune(rune(0x300 + rng.IntN(0x70))) // combining marks
			}
		}
		names = append(names, b.String())
	}
	for _, n := range names {
		if got, want := givenNameKey(n), decomposedNameKey(n); got != want {
			t.Errorf("givenNameKey(%q) = %q, want %q", n, got, want)
		}
	}
}
