package lede

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Floors for TestQuotesOnNewsStyles: the scores lede has reached on
// testdata/quotes/news, raised as it improves (issue target: 0.95 for
// quotes found and for speakers).
const (
	newsQuotesFoundFloor     = 0.97
	newsQuotesSpeakerFloor   = 0.95
	newsQuotesPrecisionFloor = 0.90
)

// listedQuote is one line of a .quotes file (see testdata/quotes/news).
type listedQuote struct {
	line     int
	fragment string
	at       int // the fragment's offset in the article
	speaker  string
}

// newsScore counts how lede does on articles with listed quotes.
type newsScore struct {
	listed, found, rightSpeaker, predicted, unlisted int
}

func (s newsScore) String() string {
	return fmt.Sprintf("found %d/%d (%.3f), right speaker %d/%d (%.3f), listed %d/%d of lede's quotes (%.3f)",
		s.found, s.listed, ratio(s.found, s.listed), s.rightSpeaker, s.found, ratio(s.rightSpeaker, s.found),
		s.predicted-s.unlisted, s.predicted, ratio(s.predicted-s.unlisted, s.predicted))
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// TestQuotesOnNewsStyles scores Quotes on the hand-listed quotes of
// testdata/quotes/news and fails when a score falls below its floor. Run
// with -v to see every miss.
func TestQuotesOnNewsStyles(t *testing.T) {
	inputs, err := filepath.Glob("testdata/quotes/news/*.txt")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no articles in testdata/quotes/news (%v)", err)
	}
	var total newsScore
	for _, in := range inputs {
		raw, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		listed := readListedQuotes(t, strings.TrimSuffix(in, ".txt")+".quotes", text)
		s := scoreNewsQuotes(t, filepath.Base(in), text, listed, Quotes(text))
		total.listed += s.listed
		total.found += s.found
		total.rightSpeaker += s.rightSpeaker
		total.predicted += s.predicted
		total.unlisted += s.unlisted
	}
	t.Logf("%d articles: %v", len(inputs), total)
	if r := ratio(total.found, total.listed); r < newsQuotesFoundFloor {
		t.Errorf("quotes found %.3f, below %.3f", r, newsQuotesFoundFloor)
	}
	if r := ratio(total.rightSpeaker, total.found); r < newsQuotesSpeakerFloor {
		t.Errorf("right speakers %.3f, below %.3f", r, newsQuotesSpeakerFloor)
	}
	if r := ratio(total.predicted-total.unlisted, total.predicted); r < newsQuotesPrecisionFloor {
		t.Errorf("listed share of lede's quotes %.3f, below %.3f", r, newsQuotesPrecisionFloor)
	}
}

// readListedQuotes reads a .quotes file and finds each fragment in text.
func readListedQuotes(t *testing.T, path, text string) []listedQuote {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []listedQuote
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fragment, speaker, ok := strings.Cut(line, "\t")
		fragment, speaker = strings.TrimSpace(fragment), strings.TrimSpace(speaker)
		if !ok || fragment == "" || speaker == "" {
			t.Fatalf("%s:%d: want FRAGMENT<TAB>SPEAKER, got %q", path, n, line)
		}
		at := strings.Index(text, fragment)
		if at < 0 || strings.Count(text, fragment) > 1 {
			t.Fatalf("%s:%d: %q occurs %d times in the article, want once", path, n, fragment, strings.Count(text, fragment))
		}
		out = append(out, listedQuote{line: n, fragment: fragment, at: at, speaker: speaker})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// scoreNewsQuotes matches lede's quotes with the listed ones: a quote
// matches a listed one when it holds the fragment's first byte.
func scoreNewsQuotes(t *testing.T, name, text string, listed []listedQuote, quotes []Quote) newsScore {
	t.Helper()
	s := newsScore{listed: len(listed), predicted: len(quotes)}
	used := make([]bool, len(quotes))
	for _, l := range listed {
		k := quoteHolding(quotes, l.at)
		if k < 0 {
			t.Logf("%s:%d: missed %q (%s)", name, l.line, l.fragment, l.speaker)
			continue
		}
		used[k] = true
		s.found++
		if got := speakerLabel(quotes[k].Speaker); speakerMatches(quotes[k].Speaker, l.speaker) {
			s.rightSpeaker++
		} else {
			t.Logf("%s:%d: %q: speaker %s, want %s", name, l.line, l.fragment, got, l.speaker)
		}
	}
	for k, q := range quotes {
		if q.Type == QuoteRefusal {
			s.predicted-- // a record that someone did not speak, listed nowhere
			continue
		}
		if !used[k] {
			s.unlisted++
			t.Logf("%s: not a listed quote: %q (%s)", name, q.Text, speakerLabel(q.Speaker))
		}
	}
	return s
}

// quoteHolding returns the index of the quote whose words hold byte at,
// or -1.
func quoteHolding(quotes []Quote, at int) int {
	for k, q := range quotes {
		if len(q.Parts) == 0 && q.Start <= at && at < q.End {
			return k
		}
		for _, p := range q.Parts {
			if p.Start <= at && at < p.End {
				return k
			}
		}
	}
	return -1
}

// speakerMatches reports whether s is the listed speaker: a person's or
// an organization's name, "~" and a word of an unnamed mention, or "-"
// for none.
func speakerMatches(s *Speaker, want string) bool {
	switch {
	case want == "-":
		return s == nil
	case s == nil:
		return false
	case strings.HasPrefix(want, "~"):
		return s.Name == "" && strings.Contains(strings.ToLower(s.Text), strings.ToLower(want[1:]))
	}
	return s.Name == want || s.Name == "" && s.Org == want
}

func speakerLabel(s *Speaker) string {
	if s == nil {
		return "none"
	}
	return fmt.Sprintf("%q [%s]", s.Text, s.Name)
}
