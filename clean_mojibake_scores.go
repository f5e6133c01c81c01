package lede

import "slices"

// Scores the repair search has made
//
// The search meets the same reading more than once: code pages that read
// a word alike in part give the same lenient reading ("Ã©" is "é" in
// most Latin code pages), and the readings searchAgain makes of it are
// then considered once for each code page the search began with. A
// reading's score depends on nothing but the reading (the word's context
// and the line's other letters are the search's own), so a score made
// once is not made again. On a line of stray bytes, a third of what the
// search considers is a reading it has scored before, each a word of up
// to maxRepairRun characters.

// minScoredLen is the shortest reading whose score the search keeps:
// shorter readings are scored in less time than they are looked up.
const minScoredLen = 16

// scoredReading is a reading the search scored, with its score: the
// reading's implausibility when exact, otherwise a score of at least the
// bound the scoring stopped at, which the reading's implausibility
// reaches too.
type scoredReading struct {
	hash  uint64
	w     []rune
	cost  int
	exact bool
}

// scoredBefore returns what the score of w below bound is known to be: its
// implausibility, when the search scored it to the end, or a cost of at
// least bound, when the search stopped scoring it at a bound as high.
// Either is what implausibilityBelow with bound would tell consider: a
// reading that costs at least the bound changes nothing, whatever its
// cost.
func (r *repairSearch) scoredBefore(w []rune, hash uint64, bound int) (int, bool) {
	if s := r.findScored(w, hash); s != nil && (s.exact || s.cost >= bound) {
		return s.cost, true
	}
	return 0, false
}

// addScored keeps the score cost of w, made below bound.
func (r *repairSearch) addScored(w []rune, hash uint64, cost, bound int) {
	exact := cost < bound
	if s := r.findScored(w, hash); s != nil {
		// Scored before below a lower bound: this score knows more.
		s.cost, s.exact = cost, exact
		return
	}
	r.scored = append(r.scored, scoredReading{hash, w, cost, exact})
}

func (r *repairSearch) findScored(w []rune, hash uint64) *scoredReading {
	for k := range r.scored {
		if s := &r.scored[k]; s.hash == hash && slices.Equal(s.w, w) {
			return s
		}
	}
	return nil
}
