package lede

import (
	"math/rand"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// The shortcuts that make Quotes fast must give what the code they
// replaced gave. Each test here runs the code as first written beside
// the fast code, on the test data and on texts of its own.

// speedTexts are texts that try the tokenizer's edges: capitals and
// accents, the Kelvin sign (whose lower case is shorter), invalid UTF-8,
// spaces of every kind, abbreviations and numbers.
var speedTexts = []string{
	"",
	" ",
	"AS\u212AED The Senator Asked Voters To Back The Plan",
	"Ms. Gupta (D-N.Y.) told reporters: “No.”\t\v\f\r\n\u0085\u00a0\u2003X",
	"ÉCOLE Élysée naïve ÇA ça İstanbul ǅemal straße STRASSE",
	"bad \xff\xfe bytes A\xffB \xc3 end\xc3",
	"U.S. officials said 1,409 people, J. Smith and Sen. Jones-Ruiz’s aide O'Neil said 9/11 was Post/ABC's.",
	"said SAID Said pointed out Pointed Out",
}

// textsForSpeed returns speedTexts, the texts of indexTexts and the news
// test articles.
func textsForSpeed(t *testing.T) []string {
	texts := append(append([]string{}, speedTexts...), indexTexts...)
	for _, b := range loadFiles(t, "testdata/quotes/news/*.txt", false) {
		texts = append(texts, string(b))
	}
	return texts
}

// TestWordsMatchFirstWritten checks words against words as first written
// (wordsAsFirstWritten), field by field, on whole texts and on spans of
// them.
func TestWordsMatchFirstWritten(t *testing.T) {
	for _, text := range textsForSpeed(t) {
		spans := [][2]int{{0, len(text)}}
		for lo := 0; lo < len(text) && lo < 200; lo += 7 {
			spans = append(spans, [2]int{lo, min(len(text), lo+13)})
		}
		for _, s := range spans {
			got, want := words(text[s[0]:s[1]]), wordsAsFirstWritten(text[s[0]:s[1]], 0, s[1]-s[0])
			if got.len() != len(want) {
				t.Fatalf("%q[%d:%d]: %d words, want %d", trimForLog(text), s[0], s[1], got.len(), len(want))
			}
			for i, w := range got.all() {
				if u := unpackWord(w); u != want[i] {
					t.Fatalf("%q[%d:%d]: word %d = %+v, want %+v", trimForLog(text), s[0], s[1], i, u, want[i])
				}
			}
		}
	}
}

func trimForLog(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}

// unpackedWord is a word as words first wrote it, with all its fields.
type unpackedWord struct {
	start                        int
	text, lower                  string
	punct, verbForm, capitalized bool
}

// unpackWord reads all of w.
func unpackWord(w word) unpackedWord {
	return unpackedWord{w.start(), w.text(), w.lower(), w.punct(), w.verbForm(), w.isCapitalized()}
}

// wordsAsFirstWritten is words as it was before it lowered words and
// read spaces and capitals in the pass that finds them.
func wordsAsFirstWritten(text string, lo, hi int) []unpackedWord {
	var out []unpackedWord
	for i := lo; i < hi; {
		r, n := runeAt(text, i)
		switch {
		case r == ' ' || unicode.IsSpace(r):
			i += n
		case isLetter(r):
			j := i + n
			for j < hi {
				r2, n2 := runeAt(text, j)
				if isLetter(r2) || isInnerWordMark(r2) && isLetterAt(text, j+n2, hi) || r2 == ',' && isDigitAt(text, j-1) && isDigitAt(text, j+1) && j+1 < hi {
					j += n2
					continue
				}
				break
			}
			if j < hi && text[j] == '.' && isAbbreviation(text[i:j]) {
				j++
			}
			l := strings.ToLower(text[i:j])
			out = append(out, unpackedWord{start: i, text: text[i:j], lower: l, verbForm: speechStarts.has(l), capitalized: unicode.IsUpper(r)})
			i = j
		default:
			out = append(out, unpackedWord{start: i, text: text[i : i+n], lower: text[i : i+n], punct: true})
			i += n
		}
	}
	return out
}

// TestOverlapsQuoteMatchesScan checks overlapsQuote, which indexes the
// quotes as they grow, against a scan of them all.
func TestOverlapsQuoteMatchesScan(t *testing.T) {
	spans := []Span{{10, 20}, {22, 30}, {21, 23}, {40, 41}, {5, 8}, {41, 60}, {70, 70}, {0, 100}, {61, 65}}
	d := &quoteDoc{}
	for n, s := range spans {
		d.quotes = append(d.quotes, Quote{Span: s})
		for start := -1; start <= 101; start++ {
			for end := start; end <= 102; end++ {
				want := false
				for _, q := range spans[:n+1] {
					want = want || start < q.End && q.Start < end
				}
				if got := d.overlapsQuote(start, end); got != want {
					t.Fatalf("after %d quotes: overlapsQuote(%d, %d) = %v, want %v", n+1, start, end, got, want)
				}
			}
		}
	}
}

// TestIsUpperCasedMatchesToUpper checks isUpperCased against comparing a
// word with strings.ToUpper of it, on the words of the test texts and on
// odd ones.
func TestIsUpperCasedMatchesToUpper(t *testing.T) {
	odd := []string{"", "A", "a", "ÉCOLE", "École", "STRASSE", "ß", "ǅ", "Ǆ", "\ufffd", "A\xffB", "\xc3", "U.S.", "12-STEP", "İ", "ı"}
	for _, text := range append(odd, textsForSpeed(t)...) {
		ws := []string{text}
		for _, w := range words(text).all() {
			ws = append(ws, w.text())
		}
		for _, w := range ws {
			if got, want := isUpperCased(w), strings.ToUpper(w) == w; got != want {
				t.Fatalf("isUpperCased(%q) = %v, want %v", w, got, want)
			}
		}
	}
}

// TestJoinTokensMatchesJoin checks joinTokens against joining the words'
// texts with strings.Join.
func TestJoinTokensMatchesJoin(t *testing.T) {
	for _, text := range textsForSpeed(t) {
		toks := words(text)
		for n := 0; n <= 5 && n <= toks.len(); n++ {
			for i := 0; i+n <= toks.len() && i < 50; i++ {
				var parts []string
				for _, w := range toks.slice(i, i+n).all() {
					parts = append(parts, w.text())
				}
				if got, want := joinTokens(toks.slice(i, i+n)), strings.Join(parts, " "); got != want {
					t.Fatalf("joinTokens = %q, want %q", got, want)
				}
			}
		}
	}
}

// TestHeadlineCaseMatchesFirstWritten checks isHeadlineCase against the
// rule as first written, which read every long word for capitals, on
// each sentence of the test texts and on headlines of its own.
func TestHeadlineCaseMatchesFirstWritten(t *testing.T) {
	firstWritten := func(toks tokens) bool {
		long, capitalized, upper := 0, 0, 0
		for i, w := range toks.all() {
			if i == 0 || w.punct() || len(w.text()) < 4 {
				continue
			}
			long++
			if w.isCapitalized() {
				capitalized++
			}
			if isUpperWord(w.text()) {
				upper++
			}
		}
		return long >= 3 && capitalized*5 >= long*4 && upper*2 < long
	}
	headlines := []string{"Senator Asked Voters To Back The Plan", "12-STEP PLAN TO COPE WITH LOSS", "Clinton Calls ISIS Violence ‘Genocide’", "Four Long Words Here", "FOUR LONG Words Here Today"}
	for _, text := range append(headlines, textsForSpeed(t)...) {
		for _, s := range sentences(text) {
			toks := words(text[s.Start:s.End])
			if got, want := isHeadlineCase(toks), firstWritten(toks); got != want {
				t.Fatalf("isHeadlineCase(%q) = %v, want %v", text[s.Start:s.End], got, want)
			}
		}
	}
}

// TestNextQuoteLeadMatchesByteLoop checks nextQuoteLead, which reads
// eight bytes at a time, against a loop over each byte, from every
// start to every end of random texts of marks and of the speed tests'
// texts.
func TestNextQuoteLeadMatchesByteLoop(t *testing.T) {
	texts := append(randomMarkTexts(3000), "\xe2\xe2\xe2\xe2\xe2\xe2\xe2\xe2\xe2", "aaaaaaaaaaaaaaaa\"", "\x01\x00\x00\x00\x00\x00\x00\x00''", "\xff\xfe\xa2\xe3\xc3\xc1\xe1\x62\x22")
	for _, text := range textsForSpeed(t) {
		for lo := 0; lo < len(text); lo += 11 {
			texts = append(texts, text[lo:min(len(text), lo+70)])
		}
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			for end := i; end <= len(s); end++ {
				want := i
				for want < end && !mayStartQuoteMark(s[want]) {
					want++
				}
				if got := nextQuoteLead(s, i, end); got != want {
					t.Fatalf("nextQuoteLead(%q, %d, %d) = %d, want %d", s, i, end, got, want)
				}
			}
		}
	}
}

