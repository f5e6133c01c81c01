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
	// at holds, by token, 0 when the token was not read yet, -1 when no
	// number starts there, else 1 + the index of its number in found. Most
	// tokens start no number, so found stays small and at costs four bytes
	// a token.
	at    []int32
	found []number
	// groups is the run of digit groups the readings are in, which the
	// tokens read one after another share.
	groups groupRun
}

// newNumberMemo returns the memo of toks, the tokens of text.
func newNumberMemo(text string, toks []etok) *numberMemo {
	return &numberMemo{text: text, lower: lowerASCIIText(text), toks: toks, at: make([]int32, len(toks))}
}

// number returns numberAt(text, toks, k), reading it the first time only;
// outside the tokens there is no number.
func (m *numberMemo) number(k int) (number, bool) {
	if k < 0 || k >= len(m.toks) || !canStartNumber(&m.toks[k]) {
		// numberAt reads a number only from digits, a number word,
		// "half", "a" or "an" before a scale or a fraction, or a sign:
		// all of them can start a figure.
		return number{}, false
	}
	switch at := m.at[k]; {
	case at > 0:
		return m.found[at-1], true
	case at < 0:
		return number{}, false
	}
	n, ok := numberAtIn(m.text, m.lower, m.toks, k, &m.groups)
	if !ok {
		m.at[k] = -1
		return number{}, false
	}
	if len(m.found) >= math.MaxInt32 {
		return n, true // at cannot index more: a text of over 4 GB reads the rest afresh
	}
	if m.found == nil {
		m.found = make([]number, 0, m.starts())
	}
	m.found = append(m.found, n)
	m.at[k] = int32(len(m.found))
	return n, true
}

// starts counts the tokens that can start a number: found never needs
// more room, and gets it at once rather than by growing, which copies it.
func (m *numberMemo) starts() int {
	n := 0
	for i := range m.toks {
		if canStartNumber(&m.toks[i]) {
			n++
		}
	}
	return n
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
}
