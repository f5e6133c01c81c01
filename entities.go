package lede

import (
	"context"
	"time"
)

// FigureType tells what a figure counts.
type FigureType string

// The types of figures.
const (
	FigureMoney    FigureType = "money"    // "$2 billion", "€3.5m", "470 pence"
	FigurePercent  FigureType = "percent"  // "5%", "five per cent", "3 percentage points"
	FigureNumber   FigureType = "number"   // "1,200", "two hundred", "a dozen", "two-thirds"
	FigureOrdinal  FigureType = "ordinal"  // "30th", "twenty-fifth"
	FigureQuantity FigureType = "quantity" // "300 km", "5 tonnes", "40C", "12 years old"
)

// Figure is a number found in a text, with what it counts.
type Figure struct {
	// Text is the figure as written, with its byte offsets into the text:
	// the number with its currency, unit or percent sign ("US$2bn",
	// "300 km"), without approximation words or rates around it.
	Text string `json:"text"`
	Span
	Type FigureType `json:"type"`
	// Value is the number, scaled ("$2 billion" is 2e9, "5%" is 5, "470
	// pence" is 4.7 with Unit "GBP"); scale words in a row multiply ("a
	// billion billion" is 1e18, "a thousand million" 1e9). For a range
	// ("$2-3 billion", "-5 to 0C", "40-50 years old") it is the lower
	// bound and To the upper one; To is nil when the figure is not a
	// range.
	Value float64  `json:"value"`
	To    *float64 `json:"to,omitempty"`
	// Unit is the ISO 4217 code of money ("USD"; "$" alone is the US
	// dollar), "%" for percents, "pp" for percentage points and "bp" for
	// basis points (hundredths of a point: "25 basis points" is 25), the symbol
	// of a quantity's unit ("km", "t", "°C", "km/h", "year" for ages), and
	// empty for numbers and ordinals.
	Unit string `json:"unit,omitempty"`
	// Approx is the qualifier written before the figure, lower-cased:
	// "about", "more than", "up to", "nearly", "at least".
	Approx string `json:"approx,omitempty"`
	// Per is the rate written after it: "year" for "a year" or "per
	// year", "share", "day", "person".
	Per string `json:"per,omitempty"`
}

// DateType is the TIMEX3 type of a date expression.
type DateType string

// The types of dates, as TimeML names them.
const (
	DateDate     DateType = "date"     // "March 8, 2019", "yesterday", "last week", "the 1990s"
	DateTime     DateType = "time"     // "3 p.m.", "noon", "Tuesday morning"
	DateDuration DateType = "duration" // "five years", "18 months", "the past two weeks"
	DateSet      DateType = "set"      // "every week", "annually"
)

// Date is a date, time, duration or recurrence found in a text.
type Date struct {
	// Text is the expression as written, with its byte offsets.
	Text string `json:"text"`
	Span
	Type DateType `json:"type"`
	// Value is the TIMEX3 value, resolved against the reference date:
	// "2019-03-08", "2019-03", "2019-W10", "2019-Q3", "199" (the 1990s),
	// "2019-03-08T15:00", "P5Y", "PT2H", "P1W" (every week), or
	// PRESENT_REF, PAST_REF, FUTURE_REF for "now", "recently", "soon".
	// Parts the text leaves open are X ("XXXX-03-08" for "March 8" when
	// no reference date is known; "P3D" for "three days" needs none).
	Value string `json:"value"`
}

// Figures finds the figures of text, in order: money, percents, numbers,
// ordinals and quantities with units. Numbers that belong to a date or a
// time ("March 8", "3 p.m.", "in 2019"), to a name ("Boeing 737", "5G",
// "COVID-19") or to a phone number are not figures. Offsets are byte
// offsets into text, on character boundaries; empty text has none.
//
// Telling dates apart takes a pass of the date finder: a program that
// wants both should call FiguresAndDates, which makes that pass once.
func Figures(text string) []Figure {
	figures, _ := FiguresAndDates(text, time.Time{})
	return figures
}

// Dates finds the date and time expressions of text, in order, with
// their TIMEX3 values resolved against ref, the time the text was
// written: "yesterday" is the day before ref, "Tuesday" the Tuesday of
// ref's week that the sentence's tense points to (the past one unless the
// sentence speaks of the future), "March 8" the March 8 before or after
// ref that the tense points to, or the nearest one when the tense is
// silent or would point most of a year away. With a zero ref, relative expressions keep X for what
// they leave open ("XXXX-03-08"). Offsets are byte offsets into text.
func Dates(text string, ref time.Time) []Date {
	r := newEntityReader(text, ref, windowSizes{windowChunk, windowBehind, windowAhead})
	r.datesOnly = true // read in windows, as FiguresAndDates does, with memory for a window's tokens
	_, dates := r.read(&stopper{})
	return dates
}

// FiguresAndDates returns what Figures and Dates return for text, in
// one pass over it: about half the time of calling both.
func FiguresAndDates(text string, ref time.Time) ([]Figure, []Date) {
	figures, dates, _ := figuresAndDates(&stopper{}, text, ref)
	return figures, dates
}

// FiguresAndDatesContext is FiguresAndDates that gives up when ctx is done:
// it then returns no figures and no dates, and an error that wraps
// ctx.Err().
func FiguresAndDatesContext(ctx context.Context, text string, ref time.Time) ([]Figure, []Date, error) {
	return figuresAndDates(newStopper(ctx), text, ref)
}

// figuresAndDates reads text in windows (see entityReader), as the whole
// text in one (figuresAndDatesAtOnce) would be read.
func figuresAndDates(stop *stopper, text string, ref time.Time) ([]Figure, []Date, error) {
	figures, dates := readFiguresAndDates(stop, text, ref, windowSizes{windowChunk, windowBehind, windowAhead})
	if err := stop.failed("figures and dates"); err != nil {
		return nil, nil, err
	}
	return figures, dates, nil
}

// figuresAndDatesAtOnce reads the figures and dates of all the tokens of
// text at once: what figuresAndDates finds, with memory for every token.
func figuresAndDatesAtOnce(stop *stopper, text string, ref time.Time) ([]Figure, []Date) {
	toks := entityTokens(text)
	numbers := newNumberMemo(text, toks) // what the date finder reads, the figure finder reads again
	dates := findDates(stop, text, toks, numbers, ref)
	figures := findFigures(stop, text, toks, numbers, dates)
	return figures, datesOf(text, toks, dates)
}

// Figures returns the figures of the article's text; see the package
// function Figures.
func (a *Article) Figures() []Figure {
	return Figures(a.Text)
}

// Dates returns the dates of the article's text, resolved against its
// publish date (or, when the page gives none, its last-modified date);
// see the package function Dates.
func (a *Article) Dates() []Date {
	return Dates(a.Text, a.dateReference())
}

// FiguresAndDates returns the article's figures and dates in one pass;
// see the package function FiguresAndDates.
func (a *Article) FiguresAndDates() ([]Figure, []Date) {
	return FiguresAndDates(a.Text, a.dateReference())
}

// FiguresAndDatesContext is FiguresAndDates that gives up when ctx is
// done: it then returns no figures and no dates, and an error that wraps
// ctx.Err().
func (a *Article) FiguresAndDatesContext(ctx context.Context) ([]Figure, []Date, error) {
	return FiguresAndDatesContext(ctx, a.Text, a.dateReference())
}

// dateReference is the time the article's relative dates count from.
func (a *Article) dateReference() time.Time {
	if a.Published.IsZero() {
		return a.Modified
	}
	return a.Published
}
