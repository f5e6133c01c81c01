package lede

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// How the body is found
//
// Every block of text gets a weight: paragraph-like text (long, or a
// complete sentence, with few links) counts for its length; link lists,
// short fragments and furniture count against. The body is the element
// whose subtree has the largest total weight: the smallest element that
// takes in the article's paragraphs, because going further up only adds
// menus, rails and footers that pull the total down.
//
// Furniture is what a page puts around an article (comments, share bars,
// related stories, cookie notices…), recognised by class and id words. Its
// prose (a cookie notice is written in full sentences) counts against, so
// a long comment thread or consent dialog never wins over the article. On
// the page whose only prose is inside furniture-named elements (page
// builders name every text box a widget), the search runs again without
// that rule rather than returning nothing, and only the strong names
// (comments, dialogs, related stories) still keep text out.
//
// Inside the chosen element, furniture, link lists, teasers and ad labels
// are dropped, and so is the non-paragraph text before the first paragraph
// and after the last one (kickers, bylines, datelines, tag lists), as are
// credit lines and prompts at either edge (see clean.go).
//
// Two more signals sharpen the weights: the page's own JSON-LD articleBody
// (article_crosscheck.go) and the shape of story teasers
// (article_teasers.go).

// Block weights. A fragment (a byline, a button label, a short menu entry)
// weighs against its container at half its length, a link list at its full
// length: menus are the most common noise next to an article. Short list
// items and table rows weigh little either way: in an article they are
// bullet points and data tables, as much content as its prose.
const (
	fragmentPenalty = 0.5
	linkListPenalty = 1.0
	rowPenalty      = 0.1
	// A block is a link list when more than this share of its text is links
	// ("Read more: <a>Headline</a>" is 0.8).
	maxLinkDensity = 0.5
	// A paragraph has at most this much link text ("…said in a
	// <a>statement</a> on Monday" is about 0.1).
	maxParagraphLinkDensity = 0.35
	// Text this long (non-space bytes) is a paragraph even without final
	// punctuation; shorter text must read as a sentence.
	paragraphChars = 80
	// A sentence-like block is at least this long ("He declined to
	// comment." is 20).
	minSentenceChars = 15
	// A sentence with at least this many words is prose whatever its links.
	minLinkedSentenceWords = 8
)

// body is what extractBody finds.
type body struct {
	blocks []bodyBlock
	// picked is the body chosen among the page's blocks and not yet made
	// into blocks, when it is not nil (see findBody): blocks is then nil.
	picked *picked
	// first is the element that holds the first block: where the body
	// starts in the page.
	first *html.Node
	// lead holds the texts of the few blocks right before the body: where
	// bylines and datelines written as plain text ("by Renée Dubois —
	// Friday, 7 June 2019") are found.
	lead []string
}

// maxLead bounds body.lead: bylines sit right above the text.
const maxLead = 4

// pageHints is what the page's metadata says about its body.
type pageHints struct {
	title       string // the headline
	description string // the page's summary of the article
	declared    string // JSON-LD articleBody: a cross-check
}

// extractBody returns the article's body blocks from the page tree, or,
// when the page's visible text holds none, from its hidden copies (see
// article_fallback.go).
func extractBody(doc *html.Node, hints pageHints) body {
	b := findBody(doc, hints)
	b.build()
	return b
}

// findBody is extractBody that leaves the body it chose among the page's
// blocks unbuilt (body.picked), for Parse to build once it has let the
// tree go: the body's blocks are twice the size of the page's (112 bytes
// a block), and the tree several times, on a page of short paragraphs.
func findBody(doc *html.Node, hints pageHints) body {
	return withHiddenCopies(doc, visibleBody(doc, hints), hints)
}

// visibleBody finds the body among the page's visible text.
func visibleBody(doc *html.Node, hints pageHints) body {
	blocks, flags := segment(doc)
	if len(blocks) == 0 {
		return body{}
	}
	crossCheck(blocks, hints)
	for i := range blocks {
		blocks[i].mark(markProse, readsAsProse(&blocks[i]))
	}
	markTeasers(blocks, flags)
	resolveFurniture(blocks, flags)
	dropFurniturePictures(blocks, flags)
	container := bestContainer(doc, blocks, flags, true)
	if container == nil {
		// All the prose is in furniture: its names describe the page's
		// builder ("elementor-widget", "field--label-hidden") rather than
		// its parts. Only strong names still keep text out.
		for f := range flags {
			flags[f].furniture = flags[f].strongAt
		}
		container = bestContainer(doc, blocks, flags, false)
	}
	if container == nil {
		return body{}
	}
	return selectBlocks(blocks, flags, container, hints)
}

