package lede

import "testing"

// TestMayScaleKeepsTheScales checks wordsIn's filter: every word of the
// scale tables that wordsIn multiplies by passes it, and wordsIn reads
// the same with the filter as by looking each token up.
func TestMayScaleKeepsTheScales(t *testing.T) {
	for w, v := range scaleWords {
		if v > 100 && !mayScale(w) {
			t.Errorf("mayScale(%q) is false for a scale word", w)
		}
	}
	for w := range scaleAbbreviations {
		if !mayScale(w) {
			t.Errorf("mayScale(%q) is false for a scale abbreviation", w)
		}
	}
	for _, s := range []string{"$5 million", "10bn", "2.33 k", "€3.5m", "3 hundred", "a thousand million", "13 lakh",
		"two dozen", "15 cents", "170 pence", "5 Billion", "1 MLN", "4 Crores", "one hundred and one", "", "£1m", "2 mil 3 tn"} {
		gotScale, gotMinor := wordsIn(s)
		wantScale, wantMinor := scalesOf(splitTokens(s), lowerASCIIText(s), false)
		if gotScale != wantScale || gotMinor != wantMinor {
			t.Errorf("wordsIn(%q) = %v, %v; looking each token up gives %v, %v", s, gotScale, gotMinor, wantScale, wantMinor)
		}
	}
}
