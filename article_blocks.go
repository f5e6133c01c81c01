package lede

import (
	"math/bits"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file cuts a page's tree into text blocks: the runs of inline text
// between block-level elements, each remembering the element that holds it
// and the nearest enclosing element whose class or id names site furniture.
// article_body.go then decides which blocks are the article.

// blockKind returns the kind of block whose text element a holds, and
// whether a starts a new block of text at all. Structural containers (div,
// section, ul, table…) have kind Paragraph: text directly inside them
// reads as a paragraph. It is a switch, not a map: segment asks it of
// every element of the page.
func blockKind(a atom.Atom) (BlockType, bool) {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Body, atom.Center, atom.Address,
		atom.Details, atom.Summary, atom.Fieldset, atom.Form, atom.Header, atom.Hgroup, atom.Figure,
		atom.Ul, atom.Ol, atom.Dl, atom.Menu, atom.Table, atom.Tbody, atom.Thead, atom.Tfoot,
		atom.Caption, atom.Hr:
		return BlockParagraph, true
	case atom.Tr:
		return BlockTableRow, true
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return BlockHeading, true
	case atom.Li, atom.Dt, atom.Dd:
		return BlockListItem, true
	case atom.Blockquote:
		return BlockQuote, true
	case atom.Pre:
		return BlockPre, true
	}
	return "", false
}

// isHeading reports the heading elements, <h1> to <h6>.
func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// isSkipped reports the elements whose content is never article text:
// code, media, controls, and the page's navigation, asides, footers and
// captions.
func isSkipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math, atom.Iframe,
		atom.Object, atom.Embed, atom.Canvas, atom.Video, atom.Audio, atom.Select, atom.Textarea,
		atom.Button, atom.Input, atom.Label, atom.Nav, atom.Aside, atom.Footer, atom.Figcaption,
		atom.Dialog, atom.Head:
		return true
	}
	return false
}

// bodyBlock is a block with the inline markup that Article.Links,
// Article.Images and Markdown keep.
type bodyBlock struct {
	Block
	links  []inlineLink
	images []inlineImage
}

// inlineLink is a link in a block: the byte range of its words in the
// block's Text, and its address as the page wrote it.
type inlineLink struct {
	Span
	href string
}

// inlineImage is a picture that stands at byte at of a block's Text: 0 for
// one above the text (a figure between paragraphs), inside it for one in
// the line. A page may hold tens of thousands of pictures, which wait in
// the segmenter for a block to stand before: its flag is 32 bits, as a
// block's is, so that it takes 64 bytes, not 80.
type inlineImage struct {
	at                int
	src, alt, caption string
	flag              int32 // the nearest furniture-named element around it, as textBlock.flag
	inFigure          bool  // in a <figure>: a picture of the article wherever it stands
}

// textBlock is one block of text with the evidence that scores it. A page
// cut into a million blocks holds a million of them at once, so the struct
// is kept small, 48 bytes with three pointers for the collector to follow:
// its rarely used inline markup sits behind a pointer, with the count of
// its link text that only blocks with links have; its kind is a byte, its
// marks bits of one; the furniture around it is one index into the page's
// furniture flags, which answer for all the blocks under them; and its
// small numbers are small types (a page of "<p>a</p>" repeated holds one
// per 8 bytes of input). The counts are 32 bits, as ownerOrder is: they
// would wrap only on a block of over 2 GB of text.
type textBlock struct {
	Text  string
	kind  blockKindCode // the block's BlockType; see Type
	Level int8          // the heading level, 1 to 6, for headings; 0 otherwise
	// declared is +1 when the page's JSON-LD articleBody contains the
	// block's text, -1 when a trusted articleBody does not, 0 otherwise.
	declared int8
	marks    blockMarks // what the block is besides its type; see is
	// flag indexes the nearest enclosing furniture-named element in the
	// segmenter's flags, or is -1.
	flag int32
	// ownerOrder is owner's place among the elements under the segmented
	// root in document order (the root is 0); see bestContainer.
	ownerOrder int32
	chars      int32        // non-space bytes of text
	markup     *blockMarkup // the block's links and images; nil when it has none
	owner      *html.Node   // the block-level element holding the text
}

// blockMarks is a set of the marks a textBlock may bear, one bit each: a
// byte where four booleans would take four.
type blockMarks uint8

