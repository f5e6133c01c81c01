package main

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestEscapedMatchesJSON checks appendQuoted, whose escaping steps over
// characters of two and three bytes without decoding them
// (plainSequenceAt), against encoding/json: on every pair of bytes and
// every three bytes from E0 to EF, each between ASCII letters and at the
// end of the string, and on random strings of valid and invalid
// sequences, U+2028 and U+2029, overlongs and surrogates.
func TestEscapedMatchesJSON(t *testing.T) {
	var texts []string
	for a := range 256 {
		for b := range 256 {
			pair := string([]byte{byte(a), byte(b)})
			texts = append(texts, "x"+pair+"y", pair)
		}
	}
	for a := 0xE0; a <= 0xEF; a++ {
		for b := 0x70; b < 0xD0; b++ {
			for c := 0x70; c < 0xD0; c += 3 {
				texts = append(texts, "x"+string([]byte{byte(a), byte(b), byte(c)}))
			}
		}
	}
	pieces := []string{"a", "é", "ÿ", "\u07ff", "\u0800", "€", "\u2027", "\u2028", "\u2029", "\ud7ff", "\ue000", "\uffff",
		"😀", "\xe0\x9f\xbf", "\xed\xa0\x80", "\xc0\x80", "\xc1\xbf", "\x80", "\xbf", "\xe2\x80", "\xe2", "\xf0\x9f\x98", "\"", "\\", "\n", "<"}
	rng := rand.New(rand.NewPCG(5, 8))
	for range 5000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := appendQuoted(nil, s, false), jsonOf(t, s); !bytes.Equal(got, want) {
			t.Fatalf("appendQuoted(%q) = %s; want %s", s, got, want)
		}
	}
}
