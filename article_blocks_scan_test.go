package lede

import (
	"strings"
	"testing"
)

// nonSpaceBytesByCase is nonSpaceBytes as it was written before it used
// textBytes: the reference for TestScanText.
func nonSpaceBytesByCase(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '\f':
		default:
			n++
		}
	}
	return n
}

// TestScanText checks scanText, segment's one pass over a text node,
// against what it stands for: nonSpaceBytes counted byte by byte, and
// whether appendCollapsed copies the text as it is.
func TestScanText(t *testing.T) {
	cases := []string{
		"", " ", "a", "ab", "a b", "a  b", " a", "a ", "a\u00a0b", "a\vb", "a\tb", "a\nb",
		"The council voted to rebuild the pier.", "“Yes,” he said — café.", "caf\xe9",
		"\uFFFD", "x\u200by", "日本語のテキスト", "a \u3000b", "\u2028", "a\x00b", "a&amp;b",
		"end .", "two  spaces", "\xed\xa0\x80", "a\fb", "a\rb", "ends in\u00a0",
		"a much longer text\u00a0with a no-break space", "a much longer text with a\ttab in it",
		"a much longer text that ends in a space ", "a much longer text with “quotes” — and dashes",
		"eight by\x80tes", "twelve bytes\u2009thin space", "0123456789abcdef\xc3", "0123456789abcdef\u3000x",
	}
	for i := 0; i < 256; i++ { // every byte value between words and at the edges
		cases = append(cases, string([]byte{'a', byte(i), 'b'}), string([]byte{byte(i)}),
			string([]byte{' ', byte(i)}), string([]byte{byte(i), ' ', 'x'}))
	}
	// Each byte value at each place of a text long enough to be read
	// eight bytes at a time.
	for i := 0; i < 256; i++ {
		for at := 0; at < 20; at++ {
			b := []byte("The pier was rebuilt in May")
			b[at] = byte(i)
			cases = append(cases, string(b))
		}
	}
	for _, c := range cases {
		n, collapsed := scanText(c)
		if want := nonSpaceBytesByCase(c); n != want || nonSpaceBytes(c) != want {
			t.Errorf("scanText(%q) counts %d, nonSpaceBytes %d, want %d", c, n, nonSpaceBytes(c), want)
		}
		if want := string(appendCollapsed(nil, []byte(c))) == c; collapsed != want {
			t.Errorf("scanText(%q) collapsed = %v, want %v", c, collapsed, want)
		}
	}
}

// TestLastCopyrightSign checks lastCopyrightSign against strings.LastIndex.
func TestLastCopyrightSign(t *testing.T) {
	for _, s := range []string{
		"", "©", "a ©", "© a", "Foto © Vogelwarte", "AFP / MARCO BERTORELLO ©", "café", "é©", "©é",
		"\xa9", "\xc2", "\xa9\xc2\xa9", "a\xc2\xa9\xa9", "©©", "Photo © AP © Getty", "\xc3\xa9\xa9",
	} {
		if got, want := lastCopyrightSign(s), strings.LastIndex(s, "©"); got != want {
			t.Errorf("lastCopyrightSign(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestImageLabelTable checks that reading the image labels by their first
// letter finds what trying each of them finds.
func TestImageLabelTable(t *testing.T) {
	for _, s := range []string{
		"Photo: AP", "PHOTO: AP", "photos: dpa", "Crédit photo : AFP", "CRÉDIT PHOTO : AFP",
		"Bild: Springer", "Imagen: EFE", "Fonte foto: Ansa", "The photo: no", "ſoto: x", "",
		"Kredit: x", "Image:", "image", "Ímagen: x", "Credit: Reuters", "Fotografía: EFE",
	} {
		want := false
		for _, p := range imageLabels.all {
			want = want || hasPrefixFold(s, p)
		}
		got := false
		for _, p := range imageLabels.foldCandidates(s) {
			got = got || hasPrefixFold(s, p)
		}
		if got != want {
			t.Errorf("%q: the table finds a label %v, trying each %v", s, got, want)
		}
	}
}

// TestBlockKindCodes checks that every BlockType survives textBlock's one
// byte (a type missing from blockTypes would read back as a paragraph),
// and that a textBlock's zero value is a paragraph.
func TestBlockKindCodes(t *testing.T) {
	for _, bt := range []BlockType{BlockParagraph, BlockHeading, BlockListItem, BlockQuote, BlockPre, BlockTableRow} {
		b := textBlock{kind: kindCode(bt)}
		if got := b.Type(); got != bt {
			t.Errorf("%s reads back as %s", bt, got)
		}
	}
	if got := (&textBlock{}).Type(); got != BlockParagraph {
		t.Errorf("the zero textBlock is a %s", got)
	}
}
