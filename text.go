package lede

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// collapseSpace trims s and turns every run of white space (Unicode spaces
// included) into one ASCII space. It returns s itself when nothing changes.
func collapseSpace(s string) string {
	if isCollapsed(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		if isSpace(r) {
			space = sb.Len() > 0
			continue
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// isCollapsed reports whether s is already trimmed with single ASCII spaces
// between words; the fast path for the common case.
func isCollapsed(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false
		}
		sp := c == ' '
		if (sp && prevSpace) || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			return false
		}
		prevSpace = sp
	}
	return !prevSpace || s == ""
}

// isLetter reports letters and digits, the characters words are made of.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r))
	}
	return hasClass(r, classLetter|classDigit)
}

// isASCIIAlnum reports an ASCII letter or digit; no byte of a multi-byte
// character is one.
func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// isSpace reports white space, including no-break and other Unicode spaces,
// and the zero-width space, which pages use as an invisible separator.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u2060' || r == '\ufeff'
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// sameText reports whether a and b are the same text, ignoring case, white
// space and punctuation ("Hello, World" and "hello world").
func sameText(a, b string) bool {
	return a != "" && b != "" && foldKey(a) == foldKey(b)
}

// containsFold reports whether s contains sub, ignoring case, white space
// and punctuation.
func containsFold(s, sub string) bool {
	k := foldKey(sub)
	return k != "" && strings.Contains(foldKey(s), k)
}

// foldKey reduces s to its lower-case letters and digits.
func foldKey(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		if isLetter(r) {
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return sb.String()
}

// wordCount returns the number of words of s between white space, as
// strings.Fields counts them.
func wordCount(s string) int {
	n, inWord := 0, false
	for i := 0; i < len(s); {
		// strings.FieldsSeq's fields, counted without its iterator: the
		// ASCII spaces by table, the rest decoded (an invalid byte is no
		// space).
		space, size := asciiWordBytes[s[i]]&asciiSpace != 0, 1
		switch c := s[i]; {
		case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			// A valid two-byte character, told without decoding it: the
			// spaces among them are U+0085 and U+00A0.
			space, size = c == 0xC2 && (s[i+1] == 0x85 || s[i+1] == 0xA0), 2
		case c >= utf8.RuneSelf:
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if !space && !inWord {
			n++
		}
		inWord = !space
		i += size
	}
	return n
}

// lowBytes has the low bit of each of the eight bytes of a uint64 set.
const lowBytes = 0x0101010101010101

// zeroBytes returns x with the high bit of each zero byte set, and maybe
// some above the lowest zero byte too (a borrow runs into them): the
// lowest bit set is the lowest zero byte's, and none is set when x has no
// zero byte. The scanners that look for one of a few bytes eight at a
// time (quotation marks, sentence ends) are built on it.
func zeroBytes(x uint64) uint64 { return (x - lowBytes) &^ x & (0x80 * lowBytes) }
