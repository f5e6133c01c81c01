package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/ledehq/lede"
)

// offsetsText has a two-byte "é", a four-byte emoji that is two UTF-16
// units, and three-byte CJK before a quote, its speaker, a figure and a
// date.
const offsetsText = "Café 😀 東京. “We will rebuild the pier,” the mayor said. Sales rose 5% in 2023."

// findingOffsets are the offsets of the findings of offsetsText, in order:
// the quote's start and end, the speaker's, the figure's, the date's.
type findingOffsets [8]int

func offsetsOf(t *testing.T, line []byte) findingOffsets {
	t.Helper()
	var r struct {
		Quotes []struct {
			Start, End int
			Speaker    struct{ Start, End int }
		}
		Figures, Dates []struct{ Start, End int }
	}
	if err := json.Unmarshal(line, &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Quotes) != 1 || len(r.Figures) != 1 || len(r.Dates) != 1 {
		t.Fatalf("want one quote, figure and date: %s", line)
	}
	q, f, d := r.Quotes[0], r.Figures[0], r.Dates[0]
	return findingOffsets{q.Start, q.End, q.Speaker.Start, q.Speaker.End, f.Start, f.End, d.Start, d.End}
}

// TestOffsetUnits: with -offsets runes the offsets are Python's str
// indexes (code points), with -offsets utf16 JavaScript's (UTF-16 code
// units), in a batch as for a single page.
func TestOffsetUnits(t *testing.T) {
	// The indexes of "We will", "the mayor", "5%" and "2023" as Python's
	// s.index and JavaScript's s.indexOf give them.
	tests := []struct {
		unit string
		want findingOffsets
	}{
		{"bytes", findingOffsets{22, 46, 51, 60, 78, 80, 84, 88}},
		{"runes", findingOffsets{12, 36, 39, 48, 66, 68, 72, 76}},
		{"utf16", findingOffsets{13, 37, 40, 49, 67, 69, 73, 77}},
	}
	req, _ := json.Marshal(map[string]any{"id": 1, "text": offsetsText})
	for _, tt := range tests {
		var out bytes.Buffer
		if code := run([]string{"-jsonl", "-offsets", tt.unit}, bytes.NewReader(req), &out, &bytes.Buffer{}); code != 0 {
			t.Fatalf("%s: exit %d", tt.unit, code)
		}
		if got := offsetsOf(t, out.Bytes()); got != tt.want {
			t.Errorf("-offsets %s: %v, want %v", tt.unit, got, tt.want)
		}
	}
	// The same counts, computed another way: the length of the text
	// before each byte offset, in code points and in UTF-16 units.
	for i, b := range tests[0].want {
		prefix := offsetsText[:b]
		if n := utf8.RuneCountInString(prefix); n != tests[1].want[i] {
			t.Errorf("offset %d: %d code points before it, the table says %d", b, n, tests[1].want[i])
		}
		if n := len(utf16.Encode([]rune(prefix))); n != tests[2].want[i] {
			t.Errorf("offset %d: %d UTF-16 units before it, the table says %d", b, n, tests[2].want[i])
		}
	}
}

// TestOffsetsSinglePage: a page's blocks and quote parts are converted too,
// and each slices the text in the unit's indexes.
func TestOffsetsSinglePage(t *testing.T) {
	page := `<html><body><article><h1>Pier</h1><p>The café 😀 in 東京 reopened on <a href="https://x.example/w">the waterfront</a> this week.</p>` +
		`<figure><img src="https://x.example/p.jpg" alt="pier"></figure>` +
		`<h2>Déjà vu 😀</h2><p>“Part one is here,” the mayor said, “and part two is here.”</p>` +
		`<p>Prices rose 5% in the café.</p></article></body></html>`
	var out bytes.Buffer
	if code := run([]string{"-offsets", "utf16", "-"}, strings.NewReader(page), &out, &bytes.Buffer{}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	var r struct {
		Text   string
		Blocks []struct {
			Text       string
			Start, End int
		}
		Quotes []struct {
			Parts   [][2]int
			Speaker struct{ Text string }
		}
		Links  []struct{ Start, End int }
		Images []struct{ At int }
	}
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	units := utf16.Encode([]rune(r.Text))
	slice := func(start, end int) string { return string(utf16.Decode(units[start:end])) }
	if len(r.Blocks) != 4 {
		t.Fatalf("want 4 blocks: %s", out.String())
	}
	for _, b := range r.Blocks {
		if got := slice(b.Start, b.End); got != b.Text {
			t.Errorf("block [%d:%d] slices %q, want %q", b.Start, b.End, got, b.Text)
		}
	}
	if len(r.Links) != 1 || slice(r.Links[0].Start, r.Links[0].End) != "the waterfront" {
		t.Errorf("want the link on its words: %s", out.String())
	}
	if len(r.Images) != 1 || slice(r.Images[0].At, r.Images[0].At+4) != "Déjà" {
		t.Errorf("want the picture before the heading: %s", out.String())
	}
	if len(r.Quotes) != 1 || len(r.Quotes[0].Parts) != 2 {
		t.Fatalf("want one quote in two parts: %s", out.String())
	}
	var parts []string
	for _, p := range r.Quotes[0].Parts {
		parts = append(parts, slice(p[0], p[1]))
	}
	if diff := cmp.Diff([]string{"Part one is here", "and part two is here."}, parts); diff != "" {
		t.Errorf("parts (-want +got):\n%s", diff)
	}
}

// TestConvertOffsetsOnce: a speaker two quotes share, one value behind two
// pointers, is converted once, not twice; quote parts are converted too.
func TestConvertOffsetsOnce(t *testing.T) {
	text := "😀😀 “One,” he said. “Two.”"
	he := &lede.Speaker{Text: "he"}
	he.Span = lede.Span{Start: 20, End: 22}
	quotes := []lede.Quote{{Text: "One", Speaker: he}, {Text: "Two", Speaker: he}}
	quotes[0].Span = lede.Span{Start: 12, End: 15}
	quotes[1].Span = lede.Span{Start: 32, End: 35}
	quotes[1].Parts = []lede.Span{{Start: 32, End: 35}}
	r := response{Text: &text, Quotes: &quotes}
	convertOffsets(&r, unitRunes)
	part := quotes[1].Parts[0]
	got := [][2]int{{he.Start, he.End}, {quotes[0].Start, quotes[0].End}, {quotes[1].Start, quotes[1].End}, {part.Start, part.End}}
	want := [][2]int{{10, 12}, {4, 7}, {20, 23}, {20, 23}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("speaker, quotes and part (-want +got):\n%s", diff)
	}
}

// TestConvertOffsetsEdges: offsets past the end of the text stop at its
// end, and an invalid byte counts as one character, as a decoder that
// replaces it with U+FFFD counts it.
func TestConvertOffsetsEdges(t *testing.T) {
	text := "a\xffé😀"
	figures := make([]lede.Figure, 2)
	figures[0].Span = lede.Span{Start: 2, End: 4}
	figures[1].Span = lede.Span{Start: 4, End: 99}
	r := response{Text: &text, Figures: &figures}
	convertOffsets(&r, unitUTF16)
	got := [][2]int{{figures[0].Start, figures[0].End}, {figures[1].Start, figures[1].End}}
	if diff := cmp.Diff([][2]int{{2, 3}, {3, 5}}, got); diff != "" {
		t.Errorf("figures (-want +got):\n%s", diff)
	}
}
