package lede

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMapRunesUnchanged checks that the text mapsAnyRune lets mapRunes
// return as it is is text that mapping every character leaves alone,
// and that it lets through no text that mapping changes.
func TestMapRunesUnchanged(t *testing.T) {
	texts := []string{
		"", "plain", "line\nline", "tab\there", "cr\r\nlf", "nbsp\u00a0x", "c1\u0093x", "soft\u00adhyphen",
		"zw\u200bsp", "bom\ufeff", "ls\u2028ps\u2029", "ﬁne", "ＢＢＣ１２", "ZWJ\u200d and ZWNJ\u200c stay",
		"bad \xff byte", "real \ufffd", "del\x7f", "nul\x00", "thin\u2009space", "Zażółć gęślą", "東京 서울",
		"“quoted” — dash…", "\u180e", "\u200e\u200f", "e\u0301", "ideographic\u3000space",
	}
	files, _ := filepath.Glob("testdata/clean/*")
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, strings.Split(string(b), "\n")...)
		}
	}
	for _, s := range texts {
		mapped := mapEachRune(s)
		if !mapsAnyRune(s) && mapped != s {
			t.Errorf("mapsAnyRune(%q) = false, but mapping gives %q", s, mapped)
		}
		if got := mapRunes(s); got != mapped {
			t.Errorf("mapRunes(%q) = %q, want %q", s, got, mapped)
		}
	}
}
