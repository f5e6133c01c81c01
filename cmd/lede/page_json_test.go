package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/ledehq/lede"
)

// TestPageJSONAsOneResponse checks that writePageJSON, which writes the
// head of the answer while the quotes, figures and dates are found, writes
// what encoding the whole answer at once writes, in every offset unit,
// with and without Markdown, and leaves the article's offsets as they
// were (the searches and Markdown read them).
func TestPageJSONAsOneResponse(t *testing.T) {
	pages, err := filepath.Glob("../../testdata/pages/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no test pages: %v", err)
	}
	ref := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	for _, path := range pages[:min(len(pages), 8)] {
		for _, unit := range []offsetUnit{unitBytes, unitRunes, unitUTF16} {
			for _, markdown := range []bool{false, true} {
				o := answerOptions{markdown: markdown, together: true}
				a := parsePage(t, path)
				blocks := slices.Clone(a.Blocks)
				var got bytes.Buffer
				if err := writePageJSON(&got, a, ref, o, unit); err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(blocks, a.Blocks); diff != "" {
					t.Errorf("%s, unit %d: the article's blocks changed (-before +after):\n%s", path, unit, diff)
				}
				want := wholeAnswer(t, parsePage(t, path), ref, o, unit)
				if diff := cmp.Diff(string(want), got.String()); diff != "" {
					t.Errorf("%s, unit %d, markdown %v (-whole +in two parts):\n%s", path, unit, markdown, diff)
				}
			}
		}
	}
}

func parsePage(t *testing.T, path string) *lede.Article {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := lede.Parse(f, nil)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// wholeAnswer is the answer for a encoded at once, after everything was
// found.
func wholeAnswer(t *testing.T, a *lede.Article, ref time.Time, o answerOptions, unit offsetUnit) []byte {
	t.Helper()
	resp, err := articleResponse(context.Background(), nil, a, ref, o)
	if err != nil {
		t.Fatal(err)
	}
	convertOffsets(&resp, unit)
	var b bytes.Buffer
	if err := newResponseEncoder(&b, true).encode(resp); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
