package lede

// offsetIndex finds, in a list of byte offsets into a text that never
// decrease (the starts of the words, the ends of the sentences), the
// first at or past a given offset, without a binary search over the
// whole list: the readers ask where a byte falls thousands of times a
// text (the words before a name, the sentence of a verb), and those
// searches, twenty steps on a long text with a call a step, took a
// twelfth of Quotes' time on 4 MB of news (BenchmarkQuotes4MB's profile).
//
// The index keeps, for each block of the text, how many offsets lie
// before the block; a search starts there and steps over the few offsets
// inside the block (see from). It is made at the first search, in one
// pass over the offsets: a text of few quotes may never ask.
type offsetIndex struct {
	before []int // before[b]: the number of offsets below b<<shift
	shift  uint  // a block is 1<<shift bytes
}

// The block size is chosen by how dense the offsets are, so that a
// block holds about offsetsPerBlock of them: a search steps over half as
// many on average. Blocks of 64 bytes held a dozen words of running text,
// and the 28 of a page of short quotes ("“Yes,” he said. " repeated),
// where the steps took a twelfth of Quotes' instructions; news sentences
// run to 90 bytes, and blocks of 256 bytes hold three. Blocks are kept
// from minOffsetBlockBits to maxOffsetBlockBits: a block of 8 bytes
// takes a byte of index a byte of text, as much as the text.
const (
	offsetsPerBlock    = 4
	minOffsetBlockBits = 3
	maxOffsetBlockBits = 8
	// offsetBlock is the largest block: a search past the text's end by
	// this much still finds its end.
	offsetBlock = 1 << maxOffsetBlockBits
)

// newOffsetIndex returns an index to fill with count offsets into a text
// of size bytes, with room for an offset past the text's end.
func newOffsetIndex(size, count int) offsetIndex {
	shift := uint(maxOffsetBlockBits)
	for shift > minOffsetBlockBits && count<<shift > offsetsPerBlock*size {
		shift--
	}
	return offsetIndex{before: make([]int, size>>shift+2), shift: shift}
}

// reached records that offset number k is the first at or past the
// start of every block from b on up to and including at's: it returns
// the block after at's, which the next offset goes on from.
func (ix *offsetIndex) reached(b, k, at int) int {
	for ; b < len(ix.before) && b<<ix.shift <= at; b++ {
		ix.before[b] = k
	}
	return b
}

// from returns where a search for the first offset at or past x starts:
// every offset before from(x) is below x, and the offsets from there to
// the first at or past x lie in x's block. A caller steps on while
// at(k) < x; the first k it stops at is what sort.Search(n, func(k int)
// bool { return at(k) >= x }) returns.
func (ix *offsetIndex) from(x int) int {
	if x <= 0 {
		return 0
	}
	return ix.before[min(x>>ix.shift, len(ix.before)-1)]
}

// firstWordFrom returns the index of the first word that starts at or
// after byte i, or the number of words.
func (d *quoteDoc) firstWordFrom(i int) int {
	list := d.toks.list
	if d.wordStarts.before == nil {
		d.wordStarts = newOffsetIndex(len(d.text), len(list))
		b, next := 0, 0 // the first block not filled, and its start
		for k, p := range list {
			if p.start() >= next { // a word a byte or more past the last block's start: rare beside the words
				b = d.wordStarts.reached(b, k, p.start())
				next = b << d.wordStarts.shift
			}
		}
		d.wordStarts.reached(b, len(list), len(d.text)+offsetBlock)
	}
	k := d.wordStarts.from(i)
	for k < len(list) && list[k].start() < i {
		k++
	}
	return k
}

// firstEndingPast returns the index of the first of spans, d's sentences
// or paragraphs as ix indexes them, that ends after byte i, or
// len(spans).
func (d *quoteDoc) firstEndingPast(ix *offsetIndex, spans []Span, i int) int {
	if ix.before == nil {
		*ix = newOffsetIndex(len(d.text), len(spans))
		b := 0
		for k, s := range spans {
			b = ix.reached(b, k, s.End)
		}
		ix.reached(b, len(spans), len(d.text)+offsetBlock)
	}
	k := ix.from(i + 1)
	for k < len(spans) && spans[k].End <= i {
		k++
	}
	return k
}
