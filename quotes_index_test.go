package lede

import (
	"sort"
	"strings"
	"testing"
)

// The indexes that make Quotes fast must give what the plain scans they
// replaced gave. Each test here runs both on a few texts of its own.

var indexTexts = []string{
	"",
	"“We will rebuild,” said Mayor Ana Ruiz, “and we will start this year.”\n\nCouncillor Tom Reyes said the plan was too costly.",
	"The plant will close, Smith said. According to the union, 200 jobs go.\n“It is over,” she said, adding that talks had failed.",
	"he said, he said, he said, noting that, he said, adding “that”, he said.",
	"Ms. Gupta (D-N.Y.) told reporters: “No.” \n\n\n  U.S. officials, who declined to comment, said Friday that …",
}

// TestTokensMatchesScan checks quoteDoc.tokens against a scan of every
// word for all spans of each text.
func TestTokensMatchesScan(t *testing.T) {
	for _, text := range indexTexts {
		d := &quoteDoc{text: text, toks: words(text)}
		for lo := 0; lo <= len(text); lo++ {
			for hi := lo - 2; hi <= len(text)+1; hi++ {
				got := d.tokens(lo, hi)
				i := sort.Search(d.toks.len(), func(k int) bool { return d.toks.start(k) >= lo })
				j := sort.Search(d.toks.len(), func(k int) bool { return d.toks.end(k) > hi })
				var want tokens
				if j >= i {
					want = d.toks.slice(i, j)
				}
				if got.len() != want.len() || (got.list == nil) != (want.list == nil) || got.len() > 0 && got.start(0) != want.start(0) {
					t.Fatalf("%q: tokens(%d, %d) = %d words, want %d", text, lo, hi, got.len(), want.len())
				}
			}
		}
	}
}

// TestHolderIndexMatchesScan checks holderIndex.first against trying
// every quote in order, as quotes grow.
func TestHolderIndexMatchesScan(t *testing.T) {
	quotes := []Quote{
		{Span: Span{10, 20}}, {Span: Span{5, 12}}, {Span: Span{15, 40}}, {Span: Span{15, 16}},
		{Span: Span{30, 31}}, {Span: Span{50, 60}}, {Span: Span{0, 3}}, {Span: Span{52, 53}},
	}
	h := newHolderIndex(quotes)
	check := func() {
		for i := -1; i <= 80; i++ {
			want := -1
			for j, q := range quotes {
				if q.Start <= i && i < q.End {
					want = j
					break
				}
			}
			if got := h.first(i); got != want {
				t.Fatalf("first(%d) = %d, want %d", i, got, want)
			}
		}
	}
	check()
	quotes[6].End = 75 // a quote extended to the end of the direct quote it opened
	h.grew(&quotes[6])
	check()
}

// TestParticipleCommasMatchesScan checks participleCommas.after against
// a scan from each word, asked left to right as the verbs are, then
// right to left.
func TestParticipleCommasMatchesScan(t *testing.T) {
	for _, text := range indexTexts {
		toks := words(text)
		for end := 0; end <= toks.len(); end++ {
			want := func(from int) int {
				for k := from; k+1 < end; k++ {
					if toks.text(k) == "," && isParticiple(toks.lower(k+1)) {
						return k
					}
				}
				return end
			}
			p := participleCommas{toks: toks, end: end, at: -1}
			for from := 0; from <= end; from++ {
				if got := p.after(from); got != want(from) {
					t.Fatalf("%q: after(%d) with end %d = %d, want %d", text, from, end, got, want(from))
				}
			}
			for from := end; from >= 0; from-- {
				if got := p.after(from); got != want(from) {
					t.Fatalf("%q: after(%d) right to left, with end %d = %d, want %d", text, from, end, got, want(from))
				}
			}
		}
	}
}

// TestLowerCaseMatchesToLower checks that the lower case words gives
// each word, written in the text's lower case or set apart when it is not
// as long, is what strings.ToLower gives, for texts that start at a word
// or inside one, in the middle of a character too.
func TestLowerCaseMatchesToLower(t *testing.T) {
	in := []string{"Said", "said", "U.S.", "ÉCOLE", "Łódź", "İstanbul", "a\xffB", "MCDONALD'S", "x", "O’Brien", "AS\u212AED", "Ω", "STRASSE"}
	all := strings.Join(in, " ")
	for lo := 0; lo < len(all); lo += 7 {
		text := all[lo:]
		for _, w := range words(text).all() {
			written := text[w.start():w.end()]
			want := strings.ToLower(written)
			if w.punct() {
				want = written // a punctuation character, or a byte of invalid UTF-8, is its own lower case
			}
			if w.lower() != want {
				t.Errorf("lower case of %q = %q, want %q", written, w.lower(), want)
			}
			if w.text() != written {
				t.Errorf("text of the word at %d = %q, want %q", w.start(), w.text(), written)
			}
		}
	}
}

// TestEachTokensMatchesTokens checks the words eachTokens gives each
// sentence and paragraph against tokens, a sentence cut inside a long
// word included.
func TestEachTokensMatchesTokens(t *testing.T) {
	for _, text := range append(indexTexts, strings.Repeat("x", 2*maxSentenceBytes+10)+" end.") {
		d := newQuoteDoc(&stopper{}, text)
		for _, spans := range [][]Span{d.sents, d.paras} {
			n := 0
			for s, got := range d.eachTokens(spans) {
				want := d.tokens(s.Start, s.End)
				if got.len() != want.len() || (got.list == nil) != (want.list == nil) || got.len() > 0 && &got.list[0] != &want.list[0] {
					t.Errorf("%.20q: the words of %v are %d, tokens gives %d", text, s, got.len(), want.len())
				}
				n++
			}
			if n != len(spans) {
				t.Errorf("%.20q: %d spans yielded, want %d", text, n, len(spans))
			}
		}
	}
}

