package lede

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

// checkMarkdown compares a's Markdown with the golden file at path (or
// rewrites it under -update), and checks that it keeps every word of the
// body.
func checkMarkdown(t *testing.T, a *Article, path string) {
	t.Helper()
	got := a.Markdown()
	plain := unescapeMarkdown(markdownLinks.ReplaceAllString(markdownImages.ReplaceAllString(got, ""), "$1"))
	for _, b := range a.Blocks {
		for _, w := range strings.Fields(b.Text) {
			if !strings.Contains(plain, w) {
				t.Errorf("Markdown lost the word %q of block %q", w, b.Text)
			}
		}
	}
	want, ok := golden(t, path, []byte(got))
	if !ok {
		return
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("Markdown mismatch (-want +got):\n%s", diff)
	}
}

// markdownImages and markdownLinks match the images and links Markdown
// writes, for tests that read its words.
var (
	markdownImages = regexp.MustCompile(`!\[(?:\\.|[^\]])*\]\([^)]*\)`)
	markdownLinks  = regexp.MustCompile(`\[((?:\\.|[^\]])*)\]\([^)]*\)`)
)

// unescapeMarkdown drops the backslashes escapeMarkdown adds.
func unescapeMarkdown(md string) string {
	var sb strings.Builder
	for i := 0; i < len(md); i++ {
		if md[i] == '\\' && i+1 < len(md) {
			i++
		}
		sb.WriteByte(md[i])
	}
	return sb.String()
}

// bodyOfAll is what Parse makes of a page whose blocks are all article
// text: the segmenter, normalization and assembly, without the choice of
// the body, with links resolved against https://news.example/a.
func bodyOfAll(t *testing.T, page string) *Article {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	tbs, _ := segment(doc)
	var blocks []bodyBlock
	for _, tb := range tbs {
		blocks = append(blocks, tb.body())
	}
	meta := &pageMeta{base: mustURL("https://news.example/a")}
	joined := assemble(cleanBlocks(&stopper{}, blocks), meta.resolve)
	return &Article{Text: joined.text, Blocks: joined.blocks, Links: joined.links, Images: joined.images}
}

func TestMarkdownBlocks(t *testing.T) {
	tests := []struct {
		name string
		page string
		want string
	}{
		{
			"headings, numbered and plain lists",
			`<h2>What changes</h2><ol><li>Fares rise.</li><li>Routes merge.</li></ol><p>Also:</p><ul><li>New buses.</li></ul>`,
			"## What changes\n\n1. Fares rise.\n1. Routes merge.\n\nAlso:\n\n- New buses.\n",
		},
		{
			"a table with a short row",
			`<p>Results by ward:</p><table><tr><th>Ward</th><th>Votes</th><th>Share</th></tr><tr><td>North</td><td>1,204</td></tr></table>`,
			"Results by ward:\n\n| Ward | Votes | Share |\n| --- | --- | --- |\n| North | 1,204 |  |\n",
		},
		{
			"a table of one column is lines",
			`<table><tr><td>By Ana Ruiz</td></tr><tr><td>Updated 3 May</td></tr></table><p>The pier reopened.</p>`,
			"By Ana Ruiz\n\nUpdated 3 May\n\nThe pier reopened.\n",
		},
		{
			"a block quote of two paragraphs and code",
			"<blockquote><p>We will not move.</p><p>Not this year.</p></blockquote><pre>x := `a`\n  y</pre>",
			"> We will not move.\n>\n> Not this year.\n\n```\nx := `a`\n  y\n```\n",
		},
		{
			"links resolved, unsafe ones left as words",
			`<p>Read <a href="/report.pdf">the report</a> or <a href="javascript:go()">this</a> or <a href="https://other.example/x_(y)">that one</a>.</p>`,
			"Read [the report](https://news.example/report.pdf) or this or [that one](https://other.example/x_%28y%29).\n",
		},
		{
			"a figure with its caption above the text, a picture in the line",
			`<figure><img src="/p.jpg" alt="Pier [old]"><figcaption>The pier in 1962.</figcaption></figure><p>The pier <img src="/chart.png" alt="chart"> reopened.</p>`,
			"![Pier \\[old\\]](https://news.example/p.jpg)\n\n*The pier in 1962.*\n\nThe pier ![chart](https://news.example/chart.png) reopened.\n",
		},
		{
			"a picture closing a paragraph stands on its own line with its caption",
			`<p>The pier reopened.</p><figure><img src="/p.jpg" alt="Pier"><figcaption>Rebuilt in 2023.</figcaption></figure>`,
			"The pier reopened.\n\n![Pier](https://news.example/p.jpg)\n\n*Rebuilt in 2023.*\n",
		},
		{
			"markup characters in the text",
			`<p>3. is not a list, *stars* and _under_ are not emphasis, and <b>a|b</b> is no cell.</p><p># not a heading</p><p>~~~</p><p>- not an item</p>`,
			"3\\. is not a list, \\*stars\\* and \\_under\\_ are not emphasis, and a\\|b is no cell.\n\n\\# not a heading\n\n\\~~~\n\n\\- not an item\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := bodyOfAll(t, tt.page)
			if diff := cmp.Diff(tt.want, a.Markdown()); diff != "" {
				t.Errorf("Markdown (-want +got):\n%s\nblocks: %+v", diff, a.Blocks)
			}
		})
	}
}

