package lede

import (
	"math/rand"
	"strings"
	"testing"
	"time"
)

// amongNumbersTexts are numbers next to dates, times, money, units,
// ranges and phone numbers, and random mixes of such tokens, most of them
// numbers, so that some stand among numbers and some next to the words.
func amongNumbersTexts() []string {
	texts := []string{
		"1 1 1 1 1 1 1 1 1 1", "100 100 100 100 100 100 100 100 100",
		"1 2 3 March 4 5 6 7 8 9 10", "on 1 2 3 the 4 5 6th 7 8 9 1st Monday in May",
		"12 15 18 2019 2020 1999 1 000 000 12 500 people in 2019 300 2 1/2",
		"3 4 5 pm 10:30 10 30 6.45 6.45 pm at 5 5 o'clock 12 noon 1500 GMT",
		"1 2 3 years ago 4 5 days 6 7 8 weeks later 9 10 11 12 Q3 3 4 quarter",
		"$5 5 5 € 100 200 300 km 4 5 6 % 7 8 9 percent 10 11 12 million",
		"2019-20 season 3/8/2019 22/04 1 1 23.04.2022 5-0 5 - 0 2 3-4 5",
		"0800 123 4567 +44 20 7946 0958 555-0134 1 2 3 4 5 6 7",
		"020 7946 0018 1 2 0800 123 4567 5 6 7 8 1 2 3 4 5 0 12 34",
		"5 10 15 20 minutes past 9 the 4 4th 4 1 1 1 aged 5 6 7 out of 10",
	}
	vocab := strings.Fields("1 1 1 12 100 2019 1999 1,000 6.45 3.5 ½ 000 0800 31 4 " +
		"March May Monday the on ago years days weeks later quarter Q half pm am o'clock noon at from " +
		"past to minutes - / . : % $ € km million st th , and fiscal year century 1990s s a per " +
		"aged out of USD + Street")
	rng := rand.New(rand.NewSource(25))
	for range 300 {
		var b strings.Builder
		for range 30 {
			w := vocab[rng.Intn(len(vocab))]
			if rng.Intn(3) > 0 {
				w = vocab[rng.Intn(15)]
			}
			if rng.Intn(4) > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
		texts = append(texts, b.String())
	}
	return texts
}

// TestAmongNumbersStartsNoDate checks the date scan's skip against the
// readers: wherever amongNumbers says a number stands among numbers,
// dateAt finds no date there.
func TestAmongNumbersStartsNoDate(t *testing.T) {
	skipped := 0
	for _, text := range amongNumbersTexts() {
		for _, ref := range []time.Time{{}, time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)} {
			toks := entityTokens(text)
			f := &dateFinder{text: text, lower: lowerASCIIText(text), toks: toks, ref: ref, numbers: newNumberMemo(text, toks)}
			for k := range toks {
				if !f.amongNumbers(k) {
					continue
				}
				skipped++
				if m, ok := f.dateAt(k); ok {
					t.Errorf("%q: amongNumbers skips token %d, where dateAt reads %q", text, k, text[toks[m.first].start:toks[m.end-1].end])
				}
			}
		}
	}
	if skipped < 1000 {
		t.Errorf("amongNumbers skipped %d tokens of the texts, want a thousand or more", skipped)
	}
}

// TestAmongNumbersReadsAsFigureAt checks the figure scan's shortcut:
// wherever it reads a number among numbers, readFigureAt reads the same
// figure, or none in a phone number.
func TestAmongNumbersReadsAsFigureAt(t *testing.T) {
	read, phones := 0, 0
	for _, text := range amongNumbersTexts() {
		toks := entityTokens(text)
		fast := &figureFinder{text: text, lower: lowerASCIIText(text), toks: toks, numbers: newNumberMemo(text, toks)}
		slow := &figureFinder{text: text, lower: lowerASCIIText(text), toks: toks, numbers: newNumberMemo(text, toks)}
		for k := range toks {
			fig, end, ok, done := fast.amongNumbers(k)
			if !done {
				continue
			}
			read++
			if !ok {
				phones++
			}
			want, wantEnd, wantOK := slow.readFigureAt(k)
			if ok != wantOK || ok && (fig != want || end != wantEnd) {
				t.Errorf("%q at token %d: amongNumbers reads %+v to %d (%v), readFigureAt %+v to %d (%v)", text, k, fig, end, ok, want, wantEnd, wantOK)
			}
		}
	}
	if read < 1000 || phones == 0 {
		t.Errorf("amongNumbers read %d figures of the texts (%d in phone numbers), want a thousand or more and some phones", read, phones)
	}
}

// TestPlainNumberAtReadsAsNumberAt checks numberAt's shortcut for plain
// numbers against its full reading, at every token of the texts.
func TestPlainNumberAtReadsAsNumberAt(t *testing.T) {
	read := 0
	texts := append(amongNumbersTexts(), "1 2 3 4", "5 6½", "7 8 1/2", "9 10th", "11 12 000 000", "1,200 3 4.5 6 7")
	for _, text := range texts {
		toks, lower := entityTokens(text), lowerASCIIText(text)
		for k := range toks {
			n, ok := plainNumberAt(lower, toks, k, &groupRun{})
			if !ok {
				continue
			}
			read++
			if want, wantOK := readNumberAt(text, lower, toks, k); !wantOK || n != want {
				t.Errorf("%q at token %d: plainNumberAt reads %+v, readNumberAt %+v (%v)", text, k, n, want, wantOK)
			}
		}
	}
	if read < 1000 {
		t.Errorf("plainNumberAt read %d numbers of the texts, want a thousand or more", read)
	}
}
