package lede

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestParseGolden parses every page in testdata/pages and compares the
// result with the JSON beside it. Run with -update to rewrite the JSON, then
// read the diff.
func TestParseGolden(t *testing.T) {
	pages, err := filepath.Glob("testdata/pages/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages in testdata/pages: %v", err)
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(bytes.NewReader(raw), nil)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			checkOffsets(t, a)
			checkMarkdown(t, a, strings.TrimSuffix(page, ".html")+".md")
			got, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			want, ok := golden(t, strings.TrimSuffix(page, ".html")+".json", got)
			if !ok {
				return
			}
			var gotV, wantV any
			if err := json.Unmarshal(got, &gotV); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(want, &wantV); err != nil {
				t.Fatalf("%s.json: %v", strings.TrimSuffix(page, ".html"), err)
			}
			if diff := cmp.Diff(wantV, gotV); diff != "" {
				t.Errorf("Parse(%s) mismatch (-want +got):\n%s", page, diff)
			}
		})
	}
}

// golden returns the expected output stored at path for the output got;
// with -update it writes got there instead and returns false.
func golden(t *testing.T, path string, got []byte) ([]byte, bool) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return nil, false
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	return want, true
}

// goldenJSON compares v, as indented JSON, with the golden file at path
// (or rewrites it under -update); what names the finder in the message.
func goldenJSON(t *testing.T, path, what string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	want, ok := golden(t, path, got)
	if !ok {
		return
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", what, diff)
	}
}

// checkOffsets asserts the documented relation between blocks and text.
func checkOffsets(t *testing.T, a *Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) {
		t.Errorf("Text is not valid UTF-8")
	}
	for i, b := range a.Blocks {
		if b.Start < 0 || b.End > len(a.Text) || b.Start > b.End || a.Text[b.Start:b.End] != b.Text {
			t.Errorf("block %d: Text[%d:%d] does not hold %q", i, b.Start, b.End, b.Text)
		}
	}
	// Links and images are in reading order, links on words of the text,
	// each within one block; every address is an absolute web URL.
	end := 0
	for i, l := range a.Links {
		if l.Start < end || l.In(a.Text) == "" || !utf8.ValidString(l.In(a.Text)) || strings.Contains(l.In(a.Text), "\n\n") {
			t.Errorf("link %d at %v is out of order or not on words of one block", i, l.Span)
		}
		end = l.End
		checkWebURL(t, l.URL)
	}
	at := 0
	for i, img := range a.Images {
		if img.At < at || img.At > len(a.Text) {
			t.Errorf("image %d at %d is out of order or outside the text", i, img.At)
		}
		at = img.At
		checkWebURL(t, img.URL)
	}
	if md := a.Markdown(); !utf8.ValidString(md) || (a.Text != "" && md == "") {
		t.Errorf("Markdown is empty or not valid UTF-8")
	}
}

// checkWebURL asserts that u is an absolute http or https URL.
func checkWebURL(t *testing.T, u string) {
	t.Helper()
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		t.Errorf("address %q is not an absolute http(s) URL", u)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name  string
		input string
		opts  *Options
		want  error
	}{
		{"over the default limit", strings.Repeat("a", DefaultMaxBytes+1), nil, ErrTooLarge},
		{"over a set limit", "<p>" + strings.Repeat("word ", 100) + "</p>", &Options{MaxBytes: 64}, ErrTooLarge},
		{"binary data", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", nil, ErrNotHTML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(strings.NewReader(tt.input), tt.opts)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Parse error = %v, want %v", err, tt.want)
			}
			if a != nil {
				t.Errorf("Parse returned an article with an error")
			}
		})
	}
}

// TestParseDeepNesting: markup nested past the parser's limit still gives
// its text.
func TestParseDeepNesting(t *testing.T) {
	tests := []struct{ name, page string }{
		{"inline elements", strings.Repeat("<b>", 2000) + "<p>" + para1 + "</p>"},
		{"blocks closed properly", strings.Repeat("<div>", 3000) + "<p>" + para1 + "</p>" + strings.Repeat("</div>", 3000)},
		{"void elements between", strings.Repeat("<span><br>", 1500) + "<p>" + para1 + "</p>"},
		{"nested tables", strings.Repeat("<table><td>", 1000) + "<p>" + para1 + "</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(strings.NewReader(tt.page), nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != para1 {
				t.Errorf("text = %.80q, want the paragraph", a.Text)
			}
		})
	}
}