// TestWordShapesTurnAwayNoWordOfTheSet checks that speechStartShapes
// never turns away a word of speechStarts, and that a set's shapes give
// has's answer on words of the texts, the words of the set and words
// one letter off them.
func TestWordShapesTurnAwayNoWordOfTheSet(t *testing.T) {
	var probes []string
	for w := range speechStarts.words {
		probes = append(probes, w, w+"s", "x"+w, w[:len(w)-1], strings.ToUpper(w))
	}
	for _, text := range textsForSpeed(t) {
		toks := words(text)
		for i := range toks.len() {
			probes = append(probes, toks.lower(i), toks.text(i))
		}
	}
	probes = append(probes, "", "a", "u.s.", "9/11", "pointed", "said", "x'", strings.Repeat("a", 31), strings.Repeat("a", 32))
	for _, w := range probes {
		if has := speechStarts.has(w); has && !speechStartShapes.mayHold(w) {
			t.Fatalf("speechStartShapes turns away %q, which speechStarts holds", w)
		}
		if got, want := speechStartShapes.mayHold(w) && speechStarts.has(w), speechStarts.has(w); got != want {
			t.Fatalf("%q: %v, want %v", w, got, want)
		}
	}
	small := newWordSet([]string{"said", "u.s.", "told"})
	shapes := shapesOf(small)
	for _, w := range []string{"said", "sold", "saidx", "told", "tald", "u.s.", "x", ""} {
		if got, want := shapes.mayHold(w) && small.has(w), small.has(w); got != want {
			t.Fatalf("small set, %q: %v, want %v", w, got, want)
		}
	}
	if shapes.mayHold("sold") != true || shapes.mayHold("sail") != false {
		t.Fatalf("shapes of a small set: mayHold(sold), mayHold(sail) = %v, %v; want true, false", shapes.mayHold("sold"), shapes.mayHold("sail"))
	}
}