// readsAsProse reports whether b reads as article prose: long text with few
// links, a complete sentence, or long text besides its links (a paragraph
// whose names carry hover cards full of links). The declared body, when
// trusted, overrides. extractBody marks b with markProse when it does.
func readsAsProse(b *textBlock) bool {
	switch {
	case b.declared != 0:
		// A line of links that the declaration repeats is its related
		// stories, which some systems write into articleBody.
		return b.declared > 0 && b.linkDensity() < 0.9
	case b.Type() == BlockHeading:
		// An intro set as a heading is prose: a heading holds a phrase,
		// not sentences ("Gerade ist ihr Film angelaufen. Wir haben sie
		// getroffen.").
		return sentenceCount(b.Text) >= 2 && endsSentence(b.Text)
	case b.chars-b.linkChars() >= paragraphChars && endsSentence(b.Text):
		return true
	case strings.HasSuffix(strings.TrimRight(b.Text, "\"'”’)"), ".") && b.linkDensity() < 0.9 &&
		wordCount(b.Text) >= minLinkedSentenceWords:
		// A complete sentence is prose even when most of it is a link
		// ("The <a>Swedish investigation had been shelved in 2017</a> but
		// was re-opened…."); menus and headline lists do not end in a full
		// stop.
		return true
	case b.linkDensity() > maxParagraphLinkDensity:
		return false
	}
	return b.chars >= paragraphChars || (b.chars >= minSentenceChars && endsSentence(b.Text))
}

// isLinkList reports whether b is mostly links and not a paragraph: a menu,
// a list of headlines, "Read more: <a>…</a>". Block quotations and headings
// are never link lists: an embedded post ("…https://t.co/x — Name
// (@handle)") is quoted content however many links it carries, and a
// listicle links its subheadings (a teaser's linked headline goes with its
// teaser; see markTeasers).
func isLinkList(b *textBlock) bool {
	return b.Type() != BlockQuote && b.Type() != BlockHeading && b.linkDensity() > maxLinkDensity && !b.is(markProse)
}

// weight is b's contribution to the score of the elements that contain it.
// With honorFurniture, text in furniture counts against like a fragment;
// flags are the furniture-named elements b indexes.
func weight(b *textBlock, flags []furnitureFlag, honorFurniture bool) float64 {
	switch {
	case honorFurniture && b.furnitureIn(flags) >= 0:
		return -fragmentPenalty * float64(b.chars)
	case b.declared < 0:
		return -float64(b.chars)
	case b.is(markTeaser):
		return -fragmentPenalty * float64(b.chars)
	case b.is(markProse):
		return float64(b.chars - b.linkChars())
	case isLinkList(b):
		return -linkListPenalty * float64(b.chars)
	case b.is(markLine):
		return 0 // a line of an element's text cut by <br>: neither prose nor furniture
	case b.Type() == BlockListItem || b.Type() == BlockTableRow:
		return -rowPenalty * float64(b.chars)

	default:
		return -fragmentPenalty * float64(b.chars)
	}
}

// bestContainer returns the element with the largest total block weight, or
// nil when no element scores above zero (a page without prose). doc is the
// root that segment cut blocks from, and flags its furniture-named elements.
func bestContainer(doc *html.Node, blocks []textBlock, flags []furnitureFlag, honorFurniture bool) *html.Node {
	positive := false
	for i := range blocks {
		if weight(&blocks[i], flags, honorFurniture) > 0 {
			positive = true
			break
		}
	}
	if !positive {
		return nil // no sum of weights can score above zero
	}
	// Each element's own blocks are summed as the walk below meets the
	// element, the blocks taken by their owners' places in document order:
	// no slice of sums by element, which on a page of tiny elements is as
	// large as the page. Blocks come in that order but for the text an
	// element holds after a block inside it.
	byOwner := ownerOrdered(blocks)
	at := 0 // the next block of byOwner to add
	var best *html.Node
	bestScore := 0.0
	// One post-order pass sums each subtree: linear in the tree's size,
	// however deep it is. Descendants come first, so on a tie the smaller
	// element wins. It numbers the elements in document order as segment
	// did.
	next := int32(0)
	var total func(n *html.Node) float64
	total = func(n *html.Node) float64 {
		sum := 0.0
		for ; at < len(blocks); at++ {
			b := &blocks[byOwner.index(at)]
			if b.ownerOrder != next {
				break
			}
			sum += weight(b, flags, honorFurniture)
		}
		next++
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				sum += total(c)
			}
		}
		if sum > bestScore && n.Type == html.ElementNode {
			best, bestScore = n, sum
		}
		return sum
	}
	total(doc)
	return best
}

