package lede

import (
	"strings"
	"testing"
)

// TestWordSetSlotsMatchMap checks that wordSet.has, which probes its
// slots, holds what the set's map holds, for sets of each size from one
// word to speechStarts, on the words of the test texts, their lower
// case, their prefixes and the set's own words changed by a byte.
func TestWordSetSlotsMatchMap(t *testing.T) {
	sets := []*wordSet{
		speechStarts, titleWords.wordSet, notNameWords.wordSet, orgWords.wordSet, nounVerbs, beForms, signatureDashes,
		newWordSet([]string{"a"}), newWordSet([]string{"said", "sand", "sold", "sad", "saiD", "u.s."}),
		wordSetOf(map[string]bool{"yes": true, "no": false}),
	}
	var probes []string
	for _, text := range speedTexts {
		for _, w := range words(text).all() {
			probes = append(probes, w.text(), w.lower())
		}
	}
	for _, text := range indexTexts {
		for _, w := range words(text).all() {
			probes = append(probes, w.text(), w.lower())
		}
	}
	for _, s := range sets {
		for w := range s.words {
			probes = append(probes, w, strings.ToUpper(w), w+"s", w[:len(w)-1])
			if len(w) > 2 {
				probes = append(probes, w[:1]+"x"+w[2:], w[:len(w)/2]+"q"+w[len(w)/2+1:])
			}
		}
	}
	for _, s := range sets {
		for _, q := range probes {
			if got, want := s.has(q), s.words[q]; got != want {
				t.Errorf("has(%q) = %v, want %v", q, got, want)
			}
		}
	}
	// A shapedSet's has, which its shapes turn most words away from,
	// holds what its set's map holds too.
	shapedSets := []shapedSet{titleWords, notNameWords, orgWords, placeStarters, nameLikeFunctionWords, shaped(sets[len(sets)-2]), shaped(sets[len(sets)-1])}
	for _, s := range shapedSets {
		for w := range s.words {
			probes = append(probes, w, w+"s", w[:len(w)-1], "x"+w)
		}
	}
	for _, s := range shapedSets {
		for _, q := range probes {
			if got, want := s.has(q), s.words[q]; got != want {
				t.Errorf("shaped has(%q) = %v, want %v", q, got, want)
			}
		}
	}
}

// TestASCIIWordBytes checks the byte classes of words' loops against the
// functions they stand for, on every byte.
func TestASCIIWordBytes(t *testing.T) {
	for c := range 256 {
		cl := asciiWordBytes[c]
		ascii := c < 0x80
		if got, want := cl&asciiAlnum != 0, ascii && isASCIIAlnum(byte(c)); got != want {
			t.Errorf("byte %#x: alnum %v, want %v", c, got, want)
		}
		if got, want := cl&asciiUpper != 0, ascii && isUpperRune(rune(c)); got != want {
			t.Errorf("byte %#x: upper %v, want %v", c, got, want)
		}
		if got, want := cl&asciiSpace != 0, ascii && isSpaceRune(rune(c)); got != want {
			t.Errorf("byte %#x: space %v, want %v", c, got, want)
		}
	}
}
