package lede

import (
	"math/rand/v2"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// TestDecodeSingleByte checks decodeSingleByte, decodeWith's way with the
// code pages of one byte a character, against decodeByDecoder, its way
// with the others: for each such code page x/text has, on every byte
// alone and on random bytes.
func TestDecodeSingleByte(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 9))
	texts := [][]byte{nil}
	for c := range 256 {
		texts = append(texts, []byte{byte(c)}, []byte{'a', byte(c), 'b'})
	}
	for range 200 {
		b := make([]byte, rng.IntN(300))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		texts = append(texts, b)
	}
	pages := 0
	for _, enc := range charmap.All {
		cm, ok := enc.(*charmap.Charmap)
		if !ok {
			continue
		}
		pages++
		for _, b := range texts {
			if got, want := decodeSingleByte(cm, b), decodeByDecoder(cm, b); got != want {
				t.Fatalf("%v: decodeSingleByte(%q) = %q, want %q", cm, b, got, want)
			}
		}
	}
	if pages < 20 {
		t.Errorf("only %d code pages read", pages)
	}
}
