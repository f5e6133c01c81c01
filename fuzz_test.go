package lede

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks Parse's invariants on arbitrary input: no panic, valid
// UTF-8 out, blocks that point into the text.
func FuzzParse(f *testing.F) {
	pages, _ := filepath.Glob("testdata/pages/*.html")
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"",
		"<",
		"<p>unclosed <b>bold <i>italic</p>",
		"<table><tr><td><p>cell</td></tr></table>",
		`<meta charset="shift_jis"><p>` + "\x82\xa0\xff\xfe" + `</p>`,
		`<script type="application/ld+json">{"@graph":[[[[{"@type":"NewsArticle","author":{"name":{}}}]]]]}</script>`,
		"\xff\xfe<\x00",
		"<pre>\r\n  code\r\n</pre>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, input []byte) {
		a, err := Parse(strings.NewReader(string(input)), nil)
		if err != nil {
			return
		}
		for _, s := range []string{a.Title, a.Text, a.Site, a.Description, strings.Join(a.Authors, " ")} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in output %q", s)
			}
		}
		checkOffsets(t, a)
	})
}
