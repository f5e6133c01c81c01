package lede

import (
	"net/url"
	"path"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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
		b.images[i].at = movedOffset(old, text, b.images[i].at, i < maxMovedPictures)
	}
}

// maxMovedPictures bounds the pictures of one block placed exactly after
// normalization changed its text: each costs a pass over the text before
// it.
const maxMovedPictures = 8

// movedOffset returns where offset at of old is in text, old normalized:
// after the normalized text before it (exact), or in proportion.
func movedOffset(old, text string, at int, exact bool) int {
	switch {
	case at <= 0:
		return 0
	case at >= len(old):
		return len(text)
	case !exact:
		return min(len(text), at*len(text)/len(old))
	}
	moved := min(len(normalize(old[:at])), len(text))
	if old[at-1] == ' ' && moved < len(text) && text[moved] == ' ' {
		moved++ // the space before it, which normalization trims off the end
	}
	return moved
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
	// Each block's text is its slice of the whole, so that the Article
	// holds its text once, not twice.
	for i := range out.blocks {
		out.blocks[i].Text = out.text[out.blocks[i].Start:out.blocks[i].End]
	}
	out.images = withoutDividers(out.images, out.blocks)
	return out
}

// maxPictureRepeats is how often one picture may stand between blocks
// before it is decoration: a divider drawn as an image.
const maxPictureRepeats = 2

// withoutDividers leaves out the pictures that stand between blocks more
// than maxPictureRepeats times. Pictures in a line may repeat: a formula's
// symbols, a flag beside each name.
func withoutDividers(images []Image, blocks []Block) []Image {
	if len(images) <= maxPictureRepeats {
		return images
	}
	starts := make(map[int]bool, len(blocks))
	for _, b := range blocks {
		starts[b.Start] = true
	}
	count := make(map[string]int, len(images))
	for _, img := range images {
		if starts[img.At] {
			count[img.URL]++
		}
	}
	kept := images[:0]
	for _, img := range images {
		if !starts[img.At] || count[img.URL] <= maxPictureRepeats {
			kept = append(kept, img)
		}
	}
	return kept
}

// withLeadPicture returns images with the page's lead picture, found by
// leadPicture, put above the text, when the body's pictures do not start
// with one: sites set the lead picture above the headline, outside the
// element that holds the text. lead is Article.Image; a body that shows
// it already needs no other.
func withLeadPicture(picture *Image, lead string, images []Image) []Image {
	if picture == nil || len(images) > 0 && images[0].At == 0 {
		return images
	}
	key := pictureKey(lead)
	for _, img := range images {
		if key != "" && pictureKey(img.URL) == key {
			return images
		}
	}
	return append([]Image{*picture}, images...)
}

// leadPicture returns the page's lead picture, or nil: the <img> before
// the body's first element (bodyStart) that is the picture the metadata
// names (lead, Article.Image, at any size), else the last one there that
// the page names as its hero or featured picture. It reads the tree
// before the text is cleaned, so that the tree can go while it is.
func leadPicture(doc, bodyStart *html.Node, lead string, resolve func(string) string) *Image {
	key := pictureKey(lead)
	var hero *html.Node
	picture := func(n *html.Node) *Image {
		caption, _ := figureCaption(n)
		src := resolve(imageSource(n))
		return &Image{URL: src, Alt: collapseSpace(attr(n, "alt")), Caption: normalize(caption)}
	}
	for n := doc; n != nil; {
		if n == bodyStart {
			break // a picture in the body that the body left out was furniture
		}
		if n.Type == html.ElementNode && (isSkipped(n.DataAtom) || isHidden(n)) {
			n = nextAfter(n, doc) // navigation, asides, footers: a logo or a teaser's picture
			continue
		}
		if n.DataAtom == atom.Img {
			if src := imageSource(n); src != "" && !isDecoration(n, src) && resolve(src) != "" {
				if key != "" && pictureKey(resolve(src)) == key {
					return picture(n)
				}
				if isHeroPicture(n) {
					hero = n
				}
			}
		}
		n = nextInOrder(n, doc)
	}
	if hero != nil {
		return picture(hero)
	}
	return nil
}

// heroNames are the class and id names that mark the lead picture of a
// page: a hero, a featured picture, a post's image.
var heroNames = []string{"hero", "featured-image", "featured_image", "featuredimage", "featured-media",
	"post-thumbnail", "wp-post-image", "lead-image", "leadimage", "lead-media", "article-image",
	"article__image", "main-image", "header-image", "head__image", "top-image", "story-image"}

// maxHeroDepth bounds how far up isHeroPicture looks for the name.
const maxHeroDepth = 4

// isHeroPicture reports whether image n, or an element a few levels
// around it, is named as the page's lead picture, and n is not a link to
// another page (a teaser's picture) or a list's item.
func isHeroPicture(n *html.Node) bool {
	named := false
	for p, d := n, 0; p != nil && p.Type == html.ElementNode && d <= maxHeroDepth; p, d = p.Parent, d+1 {
		if p.DataAtom == atom.A || p.DataAtom == atom.Li {
			return false
		}
		names := strings.ToLower(attr(p, "class") + " " + attr(p, "id"))
		for _, h := range heroNames {
			named = named || strings.Contains(names, h)
		}
	}
	return named
}

// pictureKey names a picture by its file, the same at every size a site
// serves it in: "https://cdn.example/2023/06/pier-1024x576.jpg?w=800" and
// ".../pier-scaled.jpg" are both "pier". "" for no address.
func pictureKey(address string) string {
	u, err := url.Parse(address)
	if err != nil || u.Path == "" {
		return ""
	}
	name := strings.ToLower(path.Base(u.Path))
	if name == "/" || name == "." {
		return ""
	}
	name = strings.TrimSuffix(name, path.Ext(name))
	name = strings.TrimSuffix(name, "-scaled")
	name = strings.TrimSuffix(name, "@2x")
	if i := strings.LastIndexByte(name, '-'); i > 0 && isSizeSuffix(name[i+1:]) {
		name = name[:i]
	}
	return name
}

// isSizeSuffix reports "1024x576", the size WordPress and others append to
// a resized picture's name.
func isSizeSuffix(s string) bool {
	w, h, ok := strings.Cut(s, "x")
	return ok && w != "" && h != "" && strings.Trim(w, "0123456789") == "" && strings.Trim(h, "0123456789") == ""
}
