package lede

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestRepairWordsAsFirstWritten checks repairWords, which leaves out the
// words no code page repairs and is given searches by memory, against
// repairWordsAlone, which searches every word afresh and keeps each
// found damaged, on generated lines: pieces of real mojibake, clean words
// of several scripts, stray bytes read as windows-1252 and as Latin-1,
// spaces and no-break spaces. Each line is repaired in rounds as
// repairRounds does, and the lines share one memory, as the lines of a
// text do.
func TestRepairWordsAsFirstWritten(t *testing.T) {
	var memory repairMemory
	for _, line := range repairTestLines(400) {
		rs := []rune(line)
		want := slices.Clone(rs)
		for round := range maxRepairRounds + 1 {
			got, changed := repairWords(rs, &memory)
			wantNext, wantChanged := repairWordsAlone(want)
			if changed != wantChanged || !slices.Equal(got, wantNext) {
				t.Fatalf("%+q, round %d: repairWords = %+q, %v; want %+q, %v", line, round, string(got), changed, string(wantNext), wantChanged)
			}
			if !changed {
				break
			}
			rs, want = got, wantNext
		}
	}
}

// repairTestPieces are what repairTestLines are made of.
var repairTestPieces = []string{
	"CafÃ©", "Ð Ð°Ð±Ð¾Ñ‚Ð°", "Huaweiâ€™s", "Ã¢â‚¬â„¢", "naÃ ̄ve", "Å\u00a0iandien", "ÄÆvyko",
	"Ĺźółw", "VÃ¡Å¡a", "Î•Î»Î»Î¬Î´Î±", "×ª×•×›", "РџСЂРёРІРµС‚", "à¸‡", "thÃ nh", "Ã\u0080\u0099",
	"Café", "Работа", "Ελλάδα", "żółw", "naïve", "日本語", "NESTLÉ®", "explicó", "the", "a", "x",
	"Ã", "Ð", "â€", "Â", "Ã ", " ", "  ", "\u00a0", "\t", "?", "\ufffd", "é", "ß",
	cp1252(highBytes(40)), cp1252(highBytes(130)), latin1Run(60),
}

// repairTestLines returns n lines of repairTestPieces, stray bytes and
// random characters of Latin-1, Latin Extended, Greek and Cyrillic, the
// same every run.
func repairTestLines(n int) []string {
	rnd := rand.New(rand.NewPCG(25, 1))
	lines := make([]string, 0, n)
	for range n {
		var sb strings.Builder
		for range 1 + rnd.IntN(12) {
			switch rnd.IntN(4) {
			case 0:
				n := 1 + rnd.IntN(300)
				sb.WriteString(cp1252(highBytes(n + 128)[rnd.IntN(128):][:n]))
			case 1:
				for range 1 + rnd.IntN(8) {
					sb.WriteRune([]rune{0x80, 0x100, 0x380, 0x400}[rnd.IntN(4)] + rune(rnd.IntN(0x80)))
				}
			default:
				sb.WriteString(repairTestPieces[rnd.IntN(len(repairTestPieces))])
			}
			if rnd.IntN(2) == 0 {
				sb.WriteByte(' ')
			}
		}
		lines = append(lines, sb.String())
	}
	return lines
}