// blockOrder lists blocks by their index in a page's blocks; nil lists
// them all in the order they come.
type blockOrder []int32

// index returns the index of the i-th block of o.
func (o blockOrder) index(i int) int {
	if o == nil {
		return i
	}
	return int(o[i])
}

// ownerOrdered returns the blocks in the document order of their owners,
// each owner's in the order they come (so that each owner's weights add
// up in the same order whichever way the blocks are listed): nil when
// the blocks are in that order already.
func ownerOrdered(blocks []textBlock) blockOrder {
	sorted := true
	for i := 1; i < len(blocks) && sorted; i++ {
		sorted = blocks[i-1].ownerOrder <= blocks[i].ownerOrder
	}
	if sorted {
		return nil
	}
	order := make(blockOrder, len(blocks))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int {
		return cmp.Compare(blocks[a].ownerOrder, blocks[b].ownerOrder)
	})
	return order
}

// selectBlocks returns the blocks of container that belong to the article;
// flags are the furniture-named elements the blocks index.
func selectBlocks(blocks []textBlock, flags []furnitureFlag, container *html.Node, hints pageHints) body {
	title := hints.title
	in := make([]bool, len(blocks))
	for i := range blocks {
		b := &blocks[i]
		in[i] = within(b.owner, container) && !isFurnitureInside(b, flags, container)
	}
	addOpening(blocks, flags, in)
	var kept []*textBlock
	var keptAt []int // the index in blocks of each of kept
	for i := range blocks {
		b := &blocks[i]
		if !in[i] {
			continue
		}
		if !mayBeText(b) {
			continue
		}
		kept = append(kept, b)
		keptAt = append(keptAt, i)
	}
	first, last := paragraphSpan(kept)
	if first < 0 {
		return body{}
	}
	last = closingLines(blocks, flags, kept, last, container)
	last = mainColumnEnd(kept, first, last)
	for last >= first && isBoilerplate(kept[last].Text) {
		last--
	}
	for first <= last && isBoilerplate(kept[first].Text) {
		first++
	}
	if first > last {
		return body{}
	}
	// A subheading right above the first paragraph opens the text ("Where
	// the money comes from"); an <h1> there is the headline, however
	// differently the page's metadata words it.
	if h := first - 1; h >= 0 && isSubheading(kept[h], title) {
		first--
	}
	start := keptAt[first]
	opening := headedLists(blocks, flags, start, title)
	p := &picked{blocks: blocks, standfirst: standfirstBefore(blocks, flags, opening, hints), size: last + 2 - first + start - opening}
	// Whether each block is in the text, by its index in blocks.
	chosen := make([]bool, len(blocks))
	for i := opening; i < start; i++ {
		chosen[i] = true
	}
	for k, b := range kept[first : last+1] {
		chosen[keptAt[first+k]] = !(b.Type() == BlockHeading && sameText(b.Text, title))
	}
	p.end = keptAt[last] + 1
	// The pictures that open the article wait for the block after them,
	// which may be a credit line left out just above the text.
	p.from = opening
	for p.from > 0 && opening-p.from < maxLead && within(blocks[p.from-1].owner, container) {
		p.from--
	}
	p.chosen = chosen[p.from:p.end]
	// The figures that close the article wait for the block after it.
	p.closedByNext = p.end < len(blocks) && within(blocks[p.end].owner, container)
	return body{picked: p, lead: leadTexts(blocks, opening), first: blocks[opening].owner}
}

