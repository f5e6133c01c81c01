package main

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/ledehq/lede"
)

// jsonOf is what json.Encoder with SetEscapeHTML(false) writes for v,
// without its line break: the bytes the hand encoders must match.
func jsonOf(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// TestEntityEncodersMatchJSON checks appendFigure and appendDate against
// encoding/json on strings with every kind of character it escapes, on
// floats at the edges of its two formats, and on random values.
func TestEntityEncodersMatchJSON(t *testing.T) {
	texts := []string{
		"", "US$2bn", "12 500 tonnes", "“quoted” and \"straight\"", `back\slash`, "tab\there\nline\rreturn",
		"\x00\x01\x1f\x7f", "<b>&amp;</b>", "line\u2028para\u2029end", "bad \xff\xfe byte", "half \xe2\x82 rune",
		"日本語 ünïcödé 😀", "\u00a0\u200b\ufeff",
	}
	floats := []float64{
		0, math.Copysign(0, -1), 1, -1, 0.1, 0.25, 1.5e-6, 1e-6, 9.99e-7, 1e-7, -2.5e-9, 1e-10, 123.456,
		1e20, 1e21, 1.2345e21, -1e21, 1e300, 5e-324, math.MaxFloat64, 1200000000, 333333333.3333333,
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		f := math.Float64frombits(r.Uint64())
		if finite(f) {
			floats = append(floats, f)
		}
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = byte(r.IntN(256))
		}
		texts = append(texts, string(b))
	}
	for i, f := range floats {
		text := texts[i%len(texts)]
		to := floats[(i+7)%len(floats)]
		for _, fig := range []lede.Figure{
			{Text: text, Span: lede.Span{Start: i, End: i + len(text)}, Type: lede.FigureMoney, Value: f, Unit: "USD"},
			{Text: text, Type: lede.FigurePercent, Value: f, To: &to, Unit: "%", Approx: "about", Per: "year"},
			{Text: "", Type: "", Value: f},
		} {
			got, ok := appendFigure(nil, &fig)
			if want := jsonOf(t, fig); !ok || !bytes.Equal(got, want) {
				t.Fatalf("appendFigure(%+v) = %s, %v; want %s", fig, got, ok, want)
			}
		}
	}
	for i, text := range texts {
		d := lede.Date{Text: text, Span: lede.Span{Start: i, End: 2 * i}, Type: lede.DateDate, Value: texts[(i+3)%len(texts)]}
		if got, want := appendDate(nil, &d), jsonOf(t, d); !bytes.Equal(got, want) {
			t.Fatalf("appendDate(%+v) = %s; want %s", d, got, want)
		}
	}
}

// TestFigureEncoderRefusesNonFinite leaves a value JSON cannot hold to
// encoding/json, which reports it as an error.
func TestFigureEncoderRefusesNonFinite(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if _, ok := appendFigure(nil, &lede.Figure{Value: f}); ok {
			t.Errorf("appendFigure encoded the value %v", f)
		}
		to := f
		if _, ok := appendFigure(nil, &lede.Figure{Value: 1, To: &to}); ok {
			t.Errorf("appendFigure encoded the upper bound %v", f)
		}
	}
}

// TestEntitiesLaidOutIndented checks that a figure, a date, a block or a quote laid out
// indented at once is what indenting its compact JSON gives, at each
// depth the encoder uses.
func TestEntitiesLaidOutIndented(t *testing.T) {
	to := 2.5
	figures := []lede.Figure{
		{Text: "US$2bn", Span: lede.Span{Start: 3, End: 9}, Type: lede.FigureMoney, Value: 2e9, Unit: "USD"},
		{Text: "“about” 10–12%", Type: lede.FigurePercent, Value: 10, To: &to, Unit: "%", Approx: "about", Per: "year"},
		{Text: "tab\there \"q\" \\ \u2028", Value: -1e-7},
	}
	dates := []lede.Date{
		{Text: "March 8, 2019", Span: lede.Span{Start: 10, End: 23}, Type: lede.DateDate, Value: "2019-03-08"},
		{Text: "", Type: "", Value: ""},
	}
	var values []any
	for i := range figures {
		values = append(values, &figures[i])
	}
	for i := range dates {
		values = append(values, &dates[i])
	}
	for _, b := range []lede.Block{
		{Type: lede.BlockHeading, Level: 2, Text: "A \"heading\"", Span: lede.Span{Start: 0, End: 13}},
		{Type: lede.BlockListItem, Ordered: true, Text: "first\titem <b>", Span: lede.Span{Start: 20, End: 36}},
		{Type: lede.BlockParagraph, Text: ""},
	} {
		values = append(values, &b)
	}
	for _, q := range []lede.Quote{
		{Text: "We <will> win & \"more\"", Span: lede.Span{Start: 1, End: 20}, Type: lede.QuoteDirect, Cue: "said",
			Speaker: &lede.Speaker{Text: "Ana Ruiz", Span: lede.Span{Start: 22, End: 30}, Name: "Ana Ruiz", Title: "mayor", Org: "Acme"}},
		{Text: "part one part two", Type: lede.QuoteDirect, Parts: []lede.Span{{Start: 0, End: 8}, {Start: 20, End: 28}, {Start: 40, End: 44}}},
		{Text: "that it was fine", Type: lede.QuoteIndirect, Speaker: &lede.Speaker{Text: "she"}},
	} {
		values = append(values, &q)
	}
	for _, v := range values {
		compact, _ := appendEntity(nil, v)
		for depth := range indents {
			got, ok := appendIndentedEntity(nil, v, depth)
			if want := appendIndented(nil, compact, indents[depth]); !ok || !bytes.Equal(got, want) {
				t.Errorf("depth %d: laid out\n%s\nwant\n%s", depth, got, want)
			}
		}
	}
	if _, ok := appendIndentedEntity(nil, &lede.Figure{Value: math.NaN()}, 2); ok {
		t.Error("a figure of NaN was laid out")
	}
}
