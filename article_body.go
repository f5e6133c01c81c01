package lede

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// How the body is found
//
// Every block of text gets a weight: paragraph-like text (long, or a
// complete sentence, with few links) counts for its length; link lists and
// short fragments count against. The body is the element whose subtree has
// the largest total weight: the smallest element that takes in the
// article's paragraphs, because going further up only adds menus, rails and
// footers that pull the total down.
//
// Furniture (comments, share bars, related stories…), recognised by class
// and id words, is treated specially: its text weighs for the furniture
// element itself but against every element enclosing it. A comment thread
// thus never drags its parent up, while a page whose only article container
// is oddly named ("post has-sidebar") still has its body found.
//
// Inside the chosen element, furniture and link lists are dropped, and so is
// the non-paragraph text before the first paragraph and after the last one
// (kickers, bylines, datelines, tag lists).

// Block weights. A fragment (a byline, a button label, a short menu entry)
// weighs against its container at half its length, a link list at its full
// length: menus are the most common noise next to an article.
const (
	fragmentPenalty = 0.5
	linkListPenalty = 1.0
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
)

// extractBody returns the article's body blocks from the page tree.
func extractBody(doc *html.Node, title string) []Block {
	blocks := segment(doc)
	if len(blocks) == 0 {
		return nil
	}
	container := bestContainer(blocks)
	if container == nil {
		return nil
	}
	return selectBlocks(blocks, container, title)
}

// isParagraph reports whether b reads as article prose.
func isParagraph(b *textBlock) bool {
	if b.linkDensity() > maxParagraphLinkDensity || b.Kind == Heading {
		return false
	}
	return b.chars >= paragraphChars || (b.chars >= minSentenceChars && endsSentence(b.Text))
}

// weight is b's contribution to the score of the elements that contain it.
func weight(b *textBlock) float64 {
	switch {
	case isParagraph(b):
		return float64(b.chars) * (1 - b.linkDensity())
	case b.linkDensity() > maxLinkDensity:
		return -linkListPenalty * float64(b.chars)
	default:
		return -fragmentPenalty * float64(b.chars)
	}
}

// bestContainer returns the element with the largest total block weight,
// counting furniture against the elements enclosing it, or nil when no
// element scores above zero (a page without prose).
func bestContainer(blocks []textBlock) *html.Node {
	score := make(map[*html.Node]float64, len(blocks))
	var order []*html.Node // first-seen order, for a deterministic choice
	for i := range blocks {
		b := &blocks[i]
		w := weight(b)
		against := false // above its furniture, a block weighs against
		for n := b.owner; n != nil && n.Type == html.ElementNode; n = n.Parent {
			if _, seen := score[n]; !seen {
				order = append(order, n)
			}
			if against && w > 0 {
				score[n] -= w
			} else {
				score[n] += w
			}
			if n == b.furniture {
				against = true
			}
		}
	}
	var best *html.Node
	bestScore := 0.0
	for _, n := range order {
		if s := score[n]; s > bestScore {
			best, bestScore = n, s
		}
	}
	return best
}

// selectBlocks returns the blocks of container that belong to the article.
func selectBlocks(blocks []textBlock, container *html.Node, title string) []Block {
	var kept []*textBlock
	for i := range blocks {
		b := &blocks[i]
		if !within(b.owner, container) || isFurnitureInside(b, container) {
			continue
		}
		if b.linkDensity() > maxLinkDensity {
			continue
		}
		kept = append(kept, b)
	}
	kept = trimEdges(kept)
	out := make([]Block, 0, len(kept))
	for _, b := range kept {
		if b.Kind == Heading && sameText(b.Text, title) {
			continue
		}
		out = append(out, b.Block)
	}
	return out
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
// (furniture at or above the container is the container's own business).
func isFurnitureInside(b *textBlock, container *html.Node) bool {
	return b.furniture != nil && b.furniture != container && within(b.furniture, container)
}

// trimEdges drops the blocks before the first paragraph and after the last:
// kickers, bylines, datelines, share prompts and tag lists.
func trimEdges(bs []*textBlock) []*textBlock {
	first, last := -1, -1
	for i, b := range bs {
		if isParagraph(b) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil
	}
	return bs[first : last+1]
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

// furnitureWords are class and id words that name site furniture: what a
// page puts around an article. Matched against the words of each class name
// and id (split at '-', '_' and spaces), lower-cased.
var furnitureWords = map[string]bool{
	// comments
	"comment": true, "comments": true, "disqus": true, "respond": true,
	// sharing and social
	"share": true, "sharing": true, "sharebar": true, "social": true, "follow": true,
	// recirculation
	"related": true, "recommended": true, "recommendations": true, "recirc": true,
	"outbrain": true, "taboola": true, "trending": true, "popular": true,
	"mostread": true, "more-stories": true, "rail": true, "teaser": true,
	// marketing
	"newsletter": true, "subscribe": true, "subscription": true, "signup": true,
	"promo": true, "advert": true, "advertisement": true, "ad": true, "ads": true,
	"adslot": true, "sponsor": true, "sponsored": true, "donate": true,
	// layout
	"sidebar": true, "widget": true, "nav": true, "navbar": true, "navigation": true,
	"menu": true, "breadcrumb": true, "breadcrumbs": true, "footer": true,
	"header": true, "masthead": true, "toolbar": true, "pagination": true, "pager": true,
	// notices
	"cookie": true, "cookies": true, "consent": true, "gdpr": true, "banner": true,
	"popup": true, "modal": true, "overlay": true,
	// article furniture
	"byline": true, "dateline": false, "caption": true, "credit": true, "credits": true,
	"tags": true, "meta": true, "author": true, "bio": true, "timestamp": true,
	"date": true, "hidden": true,
}

// furnitureClasses are whole class names of furniture whose words alone say
// nothing ("sr-only": text for screen readers, such as "Advertisement").
var furnitureClasses = map[string]bool{
	"sr-only": true, "screen-reader-text": true, "visually-hidden": true,
	"visuallyhidden": true, "element-invisible": true,
}

// isFurniture reports whether n's class or id names site furniture. The
// document's outer elements and <article>/<main> are never furniture: sites
// put layout classes ("has-sidebar") on them.
func isFurniture(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Article, atom.Main:
		return false
	}
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && a.Val != "" && namesFurniture(a.Val) {
			return true
		}
		if a.Key == "role" && (a.Val == "navigation" || a.Val == "complementary" || a.Val == "contentinfo") {
			return true
		}
	}
	return false
}

func namesFurniture(v string) bool {
	v = strings.ToLower(v)
	for name := range strings.FieldsSeq(v) {
		if furnitureClasses[name] {
			return true
		}
		for w := range strings.FieldsFuncSeq(name, isWordSeparator) {
			if furnitureWords[w] {
				return true
			}
		}
	}
	return false
}

func isWordSeparator(r rune) bool { return r == '-' || r == '_' || r == ':' || r == '.' }