// appendWithPictures appends the chosen blocks of span to out, each with
// the pictures of the blocks left out before it: a picture stands where
// the page put it, whatever happens to the text beside it (a credit line,
// a sign-up form). Pictures after the last chosen block close the text.
// chosen[i] tells whether span[i] is chosen.
func appendWithPictures(out []bodyBlock, span []textBlock, chosen []bool) []bodyBlock {
	var carried []inlineImage
	for i := range span {
		b := &span[i]
		if !chosen[i] {
			for _, img := range b.images() {
				img.at = 0
				carried = append(carried, img)
			}
			continue
		}
		bb := b.body()
		if len(carried) > 0 {
			bb.images = append(carried, bb.images...)
			carried = nil
		}
		out = append(out, bb)
	}
	if len(carried) > 0 && len(out) > 0 {
		last := &out[len(out)-1]
		for _, img := range carried {
			img.at = len(last.Text)
			last.images = append(last.images, img)
		}
	}
	return out
}

// leadTexts returns the texts of the few blocks of the page right before
// blocks[start], the body's first block, wherever they sit in the tree:
// bylines are often in a header outside the body's element.
func leadTexts(blocks []textBlock, start int) []string {
	var lead []string
	for _, b := range blocks[max(0, start-maxLead):start] {
		lead = append(lead, b.Text)
	}
	return lead
}

// maxHeaderDepth bounds how far up inHeader looks: an article's header
// holds its headline and summary a few levels down.
const maxHeaderDepth = 6

// inHeader reports whether n sits in a header: a <header> element or one
// whose class or id has the word "header" ("article-header",
// "m-detail-header--dek").
func inHeader(n *html.Node) bool {
	for d := 0; n != nil && n.Type == html.ElementNode && d <= maxHeaderDepth; n, d = n.Parent, d+1 {
		if n.DataAtom == atom.Header || namesHeader(n) {
			return true
		}
	}
	return false
}

// namesHeader reports whether n's class or id has the word "header".
func namesHeader(n *html.Node) bool {
	return hasNameWord(n, func(w string) bool { return w == "header" })
}

// indexOf returns the index of b in blocks.
func indexOf(blocks []textBlock, b *textBlock) int {
	for i := range blocks {
		if &blocks[i] == b {
			return i
		}
	}
	return -1
}

// The standfirst. Pages set the editor's summary of the article apart from
// its text: styled as a lead ("teaser-text", "article-intro", "chapo", a
// bold first paragraph), often outside the element that holds the
// paragraphs, sometimes left out of the JSON-LD articleBody. The page's own
// description repeats it. A paragraph shortly above the body whose text is
// the description opens the text, whatever its markup says. A summary set
// in the article's header with the headline (a subtitle heading, a "dek"
// in <header>) belongs to the headline, not the text.
const (
	// maxStandfirstGap is how many blocks may stand between the standfirst
	// and the body: headline, byline, date, share bar, photo credit.
	maxStandfirstGap = 12
	// minStandfirstKey is the length in letters below which a description
	// says too little to recognise a block by ("Aktuelle Nachrichten").
	minStandfirstKey = 40
)

// standfirstBefore returns the index of the standfirst among the blocks
// shortly before blocks[start], or -1.
func standfirstBefore(blocks []textBlock, flags []furnitureFlag, start int, hints pageHints) int {
	desc := foldKey(hints.description)
	for i := start - 1; i >= max(0, start-maxStandfirstGap); i-- {
		b := &blocks[i]
		if b.strongFurnitureIn(flags) >= 0 || b.Type() == BlockHeading || sameText(b.Text, hints.title) || inHeader(b.owner) {
			continue
		}
		if repeatsDescription(foldKey(b.Text), desc) {
			return i
		}
	}
	return -1
}

// repeatsDescription reports whether a block's folded text key is the
// page's folded description desc, or begins it, or begins with it (a
// description cut short with "…", a lead that goes on after it).
func repeatsDescription(key, desc string) bool {
	return len(key) >= minStandfirstKey && len(desc) >= minStandfirstKey &&
		(strings.HasPrefix(key, desc) || strings.HasPrefix(desc, key))
}

// within reports whether n is c or inside it.
func within(n, c *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == c {
			return true
		}
	}
	return false
}

// isFurnitureInside reports whether b sits in furniture below the container
// (furniture at or above the container, chosen when nothing else had prose,
// is the container's own business).
func isFurnitureInside(b *textBlock, flags []furnitureFlag, container *html.Node) bool {
	f := b.furnitureIn(flags)
	if f < 0 {
		return false
	}
	furniture := flags[f].node
	return furniture != container && within(furniture, container)
}

