package lede

import (
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
func isSlow(toks []etok, i int, words ...string) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	for _, w := range words {
		if toks[i].lower == w {
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
		for i := -1; i <= len(toks); i++ {
			for _, words := range lists {
				if got, want := is(toks, i, words...), isSlow(toks, i, words...); got != want {
					t.Errorf("is(%q token %d, %q) = %v, isSlow says %v", text, i, words, got, want)
				}
			}
		}
	}
}
