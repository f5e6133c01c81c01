package lede

import "math"

// numberMemo is numberAt over the tokens of one call, each token read at
// most once. The date readers ask it of the same tokens again and again
// (the number at a token may start a day, an amount of time, a year or a
// clock time, and each reader reads it), and the figure finder asks it
// again of every token outside the dates; numberAt itself reads up to
// maxNumberTokens tokens, with a map lookup or two at each.
//
// It is per-call state, like the finders that share it.
type numberMemo struct {
	text  string
	lower string // the text lower-cased, for the tokens' forms
	toks  []etok
	// at holds, by token, memoUnread when the token was not read yet,
	// memoNone when no number starts there, memoPlain for the plain number
	// of a run, else 1 + the index of its number in found. Most tokens
	// start no number, so found stays small and at costs four bytes a
	// token.
	at    []int32
	found []number
	// groups is the run of digit groups the readings are in, which the
	// tokens read one after another share.
	groups groupRun
	// bare is the run of bare numbers the scans are in, which both read
	// a run at a time (bareRunAt); oneByOne makes them read it token by
	// token.
	bare     bareRun
	oneByOne bool
}

// newNumberMemo returns the memo of toks, the tokens of text.
func newNumberMemo(text string, toks []etok) *numberMemo {
	return &numberMemo{text: text, lower: lowerASCIIText(text), toks: toks, at: make([]int32, len(toks))}
}

// The marks of at besides an index into found: a token not read yet, a
// token where no number starts, and the number of a run that
// plainNumberAt reads, which at holds by itself.
const (
	memoUnread int32 = 0
	memoNone   int32 = -1
	memoPlain  int32 = -2
)

// number returns numberAt(text, toks, k), reading it the first time only;
// outside the tokens there is no number.
func (m *numberMemo) number(k int) (number, bool) {
	if k < 0 || k >= len(m.toks) || !canStartNumber(&m.toks[k]) {
		// numberAt reads a number only from digits, a number word,
		// "half", "a" or "an" before a scale or a fraction, or a sign:
		// all of them can start a figure.
		return number{}, false
	}
	switch at := m.at[k]; at {
	case memoUnread:
	case memoNone:
		return number{}, false
	case memoPlain:
		return m.plain(k), true
	default:
		return m.found[at-1], true
	}
	if n, ok := plainNumberAt(m.lower, m.toks, k, &m.groups); ok {
		m.at[k] = memoPlain
		return n, true
	}
	n, ok := readNumberAt(m.text, m.lower, m.toks, k)
	if !ok {
		m.at[k] = memoNone
		return number{}, false
	}
	if len(m.found) >= math.MaxInt32 {
		return n, true // at cannot index more: a text of over 4 GB reads the rest afresh
	}
	m.found = append(m.found, n)
	m.at[k] = int32(len(m.found))
	return n, true
}

// plain returns the number that plainNumberAt read at token k again: the
// digits of the token alone. A run of numbers ("1 1 1 …") is all such
// numbers, and found would hold one of 40 bytes for every token of it.
func (m *numberMemo) plain(k int) number {
	v, _ := integerValue(m.toks[k].in(m.lower))
	return number{first: k, end: k + 1, value: v}
}

// reset makes m the memo of toks, a window of text's tokens, keeping the
// room it has (see entityReader).
func (m *numberMemo) reset(text, lower string, toks []etok) {
	m.text, m.lower, m.toks = text, lower, toks
	if cap(m.at) < len(toks) {
		m.at = make([]int32, len(toks))
	} else {
		m.at = m.at[:len(toks)]
		clear(m.at)
	}
	m.found = m.found[:0]
	m.groups = groupRun{}
	m.bare = bareRun{}
}
