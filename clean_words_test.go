package lede

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestNextHighWord checks that stepping to the words that hold a
// character beyond ASCII cuts a line into the same words as cutting it
// word by word with wordEnd from its start.
func TestNextHighWord(t *testing.T) {
	lines := []string{
		"", "plain ASCII only", "  two  spaces\tand\ttabs  ", "Huaweiâ€™s phone",
		"naÃ ̄ve", "na ̄ve", "a  ̄b", "\t ̄x", " ̄", "x ̄", "ab ̄ cd ̄ ef", "Ã Paris Ã s",
		"Ð Ð°Ð±Ð¾Ñ‚Ð°", "×ª×•×›× ×™×ª", "Ã Ã Ã Ã Ã Ã Ã Ã Ã Ã Ã", "end Ã", "x \u0308y z \u0301",
		"ab\t\u0308c", "ab \u0308 \u0308c", "é", " é", "a é", "12Â km", "VÃ¡Å¡a, said",
	}
	files, _ := filepath.Glob("testdata/clean/*")
	probes, _ := filepath.Glob("testdata/clean/probes/*")
	for _, f := range append(files, probes...) {
		if b, err := os.ReadFile(f); err == nil {
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
	}
	for _, line := range lines {
		rs := []rune(line)
		var want, got [][2]int
		for i := 0; i < len(rs); {
			j := wordEnd(rs, i)
			if slices.ContainsFunc(rs[i:j], func(r rune) bool { return r >= 0x80 }) {
				want = append(want, [2]int{i, j})
			}
			i = j
		}
		for i := 0; i < len(rs); {
			if i = nextHighWord(rs, i); i == len(rs) {
				break
			}
			j := wordEnd(rs, i)
			got = append(got, [2]int{i, j})
			i = j
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: words %v, want %v", line, got, want)
		}
	}
	if len(lines) < 200 {
		t.Errorf("only %d lines to test", len(lines))
	}
}
