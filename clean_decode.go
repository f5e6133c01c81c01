package lede

import "unicode/utf8"

// Decoding for the passes over a whole text. Text beyond ASCII is mostly
// letters of two bytes (Latin, Greek, Cyrillic, Hebrew, Arabic), and a
// line of stray bytes read as windows-1252 is nothing else: every pass
// of normalize decodes each of them, and utf8.DecodeRuneInString is a
// call for anything but ASCII.

// decodeRune is utf8.DecodeRuneInString, with two-byte sequences decoded
// without a call (see decodeTwo).
func decodeRune(s string) (rune, int) {
	if r, n := decodeTwo(s); n > 0 {
		return r, n
	}
	return utf8.DecodeRuneInString(s)
}

// decodeTwo decodes the two-byte sequence s starts with, or returns a
// size of 0: C2 to DF followed by a continuation byte is valid UTF-8
// whatever the two are. It inlines, where decodeRune, which calls,
// does not: the passes over a whole text call it first.
func decodeTwo(s string) (rune, int) {
	if len(s) > 1 {
		if c0, c1 := s[0], s[1]; c0-0xC2 < 0xE0-0xC2 && c1^0x80 < 0x40 {
			return rune(c0&0x1F)<<6 | rune(c1^0x80), 2
		}
	}
	return 0, 0
}

// runesOf is []rune(s): invalid bytes read as U+FFFD one by one.
func runesOf(s string) []rune {
	rs := make([]rune, 0, utf8.RuneCountInString(s))
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			rs = append(rs, rune(c))
			i++
			continue
		}
		r, n := decodeTwo(s[i:])
		if n == 0 {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		rs = append(rs, r)
		i += n
	}
	return rs
}
