package lede

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// TestDecodeThree checks decodeRune and runesOf, which decode three-byte
// sequences without a call, against the utf8 package and the conversion
// to []rune on every sequence of three bytes that starts with a lead of
// three bytes or a byte next to them, alone, cut short and followed by
// text: overlong forms (E0 80 80), surrogates (ED A0 80) and the
// characters around them included.
func TestDecodeThree(t *testing.T) {
	for a := 0xDF; a <= 0xF0; a++ {
		for b := range 256 {
			for c := range 256 {
				s := string([]byte{byte(a), byte(b), byte(c), 'x'})
				for _, s := range []string{s[:3], s, s[:2]} {
					r, n := decodeRune(s)
					if wr, wn := utf8.DecodeRuneInString(s); r != wr || n != wn {
						t.Fatalf("decodeRune(%+q) = %U, %d, want %U, %d", s, r, n, wr, wn)
					}
				}
				if got, want := runesOf(s), []rune(s); !slices.Equal(got, want) {
					t.Fatalf("runesOf(%+q) = %U, want %U", s, got, want)
				}
			}
		}
	}
	for _, s := range []string{"“quoted” – €5", "日本語のテキスト", "中文网页", "한국어", "€‡Ž•ª±¸¿", "\ufffd\uffff\ue000"} {
		if got, want := runesOf(s), []rune(s); !slices.Equal(got, want) {
			t.Errorf("runesOf(%q) = %U, want %U", s, got, want)
		}
	}
}
