package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/ledehq/lede"
)

// encodeWhole is how responses were encoded before responseEncoder: the
// whole value at once, as the output format was defined.
func encodeWhole(r response, indent bool) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	err := enc.Encode(r)
	return buf.Bytes(), err
}

func encodeInPieces(r response, indent bool) ([]byte, error) {
	var buf bytes.Buffer
	err := newResponseEncoder(&buf, indent).encode(r)
	return buf.Bytes(), err
}

// fullArticle has every field of lede.Article set, with text that JSON
// escapes (HTML characters, which stay as they are, quotation marks,
// control characters, U+2028, invalid UTF-8) and text it does not
// (accents, CJK, emoji).
func fullArticle() *lede.Article {
	text := "“We <b>won</b> & more,” said José.\n\n家 \U0001F600 \"q\" \u2028 \x01 \xff 5% on May 3"
	published := time.Date(2024, 3, 14, 9, 30, 0, 0, time.FixedZone("", 3600))
	return &lede.Article{
		Title:       "Pier <to> be rebuilt & more",
		Authors:     []string{"Ana Ruiz", "Jo \"JJ\" Li"},
		Published:   published,
		Modified:    published.Add(time.Hour),
		Site:        "Tidewater",
		Language:    "en",
		URL:         "https://tidewater.example/a?b=1&c=<2>",
		Description: "A summary\twith a tab",
		Image:       "https://tidewater.example/lead.jpg",
		Blocks: []lede.Block{
			{Type: lede.BlockHeading, Level: 2, Text: "Pier", Span: lede.Span{Start: 0, End: 4}},
			{Type: lede.BlockListItem, Ordered: true, Text: "家 \U0001F600", Span: lede.Span{Start: 6, End: 17}},
		},
		Text:   text,
		Links:  []lede.Link{{Span: lede.Span{Start: 1, End: 3}, URL: "https://x.example/?a=1&b=2"}},
		Images: []lede.Image{{URL: "https://x.example/p.jpg", Alt: "a <pier>", Caption: "The pier", At: 6}},
	}
}

// TestFullArticleIsFull makes the encoder's test fail when lede.Article
// gains a field that fullArticle leaves unset: encode relies on the
// article's lists being its last fields, and only a test response with the
// new field set would show that it broke.
func TestFullArticleIsFull(t *testing.T) {
	v := reflect.ValueOf(*fullArticle())
	for i := range v.NumField() {
		if v.Field(i).IsZero() {
			t.Errorf("fullArticle leaves lede.Article.%s unset", v.Type().Field(i).Name)
		}
	}
}

func TestResponseEncoder(t *testing.T) {
	a := fullArticle()
	to := 3.5
	quotes := []lede.Quote{
		{Text: "We <b>won</b> & more", Span: lede.Span{Start: 3, End: 23}, Type: lede.QuoteDirect, Cue: "said",
			Speaker: &lede.Speaker{Text: "José", Span: lede.Span{Start: 30, End: 35}, Name: "José"}},
		{Text: "two parts", Span: lede.Span{Start: 1, End: 20}, Parts: []lede.Span{{Start: 1, End: 4}, {Start: 10, End: 20}},
			Type: lede.QuoteDirect},
	}
	figures := []lede.Figure{
		{Text: "5%", Span: lede.Span{Start: 40, End: 42}, Type: lede.FigurePercent, Value: 5, Unit: "%"},
		{Text: "2-3.5", Type: lede.FigureNumber, Value: 2, To: &to, Approx: "about", Per: "year"},
	}
	dates := []lede.Date{{Text: "May 3", Span: lede.Span{Start: 46, End: 51}, Type: lede.DateDate, Value: "2024-05-03"}}
	markdown := "# Pier <to> be rebuilt\n\n“We won,” said [José](https://x.example/?a=1&b=2).\n"
	text := "Plain \"text\" <p> & more"
	var noQuotes []lede.Quote

	tests := []struct {
		name string
		r    response
	}{
		{"zero response", response{}},
		{"error", response{ID: json.RawMessage(`"a<b>"`), Error: `line 3: invalid request: "&"`}},
		{"error without id", response{Error: "parsing: <bad>"}},
		{"text with nothing found", response{ID: json.RawMessage(`7`), Text: &text,
			Quotes: nonNil[lede.Quote](nil), Figures: nonNil[lede.Figure](nil), Dates: nonNil[lede.Date](nil)}},
		{"text with findings", response{ID: json.RawMessage(`{"n": [1, 2]}`), Text: &text,
			Quotes: &quotes, Figures: &figures, Dates: &dates}},
		{"null list", response{ID: json.RawMessage(`1`), Text: &text, Quotes: &noQuotes}},
		{"full article", response{ID: json.RawMessage(`"a"`), Article: a, Text: &a.Text,
			Quotes: &quotes, Figures: &figures, Dates: &dates, Markdown: &markdown}},
		{"single page", response{Article: a, Text: &a.Text, Quotes: &quotes, Figures: &figures, Dates: &dates}},
		{"article without lists", response{Article: &lede.Article{Title: "T", Blocks: []lede.Block{}},
			Text: new(string), Quotes: nonNil[lede.Quote](nil), Figures: nonNil[lede.Figure](nil), Dates: nonNil[lede.Date](nil)}},
		{"article without title", response{ID: json.RawMessage(`null`), Error: "x", Article: &lede.Article{}}},
		{"empty markdown", response{Article: &lede.Article{Title: "T"}, Markdown: new(string)}},
	}
	for _, tt := range tests {
		for _, indent := range []bool{false, true} {
			want, wantErr := encodeWhole(tt.r, indent)
			got, err := encodeInPieces(tt.r, indent)
			if err != nil || wantErr != nil {
				t.Fatalf("%s, indent %v: errors %v, want %v", tt.name, indent, err, wantErr)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("%s, indent %v (-json.Encoder +responseEncoder):\n%s", tt.name, indent, diff)
			}
		}
	}
}

