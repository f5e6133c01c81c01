package lede

import "testing"

// TestReportedClauseEndSkipsPlainWords checks reportedClauseEnd, which
// steps over the words that mayEndClauseAt turns away, against it as it
// read every word (reportedClauseEndEveryWord), from each word of each
// sentence of the test texts and of clauses of its own to the sentence's
// end and to a few words before it.
func TestReportedClauseEndSkipsPlainWords(t *testing.T) {
	own := []string{
		"She said the plan was sound and that it would pass, while insisting the vote be held.",
		"He said they would not attend — though others said they might — and left, vowing to return.",
		"The mayor said the road was “unsafe,” noting that repairs had begun, but officials disagreed.",
		"Officials said the bridge, which opened in 1990, was safe and wanted to see it for themselves.",
	}
	for _, text := range append(own, textsForSpeed(t)...) {
		for _, s := range sentences(text) {
			toks := words(text[s.Start:s.End])
			for from := 0; from < toks.len(); from++ {
				for _, end := range []int{toks.len(), toks.len() - 1, from + 6} {
					if end > toks.len() || end < from {
						continue
					}
					if got, want := reportedClauseEnd(toks, from, end, nil), reportedClauseEndEveryWord(toks, from, end); got != want {
						t.Fatalf("%q: reportedClauseEnd(%d, %d) = %d, want %d", text[s.Start:s.End], from, end, got, want)
					}
				}
			}
		}
	}
}

// reportedClauseEndEveryWord is reportedClauseEnd as it read every word
// of the clause, kept as its reference.
func reportedClauseEndEveryWord(toks tokens, from, end int) int {
	var asides *attributionMemo
	quoted := false // inside quotation marks, where "and" and dashes are the speaker's
	verbs := newVerbScan(toks, from)
	for k := from; k+1 < end; k++ {
		if isQuoteMark(toks.text(k)) {
			quoted = !quoted
		}
		if isDash(toks.at(k)) && !quoted && k-from >= minReportedWords && !hasDash(toks.slice(from, k)) && !dashAfter(toks, k+1, end) &&
			!continuesAfterDash(toks, k+1, end) && !isSuspendedHyphen(toks, k) {
			return k // "said the economy was bouncing back - though economists …"
		}
		if toks.text(k) == "," && k+1 < end && k-from >= minReportedWords {
			// A comma inside the closing mark ends the clause after the
			// mark ("called him a “moderate,” a subtle dig …"), but a
			// relative clause after quoted words goes on with them ("win
			// “a battle in Cleveland,” where the party …").
			c, cut := k, k
			if m := markAfterComma(toks, k); m > 0 {
				c, cut = m-1, m
			}
			if c+1 < end && endsAtComma(toks, from, c, end, &verbs) && !(c > k && relativeStarts.has(toks.lower(c+1))) {
				return cut
			}
		}
		if m := markAfterComma(toks, k); m > 0 && m < end && isParticiple(toks.lower(m)) {
			if _, _, ok := speechVerbAt(toks, m); ok {
				return m // was “corrupt,” noting that …: the mark stays
			}
		}
		if isClauseMark(toks.at(k)) && k > from {
			if verbEnd, ok := asides.at(toks, k+1, end); ok && (toks.text(verbEnd) == "," || k-from >= minReportedWords) {
				// "that was natural — no different, he said, from …" and
				// "pointed out that he had not answered, the candidate said …"
				return k
			}
		}
		if (toks.text(k) == "," || subordinators.has(toks.lower(k))) && k > from && isParticiple(toks.lower(k+1)) {
			if _, _, ok := speechVerbAt(toks, k+1); ok {
				return k // "said he would curb critics, vowing to …" (or "while vowing")
			}
		}
		if toks.lower(k) != "and" && toks.lower(k) != "but" || quoted {
			continue
		}
		if k-from >= minReportedWords && opensSubordinateAfter(toks, k, end) {
			// "said he had not seen it, and when asked …, he said",
			// "said the plan was sound and, if pressed, …"
			if toks.text(k-1) == "," {
				k--
			}
			return k
		}
		j := k + 1
		for j < end && !toks.punct(j) && auxiliaries.has(toks.lower(j)) {
			j++
		}
		if j >= end {
			continue
		}
		lemma, _, ok := speechVerbAt(toks, j)
		if ok && stateVerbs.has(lemma) && verbs.before(k) && !toks.punct(k-1) && !thatFollows(toks, j) {
			// "said he was alarmed and wanted to see for himself": a
			// verb of mind after a whole clause goes on with it; with a
			// that-clause of its own it reports one ("said he heard
			// gunfire and suspected immediately that …")
			ok = false
		}
		if !ok && k-from >= minReportedWords {
			// "said they will not attend and others have said …"
			_, ok = asides.at(toks, k+1, end)
		}
		if ok {
			if k > from && toks.text(k-1) == "," {
				k--
			}
			return k
		}
	}
	return end
}
