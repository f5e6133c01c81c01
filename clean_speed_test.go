package lede

import (
	"testing"
	"unicode"
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