// TestResponseEncoderErrors checks that an error stops the writing and is
// the one json.Encoder gives.
func TestResponseEncoderErrors(t *testing.T) {
	text := "x"
	figures := []lede.Figure{{Text: "1", Value: 1}, {Text: "inf", Value: math.Inf(1)}}
	r := response{ID: json.RawMessage(`1`), Text: &text, Figures: &figures}
	_, wantErr := encodeWhole(r, false)
	got, err := encodeInPieces(r, false)
	if err == nil || err.Error() != wantErr.Error() {
		t.Errorf("error %v, want %v", err, wantErr)
	}
	if len(got) > 0 {
		t.Errorf("wrote %q, want nothing of a short response that fails", got)
	}

	long := strings.Repeat("long text ", flushAt/5) // flushed twice, at least, before the end
	r = response{ID: json.RawMessage(`1`), Text: &long, Markdown: &long}
	broken := errors.New("broken pipe")
	w := &failingWriter{after: 1, err: broken}
	if err := newResponseEncoder(w, true).encode(r); !errors.Is(err, broken) {
		t.Errorf("error %v, want %v", err, broken)
	}
	if w.writes != 2 {
		t.Errorf("%d writes, want none after the failing one", w.writes)
	}
}

// failingWriter fails from its write after+1 on.
type failingWriter struct {
	after, writes int
	err           error
}

func (w *failingWriter) Write(p []byte) (int, error) {
	w.writes++
	if w.writes > w.after {
		return 0, w.err
	}
	return len(p), nil
}

// TestLineEncoderFailure checks that a batch still answers a response
// that cannot be encoded with one line, reporting it.
func TestLineEncoderFailure(t *testing.T) {
	text := "x"
	figures := []lede.Figure{{Text: "nan", Value: math.NaN()}}
	lines := newLineEncoder()
	got := string(lines.encode(response{ID: json.RawMessage(`5`), Text: &text, Figures: &figures}))
	want := `{"id":5,"error":"encoding response: json: unsupported value: NaN"}` + "\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// The next line is not the worse for it.
	got = string(lines.encode(response{ID: json.RawMessage(`6`), Text: &text}))
	if want := `{"id":6,"text":"x"}` + "\n"; got != want {
		t.Errorf("next line %q, want %q", got, want)
	}
}

// TestLineEncoder checks that a batch's lines, encoded by one lineEncoder,
// are those json.Encoder writes, whatever came before them: a long line
// that its buffers are not kept for, short ones that they are.
func TestLineEncoder(t *testing.T) {
	a := fullArticle()
	long := strings.Repeat("long text ", keepBuffersUpTo/5)
	responses := []response{
		{ID: json.RawMessage(`1`), Article: a, Text: &a.Text, Quotes: nonNil[lede.Quote](nil)},
		{ID: json.RawMessage(`2`), Text: &long, Quotes: nonNil[lede.Quote](nil)},
		{ID: json.RawMessage(`3`), Error: "x"},
		{ID: json.RawMessage(`4`), Article: a, Text: &a.Text},
	}
	lines := newLineEncoder()
	for _, r := range responses {
		want, err := encodeWhole(r, false)
		if err != nil {
			t.Fatal(err)
		}
		if got := lines.encode(r); !bytes.Equal(got, want) {
			t.Errorf("line %s: got %.200q, want %.200q", r.ID, got, want)
		}
	}
}