func TestParseReadError(t *testing.T) {
	boom := errors.New("boom")
	_, err := Parse(iotest.ErrReader(boom), nil)
	if !errors.Is(err, boom) {
		t.Fatalf("Parse error = %v, want it to wrap %v", err, boom)
	}
}

func TestParseNoLimit(t *testing.T) {
	input := "<p>" + strings.Repeat("A sentence of the article. ", 10) + "</p>"
	a, err := Parse(strings.NewReader(input), &Options{MaxBytes: -1})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Text, "A sentence of the article.") {
		t.Errorf("Text = %q", a.Text)
	}
}

// TestParseNoArticle: pages without prose give metadata and an empty body,
// not an error.
func TestParseNoArticle(t *testing.T) {
	for _, input := range []string{
		"",
		"   ",
		"<html><head><title>Sign in | Daily</title></head><body><form><input name=u><button>Sign in</button></form></body></html>",
		"<ul><li><a href=/1>One</a></li><li><a href=/2>Two</a></li></ul>",
		"plain words without any markup at all",
	} {
		a, err := Parse(strings.NewReader(input), nil)
		if err != nil {
			t.Errorf("Parse(%q) error: %v", input, err)
			continue
		}
		if a.Text != "" || len(a.Blocks) != 0 {
			t.Errorf("Parse(%q).Text = %q, want empty", input, a.Text)
		}
	}
}

func TestParseURL(t *testing.T) {
	page := `<html><head><link rel="canonical" href="/news/story-1">
<meta property="og:image" content="//cdn.example.com/lead.jpg"></head><body></body></html>`
	a, err := Parse(strings.NewReader(page), &Options{URL: mustURL("https://news.example.com/news/2021/04/05/story-1?utm=x")})
	if err != nil {
		t.Fatal(err)
	}
	want := &Article{
		URL:       "https://news.example.com/news/story-1",
		Image:     "https://cdn.example.com/lead.jpg",
		Published: time.Date(2021, 4, 5, 0, 0, 0, 0, time.UTC),
	}
	if diff := cmp.Diff(want, a); diff != "" {
		t.Errorf("Parse mismatch (-want +got):\n%s", diff)
	}
}

func TestDecode(t *testing.T) {
	sjis := "<p>\x93\xfa\x96\x7b\x82\xcc\x90\x56\x82\xb5\x82\xa2\x90\x7d\x8f\x91\x8a\xd9\x82\xcd\x81\x41\x8f\x97\x90\xab\x82\xaa\x89\x5e\x89\x63\x82\xb5\x82\xc4\x82\xa2\x82\xe9\x81\x42</p>"
	tests := []struct {
		name        string
		raw         string
		contentType string
		want        string // a substring of the decoded text
	}{
		{"utf-8 BOM", "\xEF\xBB\xBF<p>caf\xC3\xA9</p>", "", "<p>café</p>"},
		{"utf-16le BOM", "\xFF\xFE<\x00p\x00>\x00\xE9\x00", "", "<p>é"},
		{"declared windows-1252", "<meta charset=\"windows-1252\"><p>caf\xE9 \x93quoted\x94</p>", "", "café “quoted”"},
		{"declared latin-1 is windows-1252", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>\x80 5</p>", "", "€ 5"},
		{"declared latin-1 but valid utf-8", "<meta charset=\"iso-8859-1\"><p>caf\xC3\xA9</p>", "", "café"},
		{"declared shift_jis", "<meta charset=\"shift_jis\"><p>\x93\xFA\x96\x7B</p>", "", "日本"},
		{"declared gbk", "<meta charset=\"gbk\"><p>\xD6\xD0\xCE\xC4</p>", "", "中文"},
		{"undeclared invalid utf-8", "<p>na\xEFve</p>", "", "naïve"},
		{"undeclared shift_jis", sjis, "", "日本の新しい図書館は、女性が運営している。"},
		{"undeclared gbk", "<p>\xd5\xe2\xca\xc7\xce\xd2\xc3\xc7\xb5\xc4\xd0\xc2\xcd\xbc\xca\xe9\xb9\xdd\xa3\xac\xb4\xf3\xbc\xd2\xb6\xbc\xd4\xda\xd5\xe2\xc0\xef\xb6\xc1\xca\xe9\xa1\xa3</p>", "", "这是我们的新图书馆，大家都在这里读书。"},
		{"undeclared big5", "<p>\xb3o\xacO\xa7\xda\xad\xcc\xaa\xba\xb7s\xb9\xcf\xae\xd1\xc0]\xa1A\xa4j\xaea\xb3\xa3\xa6b\xb3o\xb8\xcc\xc5\xaa\xae\xd1\xa1C</p>", "", "這是我們的新圖書館，大家都在這裡讀書。"},
		{"undeclared euc-kr", "<p>\xc7\xd1\xb1\xb9\xc0\xc7 \xbb\xf5\xb7\xce\xbf\xee \xb5\xb5\xbc\xad\xb0\xfc\xc0\xcc \xb9\xae\xc0\xbb \xbf\xad\xbe\xfa\xb4\xd9\xb0\xed \xc7\xd1\xb4\xd9.</p>", "", "한국의 새로운 도서관이 문을 열었다고 한다."},
		{"undeclared french is windows-1252", "<p>Le caf\xe9 o\xf9 j'\xe9tais \xe9tait tr\xe8s agr\xe9able, \xe0 c\xf4t\xe9 de l'\xe9glise.</p>", "", "Le café où j'étais était très agréable, à côté de l'église."},
		{"http charset beats the page", "<meta charset=\"windows-1252\">" + sjis, "text/html; charset=Shift_JIS", "日本の新しい"},
		{"undeclared utf-8", "<p>naïve</p>", "", "naïve"},
		{"unknown charset", `<meta charset="x-klingon"><p>plain</p>`, "", "plain"},
		{"utf-16 declared in ascii", `<meta charset="utf-16"><p>plain</p>`, "", "plain"},
		{"lenient content type", "<meta http-equiv=\"content-type\" content=\"text/html;charset=windows-1251;\"><p>\xCC\xEE\xF1\xEA\xE2\xE0</p>", "", "Москва"},
		{"declaration after a long head", `<title>x</title>` + strings.Repeat("<!-- padding -->", 200) + "<meta charset=\"windows-1252\"><p>\xE9</p>", "", "<p>é</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := decode([]byte(tt.raw), tt.contentType)
			if !strings.Contains(got, tt.want) {
				t.Errorf("decode = %q, want it to contain %q", got, tt.want)
			}
			if !utf8.ValidString(got) {
				t.Errorf("decode returned invalid UTF-8")
			}
		})
	}
}

