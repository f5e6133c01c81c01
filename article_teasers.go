package lede

import (
	"strings"

	"golang.org/x/net/html"
)

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
	// maxTeaserTail is how many link-only or furniture blocks may follow
	// the summary in its unit: "READ THE REST", "Czytaj więcej", a date.
	maxTeaserTail = 2
)

// markTeasers marks with markTeaser the blocks of teaser units: the summary, and
// the headline and whatever stands between them; flags are the
// furniture-named elements the blocks index.
func markTeasers(blocks []textBlock, flags []furnitureFlag) {
	for i := range blocks {
		b := &blocks[i]
		if b.declared > 0 || !b.is(markProse) || b.Type() == BlockQuote {
			continue
		}
		for j := i - 1; j >= max(0, i-1-maxTeaserGap); j-- {
			if blocks[j].is(markProse) {
				break
			}
			if !isHeadlineLink(&blocks[j]) {
				continue
			}
			unit := commonAncestor(blocks[j].owner, b.owner, maxTeaserDepth)
			if unit != nil && isTeaserUnit(blocks, flags, unit, j, i) {
				for k := j; k <= i; k++ {
					blocks[k].mark(markTeaser, true)
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
func isTeaserUnit(blocks []textBlock, flags []furnitureFlag, unit *html.Node, head, summary int) bool {
	// After the summary, the unit may hold its "Read more" link or a meta
	// line in furniture, but no more text.
	for k := summary + 1; k < len(blocks) && within(blocks[k].owner, unit); k++ {
		if k-summary > maxTeaserTail || (blocks[k].linkDensity() < 0.9 && blocks[k].furnitureIn(flags) < 0) {
			return false
		}
	}
	for k := head - 1; k >= 0 && within(blocks[k].owner, unit); k-- {
		if blocks[k].is(markProse) || summary-k > maxTeaserGap+1 {
			return false
		}
	}
	return true
}

// isHeadlineLink reports a block that is a link to another story: all link,
// a few words, not a sentence; headlines may ask or exclaim ("Is this the
// end of cash?").
func isHeadlineLink(b *textBlock) bool {
	t := strings.TrimRight(b.Text, " \"'”’“‘»«)]")
	asks := strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!")
	return b.linkDensity() >= 0.9 && wordCount(b.Text) >= minHeadlineWords && (asks || !endsSentence(b.Text))
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
