package lede

import (
	"strings"
	"testing"
)

// letterCurrencyFoldSlow is isLetterCurrencyFold as it was: the word
// compared with every symbol of the tables.
func letterCurrencyFoldSlow(w string) bool {
	for _, table := range []map[string]string{currencyAbbreviations, currencyDefaults, cldrSymbols} {
		for sym := range table {
			if strings.EqualFold(sym, w) {
				if _, ok := letterCurrency(sym); ok {
					return true
				}
			}
		}
	}
	return false
}

// TestLetterCurrencyFold checks isLetterCurrencyFold against a comparison
// with each symbol: every symbol of the tables in three cases, and words
// of our own (Kelvin sign, long s, dotless i, bytes that are no UTF-8).
func TestLetterCurrencyFold(t *testing.T) {
	words := []string{"", "rm", "RM", "Rm", "zł", "ZŁ", "kč", "KČ", "\u212Ač", "rſ", "RS", "ıs", "İS",
		"lei", "LEI", "ft", "the", "boeing", "a", "\xff", "z\xc5", "kr", "KR", "tk", "rp", "usd"}
	for _, table := range []map[string]string{currencyAbbreviations, currencyDefaults, cldrSymbols} {
		for sym := range table {
			words = append(words, sym, strings.ToLower(sym), strings.ToUpper(sym), sym+"x")
		}
	}
	for _, w := range words {
		if got, want := isLetterCurrencyFold(w), letterCurrencyFoldSlow(w); got != want {
			t.Errorf("isLetterCurrencyFold(%q) = %v, each symbol says %v", w, got, want)
		}
	}
}