// The marks of a textBlock.
const (
	// markOrdered tells a list item of a numbered list (<ol>).
	markOrdered blockMarks = 1 << iota
	// markProse records that the block reads as article prose; see
	// readsAsProse.
	markProse
	// markTeaser marks the blocks of a link to another story; see
	// markTeasers.
	markTeaser
	// markLine marks a block that is one of the lines that <br> cuts one
	// element's text into: a list written as lines.
	markLine
)

// is reports whether b bears mark m.
func (b *textBlock) is(m blockMarks) bool {
	return b.marks&m != 0
}

// mark gives b mark m when on is true, and takes it away otherwise.
func (b *textBlock) mark(m blockMarks, on bool) {
	if on {
		b.marks |= m
	} else {
		b.marks &^= m
	}
}

// furnitureIn returns the index in flags of the nearest element around b
// that is furniture (comments, share bars, related links…), or -1; see
// resolveFurniture. It is the flag's to know, not each block's: the
// blocks under one flag share the answer.
func (b *textBlock) furnitureIn(flags []furnitureFlag) int32 {
	if b.flag < 0 {
		return -1
	}
	return flags[b.flag].furniture
}

// strongFurnitureIn returns the index in flags of the nearest element
// around b named with a strong furniture word, or -1.
func (b *textBlock) strongFurnitureIn(flags []furnitureFlag) int32 {
	if b.flag < 0 {
		return -1
	}
	return flags[b.flag].strongAt
}

// blockKindCode is a BlockType in one byte, as textBlock keeps it: the
// string would take sixteen bytes, and a pointer for the collector to
// follow, in each of a million blocks.
type blockKindCode uint8

// blockTypes are the BlockTypes by their codes; the zero code is a
// paragraph, as a textBlock's zero value is.
var blockTypes = [...]BlockType{BlockParagraph, BlockHeading, BlockListItem, BlockQuote, BlockPre, BlockTableRow}

// kindCode returns the code of t.
func kindCode(t BlockType) blockKindCode {
	for i, bt := range blockTypes {
		if bt == t {
			return blockKindCode(i)
		}
	}
	return 0
}

// Type returns the kind of block b is.
func (b *textBlock) Type() BlockType {
	return blockTypes[b.kind]
}

// blockMarkup is a block's inline markup, which few blocks have, and the
// amount of its text inside links, which only blocks with links have.
type blockMarkup struct {
	links     []inlineLink
	images    []inlineImage
	linkChars int32 // non-space bytes of text inside links
}

// linkChars returns the non-space bytes of b's text inside links.
func (b *textBlock) linkChars() int32 {
	if b.markup == nil {
		return 0
	}
	return b.markup.linkChars
}

// images returns the pictures of b.
func (b *textBlock) images() []inlineImage {
	if b.markup == nil {
		return nil
	}
	return b.markup.images
}

// setImages replaces the pictures of b.
func (b *textBlock) setImages(images []inlineImage) {
	if b.markup == nil {
		if images == nil {
			return
		}
		b.markup = &blockMarkup{}
	}
	b.markup.images = images
}

// body returns b as the body holds it.
func (b *textBlock) body() bodyBlock {
	bb := bodyBlock{Block: Block{Type: b.Type(), Level: int(b.Level), Ordered: b.is(markOrdered), Text: b.Text}}
	if b.markup != nil {
		bb.links, bb.images = b.markup.links, b.markup.images
	}
	return bb
}

// linkDensity is the share of the block's text that is link text.
func (b *textBlock) linkDensity() float64 {
	if b.chars == 0 {
		return 0
	}
	return float64(b.linkChars()) / float64(b.chars)
}

// blockContext is what a node inherits from its ancestors.
type blockContext struct {
	kind    BlockType
	level   int
	flag    int // index of the nearest furniture-named ancestor in flags, or -1
	inLink  bool
	href    string // the address of the link around, if any
	ordered bool   // in an item of a numbered list
}

// furnitureFlag is an element whose class or id names furniture.
type furnitureFlag struct {
	node    *html.Node
	parent  int32 // the enclosing flag's index, or -1
	strong  bool  // see furnitureStrength
	wrapper bool  // holds the article for all its name says; see resolveFurniture
	// furniture is the index of the nearest flag at or above this one
	// that is furniture, not a wrapper, or -1: -1 until resolveFurniture
	// sets it. When only furniture holds prose, visibleBody sets it to
	// strongAt: only strong names then keep text out.
	furniture int32
	// strongAt is the index of the nearest flag at or above this one that
	// is strong, or -1 until resolveFurniture sets it.
	strongAt int32
}

