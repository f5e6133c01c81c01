package lede

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// decomposedNameKey is what givenNameKey gives, the slow way: name
// decomposed by norm.NFD.String when it has characters beyond ASCII, its
// nonspacing marks dropped, its letters written as the table writes names.
func decomposedNameKey(name string) string {
	if hasHighLatin(name) {
		name = norm.NFD.String(name)
	}
	var b strings.Builder
	for _, r := range name {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			if b.Len() == 0 {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		default:
			return ""
		}
	}
	return b.String()
}

// TestGivenNameKeyDecomposesAsNFD checks that givenNameKey, which takes
// each character's decomposition apart on its own, gives what decomposing
// the whole name first gives (decomposedNameKey): on names with accents in
// several scripts' Latin letters, names of other scripts, characters whose
// decomposition is one character (the Kelvin and Ångström signs) or takes
// two steps (Greek with breathings and accents, Vietnamese), every
// character up to the combining marks alone and in a name, invalid
// UTF-8, and runs of random characters from the ranges garbled text is
// made of.
func TestGivenNameKeyDecomposesAsNFD(t *testing.T) {
	names := []string{"José", "JOSÉ", "Zoë", "Łukasz", "Ngọc", "Thị", "Çelik", "Søren", "Dvořák", "Ñuñez",
		"Ana\u0301", "Müller", "Иван", "김민준", "محمد", "Ã©", "Ã¢â‚¬â„¢", "O’Brien", "Anne-Marie", "Ǆemal", "ﬁona", "Å", "Åsa",
		"\u212Bsa", "\u212Aate", "ἈΘΗΝᾶ", "Ấn", "ẤN", "Ž", "Ÿ", "ÄËÒ", "ÅÌÓ", "Jos\xe9", "\xffAna", "A\ufffd", ""}
	ranges := [][2]rune{
		{'a', 'z' + 1},
		{0x80, 0x250},    // Latin-1 and Latin Extended
		{0x1E00, 0x1F00}, // Latin Extended Additional
		{0x300, 0x370},   // combining marks
		{0x1F00, 0x2000}, // Greek Extended, decomposed in steps
		{0x2100, 0x2150}, // letterlike symbols, singletons
		{0xAC00, 0xAC40}, // Hangul, decomposed by rule
	}
	for r := range rune(0x300) { // each character latinKeyLetters holds, and some after
		names = append(names, string(r), "J"+string(r)+"n")
	}
	rng := rand.New(rand.NewPCG(7, 11))
	for range 4000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			r := ranges[rng.IntN(len(ranges))]
			if rng.IntN(3) > 0 {
				r = ranges[rng.IntN(4)] // most from the first four
			}
			b.WriteRune(r[0] + rng.Int32N(r[1]-r[0]))
		}
		names = append(names, b.String())
	}
	keys := 0
	for _, n := range names {
		got, want := givenNameKey(n), decomposedNameKey(n)
		if got != want {
			t.Errorf("givenNameKey(%q) = %q, want %q", n, got, want)
		}
		if want != "" && want != n {
			keys++
		}
	}
	if keys < 100 {
		t.Errorf("only %d names have a key of their own: the test reads too few", keys)
	}
}