// charBoundaries marks the offsets of text where decoding steps land
// (an invalid byte is one character), and len(text): the offsets a
// finding may start or end at.
func charBoundaries(text string) []bool {
	boundary := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		boundary[i] = true
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	boundary[len(text)] = true
	return boundary
}

// mustURL parses an absolute URL written in a test; "" is nil (unknown).
func mustURL(s string) *url.URL {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	return u
}

func TestParseIgnoresUnusableURL(t *testing.T) {
	page := `<link rel="canonical" href="/news/story"><article><p>Text.</p></article>`
	for _, s := range []string{"/news/story", "news.example.com/story", "file:///tmp/page.html", "about:blank", "javascript:alert(1)", "https:///path-only"} {
		u, err := url.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Parse(strings.NewReader(page), &Options{URL: u})
		if err != nil || a.URL != "" {
			t.Errorf("Parse with Options.URL %q = URL %q, %v; want no URL and no error", s, a.URL, err)
		}
	}
	a, err := Parse(strings.NewReader(page), &Options{URL: mustURL("https://news.example.com/a/b")})
	if err != nil || a.URL != "https://news.example.com/news/story" {
		t.Errorf("Parse with an http URL = URL %q, %v", a.URL, err)
	}
}

// TestParseNode checks that a page parsed by the caller gives what Parse
// gives, and that the caller's tree is left as it was.
func TestParseNode(t *testing.T) {
	pages, err := filepath.Glob("testdata/pages/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages in testdata/pages: %v", err)
	}
	for _, page := range pages {
		raw, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(raw) {
			continue // the caller decodes legacy charsets before html.Parse
		}
		want, err := Parse(bytes.NewReader(raw), nil)
		if err != nil {
			t.Fatalf("%s: Parse: %v", page, err)
		}
		doc, err := html.Parse(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		var before, after bytes.Buffer
		html.Render(&before, doc)
		got, err := ParseNode(doc, nil)
		if err != nil {
			t.Fatalf("%s: ParseNode: %v", page, err)
		}
		html.Render(&after, doc)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: ParseNode differs from Parse (-Parse +ParseNode):\n%s", page, diff)
		}
		if before.String() != after.String() {
			t.Errorf("%s: ParseNode changed the caller's tree", page)
		}
	}
	if _, err := ParseNode(nil, nil); err == nil {
		t.Error("ParseNode(nil, nil): no error")
	}
}
