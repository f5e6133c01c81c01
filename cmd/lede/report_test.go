package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/ledehq/lede"
)

func TestSpeakerLabel(t *testing.T) {
	tests := []struct {
		name    string
		speaker *lede.Speaker
		want    string
	}{
		{"no speaker", nil, "(unattributed)"},
		{"a name", &lede.Speaker{Text: "Ms Gupta", Name: "Gupta"}, "Gupta"},
		{"a pronoun resolved to a name", &lede.Speaker{Text: "she", Name: "Priya Gupta"}, "Priya Gupta"},
		{"a description, which has no name", &lede.Speaker{Text: "a company spokeswoman"}, "a company spokeswoman"},
		{"a title", &lede.Speaker{Text: "Mayor Ruth Abernathy", Name: "Ruth Abernathy", Title: "Mayor"},
			"Ruth Abernathy (Mayor)"},
		{"a title and an organization", &lede.Speaker{Text: "rotating chairman Ken Hu", Name: "Ken Hu", Title: "rotating chairman", Org: "Huawei"},
			"Ken Hu (rotating chairman, Huawei)"},
		{"an organization alone", &lede.Speaker{Text: "Ken Hu", Name: "Ken Hu", Org: "Huawei"}, "Ken Hu (Huawei)"},
		{"an organization the title names already", &lede.Speaker{Text: "Jane Doe", Name: "Jane Doe", Title: "a lawyer for Acme Corp", Org: "Acme Corp"},
			"Jane Doe (a lawyer for Acme Corp)"},
		{"an organization the mention names already", &lede.Speaker{Text: "The Office of Rail Standards", Org: "Rail Standards"},
			"The Office of Rail Standards"},
		{"a title the mention holds, without a name", &lede.Speaker{Text: "the city's finance director", Title: "finance director"},
			"the city's finance director"},
	}
	for _, tt := range tests {
		if got := speakerLabel(tt.speaker); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestQuoteLine(t *testing.T) {
	text := "“Nobody wanted this,” said Mayor Ruth Abernathy. “But we need a pier.”"
	mayor := &lede.Speaker{Text: "Mayor Ruth Abernathy", Name: "Ruth Abernathy", Title: "Mayor"}
	tests := []struct {
		name  string
		quote lede.Quote
		want  string
	}{
		{"direct", lede.Quote{Type: lede.QuoteDirect, Text: "Nobody wanted this", Speaker: mayor},
			"Ruth Abernathy (Mayor): “Nobody wanted this”"},
		{"direct in parts, cut by its attribution",
			lede.Quote{Type: lede.QuoteDirect, Text: "Nobody wanted this But we need a pier.", Speaker: mayor,
				Parts: []lede.Span{{Start: 3, End: 21}, {Start: 56, End: 75}}},
			"Ruth Abernathy (Mayor): “Nobody wanted this … But we need a pier.”"},
		{"direct, unattributed", lede.Quote{Type: lede.QuoteDirect, Text: "We need a pier."},
			"(unattributed): “We need a pier.”"},
		{"indirect, in the writer's words", lede.Quote{Type: lede.QuoteIndirect, Text: "that the pier would close", Speaker: mayor},
			"Ruth Abernathy (Mayor) [reported]: that the pier would close"},
		{"mixed, with marks of its own", lede.Quote{Type: lede.QuoteMixed, Text: "the plan was “reckless”", Speaker: mayor},
			"Ruth Abernathy (Mayor) [reported]: the plan was “reckless”"},
		{"a refusal names a topic, not words", lede.Quote{Type: lede.QuoteRefusal, Text: "to comment", Speaker: &lede.Speaker{Text: "A spokesman"}},
			"A spokesman [refused]: to comment"},
	}
	for _, tt := range tests {
		if got := quoteLine(tt.quote, text); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestQuotedWordsAcrossParagraphs: a quote that goes on in the next
// paragraph keeps the paragraph break between its parts.
func TestQuotedWordsAcrossParagraphs(t *testing.T) {
	text := "“We will rebuild,” she said.\n\n“It will take a year.”"
	q := lede.Quote{Type: lede.QuoteDirect, Text: "We will rebuild\n\nIt will take a year.", Parts: []lede.Span{{Start: 3, End: 18}, {Start: 37, End: 57}}}
	if got, want := quotedWords(q, text), "We will rebuild\n\nIt will take a year."; got != want {
		t.Errorf("quotedWords = %q, want %q", got, want)
	}
	lines := quoteLines([]lede.Quote{q}, text)
	want := []string{"(unattributed): “We will rebuild", "", "    It will take a year.”"}
	if diff := cmp.Diff(want, lines); diff != "" {
		t.Errorf("quoteLines (-want +got):\n%s", diff)
	}
}

// TestQuoteLinesHangingIndent: a long quote wraps at 80 columns under a
// four-space indent, and quotes are set apart by blank lines.
func TestQuoteLinesHangingIndent(t *testing.T) {
	long := lede.Quote{Type: lede.QuoteDirect, Speaker: &lede.Speaker{Text: "Ken Hu", Name: "Ken Hu", Title: "rotating chairman", Org: "Huawei"},
		Text: "We have seen demand for our network equipment grow in every market where we sell it, and we expect that to continue next year."}
	short := lede.Quote{Type: lede.QuoteDirect, Text: "No."}
	want := []string{
		"Ken Hu (rotating chairman, Huawei): “We have seen demand for our network",
		"    equipment grow in every market where we sell it, and we expect that to",
		"    continue next year.”",
		"",
		"(unattributed): “No.”",
	}
	if diff := cmp.Diff(want, quoteLines([]lede.Quote{long, short}, "")); diff != "" {
		t.Errorf("quoteLines (-want +got):\n%s", diff)
	}
}

// TestFigureLines: figures are grouped by kind in a fixed order, whatever
// order the text has them in; the same figure twice is shown once with a
// count; arrows line up within a group.
func TestFigureLines(t *testing.T) {
	figures := []lede.Figure{
		{Text: "two", Type: lede.FigureNumber, Value: 2},
		{Text: "300 km", Type: lede.FigureQuantity, Value: 300, Unit: "km"},
		{Text: "$2-3 billion", Type: lede.FigureMoney, Value: 2e9, To: ptr(3e9), Unit: "USD", Approx: "about", Per: "year"},
		{Text: "5%", Type: lede.FigurePercent, Value: 5, Unit: "%"},
		{Text: "two", Type: lede.FigureNumber, Value: 2},
		{Text: "a third", Type: lede.FigureNumber, Value: 1.0 / 3},
		{Text: "30th", Type: lede.FigureOrdinal, Value: 30},
		{Text: "1,200", Type: lede.FigureNumber, Value: 1200},
		{Text: "eleventy", Type: "fantasy", Value: 111},
	}
	want := []string{
		"Money",
		"  $2-3 billion → about 2,000,000,000–3,000,000,000 USD per year",
		"Percent",
		"  5% → 5 %",
		"Number",
		"  two     → 2 (2 times)",
		"  a third → 0.3333",
		"  1,200   → 1,200",
		"Ordinal",
		"  30th → 30",
		"Quantity",
		"  300 km → 300 km",
		"Fantasy",
		"  eleventy → 111",
	}
	if diff := cmp.Diff(want, findingLines(figureFindings(figures), figureOrder)); diff != "" {
		t.Errorf("figure lines (-want +got):\n%s", diff)
	}
}

func TestDateLines(t *testing.T) {
	dates := []lede.Date{
		{Text: "every week", Type: lede.DateSet, Value: "P1W"},
		{Text: "three years", Type: lede.DateDuration, Value: "P3Y"},
		{Text: "Tuesday", Type: lede.DateDate, Value: "2024-03-12"},
		{Text: "3 p.m.", Type: lede.DateTime, Value: "2024-03-12T15:00"},
		{Text: "the first week of the summer holidays", Type: lede.DateDate, Value: "2024-07"},
		{Text: "March 8", Type: lede.DateDate, Value: "2024-03-08"},
	}
	want := []string{
		"Date",
		"  Tuesday → 2024-03-12",
		"  the first week of the summer holidays → 2024-07",
		"  March 8 → 2024-03-08",
		"Time",
		"  3 p.m. → 2024-03-12T15:00",
		"Duration",
		"  three years → P3Y",
		"Set",
		"  every week → P1W",
	}
	if diff := cmp.Diff(want, findingLines(dateFindings(dates), dateOrder)); diff != "" {
		t.Errorf("date lines (-want +got):\n%s", diff)
	}
}

func TestGroupThousands(t *testing.T) {
	for v, want := range map[float64]string{
		0: "0", 5: "5", 999: "999", 1000: "1,000", 4.2e6: "4,200,000", 1e18: "1,000,000,000,000,000,000",
		-12500: "-12,500", 0.5: "0.5", 1234.25: "1,234.25", 2.0 / 3: "0.6667", 0.00001: "0.00001",
	} {
		if got := groupThousands(v); got != want {
			t.Errorf("groupThousands(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestDateLine(t *testing.T) {
	east := time.FixedZone("", -4*3600)
	tests := []struct {
		name                string
		published, modified time.Time
		want                string
	}{
		{"neither", time.Time{}, time.Time{}, ""},
		{"a date without a time of day", time.Date(2019, 6, 7, 0, 0, 0, 0, time.UTC), time.Time{},
			"Published Friday 7 June 2019"},
		{"updated the same day", time.Date(2024, 3, 14, 9, 30, 0, 0, east), time.Date(2024, 3, 14, 16, 5, 0, 0, east),
			"Published Thursday 14 March 2024 at 09:30 -0400, updated at 16:05 -0400"},
		{"updated later", time.Date(2024, 3, 14, 9, 30, 0, 0, east), time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC),
			"Published Thursday 14 March 2024 at 09:30 -0400, updated Wednesday 20 March 2024"},
		{"only updated", time.Time{}, time.Date(2024, 3, 20, 8, 0, 0, 0, time.UTC),
			"Updated Wednesday 20 March 2024 at 08:00 +0000"},
		{"updated when published", time.Date(2024, 3, 14, 9, 30, 0, 0, east), time.Date(2024, 3, 14, 13, 30, 0, 0, time.UTC),
			"Published Thursday 14 March 2024 at 09:30 -0400"},
	}
	for _, tt := range tests {
		if got := dateLine(tt.published, tt.modified); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestBodyLines(t *testing.T) {
	a := &lede.Article{Blocks: []lede.Block{
		{Type: lede.BlockParagraph, Text: "Opening paragraph."},
		{Type: lede.BlockHeading, Level: 2, Text: "What happens next"},
		{Type: lede.BlockListItem, Text: "First item"},
		{Type: lede.BlockListItem, Text: "Second item"},
		{Type: lede.BlockQuote, Text: "A quotation."},
		{Type: lede.BlockPre, Text: "if x {\n\treturn\n}"},
	}}
	want := []string{
		"Opening paragraph.",
		"",
		"What happens next",
		"-----------------",
		"",
		"  - First item",
		"  - Second item",
		"",
		"  | A quotation.",
		"",
		"    if x {",
		"            return",
		"    }",
	}
	if diff := cmp.Diff(want, bodyLines(a)); diff != "" {
		t.Errorf("body (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"(no article body found)"}, bodyLines(&lede.Article{})); diff != "" {
		t.Errorf("empty body (-want +got):\n%s", diff)
	}
}

// TestReportWidth runs the report over every fixture page: no line is
// wider than 80 columns, or longer than 80 runes.
func TestReportWidth(t *testing.T) {
	pages, _ := filepath.Glob("../../testdata/pages/*.html")
	if len(pages) == 0 {
		t.Skip("no fixture pages")
	}
	for _, path := range pages {
		var out, errOut bytes.Buffer
		if code := run([]string{"-format", "text", path}, nil, &out, &errOut); code != 0 {
			t.Errorf("%s: exit %d, %s", path, code, errOut.String())
			continue
		}
		for i, line := range strings.Split(out.String(), "\n") {
			if columns(line) > 80 || utf8.RuneCountInString(line) > 80 {
				t.Errorf("%s line %d is %d columns: %q", filepath.Base(path), i+1, columns(line), line)
			}
		}
	}
	if _, err := os.Stat("../../testdata/pages/shift-jis.html"); err == nil {
		var out bytes.Buffer
		run([]string{"-format", "text", "../../testdata/pages/shift-jis.html"}, nil, &out, &bytes.Buffer{})
		if !strings.Contains(out.String(), "図書館") {
			t.Errorf("the Japanese page lost its text:\n%s", out.String())
		}
	}
}

func ptr(v float64) *float64 { return &v }
