package lede

import (
	"strings"
)

// Markdown returns the article as Markdown (CommonMark with GitHub's
// tables): the title as a first-level heading, then the body's headings,
// paragraphs, lists (numbered where the page numbers them), block quotes,
// tables and preformatted text, with the body's links and pictures in
// place. Each picture stands on its own line with its caption below it
// in italics, as does a picture that closes a block. Addresses are the
// absolute http or https URLs of Links and Images. Characters that
// Markdown would read as markup are escaped, so the text reads as the
// page wrote it. An article without a body gives its title alone, and an
// empty Article "". A block whose offsets do not hold its Text in
// Article.Text (an Article built by hand) is written from its Text alone.
func (a *Article) Markdown() string {
	var w markdownWriter
	if a.Title != "" {
		w.block("# " + escapeMarkdown(a.Title, true))
	}
	links, images := a.Links, a.Images
	for i := 0; i < len(a.Blocks); i++ {
		b := a.Blocks[i]
		for len(images) > 0 && images[0].At <= b.Start {
			w.block(imageMarkdown(images[0]))
			images = images[1:]
		}
		if b.In(a.Text) != b.Text {
			w.blockOf(b, escapeMarkdown(b.Text, true))
			continue
		}
		if b.Type == BlockTableRow {
			end := i
			for end+1 < len(a.Blocks) && a.Blocks[end+1].Type == BlockTableRow {
				end++
			}
			w.block(tableMarkdown(a.Text, a.Blocks[i:end+1], &links))
			i = end
			continue
		}
		var line string
		line, links, images = inlineMarkdown(a.Text, b, links, images)
		w.blockOf(b, line)
		for len(images) > 0 && images[0].At == b.End {
			w.block(imageMarkdown(images[0])) // a picture that closes the block
			images = images[1:]
		}
	}
	for _, img := range images {
		w.block(imageMarkdown(img))
	}
	return w.String()
}

// markdownWriter joins Markdown blocks: a blank line between blocks, a
// single line break between the items of one list, and a quoted blank
// line between the paragraphs of a block quotation.
type markdownWriter struct {
	sb   strings.Builder
	last BlockType // the type of the last block written, for lists
}

// block writes one block of Markdown.
func (w *markdownWriter) block(md string) {
	w.separate("")
	w.sb.WriteString(md)
}

// separate starts a new block of type t.
func (w *markdownWriter) separate(t BlockType) {
	switch {
	case w.sb.Len() == 0:
	case t == BlockListItem && w.last == BlockListItem:
		w.sb.WriteString("\n")
	case t == BlockQuote && w.last == BlockQuote:
		w.sb.WriteString("\n>\n") // the paragraphs of one quotation
	default:
		w.sb.WriteString("\n\n")
	}
	w.last = t
}

// blockOf writes body block b, whose inline Markdown is line.
func (w *markdownWriter) blockOf(b Block, line string) {
	w.separate(b.Type)
	switch b.Type {
	case BlockHeading:
		w.sb.WriteString(strings.Repeat("#", min(max(b.Level, 1), 6)) + " " + line)
	case BlockListItem:
		if b.Ordered {
			w.sb.WriteString("1. " + line)
		} else {
			w.sb.WriteString("- " + line)
		}
	case BlockQuote:
		w.sb.WriteString("> " + strings.ReplaceAll(line, "\n", "\n> "))
	case BlockPre:
		fence := codeFence(b.Text)
		w.sb.WriteString(fence + "\n" + b.Text + "\n" + fence)
	default:
		w.sb.WriteString(line)
	}
}

func (w *markdownWriter) String() string {
	if w.sb.Len() == 0 {
		return ""
	}
	return w.sb.String() + "\n"
}

