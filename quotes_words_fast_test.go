package lede

import (
	"strings"
	"testing"
	"unicode"
)

// The fast paths of words and of the name reader must give what the
// plain reading gave. Each test here runs both on inputs of its own.

// wordRunEndSlow is wordRunEnd as it read every character that is no
// ASCII letter or digit: decoded, and asked of isLetter, isInnerWordMark
// and the comma between digits.
func wordRunEndSlow(text string, j, hi int) (end int, upper, high bool) {
	for j < hi {
		r2, n2 := runeAt(text, j)
		if isLetter(r2) || isInnerWordMark(r2) && isLetterAt(text, j+n2, hi) || r2 == ',' && isDigitAt(text, j-1) && isDigitAt(text, j+1) && j+1 < hi {
			upper = upper || 'A' <= r2 && r2 <= 'Z'
			high = high || r2 >= 0x80
			j += n2
			continue
		}
		break
	}
	return j, upper, high
}

// TestWordRunEndMatchesSlow checks wordRunEnd against wordRunEndSlow with
// each ASCII byte, and some characters beyond, at each place of a few
// words.
func TestWordRunEndMatchesSlow(t *testing.T) {
	var marks []string
	for c := range 0x80 {
		marks = append(marks, string(rune(c)))
	}
	marks = append(marks, "é", "É", "’", "‑", "“", "—", "\u00a0", "\u2009", "ß", "\xff", "1", "9")
	for _, base := range []string{"ab", "Ab9", "12345", "O'Neil", "U.S", "x"} {
		for k := 0; k <= len(base); k++ {
			for _, m := range marks {
				for _, tail := range []string{"", "b", "2", " ", "é"} {
					text := base[:k] + m + base[k:] + tail
					for from := 1; from <= len(text); from++ {
						gotEnd, gotUpper, gotHigh := wordRunEnd(text, from, len(text))
						end, upper, high := wordRunEndSlow(text, from, len(text))
						if gotEnd != end || gotUpper != upper || gotHigh != high {
							t.Fatalf("wordRunEnd(%q, %d) = %d %v %v, want %d %v %v", text, from, gotEnd, gotUpper, gotHigh, end, upper, high)
						}
					}
				}
			}
		}
	}
}

// TestRuneClassesOfWords checks isSpaceRune and isUpperRune, which read
// the table of runeClasses, against the unicode package on every
// character.
func TestRuneClassesOfWords(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isSpaceRune(r), unicode.IsSpace(r); got != want {
			t.Fatalf("isSpaceRune(%U) = %v, want %v", r, got, want)
		}
		if got, want := isUpperRune(r), unicode.IsUpper(r); got != want {
			t.Fatalf("isUpperRune(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestNameInRunMatchesNameIn checks that nameInRun, which does not read
// runs of one word, finds what nameIn finds in every run of the test
// texts' words, and sizes the words as their text does.
func TestNameInRunMatchesNameIn(t *testing.T) {
	texts := append(append([]string{
		"Ms Gupta said. Gupta said. President Obama and Biden spoke; Mr. Hu, MP Jane Moss MP, Walking Vincent.",
		"His wife Helen and Queen Rania met Prime Minister Li in Des Moines; BIDEN’s aide, Sen. X, and Dr. Ana Ruiz’s son.",
	}, indexTexts...), speedTexts...)
	for _, text := range texts {
		toks := words(text)
		for i := range toks.len() {
			if got, want := toks.size(i), len(toks.text(i)); got != want {
				t.Fatalf("%q: size(%d) = %d, want %d", text, i, got, want)
			}
			for j := i; j <= toks.len() && j <= i+6; j++ {
				got, gotOK := nameInRun(toks, i, j)
				var want nameMention
				var wantOK bool
				if j > i {
					want, wantOK = nameIn(toks, i, j)
				}
				if gotOK != wantOK || gotOK && got != want {
					t.Fatalf("%q: nameInRun(%d, %d) = %+v %v, want %+v %v", text, i, j, got, gotOK, want, wantOK)
				}
			}
		}
	}
}

// TestEndingByMatchesScan checks tokens.endingBy against a scan with
// tokens.end, on the test texts and on a text with a word of 64 KB.
func TestEndingByMatchesScan(t *testing.T) {
	long := "A " + strings.Repeat("b", 1<<16) + " c."
	for _, text := range append([]string{long}, indexTexts...) {
		toks := words(text)
		for i := 0; i <= toks.len(); i++ {
			for _, hi := range []int{-1, 0, 1, 2, 5, 20, 1 << 16, 1<<16 + 2, 1<<16 + 3, len(text), len(text) + 1} {
				want := i
				for want < toks.len() && toks.end(want) <= hi {
					want++
				}
				if got := toks.endingBy(i, hi); got != want {
					t.Fatalf("%.20q: endingBy(%d, %d) = %d, want %d", text, i, hi, got, want)
				}
			}
		}
	}
}

// TestKnownWordRangesMatchScan checks that eachTokens over the
// sentences and paragraphs, whose words newQuoteDoc found, yields what a
// scan of the words yields for a copy of them.
func TestKnownWordRangesMatchScan(t *testing.T) {
	for _, text := range append(append([]string{"“Yes,” he said.\n\nNo.", "a\n\n\nb"}, indexTexts...), speedTexts...) {
		d := newQuoteDoc(&stopper{}, text)
		for _, spans := range [][]Span{d.sents, d.paras} {
			if len(spans) > 0 && d.knownWordRanges(spans) == nil {
				t.Fatalf("%.20q: no word ranges for %d spans", text, len(spans))
			}
			var want []tokens
			for _, toks := range d.eachTokens(append([]Span(nil), spans...)) {
				want = append(want, toks)
			}
			k := 0
			for s, got := range d.eachTokens(spans) {
				if s != spans[k] || got.len() != want[k].len() || (got.list == nil) != (want[k].list == nil) || got.len() > 0 && got.start(0) != want[k].start(0) {
					t.Fatalf("%.20q: span %d %v: %d words, want %d", text, k, s, got.len(), want[k].len())
				}
				k++
			}
			if k != len(spans) {
				t.Fatalf("%.20q: %d spans yielded, want %d", text, k, len(spans))
			}
		}
	}
}
