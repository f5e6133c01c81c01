package lede

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

// attrOK returns the value of n's attribute key and whether n has it.
func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val, true
		}
	}
	return "", false
}

// hasToken reports whether the space-separated list s holds tok, ignoring
// case ("rel", "itemprop" and "class" values).
func hasToken(s, tok string) bool {
	for f := range strings.FieldsSeq(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// nodeText returns the text under n with white space collapsed, skipping
// scripts, styles and other non-text elements below n.
func nodeText(n *html.Node) string {
	var sb strings.Builder
	appendText(&sb, n)
	return collapseSpace(sb.String())
}

func appendText(sb *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		sb.WriteString(n.Data)
		return
	}
	// Non-text children are skipped; n itself may be one (nodeText on a
	// JSON-LD <script> reads its text).
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isNonText(c) {
			continue
		}
		if c.Type == html.ElementNode && isBreak(c) {
			sb.WriteByte(' ')
		}
		appendText(sb, c)
	}
}

// isNonText reports elements whose content is never readable text.
func isNonText(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Select, atom.Textarea:
		return true
	}
	return false
}

// isBreak reports elements that separate words even without white space
// around them (<br>, and block elements like <p> and <div>).
func isBreak(n *html.Node) bool {
	_, ok := blockKind(n.DataAtom)
	return ok || n.DataAtom == atom.Br || n.DataAtom == atom.Td || n.DataAtom == atom.Th
}

// boundedText returns the text under n as nodeText does when it is at most
// limit bytes long, and false for longer text, which it stops reading: a
// short label ("Posted 12 May 2020") is wanted, not the whole element it
// may turn out to wrap.
func boundedText(n *html.Node, limit int) (string, bool) {
	var b boundedBuffer
	if !b.appendText(n, limit) {
		return "", false
	}
	return collapseSpace(b.sb.String()), true
}

// boundedBuffer gathers an element's text while keeping count of the white
// space at its ends, so that its trimmed length is known at every step
// without rescanning it: an element of many blank text nodes would
// otherwise cost time quadratic in their number.
type boundedBuffer struct {
	sb          strings.Builder
	lead, trail int // bytes of white space at the start and at the end of sb
}

func (b *boundedBuffer) write(s string) {
	blank := b.lead == b.sb.Len()
	b.sb.WriteString(s)
	rest := strings.TrimRightFunc(s, unicode.IsSpace)
	if rest == "" {
		b.trail += len(s)
		if blank {
			b.lead += len(s)
		}
		return
	}
	b.trail = len(s) - len(rest)
	if blank {
		b.lead += len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
	}
}

// trimmedLen is the length of the text gathered without the white space at
// its ends.
func (b *boundedBuffer) trimmedLen() int {
	if b.lead == b.sb.Len() {
		return 0
	}
	return b.sb.Len() - b.lead - b.trail
}

// appendText writes the text under n, and reports false, having stopped,
// once that is more than limit bytes long without the white space at its
// ends.
func (b *boundedBuffer) appendText(n *html.Node, limit int) bool {
	if n.Type == html.TextNode {
		b.write(n.Data)
		return b.trimmedLen() <= limit
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isNonText(c) {
			continue
		}
		if c.Type == html.ElementNode && isBreak(c) {
			b.write(" ")
		}
		if !b.appendText(c, limit) {
			return false
		}
	}
	return true
}

// walkElements calls visit on the elements under root in document order
// until visit returns false. It follows the tree's own links instead of
// keeping a stack, so no nesting depth can exhaust the goroutine's stack
// and no element with a million children makes it allocate. visit must
// not change the tree.
func walkElements(root *html.Node, visit func(*html.Node) bool) {
	for n := root; n != nil; n = nextInOrder(n, root) {
		if n.Type == html.ElementNode && !visit(n) {
			return
		}
	}
}

// nextInOrder returns the node after n under root in document order, or
// nil after the last.
func nextInOrder(n, root *html.Node) *html.Node {
	if n.FirstChild != nil {
		return n.FirstChild
	}
	return nextAfter(n, root)
}

// nextAfter returns the node after n and all its descendants under root
// in document order, or nil after the last.
func nextAfter(n, root *html.Node) *html.Node {
	for ; n != root; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}

// openingText returns the first words of the text under n, at most about
// limit bytes, without cutting a word.
func openingText(n *html.Node, limit int) string {
	var b boundedBuffer
	b.appendText(n, limit)
	t := collapseSpace(b.sb.String())
	if len(t) <= limit {
		return t
	}
	t = t[:limit]
	if i := strings.LastIndexByte(t, ' '); i > 0 {
		t = t[:i]
	}
	return t
}
