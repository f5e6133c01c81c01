package lede

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestArticleOfNoNumber checks that readNumberAt, with its exit at "a" and
// "an", reads at every token what readSignedNumberAt reads, on texts with
// an article before each kind of word: scales, denominators, compound
// ordinals, number words, digits, units and plain words.
func TestArticleOfNoNumber(t *testing.T) {
	var b strings.Builder
	for w := range wordClasses {
		b.WriteString("a " + w + " and an " + w + ". A " + w + ", ")
	}
	texts := []string{
		b.String(),
		"a dozen eggs, a third of a billion, a twenty-first century city, a half, a quarter-million, an eighth, a hundred and one",
		"a million, a thousand million, a few days, a 5% rise, a one-off, a first, a tenth, a second, a seconds, an hour",
		"a half-billion euros, a quarter of the vote, a two-thirds majority, a 1/2 cup, a ½ cup, a -5 reading, A Dozen Roses",
		"a", "an", "a a a", "a twenty", "a twenty-", "a twenty-fifth", "a thirty-three", "a fifths", "a halves",
		"He said a $5 bill was a US$2bn deal and an £8m loss.",
	}
	for _, text := range texts {
		lower := lowerASCIIText(text)
		toks := entityTokens(text)
		for i := range toks {
			got, gotOK := readNumberAt(text, lower, toks, i)
			want, wantOK := readSignedNumberAt(text, lower, toks, i)
			if gotOK != wantOK || !cmp.Equal(got, want, cmp.AllowUnexported(number{})) {
				t.Errorf("%q at token %d (%q): readNumberAt = %+v, %v; readSignedNumberAt = %+v, %v",
					text, i, toks[i].in(lower), got, gotOK, want, wantOK)
			}
		}
	}
}
