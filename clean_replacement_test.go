package lede

import (
	"strings"
	"testing"
)

// TestReplacementCharacterIsNormal checks the fast paths that read a
// U+FFFD written as such as a character no pass changes (mapsRuneOf):
// a line they call clean is one normalizeLine leaves alone, a text
// checkNormal calls normal is one a round of normalizeOnce leaves alone,
// and normalize gives what rounds of normalizeOnce give until the text
// is stable. An invalid byte, which decodes to U+FFFD too, is still
// repaired.
func TestReplacementCharacterIsNormal(t *testing.T) {
	cases := []string{
		"Owners of three caf\uFFFDs on Rue Basse say the council\uFFFDs decision",
		"\uFFFDWe paid \uFFFD6,000 to build ours,\uFFFD said Jos\uFFFD Almeida.",
		"\uFFFD", "a \uFFFD b", "\uFFFD\uFFFD\uFFFD", "caf\xe9 \uFFFD", "\uFFFD\xff",
		"Se\uFFFDor \uFFFD ni\uFFFDo", "Ã© \uFFFD", "\uFFFD&amp; more", "\uFFFD\u00a0x",
		"e\u0301\uFFFD", "\uFFFD\u0301", "line one \uFFFD\n\nline two ü",
		"\u30c6\uFFFD\u30b9\u30c8", "Ð\uFFFDÐ¸", "\uFFFD\u0085", " \uFFFD ",
	}
	for _, s := range cases {
		for line := range strings.SplitSeq(s, "\n") {
			var memory repairMemory
			if isCleanLine(line) {
				if got := normalizeLine(line, &memory); got != line {
					t.Errorf("isCleanLine(%q), but normalizeLine gives %q", line, got)
				}
			}
		}
		var memory repairMemory
		if normal, _ := checkNormal(s, false, &memory); normal {
			if got := normalizeOnce(s, repairedLine{}, &repairMemory{}); got != s {
				t.Errorf("checkNormal(%q), but normalizeOnce gives %q", s, got)
			}
		}
		want := s
		for range maxNormalizeRounds {
			next := normalizeOnce(want, repairedLine{}, &repairMemory{})
			if next == want {
				break
			}
			want = next
		}
		if got := normalize(s); got != want {
			t.Errorf("normalize(%q) = %q, rounds of normalizeOnce give %q", s, got, want)
		}
	}
}
