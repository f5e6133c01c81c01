package lede

import (
	"strings"
	"testing"
)

// isPhoneNumberSlow is isPhoneNumber as it read before phoneRuns: the
// runs read afresh from each number, as far as maxPhoneTokens, and then
// judged by the same phoneRun.
func isPhoneNumberSlow(f *figureFinder, n number) bool {
	toks := f.toks
	lo, hi := n.first, n.end
	for lo > 0 && (toks[lo-1].kind == tokNum || is(f.text, toks, lo-1, "-", ".", "(", ")", "+")) {
		if n.first-lo == maxPhoneTokens {
			return false
		}
		lo--
	}
	for hi < len(toks) && (toks[hi].kind == tokNum || is(f.text, toks, hi, "-", ".", ")") && hi+1 < len(toks) && toks[hi+1].kind == tokNum) {
		if hi-n.end == maxPhoneTokens {
			return false
		}
		hi++
	}
	return f.phoneRun(lo, hi)
}

// TestPhoneRunsReadAsAfresh checks that isPhoneNumber, which shares the
// reading of a run among its numbers (phoneRuns), answers as reading each
// number's run afresh did: asked of every token in order, as the figure
// scan asks, then backwards and at random, as nothing asks yet.
func TestPhoneRunsReadAsAfresh(t *testing.T) {
	texts := []string{
		"call 555-0134 today",
		"(212) 555-0100 or +44 20 7946 0958, or 0800 123 4567.",
		"000 111 82-2100 and 12 34",
		repeatTo("12 ", 300) + "555-0134 " + repeatTo("12 ", 300),
		repeatTo("1 ", 100) + "x " + repeatTo("1 ", 29) + "555-0134 y " + repeatTo("1-", 40),
		repeatTo("0800 123 4567 ", 40),
		"scores of 6 100 and 7, then 555 - 0134 ) 12 .5 1,000 2.5 (3) +4",
		strings.Repeat("1 ", 31) + "555-0134",
		strings.Repeat("1 ", 30) + "555-0134 " + strings.Repeat("2 ", 30),
		strings.Repeat("1 ", 29) + "555-0134 " + strings.Repeat("2 ", 31),
	}
	for _, text := range texts {
		toks := entityTokens(text)
		var orders [][]int
		forward := make([]int, len(toks))
		backward := make([]int, len(toks))
		for k := range toks {
			forward[k], backward[len(toks)-1-k] = k, k
		}
		shuffled := make([]int, len(toks))
		for k := range toks {
			shuffled[k] = (k * 7919) % len(toks)
		}
		orders = append(orders, forward, backward, shuffled)
		for o, order := range orders {
			f := &figureFinder{text: text, lower: lowerASCIIText(text), toks: toks}
			for _, k := range order {
				for end := k + 1; end <= min(k+3, len(toks)); end++ {
					n := number{first: k, end: end}
					if got, want := f.isPhoneNumber(n), isPhoneNumberSlow(f, n); got != want {
						t.Errorf("%.40q (order %d): tokens [%d, %d) a phone number: %v, read afresh %v", text, o, k, end, got, want)
					}
				}
			}
		}
	}
}
