package lede

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// TestFirstLowerChange checks firstLowerChange and appendLower, the stack
// lower case of words' capitalized words, against strings.ToLower: on
// every character up to U+0250 alone, and on random words of Latin-1,
// Latin Extended, Greek, Cyrillic, the letters that lower to one of
// another length (İ, the Kelvin sign), U+FFFD and invalid bytes.
func TestFirstLowerChange(t *testing.T) {
	var texts []string
	for r := rune(0); r < 0x250; r++ {
		texts = append(texts, string(r), "a"+string(r)+"B")
	}
	pieces := []string{"\u0130", "\u212a", "\ufffd", "\xff", "\xc3", "ǅ", "ß", "µ", "ÿ", "Ÿ"}
	ranges := [][2]rune{{'A', 'z'}, {0x80, 0x100}, {0x100, 0x250}, {0x370, 0x400}, {0x400, 0x460}}
	rng := rand.New(rand.NewPCG(3, 5))
	for range 5000 {
		var b strings.Builder
		for range 1 + rng.IntN(10) {
			if rng.IntN(8) == 0 {
				b.WriteString(pieces[rng.IntN(len(pieces))])
				continue
			}
			r := ranges[rng.IntN(len(ranges))]
			b.WriteRune(r[0] + rng.Int32N(r[1]-r[0]))
		}
		texts = append(texts, b.String())
	}
	changed := 0
	for _, s := range texts {
		want := strings.ToLower(s)
		k := firstLowerChange(s)
		got := s
		if k >= 0 {
			got = string(appendLower([]byte(s[:k]), s[k:]))
			changed++
		}
		if got != want || (k >= 0) != (want != s) {
			t.Errorf("%q: first change at %d, lower %q, want %q", s, k, got, want)
		}
	}
	if changed < 1000 {
		t.Errorf("only %d texts change: the test reads too few", changed)
	}
	for r := range rune(0x100) {
		if lowerRune(r) != unicode.ToLower(r) {
			t.Errorf("lowerRune(%U) = %U, want %U", r, lowerRune(r), unicode.ToLower(r))
		}
	}
}

// TestCombiningMarkAsUnicode checks isCombiningMark, read from the table
// of runeClasses, against the unicode package's tables of marks on every
// character of the first two planes and those past them that the table
// does not hold.
func TestCombiningMarkAsUnicode(t *testing.T) {
	for r := rune(0); r < 0x20000; r++ {
		if got, want := isCombiningMark(r), r >= 0x300 && unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me); got != want {
			t.Fatalf("isCombiningMark(%U) = %v, want %v", r, got, want)
		}
	}
	for _, r := range []rune{0xE0100, 0xE01EF, 0xE0001, 0x10FFFF, -1, unicode.MaxRune + 1} {
		if got, want := isCombiningMark(r), r >= 0x300 && unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me); got != want {
			t.Errorf("isCombiningMark(%U) = %v, want %v", r, got, want)
		}
	}
}
