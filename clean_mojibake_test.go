package lede

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestByteOfMatchesCodePages checks that the slot table byteOf reads gives
// each code page's bytes as its map does, and no byte for the characters
// the code page lacks.
func TestByteOfMatchesCodePages(t *testing.T) {
	for k, e := range mojibakeCodecs {
		if e.index != k {
			t.Fatalf("code page %d has index %d", k, e.index)
		}
		for r := rune(0x80); r < 0x10000; r++ {
			want, wantOK := e.high[r]
			got, ok := e.byteOf(r)
			if ok != wantOK || got != want {
				t.Fatalf("code page %d: byteOf(%U) = %#x, %v; want %#x, %v", k, r, got, ok, want, wantOK)
			}
		}
	}
}

// TestDropSpacesBeforeSigns checks the one-pass removal of kept spaces
// against removing them one by one from the end.
func TestDropSpacesBeforeSigns(t *testing.T) {
	slow := func(out []rune, kept []int) []rune {
		for k := len(kept) - 1; k >= 0; k-- {
			if p := kept[k]; p+1 < len(out) && !isLetter(out[p+1]) {
				out = slices.Delete(out, p, p+1)
			}
		}
		return out
	}
	cases := []struct {
		name string
		out  string
		kept []int
	}{
		{"none", "città", nil},
		{"before a sign", "à »", []int{1}},
		{"before a letter", "à le", []int{1}},
		{"at the end", "città ", []int{5}},
		{"mixed", "à »à là .", []int{1, 4, 7}},
		{"all dropped", "à .à ,à )", []int{1, 4, 7}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := string(slow([]rune(c.out), c.kept))
			if got := string(dropSpacesBeforeSigns([]rune(c.out), c.kept)); got != want {
				t.Errorf("dropSpacesBeforeSigns(%q, %v) = %q, want %q", c.out, c.kept, got, want)
			}
		})
	}
}

// TestScriptCountsAddAll checks addAll, which adds the ASCII letters
// together, against adding each character on its own, also past the
// classes the counts hold.
func TestScriptCountsAddAll(t *testing.T) {
	naive := func(c *scriptCounts, rs []rune, delta int) {
		for _, r := range rs {
			if r < 0x80 && !isASCIILetter(r) {
				continue
			}
			if unicode.IsLetter(r) || isScriptSign(r) {
				c.add(script(r), delta)
			}
		}
	}
	for _, s := range []string{
		"", "plain words", "café au lait", "Ð Ð°Ð±Ð¾Ñ‚Ð° and more", "αβγ abc",
		"a α б ב ا ก ა ᄀ 中 ห ꙁ ⴰ ᚠ ሀ Ꭰ ᐁ x y z",
	} {
		rs := []rune(s)
		var got, want scriptCounts
		got.addAll(rs, 1)
		naive(&want, rs, 1)
		got.addAll(rs[:len(rs)/2], -1)
		naive(&want, rs[:len(rs)/2], -1)
		if got != want {
			t.Errorf("addAll(%q) = %+v, want %+v", s, got, want)
		}
	}
}

// TestRuneClasses checks the table of runeClasses against the unicode
// package.
func TestRuneClasses(t *testing.T) {
	for r := rune(0); r < runeClassesLow+0x100; r++ {
		for _, p := range []struct {
			name string
			is   bool
			flag runeClass
		}{
			{"IsLetter", unicode.IsLetter(r), classLetter}, {"IsUpper", unicode.IsUpper(r), classUpper},
			{"IsLower", unicode.IsLower(r), classLower}, {"IsDigit", unicode.IsDigit(r), classDigit},
			{"IsSpace", unicode.IsSpace(r), classSpace}, {"IsMark", unicode.IsMark(r), classMark},
			{"Mn", unicode.Is(unicode.Mn, r), classNonspacing},
		} {
			if hasClass(r, p.flag) != p.is {
				t.Errorf("%U: %s = %v in the table", r, p.name, !p.is)
			}
		}
		if isLetter(r) != (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			t.Errorf("%U: isLetter differs from unicode.IsLetter or IsDigit", r)
		}
	}
}

