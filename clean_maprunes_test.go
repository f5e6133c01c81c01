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

// TestLayoutByLines checks that laying out the lines of a text as they
// come, one by one or in pieces that hold newlines, lays it out as the
// whole text was laid out at once.
func TestLayoutByLines(t *testing.T) {
	for _, s := range []string{
		"", "\n", "\n\n\n", "a", "a\nb", "a\n\nb", "  a  \n \n  b  c  ", "\n\na\n\n\n\nb\n\n", "a\n \n", " x\ny \n\n z ",
	} {
		want := layOutWhole(s)
		if got := layOut(s); got != want {
			t.Errorf("layOut(%q) = %q, want %q", s, got, want)
		}
		var out layout
		for line := range strings.SplitSeq(s, "\n") {
			out.write(line)
		}
		if got := out.sb.String(); got != want {
			t.Errorf("%q line by line: %q, want %q", s, got, want)
		}
		for i := range len(s) {
			if s[i] == '\n' {
				var out layout
				out.write(s[:i])
				out.write(s[i+1:])
				if got := out.sb.String(); got != want {
					t.Errorf("%q cut at %d: %q, want %q", s, i, got, want)
				}
			}
		}
	}
}

// layOutWhole is layOut as first written, for the whole text at once.
func layOutWhole(s string) string {
	var sb strings.Builder
	blank := false
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.Trim(line, " ")
		if line == "" {
			blank = true
			continue
		}
		if sb.Len() > 0 {
			if blank {
				sb.WriteString("\n\n")
			} else {
				sb.WriteByte('\n')
			}
		}
		writeCollapsed(&sb, line)
		blank = false
	}
	return sb.String()
}
