package lede

import (
	"strings"
	"testing"
)

// TestWordCountTwoByte checks wordCount, which tells two-byte characters
// by their bytes, against strings.Fields on every pair of bytes with a
// high byte first, alone, between letters and repeated.
func TestWordCountTwoByte(t *testing.T) {
	for a := 0x80; a < 0x100; a++ {
		for b := range 0x100 {
			pair := string([]byte{byte(a), byte(b)})
			for _, s := range []string{pair, "é" + pair + "x", pair + pair + " a" + pair} {
				if got, want := wordCount(s), len(strings.Fields(s)); got != want {
					t.Fatalf("wordCount(%q) = %d, want %d", s, got, want)
				}
			}
		}
	}
}
