package lede

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestMapsRune checks mapsRune, written out by block, against what it
// stands for on every character: the controls, U+FFFD, the Unicode
// spaces and separators, the invisible characters, the Latin ligatures
// and the fullwidth forms mapEachRune reads.
func TestMapsRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := mapsRune(r), mapsRuneByDefinition(r); got != want {
			t.Errorf("mapsRune(%U) = %v, want %v", r, got, want)
		}
	}
}

// mapsRuneByDefinition is mapsRune as first written.
func mapsRuneByDefinition(r rune) bool {
	return r == utf8.RuneError || r < 0xa0 || r == '\u2028' || r == '\u2029' ||
		isInvisible(r) || unicode.IsSpace(r) || r >= 0xFB00 && r <= 0xFB06 ||
		r >= 0xFF10 && r <= 0xFF5A
}

// TestMapEachRuneByRuns checks mapEachRune, which copies the characters
// it keeps a run at a time, against mapping each character on its own.
func TestMapEachRuneByRuns(t *testing.T) {
	texts := []string{
		"", "plain", "line\nline", "Zażółć gęślą jaźń", "tab\there\r\nnext", "nbsp\u00a0between\u00a0words",
		"soft\u00adhyphen\u00ad", "c1\u0093quoted\u0094", "ﬁ ﬂ ＢＢＣ１２ ｚ", "bad \xff\xfe bytes \xc3", "real \ufffd kept",
		"ls\u2028ps\u2029end", "\u3000ideographic\u3000", "東京 서울 Ελληνικά", "emoji 😀\u200d👍", "\x00\x7f\x1b",
		"é\u0301 combining", "\u180e\u200b\u200e\u200f\u2060\ufeff", "\u2009thin\u202fnarrow\u205f", highBytes(600),
		cp1252(highBytes(600)),
	}
	for _, s := range texts {
		if got, want := mapEachRune(s), mapEachRuneAlone(s); got != want {
			t.Errorf("mapEachRune(%+q) = %+q, want %+q", s, got, want)
		}
	}
}

// cp1252 reads the bytes of s as windows-1252, as Parse reads a page
// that declares no charset.
func cp1252(s string) string {
	rs := make([]rune, len(s))
	for i := range len(s) {
		rs[i] = rune(s[i])
		if s[i] >= 0x80 {
			rs[i] = cp1252Rune(s[i])
		}
	}
	return string(rs)
}

// mapEachRuneAlone is mapEachRune as first written: runs of printable
// ASCII are copied whole, every other character on its own, decoded by
// the utf8 package.
func mapEachRuneAlone(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); {
		if c := s[i]; c >= ' ' && c < 0x7f || c == '\n' {
			j := i + 1
			for j < len(s) && (s[j] >= ' ' && s[j] < 0x7f || s[j] == '\n') {
				j++
			}
			sb.WriteString(s[i:j])
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		writeMapped(&sb, s, i, r, n)
		i += n
	}
	return sb.String()
}
