package lede

import "slices"

// Runs of bare numbers. A run of numbers of one or two digits set off by
// spaces ("1 1 1 …", "3 14 15 92 65 …", a table flattened to text), or
// of groups of three digits set off by single spaces ("100 200 300 …"),
// is where both scans spend their time token by token to learn, at each
// token, what holds for the whole run but its edges. Inside such a run:
//
//   - The number at token k is its digits alone (plainNumberAt): the
//     numbers after a number of one or two digits have at most two digits
//     and are set off by a space, so they neither group its thousands nor
//     make a fraction with it; and a group of three leads the
//     maxSpaceGroups+1 groups after it, a list rather than one number
//     (leadsLongGroupRun).
//   - It stands among numbers (digitsRun.amongNumbers) when the token
//     before it is digits too and the digitsAhead tokens after its end
//     are in the run: the date scan skips it, and no date of four digits
//     hides in the run, which has none.
//   - The figure scan reads that number alone, unless it is part of a
//     phone number; but the run of digits and signs around it is longer
//     than maxPhoneTokens on one side when the bare run is, and then it
//     is no phone number (isPhoneNumber).
//
// So the scans go over those tokens at once: the date scan skips them,
// the figure scan adds their numbers one after another without asking
// the readers. The tokens at the run's edges, where a word or a sign
// next to it may make a date, a unit or a phone number of it ("1 2 3 4
// March", "+44 20 79 46 09 58", "5 100 200"), are read token by token as
// before. TestBareRunsReadAsOneByOne compares the two on runs of many
// lengths next to dates, times, years, money, units and phone numbers.

// bareRun is the run of bare numbers of one kind (bareKindOf) a scan is
// in: tokens [from, end) are all of the kind, and neither the token
// before from nor the token at end is. It is found once per run. The
// tokens of the run the scans read at once are those with ahead tokens
// of the run after them.
type bareRun struct {
	from, end, ahead int
	kind             bareKind
}

// bareKind is the kind of a bare number.
type bareKind uint8

const (
	notBare    bareKind = iota
	bareShort           // one or two digits after white space: "1", "07"
	bareGroups          // three digits after a single space: "100"
)

// bareKindOf returns the kind of bare number token k is. text may be
// the text or the text lower-cased: digits and spaces have no case.
func bareKindOf(text string, toks []etok, k int) bareKind {
	t := &toks[k]
	if t.kind != tokNum || !t.space {
		return notBare
	}
	switch t.end - t.start {
	case 1:
		if isDigitByte(text[t.start]) {
			return bareShort
		}
	case 2:
		if isDigitByte(text[t.start]) && isDigitByte(text[t.start+1]) {
			return bareShort
		}
	case 3:
		if k > 0 && t.start-toks[k-1].end == 1 && text[t.start-1] == ' ' &&
			isDigitByte(text[t.start]) && isDigitByte(text[t.start+1]) && isDigitByte(text[t.start+2]) {
			return bareGroups
		}
	}
	return notBare
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// around returns the run of bare numbers around token k, of kind, which
// is k's.
func (r *bareRun) around(text string, toks []etok, k int, kind bareKind) bareRun {
	if k < r.from || k >= r.end || kind != r.kind {
		r.from, r.end, r.kind = k, k+1, kind
		for r.from > 0 && bareKindOf(text, toks, r.from-1) == kind {
			r.from--
		}
		for r.end < len(toks) && bareKindOf(text, toks, r.end) == kind {
			r.end++
		}
		r.ahead = digitsAhead + 1 // the number and the tokens amongNumbers asks of
		if kind == bareGroups {
			r.ahead = maxSpaceGroups + 1 // the groups leadsLongGroupRun asks of
		}
	}
	return *r
}

// bareRunAt returns the run of bare numbers that token k is in, with
// digits right before k. ok is false elsewhere, and when the scans read
// token by token.
func (m *numberMemo) bareRunAt(k int) (run bareRun, ok bool) {
	if m.oneByOne || k == 0 || m.toks[k-1].kind != tokNum {
		return bareRun{}, false
	}
	kind := bareKindOf(m.lower, m.toks, k)
	if kind == notBare {
		return bareRun{}, false
	}
	return m.bare.around(m.lower, m.toks, k, kind), true
}

// pastBareNumbers returns where the date scan goes on from token i,
// which may start a date, when it stands among numbers: past the tokens
// of a run of bare numbers that stand among numbers, up to token to, or
// the next token when i alone does (amongNumbers). It returns i when i
// may start a date.
func (f *dateFinder) pastBareNumbers(i, to int) int {
	if run, ok := f.numbers.bareRunAt(i); ok && i+run.ahead < run.end {
		return min(run.end-run.ahead, to)
	}
	if f.amongNumbers(i) {
		return i + 1
	}
	return i
}

// bareNumbers adds the figures of the numbers of a run of bare numbers
// from token i on, which no date starts at or covers before token to,
// and returns the token after the last one added: i when it added none.
// Each token counts a unit of work for stop, as in the scan.
func (f *figureFinder) bareNumbers(stop *stopper, i, to int) int {
	toks := f.toks
	if f.numbers == nil {
		return i
	}
	run, ok := f.numbers.bareRunAt(i)
	if !ok {
		return i
	}
	end := bareNumbersEnd(i, to, run)
	if end > i {
		if f.figures == nil {
			f.figures = make([]Figure, 0, figureCapacity(toks[i:]))
		}
		f.figures = slices.Grow(f.figures, end-i)
	}
	k := i
	for ; k < end; k++ {
		if k > i && stop.now() {
			break
		}
		t := &toks[k]
		v, _ := integerValue(t.in(f.text))
		// Field by field into room made once, as add does (see there),
		// without building the figure first: a run of numbers adds
		// half a million.
		f.figures = f.figures[:len(f.figures)+1]
		p := &f.figures[len(f.figures)-1]
		p.Text, p.Span, p.Type, p.Value = f.text[t.start:t.end], Span{t.start, t.end}, FigureNumber, v
		p.To, p.Unit, p.Approx, p.Per = nil, "", "", ""
	}
	f.phoneRuns.passDigits(run.from, k)
	return k
}

// bareNumbersEnd returns the token before which bareNumbers stops adding
// the numbers of run from token i on: at token to, before the last
// run.ahead tokens of the run, or at the first token that could be part
// of a phone number, one with at most maxPhoneTokens tokens of the run
// on either side (tokens run.end-1-maxPhoneTokens to
// run.from+maxPhoneTokens, none in a long run); i when it adds none.
func bareNumbersEnd(i, to int, run bareRun) int {
	end := min(to, run.end-run.ahead)
	if phone := max(i, run.end-1-maxPhoneTokens); phone <= run.from+maxPhoneTokens {
		end = min(end, phone)
	}
	return max(end, i)
}

// beforeDate returns to, or the first token of the next date, dates[0],
// when that comes first.
func beforeDate(to int, dates []dateMatch) int {
	if len(dates) > 0 {
		return min(to, dates[0].first, dates[0].end)
	}
	return to
}
