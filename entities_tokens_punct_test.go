package lede

import (
	"testing"
	"unicode/utf8"
)

// TestPunctuationIsSign checks punctuationAt against the slow path of
// appendTokens and tokenWordEnd: every character it takes is neither
// white space, a digit, a letter nor a vulgar fraction, so the slow path
// made it a sign token of its own, and every character it leaves in the
// ranges it reads is read the slow way.
func TestPunctuationIsSign(t *testing.T) {
	for r := rune(0x80); r < 0x2100; r++ {
		s := string(r)
		n := punctuationAt(s, 0)
		if n == 0 {
			continue
		}
		if n != utf8.RuneLen(r) {
			t.Errorf("punctuationAt(%q) = %d, want %d", s, n, utf8.RuneLen(r))
		}
		if isSpace(r) || isDigit(r) || isLetter(r) || vulgarFractions[r] != 0 {
			t.Errorf("punctuationAt takes %q (%U), which the slow path reads as no sign", s, r)
		}
		if endsWordAt(s, 0) == (r == '’') {
			t.Errorf("endsWordAt(%q) = %v", s, endsWordAt(s, 0))
		}
	}
	for _, r := range []rune{'“', '”', '‘', '’', '–', '—', '…', '«', '»', '‹', '›', '‰', '′'} {
		if punctuationAt(string(r), 0) == 0 {
			t.Errorf("punctuationAt(%q) = 0, want its length", string(r))
		}
	}
	for _, r := range []rune{'\u2028', '\u2029', '\u202f', '\u200b', '\u2060', '\u00a0', 'é', '½', '€', '\u2070', '\u2071'} {
		if punctuationAt(string(r), 0) != 0 {
			t.Errorf("punctuationAt(%q) takes a character the slow path reads otherwise", string(r))
		}
	}
	// Cut short: the bytes of a mark that the text ends inside.
	for _, s := range []string{"\xe2", "\xe2\x80", "\xc2"} {
		if punctuationAt(s, 0) != 0 {
			t.Errorf("punctuationAt(%q) reads past the text", s)
		}
	}
}

// TestPunctuationTokens tokenizes text with quotation marks and dashes
// around words and numbers, as the slow path did.
func TestPunctuationTokens(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"“Yes,” he said", []string{"“", "Yes", ",", "”", "he", "said"}},
		{"o’clock ’90s", []string{"o’clock", "’", "90", "s"}},
		{"«Oui» — 5–6 km…", []string{"«", "Oui", "»", "—", "5", "–", "6", "km", "…"}},
		{"Rock’s ‘best’", []string{"Rock", "’", "s", "‘", "best", "’"}},
		{"é“x", []string{"é", "“", "x"}},
	}
	for _, tt := range tests {
		toks := splitTokens(tt.text)
		var got []string
		for _, tok := range toks {
			got = append(got, tt.text[tok.start:tok.end])
		}
		if len(got) != len(tt.want) {
			t.Errorf("splitTokens(%q) = %q, want %q", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("splitTokens(%q) = %q, want %q", tt.text, got, tt.want)
				break
			}
		}
	}
}
