package lede

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestStartsInAndRunesOf checks startsIn, which reads eight bytes at a
// time, against counting the bytes that are no continuation byte one by
// one, and runesOf, which writes in place what fits that count, against
// the conversion to []rune, on random bytes of every length up to 40:
// ASCII, continuation and lead bytes, valid and cut sequences, and
// invalid bytes that read as more characters than the count.
func TestStartsInAndRunesOf(t *testing.T) {
	rnd := rand.New(rand.NewPCG(25, 2))
	pieces := []string{"a", " ", "é", "€", "😀", "\x80", "\xbf", "\xc3", "\xe2\x80", "\xf0\x9f\x98", "\xff", "\xed\xa0\x80"}
	for n := range 41 {
		for range 200 {
			var b []byte
			for len(b) < n {
				if rnd.IntN(2) == 0 {
					b = append(b, byte(rnd.IntN(256)))
				} else {
					b = append(b, pieces[rnd.IntN(len(pieces))]...)
				}
			}
			s := string(b)
			want := 0
			for i := range len(s) {
				if s[i]&0xC0 != 0x80 {
					want++
				}
			}
			if got := startsIn(s); got != want {
				t.Errorf("startsIn(%+q) = %d, want %d", s, got, want)
			}
			if got, want := runesOf(s), []rune(s); !slices.Equal(got, want) {
				t.Errorf("runesOf(%+q) = %U, want %U", s, got, want)
			}
		}
	}
}
