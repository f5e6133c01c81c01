package lede

import (
	"strings"
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

// BenchmarkCleanHighBytesSpaced is BenchmarkCleanHighBytes on the text
// the command line cleans of a page of such bytes: the block text of a
// paragraph, whose no-break spaces (byte 0xA0) are plain spaces by the
// time it is cleaned, so the repair reads words of a hundred letters.
func BenchmarkCleanHighBytesSpaced(b *testing.B) {
	text, err := charmap.Windows1252.NewDecoder().String(highBytes(1 << 20))
	if err != nil {
		b.Fatal(err)
	}
	benchmarkClean(b, strings.ReplaceAll(text, "\u00a0", " "))
}
