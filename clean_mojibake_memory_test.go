package lede

import (
	"strings"
	"testing"
)

// TestSearchMemoryReadsLettersAsTheSearch checks that memory gives a
// search made in one line to a word in another whose letters by script
// differ only in counts the search does not tell apart (see readBy): the
// same repairs as a fresh search in that line. The words come in lines
// with none to a dozen more letters of the scripts they and their repairs
// are written in (Greek, Cyrillic, Hebrew, Latin), so that a letter is
// alone of its script in some lines and not in others, and counts pass
// the bound of each word.
func TestSearchMemoryReadsLettersAsTheSearch(t *testing.T) {
	words := []string{
		"Ξ±", "ΞΊΞ±Ξ»Ξ·", "Ã©", "â€™s", "VÃ¡Å¡a", "Ð±", "Ð±Ñ", "Ð Ð°Ð±Ð¾Ñ‚Ð°", "×ª×•×›", "×©", "Î±",
		"Î•Î»Î»Î¬Î´Î±", "Ã¢â‚¬Å“", cp1252(highBytes(40)), "РџСЂРёРІРµС‚", "Рџ", "б±",
	}
	var fillers []string
	for _, letter := range []string{"α", "б", "ש", "é", "e"} {
		for n := range 12 {
			fillers = append(fillers, strings.Repeat(" "+letter, n))
		}
	}
	var memory repairMemory
	hits := 0
	differ := map[string]bool{} // the words whose repairs differ from line to line
	for _, word := range words {
		first := map[string]*wordRepairs{}
		for _, filler := range fillers {
			for _, before := range []string{"the ", "", "α "} {
				rs := []rune(before + word + " sign" + filler)
				i, j := len([]rune(before)), len([]rune(before+word))
				var scripts scriptCounts
				scripts.addAll(rs, 1)
				searches := len(memory.searches)
				got, _ := searchLineWord(rs, i, j, &scripts, &memory)
				var want *wordRepairs
				if codecs := suspectCodecs(rs[i:j]); codecs != 0 {
					want = searchSuspect(rs, i, j, codecs, &scripts, &repairMemory{})
				}
				switch {
				case (got == nil) != (want == nil):
					t.Errorf("%q, word %.30q: found %v, want %v", string(rs), word, got != nil, want != nil)
				case got != nil && (got.cost != want.cost || !sameRepairs(got, want)):
					t.Errorf("%q, word %.30q: the repairs differ from a fresh search", string(rs), word)
				}
				if got != nil && len(memory.searches) == searches {
					hits++
				}
				if f, ok := first[before]; !ok {
					first[before] = want
				} else if (f == nil) != (want == nil) || f != nil && (f.cost != want.cost || !sameRepairs(f, want)) {
					differ[word] = true
				}
			}
		}
	}
	if hits < 100 || len(differ) < 3 {
		t.Errorf("memory gave %d searches again, and the repairs of %d words differ with their lines: want many", hits, len(differ))
	}
}
