package main

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ledehq/lede"
)

// encoderTexts are strings with every kind of character encoding/json
// escapes, HTML's among them, and random bytes.
func encoderTexts() []string {
	texts := []string{
		"", "said", "“quoted” and \"straight\"", `back\slash`, "tab\there\nline\rreturn",
		"\x00\x01\x1f\x7f", "<b>&amp;</b> AT&T > 3", "line\u2028para\u2029end", "bad \xff\xfe byte",
		"half \xe2\x82 rune", "日本語 ünïcödé 😀", "\u00a0\u200b\ufeff",
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		b := make([]byte, r.IntN(16))
		for i := range b {
			b[i] = byte(r.IntN(256))
		}
		texts = append(texts, string(b))
	}
	return texts
}

// TestQuoteEncoderMatchesJSON checks appendQuote against encoding/json
// (through Quote.MarshalJSON): with and without a speaker, cue, title,
// org and parts, on strings that need escaping.
func TestQuoteEncoderMatchesJSON(t *testing.T) {
	texts := encoderTexts()
	for i, text := range texts {
		other := texts[(i+5)%len(texts)]
		full := &lede.Speaker{Text: other, Span: lede.Span{Start: i, End: i + 3}, Name: text, Title: other, Org: text}
		bare := &lede.Speaker{Text: text, Name: ""}
		for _, q := range []lede.Quote{
			{Text: text, Span: lede.Span{Start: i, End: 2 * i}, Type: lede.QuoteDirect, Cue: other, Speaker: full},
			{Text: text, Type: lede.QuoteIndirect, Speaker: bare, Parts: []lede.Span{{Start: 1, End: 2}, {Start: 30, End: 400}}},
			{Text: other, Type: lede.QuoteRefusal, Parts: []lede.Span{}},
			{Type: "", Parts: []lede.Span{{Start: i, End: i}}},
		} {
			if got, want := appendQuote(nil, &q), jsonOf(t, q); !bytes.Equal(got, want) {
				t.Fatalf("appendQuote(%+v) = %s; want %s", q, got, want)
			}
		}
	}
}

// TestBlockEncoderMatchesJSON checks appendBlock against encoding/json.
func TestBlockEncoderMatchesJSON(t *testing.T) {
	for i, text := range encoderTexts() {
		for _, b := range []lede.Block{
			{Type: lede.BlockParagraph, Text: text, Span: lede.Span{Start: i, End: i + len(text)}},
			{Type: lede.BlockHeading, Level: i%6 + 1, Text: text},
			{Type: lede.BlockListItem, Ordered: true, Text: text},
			{Type: lede.BlockType(text), Level: -1, Ordered: true},
		} {
			if got, want := appendBlock(nil, &b), jsonOf(t, b); !bytes.Equal(got, want) {
				t.Fatalf("appendBlock(%+v) = %s; want %s", b, got, want)
			}
		}
	}
}

// TestStringEncoderMatchesJSON checks the text's encoding, a string
// through appendEntity, against encoding/json.
func TestStringEncoderMatchesJSON(t *testing.T) {
	for _, text := range encoderTexts() {
		if got, ok := appendEntity(nil, &text); !ok || !bytes.Equal(got, jsonOf(t, text)) {
			t.Fatalf("appendEntity(%q) = %s, %v; want %s", text, got, ok, jsonOf(t, text))
		}
	}
}

// TestHandEncodersKnowEveryField fails when a type the hand encoders
// write gains a field: they would leave it out, where encoding/json would
// write it. Teach the encoder (and its test) the new field, then update
// the count here.
func TestHandEncodersKnowEveryField(t *testing.T) {
	for _, c := range []struct {
		typ    reflect.Type
		fields int
	}{
		{reflect.TypeFor[lede.Quote](), 6},
		{reflect.TypeFor[lede.Speaker](), 5},
		{reflect.TypeFor[lede.Block](), 5},
		{reflect.TypeFor[lede.Span](), 2},
		{reflect.TypeFor[lede.Figure](), 8},
		{reflect.TypeFor[lede.Date](), 4},
	} {
		if n := c.typ.NumField(); n != c.fields {
			t.Errorf("%v has %d fields, the hand encoder knows %d", c.typ, n, c.fields)
		}
	}
}

// TestPiecesEscapeAsWhole checks that a long string escaped a piece at a
// time (see longString), cut by pieceEnd, gives what escaping it whole
// gives: no character is cut in two, and invalid bytes stay invalid.
func TestPiecesEscapeAsWhole(t *testing.T) {
	texts := encoderTexts()
	long := strings.Join(texts, "é€😀\x80\x80\x80\x80\xf0\x9f")
	for size := utf8.UTFMax; size < 40; size++ {
		var got []byte
		for s := long; len(s) > 0; {
			n := pieceEnd(s, size)
			if n <= 0 || n > size {
				t.Fatalf("pieceEnd(%q, %d) = %d", s[:min(len(s), 2*size)], size, n)
			}
			got = appendEscaped(got, s[:n], false)
			s = s[n:]
		}
		if want := appendEscaped(nil, long, false); !bytes.Equal(got, want) {
			t.Fatalf("escaped in pieces of %d bytes:\n%q\nwant\n%q", size, got, want)
		}
	}
}
