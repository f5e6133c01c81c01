package lede

import (
	"strings"
)

// This file carries a block's inline markup, its links and images, from
// the page to Article.Links and Article.Images: through the collapsing of
// white space, the normalization of the text, and the joining of the
// blocks into Article.Text.

// collapseInline returns raw with white space collapsed as collapseSpace
// does, and moves the offsets of b's links and images, which are offsets
// into raw, to the same words in the result.
func collapseInline(raw string, b *bodyBlock) string {
	if len(b.links) == 0 && len(b.images) == 0 {
		return collapseSpace(raw)
	}
	spans := make([]Span, 0, len(b.links)+len(b.images))
	for _, l := range b.links {
		spans = append(spans, l.Span)
	}
	text := collapseSpaceKeeping(raw, spans)
	for i := range b.links {
		b.links[i].Span = spans[i]
	}
	if len(b.images) > 0 {
		spans = spans[:0]
		for _, img := range b.images {
			spans = append(spans, Span{img.at, img.at})
		}
		collapseSpaceKeeping(raw, spans)
		for i := range b.images {
			b.images[i].at = spans[i].Start
		}
	}
	b.dropEmptyLinks()
	return text
}

// collapseSpaceKeeping is collapseSpace that also moves spans, sorted and
// not overlapping offsets into s, to the same words in the result: a span
// that started or ended in white space starts at the next word and ends
// after the last one.
func collapseSpaceKeeping(s string, spans []Span) string {
	if isCollapsed(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	starts, ends := 0, 0
	space := false
	for i, r := range s {
		if isSpace(r) {
			space = sb.Len() > 0
			continue
		}
		for ; ends < len(spans) && spans[ends].End <= i; ends++ {
			spans[ends].End = sb.Len()
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		for ; starts < len(spans) && spans[starts].Start <= i; starts++ {
			spans[starts].Start = sb.Len()
		}
		sb.WriteRune(r)
	}
	for ; ends < len(spans); ends++ {
		spans[ends].End = sb.Len()
	}
	for ; starts < len(spans); starts++ {
		spans[starts].Start = min(spans[starts].Start, sb.Len())
	}
	return sb.String()
}

// clampInline keeps the offsets of b's links and images within its Text,
// after the text was cut at its end.
func (b *bodyBlock) clampInline() {
	for i := range b.links {
		b.links[i].End = min(b.links[i].End, len(b.Text))
	}
	for i := range b.images {
		b.images[i].at = min(b.images[i].at, len(b.Text))
	}
	b.dropEmptyLinks()
}

// dropEmptyLinks drops the links left without words (a linked picture).
func (b *bodyBlock) dropEmptyLinks() {
	kept := b.links[:0]
	for _, l := range b.links {
		if l.Start < l.End {
			kept = append(kept, l)
		}
	}
	b.links = kept
}

// normalizeInline sets b's Text to text, its normalized form, and finds
// its links' words again in it, in order; a link whose words normalization
// changed past finding is dropped, and its words stay as text.
func (b *bodyBlock) normalizeInline(text string) {
	old := b.Text
	b.Text = text
	if text == old {
		return
	}
	kept, from := b.links[:0], 0
	for _, l := range b.links {
		words := normalize(old[l.Start:l.End])
		i := strings.Index(text[from:], words)
		if words == "" || i < 0 {
			continue
		}
		l.Span = Span{from + i, from + i + len(words)}
		from = l.End
		kept = append(kept, l)
	}
	b.links = kept
	for i := range b.images {
		if b.images[i].at > 0 {
			b.images[i].at = min(len(text), b.images[i].at*len(text)/max(len(old), 1))
		}
	}
}

// assembled is the body as Article holds it.
type assembled struct {
	text   string
	blocks []Block
	links  []Link
	images []Image
}

// assemble joins the blocks' texts by blank lines, sets each block's
// offsets, and gives the links and images their offsets in the text and
// their addresses resolved by resolve, which returns "" for an address
// that may not leave lede.
func assemble(blocks []bodyBlock, resolve func(string) string) assembled {
	n := 0
	for _, b := range blocks {
		n += len(b.Text) + 2
	}
	var sb strings.Builder
	sb.Grow(n)
	var out assembled
	if len(blocks) > 0 {
		out.blocks = make([]Block, 0, len(blocks))
	}
	for _, b := range blocks {
		if len(out.blocks) > 0 {
			sb.WriteString("\n\n")
		}
		start := sb.Len()
		sb.WriteString(b.Text)
		b.Span = Span{start, sb.Len()}
		out.blocks = append(out.blocks, b.Block)
		for _, l := range b.links {
			if u := resolve(l.href); u != "" {
				out.links = append(out.links, Link{Span: Span{start + l.Start, start + l.End}, URL: u})
			}
		}
		for _, img := range b.images {
			if u := resolve(img.src); u != "" {
				out.images = append(out.images, Image{URL: u, Alt: img.alt, Caption: normalize(img.caption), At: start + img.at})
			}
		}
	}
	out.text = sb.String()
	return out
}
