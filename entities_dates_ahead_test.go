package lede

import "testing"

// TestAheadFromTheEnd checks that ahead, which reads back from the end of
// the tokens, finds the last unit and the last divisor that a reading of
// every token finds.
func TestAheadFromTheEnd(t *testing.T) {
	texts := []string{
		"", "nothing to count here",
		"two years ago, a third of them; over the weekend",
		"half a day over two weeks later and then more words without either",
		"the first of the month, and years before",
		"over", "days", "three quarters over 5 years, then none",
		"Over the moon, OVER it, overt oven ovér övér", "over ½ € ϣ ª±¸ words",
	}
	for _, text := range texts {
		toks := entityTokens(text)
		lower := lowerASCIIText(text)
		lastUnit, lastDivisor := -1, -1
		for k, tok := range toks {
			if tok.class&sUnit != 0 {
				lastUnit = k
			}
			if tok.class&sDenominator != 0 || tok.in(lower) == "over" {
				lastDivisor = k
			}
		}
		f := &dateFinder{text: text, lower: lower, toks: toks}
		if a := f.ahead(); a.lastUnit != lastUnit || a.lastDivisor != lastDivisor {
			t.Errorf("%q: last unit %d, last divisor %d; every token says %d, %d", text, a.lastUnit, a.lastDivisor, lastUnit, lastDivisor)
		}
	}
}
