package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ledehq/lede"
)

// reportWidth is how wide the text report is: the classic terminal.
const reportWidth = 80

// writeReport prints a page's response for people, as -format text asks:
// the article's metadata, its body wrapped at reportWidth columns, then the
// quotes, figures and dates found in it. A section with nothing in it is
// left out.
func writeReport(w io.Writer, r response) error {
	lines := headerLines(r.Article)
	lines = append(lines, "")
	lines = append(lines, bodyLines(r.Article)...)
	lines = appendSection(lines, "Quotes", len(*r.Quotes), quoteLines(*r.Quotes, *r.Text))
	lines = appendSection(lines, "Figures", len(*r.Figures), findingLines(figureFindings(*r.Figures), figureOrder))
	lines = appendSection(lines, "Dates", len(*r.Dates), findingLines(dateFindings(*r.Dates), dateOrder))
	_, err := io.WriteString(w, strings.Join(lines, "\n")+"\n")
	return err
}

// underline sets a title off with a row of c as wide as its longest line.
func underline(title []string, c string) []string {
	n := 0
	for _, l := range title {
		n = max(n, columns(l))
	}
	return append(title, strings.Repeat(c, n))
}

// appendSection adds a titled section to lines, after a blank line, unless
// it has no lines.
func appendSection(lines []string, title string, count int, section []string) []string {
	if len(section) == 0 {
		return lines
	}
	lines = append(lines, "")
	lines = append(lines, underline([]string{fmt.Sprintf("%s (%d)", title, count)}, "=")...)
	return append(lines, section...)
}

// headerLines are the title, byline, dates, site and address of a.
func headerLines(a *lede.Article) []string {
	lines := underline(wrap(cmp.Or(a.Title, "(untitled)"), "", "", reportWidth), "=")
	if len(a.Authors) > 0 {
		lines = append(lines, wrap(listOf(a.Authors), "By ", "   ", reportWidth)...)
	}
	if d := dateLine(a.Published, a.Modified); d != "" {
		lines = append(lines, wrap(d, "", "", reportWidth)...)
	}
	for _, s := range []string{a.Site, a.URL} {
		if s != "" {
			lines = append(lines, wrap(s, "", "", reportWidth)...)
		}
	}
	return lines
}

