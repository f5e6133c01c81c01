package lede

import "strings"

// maxPhoneTokens is the longest run of tokens around a number that can be
// one phone number: E.164 numbers have at most 15 digits, in at most as
// many groups with a separator between each.
const maxPhoneTokens = 30

// isPhoneNumber reports digit groups joined by hyphens, dots or spaces
// with seven or more digits in all, at least one hyphenated group of
// four ("555-0134", "000 111 82-2100", "(212) 555-0100"). A run of more
// than maxPhoneTokens tokens either side of n is no phone number: a longer
// run of numbers is a list. The runs come from f.phoneRuns, which reads
// each token once for the whole scan, where reading them afresh for each
// number of a run of numbers ("1 1 1 …") read maxPhoneTokens tokens back
// from each. Digits and signs have no case: it reads them from the text.
func (f *figureFinder) isPhoneNumber(n number) bool {
	lo, long := f.phoneRuns.before(f.text, f.toks, n.first)
	if long {
		return false
	}
	hi, long := f.phoneRuns.after(f.text, f.toks, n.end)
	if long {
		return false
	}
	return f.phoneRun(lo, hi)
}

// phoneRun reports whether the run of digits and signs toks[lo:hi] reads
// as a phone number: seven digits or more in groups without decimal
// points or commas, with a hyphenated group of four or spaced as phone
// numbers are.
func (f *figureFinder) phoneRun(lo, hi int) bool {
	toks := f.toks
	digits, hyphenFour := 0, false
	for k := lo; k < hi; k++ {
		if toks[k].kind == tokNum {
			if strings.ContainsAny(toks[k].in(f.text), ",.") {
				return false
			}
			digits += len(toks[k].in(f.text))
			if len(toks[k].in(f.text)) == 4 && is(f.text, toks, k-1, "-") && glued(toks, k) {
				hyphenFour = true
			}
		}
	}
	return digits >= 7 && (hyphenFour || f.spacedPhone(lo, hi))
}

// spacedPhone reports a telephone number written in groups of digits
// with spaces, as most countries write them: "0800 123 4567", "+44 20
// 7946 0958": three groups or more, opening with a trunk zero or a plus.
func (f *figureFinder) spacedPhone(lo, hi int) bool {
	groups := 0
	for k := lo; k < hi; k++ {
		if f.toks[k].kind == tokNum {
			groups++
		}
	}
	first := lo
	if is(f.lower, f.toks, first, "+") {
		return groups >= 3
	}
	return groups >= 3 && f.toks[first].kind == tokNum && strings.HasPrefix(f.toks[first].in(f.lower), "0") && len(f.toks[first].in(f.lower)) >= 2
}

// phonePartBefore reports whether token k can stand in a phone number
// before its digits: digits, or a sign that joins or opens them.
func phonePartBefore(text string, toks []etok, k int) bool {
	return toks[k].kind == tokNum || is(text, toks, k, "-", ".", "(", ")", "+")
}

// phonePartAfter reports whether token k can go on a phone number after
// its digits: digits, or a sign that joins them to digits after it.
func phonePartAfter(text string, toks []etok, k int) bool {
	return toks[k].kind == tokNum || is(text, toks, k, "-", ".", ")") && k+1 < len(toks) && toks[k+1].kind == tokNum
}

// phoneRuns remembers the last runs of phone parts read, so that the
// numbers of one run share its reading. Whether a token is a phone part
// depends on the token alone (and, after the digits, the one after it),
// so a run read from any token of it ends where it ends from any other.
// The figure scan asks of numbers in order; an earlier number is read
// afresh, as is a run before the first number asked of (once).
//
// It is per-call state, like the figure finder that holds it.
type phoneRuns struct {
	// The tokens [backStart, backAt) are all parts before digits, and
	// backStart is 0 or follows a token that is not one; backRead is
	// false until the first question.
	backRead          bool
	backStart, backAt int
	// The tokens [fwdFrom, fwdEnd) are all parts after digits, and
	// fwdEnd is the end of the tokens or a token that is not one, or,
	// while fwdOpen, the first token not read yet: after reads no more
	// than it takes to tell a run longer than maxPhoneTokens, where a
	// run of a million numbers took a million reads.
	fwdRead, fwdOpen bool
	fwdFrom, fwdEnd  int
}

// before returns the first token of the run of phone parts that ends
// before token first, or long when that run is longer than
// maxPhoneTokens.
func (r *phoneRuns) before(text string, toks []etok, first int) (lo int, long bool) {
	switch {
	case r.backRead && first >= r.backAt:
		// Back from first to the last token read: past it, the run is
		// the one read. (Forward from it would read every word between
		// two numbers of a story.)
		lo := first
		for lo > r.backAt && phonePartBefore(text, toks, lo-1) {
			lo--
		}
		if lo > r.backAt {
			r.backStart = lo
		}
	case !r.backRead:
		lo := first
		for lo > 0 && phonePartBefore(text, toks, lo-1) {
			lo--
		}
		r.backRead, r.backStart = true, lo
	default: // back from where the runs were read: read it afresh, as far as the cap
		lo := first
		for lo > 0 && phonePartBefore(text, toks, lo-1) {
			if first-lo == maxPhoneTokens {
				return 0, true
			}
			lo--
		}
		return lo, false
	}
	r.backAt = first
	return r.backStart, first-r.backStart > maxPhoneTokens
}

// after returns the token after the run of phone parts that starts at
// token end, or long when that run is longer than maxPhoneTokens.
func (r *phoneRuns) after(text string, toks []etok, end int) (hi int, long bool) {
	if !r.fwdRead || end < r.fwdFrom || end > r.fwdEnd {
		r.fwdRead, r.fwdOpen, r.fwdFrom, r.fwdEnd = true, true, end, end
	}
	for r.fwdOpen && r.fwdEnd-end <= maxPhoneTokens {
		if r.fwdEnd < len(toks) && phonePartAfter(text, toks, r.fwdEnd) {
			r.fwdEnd++
		} else {
			r.fwdOpen = false
		}
	}
	return r.fwdEnd, r.fwdEnd-end > maxPhoneTokens
}

// passDigits tells the runs that the scan went on from token from to
// token to over digits alone without asking of them (a run of bare
// numbers, bareNumbers): a run read back from a token among them goes
// on over them.
func (r *phoneRuns) passDigits(from, to int) {
	if r.backRead && from <= r.backAt && r.backAt <= to {
		r.backAt = to
	}
}
