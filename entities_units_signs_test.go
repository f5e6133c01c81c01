package lede

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestUpperCasesToASCII checks upperCasesToASCII against strings.ToUpper
// on every character alone and between ASCII letters, and on bytes that
// are no character.
func TestUpperCasesToASCII(t *testing.T) {
	isASCII := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				return false
			}
		}
		return true
	}
	words := []string{"", "usd", "uſd", "ıso", "\xc4", "\xc4\xb1", "\xc5", "\xb1", "ab\xc4"}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r < 0x800 || r%61 == 0 || r == 0x212A {
			words = append(words, string(r), "a"+string(r)+"b")
		}
	}
	for _, w := range words {
		if got, want := upperCasesToASCII(w), isASCII(strings.ToUpper(w)); got != want {
			t.Errorf("upperCasesToASCII(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestSymbolLookupsFiltered checks currencySign and signPrefixLookup,
// which turn away strings that open no symbol, against the tables asked
// without that filter: on every symbol, every split of it into a prefix
// and a sign, and signs and words beyond ASCII.
func TestSymbolLookupsFiltered(t *testing.T) {
	unfilteredSign := func(raw string) (string, bool) {
		if opensWithDigit(raw) || raw != "" && (raw[0]|0x20 >= 'a' && raw[0]|0x20 <= 'z') {
			return "", false
		}
		if code, ok := currencyDefaults[raw]; ok && !isLatinLetterStart(raw) {
			return code, true
		}
		if code, ok := cldrSymbols[raw]; ok && !isLatinLetterStart(raw) {
			return code, true
		}
		return "", false
	}
	unfilteredPrefix := func(prefix, sign string) (string, bool) {
		if code, ok := currencyDefaults[prefix+sign]; ok {
			return code, true
		}
		if code, ok := cldrSymbols[prefix+sign]; ok {
			return code, true
		}
		if sign == "$" {
			if code, ok := dollarPrefixes[strings.ToLower(prefix)]; ok {
				return code, true
			}
		}
		if up := strings.ToUpper(prefix); len(up) == 3 && isoCurrencies[up] {
			return up, true
		}
		return "", false
	}
	words := []string{"½", "Ä", "ÄËÒ", "ž", "€", "¥", "£", "$", "ϣ", "愯", "uſd", "ıls", "usd", "sgd", "hk"}
	for _, table := range []map[string]string{currencyDefaults, cldrSymbols} {
		for w := range table {
			words = append(words, w, strings.ToLower(w), strings.ToUpper(w))
		}
	}
	for _, w := range words {
		code, ok := currencySign(w)
		if wantCode, wantOK := unfilteredSign(w); code != wantCode || ok != wantOK {
			t.Errorf("currencySign(%q) = %q %v, want %q %v", w, code, ok, wantCode, wantOK)
		}
		for i := range w {
			if i == 0 {
				continue
			}
			for _, split := range [][2]string{{w[:i], w[i:]}, {w, "$"}, {w, "¥"}} {
				code, ok := signPrefixLookup(split[0], split[1])
				if wantCode, wantOK := unfilteredPrefix(split[0], split[1]); code != wantCode || ok != wantOK {
					t.Errorf("signPrefixLookup(%q, %q) = %q %v, want %q %v", split[0], split[1], code, ok, wantCode, wantOK)
				}
			}
		}
	}
}