// TestAdverbSuffixesEndInLy checks what isOpeningAdverb's first test
// takes for granted.
func TestAdverbSuffixesEndInLy(t *testing.T) {
	for _, s := range adverbSuffixes {
		if !strings.HasSuffix(s, "ly") {
			t.Fatalf("adverb suffix %q does not end in ly", s)
		}
	}
}

// TestNextCapitalizedMatchesIsNameToken checks that nextCapitalized
// stops at the first word from i at which isNameToken starts a run.
func TestNextCapitalizedMatchesIsNameToken(t *testing.T) {
	texts := append(textsForSpeed(t), "de Souza said. van der Merwe and bin Salman", "“É” « A » ( B ) - C 1 D")
	for _, text := range texts {
		toks := words(text)
		for i := 0; i <= toks.len(); i++ {
			want := i
			for want < toks.len() && !isNameToken(toks, want, want) {
				want++
			}
			if got := nextCapitalized(toks, i); got != want {
				t.Fatalf("%q: nextCapitalized(%d) = %d, want %d", trimForLog(text), i, got, want)
			}
		}
	}
}

// TestHeadlineCaseOnRunsOfWords checks isHeadlineCase, which reads the
// packed words, against the count isLongWordAt gives, on every run
// of up to twelve words of the texts, and on a sentence with a word of
// 64 KB.
func TestHeadlineCaseOnRunsOfWords(t *testing.T) {
	texts := append(textsForSpeed(t), "Senator Asked Voters To Back The Plan", "12-STEP PLAN TO COPE WITH Loss",
		"A Big "+strings.Repeat("B", 1<<16)+" Was Found Here Today")
	for _, text := range texts {
		all := words(text)
		for i := 0; i < all.len(); i++ {
			for j := i; j <= min(all.len(), i+12); j++ {
				toks := all.slice(i, j)
				if got, want := isHeadlineCase(toks), headlineCaseByLongWords(toks); got != want {
					t.Fatalf("%q[%d:%d]: isHeadlineCase = %v, want %v", trimForLog(text), i, j, got, want)
				}
			}
		}
	}
}

// headlineCaseByLongWords is isHeadlineCase as it read isLongWordAt.
func headlineCaseByLongWords(toks tokens) bool {
	long, capitalized := 0, 0
	for i := range toks.len() {
		if isLongWordAt(toks, i) {
			long++
			if toks.isCapitalized(i) {
				capitalized++
			}
		}
	}
	if long < 3 || capitalized*5 < long*4 {
		return false
	}
	upper := 0
	for i := range toks.len() {
		if isLongWordAt(toks, i) && isUpperWord(toks.text(i)) {
			upper++
		}
	}
	return upper*2 < long
}

// TestFirstEndingPastMatchesSearch checks spanRun.firstEndingPast
// against sort.Search from every hint, and spanSet.overlaps, which
// keeps its hints, against a scan of the spans, as spans are added and
// queries come in and out of order.
func TestFirstEndingPastMatchesSearch(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for range 200 {
		var set spanSet
		var spans []Span
		for range rng.Intn(120) {
			start := rng.Intn(100)
			s := Span{start, start + 1 + rng.Intn(15)}
			set.add(s)
			spans = append(spans, s)
			for _, r := range set.runs {
				for x := -1; x <= 120; x += 1 + rng.Intn(5) {
					want := sort.Search(len(r), func(k int) bool { return r[k].maxEnd > x })
					for hint := -1; hint <= len(r)+1; hint++ {
						if got := r.firstEndingPast(x, hint); got != want {
							t.Fatalf("firstEndingPast(%d, hint %d) = %d, want %d", x, hint, got, want)
						}
					}
				}
			}
			for range 10 {
				lo := rng.Intn(120) - 5
				hi := lo + rng.Intn(20)
				want := false
				for _, s := range spans {
					if s.Start < hi && lo < s.End {
						want = true
					}
				}
				if got := set.overlaps(lo, hi); got != want {
					t.Fatalf("overlaps(%d, %d) = %v, want %v; spans %v", lo, hi, got, want, spans)
				}
			}
		}
	}
}
