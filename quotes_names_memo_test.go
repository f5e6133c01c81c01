package lede

import (
	"slices"
	"testing"
)

// TestRoleWordsBeforeReadsAsWordsBefore checks that the words before a
// name that roleWordsBefore keeps are those wordsBefore reads, the first
// time and after, for every name of the speed tests' texts and of a text
// of many holders of a title.
func TestRoleWordsBeforeReadsAsWordsBefore(t *testing.T) {
	texts := append([]string{
		"Former state Sen. Ana Ruiz spoke. The Conservative MP Chris Grayling, the MP for Epsom, said no. Sen. Bo Li said yes. The former senator said it again.",
	}, textsForSpeed(t)...)
	for _, text := range texts {
		d := newQuoteDoc(&stopper{}, text)
		for round := range 2 {
			for _, m := range d.names {
				got, want := d.roleWordsBefore(m.Start), d.wordsBefore(m.Start, maxAppositiveRoleWords+1)
				if !slices.Equal(got, want) {
					t.Fatalf("%q: round %d: roleWordsBefore(%d) = %q, want %q", trimForLog(text), round, m.Start, got, want)
				}
			}
		}
	}
}
