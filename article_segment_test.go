package lede

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// bestContainerByMap is bestContainer as it was first written, with the
// owners' weights in a map keyed by node: the reference that the numbering
// of elements in document order must agree with.
func bestContainerByMap(doc *html.Node, blocks []textBlock, flags []furnitureFlag, honorFurniture bool) *html.Node {
	own := make(map[*html.Node]float64, len(blocks))
	for i := range blocks {
		own[blocks[i].owner] += weight(&blocks[i], flags, honorFurniture)
	}
	var best *html.Node
	bestScore := 0.0
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

// TestBestContainerOrder checks that bestContainer, which finds each
// block's owner by its place in document order, picks the element that
// the map from owner to weight picked, on pages with skipped and hidden
// subtrees (whose elements segment counts without walking them), text
// directly in the document's containers, and the fixture pages.
func TestBestContainerOrder(t *testing.T) {
	p := "<p>The council voted on Thursday to rebuild the old pier at the harbour, the mayor said.</p>"
	pages := map[string]string{
		"skipped subtrees": "<nav><ul><li><a href=/a>A</a></li><li>B</li></ul></nav><div><script>var x;</script>" + p + "<aside><p>x</p><p>y</p></aside>" + p + "</div>",
		"hidden subtree":   `<div style="display:none"><p>hidden</p><div><span>deep</span></div></div><article>` + p + p + "</article>",
		"text in body":     "Loose text in the body before anything. <div>" + p + "</div> more loose text that ends a sentence here.",
		"nested blocks":    "<div><span>a<p>b</p>c<p>d</p></span>" + p + "<div><div>" + p + "</div></div></div>",
		"lines":            "<div><p>one<br>two<br>three</p><section>" + p + "<b>x<br>" + p + "</b></section></div>",
		"head and frames":  "<head><title>T</title><style>p{}</style></head><body><iframe><p>no</p></iframe><main>" + p + "</main></body>",
		"tiny paragraphs":  strings.Repeat("<p>a</p>", 50),
	}
	files, _ := filepath.Glob("testdata/pages/*.html")
	_, data := loadNamedFiles(t, "testdata/pages/*.html", false)
	for i, d := range data {
		pages[files[i]] = string(d)
	}
	docs := map[string]*html.Node{}
	for name, page := range pages {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		docs[name] = doc
	}
	// A tree built by hand for ParseNode may give a <br> children, which
	// html.Parse never does.
	brWithChildren, err := html.Parse(strings.NewReader("<div><p>one<br>two</p><section>" + p + p + "</section></div>"))
	if err != nil {
		t.Fatal(err)
	}
	walkElements(brWithChildren, func(n *html.Node) bool {
		if n.DataAtom == atom.Br && n.FirstChild == nil {
			span := &html.Node{Type: html.ElementNode, Data: "span", DataAtom: atom.Span}
			span.AppendChild(&html.Node{Type: html.ElementNode, Data: "b", DataAtom: atom.B})
			n.AppendChild(span)
		}
		return true
	})
	docs["a <br> with children"] = brWithChildren
	for name, doc := range docs {
		blocks, flags := segment(doc)
		var order []*html.Node // the root and its elements, as bestContainer numbers them
		var number func(n *html.Node)
		number = func(n *html.Node) {
			order = append(order, n)
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode {
					number(c)
				}
			}
		}
		number(doc)
		for i := range blocks {
			if o := blocks[i].ownerOrder; int(o) >= len(order) || order[o] != blocks[i].owner {
				t.Fatalf("%s: block %q has owner number %d, which is another element", name, blocks[i].Text, o)
			}
		}
		for i := range blocks {
			blocks[i].mark(markProse, readsAsProse(&blocks[i]))
		}
		for _, honor := range []bool{true, false} {
			got, want := bestContainer(doc, blocks, flags, honor), bestContainerByMap(doc, blocks, flags, honor)
			if got != want {
				t.Errorf("%s (honorFurniture %v): bestContainer chose %v, the map %v", name, honor, got, want)
			}
		}
	}
}

// TestCountBlocks checks that countBlocks, which sizes segment's slice,
// counts every block segment returns, and few more: only blocks whose
// text collapses to nothing.
func TestCountBlocks(t *testing.T) {
	pages := []string{
		strings.Repeat("<p>a</p>", 20),
		"<div>a<br>b<br><br>c<p>d</p>e</div><script>f</script><div hidden>g</div>",
		"<table><tr><td>1</td><td>2</td></tr><tr><td> </td></tr></table><pre>x\ny</pre>",
		"<p>\u00a0</p><p>a <b>b</b> <a href=/x>c</a></p>",
	}
	_, data := loadNamedFiles(t, "testdata/pages/*.html", false)
	for _, d := range data {
		pages = append(pages, string(d))
	}
	for _, page := range pages {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		blocks, _ := segment(doc)
		if n := countBlocks(doc); n < len(blocks) || n > len(blocks)+len(blocks)/4+1 {
			t.Errorf("countBlocks = %d for %d blocks in %.60q", n, len(blocks), page)
		}
	}
}

// TestAppendCollapsed checks that appendCollapsed, which segment uses to
// collapse a block's text without a string of it first, gives what
// collapseSpace gives: on white space of every kind, invalid UTF-8, and
// every pair of bytes with a high byte first between two-byte letters.
func TestAppendCollapsed(t *testing.T) {
	cases := []string{
		"", " ", "a", "  a  b  ", "a\tb\nc\rd\fe\vf", "\u00a0x\u00a0\u00a0y\u2003", "x\u200by\ufeff",
		"caf\xe9 \xff\xfe end", "\xed\xa0\x80 surrogate", "\u0085next line", "日本語 の テキスト",
		"trailing space \u3000", "a\x00b", "\uFFFD replacement",
	}
	for i := 0; i < 200; i++ { // every byte value around spaces
		cases = append(cases, string([]byte{' ', byte(i), 'a', byte(255 - i), ' '}))
	}
	for a := 0x80; a < 0x100; a++ { // every pair with a high byte first, in runs (see twoByteRunEnd)
		for b := range 0x100 {
			pair := string([]byte{byte(a), byte(b)})
			cases = append(cases, "é"+pair+"ü", pair+pair+" ")
		}
	}
	for _, c := range cases {
		if got, want := string(appendCollapsed([]byte("prefix"), []byte(c))), "prefix"+collapseSpace(c); got != want {
			t.Errorf("appendCollapsed(%q) = %q, want %q", c, got, want)
		}
	}
}