// TestIndexMarkMatchesIndexAny checks indexMark against strings.IndexAny,
// on invalid UTF-8 too.
func TestIndexMarkMatchesIndexAny(t *testing.T) {
	for _, s := range []string{"", "Mary-Kate", "Mary‐Kate", "Jean‐Paul-Marc", "I’ve", "we're", "x\xe2\x80’y", "\xe2’", "a «b» “c” „d\"", "no marks", "\xff\xfe\"", "''"} {
		for _, marks := range [][]string{{"-", "‐"}, {"'", "’"}, {"“", "„", "«", "\""}} {
			if got, want := indexMark(s, marks...), strings.IndexAny(s, strings.Join(marks, "")); got != want {
				t.Errorf("indexMark(%q, %q) = %d, IndexAny gives %d", s, marks, got, want)
			}
		}
	}
}

// TestSpanSetMatchesScan checks spanSet's queries against a scan of the
// spans added, added in order, a little out of order and far out of
// order (a new run).
func TestSpanSetMatchesScan(t *testing.T) {
	spans := []Span{{10, 20}, {22, 30}, {21, 23}, {40, 41}, {5, 8}, {41, 60}, {41, 42}, {70, 70}, {0, 100}, {61, 65}, {3, 4}}
	var set spanSet
	for id, s := range spans {
		set.addID(s, id+1)
		added := spans[:id+1]
		for start := -1; start <= 102; start++ {
			for end := start; end <= 103; end++ {
				overlaps, first := false, -1
				for k, c := range added {
					overlaps = overlaps || start < c.End && c.Start < end
					// within: starting in [start, end) and ending by end
					if start <= c.Start && c.Start < end && c.End <= end && first < 0 {
						first = k + 1
					}
				}
				if got := set.overlaps(start, end); got != overlaps {
					t.Fatalf("after %d spans: overlaps(%d, %d) = %v, want %v", id+1, start, end, got, overlaps)
				}
				if got := set.firstWithin(start, end); got != first {
					t.Fatalf("after %d spans: firstWithin(%d, %d) = %d, want %d", id+1, start, end, got, first)
				}
			}
		}
	}
}

// TestWordSetMatchesMap checks that a wordSet, which turns words away by
// their letters and length before hashing them, holds what its map holds,
// with and without words that have no signature, and that a word keeps
// its end through headline case.
func TestWordSetMatchesMap(t *testing.T) {
	lists := [][]string{
		{"said", "told", "a", "pointed"},
		{"said", "u.s.", "9/11", "sen."},
	}
	for _, list := range lists {
		s := newWordSet(list)
		for _, text := range indexTexts {
			for _, w := range words(text).all() {
				for _, q := range []string{w.text(), w.lower()} {
					if got, want := s.has(q), s.words[q]; got != want {
						t.Errorf("set %q has %q = %v, want %v", list, q, got, want)
					}
				}
			}
		}
		for _, q := range list {
			if !s.has(q) {
				t.Errorf("set %q lacks %q", list, q)
			}
		}
	}
	headline := "Mayor Ruiz Says City Will Rebuild The Harbour, Officials Told Reporters"
	toks := words(headline)
	lowerHeadlineCase(toks)
	for _, w := range toks.all() {
		if w.text() != strings.ToLower(headline[w.start():w.end()]) && w.text() != headline[w.start():w.end()] {
			t.Errorf("headline word %q at [%d,%d) is %q in the text", w.text(), w.start(), w.end(), headline[w.start():w.end()])
		}
	}
}

// TestMayHaveCapitals checks that a text mayHaveCapitals turns away has
// no capitalized word, which orgOf and organizationName need to find an
// organization, so they may skip it.
func TestMayHaveCapitals(t *testing.T) {
	texts := append([]string{"a spokeswoman", "who", "the mayor's office", "Éric", "an élu", "x-ray 9/11", "St Mary's Hospital"}, indexTexts...)
	for _, text := range texts {
		capitalized := false
		for _, w := range words(text).all() {
			capitalized = capitalized || w.isCapitalized()
		}
		if capitalized && !mayHaveCapitals(text) {
			t.Errorf("mayHaveCapitals(%q) = false, but it has a capitalized word", text)
		}
	}
}

// TestWordsKeepLongWords checks that the words too long for a packed
// word's size (64 KB and more: a run of base64 in a text) keep their
// text, lower case and end, as the words around them do.
func TestWordsKeepLongWords(t *testing.T) {
	for _, n := range []int{longSize - 1, longSize, longSize + 1, 3 * longSize} {
		long := "A" + strings.Repeat("b", n-1)
		text := "He said " + long + " twice."
		toks := words(text)
		want := []string{"He", "said", long, "twice", "."}
		if toks.len() != len(want) {
			t.Fatalf("a word of %d bytes: %d words, want %d", n, toks.len(), len(want))
		}
		for i, w := range toks.all() {
			if w.text() != want[i] || w.lower() != strings.ToLower(want[i]) || toks.end(i) != w.start()+len(want[i]) || text[w.start():w.end()] != want[i] {
				t.Errorf("a word of %d bytes: word %d is %.10q at [%d,%d), want %.10q", n, i, w.text(), w.start(), toks.end(i), want[i])
			}
		}
	}
}
