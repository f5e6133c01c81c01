package lede

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Decoding for the passes over a whole text. Text beyond ASCII is mostly
// letters of two bytes (Latin, Greek, Cyrillic, Hebrew, Arabic), and a
// line of stray bytes read as windows-1252 is nothing else: every pass
// of normalize decodes each of them, and utf8.DecodeRuneInString is a
// call for anything but ASCII.

// decodeRune is utf8.DecodeRuneInString, with two- and three-byte
// sequences decoded without a call (see decodeTwo and decodeThree).
func decodeRune(s string) (rune, int) {
	if r, n := decodeTwo(s); n > 0 {
		return r, n
	}
	if r, n := decodeThree(s); n > 0 {
		return r, n
	}
	return utf8.DecodeRuneInString(s)
}

// decodeThree decodes the three-byte sequence s starts with, or returns a
// size of 0: E0 to EF followed by two continuation bytes, unless they
// spell a character below U+0800 (overlong) or a surrogate, which are
// invalid. The commonest characters of news text beyond Latin-1 take
// three bytes (curly quotes, dashes, the euro sign), and so does every
// character of Chinese and Japanese text, and a third of the
// characters of a line of stray bytes read as windows-1252.
func decodeThree(s string) (rune, int) {
	if len(s) > 2 {
		if c0, c1, c2 := s[0], s[1], s[2]; c0&0xF0 == 0xE0 && c1^0x80 < 0x40 && c2^0x80 < 0x40 {
			r := rune(c0&0x0F)<<12 | rune(c1^0x80)<<6 | rune(c2^0x80)
			if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				return r, 3
			}
		}
	}
	return 0, 0
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

// runesOf is []rune(s): invalid bytes read as U+FFFD one by one. The
// characters are written in place while they fit the count of valid
// UTF-8 (startsIn), and appended past it, as invalid bytes may need.
func runesOf(s string) []rune {
	rs := make([]rune, startsIn(s))
	k := 0
	for i := 0; i < len(s); k++ {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			if r, n = decodeTwo(s[i:]); n == 0 {
				r, n = decodeRune(s[i:])
			}
		}
		if k < len(rs) {
			rs[k] = r
		} else {
			rs = append(rs, r)
		}
		i += n
	}
	return rs[:k]
}

// stringOf is string(rs): characters that are no Unicode scalar value
// (surrogates, negatives, past U+10FFFF) are written as U+FFFD. The
// conversion encodes each character twice, once to count its bytes; the
// repair returns a whole line of stray bytes this way, and counting the
// bytes needs no encoding.
func stringOf(rs []rune) string {
	n := 0
	for _, r := range rs {
		switch {
		case uint32(r) < 0x80:
			n++
		case uint32(r) < 0x800:
			n += 2
		case uint32(r) < 0x10000:
			n += 3 // U+FFFD for a surrogate is three bytes too
		case r <= unicode.MaxRune:
			n += 4
		default:
			n += 3
		}
	}
	var sb strings.Builder
	sb.Grow(n)
	for _, r := range rs {
		switch {
		case uint32(r) < 0x80:
			sb.WriteByte(byte(r))
		case uint32(r) < 0x800:
			sb.WriteByte(0xC0 | byte(r>>6))
			sb.WriteByte(0x80 | byte(r)&0x3F)
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// startsIn returns how many bytes of s are no UTF-8 continuation byte:
// the number of characters of valid UTF-8, counted without decoding
// them, as utf8.RuneCountInString does. Invalid UTF-8 can read as more
// characters. It reads eight bytes at a time: a continuation byte is the
// one whose top bit is set and the next below it clear.
func startsIn(s string) int {
	n := len(s)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		n -= bits.OnesCount64(w &^ (w << 1) & 0x8080808080808080)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}

// asciiEnd returns the index of the first byte of s from i on that is
// not ASCII, or len(s), reading eight bytes at a time: most lines are
// ASCII but for a few characters, and the passes over a text step over
// the ASCII between them.
func asciiEnd(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}