// repairWordsAlone is repairWords as first written: it searches each
// word afresh, without memory, and keeps every word found damaged, also
// those no code page repairs.
func repairWordsAlone(rs []rune) ([]rune, bool) {
	var scripts scriptCounts
	scripts.addAll(rs, 1)
	var words []*wordRepairs
	var gain [len(mojibakeCodecs)]int
	var undamaged []suspectWord
	letters := namesLetters(rs)
	for i := 0; i < len(rs); {
		if i = nextHighWord(rs, i); i == len(rs) {
			break
		}
		j := lineWordEnd(rs, i, letters)
		codecs := suspectCodecs(rs[i:j])
		var w *wordRepairs
		if codecs != 0 {
			w = searchSuspect(rs, i, j, codecs, &scripts, &repairMemory{})
		}
		if w != nil {
			for k, c := range w.by.all() {
				gain[k] += w.cost - c.cost
			}
			words = append(words, w)
		} else if codecs != 0 {
			undamaged = append(undamaged, suspectWord{i, j, codecs})
		}
		i = j
	}
	most := slices.Max(gain[:])
	if most == 0 {
		return rs, false
	}
	var line codecSet
	for k := range gain {
		if gain[k] == most {
			line |= 1 << k
		}
	}
	var quiet []*wordRepairs
	for _, u := range undamaged {
		if w := readAsLine(rs, u.i, u.j, &scripts, line&u.codecs); w != nil {
			quiet = append(quiet, w)
		}
	}
	line, lang := coherentReading(rs, words, quiet, line)
	out := make([]rune, 0, len(rs))
	at := 0
	for len(words) > 0 || len(quiet) > 0 {
		var w *wordRepairs
		if len(quiet) == 0 || len(words) > 0 && words[0].i < quiet[0].i {
			w, words = words[0], words[1:]
			out = append(append(out, rs[at:w.i]...), w.choose(line, lang)...)
		} else {
			w, quiet = quiet[0], quiet[1:]
			out = append(append(out, rs[at:w.i]...), w.chooseAsLine(line, lang)...)
		}
		at = w.j
	}
	return append(out, rs[at:]...), true
}

// TestNormalizeOnceIsNFC checks that what normalizeOnce returns is NFC,
// as normalize trusts for the rounds after the first, on generated lines
// and on lines whose spaces, separators and invisible characters stand
// next to combining marks, where the layout and mapRunes remove them.
func TestNormalizeOnceIsNFC(t *testing.T) {
	texts := repairTestLines(200)
	marks := []string{"\u0301", "\u0323\u0301", "\u0308", "\u05b8", "\u0e31", "\u3099"}
	seps := []string{" ", "  ", "\u00a0", "\u00ad", "\u200b", "\u2028", "\u2029", "\n", "\n\n", "\r\n", "\x00", "\u0081", "&shy;", "&#x301;"}
	for _, base := range []string{"e", "A", "Ã", "か", "ᄀ", ""} {
		for _, m := range marks {
			for _, sep := range seps {
				texts = append(texts, base+sep+m, sep+m+" x", base+m+sep+m, "x "+base+sep+sep+m+"\n"+m)
			}
		}
	}
	for _, s := range texts {
		for _, text := range []string{s, strings.ReplaceAll(s, " ", "\n")} {
			if got := normalizeOnce(text, repairedLine{}, &repairMemory{}); !norm.NFC.IsNormalString(got) {
				t.Errorf("normalizeOnce(%+q) = %+q, not NFC", text, got)
			}
		}
	}
}

// TestSearchedLastIsTheSearch checks that the search memory gives again
// without hashing (searchedLast) is the search of the word asked for: on
// short lines, where a word and its context clipped at the line's ends
// can be the same characters as another's at another place ("ÃÃ" holds
// two words "Ã" with the same text), every word's search is made, and
// then every word that searchedLast answers is searched afresh.
func TestSearchedLastIsTheSearch(t *testing.T) {
	hits := 0
	for _, line := range []string{"ÃÃ", "ÃÃÃ", "Ã©Ã©", "Ã© Ã©", "xÃ©Ã", "Ð Ð°Ð", "ÃÃ©©", "â€™â€", "Ã Ã Ã"} {
		rs := []rune(line)
		var scripts scriptCounts
		scripts.addAll(rs, 1)
		for i := range rs {
			for j := i + 1; j <= len(rs); j++ {
				memory := repairMemory{searches: map[searchKey]*searchMade{}}
				if codecs := suspectCodecs(rs[i:j]); codecs == 0 || searchSuspect(rs, i, j, codecs, &scripts, &memory) == nil {
					continue
				}
				for i2 := range rs {
					for j2 := i2 + 1; j2 <= len(rs); j2++ {
						got, ok := memory.searchedLast(rs, i2, j2, &scripts)
						if !ok {
							continue
						}
						hits++
						want := searchSuspect(rs, i2, j2, suspectCodecs(rs[i2:j2]), &scripts, &repairMemory{})
						if want == nil || got.cost != want.cost || !sameRepairs(got, want) {
							t.Errorf("%q: searchedLast of [%d:%d] after [%d:%d] differs from a fresh search", line, i2, j2, i, j)
						}
					}
				}
			}
		}
	}
	if hits == 0 {
		t.Error("searchedLast gave no search again")
	}
}
