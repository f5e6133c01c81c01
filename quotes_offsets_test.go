package lede

import (
	"sort"
	"strings"
	"testing"
)

// TestOffsetIndexFindsAsBisection checks that the offset index finds the
// word, sentence and paragraph that sort.Search finds, for every byte of
// texts of its own (blocks of words and none, long words, a sentence
// longer than a block, a text that ends in spaces, words so dense that
// the blocks are the smallest) and of the speed tests, and for offsets
// before and past the text.
func TestOffsetIndexFindsAsBisection(t *testing.T) {
	texts := append([]string{
		"",
		"a",
		strings.Repeat("x", 200) + " y. " + strings.Repeat("z ", 100),
		"He said. " + strings.Repeat(" ", offsetBlock*3) + "“Yes,” she said.\n\nNo.   ",
		strings.Repeat("Word, ", 40) + "\n" + strings.Repeat("a.b. ", 50),
		strings.Repeat("“Yes,” he said. ", 40), // dense: the smallest blocks
	}, textsForSpeed(t)...)
	for _, text := range texts {
		d := newQuoteDoc(&stopper{}, text)
		for i := -2; i <= len(text)+offsetBlock+2; i++ {
			want := sort.Search(d.toks.len(), func(k int) bool { return d.toks.start(k) >= i })
			if got := d.firstWordFrom(i); got != want {
				t.Fatalf("%q: firstWordFrom(%d) = %d, want %d", trimForLog(text), i, got, want)
			}
			if got, want := d.sentenceAt(i), sentenceAtBySearch(d, i); got != want {
				t.Fatalf("%q: sentenceAt(%d) = %v, want %v", trimForLog(text), i, got, want)
			}
			if got, want := d.paraAt(i), paraAtBySearch(d, i); got != want {
				t.Fatalf("%q: paraAt(%d) = %d, want %d", trimForLog(text), i, got, want)
			}
		}
	}
}

// sentenceAtBySearch is sentenceAt by bisection, as first written.
func sentenceAtBySearch(d *quoteDoc, i int) Span {
	k := sort.Search(len(d.sents), func(k int) bool { return d.sents[k].End > i })
	if k < len(d.sents) && d.sents[k].Start <= i {
		return d.sents[k]
	}
	return Span{i, i}
}

// paraAtBySearch is paraAt by bisection, as first written.
func paraAtBySearch(d *quoteDoc, i int) int {
	k := sort.Search(len(d.paras), func(k int) bool { return d.paras[k].End > i })
	if k < len(d.paras) && d.paras[k].Start <= i {
		return k
	}
	return -1
}

// TestOffsetBlocksFollowDensity checks that the blocks shrink as the
// offsets grow dense, within their bounds, so that the texts of
// TestOffsetIndexFindsAsBisection try blocks of every size.
func TestOffsetBlocksFollowDensity(t *testing.T) {
	for _, c := range []struct {
		size, count int
		shift       uint
	}{
		{0, 0, maxOffsetBlockBits},
		{1000, 10, maxOffsetBlockBits},
		{1000, 200, 4},                    // running text: a word every five bytes
		{1000, 440, 3},                    // “Yes,” he said.: seven words in sixteen bytes
		{1000, 1000, 3},                   // a word a byte
		{90000, 1000, maxOffsetBlockBits}, // news sentences: one in 90 bytes
		{1 << 20, 1 << 16, 6},             // the sentences of “Yes,” he said.
	} {
		if got := newOffsetIndex(c.size, c.count).shift; got != c.shift {
			t.Errorf("newOffsetIndex(%d, %d).shift = %d, want %d", c.size, c.count, got, c.shift)
		}
	}
}