// segmenter accumulates the text of the open block while walking the tree.
type segmenter struct {
	blocks []textBlock
	flags  []furnitureFlag
	buf    []byte
	// scratch holds the open block's text collapsed, before it becomes a
	// string.
	scratch []byte
	// openText is the text of the node that opened the block. A paragraph
	// of one text node, already collapsed, is that text: the block shares
	// the page's string instead of copying it.
	openText string
	// openCollapsed tells that openText is as appendCollapsed writes it:
	// a block of that one text node is openText itself.
	openCollapsed bool
	open          textBlock // the block being filled; owner nil when none
	// openLinks and openImages are the open block's inline markup, and
	// openLinkChars the non-space bytes of its text inside links.
	openLinks     []inlineLink
	openImages    []inlineImage
	openLinkChars int32
	closed        int // how many blocks flush has closed, to tell a link that spans blocks
	// elements counts the elements walked (or skipped), to number them
	// in document order for textBlock.ownerOrder.
	elements int32
	// pending are the images met since the last block closed, for the
	// next block to open.
	pending []inlineImage
}

// segment returns the text blocks under root in document order, and the
// furniture-named elements that enclose them.
func segment(root *html.Node) ([]textBlock, []furnitureFlag) {
	s := &segmenter{buf: make([]byte, 0, 1024)}
	s.blocks = make([]textBlock, 0, countBlocks(root))
	s.walk(root, blockContext{kind: BlockParagraph, flag: -1}, root, 0)
	s.flush()
	for i := 1; i < len(s.blocks); i++ {
		if s.blocks[i].owner == s.blocks[i-1].owner {
			s.blocks[i].mark(markLine, true)
			s.blocks[i-1].mark(markLine, true)
		}
	}
	if n := len(s.blocks); n > 0 {
		last := &s.blocks[n-1]
		for _, img := range s.pending {
			if img.inFigure || img.caption != "" { // a figure that ends the page's text
				img.at = len(last.Text)
				last.setImages(append(last.images(), img))
			}
		}
	}
	return s.blocks, s.flags
}

// countBlocks returns how many blocks walk opens under root: the number of
// blocks segment returns, or a few more when some hold only white space
// that isBlank does not know. Sizing the blocks slice with it costs one more
// walk over the tree but no copying as it grows, and on a page of tiny
// blocks no garbage of several times the page's size.
func countBlocks(root *html.Node) int {
	count, open := 0, false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if !open && !isBlank(n.Data) {
				open = true
				count++
			}
			return
		case html.ElementNode:
			if isSkipped(n.DataAtom) || isHidden(n) {
				return
			}
			if n.DataAtom == atom.Br {
				open = false
				return
			}
		case html.DocumentNode:
		default:
			return
		}
		_, isBlock := blockKind(n.DataAtom)
		isBlock = isBlock && n.Type == html.ElementNode
		if isBlock {
			open = false
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if isBlock {
			open = false
		}
	}
	walk(root)
	return count
}

// walk segments the tree under n; owner is the block-level element that
// holds n's text, and ownerOrder its place in document order.
func (s *segmenter) walk(n *html.Node, ctx blockContext, owner *html.Node, ownerOrder int32) {
	switch n.Type {
	case html.TextNode:
		s.addText(n.Data, ctx, owner, ownerOrder)
		return
	case html.ElementNode:
	case html.DocumentNode:
		s.elements++
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			s.walk(c, ctx, owner, ownerOrder)
		}
		return
	default:
		return
	}
	order := s.elements
	s.elements++
	if isSkipped(n.DataAtom) || isHidden(n) {
		s.elements += elementsBelow(n)
		return
	}
	if n.DataAtom == atom.Br {
		s.flush()
		// A tree built by hand (ParseNode) may give a <br> children,
		// which the numbering must count as bestContainer's walk does.
		s.elements += elementsBelow(n)
		return
	}
	if strength := furnitureStrength(n); strength != notFurniture {
		s.flags = append(s.flags, furnitureFlag{node: n, parent: int32(ctx.flag), strong: strength == strongFurniture, furniture: -1, strongAt: -1})
		ctx.flag = len(s.flags) - 1
	}
	href, isLink := "", false
	switch n.DataAtom {
	case atom.A:
		// <a name="…"> and <a id="…"> are anchors to jump to, not links.
		href, isLink = attrOK(n, "href")
		ctx.inLink = ctx.inLink || isLink
		if isLink {
			ctx.href = href
		}
	case atom.Td, atom.Th:
		s.separateCell()
	case atom.Img:
		s.addImage(n, ctx)
	case atom.Div, atom.Span:
		if isPictureBox(n) {
			s.addImage(n, ctx)
		}
	}
	linkFrom, closedBefore := len(s.buf), s.closed
	kind, isBlock := blockKind(n.DataAtom)
	if isBlock {
		s.flush()
		owner, ownerOrder = n, order
		ctx = ctx.enter(n, kind)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.walk(c, ctx, owner, ownerOrder)
	}
	if isLink && s.closed == closedBefore && s.open.owner != nil && len(s.buf) > linkFrom {
		// A link inside one block; one that spans blocks (a teaser card
		// wrapped in <a>) marks no words.
		s.openLinks = append(s.openLinks, inlineLink{Span{linkFrom, len(s.buf)}, href})
	}
	if isBlock {
		s.flush()
	}
}

