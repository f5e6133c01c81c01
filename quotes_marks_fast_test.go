package lede

import (
	"math/rand"
	"strings"
	"testing"
)

// markPieces are the pieces of the random texts that try the mark
// scanners: the marks, their bytes alone and out of order, other
// characters that share their lead bytes, and letters.
var markPieces = []string{
	"”", "\"", "»", "“", "„", "«", "‘", "’", "‹", "›", "''", "'",
	"\xe2", "\x80", "\x9d", "\x9c", "\x99", "\xc2", "\xbb", "\xab", "\xe2\x80", "\xe2\x9d",
	"—", "é", "\u00a0", "a", " ", "said", ".", "'''",
}

// randomMarkTexts returns n texts of up to 12 pieces of markPieces.
func randomMarkTexts(n int) []string {
	rng := rand.New(rand.NewSource(9))
	texts := make([]string, n)
	for k := range texts {
		var sb strings.Builder
		for range rng.Intn(13) {
			sb.WriteString(markPieces[rng.Intn(len(markPieces))])
		}
		texts[k] = sb.String()
	}
	return texts
}

// TestMarkScannersMatchStrings checks hasDoubleQuotes against
// strings.ContainsAny, lastClosingDoubleMark and lastApostrophe against
// strings.LastIndexAny and lastDoubledApostrophe against
// strings.LastIndex, which they replace, and mayStartQuoteMark's table
// against the bytes it names, on random texts of marks and
// their bytes (valid and not) and on every stretch of the speed tests'
// texts.
func TestMarkScannersMatchStrings(t *testing.T) {
	texts := randomMarkTexts(20000)
	for _, text := range textsForSpeed(t) {
		for lo := 0; lo < len(text); lo += 5 {
			texts = append(texts, text[lo:min(len(text), lo+40)])
		}
	}
	for c := range 256 {
		if got, want := mayStartQuoteMark(byte(c)), c == '"' || c == '\'' || c == 0xE2 || c == 0xC2; got != want {
			t.Fatalf("mayStartQuoteMark(%#x) = %v, want %v", c, got, want)
		}
	}
	for _, s := range texts {
		if got, want := hasDoubleQuotes(s), strings.ContainsAny(s, "“”\"«»„"); got != want {
			t.Fatalf("hasDoubleQuotes(%q) = %v, want %v", s, got, want)
		}
		if got, want := lastClosingDoubleMark(s), strings.LastIndexAny(s, "”\"»"); got != want {
			t.Fatalf("lastClosingDoubleMark(%q) = %d, want %d", s, got, want)
		}
		if got, want := lastApostrophe(s), strings.LastIndexAny(s, "'’"); got != want {
			t.Fatalf("lastApostrophe(%q) = %d, want %d", s, got, want)
		}
		if got, want := lastDoubledApostrophe(s), strings.LastIndex(s, "''"); got != want {
			t.Fatalf("lastDoubledApostrophe(%q) = %d, want %d", s, got, want)
		}
	}
}
