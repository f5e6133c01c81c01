package lede

import (
	"slices"
	"strings"

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
// the rare page whose only prose is inside furniture-named elements, the
// search runs again without that rule rather than returning nothing.
//
// Inside the chosen element, furniture and link lists are dropped, and so is
// the non-paragraph text before the first paragraph and after the last one
// (kickers, bylines, datelines, tag lists).

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
	blocks []Block
	// lead holds the texts of the non-paragraph blocks dropped before the
	// first paragraph: where bylines and datelines written as plain text
	// ("by Renée Dubois — Friday, 7 June 2019") are found.
	lead []string
}

// maxLead bounds body.lead: bylines sit right above the text.
const maxLead = 4

// extractBody returns the article's body blocks from the page tree.
// declaredBody is the page's JSON-LD articleBody, if any: a cross-check.
func extractBody(doc *html.Node, title, declaredBody string) body {
	blocks, flags := segment(doc)
	if len(blocks) == 0 {
		return body{}
	}
	crossCheck(blocks, declaredBody)
	markTeasers(blocks)
	resolveFurniture(blocks, flags)
	container := bestContainer(doc, blocks, true)
	if container == nil {
		container = bestContainer(doc, blocks, false)
	}
	if container == nil {
		return body{}
	}
	return selectBlocks(blocks, container, title)
}