// searchEach is repairSearch.search without readAlike: every code page's
// search is made, each reading weighed by consider (r.consider, or
// r.considerAfresh to score each reading anew).
func (r *repairSearch) searchEach(w []rune, codecs codecSet, prev, depth int, consider func([]rune)) {
	for i, e := range mojibakeCodecs {
		if codecs&(1<<i) == 0 || depth == 3 && prev >= 0 && i != prev {
			continue
		}
		if depth == 1 || prev < 0 {
			r.first = i
		}
		strict, changed := e.redecode(w, false)
		if changed {
			consider(strict)
		}
		if depth == 3 || r.bestCost == 0 {
			continue
		}
		lenient, changed := e.redecode(w, true)
		if !changed {
			continue
		}
		if next := suspectCodecs(lenient); next != 0 {
			r.searchEach(lenient, next, i, depth+1, consider)
		}
	}
}

// TestSearchReadsAlike checks that the search, which makes the searches
// of code pages that read a word alike once, finds by each code page
// what making each search finds.
func TestSearchReadsAlike(t *testing.T) {
	lines := []string{
		"Huaweiâ€™s phone", "Ã¢â‚¬Å“quotedÃ¢â‚¬Â\u009d", "Tomas VÃ¡Å¡a said",
		"thÃ nh phá»‘ HÃ  Ná»™i", "Ð Ð°Ð±Ð¾Ñ‚Ð°", "Ä\u008cesky ÄÆvyko", "naÃ ̄ve cafÃ©",
		"Atelier SÃ£o Bento", "×ª×•×›× ×™×ª", "Ã s Ã  quele", highBytes(300),
		// Damaged twice, and read alike by windows-1252 and -1254.
		"itÃ¢â‚¬â„¢s", "cafÃƒÂ©Ãƒâ€š", "Ã¢â‚¬Å“Î©Ã¢â‚¬Â", "SÃƒÂ£o PaulÃƒÂ¶Ã‚Â½",
	}
	pages, _ := filepath.Glob("testdata/clean/*.txt")
	for _, p := range pages {
		raw, _ := os.ReadFile(p)
		lines = append(lines, strings.Split(string(raw), "\n")...)
	}
	for _, line := range lines {
		rs := []rune(line)
		var scripts scriptCounts
		scripts.addAll(rs, 1)
		for i := 0; i < len(rs); {
			j := wordEnd(rs, i)
			w := rs[i:j]
			if codecs := suspectCodecs(w); codecs != 0 {
				for _, depth := range []int{1, 3} {
					cost := implausibility(rs, i, j, &scripts) + depth/3 // readAsLine's bound at depth 3
					var got repairSearch
					got.begin(rs, i, j, &scripts, cost)
					got.search(w, codecs, depth)
					var want repairSearch
					want.begin(rs, i, j, &scripts, cost)
					want.searchEach(w, codecs, -1, depth, func(w []rune) { want.consider(w) })
					for k := range got.by {
						g, e := got.by[k], want.by[k]
						if g.cost != e.cost || !slices.Equal(g.w, e.w) {
							t.Errorf("%q, depth %d, code page %d: %q %d, want %q %d", string(w), depth, k, string(g.w), g.cost, string(e.w), e.cost)
						}
					}
				}
			}
			i = j
		}
	}
}

// TestImplausibilityBelow checks the bounded score: below the bound it is
// the score, at or above it at least the bound.
func TestImplausibilityBelow(t *testing.T) {
	for _, s := range []string{"Huaweiâ€™s", "Ã¢â‚¬Å“quotedÃ¢â‚¬Â\u009d", "ÄÆvyko", highBytes(200), "plain"} {
		rs := []rune(s)
		var scripts scriptCounts
		scripts.addAll(rs, 1)
		full := implausibility(rs, 0, len(rs), &scripts)
		for bound := 0; bound <= full+1; bound++ {
			got := implausibilityBelow(rs, 0, len(rs), &scripts, bound)
			if full < bound && got != full || full >= bound && got < bound {
				t.Errorf("implausibilityBelow(%q, %d) = %d; the score is %d", s, bound, got, full)
			}
		}
	}
}

