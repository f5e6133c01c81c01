package lede

// A number among numbers. In a run or a list of numbers ("1 1 1 …", "100
// 200 300 …", a table flattened to text) every token is digits, while
// the readers of dates and figures look for words and signs next to a
// number: a month, a unit, a meridiem, "ago", a currency, a percent sign,
// "the", or a slash, dash, point or colon glued after the digits. Where
// the tokens around a number and a few past its end are all digits, the
// scans skip them:
//
//   - No date starts there (the nine readers that can start at digits,
//     digitReaders, each want such a word or sign), but for four
//     digits, which may be a year by themselves ("2019").
//   - The figure is the number alone, or none when it is part of a phone
//     number written in groups ("0800 123 4567").

// digitsRun is the run of digit tokens a scan is in: tokens [from, end)
// are all digits, and end is a token that is not, or the end of the
// tokens. It is found once per run, not once per number of it.
type digitsRun struct{ from, end int }

// digitsAhead is how many tokens past the end of a number must be digits
// too. The readers go on from the token right after the number with a
// word or a sign ("16-hour", "three more days", "5 minutes past", "3
// pm", "5 %"), which digits there end; the two tokens more are a margin,
// which costs nothing inside a run.
const digitsAhead = 3

// amongNumbers reports whether n, the number at token k, stands among
// numbers only: the token before it, it and the digitsAhead tokens after
// its end are all digits, as far as there are tokens.
func (r *digitsRun) amongNumbers(toks []etok, k int, n number) bool {
	if toks[k].kind != tokNum || k > 0 && toks[k-1].kind != tokNum {
		return false
	}
	last := n.end + digitsAhead
	if k < r.from || k >= r.end {
		r.from, r.end = k, k
		for r.end < len(toks) && toks[r.end].kind == tokNum {
			r.end++
		}
	}
	return last < r.end || r.end == len(toks)
}

// amongNumbers reports whether the number at token k starts no date
// because it stands among numbers (see digitsRun.amongNumbers) and is no
// four digits that could be a year.
func (f *dateFinder) amongNumbers(k int) bool {
	toks := f.toks
	if toks[k].kind != tokNum || k > 0 && toks[k-1].kind != tokNum {
		return false // most numbers: a word or a sign before them
	}
	if w := toks[k].in(f.lower); len(w) == 4 && isInteger(w) {
		return false // "2019": a year
	}
	n, ok := f.number(k)
	return ok && f.digits.amongNumbers(toks, k, n)
}

// amongNumbers reads the figure at token i when its number stands among
// numbers (see digitsRun.amongNumbers): the number, or no figure in a
// phone number. done is false when the number stands elsewhere, for
// figureAt to read.
func (f *figureFinder) amongNumbers(i int) (fig Figure, end int, ok, done bool) {
	toks := f.toks
	if toks[i].kind != tokNum || i > 0 && toks[i-1].kind != tokNum {
		return Figure{}, 0, false, false
	}
	n, read := f.number(i)
	if !read || !f.digits.amongNumbers(toks, i, n) {
		return Figure{}, 0, false, false
	}
	if f.isPhoneNumber(n) {
		return Figure{}, 0, false, true
	}
	return Figure{Span: Span{toks[n.first].start, toks[n.end-1].end}, Type: FigureNumber, Value: n.value}, n.end, true, true
}

// plainNumberAt reads the number at token i when it is plain digits with
// a number of one or two digits after it, set off by a space and with
// nothing glued after that: the number of a run ("1 2 3", "12 15 18").
// The digits after it neither group its thousands (a group has three),
// nor make a fraction with it ("2 1/2", "1 ½"), nor let a word or a sign
// go on with it; numberAt reads nothing more. ok is false elsewhere.
// groups is the run of groups the scan is in, a zero one when none.
//
// Three digits after it do not group its thousands either when it has
// more than three digits ("in 2019 300 people") or when it leads a run
// of groups too long for spaceGroups ("100 100 100 …"), which it then
// reads alone as well.
func plainNumberAt(lower string, toks []etok, i int, groups *groupRun) (n number, ok bool) {
	if i+1 >= len(toks) || toks[i].kind != tokNum || toks[i+1].kind != tokNum || !toks[i+1].space {
		return number{}, false
	}
	if i+2 < len(toks) && glued(toks, i+2) {
		return number{}, false // "1 1/2", "1 2nd"
	}
	w, next := toks[i].in(lower), toks[i+1].in(lower)
	if len(next) > 3 || !isInteger(next) || len(next) == 3 && len(w) <= 3 && !groups.leadsLongGroupRun(lower, toks, i) {
		return number{}, false
	}
	v, ok := integerValue(w)
	if !ok {
		return number{}, false // "1,200", "3.5", "½"
	}
	return number{first: i, end: i + 1, value: v}, true
}

// groupRun is a run of groups of exactly three digits that a scan is
// in: tokens from+1 to end-1 are each such a group after the token before
// (isDigitGroup), and end is not. It is found once per run, not once
// per number of it: in "100 100 100 …" every number asks whether the
// seven tokens after it are groups.
type groupRun struct{ from, end int }

// leadsLongGroupRun reports whether the maxSpaceGroups+1 tokens after
// token i are groups of digits (isDigitGroup), all but the last of
// exactly three digits: spaceGroups turns such a run away ("100 100 100
// …" is a list, not one number), and the number at i is its lead alone.
// The gaps between tokens are the same in the text lower-cased, which
// serves as the text.
func (g *groupRun) leadsLongGroupRun(lower string, toks []etok, i int) bool {
	last := i + maxSpaceGroups + 1
	if last >= len(toks) {
		return false
	}
	if i < g.from || i >= g.end {
		g.from, g.end = i, i+1
		for g.end < len(toks) && isDigitGroup(lower, lower, toks, g.end) && toks[g.end].end-toks[g.end].start == 3 {
			g.end++
		}
	}
	return last < g.end || last == g.end && isDigitGroup(lower, lower, toks, last)
}