// addImage notes the picture n: in the open block's line, or for the next
// block to open. Tracking pixels and images without an address are no
// pictures.
func (s *segmenter) addImage(n *html.Node, ctx blockContext) {
	src := imageSource(n)
	if src == "" || isTiny(n) || isDecoration(n, src) {
		return
	}
	caption, inFigure := figureCaption(n)
	if !inFigure && caption == "" && linksElsewhere(ctx.href) {
		return // a teaser's picture: it links to another page
	}
	alt := attr(n, "alt")
	if alt == "" {
		alt = attr(n, "data-alt")
	}
	img := inlineImage{src: src, alt: collapseSpace(alt), caption: caption, flag: int32(ctx.flag), inFigure: inFigure}
	if s.open.owner != nil {
		img.at = len(s.buf)
		s.openImages = append(s.openImages, img)
		return
	}
	s.pending = append(s.pending, img)
}

// Pictures. An <img> in the body is a picture of the article unless it is
// page furniture: a tracking pixel, a logo, an avatar, an icon, or any
// image inside an ad, a share bar, an author box, a related-stories rail
// and the like. Lazy-loading pages keep the real address in data-
// attributes and put a placeholder in src.

// lazySources are the attributes that lazy-loading scripts read the real
// address from, while src holds a placeholder; srcset lists come last.
var lazySources = []string{"data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src"}

// lazySourceSets are the srcset attributes, of the image or of the
// <source> elements of its <picture>, in order of trust.
var lazySourceSets = []string{"data-srcset", "data-lazy-srcset", "srcset"}

// imageSource returns the address of image n as the page wrote it.
func imageSource(n *html.Node) string {
	for _, key := range lazySources {
		if v := strings.TrimSpace(attr(n, key)); v != "" && !isPlaceholder(v) {
			return v
		}
	}
	if v := strings.TrimSpace(attr(n, "src")); v != "" && !isPlaceholder(v) {
		return v
	}
	if v := sourceSetURL(n); v != "" {
		return v
	}
	if p := n.Parent; p != nil && p.DataAtom == atom.Picture {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Source {
				if v := sourceSetURL(c); v != "" {
					return v
				}
			}
		}
	}
	return ""
}

// linksElsewhere reports a link to another page: not to a picture (a
// larger copy of the one it holds) and not to a place in this page.
func linksElsewhere(href string) bool {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:") {
		return false
	}
	return !hasPictureExtension(href)
}

// hasPictureExtension reports an address that names a picture file.
func hasPictureExtension(address string) bool {
	address = strings.ToLower(address)
	if i := strings.IndexAny(address, "?#"); i >= 0 {
		address = address[:i]
	}
	for _, ext := range pictureExtensions {
		if strings.HasSuffix(address, ext) {
			return true
		}
	}
	return false
}

// pictureExtensions are the file endings of pictures on the web.
var pictureExtensions = []string{".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"}

// isPictureBox reports an element that a script turns into a picture: a
// <div> or <span> with no children that carries the picture's address in
// a lazy-loading attribute (`<div class="js-delayed-image-load"
// data-src="….jpg" data-alt="…">`).
func isPictureBox(n *html.Node) bool {
	if n.FirstChild != nil {
		return false
	}
	for _, key := range lazySources {
		if hasPictureExtension(attr(n, key)) {
			return true
		}
	}
	return false
}

