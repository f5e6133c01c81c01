package lede

import (
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// Texts whose readers look across line breaks, each broken where a tiny
// chunk would end (after ".\n"): the window reader must find in them what
// reading them at once finds.
var acrossLines = []struct{ name, text string }{
	{"anchor on the line before", "It rained.\nThe storm hit on Saturday, March 2, 2019\nTwo days later power was restored."},
	{"anchor past a sentence end", "The storm hit on March 2, 2019.\nTwo days later power was restored.\nThe year after, it hit again."},
	{"anchor in a date across a line end", strings.Repeat("Nothing happened here at all.\n", 30) +
		"It began at 3 p.m.\nMarch 5, 2019 and ended two days later.\nThe year after it hit.\n" +
		"It began at 3 p.m.\nMarch 5 and 6 weeks passed."},
	{"quarter named chunks before", "Revenue rose in the third quarter of 1989.\nCosts fell.\nIn the year-ago quarter it fell.\nA year earlier too."},
	{"shared percent", "Prices rose between 5 and\n10 percent.\nBetween 5.\n10 percent of them"},
	{"shared scale", "It cost $3 to\n$5 million.\nSome 2, 3 or\n4 million doses.\nAnd 10 or\n15 cents."},
	{"ages listed", "Two boys, aged 14 and\n15, and a girl aged 12.\n13 and 15 came."},
	{"phone numbers", "Call 555.\n0134 now.\nOr 0800 123.\n4567, or (212) 555-0100.\n555-0134."},
	{"modifier runs", "It was the the the the.\nthe 1990s, the end of.\nthe end of the year."},
	{"digits after point", "It was two point one two three.\nfour five six.\nnine point.\nnought four"},
	{"ranges", "From May to\nSeptember.\nFrom 3 p.m.\nto 5 p.m. on Tuesday.\nAt 3 p.m.\nTuesday it rained."},
	{"coordinated firsts", "It took between six and\nnine weeks.\nOn 3 and\n4 March.\nFrom 18.\nto 22 March."},
	{"spelled numbers", "One hundred and.\ntwenty came.\nOne hundred and\ntwenty-five thousand went.\nA third.\nof a billion"},
	{"numbers at line ends", "It cost 5.\n6 people came.\n1,200.\n5 km away.\nIn 2019.\n2020 was worse.\nThe 2020-\n21 season."},
	{"tense across lines", "He said it two days later.\nThe debate ran until 11 p.m. Wednesday.\nIt will resume\nTuesday."},
	{"addresses and names", "He lives at 10.\nDowning Street.\nThe Boeing.\n737 and the FTSE.\n100 rose 5%.\nCOVID.\n-19"},
	{"web addresses", "See www.example.com/2019/03/05.\n5 km on http://x.org/1.\n2 days.\n3 km."},
	{"number run", strings.Repeat("1 1 1 1 1 1 1.\n", 40)},
	// A window's figures go into the room of the last window's: a run of
	// bare numbers after figures with units, approximations, rates and
	// ranges must not keep theirs.
	{"number run after units", strings.Repeat("about 5-6 km a day, ", 150) + "away.\n" + strings.Repeat("1 ", 120) + "1.\n"},
	{"money cues", "It was 40C.\nThe heat wave.\nIt cost 40c.\nA share rose 11c a share.\n"},
}

// TestWindowsReadAsAtOnce checks that reading in windows, of tiny chunks
// and small margins, finds the figures and dates that reading the text at
// once finds, on texts broken at line ends.
func TestWindowsReadAsAtOnce(t *testing.T) {
	sizes := []windowSizes{{1, 100, 100}, {23, 300, 300}, {1, windowBehind, windowAhead}}
	for _, tt := range acrossLines {
		for _, crlf := range []bool{false, true} {
			text := tt.text
			if crlf {
				text = strings.ReplaceAll(text, "\n", "\r\n")
			}
			if n := windowsOf(text, sizes[0]); n < 2 {
				t.Errorf("%s: %d window, want a window per line end", tt.name, n)
			}
			checkWindows(t, tt.name, text, sizes)
		}
	}
}

// TestWindowsReadMixedTexts checks the window reader against reading at
// once on texts made of the probe sentences and the lines above, joined
// at random by spaces, line breaks and coordinations.
func TestWindowsReadMixedTexts(t *testing.T) {
	var pieces []string
	files, _ := filepath.Glob("testdata/entities/probes/*.tsv")
	for _, path := range files {
		for _, p := range readProbes(t, path) {
			pieces = append(pieces, p.sentence)
		}
	}
	for _, tt := range acrossLines {
		pieces = append(pieces, strings.Split(tt.text, "\n")...)
	}
	joins := []string{" ", ". ", ".\n", ".\n\n", ".\r\n", "\n", "\n\n", " and ", ", ", " to ", "-", "? ", "!\n"}
	rnd := rand.New(rand.NewPCG(1, 2))
	texts := 200
	if testing.Short() {
		texts = 40
	}
	for n := range texts {
		var b strings.Builder
		for range 2 + rnd.IntN(40) {
			b.WriteString(pieces[rnd.IntN(len(pieces))])
			b.WriteString(joins[rnd.IntN(len(joins))])
		}
		checkWindows(t, "mixed text "+itoa(n), b.String(), []windowSizes{{1, 300, 300}, {200, 300, 300}})
	}
}

// TestWindowsReadLongTexts checks windows of the sizes figuresAndDates
// uses: a text of many chunks, and a line of a megabyte, which has no line
// end to break at and is read in one window.
func TestWindowsReadLongTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("long texts")
	}
	sizes := []windowSizes{{windowChunk, windowBehind, windowAhead}}
	var b strings.Builder
	for b.Len() < 400<<10 {
		for _, tt := range acrossLines {
			b.WriteString(tt.text)
			b.WriteString("\n\n")
		}
	}
	long := b.String()
	if n := windowsOf(long, sizes[0]); n < 5 {
		t.Errorf("long text: %d windows, want 5 or more", n)
	}
	checkWindows(t, "long text", long, sizes)

	line := strings.ReplaceAll(long, "\n", " ")
	for len(line) < 1<<20 {
		line += line
	}
	line = line[:1<<20]
	if n := windowsOf(line, sizes[0]); n != 1 {
		t.Errorf("a line of a megabyte: %d windows, want 1", n)
	}
	checkWindows(t, "a line of a megabyte", line, []windowSizes{{1, 300, 300}})
}

