package lede

import (
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// BenchmarkCleanHighBytes cleans a megabyte of bytes 0x80 to 0xFF read
// as windows-1252, as Parse reads a page of them that declares no
// charset: two megabytes of Latin-1 letters and signs in one line, in
// which the mojibake repair finds pairs everywhere.
func BenchmarkCleanHighBytes(b *testing.B) {
	text, err := charmap.Windows1252.NewDecoder().String(highBytes(1 << 20))
	if err != nil {
		b.Fatal(err)
	}
	benchmarkClean(b, text)
}
