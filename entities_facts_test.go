package lede

import (
	"strings"
	"testing"
)

// TestNumberMemo checks that the memo answers at every token what
// numberAt reads there, asked in order and again out of order, and that
// it answers nothing outside the tokens.
func TestNumberMemo(t *testing.T) {
	texts := []struct{ name, text string }{
		{"digits and words", "It cost $2.5 billion, two hundred and six jobs, 1,200 homes and -4 degrees."},
		{"fractions and ordinals", "two-thirds of the 30th, a half, ½ and 2 1/2 miles, the twenty-fifth day"},
		{"words that start no number", "the a an minus half quarter - − and over point"},
		{"signs and scales", "minus five, a dozen, a billion billion, 3 million and a quarter, 1e10"},
		{"a spelled run longer than the cap", repeatTo("one hundred and ", 1000)},
		{"a run of digits", repeatTo("1 ", 200)},
	}
	for _, tt := range texts {
		t.Run(tt.name, func(t *testing.T) {
			toks := entityTokens(tt.text)
			lower := lowerASCIIText(tt.text)
			memo := newNumberMemo(tt.text, toks)
			for pass, order := range [][]int{ascending(len(toks)), descending(len(toks))} {
				for _, k := range order {
					want, wantOK := numberAt(tt.text, lower, toks, k)
					got, gotOK := memo.number(k)
					if got != want || gotOK != wantOK {
						t.Fatalf("pass %d, token %d %q: memo %+v %v, numberAt %+v %v", pass, k, toks[k].in(lower), got, gotOK, want, wantOK)
					}
				}
			}
			for _, k := range []int{-1, len(toks), len(toks) + 5} {
				if _, ok := memo.number(k); ok {
					t.Errorf("a number at token %d of %d", k, len(toks))
				}
			}
		})
	}
}

func ascending(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

func descending(n int) []int {
	out := ascending(n)
	for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// TestWordFacts checks the facts entityTokens looks up once per token
// against the tables the readers looked them up in: the class of each
// number word, its value, and the guards that skip a lookup.
func TestWordFacts(t *testing.T) {
	kinds := []struct {
		class wordClass
		table map[string]float64
	}{
		{sDigitWord, digitWords}, {sTeenWord, teenWords}, {sTensWord, tensWords},
		{sScaleWord, scaleWords}, {sOrdinalWord, ordinalWords},
	}
	for _, k := range kinds {
		for w, v := range k.table {
			toks := entityTokens(w)
			if len(toks) != 1 || toks[0].class&k.class == 0 || toks[0].value.float() != v {
				t.Errorf("%q: tokens %+v, want one of class %b and value %v", w, toks, k.class, v)
			}
		}
	}
	// classOf answers what wordClasses does, for its words and others.
	words := []string{"", "a", "$", "-", "x", "é", "people", "said", "zz", "thirtyish", "ninetieths", strings.Repeat("a", 40)}
	for w := range wordClasses {
		words = append(words, w, w+"x", w[:len(w)-1])
	}
	for _, w := range words {
		if got, want := classOf(w), wordClasses[w]; got != want {
			t.Errorf("classOf(%q) = %b, want %b", w, got, want)
		}
	}
	// Every word that denominator reads is of its class.
	for w := range wordClasses {
		for _, form := range []string{w, w + "s"} {
			if _, ok := denominator(form); ok && wordClasses[form]&sDenominator == 0 {
				t.Errorf("denominator reads %q, which is not of class sDenominator", form)
			}
		}
	}
	for _, w := range []string{"half", "halves", "quarter", "quarters", "thirds", "hundredths"} {
		if _, ok := denominatorAt(lowerASCIIText(w), entityTokens(w), 0); !ok {
			t.Errorf("%q is no denominator", w)
		}
	}
	// Digits are no currency: currencySign and letterCurrency answer them
	// without a lookup.
	for _, table := range []map[string]string{currencyDefaults, cldrSymbols, currencyAbbreviations} {
		for sym := range table {
			if opensWithDigit(sym) {
				t.Errorf("currency symbol %q opens with a digit", sym)
			}
		}
	}
	// The currency qualifiers open with a word: currencyQualifierAt reads
	// only at words.
	for q := range currencyQualifiers {
		if toks := splitTokens(q); toks[0].kind != tokWord || toks[0].end != len(strings.Fields(q)[0]) {
			t.Errorf("currency qualifier %q does not open with a word", q)
		}
	}
}

// TestDateClassesCoverReaders checks that the classes a date reader starts
// at are date classes: dateClasses is every class declared before
// sNumberStart, and a class declared after it would drop out of the gate
// that skips tokens starting no date.
func TestDateClassesCoverReaders(t *testing.T) {
	for i, r := range dateReaders {
		if r.starts&^dateClasses != 0 {
			t.Errorf("dateReaders[%d] starts at classes %b outside dateClasses %b", i, r.starts, dateClasses)
		}
	}
}
