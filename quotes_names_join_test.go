package lede

import (
	"strings"
	"testing"
)

// TestJoinTokensAsWritten checks joinTokens, which returns the text of
// words set apart by single spaces as it is written, against joining the
// words' texts, on names set apart otherwise (two spaces, a no-break
// space, a line break, a tab, no space at all) and on a headline whose
// words lowerHeadlineCase lowered, whose text is no longer as written.
func TestJoinTokensAsWritten(t *testing.T) {
	texts := []string{
		"Mayor Ana Ruiz said.", "Mayor Ana  Ruiz said.", "Mayor Ana\u00a0Ruiz said.", "Ana\nRuiz\tsaid",
		"Dr. Ruth Okafor's view", "O'Neil-Smith, Jr.", "Senator Asked Voters To Back The Plan",
	}
	for _, text := range texts {
		toks := words(text)
		lowerHeadlineCase(toks)
		for i := 0; i < toks.len(); i++ {
			for j := i; j <= toks.len(); j++ {
				var parts []string
				for _, w := range toks.slice(i, j).all() {
					parts = append(parts, w.text())
				}
				if got, want := joinTokens(toks.slice(i, j)), strings.Join(parts, " "); got != want {
					t.Fatalf("%q[%d:%d]: joinTokens = %q, want %q", text, i, j, got, want)
				}
			}
		}
	}
}