// listOf joins names as English does: "A", "A and B", "A, B and C".
func listOf(names []string) string {
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// dateLine tells when the article was published and last updated, or ""
// when the page does not say. An update on the publishing day gives its
// time only.
func dateLine(published, modified time.Time) string {
	var parts []string
	if !published.IsZero() {
		parts = append(parts, "Published "+dateTime(published))
	}
	if !modified.IsZero() && !modified.Equal(published) {
		when := dateTime(modified)
		if sameDay(published, modified) {
			when = "at " + modified.Format("15:04 -0700")
		}
		parts = append(parts, "updated "+when)
	}
	if len(parts) == 0 {
		return ""
	}
	parts[0] = strings.ToUpper(parts[0][:1]) + parts[0][1:]
	return strings.Join(parts, ", ")
}

// dateTime is t for people. lede gives a date without a time of day as
// midnight UTC, which is then no time to show.
func dateTime(t time.Time) string {
	if t.Location() == time.UTC && t.Equal(t.Truncate(24*time.Hour)) {
		return t.Format("Monday 2 January 2006")
	}
	return t.Format("Monday 2 January 2006 at 15:04 -0700")
}

func sameDay(a, b time.Time) bool {
	y1, m1, d1 := a.Date()
	y2, m2, d2 := b.In(a.Location()).Date()
	return !a.IsZero() && y1 == y2 && m1 == m2 && d1 == d2
}

// bodyLines are the article's blocks, wrapped, with a blank line between
// two blocks, except between the items of a list or the rows of a table,
// which read as one.
func bodyLines(a *lede.Article) []string {
	blocks := a.Blocks
	if len(blocks) == 0 && a.Text != "" {
		blocks = []lede.Block{{Type: lede.BlockParagraph, Text: a.Text}}
	}
	if len(blocks) == 0 {
		return []string{"(no article body found)"}
	}
	var lines []string
	for i, b := range blocks {
		if i > 0 && !(b.Type == blocks[i-1].Type && (b.Type == lede.BlockListItem || b.Type == lede.BlockTableRow)) {
			lines = append(lines, "")
		}
		lines = append(lines, blockLines(b)...)
	}
	return lines
}

// blockLines is one block, wrapped to the report's width. Headings are
// underlined with dashes (the title and sections with equals signs), list
// items bulleted, block quotations set off with a bar, and preformatted
// text indented and kept as it is, cut where it is too wide.
func blockLines(b lede.Block) []string {
	switch b.Type {
	case lede.BlockHeading:
		return underline(wrapLines(b.Text, "", "", reportWidth), "-")
	case lede.BlockListItem:
		return wrapLines(b.Text, "  - ", "    ", reportWidth)
	case lede.BlockQuote:
		return wrapLines(b.Text, "  | ", "  | ", reportWidth)
	case lede.BlockPre:
		return preLines(b.Text)
	}
	return wrapLines(b.Text, "", "", reportWidth)
}

// preLines indents preformatted text by four spaces, its own spacing kept
// (tabs expanded to stops every eight columns), a line too wide cut.
func preLines(text string) []string {
	var lines []string
	for _, line := range strings.Split(text, "\n") {
		lines = append(lines, cutLine("    "+expandTabs(line), reportWidth)...)
	}
	return lines
}

func expandTabs(line string) string {
	var b strings.Builder
	col := 0
	for _, r := range line {
		if r == '\t' {
			n := 8 - col%8
			b.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		b.WriteRune(r)
		col += runeColumns(r)
	}
	return b.String()
}

// cutLine cuts line into pieces at most limit columns wide.
func cutLine(line string, limit int) []string {
	w := &wrapper{limit: limit}
	w.start("")
	w.cut(line)
	return append(w.lines, w.line.String())
}

// quoteLines lists the quotes of text, a blank line between two, each as
// Speaker (title, org): “words”, wrapped under a hanging indent.
func quoteLines(quotes []lede.Quote, text string) []string {
	var lines []string
	for i, q := range quotes {
		if i > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, wrapLines(quoteLine(q, text), "", "    ", reportWidth)...)
	}
	return lines
}

// quoteLine is one quote of text on one line, but for the paragraph breaks
// of a quote that spans paragraphs. Only a direct quote is set in
// quotation marks: reported speech is in the writer's words, and a refusal
// names what the speaker would not talk about, so each says so instead.
func quoteLine(q lede.Quote, text string) string {
	speaker := speakerLabel(q.Speaker)
	switch string(q.Type) {
	case "direct":
		return speaker + ": “" + quotedWords(q, text) + "”"
	case "refusal":
		return speaker + " [refused]: " + q.Text
	}
	return speaker + " [reported]: " + q.Text
}

// quotedWords are the words of a direct quote as the text has them. A
// quote its attribution interrupts (“Part one,” she said, “part two.”)
// shows the cut with an ellipsis, a quote that goes on in the next
// paragraph with a paragraph break; Quote.Text joins its parts with a
// space, which reads as one run-on sentence.
func quotedWords(q lede.Quote, text string) string {
	if len(q.Parts) < 2 {
		return q.Text
	}
	var b strings.Builder
	prevEnd := -1
	for _, p := range q.Parts {
		if p.In(text) == "" || p.Start < prevEnd {
			return q.Text // not offsets into this text
		}
		switch {
		case prevEnd < 0:
		case strings.Contains(text[prevEnd:p.Start], "\n"):
			b.WriteString("\n\n")
		default:
			b.WriteString(" … ")
		}
		b.WriteString(p.In(text))
		prevEnd = p.End
	}
	return b.String()
}

// speakerLabel names a quote's speaker: the name lede resolved, or the
// mention as written ("a spokeswoman"), then its title and organization
// when the text gives them and the label does not say them already ("a
// lawyer for Acme Corp" is not followed by "Acme Corp").
func speakerLabel(s *lede.Speaker) string {
	if s == nil {
		return "(unattributed)"
	}
	name := cmp.Or(s.Name, s.Text)
	var about []string
	if s.Title != "" && !strings.Contains(name, s.Title) {
		about = append(about, s.Title)
	}
	if s.Org != "" && !strings.Contains(s.Title, s.Org) && !strings.Contains(name, s.Org) {
		about = append(about, s.Org)
	}
	if len(about) == 0 {
		return name
	}
	return name + " (" + strings.Join(about, ", ") + ")"
}

// finding is a figure or a date as the report shows it: its kind, its
// text and its value.
type finding struct {
	kind, text, value string
}

// figureOrder and dateOrder are the kinds in the order the report groups
// them. A kind lede adds later comes after these.
var (
	figureOrder = []string{"money", "percent", "number", "ordinal", "quantity"}
	dateOrder   = []string{"date", "time", "duration", "set"}
)

func figureFindings(figures []lede.Figure) []finding {
	var fs []finding
	for _, f := range figures {
		fs = append(fs, finding{kind: string(f.Type), text: f.Text, value: figureValue(f)})
	}
	return fs
}

func dateFindings(dates []lede.Date) []finding {
	var fs []finding
	for _, d := range dates {
		fs = append(fs, finding{kind: string(d.Type), text: d.Text, value: d.Value})
	}
	return fs
}

// figureValue reads a figure's value out in full: "about 2,000,000,000 USD
// per year", "40–50 year".
func figureValue(f lede.Figure) string {
	v := groupThousands(f.Value)
	if f.To != nil {
		v += "–" + groupThousands(*f.To)
	}
	if f.Unit != "" {
		v += " " + f.Unit
	}
	if f.Approx != "" {
		v = f.Approx + " " + v
	}
	if f.Per != "" {
		v += " per " + f.Per
	}
	return v
}

// groupThousands writes v in full with its thousands separated by commas,
// as news does: 4,200,000 and 0.5, never 4.2e+06. A long fraction is cut
// to maxDecimals digits: "a third" is 0.3333.
func groupThousands(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if _, fraction, _ := strings.Cut(s, "."); len(fraction) > maxDecimals {
		short := strings.TrimRight(strconv.FormatFloat(v, 'f', maxDecimals, 64), "0")
		if short != "0." && short != "-0." { // keep a tiny value from reading as zero
			s = strings.TrimSuffix(short, ".")
		}
	}
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, fraction, _ := strings.Cut(s, ".")
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	if fraction != "" {
		whole += "." + fraction
	}
	return sign + whole
}

// maxDecimals is how many digits of a fraction the report shows.
const maxDecimals = 4

// findingLines groups findings by kind, in order, each group under its
// kind's name with its findings as "text → value", arrows aligned. The
// same text with the same value is shown once with a count: an article
// that says "two" five times has one figure to read.
func findingLines(findings []finding, order []string) []string {
	var lines []string
	for _, kind := range kindsOf(findings, order) {
		group, counts := distinct(findings, kind)
		lines = append(lines, strings.ToUpper(kind[:1])+kind[1:])
		pad := alignment(group)
		for _, f := range group {
			lines = append(lines, findingLine(f, counts[f], pad)...)
		}
	}
	return lines
}

// kindsOf is order's kinds that findings have, then any others, sorted.
func kindsOf(findings []finding, order []string) []string {
	var kinds []string
	for _, f := range findings {
		if !slices.Contains(kinds, f.kind) {
			kinds = append(kinds, f.kind)
		}
	}
	rank := func(k string) int {
		if i := slices.Index(order, k); i >= 0 {
			return i
		}
		return len(order)
	}
	slices.SortStableFunc(kinds, func(a, b string) int {
		return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(a, b))
	})
	return kinds
}

// distinct is the findings of kind, each once in the order they first
// come, with how often each comes.
func distinct(findings []finding, kind string) ([]finding, map[finding]int) {
	var group []finding
	counts := map[finding]int{}
	for _, f := range findings {
		if f.kind != kind {
			continue
		}
		if counts[f] == 0 {
			group = append(group, f)
		}
		counts[f]++
	}
	return group, counts
}

// maxAlignedText is the widest text whose arrow is aligned with the
// others': a longer one would push every value far right.
const maxAlignedText = 24

// alignment is the column the arrows of group line up at.
func alignment(group []finding) int {
	pad := 0
	for _, f := range group {
		if n := columns(f.text); n <= maxAlignedText {
			pad = max(pad, n)
		}
	}
	return pad
}

// findingLine is one finding, indented under its kind, its text padded to
// pad columns; wrapped when it does not fit.
func findingLine(f finding, count, pad int) []string {
	line := f.text + strings.Repeat(" ", max(pad-columns(f.text), 0)) + " → " + f.value
	if count > 1 {
		line += fmt.Sprintf(" (%d times)", count)
	}
	if columns("  "+line) <= reportWidth {
		return []string{"  " + line}
	}
	return wrap(line, "  ", "      ", reportWidth)
}
