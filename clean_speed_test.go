package lede

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestVietnameseLetters checks isVietnameseLetter, which writesVietnamese
// asks instead of lower-casing each character, against the lower case of
// every character.
func TestVietnameseLetters(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		l := unicode.ToLower(r)
		want := l == 'ơ' || l == 'ư' || l == 'đ' || l == 'ă' || l >= 0x1EA0 && l <= 0x1EF9
		if got := isVietnameseLetter(r); got != want {
			t.Errorf("isVietnameseLetter(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestDecodeRune checks decodeRune and runesOf, which decode two-byte
// sequences inline, against the utf8 package and the conversion to
// []rune on every sequence of one and two bytes, and on text of several
// scripts, mojibake and stray bytes.
func TestDecodeRune(t *testing.T) {
	check := func(s string) {
		t.Helper()
		r, n := decodeRune(s)
		if wr, wn := utf8.DecodeRuneInString(s); r != wr || n != wn {
			t.Errorf("decodeRune(%+q) = %U, %d, want %U, %d", s, r, n, wr, wn)
		}
		if got, want := runesOf(s), []rune(s); !slices.Equal(got, want) {
			t.Errorf("runesOf(%+q) = %U, want %U", s, got, want)
		}
	}
	for a := range 256 {
		check(string([]byte{byte(a)}))
		for b := range 256 {
			check(string([]byte{byte(a), byte(b)}))
		}
	}
	for _, s := range []string{
		"Huaweiâ€™s", "Ð Ð°Ð±Ð¾Ñ‚Ð°", "Crème brûlée", "日本語", "😀 emoji", "\xed\xa0\x80 surrogate",
		"\xe2\x80", "\xf0\x9f\x98", "Ελληνικά", "עברית", highBytes(300),
	} {
		check(s)
	}
}