// isParagraph reports whether b reads as article prose: long text with few
// links, a complete sentence, or long text besides its links (a paragraph
// whose names carry hover cards full of links).
func isParagraph(b *textBlock) bool {
	switch {
	case b.declared != 0:
		return b.declared > 0
	case b.Kind == Heading:
		return false
	case b.chars-b.linkChars >= paragraphChars && endsSentence(b.Text):
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
	return b.Kind != Quote && b.Kind != Heading && b.linkDensity() > maxLinkDensity && !isParagraph(b)
}

// weight is b's contribution to the score of the elements that contain it.
// With honorFurniture, text in furniture counts against like a fragment.
func weight(b *textBlock, honorFurniture bool) float64 {
	switch {
	case honorFurniture && b.furniture != nil:
		return -fragmentPenalty * float64(b.chars)
	case b.declared < 0:
		return -float64(b.chars)
	case b.teaser:
		return -fragmentPenalty * float64(b.chars)
	case isParagraph(b):
		return float64(b.chars - b.linkChars)
	case isLinkList(b):
		return -linkListPenalty * float64(b.chars)
	case b.Kind == ListItem || b.Kind == TableRow:
		return -rowPenalty * float64(b.chars)
	default:
		return -fragmentPenalty * float64(b.chars)
	}
}

// bestContainer returns the element with the largest total block weight, or
// nil when no element scores above zero (a page without prose).
func bestContainer(doc *html.Node, blocks []textBlock, honorFurniture bool) *html.Node {
	own := make(map[*html.Node]float64, len(blocks)) // weight of each owner's own blocks
	for i := range blocks {
		own[blocks[i].owner] += weight(&blocks[i], honorFurniture)
	}
	var best *html.Node
	bestScore := 0.0
	// One post-order pass sums each subtree: linear in the tree's size,
	// however deep it is. Descendants come first, so on a tie the smaller
	// element wins.
	var total func(n *html.Node) float64
	total = func(n *html.Node) float64 {
		sum := own[n]
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

// selectBlocks returns the blocks of container that belong to the article.
func selectBlocks(blocks []textBlock, container *html.Node, title string) body {
	var kept []*textBlock
	for i := range blocks {
		b := &blocks[i]
		if !within(b.owner, container) || isFurnitureInside(b, container) {
			continue
		}
		if isLinkList(b) || b.teaser || (b.declared < 0 && b.Kind == Paragraph) || isAdLabel(b.Text) {
			continue
		}
		kept = append(kept, b)
	}
	first, last := paragraphSpan(kept)
	if first < 0 {
		return body{}
	}
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
	if h := first - 1; h >= 0 && kept[h].Kind == Heading && kept[h].Level > 1 && !sameText(kept[h].Text, title) {
		first--
	}
	out := body{lead: leadTexts(blocks, kept[first])}
	out.blocks = make([]Block, 0, last+1-first)
	for _, b := range kept[first : last+1] {
		if b.Kind == Heading && sameText(b.Text, title) {
			continue
		}
		out.blocks = append(out.blocks, b.Block)
	}
	return out
}

// leadTexts returns the texts of the few blocks of the page right before
// opening, the body's first block, wherever they sit in the tree: bylines
// are often in a header outside the body's element.
func leadTexts(blocks []textBlock, opening *textBlock) []string {
	var lead []string
	for i := range blocks {
		if &blocks[i] == opening {
			for _, b := range blocks[max(0, i-maxLead):i] {
				lead = append(lead, b.Text)
			}
			break
		}
	}
	return lead
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
func isFurnitureInside(b *textBlock, container *html.Node) bool {
	return b.furniture != nil && b.furniture != container && within(b.furniture, container)
}

// paragraphSpan returns the indexes of the first and last paragraphs of bs,
// or -1, -1. What lies outside them is kickers, bylines, datelines, share
// prompts and tag lists.
func paragraphSpan(bs []*textBlock) (first, last int) {
	first, last = -1, -1
	for i, b := range bs {
		if isParagraph(b) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// endsSentence reports whether s ends like a sentence, allowing closing
// quotes and brackets after the final mark.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)]*")
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

// Furniture vocabulary. Words name furniture in two strengths. Strong words
// name regions whose text is never the article, however much prose they
// hold: comment threads, consent dialogs, newsletter boxes, share bars,
// related-story rails, ads. Layout words name page regions that are usually
// furniture but also turn up in the names of wrappers around the article
// ("l-sidebar-fixed", "content-sidebar-wrap", "header-and-body"): a
// layout-named element that holds most of the page's prose is taken for
// such a wrapper.
type furnitureKind int

const (
	notFurniture furnitureKind = iota
	layoutFurniture
	strongFurniture
)

// furnitureWords are matched against the words of each class name and id
// (split at '-', '_', ':' and '.'), lower-cased.
var furnitureWords = map[string]furnitureKind{
	// comments
	"comment": strongFurniture, "comments": strongFurniture, "disqus": strongFurniture,
	"respond": strongFurniture,
	// sharing and social
	"share": strongFurniture, "sharing": strongFurniture, "sharebar": strongFurniture,
	"social": strongFurniture, "follow": strongFurniture,
	// recirculation
	"related": strongFurniture, "recommended": strongFurniture, "recommendations": strongFurniture,
	"recirc": strongFurniture, "outbrain": strongFurniture, "taboola": strongFurniture,
	"trending": strongFurniture, "popular": strongFurniture, "mostread": strongFurniture,
	"teaser": strongFurniture,
	// marketing
	"newsletter": strongFurniture, "subscribe": strongFurniture, "subscription": strongFurniture,
	"signup": strongFurniture, "promo": strongFurniture, "advert": strongFurniture,
	"advertisement": strongFurniture, "ad": strongFurniture, "ads": strongFurniture,
	"adslot": strongFurniture, "sponsor": strongFurniture, "sponsored": strongFurniture,
	"donate": strongFurniture,
	// notices
	"cookie": strongFurniture, "cookies": strongFurniture, "consent": strongFurniture,
	"gdpr": strongFurniture, "popup": strongFurniture, "modal": strongFurniture,
	// article furniture
	"byline": strongFurniture, "caption": strongFurniture, "credit": strongFurniture,
	"pullquote": strongFurniture, "copyright": strongFurniture,
	// standfirsts: the editor's summary above the text, which repeats it
	"standfirst": strongFurniture, "dek": strongFurniture, "abstract": strongFurniture,
	"keypoints": strongFurniture, "paywall": strongFurniture, "regwall": strongFurniture,
	"credits": strongFurniture, "tags": strongFurniture, "timestamp": strongFurniture,
	// page layout
	"sidebar": layoutFurniture, "widget": layoutFurniture, "nav": layoutFurniture,
	"navbar": layoutFurniture, "navigation": layoutFurniture, "menu": layoutFurniture,
	"breadcrumb": layoutFurniture, "breadcrumbs": layoutFurniture, "footer": layoutFurniture,
	"header": layoutFurniture, "masthead": layoutFurniture, "toolbar": layoutFurniture,
	"pagination": layoutFurniture, "pager": layoutFurniture, "rail": layoutFurniture,
	"banner": layoutFurniture, "overlay": layoutFurniture, "meta": layoutFurniture,
	"author": layoutFurniture, "bio": layoutFurniture, "date": layoutFurniture,
	"hidden": layoutFurniture,
}

// furnitureClasses are whole class names of furniture whose words alone say
// nothing ("sr-only": text for screen readers, such as "Advertisement").
var furnitureClasses = map[string]bool{
	"sr-only": true, "screen-reader-text": true, "visually-hidden": true,
	"visuallyhidden": true, "element-invisible": true, "pull-quote": true,
}

// furnitureStrength reports whether n's class, id or ARIA role, or those of
// the heading that opens it, name site furniture, and how surely. The
// document's outer elements and <main> are never furniture, nor is an
// <article> by its own class: sites put layout classes on them.
func furnitureStrength(n *html.Node) furnitureKind {
	kind := notFurniture
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main:
		return notFurniture
	case atom.Figure:
		return strongFurniture
	case atom.Article:
	default:
		kind = ownFurniture(n)
	}
	// A section is what its heading says it is: <div><h3
	// class="relatedpoststitle">You may also like</h3>…</div> is a related
	// stories rail, whatever the <div> is called.
	if h := firstHeadingChild(n); h != nil {
		kind = max(kind, ownFurniture(h))
	}
	return kind
}

// ownFurniture judges n by its own class, id and role.
func ownFurniture(n *html.Node) furnitureKind {
	kind := notFurniture
	for _, a := range n.Attr {
		switch {
		case (a.Key == "class" || a.Key == "id") && a.Val != "":
			kind = max(kind, namesFurniture(a.Val))
		case a.Key == "role" && (a.Val == "navigation" || a.Val == "complementary" || a.Val == "contentinfo"):
			kind = max(kind, layoutFurniture)
		}
	}
	return kind
}

// firstHeadingChild returns n's first element child if it is a heading.
func firstHeadingChild(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if blockTags[c.DataAtom] == Heading {
			return c
		}
		return nil
	}
	return nil
}

func namesFurniture(v string) furnitureKind {
	kind := notFurniture
	v = strings.ToLower(v)
	for name := range strings.FieldsSeq(v) {
		if furnitureClasses[name] {
			return strongFurniture
		}
		if isStateClass(name) {
			continue
		}
		nameKind := notFurniture
		for w := range strings.FieldsFuncSeq(name, isWordSeparator) {
			if neutralWords[w] {
				nameKind = notFurniture
				break
			}
			nameKind = max(nameKind, furnitureWords[w], compoundFurniture(w))
		}
		kind = max(kind, nameKind)
	}
	return kind
}

// minCompoundWord is the shortest furniture word looked for inside longer
// words ("relatedposts", "socialshare"); shorter ones ("ad", "nav") would
// match everywhere ("header", "canvas").
const minCompoundWord = 6

// compoundWords are the furniture words looked for inside longer words.
var compoundWords = longFurnitureWords()

func longFurnitureWords() []string {
	var ws []string
	for w := range furnitureWords {
		if len(w) >= minCompoundWord {
			ws = append(ws, w)
		}
	}
	slices.Sort(ws)
	return ws
}

// compoundFurniture returns the strongest furniture word of at least
// minCompoundWord letters inside w.
func compoundFurniture(w string) furnitureKind {
	kind := notFurniture
	if len(w) <= minCompoundWord {
		return kind
	}
	for _, fw := range compoundWords {
		if strings.Contains(w, fw) {
			kind = max(kind, furnitureWords[fw])
		}
	}
	return kind
}

func isWordSeparator(r rune) bool { return r == '-' || r == '_' || r == ':' || r == '.' }

// stateClassPrefixes mark class names that describe a state or a feature of
// the element rather than what it is: "has-sidebar" and "with-comments" are
// put on article containers.
var stateClassPrefixes = []string{"has-", "has_", "with-", "no-", "is-", "show-", "hide-", "enable-", "js-"}

// neutralWords inside a class name cancel its furniture words: states
// ("content-with-sidebar") and embedded posts ("social-media-embed" holds a
// quoted tweet, which is article content).
var neutralWords = map[string]bool{
	"with": true, "has": true, "no": true, "without": true, "embed": true, "embedded": true,
}

func isStateClass(name string) bool {
	for _, p := range stateClassPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// wrapperShare is the share of the page's prose above which a layout-named
// element is a wrapper around the article, not furniture. A sidebar or
// footer holding half the page's paragraphs is no sidebar.
const wrapperShare = 0.5

// resolveFurniture sets each block's furniture: the nearest enclosing
// furniture-named element that is not a wrapper around the article.
func resolveFurniture(blocks []textBlock, flags []furnitureFlag) {
	if len(flags) == 0 {
		return
	}
	// Flags come in document order, so a flag's parent has a lower index:
	// sums run from the last flag up, and resolution from the first down.
	prose := make([]float64, len(flags))
	total := 0.0
	for i := range blocks {
		if b := &blocks[i]; b.flag >= 0 && isParagraph(b) {
			prose[b.flag] += float64(b.chars)
		}
		if isParagraph(&blocks[i]) {
			total += float64(blocks[i].chars)
		}
	}
	for f := len(flags) - 1; f >= 0; f-- {
		if p := flags[f].parent; p >= 0 {
			prose[p] += prose[f]
		}
	}
	furniture := make([]*html.Node, len(flags)) // nearest furniture at or above each flag
	for f := range flags {
		switch {
		case flags[f].strong || prose[f] <= wrapperShare*total:
			furniture[f] = flags[f].node
		case flags[f].parent >= 0:
			furniture[f] = furniture[flags[f].parent]
		}
	}
	for i := range blocks {
		if f := blocks[i].flag; f >= 0 {
			blocks[i].furniture = furniture[f]
		}
	}
}

// Cross-checking with the declared body. Many news pages repeat their text
// as JSON-LD articleBody. It is not used as the text itself (it is often
// truncated, stripped of paragraph breaks or stale), but when the page's
// blocks cover most of it, it says which blocks are the article: those whose
// text occurs in it, even short ones, and not the teasers, ad labels and
// promotions around them, however sentence-like.
const (
	// minDeclaredCover is the share of the declared body that the page's
	// blocks must cover for the declaration to be trusted.
	minDeclaredCover = 0.6
	// minCheckedKey is the shortest block (in letters and digits) that the
	// cross-check judges; shorter text ("Photos", "1.") occurs anywhere.
	minCheckedKey = 12
	// maxCrossCheckWork bounds the substring searches (blocks × body bytes)
	// so that a huge page with a huge declaration stays linear; real pages
	// need a few million (500 blocks, 10 kB of body).
	maxCrossCheckWork = 1 << 28
)

// crossCheck sets each block's declared mark from the declared body.
func crossCheck(blocks []textBlock, declaredBody string) {
	body := foldKey(markupText(declaredBody))
	if len(body) < 4*minCheckedKey || len(body)*len(blocks) > maxCrossCheckWork {
		return
	}
	keys := make([]string, len(blocks))
	covered := 0
	for i := range blocks {
		k := foldKey(blocks[i].Text)
		if len(k) >= minCheckedKey && strings.Contains(body, k) {
			covered += len(k)
			blocks[i].declared = 1
		}
		keys[i] = k
	}
	if float64(covered) < minDeclaredCover*float64(len(body)) {
		for i := range blocks {
			blocks[i].declared = 0
		}
		return
	}
	// A truncated declaration ("…and sources of&hellip;") vouches for what
	// it holds but not against the rest: only a declaration whose end is the
	// end of a block is complete.
	tail := body[len(body)-minCheckedKey:]
	complete := false
	for _, k := range keys {
		if strings.HasSuffix(k, tail) {
			complete = true
			break
		}
	}
	if !complete {
		return
	}
	for i := range blocks {
		if blocks[i].declared == 0 && len(keys[i]) >= minCheckedKey {
			blocks[i].declared = -1
		}
	}
}

// markupText returns the text of s, which some pages fill with HTML
// ("<body><p>Police released…") or entity-escaped text.
func markupText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return s
	}
	return nodeText(doc)
}

// adLabels are the whole texts of the labels that mark an ad slot inside an
// article ("Advertisement" between two paragraphs), lower-cased.
var adLabels = map[string]bool{
	"ad": true, "ads": true, "advert": true, "advertisement": true,
	"advertising": true, "sponsored": true, "sponsored content": true,
	"story continues below advertisement": true, "article continues below advertisement": true,
	"continue reading below": true, "scroll to continue with content": true,
	"werbung": true, "anzeige": true, "publicidad": true, "publicité": true, "pubblicità": true,
}

func isAdLabel(s string) bool {
	return len(s) <= 40 && adLabels[strings.ToLower(strings.Trim(s, " -–—:|"))]
}

// Teasers. Rails of other stories ("More in Minnesota Wild") repeat one
// unit: a linked headline, perhaps a kicker or a date, and a summary that
// reads like a paragraph. The summary is recognised by the linked headline
// shortly before it inside the same small element, with no more prose in
// that element after it.
const (
	// maxTeaserGap is how many blocks (kicker, date, source) may stand
	// between a teaser's headline and its summary.
	maxTeaserGap = 2
	// maxTeaserDepth is how far above the summary the element holding the
	// whole unit may be: <li><article><h5><a>…</a></h5><div>summary</div>.
	maxTeaserDepth = 3
	// minHeadlineWords keeps "Photos" and "Video" links from counting.
	minHeadlineWords = 3
)

// markTeasers sets teaser on the blocks of teaser units: the summary, and
// the headline and whatever stands between them.
func markTeasers(blocks []textBlock) {
	for i := range blocks {
		b := &blocks[i]
		if b.declared > 0 || !isParagraph(b) || b.Kind == Quote {
			continue
		}
		for j := i - 1; j >= max(0, i-1-maxTeaserGap); j-- {
			if isParagraph(&blocks[j]) {
				break
			}
			if !isHeadlineLink(&blocks[j]) {
				continue
			}
			unit := commonAncestor(blocks[j].owner, b.owner, maxTeaserDepth)
			if unit != nil && isTeaserUnit(blocks, unit, j, i) {
				for k := j; k <= i; k++ {
					blocks[k].teaser = true
				}
			}
			break
		}
	}
}

// isTeaserUnit reports whether unit holds one teaser: the headline
// blocks[head], the summary blocks[summary], and between or before them only
// a few short blocks (kicker, date), so that unit is not a whole article
// whose subheadings happen to be links.
func isTeaserUnit(blocks []textBlock, unit *html.Node, head, summary int) bool {
	if summary+1 < len(blocks) && within(blocks[summary+1].owner, unit) {
		return false
	}
	for k := head - 1; k >= 0 && within(blocks[k].owner, unit); k-- {
		if isParagraph(&blocks[k]) || summary-k > maxTeaserGap+1 {
			return false
		}
	}
	return true
}

// isHeadlineLink reports a block that is a link to another story: all link,
// a few words, not a sentence.
func isHeadlineLink(b *textBlock) bool {
	return b.linkDensity() >= 0.9 && wordCount(b.Text) >= minHeadlineWords && !endsSentence(b.Text)
}

// commonAncestor returns the nearest element holding both a and b that is at
// most depth levels above b, or nil.
func commonAncestor(a, b *html.Node, depth int) *html.Node {
	for n := b; n != nil && depth >= 0; n, depth = n.Parent, depth-1 {
		if within(a, n) {
			return n
		}
	}
	return nil
}
