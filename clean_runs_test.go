package lede

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLongRunsRepairedInPieces checks that text without spaces that is
// longer than maxRepairRun, searched in pieces, is repaired whole: the
// pieces are cut where no sequence crosses.
func TestLongRunsRepairedInPieces(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"Chinese paragraph", strings.Repeat("中国国家统计局周一公布的数据显示，经济增长放缓。", 40)},
		{"Japanese paragraph", strings.Repeat("東京都は月曜日、新しい計画を発表した。", 60)},
		{"Russian word run", strings.Repeat("Работа", 200)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			damaged := readAsWindows1252(tc.text)
			if n := utf8.RuneCountInString(damaged); n <= maxRepairRun {
				t.Fatalf("the damaged text is %d characters, want more than %d", n, maxRepairRun)
			}
			if got := Clean(damaged); got != tc.text {
				t.Errorf("Clean of %d characters of mojibake differs from the text at %d", len(damaged), firstDiff(got, tc.text))
			}
		})
	}
}

// readAsWindows1252 returns the bytes of s read as windows-1252 characters,
// as a browser shows them: the bytes it leaves undefined as C1 controls.
func readAsWindows1252(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		sb.WriteRune(cp1252Rune(s[i]))
	}
	return sb.String()
}

func firstDiff(a, b string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestCutRun checks where a long run is cut: before a character no code
// page reads as a continuation byte, and at the cap when there is none.
func TestCutRun(t *testing.T) {
	run := []rune(strings.Repeat("©", maxRepairRun+10)) // a continuation byte in every Latin code page
	if got := wordEnd(run, 0); got != maxRepairRun {
		t.Errorf("a run of continuation bytes ends at %d, want the cap %d", got, maxRepairRun)
	}
	cut := maxRepairRun - 100
	run[cut] = 'x'
	if got := wordEnd(run, 0); got != cut {
		t.Errorf("a run with an ASCII letter at %d ends at %d, want %d", cut, got, cut)
	}
	short := []rune("Ð Ð°Ð±Ð¾Ñ‚Ð°, next")
	if got := wordEnd(short, 0); got != 13 {
		t.Errorf("a short word ends at %d, want 13", got)
	}
}