// paragraphSpan returns the indexes of the first and last paragraphs of bs,
// or -1, -1. What lies outside them is kickers, bylines, datelines, share
// prompts and tag lists.
func paragraphSpan(bs []*textBlock) (first, last int) {
	first, last = -1, -1
	for i, b := range bs {
		if b.is(markProse) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// sentenceCount counts the sentence ends in s: a final mark (., !, ?, …)
// followed by a space and a capital letter, and the end of s when it ends
// like a sentence.
func sentenceCount(s string) int {
	n := 0
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
			if r, _ := utf8.DecodeRuneInString(s[i+2:]); unicode.IsUpper(r) {
				n++
			}
		}
	}
	if endsSentence(s) {
		n++
	}
	return n
}

// A text ends with its main column. Short prose set after it in another
// element of the container (a promo box, an appeal for donations, a note
// on the site's newsletter) is no part of the text. The main column is
// the element that directly holds most of the text's prose.
const (
	// maxTailShare and maxTailChars bound the trailing prose dropped: a
	// second section of the article is longer.
	maxTailShare = 0.1
	maxTailChars = 500
)

// mainColumnEnd returns the index of the last block of kept[first:last+1]
// in the main column, after which only short prose outside it follows; or
// last.
func mainColumnEnd(kept []*textBlock, first, last int) int {
	weight := make(map[*html.Node]int)
	total := 0
	var column *html.Node
	for _, b := range kept[first : last+1] {
		if !b.is(markProse) {
			continue
		}
		p := b.owner.Parent
		weight[p] += int(b.chars)
		total += int(b.chars)
		if column == nil || weight[p] > weight[column] {
			column = p
		}
	}
	end, tail := last, 0
	for end >= first && !within(kept[end].owner, column) {
		if kept[end].is(markProse) {
			tail += int(kept[end].chars)
		}
		end--
	}
	if end < first || end == last || float64(tail) > maxTailShare*float64(total) || tail > maxTailChars {
		return last
	}
	return end
}

// The opening paragraphs of a text are often set apart from the element
// that holds the rest: a lead in a box of its own, a first paragraph above
// the picture that splits the text's element, an intro beside the
// headline. Prose just above the body opens the text when no more than a
// byline's, a date's or a picture credit's worth of other text stands
// between. Prose just below it gets no such welcome: what follows a text
// is promos and appeals more often than more text.
const maxOpeningGap = 150 // non-space bytes

// addOpening marks in the blocks that open the text above the container's
// first prose block.
func addOpening(blocks []textBlock, flags []furnitureFlag, in []bool) {
	first := -1
	for i := range blocks {
		if in[i] && blocks[i].is(markProse) {
			first = i
			break
		}
	}
	gap := 0
	for j := first - 1; j >= 0 && gap <= maxOpeningGap; j-- {
		b := &blocks[j]
		if b.is(markProse) && b.furnitureIn(flags) < 0 && !b.is(markTeaser) && b.declared >= 0 && !isLinkList(b) {
			in[j], gap = true, 0
			continue
		}
		gap += int(b.chars)
	}
}

// isSubheading reports a heading below the headline.
func isSubheading(b *textBlock, title string) bool {
	return b.Type() == BlockHeading && b.Level > 1 && !sameText(b.Text, title)
}

// headedLists returns the index of the text's first block: blocks[start],
// or the subheading right above it, or the headed lists above that: the
// "Ingredients" with its list above a recipe's steps, the "Key facts" with
// its rows above an explainer. They stand apart from the text's element as
// often as not, and weigh against it.
func headedLists(blocks []textBlock, flags []furnitureFlag, start int, title string) int {
	text := blocks[start].owner
	// A heading heads the text when it stands in an element that holds
	// the text: a subtitle in a box of its own beside the headline does
	// not.
	heads := func(b *textBlock) bool {
		return isSubheading(b, title) && b.furnitureIn(flags) < 0 && b.owner.Parent != nil && within(text, b.owner.Parent)
	}
	start = listOpening(blocks, flags, start)
	if k := start - 1; k >= 0 && heads(&blocks[k]) {
		start = k
	}
	for {
		k := start - 1
		for k >= 0 && (blocks[k].Type() == BlockListItem || blocks[k].Type() == BlockTableRow) &&
			blocks[k].furnitureIn(flags) < 0 && !blocks[k].is(markTeaser) && !isLinkList(&blocks[k]) {
			k--
		}
		if k == start-1 || k < 0 || !heads(&blocks[k]) {
			return start
		}
		start = k
	}
}

