package main

import (
	"io"

	"github.com/ledehq/lede"
)

// writeMarkdown prints the article as Markdown, for -format markdown.
func writeMarkdown(w io.Writer, a *lede.Article) error {
	_, err := io.WriteString(w, a.Markdown())
	return err
}
