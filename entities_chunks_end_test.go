package lede

import (
	"strings"
	"testing"
	"time"
)

// chunkEndTokenByToken is chunkEnd without its shortcut for a last chunk
// shorter than sizes.chunk: it asks every token.
func (r *entityReader) chunkEndTokenByToken(chunk int) (end int, last bool) {
	s := &r.stream
	for chunk >= s.end() {
		if !s.more(r.sizes.chunk) {
			return s.end(), true
		}
	}
	from := s.at(chunk).start
	for k := chunk + 1; ; k++ {
		for k >= s.end() {
			if !s.more(r.sizes.chunk) {
				return s.end(), true
			}
		}
		if s.at(k-1).end-from >= r.sizes.chunk && endsLine(r.text, s.at(k-1), s.at(k)) {
			return k, false
		}
	}
}

// TestChunkEndShortcut checks that chunkEnd ends the chunks of texts
// where the reading token by token does, for chunks shorter and longer
// than the rest of the text, on lines that end sentences and lines that
// do not, and on text of one line.
func TestChunkEndShortcut(t *testing.T) {
	texts := []string{
		"", "one line.", "A line.\nAnother line.\nA third!\nAnd a fourth?\nEnd",
		strings.Repeat("The council met on Tuesday.\n", 40),
		strings.Repeat("no sentence ends here ", 30),
		strings.Repeat("Two years ago.\n\n", 25) + "tail without an end",
		strings.Repeat("A line that ends no sentence\n", 30) + "It ended.\nThere.",
		strings.Repeat("It ended.\r\nNot here\nOr here \n", 20),
		strings.Repeat("One line. Of sentences! That never break? ", 40) + "\n",
		"A sentence.   \n  \n" + strings.Repeat("x ", 50) + ".\n" + strings.Repeat("y. ", 50) + "\n\nz.\n",
	}
	for _, text := range texts {
		for _, chunk := range []int{1, 7, 10, 14, 27, 40, 100, 1000, 1 << 20} {
			sizes := windowSizes{chunk, 16, 16}
			a := newEntityReader(text, time.Time{}, sizes)
			b := newEntityReader(text, time.Time{}, sizes)
			for k := 0; ; {
				got, gotLast := a.chunkEnd(k)
				want, wantLast := b.chunkEndTokenByToken(k)
				if got != want || gotLast != wantLast {
					t.Fatalf("chunkEnd of %q from token %d with chunks of %d = %d %v, token by token %d %v", text, k, chunk, got, gotLast, want, wantLast)
				}
				if gotLast {
					break
				}
				k = got
			}
		}
	}
}
