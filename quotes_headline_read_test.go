package lede

import "testing"

// TestReadHeadlineCaseMatchesBoth checks readHeadlineCase, which counts a
// sentence's long words once, against isFullHeadline asked first and
// lowerHeadlineCase after, on headlines of its own (full, nearly full, in
// capitals, running text with names) and each sentence of the test
// texts: the answer and every word after must be the same.
func TestReadHeadlineCaseMatchesBoth(t *testing.T) {
	headlines := []string{
		"Senator Asked Voters To Back The Plan", "Gold Star Mom Corners Obama On His Refusal",
		"Mayor Says Budget Will Pass, residents doubt it", "12-STEP PLAN TO COPE WITH LOSS",
		"Former New York Gov. George Pataki is endorsing John Kasich", "Four Long Words Here", "Yes.",
	}
	for _, text := range append(headlines, textsForSpeed(t)...) {
		for _, s := range sentences(text) {
			got, want := words(text[s.Start:s.End]), words(text[s.Start:s.End])
			gotFull := readHeadlineCase(got)
			wantFull := isFullHeadline(want)
			lowerHeadlineCase(want)
			if gotFull != wantFull {
				t.Fatalf("readHeadlineCase(%q) = %v, want %v", text[s.Start:s.End], gotFull, wantFull)
			}
			for i := range want.len() {
				if g, w := unpackWord(got.at(i)), unpackWord(want.at(i)); g != w {
					t.Fatalf("%q: word %d = %+v, want %+v", text[s.Start:s.End], i, g, w)
				}
			}
		}
	}
}