// sourceSetURL returns the widest candidate of n's srcset ("a.jpg 480w,
// b.jpg 800w" gives b.jpg), or the first when none gives a width.
func sourceSetURL(n *html.Node) string {
	for _, key := range lazySourceSets {
		best, bestWidth := "", -1
		for cand := range strings.SplitSeq(attr(n, key), ",") {
			f := strings.Fields(cand)
			if len(f) == 0 || isPlaceholder(f[0]) {
				continue
			}
			width := 0
			if len(f) > 1 {
				width, _ = strconv.Atoi(strings.TrimSuffix(f[1], "w"))
			}
			if width > bestWidth {
				best, bestWidth = f[0], width
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// placeholderWords name the stand-in files of lazy loading, and
// placeholderFiller the other words such names hold ("lazy-placeholder",
// "missing-image", "blank-1x1").
var (
	placeholderWords  = setOf("placeholder", "missing", "blank", "spacer", "lazy", "loading", "loader", "transparent", "pixel", "empty", "dummy")
	placeholderFiller = setOf("image", "img", "default", "grey", "gray", "white", "px", "x")
)

// isPlaceholder reports an address that stands in for the real picture
// until a script loads it: inline data, or a file named only with the
// words of placeholders ("blank.gif", "lazy-placeholder.png", but not
// "pixel-8-review.jpg").
func isPlaceholder(src string) bool {
	if strings.HasPrefix(src, "data:") {
		return true
	}
	name := strings.ToLower(path.Base(src))
	name = strings.TrimSuffix(name, path.Ext(name))
	placeholder := false
	for w := range strings.FieldsFuncSeq(name, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch {
		case placeholderWords[w]:
			placeholder = true
		case !placeholderFiller[w]:
			return false
		}
	}
	return placeholder
}

// decorationWords name images that decorate the page rather than show
// the story, as words of their address, class or id (singular or plural).
var decorationWords = setOf("logo", "avatar", "gravatar", "icon", "badge", "sprite", "emoji", "banner",
	"divider", "separator", "headshot", "adsystem", "doubleclick", "adserver")

// isDecoration reports an image that decorates the page: a logo, an
// avatar, an icon, a divider, an ad server's picture.
func isDecoration(n *html.Node, src string) bool {
	names := strings.ToLower(splitCamel(src + " " + attr(n, "class") + " " + attr(n, "id")))
	for w := range strings.FieldsFuncSeq(names, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if decorationWords[w] || decorationWords[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

// splitCamel puts a space before each capital that follows a small letter,
// so that "recipeMadeWithBadgeImage" reads as its words.
func splitCamel(s string) string {
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	prevLower := false
	for _, r := range s {
		if unicode.IsUpper(r) && prevLower {
			sb.WriteByte(' ')
		}
		sb.WriteRune(r)
		prevLower = unicode.IsLower(r)
	}
	return sb.String()
}

// pictureFurniture are the furniture words whose elements hold no picture
// of the article: ads and promotions, sharing and following, author boxes,
// navigation and rails. Captions, credits, headers and other words that
// name the article's own parts are not among them.
var pictureFurniture = setOf(
	"ad", "ads", "advert", "advertisement", "adslot", "sponsor", "sponsored", "promo",
	"banner", "share", "sharing", "sharebar", "social", "follow", "newsletter",
	"subscribe", "subscription", "signup", "donate", "byline", "author", "bio",
	"sidebar", "widget", "nav", "navbar", "navigation", "menu", "footer", "masthead",
	"teaser", "rail", "breadcrumb", "breadcrumbs", "pagination", "pager", "toolbar",
)

// dropFurniturePictures leaves out of each block the pictures that lie in
// furniture for pictures: under an element named with a strong furniture
// word (other than a figure, which is furniture to text only), or with a
// word of pictureFurniture, unless resolveFurniture found that element to
// wrap the article ("content-sidebar-wrap" around the text).
func dropFurniturePictures(blocks []textBlock, flags []furnitureFlag) {
	for i := range blocks {
		b := &blocks[i]
		if b.markup == nil {
			continue
		}
		kept := b.markup.images[:0]
		for _, img := range b.markup.images {
			if !inPictureFurniture(flags, int(img.flag)) {
				kept = append(kept, img)
			}
		}
		b.markup.images = kept
	}
}

// inPictureFurniture reports whether the flag chain from flag up holds an
// element that is furniture for pictures; see dropFurniturePictures.
func inPictureFurniture(flags []furnitureFlag, flag int) bool {
	for ; flag >= 0; flag = int(flags[flag].parent) {
		f := flags[flag]
		switch {
		case f.node.DataAtom == atom.Figure || f.node.DataAtom == atom.Picture || f.node.DataAtom == atom.Img || f.wrapper:
			continue
		case f.strong || hasNameWord(f.node, func(w string) bool { return pictureFurniture[w] }):
			return true
		}
	}
	return false
}

// isTiny reports an image declared at most 2 pixels wide or high: a
// tracking pixel or a spacer.
func isTiny(n *html.Node) bool {
	for _, key := range []string{"width", "height"} {
		if v := strings.TrimSpace(attr(n, key)); v != "" && len(v) <= 1 && v[0] >= '0' && v[0] <= '2' {
			return true
		}
	}
	return false
}

// maxCaptionBytes bounds a caption's text: captions are a sentence or two.
const maxCaptionBytes = 600

// maxFigureDepth bounds how far up figureCaption looks for the <figure>
// around an image (<figure><picture><img>, <figure><a><img>, and the
// wrappers of responsive-image plugins between them).
const maxFigureDepth = 5

// figureCaption returns the caption of image n, or "", and whether n is
// in a figure: the <figcaption> of the <figure> that holds it, or the
// caption-named child of an element named as a captioned picture
// ("wp-caption" with its "wp-caption-text", "img-caption", "fr-img-caption").
func figureCaption(n *html.Node) (string, bool) {
	for p, d := n.Parent, 0; p != nil && d < maxFigureDepth; p, d = p.Parent, d+1 {
		figure := p.DataAtom == atom.Figure
		if !figure && !hasNameWord(p, isCaptionWord) {
			continue
		}
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Figcaption || !figure && hasNameWord(c, isCaptionWord) && !holdsImage(c)) {
				return openingText(c, maxCaptionBytes), true
			}
		}
		if figure {
			return "", true
		}
	}
	return "", false
}

// isCaptionWord reports a class or id word that names a caption:
// "caption", "wp-caption-text" and "figcaption" split into words.
func isCaptionWord(w string) bool {
	return w == "caption" || w == "figcaption" || w == "captiontext"
}

// holdsImage reports whether n is an <img> or holds one among its
// children and theirs: the picture's own box, not its caption.
func holdsImage(n *html.Node) bool {
	if n.DataAtom == atom.Img {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Img {
			return true
		}
		for g := c.FirstChild; g != nil; g = g.NextSibling {
			if g.DataAtom == atom.Img {
				return true
			}
		}
	}
	return false
}

// enter returns the context inside block element n of the given kind: the
// most specific kind wins, so a <p> inside a <blockquote> is a quote and a
// <p> inside an <li> a list item; preformatted text stays preformatted. A
// block inside a table cell is a block of its own (tables lay out whole
// pages), and only text directly in the cells forms a table row.
func (ctx blockContext) enter(n *html.Node, kind BlockType) blockContext {
	switch {
	case ctx.kind == BlockPre:
	case kind == BlockPre || ctx.kind == BlockParagraph || ctx.kind == BlockTableRow:
		ctx.kind = kind
	}
	if kind == BlockHeading {
		ctx.level = int(n.Data[1] - '0')
	}
	if kind == BlockListItem {
		ctx.ordered = n.Parent != nil && n.Parent.DataAtom == atom.Ol
	}
	return ctx
}

func (s *segmenter) addText(text string, ctx blockContext, owner *html.Node, ownerOrder int32) {
	if s.open.owner == nil {
		if isBlank(text) {
			return
		}
		s.open = textBlock{owner: owner, ownerOrder: ownerOrder, flag: int32(ctx.flag)}
		s.open.kind, s.open.Level = kindCode(ctx.kind), int8(ctx.level)
		s.open.mark(markOrdered, ctx.ordered)
		s.openImages, s.pending = s.pending, nil
		s.openText = text
		s.buf = append(s.buf, text...)
		n, collapsed := scanText(text)
		s.openCollapsed = collapsed
		s.count(n, ctx)
		return
	}
	s.buf = append(s.buf, text...)
	s.count(nonSpaceBytes(text), ctx)
}

// count adds n non-space bytes of text to the open block.
func (s *segmenter) count(n int, ctx blockContext) {
	s.open.chars += int32(n)
	if ctx.inLink {
		s.openLinkChars += int32(n)
	}
}

// separateCell marks the start of a table cell in the open row block, so
// that "1", "Kyle Busch" and "5040" read as "1 | Kyle Busch | 5040".
func (s *segmenter) separateCell() {
	if s.open.owner == nil || s.open.Type() != BlockTableRow {
		return
	}
	if c := lastNonSpace(s.buf); c != 0 && c != '|' {
		s.buf = append(s.buf, " | "...)
	}
}

// lastNonSpace returns the last byte of b that is not ASCII white space, or
// 0. It looks only at b's tail, so filling a row cell by cell stays linear.
func lastNonSpace(b []byte) byte {
	for i := len(b) - 1; i >= 0; i-- {
		switch b[i] {
		case ' ', '\t', '\n', '\r', '\f':
		default:
			return b[i]
		}
	}
	return 0
}

// flush closes the open block, if any.
func (s *segmenter) flush() {
	if s.open.owner == nil {
		return
	}
	b := s.open
	inline := bodyBlock{Block: Block{Type: b.Type()}, links: s.openLinks, images: s.openImages}
	if b.Type() == BlockPre {
		inline.Text = strings.Trim(strings.ReplaceAll(string(s.buf), "\r\n", "\n"), "\n")
		inline.links = nil // code keeps its white space; its links are not worth the mapping
		for i := range inline.images {
			inline.images[i].at = 0
		}
	} else if len(inline.links) == 0 && len(inline.images) == 0 {
		// Most blocks: one text node already collapsed, which is the
		// text; or collapsed straight from the buffer, one string.
		inline.Text = s.openText
		if len(s.buf) != len(s.openText) || !s.openCollapsed {
			// Collapsing seldom lengthens text (only invalid bytes, which
			// become U+FFFD), and a large slice grows by a quarter at a
			// time: unsized, one block of 9 MB took 50 MB of copies.
			s.scratch = appendCollapsed(slices.Grow(s.scratch[:0], len(s.buf)), s.buf)
			if string(s.scratch) != s.openText {
				inline.Text = string(s.scratch)
			}
		}
	} else {
		inline.Text = collapseInline(string(s.buf), &inline)
	}
	if b.Type() == BlockTableRow {
		inline.Text = strings.TrimRight(inline.Text, " |")
		inline.clampInline()
	}
	b.Text = inline.Text
	if len(inline.links) > 0 || len(inline.images) > 0 || s.openLinkChars > 0 {
		b.markup = &blockMarkup{links: inline.links, images: inline.images, linkChars: s.openLinkChars}
	}
	if b.Type() != BlockListItem {
		b.mark(markOrdered, false)
	}
	if b.Text != "" {
		if b.Type() != BlockHeading {
			b.Level = 0
		}
		s.blocks = append(s.blocks, b)
	} else {
		s.pending = append(s.pending, inline.images...)
	}
	s.closed++
	s.open = textBlock{}
	s.openLinks, s.openImages, s.openText, s.openCollapsed, s.openLinkChars = nil, nil, "", false, 0
	s.buf = s.buf[:0]
}

// appendCollapsed appends src to dst as collapseSpace(string(src)) would
// return it (white space trimmed, runs of it one ASCII space, invalid
// UTF-8 as U+FFFD), without making a string of src first.
func appendCollapsed(dst, src []byte) []byte {
	start, space := len(dst), false
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if c == ' ' || '\t' <= c && c <= '\r' {
				space = len(dst) > start
				i++
				continue
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			j := i + 1
			for j < len(src) && textBytes[src[j]] == wordByte {
				j++
			}
			dst = append(dst, src[i:j]...)
			i = j
			continue
		}
		if j := twoByteRunEnd(src, i); j > i {
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, src[i:j]...)
			i = j
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if isSpace(r) {
			space = len(dst) > start
			i += size
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		if r == utf8.RuneError && size == 1 {
			dst = utf8.AppendRune(dst, r)
		} else {
			dst = append(dst, src[i:i+size]...)
		}
		i += size
	}
	return dst
}

// twoByteRunEnd returns the end of the run of valid two-byte characters
// from src[i] on that are no white space (all but U+0085 and U+00A0),
// which appendCollapsed copies as they are without decoding them: the
// letters of most scripts beyond ASCII, and most of a page of high bytes
// read as windows-1252, where decoding each took a thirtieth of the
// command's time. It returns i when there is none.
func twoByteRunEnd(src []byte, i int) int {
	for i+1 < len(src) {
		c, d := src[i], src[i+1]
		if c < 0xC2 || c >= 0xE0 || d&0xC0 != 0x80 || c == 0xC2 && (d == 0x85 || d == 0xA0) {
			break
		}
		i += 2
	}
	return i
}

// elementsBelow counts the elements under n.
func elementsBelow(n *html.Node) int32 {
	count := int32(0)
	walkElements(n, func(*html.Node) bool {
		count++
		return true
	})
	return count - 1 // n itself
}

func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '\f':
		default:
			return false
		}
	}
	return true
}

// nonSpaceBytes counts the bytes of s that are not ASCII white space: a
// cheap measure of how much text there is.
func nonSpaceBytes(s string) int {
	n := len(s)
	for i := 0; i < len(s); i++ {
		n -= int(textBytes[s[i]] & notCounted)
	}
	return n
}

// The classes of textBytes. notCounted is a bit: the white space that
// nonSpaceBytes does not count.
const (
	wordByte   = 0                 // ASCII that is no white space: copied as it is
	notCounted = 1                 // ASCII white space but the vertical tab
	spaceByte  = 1                 // the space, kept between words
	breakByte  = 1<<1 | notCounted // tab, newline, carriage return, form feed
	tabVByte   = 1 << 2            // the vertical tab: counted, but white space
	highByte   = 1 << 3            // a byte of a multi-byte character
)

// textBytes classes the bytes of text for scanText, nonSpaceBytes and
// appendCollapsed.
var textBytes = func() (t [256]uint8) {
	t[' '] = spaceByte
	for _, c := range "\t\n\r\f" {
		t[c] = breakByte
	}
	t['\v'] = tabVByte
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = highByte
	}
	return t
}()

// scanText returns nonSpaceBytes(s), and whether appendCollapsed copies
// s as it is (trimmed, single ASCII spaces, no other white space, valid
// UTF-8): most paragraphs are one text node written so. It reads eight
// bytes at a time, and byte by byte only around the bytes of white space
// other than the space and of multi-byte characters.
func scanText(s string) (nonSpace int, collapsed bool) {
	if s == "" {
		return 0, true
	}
	spaces := 0
	space := true // at the start or after a space: a space here goes
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := load8(s[i : i+8]); (x-0x2020202020202020|x)&0x8080808080808080 == 0 {
				// No control and nothing beyond ASCII: only spaces,
				// which must stand alone.
				m := spaceBytes(x)
				if m&(m<<8) != 0 || space && m&0x80 != 0 {
					return nonSpaceBytes(s), false
				}
				spaces += bits.OnesCount64(m)
				space = m>>63 != 0
				i += 8
				continue
			}
		}
		// Eight bytes one by one, to be past the one that stopped the
		// word, or the text's tail.
		for end := min(i+8, len(s)); i < end; {
			switch textBytes[s[i]] {
			case wordByte:
				space = false
				i++
			case spaceByte:
				if space {
					return nonSpaceBytes(s), false
				}
				spaces++
				space = true
				i++
			case highByte:
				r, size := utf8.DecodeRuneInString(s[i:])
				if r == utf8.RuneError && size == 1 || isSpace(r) {
					return nonSpaceBytes(s), false
				}
				space = false
				i += size
			default: // white space other than the space
				return nonSpaceBytes(s), false
			}
		}
	}
	return len(s) - spaces, !space
}

// load8 reads the eight bytes of w as one little-endian word.
func load8(w string) uint64 {
	_ = w[7]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// spaceBytes returns the word of eight bytes x with 0x80 in each byte
// that is a space and 0 in the others. A byte of x^0x20 is zero just when
// it was a space; its low seven bits plus 0x7F set its top bit when any
// is set, without carrying into the next byte.
func spaceBytes(x uint64) uint64 {
	const low7 = 0x7F7F7F7F7F7F7F7F
	y := x ^ 0x2020202020202020
	return ^((y&low7 + low7) | y | low7)
}

// isHidden reports elements a browser would not show: the hidden attribute
// or an inline display:none / visibility:hidden style.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}