// TestMarkdownOfHandBuiltArticles: an Article built by hand, with offsets
// that do not fit its text, gives Markdown and no panic.
func TestMarkdownOfHandBuiltArticles(t *testing.T) {
	articles := []*Article{
		{Text: "short", Blocks: []Block{{Type: BlockParagraph, Text: "a longer text", Span: Span{0, 40}}}},
		{Text: "one two", Blocks: []Block{{Type: BlockParagraph, Text: "one two", Span: Span{0, 7}}},
			Links: []Link{{Span: Span{5, 90}, URL: "https://a.example/"}, {Span: Span{-3, 2}}}, Images: []Image{{URL: "https://a.example/p.jpg", At: 99}}},
		{Text: "a | b", Blocks: []Block{{Type: BlockTableRow, Text: "a | b", Span: Span{3, 1}}}},
		{Blocks: []Block{{Type: BlockHeading, Level: 9, Text: "Title"}}},
	}
	for _, a := range articles {
		if md := a.Markdown(); !utf8.ValidString(md) || md == "" {
			t.Errorf("Markdown of %+v = %q", a, md)
		}
	}
}

func TestMarkdownEmpty(t *testing.T) {
	if got := (&Article{}).Markdown(); got != "" {
		t.Errorf("empty Article: Markdown = %q, want \"\"", got)
	}
	if got := (&Article{Title: "Only a title"}).Markdown(); got != "# Only a title\n" {
		t.Errorf("title only: Markdown = %q", got)
	}
}

// TestLinksFollowTheirWords checks that links keep their words through
// collapsed white space, normalization and the joining of blocks.
func TestLinksFollowTheirWords(t *testing.T) {
	tests := []struct {
		page  string
		words []string
	}{
		{`<article><p>The   <a href="https://a.example/"> council </a>  met.</p><p>See <a href="https://b.example/">the
			minutes</a>.</p></article>`, []string{"council", "the minutes"}},
		{`<article><p>Cafe\u0301 owners told <a href="https://c.example/">the Gazette</a> on Friday.</p></article>`, []string{"the Gazette"}},
		{`<article><p>The mayorâ€™s office sent <a href="https://d.example/">a letter</a>.</p></article>`, []string{"a letter"}},
		{`<article><p><a href="https://e.example/">A whole paragraph that is a link.</a></p></article>`, []string{"A whole paragraph that is a link."}},
	}
	for _, tt := range tests {
		a := bodyOfAll(t, tt.page)
		var got []string
		for _, l := range a.Links {
			got = append(got, l.In(a.Text))
		}
		if diff := cmp.Diff(tt.words, got); diff != "" {
			t.Errorf("links of %q (-want +got):\n%s", a.Text, diff)
		}
	}
}