// checkWindows compares, for each of sizes and with and without a
// reference date, what readFiguresAndDates finds in text with what
// figuresAndDatesAtOnce finds.
func checkWindows(t *testing.T, name, text string, sizes []windowSizes) {
	t.Helper()
	for _, ref := range []time.Time{time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC), {}} {
		wantFigures, wantDates := figuresAndDatesAtOnce(&stopper{}, text, ref)
		for _, s := range sizes {
			figures, dates := readFiguresAndDates(&stopper{}, text, ref, s)
			if diff := cmp.Diff(wantFigures, figures); diff != "" {
				t.Errorf("%s, windows %v, reference %v: figures differ (-at once +in windows):\n%s\ntext: %q", name, s, ref, diff, text)
			}
			if diff := cmp.Diff(wantDates, dates); diff != "" {
				t.Errorf("%s, windows %v, reference %v: dates differ (-at once +in windows):\n%s\ntext: %q", name, s, ref, diff, text)
			}
			r := newEntityReader(text, ref, s)
			r.datesOnly = true
			if _, dates := r.read(&stopper{}); !cmp.Equal(wantDates, dates) {
				t.Errorf("%s, windows %v, reference %v: dates only differ (-at once +in windows):\n%s\ntext: %q", name, s, ref, cmp.Diff(wantDates, dates), text)
			}
		}
	}
}

// windowsOf counts the windows in which text is read.
func windowsOf(text string, sizes windowSizes) int {
	r := &entityReader{text: text, sizes: sizes, stream: newTokenStream(text)}
	for n, chunk := 1, 0; ; n++ {
		end, last := r.chunkEnd(chunk)
		if last {
			return n
		}
		chunk = end
	}
}

// FuzzWindowsReadAsAtOnce checks the window reader, in chunks of a line
// and margins of a hundred tokens, against reading at once.
func FuzzWindowsReadAsAtOnce(f *testing.F) {
	for _, tt := range acrossLines {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkWindows(t, "fuzzed text", text, []windowSizes{{1, 100, 100}})
	})
}

// TestWindowReadsAhead checks how far a window reads past its chunk:
// windowAhead tokens of any kind (a text of numbers must not be read to
// its end from every chunk), and the whole of a run of number words after
// "point", which withPoint reads whole.
func TestWindowReadsAhead(t *testing.T) {
	sizes := windowSizes{1, 100, 100}
	tests := []struct {
		name, text string
		min, max   int // tokens read past the chunk
	}{
		{"numbers", strings.Repeat("1 1 1.\n", 1000), 100, 101},
		{"number words", strings.Repeat("one two three.\n", 1000), 100, 101},
		{"after point", "It was.\nTwo point" + strings.Repeat(" one", 500) + " km.\n" + strings.Repeat("1 1 1.\n", 100), 600, 601},
	}
	for _, tt := range tests {
		r := &entityReader{text: tt.text, sizes: sizes, stream: newTokenStream(tt.text)}
		end, _ := r.chunkEnd(0)
		r.readAhead(end)
		if n := r.stream.end() - end; n < tt.min || n > tt.max {
			t.Errorf("%s: read %d tokens past the chunk, want %d to %d", tt.name, n, tt.min, tt.max)
		}
	}
}