// inlineMarkdown renders block b of text with the links and the pictures
// standing in its line, and returns the links and images after it.
func inlineMarkdown(text string, b Block, links []Link, images []Image) (string, []Link, []Image) {
	if b.Type == BlockPre {
		for len(links) > 0 && links[0].Start < b.End {
			links = links[1:]
		}
		return "", links, images
	}
	var sb strings.Builder
	at := b.Start
	for at < b.End {
		nextLink, nextImage := b.End, b.End+1
		if len(links) > 0 && links[0].Start < b.End {
			nextLink = max(links[0].Start, at)
		}
		if len(images) > 0 && images[0].At < b.End {
			nextImage = max(images[0].At, at)
		}
		stop := min(nextLink, nextImage, b.End)
		sb.WriteString(escapeMarkdown(text[at:stop], at == b.Start))
		at = stop
		switch {
		case nextImage <= nextLink && nextImage < b.End:
			sb.WriteString(imageLink(images[0]))
			images = images[1:]
			if at > b.Start && at < b.End && text[at-1] == ' ' {
				sb.WriteByte(' ') // the picture stood between words
			}
		case nextLink < b.End:
			l := links[0]
			links = links[1:]
			end := max(min(l.End, b.End), at)
			sb.WriteString("[" + escapeMarkdown(text[at:end], false) + "](" + markdownURL(l.URL) + ")")
			at = end
		default:
			at = b.End
		}
	}
	return sb.String(), links, images
}

// tableMarkdown renders the table rows of rows as a Markdown table, the
// first row its header. Links in the cells are kept as their words.
func tableMarkdown(text string, rows []Block, links *[]Link) string {
	for len(*links) > 0 && (*links)[0].Start < rows[len(rows)-1].End {
		*links = (*links)[1:]
	}
	cells := make([][]string, len(rows))
	width := 0
	for i, r := range rows {
		for c := range strings.SplitSeq(r.In(text), " | ") {
			cells[i] = append(cells[i], escapeMarkdown(c, false))
		}
		width = max(width, len(cells[i]))
	}
	var sb strings.Builder
	if width == 1 {
		// A table of one column lays out lines, not data: the lines are
		// paragraphs.
		for i, row := range cells {
			if i > 0 {
				sb.WriteString("\n\n")
			}
			sb.WriteString(row[0])
		}
		return sb.String()
	}
	for i, row := range cells {
		for len(row) < width {
			row = append(row, "")
		}
		sb.WriteString("| " + strings.Join(row, " | ") + " |")
		if i == 0 {
			sb.WriteString("\n|" + strings.Repeat(" --- |", width))
		}
		if i < len(cells)-1 {
			sb.WriteString("\n")
		}
	}
	return sb.String()
}

// imageMarkdown renders a picture that stands between blocks: the image,
// and its caption below it in italics.
func imageMarkdown(img Image) string {
	md := imageLink(img)
	if img.Caption != "" {
		md += "\n\n*" + escapeMarkdown(img.Caption, false) + "*"
	}
	return md
}

// imageLink renders a picture as a Markdown image.
func imageLink(img Image) string {
	return "![" + escapeMarkdown(img.Alt, false) + "](" + markdownURL(img.URL) + ")"
}

// markdownURL makes u safe inside the parentheses of a Markdown link:
// the characters that would end it are percent-encoded, as URLs allow.
var markdownURL = strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E").Replace

// codeFence returns a fence of backticks longer than any run of backticks
// in code, at least three.
func codeFence(code string) string {
	longest, run := 0, 0
	for i := 0; i < len(code); i++ {
		if code[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return strings.Repeat("`", max(3, longest+1))
}

// escapeMarkdown escapes the characters of s that Markdown reads as inline
// markup; at the start of a block (lineStart) also those that would make
// it a heading, a list, a quote or a rule.
func escapeMarkdown(s string, lineStart bool) string {
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	if lineStart {
		s = escapeBlockStart(&sb, s)
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case '\n':
			sb.WriteString("  \n") // a line break inside a block
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// escapeBlockStart writes to sb the escaped form of the markers at the
// start of s that would open a block ("# ", "- ", "+ ", "1. ", "1) ",
// "> ", "=", "~~~"), and returns the rest of s.
func escapeBlockStart(sb *strings.Builder, s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '-', '+', '=', '>', '~':
		sb.WriteByte('\\')
		sb.WriteByte(s[0])
		return s[1:]
	}
	digits := 0
	for digits < len(s) && digits < 9 && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	if digits > 0 && digits < len(s) && (s[digits] == '.' || s[digits] == ')') {
		sb.WriteString(s[:digits])
		sb.WriteByte('\\')
		sb.WriteByte(s[digits])
		return s[digits+1:]
	}
	return s
}
