package lede

import (
	"testing"
	"time"
)

// TestReaderExits checks that each date reader's early exit only says no
// where the reader without it says no: at every token of texts that
// have the reader's dates and near misses, both give the same answer.
func TestReaderExits(t *testing.T) {
	ref := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	exits := []struct {
		name       string
		with, full func(*dateFinder, int) (dateMatch, bool)
		texts      []string
	}{
		{"numericDate", (*dateFinder).numericDate, (*dateFinder).readNumericDate, []string{
			"On 2019-03-08 and 2015-03, then 05-Aug-2016 and 3/8/2019, 3/8/19, 22/04/2019 and on 11/20.",
			"It was 23.04.2022, not 1.10.2020.3, and 1.5.2 is a version; 1/16 inch, 2/3/ and 1/3 of them.",
			"1 1 1 100 100 2019 - 03 - 08, 3 / 8, 23 .04 and 2019 -03-08 with spaces",
			"Friday 7/6 and Tuesday, 2024-03-13T10:00 at 6.45 pm, 12-15 people, 2019-20 season",
		}},
		{"clockTime", (*dateFinder).clockTime, func(f *dateFinder, k int) (dateMatch, bool) { return f.clockTimeFrom(k, f.clockPast(k)) }, []string{
			"We met at 5, left at 3 pm, 3 p.m. or 3pm, then 10:30, 15:00:20, 12 noon, 12 midnight and 9 o'clock.",
			"From 2 to 4 p.m., between 7 and 9, at 6.45 on Friday, 6.45 pm, at 2.46 billion guilders, 2.46 pm",
			"10 past 9, 20 minutes to 4, 5 after 6, at 5 in the morning, by 9 this morning, ate 3 in the evening",
			"1 1 1 100 100 1,200 people, 13 pm, 25 o'clock, 7:00 to 8:00 p.m., ½ past, around 11 and until 4",
		}},
	}
	for _, e := range exits {
		found := 0
		for _, text := range e.texts {
			toks := entityTokens(text)
			lower := lowerASCIIText(text)
			f := &dateFinder{text: text, lower: lower, toks: toks, ref: ref, numbers: newNumberMemo(text, toks)}
			for k := range toks {
				got, gotOK := e.with(f, k)
				want, wantOK := e.full(f, k)
				if got != want || gotOK != wantOK {
					t.Errorf("%s at token %d %q of %q: %+v %v, without the exit %+v %v", e.name, k, toks[k].in(lower), text, got, gotOK, want, wantOK)
				}
				if wantOK {
					found++
				}
			}
		}
		if found < 3 {
			t.Errorf("%s read %d dates in its texts; they test its exit with at least 3", e.name, found)
		}
	}
}

// TestDigitsExits checks the exits that say no at digits because the
// rest of a reader reads words: vague durations ("several years") and
// years in words ("nineteen ninety-six").
func TestDigitsExits(t *testing.T) {
	texts := []string{
		"for years, the past 3 years, 5 years ago, several months, the next 10 days, a few weeks, 1990s",
		"nineteen ninety-six, 1996, two thousand and two, 19 96, 2000 over 3 years, the last 2 quarters",
		"1 1 1 100 100 1,200 ½ 2 1/2 3.5 -4 past 7",
	}
	for _, text := range texts {
		toks := entityTokens(text)
		lower := lowerASCIIText(text)
		f := &dateFinder{text: text, lower: lower, toks: toks, numbers: newNumberMemo(text, toks)}
		for k := range toks {
			for j := k; j <= k+1 && j < len(toks); j++ {
				if toks[j].kind != tokNum {
					continue
				}
				if m, ok := f.vagueDuration(k, j); ok {
					t.Errorf("vagueDuration(%d, %d) of %q: %+v at digits %q", k, j, text, m, toks[j].in(lower))
				}
			}
			if toks[k].kind == tokNum {
				if y, _, ok := f.wordYear(k); ok {
					t.Errorf("wordYear at %q of %q: %d", toks[k].in(lower), text, y)
				}
			}
		}
	}
}

// spelledExitTexts have numbers in words in the hundreds, beside days,
// hours, quarters, centuries and amounts of time in words.
var spelledExitTexts = []string{
	"one hundred and one hundred and one hundred and one hundred and six",
	"one hundred twentieths past three, a hundred over ten, two hundred and first, the hundredth day",
	"on the twenty-first of March, the first quarter, the nineteenth century, one hundred days ago, a thousand years",
	"at three thirty, five past six, a quarter to nine, half past two, twenty minutes to four, seven o'clock",
	"nineteen hundred, two thousand and two, a dozen first, twenty million first-time buyers, minus one hundred",
	"one hundred and a half hours, three hundred point five, four hundred thirds, five hundred over five.",
}

// TestCountsHundreds checks the claims the exits for numbers in words
// rest on: where countsHundredsAt holds, no ordinal below a hundred
// starts; where countsHundreds holds, no number below a hundred does.
func TestCountsHundreds(t *testing.T) {
	held := 0
	for _, text := range spelledExitTexts {
		toks := entityTokens(text)
		lower := lowerASCIIText(text)
		f := &dateFinder{text: text, lower: lower, toks: toks, numbers: newNumberMemo(text, toks)}
		for k := range toks {
			n, ok := numberAt(text, lower, toks, k)
			small := ok && n.value > -100 && n.value < 100
			if countsHundredsAt(lower, toks, k) {
				held++
				if small && n.ordinal {
					t.Errorf("ordinal %v at %q of %q, where countsHundredsAt holds", n.value, toks[k].in(lower), text)
				}
			}
			if f.countsHundreds(k) && small {
				t.Errorf("number %v at %q of %q, where countsHundreds holds", n.value, toks[k].in(lower), text)
			}
		}
	}
	if held < 10 {
		t.Errorf("countsHundredsAt held at %d tokens; the test needs more", held)
	}
}

// TestAheadExits checks that the exits that look ahead (a unit of time
// for an amount, a divisor for a number in the hundreds) change no date:
// every token reads what it reads when the finder believes both are
// written at the end of the text.
func TestAheadExits(t *testing.T) {
	ref := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	texts := append([]string{
		"two days ago, for years, 3 years later, a year earlier, at three thirty on Friday, 1 1 1",
		"one hundred and one hundred and one hundred days, the past one hundred years, ten past one hundred",
	}, spelledExitTexts...)
	found := 0
	for _, text := range texts {
		toks := entityTokens(text)
		lower := lowerASCIIText(text)
		f := &dateFinder{text: text, lower: lower, toks: toks, ref: ref, numbers: newNumberMemo(text, toks)}
		all := &dateFinder{text: text, lower: lower, toks: toks, ref: ref, numbers: newNumberMemo(text, toks),
			tail: tokensAhead{read: true, lastUnit: len(toks), lastDivisor: len(toks)}}
		for k := range toks {
			got, gotOK := f.dateAt(k)
			want, wantOK := all.dateAt(k)
			if got != want || gotOK != wantOK {
				t.Errorf("at %d %q of %q: %+v %v, without the exits %+v %v", k, toks[k].in(lower), text, got, gotOK, want, wantOK)
			}
			if wantOK {
				found++
			}
		}
	}
	if found < 10 {
		t.Errorf("%d dates in the texts; the test needs more", found)
	}
}
