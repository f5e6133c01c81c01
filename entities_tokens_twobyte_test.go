package lede

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestTwoByteAtDecodes checks twoByteAt against decoding every pair of
// bytes: it answers only for a character of two bytes, and then what
// the slow path asks of it (white space, letter, vulgar fraction,
// combining mark, sign),
// asked of the unicode predicates here rather than of its table.
func TestTwoByteAtDecodes(t *testing.T) {
	for c := 0; c < 256; c++ {
		for d := 0; d < 256; d++ {
			s := string([]byte{byte(c), byte(d), 'x'})
			kind, ok := twoByteAt(s, 0)
			r, n := utf8.DecodeRuneInString(s)
			if isChar := n == 2 && r != utf8.RuneError; ok != isChar {
				t.Fatalf("twoByteAt(% x) ok = %v, a character of two bytes: %v", s[:2], ok, isChar)
			}
			if !ok {
				continue
			}
			want := runeSign
			switch {
			case isSpace(r):
				want = runeSpace
			case isLetter(r):
				want = runeLetter
			case vulgarFractions[r] != 0:
				want = runeFraction
			case unicode.IsMark(r):
				want = runeMark
			}
			if kind != want {
				t.Errorf("twoByteAt(%q) = %d, want %d", string(r), kind, want)
			}
		}
	}
	if _, ok := twoByteAt("\xc2", 0); ok {
		t.Error("twoByteAt read past the end of the text")
	}
}

// TestTwoByteTokens checks the tokens of each character of two bytes
// between spaces, between ASCII letters and at the end of the text: a
// word with the letters around it (a letter or a combining mark), a
// number or a sign of its own, or white space, as the unicode predicates
// say.
func TestTwoByteTokens(t *testing.T) {
	for r := rune(0x80); r < 0x800; r++ {
		ch := string(r)
		var alone, inWord []etok
		switch {
		case isSpace(r):
			inWord = []etok{{start: 0, end: 1, kind: tokWord, space: true}, {start: 3, end: 4, kind: tokWord, space: true}}
		case isLetter(r):
			alone = []etok{{start: 1, end: 3, kind: tokWord, space: true}}
			inWord = []etok{{start: 0, end: 4, kind: tokWord, space: true}}
		case unicode.IsMark(r): // a sign alone, part of the word after a letter
			alone = []etok{{start: 1, end: 3, kind: tokSym, space: true}}
			inWord = []etok{{start: 0, end: 4, kind: tokWord, space: true}}
		default:
			kind := tokSym
			if vulgarFractions[r] != 0 {
				kind = tokNum
			}
			alone = []etok{{start: 1, end: 3, kind: kind, space: true}}
			inWord = []etok{{start: 0, end: 1, kind: tokWord, space: true}, {start: 1, end: 3, kind: kind}, {start: 3, end: 4, kind: tokWord}}
		}
		for _, tt := range []struct {
			text string
			want []etok
		}{{" " + ch + " ", alone}, {" " + ch, alone}, {"a" + ch + "b", inWord}} {
			got := splitTokens(tt.text)
			if !sameTokens(got, tt.want) {
				t.Errorf("tokens of %q (%U) = %+v, want %+v", tt.text, r, got, tt.want)
			}
		}
	}
}

// sameTokens reports whether a and b are the same tokens, unclassified.
func sameTokens(a, b []etok) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].start != b[i].start || a[i].end != b[i].end || a[i].kind != b[i].kind || a[i].space != b[i].space {
			return false
		}
	}
	return true
}

// TestVulgarFractionOf checks vulgarFractionOf against the map of
// fractions over the characters up to U+FFFF.
func TestVulgarFractionOf(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if got, want := vulgarFractionOf(r), vulgarFractions[r]; got != want {
			t.Errorf("vulgarFractionOf(%q) = %v, want %v", string(r), got, want)
		}
	}
}

// TestNoLettersFromLettersEnd checks that the unicode package has no
// letter, digit or white space from lettersEnd on, and that the tokenizer
// makes a sign of each character there, glued to words or not.
func TestNoLettersFromLettersEnd(t *testing.T) {
	for name, table := range map[string]*unicode.RangeTable{"Letter": unicode.Letter, "Digit": unicode.Digit, "White_Space": unicode.White_Space} {
		for _, r32 := range table.R32 {
			if r32.Hi >= lettersEnd {
				t.Errorf("%s has U+%04X to U+%04X, past lettersEnd", name, r32.Lo, r32.Hi)
			}
		}
	}
	for _, r := range []rune{lettersEnd, 0x873D5, 0xE0001, 0xE0100, 0xF0000, 0x108354, unicode.MaxRune} {
		if isLetter(r) || isSpace(r) || vulgarFractions[r] != 0 {
			t.Errorf("%U is a letter, white space or a fraction", r)
		}
		ch := string(r)
		want := []etok{{start: 0, end: 1, kind: tokWord, space: true}, {start: 1, end: 5, kind: tokSym}, {start: 5, end: 6, kind: tokWord}}
		if got := splitTokens("a" + ch + "b"); !sameTokens(got, want) {
			t.Errorf("tokens of %q = %+v, want %+v", "a"+ch+"b", got, want)
		}
		want = []etok{{start: 1, end: 5, kind: tokSym, space: true}}
		if got := splitTokens(" " + ch + " "); !sameTokens(got, want) {
			t.Errorf("tokens of %q = %+v, want %+v", " "+ch+" ", got, want)
		}
	}
	// The last character before lettersEnd with a letter of its plane
	// still reads as a letter.
	if r := rune(0x3134A); !isLetter(r) || !sameTokens(splitTokens("a"+string(r)), []etok{{start: 0, end: 5, kind: tokWord, space: true}}) {
		t.Errorf("%U: not read as a letter", r)
	}
}
