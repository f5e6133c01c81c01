package lede

import (
	"testing"
	"time"
)

// TestVagueDurationExit checks vagueDuration's early exit against
// readVagueDuration from every token, with the modifier before it or
// not, on texts with vague durations and near misses.
func TestVagueDurationExit(t *testing.T) {
	ref := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	texts := []string{
		"for a few days, for several months, in recent weeks, over years, a couple of years, the next couple of years",
		"the coming months, for some weeks, many decades, a few seconds, several quarters, took hours, lasted minutes",
		"several years ago, a few people, a couple of friends, some of them, many more, for a couple, in recent times",
		"a few more days, a couple weeks, for many, several of the years, of days, within months, the past few years",
	}
	found := 0
	for _, text := range texts {
		toks := entityTokens(text)
		lower := lowerASCIIText(text)
		f := &dateFinder{text: text, lower: lower, toks: toks, ref: ref, numbers: newNumberMemo(text, toks)}
		for k := range toks {
			for _, j := range []int{k, k + 1} {
				got, gotOK := f.vagueDuration(k, j)
				want, wantOK := f.readVagueDuration(k, j)
				if got != want || gotOK != wantOK {
					t.Errorf("vagueDuration(%d, %d) of %q: %+v %v, without the exit %+v %v", k, j, text, got, gotOK, want, wantOK)
				}
				if wantOK {
					found++
				}
			}
		}
	}
	if found < 15 {
		t.Errorf("the texts have %d vague durations; they test the exit with at least 15", found)
	}
}

// TestDurationModifierClasses checks that every word of
// durationModifiers has one of durationModifierClasses, which duration
// asks before the list, and that digits have none.
func TestDurationModifierClasses(t *testing.T) {
	for _, w := range durationModifiers {
		if classOf(w)&durationModifierClasses == 0 {
			t.Errorf("%q has none of the classes duration asks before durationModifiers", w)
		}
	}
	if toks := entityTokens("5"); toks[0].class&durationModifierClasses != 0 {
		t.Errorf("digits have a class of durationModifierClasses")
	}
}
