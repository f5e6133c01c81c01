package lede

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestIsNFC checks isNFC against x/text on texts that mix inert
// characters with marks that compose with them, marks out of canonical
// order, Hangul jamo, and characters NFC replaces.
func TestIsNFC(t *testing.T) {
	for _, s := range []string{
		"", "plain", "café", "cafe\u0301", "e\u0301", "\u0301e",
		"a\u0323\u0301", "a\u0301\u0323", // marks in and out of canonical order
		"한국", "\u1100\u1161", "\uAC00\u11A8", // a syllable and jamo that compose with it
		"\u212B", "Ω \u2126", // characters NFC replaces: the angstrom and ohm signs
		"ϣ Greek ά α\u0301", "ؠ Arabic ا\u0653", "Ò􈍔õ", "x\u0346y",
		"\ufffd\u0301", "\ue000\u0301", "\U00030000\u0301", "\U00108354\u0346", "™\u0301 ╚\u0308", // inert but for the mark
	} {
		if got, want := isNFC(s), norm.NFC.IsNormalString(s); got != want {
			t.Errorf("isNFC(%+q) = %v, want %v", s, got, want)
		}
	}
	alphabet := []rune("ae Ãé한\u0301\u0323\u0346\u0308\u1100\u1161\u11A8\u212Bάαϣ\u0653ا€中ſ\ufffd\ue000\U00030000\U00108354™╚")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var sb strings.Builder
		for range 1 + rng.IntN(8) {
			sb.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		s := sb.String()
		if got, want := isNFC(s), norm.NFC.IsNormalString(s); got != want {
			t.Fatalf("isNFC(%+q) = %v, want %v", s, got, want)
		}
	}
}
