package lede

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bodies outside the visible text. Some pages put the article where a
// browser with scripts shows it but the DOM does not: as markup inside
// <noscript> (the copy for readers without JavaScript), inside <script
// type="text/template"> (Blogger writes every post so), or only in the
// JSON-LD articleBody of a page whose text a script renders. The markup
// copies win when they hold more than twice the text found in the visible
// page (which then held a sidebar or a notice); the declared articleBody
// when the body found holds less than half of it.

// minDeclaredFallback is the length (non-space bytes) a declared
// articleBody needs to stand for the body: shorter ones are summaries.
const minDeclaredFallback = 200

// shortOfDeclared reports whether the body found holds less than half of
// a substantial declared articleBody: the visible text then held a teaser
// or a notice, not the article.
func shortOfDeclared(b body, hints pageHints) bool {
	declared := nonSpaceBytes(markupText(hints.declared))
	return declared >= minDeclaredFallback && 2*bodyChars(b) < declared
}

// hiddenMargin is how many times the text of the visible body a markup
// copy must hold to replace it: a <noscript> copy of the visible text is
// no reason to switch.
const hiddenMargin = 2

// withHiddenCopies returns found, or the copy of the article outside the
// visible text that replaces it.
func withHiddenCopies(doc *html.Node, found body, hints pageHints) body {
	best := found
	if hidden := hiddenMarkup(doc); hidden != nil {
		if b := visibleBody(hidden, hints); bodyChars(b) > hiddenMargin*bodyChars(best) {
			best = b
		}
	}
	if !shortOfDeclared(best, hints) {
		return best
	}
	if b := declaredBody(hints.declared); bodyChars(b) > bodyChars(best) {
		return b
	}
	return best
}

// bodyChars is the amount of text in b: non-space bytes.
func bodyChars(b body) int {
	if b.picked != nil {
		return b.picked.chars()
	}
	n := 0
	for _, bl := range b.blocks {
		n += nonSpaceBytes(bl.Text)
	}
	return n
}

// hiddenMarkup parses the markup held in the page's <noscript> elements and
// template scripts as one document, or returns nil when there is none.
func hiddenMarkup(doc *html.Node) *html.Node {
	var sb strings.Builder
	walkElements(doc, func(n *html.Node) bool {
		if isMarkupHolder(n) && n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
			sb.WriteString("<div>")
			sb.WriteString(n.FirstChild.Data)
			sb.WriteString("</div>")
		}
		return true
	})
	if sb.Len() == 0 {
		return nil
	}
	hidden, err := html.Parse(strings.NewReader(sb.String()))
	if err != nil {
		return nil
	}
	return hidden
}

// templateTypes are the script types that hold markup, not code.
var templateTypes = map[string]bool{
	"text/template": true, "text/html": true, "text/x-template": true,
	"text/x-handlebars-template": true, "text/x-jquery-tmpl": true,
}

// isMarkupHolder reports elements whose text is markup: <noscript> (the
// parser reads its content as text, as browsers with scripts do) and
// template scripts.
func isMarkupHolder(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Noscript:
		return true
	case atom.Script:
		return templateTypes[strings.ToLower(strings.TrimSpace(attr(n, "type")))]
	}
	return false
}

// declaredBody makes body blocks of a JSON-LD articleBody: its paragraphs
// when it is markup, its lines when it is plain text.
func declaredBody(declared string) body {
	if nonSpaceBytes(declared) < minDeclaredFallback {
		return body{}
	}
	var blocks []bodyBlock
	if strings.Contains(declared, "<") {
		doc, err := html.Parse(strings.NewReader(declared))
		if err != nil {
			return body{}
		}
		tbs, _ := segment(doc)
		for _, tb := range tbs {
			blocks = append(blocks, tb.body())
		}
		return body{blocks: blocks}
	}
	for line := range strings.SplitSeq(declared, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			blocks = append(blocks, bodyBlock{Block: Block{Type: BlockParagraph, Text: line}})
		}
	}
	return body{blocks: blocks}
}
