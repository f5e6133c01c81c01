package lede

import (
	"math/rand/v2"
	"testing"
)

// TestVocabularyTable compares classAndValueOf, which answers from the
// filters and the vocabulary table, with the maps it stands for: every
// word of the vocabulary, its prefixes and its extensions, words of news
// text and random strings.
func TestVocabularyTable(t *testing.T) {
	words := []string{"", "the", "people", "said", "été", "«", "Ω", "a", "I", "x", "$", "%", "-", "zzzz",
		"thursdays", "hundredths", "US$", "twentyfirst", "tonight", "o'clock", "’", "'"}
	for w := range wordClasses {
		words = append(words, w, w[:len(w)-1], w+"s", w+"x", "x"+w)
	}
	r := rand.New(rand.NewPCG(3, 4))
	letters := "abcdefghijklmnopqrstuvwxyz'$€"
	for range 20000 {
		b := make([]byte, 1+r.IntN(9))
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		words = append(words, string(b))
	}
	for _, w := range words {
		c, v := classAndValueOf(w)
		if want := wordClasses[w]; c != want {
			t.Errorf("classAndValueOf(%q) class %b, want %b", w, c, want)
		}
		if want := numberWordValues[w]; v != want {
			t.Errorf("classAndValueOf(%q) value %d, want %d", w, v, want)
		}
	}
	for c := 0; c < 256; c++ {
		if want := 'a' <= c|0x20 && c|0x20 <= 'z'; asciiLetters[c] != want {
			t.Errorf("asciiLetters[%#x] = %v, want %v", c, asciiLetters[c], want)
		}
	}
}
