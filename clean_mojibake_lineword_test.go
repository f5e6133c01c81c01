package lede

import "testing"

// TestSearchLineWordMatchesScan checks searchLineWord, which looks a word
// up in memory before reading it for pairs, against reading it for pairs
// and then searching it afresh: the same repairs, and the same
// suspectCodecs for a word that shows no damage. The lines come twice and
// moved by prefixes, so that memory gives searches again; they hold
// mojibake of several scripts, accented words without pairs, plain words
// and runs of stray bytes.
func TestSearchLineWordMatchesScan(t *testing.T) {
	lines := []string{
		"Huaweiâ€™s phone", "Tomas VÃ¡Å¡a said café", "thÃ nh phá»‘ HÃ  Ná»™i", "Ð Ð°Ð±Ð¾Ñ‚Ð° и работа",
		"Ã¢â‚¬Å“quotedÃ¢â‚¬Â\u009d naïve", "cafÃƒÂ©Ãƒâ€š", "×ª×•×›× ×™×ª", "ÙƒØªØ§Ø¨ Ø¬Ø¯ÙŠØ¯",
		"Î•Î»Î»Î¬Î´Î± Ελλάδα", highBytes(200), highBytes(3000), "the Ð± sign", "a Ãœ or Î© word",
		"NESTLÉ® crème brûlée", "plain words only",
	}
	var memory repairMemory
	hits := 0
	for range 2 {
		for _, line := range lines {
			for _, prefix := range []string{"", "1 ", "é ", "б "} {
				rs := []rune(prefix + line)
				var scripts scriptCounts
				scripts.addAll(rs, 1)
				for i := 0; i < len(rs); {
					j := wordEnd(rs, i)
					before := len(memory.searches)
					got, gotCodecs := searchLineWord(rs, i, j, &scripts, &memory)
					wantCodecs := suspectCodecs(rs[i:j])
					var want *wordRepairs
					if wantCodecs != 0 {
						want = searchSuspect(rs, i, j, wantCodecs, &scripts, &repairMemory{})
					}
					switch {
					case (got == nil) != (want == nil):
						t.Errorf("%q, word %.30q: found %v, want %v", prefix+line, string(rs[i:j]), got != nil, want != nil)
					case got != nil && (got.cost != want.cost || !sameRepairs(got, want) || string(got.orig()) != string(want.orig())):
						t.Errorf("%q, word %.30q: the repairs differ from a fresh search", prefix+line, string(rs[i:j]))
					case got == nil && gotCodecs != wantCodecs:
						t.Errorf("%q, word %.30q: codecs %b, want %b", prefix+line, string(rs[i:j]), gotCodecs, wantCodecs)
					}
					if got != nil && len(memory.searches) == before {
						hits++
					}
					i = j
				}
			}
		}
	}
	if hits == 0 {
		t.Errorf("memory gave no search again")
	}
}
