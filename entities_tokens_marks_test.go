package lede

import "testing"

// TestCombiningMarksInWords checks that a combining mark goes on with the
// word it follows, as Unicode's word boundaries (UAX #29, WB4) have it:
// an accent written apart from its letter (text not in NFC) and the vowel
// signs of Indic scripts, such as the Sri Lankan rupee's sign "ரூ".
func TestCombiningMarksInWords(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		words      []string
	}{
		{"accent written apart", "Poke\u0301mon 5", []string{"Poke\u0301mon", "5"}},
		{"cedilla written apart", "Franc\u0327ois said", []string{"Franc\u0327ois", "said"}},
		{"Tamil vowel sign", "100,000 ரூ paid", []string{"100,000", "ரூ", "paid"}},
		{"Devanagari vowel signs", "रुपये 500", []string{"रुपये", "500"}},
		{"a mark alone is a sign", "a \u0301 b", []string{"a", "\u0301", "b"}},
	} {
		var got []string
		for _, tok := range splitTokens(tt.text) {
			got = append(got, tt.text[tok.start:tok.end])
		}
		if len(got) != len(tt.words) {
			t.Errorf("%s: tokens of %q = %q, want %q", tt.name, tt.text, got, tt.words)
			continue
		}
		for i := range got {
			if got[i] != tt.words[i] {
				t.Errorf("%s: tokens of %q = %q, want %q", tt.name, tt.text, got, tt.words)
				break
			}
		}
	}
}

// TestSignWithCombiningMark checks the currency signs written with a
// combining mark, the Sri Lankan rupee's "ரூ" (LKR), before and after the
// amount.
func TestSignWithCombiningMark(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"after the amount", "The loan of 100,000 ரூ was repaid.", "money|100,000 ரூ|100000|LKR"},
		{"before the amount", "Fuel costs ரூ 420 a litre.", "money|ரூ 420|420|LKR"},
		{"scaled", "The bridge cost ரூ 2 billion.", "money|ரூ 2 billion|2000000000|LKR"},
	})
}
