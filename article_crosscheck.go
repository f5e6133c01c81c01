package lede

import (
	"strings"

	"golang.org/x/net/html"
)

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

// crossCheck sets each block's declared mark from the declared body
// hints.declared. The standfirst, which the page's description repeats, is
// not voted against: declarations often leave it out (see
// standfirstBefore).
func crossCheck(blocks []textBlock, hints pageHints) {
	body := foldKey(markupText(hints.declared))
	if len(body) < 4*minCheckedKey || len(body)*len(blocks) > maxCrossCheckWork {
		return
	}
	keys := make([]string, len(blocks))
	covered, vouched := 0, 0
	for i := range blocks {
		k := foldKey(blocks[i].Text)
		if len(k) >= minCheckedKey && strings.Contains(body, k) {
			covered += len(k)
			vouched++
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
	// end of a block is complete. Nor does one that holds a single block:
	// publishing systems that fill articleBody from the wrong field give the
	// standfirst alone, which would speak against the whole text.
	if vouched < 2 {
		return
	}
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
	desc := foldKey(hints.description)
	for i := range blocks {
		if blocks[i].declared == 0 && len(keys[i]) >= minCheckedKey && !repeatsDescription(keys[i], desc) {
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
