package lede

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// metaOf parses a page and returns its article without body fields.
func metaOf(t *testing.T, page, pageURL string) *Article {
	t.Helper()
	a, err := Parse(strings.NewReader(page), &Options{URL: mustURL(pageURL)})
	if err != nil {
		t.Fatal(err)
	}
	a.Blocks, a.Text = nil, ""
	return a
}

func TestMetadata(t *testing.T) {
	tests := []struct {
		name string
		page string
		url  string
		want Article
	}{{
		name: "json-ld graph with an author reference",
		page: `<script type="application/ld+json">{"@graph":[
			{"@type":"WebPage","name":"Page name","datePublished":"2001-01-01"},
			{"@type":["NewsArticle"],"headline":"The headline","author":{"@id":"#p1"},"datePublished":"2019-11-19T09:08:46+00:00"},
			{"@type":"Person","@id":"#p1","name":"Rosa Quint"}]}</script>`,
		want: Article{Title: "The headline", Authors: []string{"Rosa Quint"},
			Published: time.Date(2019, 11, 19, 9, 8, 46, 0, time.UTC)},
	}, {
		name: "organisations credited as authors are not people",
		page: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"The headline",
			"author":[{"@type":"NewsMediaOrganization","name":"BBC News"},{"@type":"Person","name":"Rosa Quint"}],
			"datePublished":"2019-11-19T09:08:46+00:00"}</script>`,
		want: Article{Title: "The headline", Authors: []string{"Rosa Quint"},
			Published: time.Date(2019, 11, 19, 9, 8, 46, 0, time.UTC)},
	}, {
		name: "json-ld with trailing commas and a raw line break",
		page: "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Two\nlines\",\"keywords\":[\"a\",\"b\",],\"creator\":[\"Brigit Katz\"],}</script>",
		want: Article{Title: "Two lines", Authors: []string{"Brigit Katz"}},
	}, {
		name: "title decoration and site from the title",
		page: `<title>Council approves the new bus timetable for summer | Harbor Daily</title>`,
		want: Article{Title: "Council approves the new bus timetable for summer", Site: "Harbor Daily"},
	}, {
		name: "site name before the headline",
		page: `<meta property="og:site_name" content="Harbor Daily"><title>Harbor Daily - Fish market moves</title>`,
		want: Article{Title: "Fish market moves", Site: "Harbor Daily"},
	}, {
		name: "h1 confirmed by the title wins",
		page: `<title>Pier Rebuilt: What Happens Next – Tidewater</title><h1>Pier Rebuilt: What Happens Next</h1>`,
		want: Article{Title: "Pier Rebuilt: What Happens Next", Site: "Tidewater"},
	}, {
		name: "a blog's name in its h1 is no headline",
		page: `<meta property="og:site_name" content="Deichlese"><title>Deichlese: Ein Sommer auf der Hallig</title><h1>Deichlese</h1>`,
		want: Article{Title: "Ein Sommer auf der Hallig", Site: "Deichlese"},
	}, {
		name: "a site named after its host before the headline",
		page: `<title>Mira Holt's Notebook | Why the river town kept its ferry after all</title>`,
		url:  "https://miraholt.net/2021/ferry",
		want: Article{Title: "Why the river town kept its ferry after all", Site: "Mira Holt's Notebook", URL: "https://miraholt.net/2021/ferry"},
	}, {
		name: "a site named after its host, then a section",
		page: `<title>FC Ostwind Bremen - Trainer bleibt bis 2027 im Amt - Vereinsnews</title>`,
		url:  "https://ostwind-bremen.de/news/504",
		want: Article{Title: "Trainer bleibt bis 2027 im Amt", Site: "FC Ostwind Bremen", URL: "https://ostwind-bremen.de/news/504"},
	}, {
		name: "a headline about the site's owner is no site name",
		page: `<title>Aktuelles - Zoll stellt 40 Kilo Kokain im Hafen von Hamburg sicher</title>`,
		url:  "https://www.zollamt.example/aktuelles/1",
		want: Article{Title: "Aktuelles - Zoll stellt 40 Kilo Kokain im Hafen von Hamburg sicher", URL: "https://www.zollamt.example/aktuelles/1"},
	}, {
		name: "a short host names nothing",
		page: `<title>Abc Radio | Floods close the coast road for a second day</title>`,
		url:  "https://abc.example/floods",
		want: Article{Title: "Abc Radio | Floods close the coast road for a second day", URL: "https://abc.example/floods"},
	}, {
		name: "a colon in a headline stays",
		page: `<title>Brexit: what happens next</title>`,
		want: Article{Title: "Brexit: what happens next"},
	}, {
		name: "title with a dash inside the headline",
		page: `<title>Ex-mayor returns - and wins</title>`,
		want: Article{Title: "Ex-mayor returns - and wins"},
	}, {
		name: "byline element with several names and a role",
		page: `<div class="byline">By JANE O'NEILL-DIAZ and Tom Wu, Staff Writers</div>`,
		want: Article{Authors: []string{"Jane O'Neill-Diaz", "Tom Wu"}},
	}, {
		name: "author meta that is a profile URL is skipped",
		page: `<meta property="article:author" content="https://facebook.com/someone"><meta name="author" content="Li Wei">`,
		want: Article{Authors: []string{"Li Wei"}},
	}, {
		name: "published from time pubdate, modified from meta",
		page: `<meta property="article:modified_time" content="2020-02-03T04:05:06Z"><time datetime="2020-02-01" pubdate>Feb 1</time>`,
		want: Article{Published: time.Date(2020, 2, 1, 0, 0, 0, 0, time.UTC),
			Modified: time.Date(2020, 2, 3, 4, 5, 6, 0, time.UTC)},
	}, {
		name: "placeholder dates are rejected",
		page: `<meta property="article:published_time" content="0001-01-01T00:00:00Z">`,
		want: Article{},
	}, {
		name: "language from og:locale",
		page: `<meta property="og:locale" content="pt_BR">`,
		want: Article{Language: "pt-BR"},
	}, {
		name: "relative links resolved against the page's own og:url",
		page: `<meta property="og:url" content="https://example.org/news/2020/05/06/story"><link rel="canonical" href="/news/story">`,
		want: Article{URL: "https://example.org/news/story", Published: time.Date(2020, 5, 6, 0, 0, 0, 0, time.UTC)},
	}, {
		name: "canonical, description and image resolved against the page URL",
		page: `<link rel="canonical" href="/a/story"><meta name="description" content="  A   summary. "><link rel="image_src" href="img/lead.png">`,
		url:  "https://example.org/a/story?ref=home",
		want: Article{URL: "https://example.org/a/story", Description: "A summary.", Image: "https://example.org/a/img/lead.png"},
	}, {
		name: "unsafe schemes never leave lede",
		page: `<link rel="canonical" href="javascript:alert(1)"><meta property="og:image" content="data:image/png;base64,AAAA">`,
		url:  "https://example.org/a/story",
		want: Article{URL: "https://example.org/a/story"},
	}, {
		name: "a file URL and a relative one without a base are dropped",
		page: `<link rel="canonical" href="/a/story"><meta property="og:image" content="file:///etc/passwd">`,
		want: Article{},
	}, {
		name: "a protocol-relative image is https",
		page: `<meta property="og:image" content="//cdn.example.org/lead.jpg">`,
		want: Article{Image: "https://cdn.example.org/lead.jpg"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := metaOf(t, tt.page, tt.url)
			if diff := cmp.Diff(&tt.want, got); diff != "" {
				t.Errorf("metadata mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPageAuthors: where pages credit their writers besides JSON-LD and
// meta tags, one case per form.
func TestPageAuthors(t *testing.T) {
	body := "<p>" + para1 + "</p><p>" + para2 + "</p>"
	tests := []struct {
		name string
		page string
		want []string
	}{
		{"a blog handle in an hCard", `<div class="entry-meta">by <span class="author vcard"><a class="url fn n" href="/author/g1zzm0/" rel="author">gizzmo</a></span></div>` + body, []string{"gizzmo"}},
		{"Blogger's hCard with a particle", `<span class="post-author vcard">Eingestellt von <span class="fn">der Michel</span></span>` + body, []string{"der Michel"}},
		{"a handle in Dublin Core meta", `<meta property="dc:creator" content="karstenruppert">` + body, []string{"karstenruppert"}},
		{"commenters' hCards are no authors", `<article>` + body + `</article><ol class="comment-list"><li><div class="comment-author vcard"><b class="fn">Aylin</b> sagt:</div><p>Schön!</p></li></ol>`, nil},
		{"a German byline in a date line", `<h1>Podcasts</h1><p class="date">Erstellt von <a href="/author/fabian/">Fabian Roth</a> am Dienstag 6. Mai 2014</p>` + body, []string{"Fabian Roth"}},
		{"a French byline above the text", `<h1>Turpitude</h1><p>Par Didier Roy — 21 juin 2018</p>` + body, []string{"Didier Roy"}},
		{"a Spanish byline above the text", `<h1>Marcas</h1><p>Por Alberto Ávila | 3 de mayo de 2022</p>` + body, []string{"Alberto Ávila"}},
		{"a German byline above the text", `<h1>Mieten</h1><p>Von Moritz Wichmann</p>` + body, []string{"Moritz Wichmann"}},
		{"a name that opens with a particle is no byline", `<meta name="author" content="Di Maio">` + body, []string{"Di Maio"}},
		{"a capitalized Le stays in the name", `<meta name="author" content="Anne Le Pen">` + body, []string{"Anne Le Pen"}},
		{"the site credited as author gives way to a writer", `<meta property="og:site_name" content="Finanztreff"><meta name="author" content="Finanztreff">` +
			`<div class="article-author">Von David Hutzler</div>` + body, []string{"David Hutzler"}},
		{"the site as author when no one else is named", `<meta property="og:site_name" content="Weinlachgummi"><meta name="author" content="Weinlachgummi">` + body, []string{"Weinlachgummi"}},
		{"tags in the byline element are no writers", `<p class="Tech-Author">Marco Kratzenberg, Software, Internetrecht</p>` + body, []string{"Marco Kratzenberg"}},
		{"names open a long byline element", `<div class="author"><a href="/a/gq">Georg Quaas</a>, 21. Jan. 2015 <div class="rating">` + strings.Repeat("Bewerten Sie diesen Artikel mit Sternen. ", 5) + `</div></div>` + body, []string{"Georg Quaas"}},
		{"slogans are no names", `<div class="author-box">Chatkontrolle STOPPEN!</div>` + body, nil},
		{"Twitter's label and data pair", `<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karoline Herr">` +
			`<meta name="twitter:label2" content="Geschätzte Lesezeit"><meta name="twitter:data2" content="4 Minuten">` + body, []string{"Karoline Herr"}},
		{"a byline closing the text", `<article>` + body + `<p><em>Von Cosima Künzel</em></p></article>`, []string{"Cosima Künzel"}},
		{"a byline heading the text", `<article><h5>Von Leonora Holling</h5>` + body + `</article>`, []string{"Leonora Holling"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(strings.NewReader(tt.page), nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, a.Authors); diff != "" {
				t.Errorf("authors (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPersonNames(t *testing.T) {
	tests := []struct {
		in   []string
		want []string
	}{
		{[]string{"By Jane Roe"}, []string{"Jane Roe"}},
		{[]string{"Written by Jane Roe & John Doe"}, []string{"Jane Roe", "John Doe"}},
		{[]string{"Jane Roe, Senior Correspondent"}, []string{"Jane Roe"}},
		{[]string{"Jane Roe Published 3 hours ago"}, []string{"Jane Roe"}},
		{[]string{"Ludwig van Beethoven"}, []string{"Ludwig van Beethoven"}},
		{[]string{"jane roe", "@handle", "jane@example.com", "https://x.example/jane"}, nil},
		{[]string{"Jane Roe", "JANE ROE"}, []string{"Jane Roe"}},
		{[]string{"山田太郎"}, []string{"山田太郎"}},
		{[]string{"Staff Reports"}, nil},
		{[]string{"AS"}, nil},
	}
	for _, tt := range tests {
		if got := personNames(tt.in); !cmp.Equal(got, tt.want) {
			t.Errorf("personNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseRelativeByline(t *testing.T) {
	page := `<article><h1>Pier vote</h1><p>By Jane Roe | Published 2 hours ago</p>
<p>The council voted five to two on Wednesday night to rebuild the ferry pier that storms have battered.</p></article>`
	ref := time.Date(2024, 3, 14, 9, 30, 0, 0, time.UTC)
	a, err := Parse(strings.NewReader(page), &Options{Date: ref})
	if err != nil {
		t.Fatal(err)
	}
	if want := ref.Add(-2 * time.Hour); !a.Published.Equal(want) || !cmp.Equal(a.Authors, []string{"Jane Roe"}) {
		t.Errorf("Published = %v, Authors = %q; want %v, [Jane Roe]", a.Published, a.Authors, want)
	}
}
