package lede

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLatinLettersAreLetters checks latinLetterAt against isLetter: it
// answers two bytes for every letter from U+00C0 to U+017F, which the
// tokenizer read as letters, and nothing for any other pair of bytes it
// could see there.
func TestLatinLettersAreLetters(t *testing.T) {
	for r := rune(0x80); r < 0x800; r++ {
		s := string(r) + "x"
		want := 0
		if r >= 0xC0 && r <= 0x17F && isLetter(r) && !isDigit(r) && !isSpace(r) {
			want = 2
		}
		if got := latinLetterAt(s, 0); got != want {
			t.Errorf("latinLetterAt(%q) = %d, want %d", string(r), got, want)
		}
	}
	for c := 0xC3; c <= 0xC5; c++ {
		for d := 0; d < 256; d++ {
			s := string([]byte{byte(c), byte(d)})
			r, n := utf8.DecodeRuneInString(s)
			if latinLetterAt(s, 0) == 2 && (n != 2 || !isLetter(r)) {
				t.Errorf("latinLetterAt(% x) = 2, which is %q", s, r)
			}
		}
	}
	if latinLetterAt("\xc3", 0) != 0 {
		t.Error("latinLetterAt read past the end of the text")
	}
}

// TestLatinWordsTokenize checks words with letters beyond ASCII: one
// token each, split where a sign or a digit stands.
func TestLatinWordsTokenize(t *testing.T) {
	text := "Été à Łódź, señora Müller×2 ÷ żółć 5€ l'été ſ Ærø"
	var got []string
	for _, tok := range entityTokens(text) {
		got = append(got, text[tok.start:tok.end])
	}
	want := strings.Fields("Été à Łódź , señora Müller × 2 ÷ żółć 5 € l'été ſ Ærø")
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("tokens %q, want %q", got, want)
	}
}

// TestSignPrefixExit checks signPrefix, which turns long words away
// before its lookups, against the lookups on prefixes of every length,
// in other scripts and with characters that change length when their
// case changes ("ı" upper-cases to "I", "K" to "k").
func TestSignPrefixExit(t *testing.T) {
	prefixes := []string{"", "US", "us", "u.s.", "U.S.", "HK", "C", "Mex", "MEX", "sgd", "HKD", "CN", "GH", "E", "Großbritannien",
		"ıı", "uſd", "ſgd", "uſ", "ᴜsd", "Kč", "мех", "bağımsız", "Ünited", "\xff\xfe\xfd", "abcdefghijklmnop"}
	for w := range currencyDefaults {
		prefixes = append(prefixes, w, w+"x", strings.ToUpper(w))
	}
	for w := range dollarPrefixes {
		prefixes = append(prefixes, w, strings.ToUpper(w), w+"ı")
	}
	for w := range isoCurrencies {
		prefixes = append(prefixes, w, strings.ToLower(w), w+"X")
	}
	signs := []string{"$", "£", "¥", "€", "₵", "¢", "₹", "元", "р."}
	for _, p := range prefixes {
		for _, s := range signs {
			gotCode, gotOK := signPrefix(p, s)
			wantCode, wantOK := signPrefixLookup(p, s)
			if gotCode != wantCode || gotOK != wantOK {
				t.Errorf("signPrefix(%q, %q) = %q, %v, want %q, %v", p, s, gotCode, gotOK, wantCode, wantOK)
			}
		}
		if got, want := isISOCodeFold(p), isoCurrencies[strings.ToUpper(p)]; got != want {
			t.Errorf("isISOCodeFold(%q) = %v, want %v", p, got, want)
		}
	}
	for w := range isoCurrencies {
		if len(w) != 3 {
			t.Errorf("ISO code %q is not of three bytes", w)
		}
	}
}
