package lede

import (
	"strings"
	"testing"
)

// TestScriptCountsByRuns checks addAll, which adds the characters of a
// run of one script together, against adding them one by one, in both
// directions and past the classes scriptCounts holds.
func TestScriptCountsByRuns(t *testing.T) {
	for _, s := range []string{
		"", "plain ASCII", "Crème brûlée", "Ελληνικά and Latin", "Москва Київ", "עברית العربية", "日本語 한국어",
		"ÐŸÑ€Ð¸Ð²ÐµÑ‚ Huaweiâ€™s", cp1252(highBytes(900)), Clean(cp1252(highBytes(900))),
		"a α б ա א ا ก ა ḁ ᄀ あ ᚠ ᛁ ᜀ ᝀ ᠠ ꡀ z", strings.Repeat("αβ ab бв ", 20),
	} {
		rs := runesOf(s)
		for _, base := range []string{"", "Ζ ж ß"} {
			var got, want scriptCounts
			got.addAll(runesOf(base), 1)
			want.addAll(runesOf(base), 1)
			got.addAll(rs, 1)
			addEach(&want, rs, 1)
			if got != want {
				t.Errorf("addAll(%.30q) = %+v, want %+v", s, got, want)
			}
			got.addAll(rs[:len(rs)/2], -1)
			addEach(&want, rs[:len(rs)/2], -1)
			if got != want {
				t.Errorf("addAll(%.30q, -1) = %+v, want %+v", s, got, want)
			}
		}
	}
}

// addEach is addAll adding each character on its own.
func addEach(c *scriptCounts, rs []rune, delta int) {
	latin, seenLatin := 0, false
	for _, r := range rs {
		if r < 0x80 {
			if !isASCIILetter(r) {
				continue
			}
			if seenLatin {
				latin++
				continue
			}
			seenLatin = true
		}
		if hasClass(r, classLetter) || isScriptSign(r) {
			c.add(script(r), delta)
		}
	}
	if latin > 0 {
		c.add(latinScript, latin*delta)
	}
}
