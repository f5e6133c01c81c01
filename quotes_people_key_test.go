package lede

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
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
		if got, want := decomposedNameKey(n), nameKeyByNFD(n); got != want {
			t.Errorf("decomposedNameKey(%q) = %q, by NFD %q", n, got, want)
		}
	}
}

// TestDecomposedNameKeyMatchesNFD checks decomposedNameKey, which
// decomposes each character by its own table entry, against the key of
// the name decomposed whole by norm.NFD.String (nameKeyByNFD): for every
// character alone, after a letter and before a mark, and for invalid
// UTF-8.
func TestDecomposedNameKeyMatchesNFD(t *testing.T) {
	names := []string{"", "\xff", "A\xc3", "Jos\xe9", "e\u0301\u0327", "\u1100\u1161", "\uac00"}
	step := 1
	if testing.Short() {
		step = 7
	}
	for r := rune(0x80); r <= unicode.MaxRune; r += rune(step) {
		if !utf8.ValidRune(r) {
			continue
		}
		c := string(r)
		names = append(names, c, "A"+c, c+"\u0301", "Ana"+c+"\u0323\u0302")
	}
	for _, n := range names {
		if got, want := decomposedNameKey(n), nameKeyByNFD(n); got != want {
			t.Fatalf("decomposedNameKey(%q) = %q, by NFD %q", n, got, want)
		}
	}
}

// nameKeyByNFD is decomposedNameKey as first written: the whole name
// decomposed by norm.NFD.String, its marks dropped.
func nameKeyByNFD(name string) string {
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
