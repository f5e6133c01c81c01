package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ledehq/lede"
)

// TestConvertOffsetsOnce: a speaker two quotes share, one value behind two
// pointers, is converted once, not twice.
func TestConvertOffsetsOnce(t *testing.T) {
	text := "😀😀 “One,” he said. “Two.”"
	he := &lede.Speaker{Text: "he", Start: 20, End: 22}
	quotes := []lede.Quote{
		{Text: "One", Start: 12, End: 15, Speaker: he},
		{Text: "Two", Start: 32, End: 35, Speaker: he},
	}
	r := response{Text: &text, Quotes: &quotes}
	convertOffsets(&r, unitRunes)
	if he.Start != 10 || he.End != 12 {
		t.Errorf("speaker at [%d:%d], want [10:12]", he.Start, he.End)
	}
	if quotes[0].Start != 4 || quotes[1].End != 23 {
		t.Errorf("quotes at %d and %d, want 4 and 23", quotes[0].Start, quotes[1].End)
	}
}

// TestConvertOffsetsEdges: offsets past the end of the text stop at its
// end, and an invalid byte counts as one character, as a decoder that
// replaces it with U+FFFD counts it.
func TestConvertOffsetsEdges(t *testing.T) {
	text := "a\xffé😀"
	figures := []lede.Figure{{Start: 2, End: 4}, {Start: 4, End: 99}}
	r := response{Text: &text, Figures: &figures}
	convertOffsets(&r, unitUTF16)
	want := []lede.Figure{{Start: 2, End: 3}, {Start: 3, End: 5}}
	if diff := cmp.Diff(want, figures); diff != "" {
		t.Errorf("figures (-want +got):\n%s", diff)
	}
}
