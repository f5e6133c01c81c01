package lede

import (
	"strings"
	"testing"
)

// TestLeastMisfitOnce checks leastMisfit, which adds the letters of a
// reading that words share once, against adding those of every word,
// on lines whose damaged words repeat.
func TestLeastMisfitOnce(t *testing.T) {
	for _, s := range []string{
		"Crews cleared 12Â km, but the authorityâ€™s spokesman, Tomas VÃ¡Å¡a, said â€œtoo dangerousâ€\u009d",
		strings.Repeat("ZaÅ¼Ã³Å‚Ä‡ gÄ™Å›lÄ… jaÅºÅ„ ", 80),
		strings.Repeat("Ð Ð°Ð±Ð¾Ñ‚Ð° ÃŠtre ", 70),
		cp1252(highBytes(5000)),
		Clean(cp1252(highBytes(5000))),
	} {
		rs := runesOf(s)
		var scripts scriptCounts
		scripts.addAll(rs, 1)
		var memory repairMemory
		var all []*wordRepairs
		for i := 0; i < len(rs); {
			if i = nextHighWord(rs, i); i == len(rs) {
				break
			}
			j := wordEnd(rs, i)
			if w, _ := searchLineWord(rs, i, j, &scripts, &memory); w != nil {
				all = append(all, w)
			}
			i = j
		}
		for _, line := range []codecSet{1<<len(mojibakeCodecs) - 1, 1, 1<<2 | 1<<10, 1<<24 | 1<<25 | 1<<26} {
			if got, want := leastMisfit(rs, all, line), leastMisfitEach(rs, all, line); got != want {
				t.Errorf("leastMisfit(%.40q…, %b) = %b, want %b", s, line, got, want)
			}
		}
	}
}

// leastMisfitEach is leastMisfit adding the letters of every word's
// reading.
func leastMisfitEach(rs []rune, all []*wordRepairs, line codecSet) codecSet {
	t := alphabets()
	base := lettersBetween(t, rs, all)
	bestMisfit, bestSet := -1, codecSet(0)
	letters := t.newSet()
	for k := range mojibakeCodecs {
		if line&(1<<k) == 0 {
			continue
		}
		copy(letters, base)
		for _, w := range all {
			addLetters(letters, w.reading(k))
		}
		bestMisfit, bestSet = keepLeastMisfit(bestMisfit, bestSet, misfitOf(letters), k)
	}
	return bestSet
}
