package main

import (
	"io"

	"github.com/ledehq/lede"
)

// writeMarkdown prints the article's body as Markdown, for -format
// markdown.
//
// TODO(merge): write a.Markdown() when the library has it; until then the
// body's plain text stands in, whose blank-line paragraphs are valid
// Markdown already.
func writeMarkdown(w io.Writer, a *lede.Article) error {
	_, err := io.WriteString(w, a.Text+"\n")
	return err
}
