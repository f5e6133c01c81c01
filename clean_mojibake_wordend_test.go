package lede

import (
	"strings"
	"testing"
)

// TestWordEndSkipsToSpaces checks wordEnd, which steps to the next space
// or tab in one loop, against reading the word a character at a time
// (wordEndByCharacter), from every start in texts of joined and cut
// words: lost bytes before spaces, tabs, spacing accents split in two,
// more joins than maxWordJoins, and runs longer than maxRepairRun.
func TestWordEndSkipsToSpaces(t *testing.T) {
	texts := []string{
		"", " ", "a", "plain words\tand tabs  here", "Ð Ð°Ð±Ð¾Ñ‚Ð°", "Ã Paris", "naÃ ̄ve", "cittÃ .",
		strings.Repeat("Ã ", 20), cp1252(highBytes(3000)), strings.Repeat("x", 2500) + " y",
		strings.Repeat("Ã", maxRepairRun) + " Ã", cp1252(highBytes(2*maxRepairRun+5)) + "\tend",
	}
	for _, text := range texts {
		rs := []rune(text)
		for i := range rs {
			if got, want := wordEnd(rs, i), wordEndByCharacter(rs, i); got != want {
				t.Errorf("wordEnd(%.20q, %d) = %d, want %d", text, i, got, want)
			}
		}
	}
}

// wordEndByCharacter is wordEnd as it read one character at a time.
func wordEndByCharacter(rs []rune, i int) int {
	if isSpaceOrTab(rs[i]) {
		j := i + 1
		for j < len(rs) && isSpaceOrTab(rs[j]) {
			j++
		}
		return j
	}
	joins := 0
	j := i
	for j < len(rs) {
		if j-i == maxRepairRun {
			return cutRun(rs, i, j)
		}
		if !isSpaceOrTab(rs[j]) {
			j++
			continue
		}
		if rs[j] != ' ' || j == i || joins == maxWordJoins {
			break
		}
		role := mojibakeRoles.of(rs[j-1])
		if role.lead|role.cont == 0 && !(j+1 < len(rs) && spacingAccent(rs[j+1]) != 0) {
			break
		}
		joins++
		j++
	}
	return j
}
