package lede

import (
	"strings"

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
	_, ok := blockTags[n.DataAtom]
	return ok || n.DataAtom == atom.Br || n.DataAtom == atom.Td || n.DataAtom == atom.Th
}

// boundedText returns the text under n as nodeText does when it is at most
// limit bytes long, and false for longer text, which it stops reading: a
// short label ("Posted 12 May 2020") is wanted, not the whole element it
// may turn out to wrap.
func boundedText(n *html.Node, limit int) (string, bool) {
	var sb strings.Builder
	if !appendBounded(&sb, n, limit) {
		return "", false
	}
	return collapseSpace(sb.String()), true
}

func appendBounded(sb *strings.Builder, n *html.Node, limit int) bool {
	if n.Type == html.TextNode {
		sb.WriteString(n.Data)
		return sb.Len() <= limit || len(strings.TrimSpace(sb.String())) <= limit
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isNonText(c) {
			continue
		}
		if c.Type == html.ElementNode && isBreak(c) {
			sb.WriteByte(' ')
		}
		if !appendBounded(sb, c, limit) {
			return false
		}
	}
	return true
}

// walkElements calls visit on the elements under root in document order
// until visit returns false. It keeps its own stack, so no nesting depth
// can exhaust the goroutine's.
func walkElements(root *html.Node, visit func(*html.Node) bool) {
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && !visit(n) {
			return
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
}

// openingText returns the first words of the text under n, at most about
// limit bytes, without cutting a word.
func openingText(n *html.Node, limit int) string {
	var sb strings.Builder
	appendBounded(&sb, n, limit)
	t := collapseSpace(sb.String())
	if len(t) <= limit {
		return t
	}
	t = t[:limit]
	if i := strings.LastIndexByte(t, ' '); i > 0 {
		t = t[:i]
	}
	return t
}
