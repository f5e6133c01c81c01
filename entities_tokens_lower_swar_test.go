package lede

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// lowerASCIIByteByByte is lowerASCIIText a byte at a time, as it was
// written before it read eight bytes at a time.
func lowerASCIIByteByByte(text string) string {
	b := []byte(text)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TestLowerASCIITextEightBytes compares lowerASCIIText with the byte at
// a time reading on texts of every length around the eight-byte words
// and the buffer, with capitals at each place, the bytes next to 'A' and
// 'Z' ('@', '[', '`', '{') and bytes beyond ASCII whose low seven bits
// are capitals ("Á" is C3 81, "Ú" C3 9A).
func TestLowerASCIITextEightBytes(t *testing.T) {
	texts := []string{"", "A", "a", "@[`{", "AZaz@[`{", "ÁÚáú", "The Council, ÉCOLE and NASA",
		strings.Repeat("x", 1030) + "Q", "Q" + strings.Repeat("x", 2050)}
	for n := 0; n < 40; n++ {
		for _, at := range []int{0, n / 2, n - 1} {
			b := []byte(strings.Repeat("m", n))
			if at >= 0 && at < n {
				b[at] = 'M'
			}
			texts = append(texts, string(b))
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		b := make([]byte, r.IntN(3000))
		for i := range b {
			b[i] = byte(r.IntN(256))
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		if got, want := lowerASCIIText(text), lowerASCIIByteByByte(text); got != want {
			t.Errorf("lowerASCIIText(%q) = %q, want %q", text, got, want)
		}
	}
}
