package lede

import "testing"

// TestCoveredSentencesReportNothing checks what lets findReported skip a
// sentence whose words direct quotes and their attributions cover
// (wordsCovered): every quote reportedIn finds there is one that
// findReported drops, as overlapping what is covered.
func TestCoveredSentencesReportNothing(t *testing.T) {
	texts := append(textsForSpeed(t),
		"“Yes,” he said.\n\n“No,” she said, “never.”\n\n“We won,” said Ann Lee, who told reporters the plan would work.",
		repeatTo("\"Yes,\" he said.\n\n", 400),
		"“It is over,” the mayor said, adding that the council had voted. “We start today.”",
		"“Why?” he asked, “…” she said, “?!” — “,” said Lee. He said “…”. She said: “—”. “Yes,” he said, “…”.",
		"“Yes,” he said “,”. He said “”. “No,” she said, ‘’. He said ',' and ‹›.",
		"A said: “", "“x\n\n“y", "He said that.", "“a,” he said, “b.”", "“We won,” said",
	)
	skipped := 0
	for _, text := range texts {
		d := newQuoteDoc(&stopper{}, text)
		d.findDirect()
		for _, toks := range d.eachTokens(d.sents) {
			end := wordsEnd(toks)
			if !d.wordsCovered(toks.slice(0, end)) {
				continue
			}
			skipped++
			for _, q := range d.reportedIn(toks, end) {
				if !d.isCovered(q.Start, q.End) && (!d.gaps.overlaps(q.Start, q.End) || startsWithParticiple(q.Cue)) {
					t.Errorf("%q: reported %q at [%d,%d) in a covered sentence, which findReported keeps", trimForLog(text), q.Text, q.Start, q.End)
				}
			}
		}
	}
	if skipped == 0 {
		t.Errorf("no sentence was covered")
	}
}
