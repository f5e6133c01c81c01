package lede

// This file holds the body that selectBlocks chose among the page's blocks
// until Parse builds it. Building it while the tree is alive would hold
// both at once: on a page of short paragraphs the built blocks are about
// three times the page's size, and the tree six.

// picked is the body chosen among a page's blocks: the blocks of the text,
// the standfirst above them, and the pictures around them.
type picked struct {
	blocks []textBlock // the page's blocks
	// standfirst is the index in blocks of the standfirst that opens the
	// text (see standfirstBefore), or -1.
	standfirst int
	// from and end delimit the blocks the text is in, with the blocks
	// above it whose pictures open it.
	from, end int
	chosen    []bool // whether each of blocks[from:end] is in the text
	// closedByNext tells that blocks[end] is in the body's element: its
	// figures close the text.
	closedByNext bool
	size         int // how many blocks the text may have
}

// chars returns the non-space bytes of the text, as bodyChars counts them
// in the built blocks: the standfirst's and the chosen blocks'.
func (p *picked) chars() int {
	n := 0
	if p.standfirst >= 0 {
		n += nonSpaceBytes(p.blocks[p.standfirst].Text)
	}
	for i, in := range p.chosen {
		if in {
			n += nonSpaceBytes(p.blocks[p.from+i].Text)
		}
	}
	return n
}

// count returns how many blocks the built body has.
func (p *picked) count() int {
	n := 0
	if p.standfirst >= 0 {
		n++
	}
	for _, in := range p.chosen {
		if in {
			n++
		}
	}
	return n
}

// releaseTree drops the blocks' references to the page's tree, which keep
// all of it alive; the body is built from their texts and markup alone.
func (p *picked) releaseTree() {
	for i := range p.blocks {
		p.blocks[i].owner = nil
	}
}

// build returns the body's blocks.
func (p *picked) build() []bodyBlock {
	out := make([]bodyBlock, 0, p.size)
	if p.standfirst >= 0 {
		sf := p.blocks[p.standfirst].body()
		sf.Type, sf.Level = BlockParagraph, 0
		sf.images = nil // they stand where the block does, below
		out = append(out, sf)
	}
	out = appendWithPictures(out, p.blocks[p.from:p.end], p.chosen)
	if p.closedByNext && len(out) > 0 {
		closing := &out[len(out)-1]
		for _, img := range p.blocks[p.end].images() {
			if img.at == 0 && (img.inFigure || img.caption != "") {
				img.at = len(closing.Text)
				closing.images = append(closing.images, img)
			}
		}
	}
	return out
}

// build makes b's blocks of what it picked, if it has not yet.
func (b *body) build() {
	if b.picked != nil {
		b.blocks, b.picked = b.picked.build(), nil
	}
}

// empty reports whether b holds no text.
func (b *body) empty() bool {
	if b.picked != nil {
		return b.picked.count() == 0
	}
	return len(b.blocks) == 0
}