// mayBeText reports whether a block inside the article's container may be
// part of its text: not a list of links, a teaser, a paragraph that a
// trusted articleBody leaves out, an ad label, a "Read more" pointer or a
// picture credit.
func mayBeText(b *textBlock) bool {
	return !isLinkList(b) && !b.is(markTeaser) && !(b.declared < 0 && b.Type() == BlockParagraph) &&
		!isAdLabel(b.Text) && !isPointer(b.Text) && !isImageCredit(b.Text)
}

// maxListOpening is how many items of a list above the item the text was
// found in may open the text: the short items that open a list (a title
// line, the first steps of a method) are few; a longer run is weighed on
// its own.
const maxListOpening = 3

// listOpening returns the index of the first item of the list that
// blocks[start] opens the text in, or start when it is not a list item:
// a list is read whole, and its short first items ("The Garden · Derek
// Jarman (1990)" above the review that is the second item, "Step 1: Preheat
// the oven") weigh less than the item the text was found in. Items that
// are not text (see mayBeText), or furniture at the text's edge, stop it.
func listOpening(blocks []textBlock, flags []furnitureFlag, start int) int {
	isItem := func(b *textBlock) bool { return b.Type() == BlockListItem && b.owner.DataAtom == atom.Li }
	item := &blocks[start]
	if !isItem(item) || item.owner.Parent == nil {
		return start
	}
	k := start
	for k > 0 && start-k < maxListOpening {
		b := &blocks[k-1]
		if !isItem(b) || b.owner.Parent != item.owner.Parent || b.furnitureIn(flags) >= 0 ||
			!mayBeText(b) || isBoilerplate(b.Text) {
			break
		}
		k--
	}
	return k
}

// maxClosingLines is how many short lines may follow the last paragraph
// and still close the text.
const maxClosingLines = 2

// closingLines returns the index of the text's last block: kept[last], the
// last paragraph, or the short lines after it that close the text, when
// they are the last text of the container but for furniture, set beside
// the last paragraph, and hold no links: a source ("Pressemitteilung Nr.
// 48/22"), a sign-off ("x Franzi"), an author's line, the last line of a
// poem. A label of what follows ("Tags", before a tag list) is no closing
// line. Credit lines and prompts among them are trimmed later as
// boilerplate.
func closingLines(blocks []textBlock, flags []furnitureFlag, kept []*textBlock, last int, container *html.Node) int {
	tail := kept[last+1:]
	if len(tail) == 0 || len(tail) > maxClosingLines && !linesOfOne(tail) {
		return last
	}
	parent := kept[last].owner.Parent
	for _, b := range tail {
		if b.Type() == BlockHeading || b.Type() == BlockListItem || b.linkChars() > 0 ||
			(b.owner != kept[last].owner && b.owner.Parent != parent) {
			return last
		}
	}
	for i := indexOf(blocks, tail[len(tail)-1]) + 1; i < len(blocks); i++ {
		if b := &blocks[i]; within(b.owner, container) && !isFurnitureInside(b, flags, container) {
			return last
		}
	}
	return len(kept) - 1
}

// linesOfOne reports whether blocks are the lines of one element, after
// the line that announces them ("The full list:"): a list written with
// <br>, which closes a text as a single line does.
func linesOfOne(blocks []*textBlock) bool {
	if len(blocks) > 1 && strings.HasSuffix(blocks[0].Text, ":") && !blocks[0].is(markLine) {
		blocks = blocks[1:]
	}
	for _, b := range blocks {
		if !b.is(markLine) || b.owner != blocks[0].owner {
			return false
		}
	}
	return true
}

// endsSentence reports whether s ends like a sentence, allowing closing
// quotes and brackets after the final mark.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’“‘»«›‹)]*")
	if s == "" {
		return false
	}
	switch {
	case strings.HasSuffix(s, "."), strings.HasSuffix(s, "!"), strings.HasSuffix(s, "?"),
		strings.HasSuffix(s, "…"), strings.HasSuffix(s, "。"), strings.HasSuffix(s, "！"),
		strings.HasSuffix(s, "？"), strings.HasSuffix(s, ":"):
		return true
	}
	return false
}