// TestRedecodeSkipsToLeads checks redecode, which copies the characters
// before the next lead byte whole, against reading a sequence at every
// character, for each code page and both modes.
func TestRedecodeSkipsToLeads(t *testing.T) {
	words := []string{
		"", "plain", "Huaweiâ€™s", "Ã¢â‚¬Å“quotedÃ¢â‚¬Â\u009d", "VÃ¡Å¡a", "thÃ nh phá»‘",
		"Ð Ð°Ð±Ð¾Ñ‚Ð°", "Ä\u008cesky", "naÃ ̄ve", "×ª×•×›× ×™×ª", "Ã s Ã  quele", "cittÃ .",
		"Ñ�", "â€?", "í ½í¸€", "NESTLÉ®", "├┤a┼┐a", "comunitÃ Â»", "Ã", "aÃ", "ÃÃÃ",
		highBytes(300), "Приветâ€™ мир", "Ελλάδαâ€”", "ÙƒØªØ§Ø¨",
	}
	for _, s := range words {
		w := []rune(s)
		for k, e := range mojibakeCodecs {
			for _, lenient := range []bool{false, true} {
				got, gotChanged := e.redecode(w, lenient)
				want, wantChanged := redecodeEachChar(e, w, lenient)
				if gotChanged != wantChanged || !slices.Equal(got, want) {
					t.Errorf("%q, code page %d, lenient %v: %q %v, want %q %v", s, k, lenient, string(got), gotChanged, string(want), wantChanged)
				}
			}
		}
	}
}

// redecodeEachChar is redecode as it was before it skipped to lead bytes:
// it asks sequenceAt at every character.
func redecodeEachChar(e *reencoder, w []rune, lenient bool) ([]rune, bool) {
	out := make([]rune, 0, len(w))
	var kept []int
	decoded, refused := 0, 0
	for i := 0; i < len(w); {
		seq, n, ok := e.sequenceAt(w[i:])
		if ok && !lenient && !seq.space && seq.r < 0xA0 {
			ok = false
		} else if ok && !lenient && seq.r != w[i+n-1] && (isRareLetter(seq.r) || isRareChar(seq.r) && nextToLetter(out, w[i+n:])) {
			ok = false
			refused++
		}
		if !ok {
			out = append(out, w[i])
			i++
			continue
		}
		out = append(out, seq.r)
		if seq.space {
			out = append(out, ' ')
			kept = append(kept, len(out)-1)
		}
		i += n
		decoded++
	}
	out = dropSpacesBeforeSigns(out, kept)
	if decoded == 0 || refused > decoded {
		return w, false
	}
	return out, true
}

// TestReadingsOfReuses checks that the readings searchAgain keeps of a
// text are found again for an equal text in another slice, and are the
// readings it would make afresh.
func TestReadingsOfReuses(t *testing.T) {
	words := []string{"Ã©tÃ©", "Ã¢â‚¬â„¢s", "cafÃƒÂ©", "Ð Ð°Ð±Ð¾Ñ‚Ð°", "×ª×•×›× ×™×ª", highBytes(300), "plain"}
	var r repairSearch
	for _, s := range words {
		first := r.readingsOf([]rune(s))
		again := r.readingsOf([]rune(s))
		if first != again {
			t.Errorf("%q: a second equal text gets its own readings", s)
		}
		for k, e := range mojibakeCodecs {
			w := []rune(s)
			for _, t2 := range []*textReadings{first, again} {
				strict, changed := t2.by[k].readStrict(w, e)
				want, wantChanged := e.redecode(w, false)
				if changed != wantChanged || !slices.Equal(strict, want) {
					t.Errorf("%q, code page %d: strict %q %v, want %q %v", s, k, string(strict), changed, string(want), wantChanged)
				}
				deeper, changed := t2.by[k].readDeeper(w, e)
				want, wantChanged = nil, false
				if lenient, ok := e.redecode(w, true); ok && suspectCodecs(lenient)&(1<<k) != 0 {
					want, wantChanged = e.redecode(lenient, false)
				}
				if changed != wantChanged || !slices.Equal(deeper, want) {
					t.Errorf("%q, code page %d: deeper %q %v, want %q %v", s, k, string(deeper), changed, string(want), wantChanged)
				}
			}
		}
	}
	if len(r.texts) != len(words) {
		t.Errorf("%d texts kept for %d words", len(r.texts), len(words))
	}
}

