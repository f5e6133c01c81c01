package lede

import (
	"strconv"
	"strings"
	"testing"
)

// isURLAtSlow is isURLAt without the two-byte gate of mayOpenURL.
func isURLAtSlow(text string, i int) bool {
	for _, prefix := range []string{"http://", "https://", "www."} {
		if len(text)-i >= len(prefix) && strings.EqualFold(text[i:i+len(prefix)], prefix) {
			return true
		}
	}
	return false
}

// TestIsURLAtGate checks that the gate of isURLAt turns away no address
// the prefixes find, at every byte of texts with and without addresses.
func TestIsURLAtGate(t *testing.T) {
	texts := []string{
		"see http://example.com or HTTPS://x.org and www.bbc.co.uk, WWW.A.B",
		"he was who with have h w ht ww htt http:/ https:/ www wwW. Http://",
		"the hut, a wheel, the ’ḧttp://’, h", "w", "h", "",
		"Ward 7 hit 10 HTTP 2 www3.x.com wwwhat",
	}
	for _, text := range texts {
		for i := range len(text) {
			if got, want := isURLAt(text, i), isURLAtSlow(text, i); got != want {
				t.Errorf("isURLAt(%q, %d) = %v, the prefixes say %v", text, i, got, want)
			}
		}
	}
}

// isSlow is is without its first-byte filter.
func isSlow(lower string, toks []etok, i int, words ...string) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	for _, w := range words {
		if toks[i].in(lower) == w {
			return true
		}
	}
	return false
}

// TestIsFilter checks is against isSlow at every token of a few texts,
// and one past each end, with lists of words the readers ask for.
func TestIsFilter(t *testing.T) {
	texts := []string{
		"From 3 p.m. until 5:30 PM, about 1,200 people a year — 10 per cent — paid $5 each.",
		"at 10 o'clock between 2 and 3; 1.5e10 x 10^6, 2 1/2 - a - day",
		"½ ¼ € £ ’ - − / % am pm a p",
	}
	lists := [][]string{
		{":", "."},
		{"am", "pm", "a", "p", "o'clock", "oclock", "noon", "midnight"},
		{"from", "between", "at", "around", "about", "by", "until", "till", "before", "after", "circa"},
		{"a", "an", "per", "/", "every", "each"},
		{"10"}, {"-"}, {"+", "-"}, {"½"}, {"’"}, {"$"}, {},
	}
	for _, text := range texts {
		toks := entityTokens(text)
		lower := lowerASCIIText(text)
		for i := -1; i <= len(toks); i++ {
			for _, words := range lists {
				if got, want := is(lower, toks, i, words...), isSlow(lower, toks, i, words...); got != want {
					t.Errorf("is(%q token %d, %q) = %v, isSlow says %v", text, i, words, got, want)
				}
			}
		}
	}
}

// TestApproxExit checks approxBefore, which says no qualifier stands
// before digits, against approxEndingAt, which reads them all, and that
// no qualifier the tables list ends in a digit.
func TestApproxExit(t *testing.T) {
	for w := range approxWords {
		if w != "" && isDigit(rune(w[len(w)-1])) {
			t.Errorf("approxWords has %q, which ends in a digit", w)
		}
	}
	for _, ws := range approxPhrases {
		if w := ws[len(ws)-1]; isDigit(rune(w[len(w)-1])) {
			t.Errorf("approxPhrases has %q, which ends in a digit", ws)
		}
	}
	texts := []string{
		"about 5, more than 10 20 30, up to 3 4, ~ 7, circa 1900 12 at least 2 3",
		"1 2 3 4 5", "no more than 40 percent, an estimated 2 1/2 million",
	}
	for _, text := range texts {

		toks := entityTokens(text)

		lower := lowerASCIIText(text)
		f := &figureFinder{text: text, lower: lower, toks: toks}
		for i := range toks {
			got, want := f.approxBefore(i), ""
			if i > 0 {
				want = approxEndingAt(lower, toks, i)
			}
			if got != want {
				t.Errorf("approxBefore at token %d %q of %q = %q, without the exit %q", i, toks[i].in(lower), text, got, want)
			}
		}
	}
}

// spaceGroupsSlow is spaceGroups as it was, reading each group's value
// as it went.
func spaceGroupsSlow(text string, toks []etok, j int) (int, float64, bool) {
	lower := lowerASCIIText(text)
	if len(toks[j].in(lower)) > 3 || !isInteger(toks[j].in(lower)) {
		return j, 0, false
	}
	v := float64(atoi(toks[j].in(lower)))
	k := j + 1
	for k < len(toks) && toks[k].kind == tokNum && isGroupSpace(text[toks[k-1].end:toks[k].start]) &&
		len(toks[k].in(lower)) >= 3 && isInteger(toks[k].in(lower)[:3]) && (len(toks[k].in(lower)) == 3 || toks[k].in(lower)[3] == ',') {
		if k-j > maxSpaceGroups {
			return j, 0, false
		}
		g, _ := strconv.ParseFloat(plainDigits(toks[k].in(lower)), 64) // "567" or, last, "567,89"
		v = v*1000 + g
		k++
		if len(toks[k-1].in(lower)) > 3 {
			break
		}
	}
	switch {
	case k-j >= 3:
		return k, v, true
	case k-j == 2 && !(j > 0 && (toks[j-1].kind == tokNum || isMonthWord(toks[j-1].in(lower)))) && !(k < len(toks) && toks[k].kind == tokNum):
		return k, v, true
	}
	return j, 0, false
}

// TestSpaceGroupsLate checks spaceGroups, which reads a run's value only
// once it counts as one number, against spaceGroupsSlow at every token.
func TestSpaceGroupsLate(t *testing.T) {
	texts := []string{
		"1 414 021 100 and 12 500 and 12\u2009500 and 7 000 000,25 euros",
		"on March 12 500 people; scores of 6 100 and 7; in 2019 300 people",
		"100 200 300 400 500 600 700 800 900 1 2 3 999 999 999 999 999 999 1",
		"5 000 000 000 000 000 000 0 000 1,234 567 89 001 002,5",
		"12 345,67 x 1 23 456 1\u00a0000 1\u202f000\u202f000",
	}
	for _, text := range texts {

		toks := entityTokens(text)

		lower := lowerASCIIText(text)
		for j, tok := range toks {
			if tok.kind != tokNum {
				continue
			}
			k, v, ok := spaceGroups(text, lower, toks, j)
			wk, wv, wok := spaceGroupsSlow(text, toks, j)
			if k != wk || v != wv || ok != wok {
				t.Errorf("spaceGroups at %q of %q = %d %v %v, spaceGroupsSlow %d %v %v", tok.in(lower), text, k, v, ok, wk, wv, wok)
			}
		}
	}
}
