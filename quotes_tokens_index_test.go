package lede

import "testing"

// TestIndexLowerMatchesScan checks tokens.indexLower against a scan of
// the words' lower case, from every word to every end, on words whose
// lower case is as long as they are, on words whose lower case is kept
// apart (the Kelvin sign of "AS\u212AED" lowers to "asked", one byte
// shorter; a name read as written) and on the same words in other
// sizes and places. The scan fails the test when indexLower turns a
// word away by its size alone.
func TestIndexLowerMatchesScan(t *testing.T) {
	texts := []string{
		"Asked whether the plan would pass, Ruiz said it was reported by the Times, per a source.",
		"AS\u212AED about it, she said, according to aides, PER the memo; BY then, SUPPORT from allies.",
		"The bill, backed by unions and asked for by mayors, won support from the Bylaws Per Se group.",
		"asked asked per by according support by",
		"", "by", "Per",
	}
	pairs := [][2]string{{"asked", "asked"}, {"according", "per"}, {"by", "by"}, {"support", "support"}, {"the", "said"}}
	for _, text := range texts {
		toks := words(text)
		if toks.len() > 2 {
			toks.keepCase(1) // a word read as written: its lower case is kept apart
		}
		for _, p := range pairs {
			for i := 0; i <= toks.len()+1; i++ {
				for end := 0; end <= toks.len(); end++ {
					want := i
					if i < end {
						want = end
						for k := i; k < end; k++ {
							if l := toks.lower(k); l == p[0] || l == p[1] {
								want = k
								break
							}
						}
					}
					if got := toks.indexLower(i, end, p[0], p[1]); got != want {
						t.Fatalf("%q: indexLower(%d, %d, %q, %q) = %d, want %d", text, i, end, p[0], p[1], got, want)
					}
				}
			}
		}
	}
}
