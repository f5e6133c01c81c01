package lede

import (
	"strings"
	"testing"
)

// TestWordsASCIIFastPath checks words, whose ASCII words asciiWordAt
// reads, against wordsAsFirstWritten on words of ASCII letters and
// digits followed by each ASCII byte and a few characters beyond, at the
// text's end, and by sizes about longSize: the fast path must stop where
// the plain reading stops (a period of "Sen.", the apostrophe of
// "don't", the comma of "1,409") and leave a word of 64 KB to packWord.
func TestWordsASCIIFastPath(t *testing.T) {
	var after []string
	for c := range 0x80 {
		after = append(after, string(rune(c)))
	}
	after = append(after, "", "é", "’", "‑", "“", "\u00a0", "\xff")
	var texts []string
	for _, w := range []string{"said", "Said", "SAID", "sAid", "U", "Sen", "don", "1", "409", "a1b2", "McCain", "x"} {
		for _, a := range after {
			for _, tail := range []string{"", "t", "9", " next", "s."} {
				texts = append(texts, w+a+tail, "“"+w+a+tail, "A "+w+a+tail+" B")
			}
		}
	}
	for _, n := range []int{longSize - 2, longSize - 1, longSize, longSize + 1} {
		texts = append(texts, "He "+strings.Repeat("a", n)+" said.", strings.Repeat("B", n))
	}
	for _, text := range texts {
		got, want := words(text), wordsAsFirstWritten(text, 0, len(text))
		if got.len() != len(want) {
			t.Fatalf("%q: %d words, want %d", trimForLog(text), got.len(), len(want))
		}
		for i, w := range got.all() {
			if u := unpackWord(w); u != want[i] {
				t.Fatalf("%q: word %d = %+v, want %+v", trimForLog(text), i, u, want[i])
			}
		}
	}
}
