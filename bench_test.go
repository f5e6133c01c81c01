package lede

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkParse parses each fixture page in turn; b.SetBytes makes the
// report's MB/s the throughput over the fixtures' total size.
func BenchmarkParse(b *testing.B) {
	benchmarkPages(b, loadFiles(b, "testdata/pages/*.html", false))
}

// BenchmarkParseDev parses the development pages in ../shared/data/extract
// (real news pages), when they are present: the figure to compare with the
// extract scorer's timings. It reports allocations per page.
func BenchmarkParseDev(b *testing.B) {
	pages := loadFiles(b, "../shared/data/extract/html/*.html.gz", true)
	if len(pages) == 0 {
		b.Skip("../shared/data/extract is not here")
	}
	benchmarkPages(b, pages)
}

func benchmarkPages(b *testing.B, pages [][]byte) {
	total := 0
	for _, p := range pages {
		total += len(p)
	}
	b.SetBytes(int64(total / len(pages)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := Parse(bytes.NewReader(pages[i%len(pages)]), nil); err != nil {
			b.Fatal(err)
		}
	}
}

func loadFiles(b testing.TB, pattern string, gzipped bool) [][]byte {
	b.Helper()
	_, data := loadNamedFiles(b, pattern, gzipped)
	return data
}

// loadNamedFiles returns the names of the files that match pattern and
// their contents, gunzipped when gzipped.
func loadNamedFiles(b testing.TB, pattern string, gzipped bool) (names []string, out [][]byte) {
	b.Helper()
	names, _ = filepath.Glob(pattern)
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			b.Fatal(err)
		}
		var r io.Reader = f
		if gzipped {
			if r, err = gzip.NewReader(f); err != nil {
				b.Fatal(err)
			}
		}
		data, err := io.ReadAll(r)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, data)
	}
	return names, out
}

// BenchmarkCleanASCII cleans text that is already clean ASCII: the fast
// path, which should run at memory speed.
func BenchmarkCleanASCII(b *testing.B) {
	para := "The harbour council voted on Thursday to approve the new ferry terminal, ending a decade of delays. Work is due to start in the spring.\n\n"
	benchmarkClean(b, strings.TrimSpace(strings.Repeat(para, 400)))
}

// BenchmarkCleanArticle cleans the texts Parse makes of the fixture pages,
// which hold curly quotes, dashes and accented names but are clean.
func BenchmarkCleanArticle(b *testing.B) {
	benchmarkClean(b, fixtureText(b))
}

// BenchmarkCleanArticleRaw cleans the same texts as scraped text arrives:
// with no-break spaces after sentences, CRLF line ends and a zero-width
// space here and there, so every pass runs: the typical case.
func BenchmarkCleanArticleRaw(b *testing.B) {
	text := fixtureText(b)
	text = strings.ReplaceAll(text, ". ", ".\u00a0 ")
	text = strings.ReplaceAll(text, "\n", "\r\n")
	text = strings.ReplaceAll(text, " the ", " the\u200b ")
	benchmarkClean(b, text)
}

// fixtureText returns the texts of the fixture pages, one after another.
func fixtureText(b *testing.B) string {
	var sb strings.Builder
	for _, p := range loadFiles(b, "testdata/pages/*.html", false) {
		a, err := Parse(bytes.NewReader(p), nil)
		if err != nil {
			b.Fatal(err)
		}
		if sb.Len() > 0 && a.Text != "" {
			sb.WriteString("\n\n")
		}
		sb.WriteString(a.Text)
	}
	return sb.String()
}

// BenchmarkCleanDamaged cleans texts with mojibake, entities and stray
// spaces on every line: the slow path.
func BenchmarkCleanDamaged(b *testing.B) {
	var sb strings.Builder
	for _, p := range loadFiles(b, "testdata/clean/*.txt", false) {
		sb.Write(p)
		sb.WriteString("\n\n")
	}
	benchmarkClean(b, sb.String())
}

func benchmarkClean(b *testing.B, text string) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Clean(text)
	}
}

// articleText is the text the analyzer benchmarks read: the bodies of the
// fixture pages, then the plain texts matching pattern.
func articleText(b *testing.B, pattern string) string {
	var sb strings.Builder
	for _, p := range loadFiles(b, "testdata/pages/*.html", false) {
		a, err := Parse(bytes.NewReader(p), nil)
		if err != nil {
			b.Fatal(err)
		}
		sb.WriteString(a.Text)
		sb.WriteString("\n\n")
	}
	for _, p := range loadFiles(b, pattern, false) {
		sb.Write(p)
	}
	return sb.String()
}
