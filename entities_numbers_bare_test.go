package lede

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// bareRunEdges are what may stand next to a run of bare numbers and make
// a date, a time, a figure with a unit or a phone number of its edge.
var bareRunEdges = []string{
	"", "2019", "in 2019", "March", "March 3,", "on", "the", "1st", "4th", "st", "3/8/2019", "3-4", "22/04",
	"1 2 2019", "3 4 2019", "12 2020", "1990s", "Q3", "years ago", "days", "weeks later", "ago", "last year",
	"pm", "p.m.", "a.m.", "10:30", ":30", "o'clock", "GMT", "noon", "at", "minutes past", "from", "to", "and", "or", "-", "–",
	"$", "$5", "€", "USD", "US$", "£", "pence", "cents", "km", "kg", "%", "per cent", "percent", "million", "bn", "billion",
	"1/2", "½", ".5", "3.5", "1,000", "1,2,3", "100", "000", "1 000", "12 500", "100 200 300 400 500 600 700 800",
	"+44", "+1", "0800", "020", "0800 123 4567", "555-0134", "(212) 555-0100", "-4567", "(", ")",
	"aged", "out of", "times", "point", "point one two", "one", "twenty", "hundred", "a dozen", "half",
	",", ".", ".\n", "!\n", "?", ":", "/", "\n", "\n\n",
}

// bareRunTexts are runs of bare numbers of many lengths between the
// edges, and random texts of runs, edges and glued tokens.
func bareRunTexts() []string {
	var texts []string
	rng := rand.New(rand.NewSource(4))
	gaps := []string{"  ", "\n", "\u00a0", "\u2009", "\t"}
	run := func(n int) string {
		var b strings.Builder
		style := rng.Intn(4) // ones, numbers of one or two digits, groups of three, a mix
		for k := range n {
			if k > 0 {
				if rng.Intn(40) == 0 {
					b.WriteString(gaps[rng.Intn(len(gaps))])
				} else {
					b.WriteByte(' ')
				}
			}
			switch {
			case style == 0:
				b.WriteString("1")
			case style == 1 || style == 3 && rng.Intn(2) == 0:
				fmt.Fprintf(&b, "%0*d", 1+rng.Intn(2), rng.Intn(100))
			default:
				fmt.Fprintf(&b, "%03d", rng.Intn(1000))
			}
		}
		return b.String()
	}
	for i, n := range []int{1, 2, 4, 5, 7, 8, 9, 30, 33, 34, 36, 38, 62, 63, 65, 66, 70, 100, 150} {
		for j, before := range bareRunEdges {
			after := bareRunEdges[rng.Intn(len(bareRunEdges))]
			if (i+j)%2 == 0 {
				texts = append(texts, before+" "+run(n)+" "+after)
			} else {
				texts = append(texts, before+run(n)+after)
			}
		}
	}
	for range 300 {
		var b strings.Builder
		for range 2 + rng.Intn(8) {
			if rng.Intn(5) > 0 {
				b.WriteByte(' ')
			}
			if rng.Intn(2) == 0 {
				b.WriteString(bareRunEdges[rng.Intn(len(bareRunEdges))])
			} else {
				b.WriteString(run(rng.Intn(110)))
			}
		}
		texts = append(texts, b.String())
	}
	return texts
}

// TestBareRunsReadAsOneByOne checks that the scans, which read most of a
// run of bare numbers at once, find what they find reading it token by
// token, in windows of two sizes and at once, with and without a
// reference date (every other text).
func TestBareRunsReadAsOneByOne(t *testing.T) {
	sizes := []windowSizes{{windowChunk, windowBehind, windowAhead}, {1, 100, 100}}
	refs := []time.Time{{}, time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)}
	texts := bareRunTexts()
	if testing.Short() {
		texts = texts[:len(texts)/4]
	}
	for i, text := range texts {
		ref := refs[i%len(refs)]
		for _, s := range sizes {
			r := newEntityReader(text, ref, s)
			r.oneByOne = true
			wantFigures, wantDates := r.read(&stopper{})
			figures, dates := readFiguresAndDates(&stopper{}, text, ref, s)
			if diff := cmp.Diff(wantFigures, figures); diff != "" {
				t.Fatalf("windows %v, reference %v: figures differ (-one by one +a run at once):\n%s\ntext: %q", s, ref, diff, text)
			}
			if diff := cmp.Diff(wantDates, dates); diff != "" {
				t.Fatalf("windows %v, reference %v: dates differ (-one by one +a run at once):\n%s\ntext: %q", s, ref, diff, text)
			}
			if s.chunk != windowChunk {
				continue
			}
			atOnceFigures, atOnceDates := figuresAndDatesAtOnce(&stopper{}, text, ref)
			if !cmp.Equal(wantFigures, atOnceFigures) || !cmp.Equal(wantDates, atOnceDates) {
				t.Fatalf("reference %v: reading at once differs from one by one\ntext: %q", ref, text)
			}
		}
	}
}

// TestBareRunsAreReadAtOnce checks that the scans do read the inside of
// a long run at once: of a run of a hundred numbers, all but the edges.
func TestBareRunsAreReadAtOnce(t *testing.T) {
	text := "On March 3 " + strings.TrimSpace(strings.Repeat(" 7", 100)) + " km."
	toks := entityTokens(text)
	first := 3 // the first 7
	memo := newNumberMemo(text, toks)
	f := &dateFinder{text: text, lower: memo.lower, toks: toks, numbers: memo}
	if got, want := f.pastBareNumbers(first+1, len(toks)), first+100-digitsAhead-1; got != want {
		t.Errorf("date scan: skipped to %d, want %d", got, want)
	}
	ff := &figureFinder{text: text, lower: memo.lower, toks: toks, numbers: memo}
	if got, want := ff.bareNumbers(&stopper{}, first+1, len(toks)), first+100-digitsAhead-1; got != want {
		t.Errorf("figure scan: read to %d, want %d", got, want)
	}
	if len(ff.figures) != 100-digitsAhead-2 || ff.figures[0].Text != "7" || ff.figures[0].Value != 7 {
		t.Errorf("figure scan: read %d figures, first %+v", len(ff.figures), ff.figures[0])
	}
}
