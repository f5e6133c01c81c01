package lede

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTokenStreamAsAtOnce checks that the stream, a piece at a time with
// the room it sizes from the text read so far, gives the tokens that
// entityTokens gives at once: on news text (a token every five bytes or
// so), on runs that are denser than the room of a first piece (numbers,
// signs) and on text that turns from sparse to dense and back.
func TestTokenStreamAsAtOnce(t *testing.T) {
	news := "The Harbor Town council voted 5 to 2 on Wednesday night to rebuild the ferry pier, at a cost of $4.2 million.\n"
	texts := []struct{ name, text string }{
		{"news", strings.Repeat(news, 40)},
		{"number run", strings.Repeat("1 1 1 1 1 1 1 ", 300)},
		{"signs", strings.Repeat("$$$$%%%%----.... ", 200)},
		{"sparse then dense", strings.Repeat(news, 10) + strings.Repeat("1 2 3 ", 500) + strings.Repeat(news, 10)},
		{"dense then sparse", strings.Repeat("1 2 3 ", 500) + strings.Repeat(news, 20)},
		{"one long word", strings.Repeat("a", 5000) + " 5 km"},
		{"empty", ""},
	}
	for _, tt := range texts {
		want := entityTokens(tt.text)
		for _, piece := range []int{1, 7, 100, 1000, windowChunk} {
			s := newTokenStream(tt.text)
			for s.more(piece) {
			}
			if len(want) == 0 && len(s.toks) == 0 {
				continue
			}
			if diff := cmp.Diff(want, s.toks, cmp.AllowUnexported(etok{})); diff != "" {
				t.Errorf("%s, pieces of %d bytes: tokens differ (-at once +stream):\n%s", tt.name, piece, diff)
			}
		}
	}
}

// TestTokensFor checks the room for the tokens of a piece: as many a byte
// as before, and a quarter more.
func TestTokensFor(t *testing.T) {
	tests := []struct{ n, tokens, bytes, want int }{
		{1000, 200, 1000, 251},   // news text: a token every five bytes
		{1000, 500, 1000, 626},   // a run of numbers: one every two
		{1000, 1000, 1000, 1251}, // signs: one a byte
		{0, 10, 100, 1},
	}
	for _, tt := range tests {
		if got := tokensFor(tt.n, tt.tokens, tt.bytes); got != tt.want {
			t.Errorf("tokensFor(%d, %d, %d) = %d, want %d", tt.n, tt.tokens, tt.bytes, got, tt.want)
		}
	}
}
