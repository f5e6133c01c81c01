package lede

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestNumberGrammar covers the ways news writes the digits of one number:
// grouped by spaces of any width, by points and a decimal comma, by
// apostrophes, a decimal without its zero, and the dotted codes that are
// no numbers at all.
func TestNumberGrammar(t *testing.T) {
	type fig struct {
		Text  string
		Kind  FigureKind
		Value float64
		Unit  string
	}
	tests := []struct {
		name, text string
		want       []fig
	}{
		{"one space group", "The ship carried 12 500 tonnes of grain.", []fig{{"12 500 tonnes", Quantity, 12500, "t"}}},
		{"one space group alone", "A crowd of 45 000 gathered.", []fig{{"45 000", Number, 45000, ""}}},
		{"thin spaces", "About 3\u2009250\u2009000 people voted.", []fig{{"3\u2009250\u2009000", Number, 3250000, ""}}},
		{"narrow no-break spaces", "It cost 7\u202f800 euros.", []fig{{"7\u202f800 euros", Money, 7800, "EUR"}}},
		{"a day of the month before a count", "On March 12 500 people marched.", []fig{{"500", Number, 500, ""}}},
		{"a number after the group ends it", "The codes were 12 345 678 9 in all.", []fig{{"12 345 678", Number, 12345678, ""}, {"9", Number, 9, ""}}},
		{"a point before the digits", "Rates fell .25% on Tuesday.", []fig{{".25%", Percent, 0.25, "%"}}},
		{"a batting average", "He was batting .312 this season.", []fig{{".312", Number, 0.312, ""}}},
		{"a point after a bracket is no decimal", "(.5 is the share).", []fig{{"5", Number, 5, ""}}},
		{"points group thousands", "It weighed 1.234.567,89 kg.", []fig{{"1.234.567,89 kg", Quantity, 1234567.89, "kg"}}},
		{"points and a decimal comma", "The bill came to 2.345,50 euros.", []fig{{"2.345,50 euros", Money, 2345.5, "EUR"}}},
		{"points without a decimal", "The city has 3.500.000 residents.", []fig{{"3.500.000", Number, 3500000, ""}}},
		{"one point is English", "The index rose 1.234 points.", []fig{{"1.234", Number, 1.234, ""}}},
		{"apostrophes group thousands", "The Swiss sold 1'000 watches.", []fig{{"1'000", Number, 1000, ""}}},
		{"curly apostrophes and a decimal", "It fetched CHF 1’250’000.50 at auction.", []fig{{"CHF 1’250’000.50", Money, 1250000.5, "CHF"}}},
		{"an address is no number", "The server at 10.0.0.1 went down.", nil},
		{"another address", "Connect to 192.168.1.20 now.", nil},
		{"a version is no number", "Upgrade to version 2.4.1 now.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []fig
			for _, f := range Figures(tt.text) {
				got = append(got, fig{f.Text, f.Kind, f.Value, f.Unit})
			}
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b float64) bool { return a == b || (a-b)*(a-b) < 1e-18*(a*a+b*b) })); diff != "" {
				t.Errorf("Figures(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
	// A date written with points stays a date.
	if d := Dates("It opened on 23.07.2017.", time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)); len(d) != 1 || d[0].Value != "2017-07-23" {
		t.Errorf("Dates(23.07.2017) = %+v", d)
	}
}
