package lede

// A number among numbers. In a run or a list of numbers ("1 1 1 …", "100
// 200 300 …", a table flattened to text) every token is digits, and the
// nine readers that can start at digits (digitDateReaders) each look for
// a word or a sign next to them: a month or a weekday, a unit of time, a
// meridiem, "the", "ago", "quarter", or a slash, dash, point or colon
// glued after the digits. Only a year of four digits is a date by itself.
// Where the tokens around a number and a few past its end are all digits,
// scan skips the readers: the number starts no date.

// digitsRun is the run of digit tokens the date scan is in: tokens [from,
// end) are all digits, and end is a token that is not, or the end of the
// window. It is found once per run, not once per number of it.
type digitsRun struct{ from, end int }

// digitsAhead is how many tokens past the end of a number must be digits
// too. The readers go on from the token right after the number with a
// word or a sign ("16-hour", "three more days", "5 minutes past", "3
// pm"), which digits there end; the two tokens more are a margin, which
// costs nothing inside a run.
const digitsAhead = 3

// amongNumbers reports whether the number at token k, in digits, stands
// among numbers only: the token before it, it and the digitsAhead tokens
// after its end are all digits (or the ends of the text), and it is no
// four digits that could be a year. No date starts there.
func (f *dateFinder) amongNumbers(k int) bool {
	toks := f.toks
	if toks[k].kind != tokNum || k > 0 && toks[k-1].kind != tokNum {
		return false
	}
	if w := toks[k].in(f.lower); len(w) == 4 && isInteger(w) {
		return false // "2019": a year
	}
	n, ok := f.number(k)
	return ok && f.digitsThrough(k, n.end+digitsAhead)
}

// digitsThrough reports whether the tokens from k (digits) to last are
// all digits, as far as there are tokens.
func (f *dateFinder) digitsThrough(k, last int) bool {
	r := &f.digits
	if k < r.from || k >= r.end {
		r.from, r.end = k, k
		for r.end < len(f.toks) && f.toks[r.end].kind == tokNum {
			r.end++
		}
	}
	return last < r.end || r.end == len(f.toks)
}