// TestSearchWordRemembers checks that a search repairMemory gives again
// for a word of another line, with the same context and letters, is the
// search made afresh for it, and that other letters in the line make a
// search of their own.
func TestSearchWordRemembers(t *testing.T) {
	lines := []string{
		"Huaweiâ€™s phone", "Tomas VÃ¡Å¡a said", "thÃ nh phá»‘ HÃ  Ná»™i", "Ð Ð°Ð±Ð¾Ñ‚Ð°",
		"Ã¢â‚¬Å“quotedÃ¢â‚¬Â\u009d", "cafÃƒÂ©Ãƒâ€š", "×ª×•×›× ×™×ª", highBytes(200), "the Ð± sign", "a Ãœ or Î© word",
	}
	var memory repairMemory
	made, again := 0, 0
	for _, line := range lines {
		// The same words with the same letters, moved by a prefix without
		// letters; then with more letters, Latin, Cyrillic or Greek, which
		// change the counts and whether a letter is alone of its script.
		for _, prefix := range []string{"", "1 ", "22 ", "é ", "б ", "Ω ", "бб "} {
			rs := []rune(prefix + line)
			var scripts scriptCounts
			scripts.addAll(rs, 1)
			for i := 0; i < len(rs); {
				j := wordEnd(rs, i)
				before := len(memory.searches)
				got := searchWord(rs, i, j, &scripts, &memory)
				want := searchWord(rs, i, j, &scripts, &repairMemory{})
				if (got == nil) != (want == nil) || got != nil && (got.cost != want.cost || !sameRepairs(got, want) || string(got.orig()) != string(want.orig())) {
					t.Errorf("%q, word %q: the remembered search differs from a fresh one", prefix+line, string(rs[i:j]))
				}
				if got != nil {
					if len(memory.searches) == before {
						again++
					} else {
						made++
					}
				}
				i = j
			}
		}
	}
	if again == 0 || made == 0 {
		t.Errorf("%d searches made, %d given again: want both", made, again)
	}
}

func sameRepairs(a, b *wordRepairs) bool {
	for k := range mojibakeCodecs {
		if x, y := a.by.of(k), b.by.of(k); x.cost != y.cost || !slices.Equal(x.w, y.w) || (x.w == nil) != (y.w == nil) {
			return false
		}
	}
	return a.by.has == b.by.has
}

// TestSuspectCodecsSkipsASCII checks suspectCodecs and hasSuspectIn,
// which step over ASCII after a character that leads nothing, against
// reading every character with suspectScan.next.
func TestSuspectCodecsSkipsASCII(t *testing.T) {
	texts := []string{
		"", "plain text", "Huaweiâ€™s phone", "Ã ", "Ã s", "Ã?", "cafÃ?x", "â€?", "Ñ�", "é�",
		"Ã\u00a0Paris", "naÃ ̄ve", "Ð Ð°Ð±Ð¾Ñ‚Ð°", "×ª×•×›× ×™×ª", "NESTLÉ®", "a?b Ã", highBytes(300),
		"ab\xffÃ©cd Ã©", "Ã©abc Ã ", "x?Ã?y", "Ã\xe2\x80 ok", "trailing Ã",
	}
	for _, s := range texts {
		var scan suspectScan
		for _, r := range s {
			scan.next(r)
		}
		if got := suspectCodecs([]rune(s)); got != scan.set {
			t.Errorf("suspectCodecs(%q) = %b, want %b", s, got, scan.set)
		}
		if got := hasSuspectIn(s); got != (scan.set != 0) {
			t.Errorf("hasSuspectIn(%q) = %v, want %v", s, got, scan.set != 0)
		}
	}
}
