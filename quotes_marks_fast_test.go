package lede

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// markPieces are the pieces of the random texts that try the mark
// scanners: the marks, their bytes alone and out of order, other
// characters that share their lead bytes, and letters.
var markPieces = []string{
	"”", "\"", "»", "“", "„", "«", "‘", "’", "‹", "›", "''", "'",
	"\xe2", "\x80", "\x9d", "\x9c", "\x99", "\xc2", "\xbb", "\xab", "\xe2\x80", "\xe2\x9d",
	"—", "é", "\u00a0", "a", " ", "said", ".", "'''",
}

// randomMarkTexts returns n texts of up to 12 pieces of markPieces.
func randomMarkTexts(n int) []string {
	rng := rand.New(rand.NewSource(9))
	texts := make([]string, n)
	for k := range texts {
		var sb strings.Builder
		for range rng.Intn(13) {
			sb.WriteString(markPieces[rng.Intn(len(markPieces))])
		}
		texts[k] = sb.String()
	}
	return texts
}

// TestMarkScannersMatchStrings checks hasDoubleQuotes against
// strings.ContainsAny, lastClosingDoubleMark and lastApostrophe against
// strings.LastIndexAny and lastDoubledApostrophe against
// strings.LastIndex, which they replace, and mayStartQuoteMark's table
// against the bytes it names, on random texts of marks and
// their bytes (valid and not) and on every stretch of the speed tests'
// texts.
func TestMarkScannersMatchStrings(t *testing.T) {
	texts := randomMarkTexts(20000)
	for _, text := range textsForSpeed(t) {
		for lo := 0; lo < len(text); lo += 5 {
			texts = append(texts, text[lo:min(len(text), lo+40)])
		}
	}
	for c := range 256 {
		if got, want := mayStartQuoteMark(byte(c)), c == '"' || c == '\'' || c == 0xE2 || c == 0xC2; got != want {
			t.Fatalf("mayStartQuoteMark(%#x) = %v, want %v", c, got, want)
		}
	}
	for _, s := range texts {
		if got, want := hasDoubleQuotes(s), strings.ContainsAny(s, "“”\"«»„"); got != want {
			t.Fatalf("hasDoubleQuotes(%q) = %v, want %v", s, got, want)
		}
		if got, want := lastClosingDoubleMark(s), strings.LastIndexAny(s, "”\"»"); got != want {
			t.Fatalf("lastClosingDoubleMark(%q) = %d, want %d", s, got, want)
		}
		if got, want := lastApostrophe(s), strings.LastIndexAny(s, "'’"); got != want {
			t.Fatalf("lastApostrophe(%q) = %d, want %d", s, got, want)
		}
		if got, want := lastDoubledApostrophe(s), strings.LastIndex(s, "''"); got != want {
			t.Fatalf("lastDoubledApostrophe(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestQuotedRunsAsFirstWritten checks quotedRuns, which reads whether a
// paragraph's single marks open quotes only when one might, against
// quotedRuns as first written, which read it first, on random texts of
// marks and the texts of the speed tests, paragraph by paragraph.
func TestQuotedRunsAsFirstWritten(t *testing.T) {
	texts := append(randomMarkTexts(20000), textsForSpeed(t)...)
	texts = append(texts, "‘One said to me, “We run.”’ 'Yes,' he said.", "He's 'fine' and “well”", "'Twas 'so' he said")
	for _, text := range texts {
		for _, p := range newQuoteDoc(&stopper{}, text).paras {
			got, want := quotedRuns(text, p), quotedRunsAsFirstWritten(text, p)
			if len(got) != len(want) {
				t.Fatalf("%q: %d runs, want %d", text[p.Start:p.End], len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("%q: run %d = %+v, want %+v", text[p.Start:p.End], i, got[i], want[i])
				}
			}
		}
	}
}

// quotedRunsAsFirstWritten is quotedRuns as it was before it read the
// single marks' style lazily (with the doubled curly marks it reads
// since).
func quotedRunsAsFirstWritten(text string, p Span) []quoted {
	singles := !hasDoubleQuotes(text[p.Start:p.End]) || opensWithSingleMark(text[p.Start:p.End])
	var runs []quoted
	var cur quoted
	inside := false
	var closers string
	for i := p.Start; i < p.End; {
		if i = nextQuoteLead(text, i, p.End); i == p.End {
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\'' && i+1 < p.End && text[i+1] == '\'' {
			r, n = '"', 2
		} else if r2, n2 := doubledSingleMark(text[i+n:p.End], r); n2 > 0 {
			r, n = r2, n+n2
		}
		switch {
		case inside && containsRune(closers, r) && closesHere(text, p, i, n, r):
			cur.close, cur.end, cur.closeSize = i, i, n
			runs = append(runs, cur)
			inside = false
		case !inside && opensHere(text, p, i, n, r, singles):
			cur, inside = quoted{open: i, start: i + n, openSize: n, close: -1}, true
			closers = closingMarks(r)
		}
		i += n
	}
	if inside {
		cur.end, cur.unclosed = p.End, true
		runs = append(runs, cur)
	}
	return runs
}

// TestWordCountAsFields checks wordCount against strings.Fields, on
// random texts of marks, spaces and invalid UTF-8.
func TestWordCountAsFields(t *testing.T) {
	texts := append(randomMarkTexts(20000), "", " ", "a  b\tc\n", "\u2003x\u00a0y\u0085z", "\xff \xfe", " said, he ")
	for _, s := range texts {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Fatalf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}
