package lede

import "strings"

// Clause boundaries
//
// Where a reported clause starts after its speech verb (past a listener
// and a setting, to its "that") and where it ends: before the writer's
// own words after it (", but the vote failed", ", a blow to the town",
// "- though economists …"), before another attribution, and at the comma
// before the main clause when the verb stands in a clause put before it.

// thatAfterSetting returns the index of the "that" after a setting that
// starts at toks[c] ("said in an interview on Tuesday that", "said, in
// an email, that"), or c when no setting leads to one.
func thatAfterSetting(toks tokens, c, end int) int {
	if c >= end || !opensSettingBeforeThat(toks.at(c)) && !(toks.text(c) == "," && c+1 < end && settingWords.has(toks.lower(c+1))) {
		return c
	}
	aside := false // in ", where he is a contributor," the verb is the aside's
	for k := c; k < end && k-c <= maxSettingWords; k++ {
		if toks.lower(k) == "that" {
			if k > c && relativeOfSetting(toks, k, end) {
				break // "disclosed in an interview that published on Dec. 19": the interview's
			}
			return k
		}
		if toks.punct(k) && !strings.Contains(",‘’'\"“”", toks.text(k)) || k > c && !aside && opensClauseWord(toks.at(k)) {
			break // but "said in ‘08 that", "said on “Meet the Press” that"
		}
		if k > c && !aside && settingVerb(toks, k) {
			break // "tweeted after Clinton argued that …": the "that" is the other verb's
		}
		if k > c && relativeStarts.has(toks.lower(k)) && toks.text(k-1) != "," {
			break // "told friends, in which he could …": its "that" is the relative's
		}
		if toks.text(k) == "," {
			aside = k+1 < end && relativeStarts.has(toks.lower(k+1))
		}
	}
	return c
}

// settingVerb reports a speech verb with a subject of its own at toks[k]
// inside what would be a setting: then the words after it are that
// verb's, in a clause of its own ("tweeted after Clinton argued that …").
// A participle ("at a news conference announcing that …") speaks for the
// verb's own subject and keeps the setting.
func settingVerb(toks tokens, k int) bool {
	_, _, ok := speechVerbAt(toks, k)
	return ok && !isParticiple(toks.lower(k)) && isSubjectEnd(toks.at(k-1))
}

// clauseAfterSetting returns where the clause after a setting at toks[c]
// opens: at its "that" ("said in a statement that"), else at its subject
// or question word ("said after the vote she would", "say for certain
// who"); c when no setting leads to one.
func clauseAfterSetting(toks tokens, c, end int) int {
	if k := thatAfterSetting(toks, c, end); k != c {
		return k
	}
	return subjectAfterSetting(toks, c, end)
}

// subjectAfterSetting returns the index of the subject pronoun that
// opens a clause after a setting at toks[c] with no "that" between
// ("said after the convention he would not accept", "said in a statement
// Friday it had received"), or c when none does.
func subjectAfterSetting(toks tokens, c, end int) int {
	if c >= end || !opensSettingBeforeThat(toks.at(c)) {
		return c
	}
	for k := c + 1; k+1 < end && k-c <= maxSettingWords; k++ {
		w := toks.at(k)
		if questionWords.has(w.lower()) && !settingRelatives.has(w.lower()) && toks.text(k-1) != "," &&
			!(w.lower() == "who" && (toks.isCapitalized(k-1) || relativeOfSetting(toks, k, end))) { // "the Arizonan who went on", "the actor who won"
			return k // "can't say with any certainty what she'll do", "say for certain who"
		}
		if w.punct() && w.text() != "," || relativeStarts.has(w.lower()) || w.lower() == "that" || isFiniteVerb(w) {
			return c
		}
		if subject := withoutContraction(w.lower()); clauseSubjects.has(subject) {
			contracted := subject != w.lower() // "he’s" holds its verb
			if !contracted && (toks.punct(k+1) || toks.isCapitalized(k+1)) {
				return c
			}
			return thatAfterRelative(toks, c, k, end)
		}
	}
	return c
}

// relativeOfSetting reports "that" or "who" at toks[k], after a noun of
// a setting, with a verb in the past right after it: the relative clause
// of that noun ("in an interview that published on Dec. 19", "referring
// to the actor who won"), which has no subject of its own, not the
// clause that the speech verb reports ("in a statement that the plant
// …").
func relativeOfSetting(toks tokens, k, end int) bool {
	if k == 0 || k+1 >= end || toks.punct(k-1) || toks.isCapitalized(k+1) {
		return false
	}
	next := toks.lower(k + 1)
	if irregularPasts.has(next) {
		return true
	}
	// A form in -ed may be an adjective before the clause's subject ("in a
	// statement that reported cases rose"): a verb has its object or a
	// preposition after it.
	if !strings.HasSuffix(next, "ed") || prepositions[toks.lower(k-1)] {
		return false
	}
	if k+2 >= end {
		return true
	}
	after := toks.at(k + 2)
	return after.punct() || prepositions[after.lower()] || settingParticles.has(after.lower()) || determiners[after.lower()] || isCountWord(after) ||
		strings.HasSuffix(after.lower(), "ly")
}

// settingRelatives open relative clauses about a setting's place or
// time ("in the city where he grew up"), not a question.
var settingRelatives = wordSetOf(map[string]bool{"where": true, "when": true, "which": true, "while": true})

// thatAfterRelative returns the "that" that ends a setting from toks[c]
// when the subject at toks[k] opened a relative clause inside it ("said
// in an interview she gave on Sunday that"), else k.
func thatAfterRelative(toks tokens, c, k, end int) int {
	for j := k + 2; j < end && j-c <= maxSettingWords; j++ {
		if toks.punct(j) && toks.text(j) != "," {
			break
		}
		if isComplementizer(toks, j, end) {
			return j
		}
	}
	return k
}

// clauseSubjects are the pronouns that open a clause after a setting.
var clauseSubjects = wordSetOf(map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true})

// opensSettingBeforeThat reports a word that opens a setting ended by
// "that" or a clause's subject: besides settingWords, "for", which
// elsewhere takes what a verb asks for ("called for a ban") but here is a
// time ("said for the first time that").
func opensSettingBeforeThat(w word) bool { return settingWords.has(w.lower()) || w.lower() == "for" }

// maxSettingWords is the longest setting between a speech verb and its
// "that": "said Thursday during a taping of a town hall meeting in
// Buffalo, New York, that …".
const maxSettingWords = 16

// opensClauseWord reports a word that a setting does not hold, a finite
// verb or a subject pronoun: "said Wednesday she believes that" keeps
// "she believes".
func opensClauseWord(w word) bool {
	return !w.punct() && (isFiniteVerb(w) || personalPronouns.has(w.lower()))
}

// relativeStarts open the relative and adverbial clauses that, after a
// comma, leave the reported clause: "… since January, when the group
// launched".
var relativeStarts = wordSetOf(map[string]bool{"when": true, "which": true, "who": true, "where": true, "while": true, "whose": true})

// pronounHeads stand for a noun phrase named before them, heading an
// appositive with a relative clause: ", one that …", ", something
// which …".
var pronounHeads = wordSetOf(map[string]bool{
	"one": true, "ones": true, "something": true, "someone": true, "somebody": true,
	"anything": true, "nothing": true, "everything": true,
})

// clauseEnders open, after a comma, the writer's own clause after a
// reported one: "said the plan would work, but the vote failed".
var clauseEnders = wordSetOf(map[string]bool{"but": true, "though": true, "although": true, "however": true})

// reportedClauseEnd returns where the reported clause toks[from:end]
// ends: before "and" or "but" that joins another speech verb to its
// speaker ("announced an arrest and said a curfew would continue" ends at
// "and") or another attribution ("said they would stay away and others
// have said …"); before a relative clause, "but" or "though" after a comma; before
// an aside attribution (", he said,") and a participle or "before/after"
// clause with a speech verb (", vowing to …", "before claiming …").
// asides keeps what attributionAt reads for the verbs of a sentence; nil
// reads anew.
func reportedClauseEnd(toks tokens, from, end int, asides *attributionMemo) int {
	quoted := false // inside quotation marks, where "and" and dashes are the speaker's
	verbs := newVerbScan(toks, from)
	for k := from; k+1 < end; k++ {
		if !toks.punct(k) && !mayEndClauseAt(toks, from, k) {
			// Most words of a clause, which none of the checks below
			// stops at; a stop at another word goes into mayEndClauseAt
			// too (TestReportedClauseEndSkipsPlainWords).
			continue
		}
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

// verbScan answers hasVerb(toks.slice(from, k)) for one from and any k,
// reading each word once. reportedClauseEnd asks it at each comma of a
// clause, and read the clause again each time, which made a clause of
// many commas and no verb ("he said, which he said, which …": "said" is
// no verb to hasVerb) cost the square of its words.
type verbScan struct {
	toks tokens // the words from from on
	from int
	read int // the words of toks read
	verb int // where in toks the first verb is, or -1 before it is read
}

// mayEndClauseAt reports whether reportedClauseEnd, reading the clause
// from toks[from], may stop at toks[k], a word that is no punctuation:
// only at "and" or "but", or at a subordinator before a participle
// ("while vowing"). Its other stops are all at punctuation (quotation
// marks, dashes, commas).
func mayEndClauseAt(toks tokens, from, k int) bool {
	l := toks.lower(k)
	return l == "and" || l == "but" || k > from && isParticiple(toks.lower(k+1)) && subordinators.has(l)
}

// newVerbScan returns the verbScan of the words from toks[from].
func newVerbScan(toks tokens, from int) verbScan {
	return verbScan{toks: toks.from(min(from, toks.len())), from: from, verb: -1}
}

// before reports hasVerb(toks.slice(from, k)): whether a word of it
// reads as a verb. readsAsVerb looks back one word, never ahead, so a
// word reads the same in toks.from(from) as in any slice from from.
func (s *verbScan) before(k int) bool {
	n := k - s.from
	if s.verb >= 0 {
		return s.verb < n
	}
	for ; s.read < n; s.read++ {
		if readsAsVerb(s.toks, s.read) {
			s.verb = s.read
			return true
		}
	}
	return false
}

// opensSubordinateAfter reports a subordinate clause after the
// coordinator at toks[k], set off by a comma before or after it: ", and
// when …", "and, if …", ", but unless …". What follows is a sentence
// part of its own, not more of the clause before.
func opensSubordinateAfter(toks tokens, k, end int) bool {
	j := k + 1
	if j < end && toks.text(j) == "," {
		j++
	} else if toks.text(k-1) != "," {
		return false
	}
	return j < end && (subordinators.has(toks.lower(j)) || reducedClauseOpeners.has(toks.lower(j)))
}

// stateVerbs are the speech verbs that name a state of mind; after "and"
// inside a reported clause they are the clause's subject's, not a new
// attribution ("said he was alarmed and wanted to see"), where acts are
// ("noted that she had released her returns and challenged him to").
var stateVerbs = wordSetOf(map[string]bool{
	"believe": true, "think": true, "hope": true, "fear": true, "worry": true, "expect": true,
	"want": true, "wonder": true, "doubt": true, "remember": true, "suspect": true, "realize": true,
})

// endsAtComma reports a reported clause from toks[from] that ends at the
// comma (or the closing mark after it) at toks[c]: before "but" or
// "though" that do not share its subject, a relative clause after a
// clause, or a noun phrase that comments on it. verbs is the clause's
// newVerbScan.
func endsAtComma(toks tokens, from, c, end int, verbs *verbScan) bool {
	next := toks.lower(c + 1)
	switch {
	case clauseEnders.has(next):
		return !(c+2 < end && (toks.lower(c+2) == "that" || sharesSubject(toks.at(c+2)))) // but not "…, but that it would not …"
	case relativeStarts.has(next):
		return verbs.before(c) // but not "said the talks, which started in 2009, …"
	case pronounHeads.has(next) && c+2 < end && (relativeStarts.has(toks.lower(c+2)) || toks.lower(c+2) == "that"):
		// "said there is an active debate, one that will dominate …",
		// "…, something that …": the writer's comment on the whole
		return verbs.before(c)
	case next == "and" && c > 0 && (isQuoteMark(toks.text(c)) || toks.text(c) == "'") && !hasClauseVerb(toks.slice(from, c)):
		// "called inversions “unpatriotic,” and the Treasury has
		// moved …": quoted words that are an object, not a clause, end
		// the report, and a clause with a subject of its own is the
		// writer's ("said Sanders has been “…,” and Democrats would …"
		// goes on)
		return c+2 < end && !isRelativeWord(toks.lower(c+2)) && opensMainClause(toks, c+2, end)
	}
	return trailingAppositive(toks, from, c, end) // "said it would cut 30,000 jobs, a mass layoff …"
}

// trailingAppositive reports a comma at toks[k] that opens a noun phrase
// running to the end of the clause, the writer's comment on what was
// said: "…, a charge the party denied". It is none when another comma
// closes it ("said Trump, a political outsider, could …"), when it ends
// a list ("health, the environment or jobs"), when it is a name ("the
// project, the Trump Taj Mahal") or when the comma closes a phrase put
// before the clause at toks[from] ("even in little things, the
// president was …").
func trailingAppositive(toks tokens, from, k, end int) bool {
	if k+2 >= end || !articles.has(toks.lower(k+1)) || frontedOpeners.has(toks.lower(from)) {
		return false
	}
	named, listed, relative := true, false, false
	for _, t := range toks.slice(k+2, end).all() {
		switch {
		case t.text() == ",":
			return false
		case relativeStarts.has(t.lower()), t.lower() == "that":
			relative = true
		case t.lower() == "and", t.lower() == "or":
			listed = listed || !relative
		}
		named = named && !relative && (t.punct() || t.isCapitalized())
	}
	return !named && !listed
}

// frontedOpeners start a phrase set before a clause.
var frontedOpeners = wordSetOf(map[string]bool{
	"even": true, "with": true, "if": true, "when": true, "while": true, "although": true,
	"though": true, "as": true, "after": true, "before": true, "because": true, "since": true,
	"despite": true, "in": true, "on": true, "at": true, "for": true, "by": true, "from": true,
	"during": true, "until": true, "unless": true, "once": true, "like": true,
})

// articles open a noun phrase: one set off after a comma ("…, a charge
// the party denied"), or one whose words say what it is ("the Golden Bear
// restaurant").
var articles = wordSetOf(map[string]bool{"a": true, "an": true, "the": true})

// subordinateEnd returns where what the verb toks[v:after] reports ends when
// the verb stands in a clause put before the sentence's main clause:
// at the comma before the main clause ("While he promised that the war
// would end, U.S. forces bombed …"). Otherwise it returns end.
func subordinateEnd(toks tokens, v, after, end int) int {
	s := clauseStart(toks, v)
	for s < v && subordinatorLeads.has(toks.lower(s)) {
		s++ // "Just days after …", "Shortly before …"
	}
	if !frontedSubordinators.has(toks.lower(s)) || after < end && toks.text(after) == "," {
		return end // "As the paper reported, the actor …": the main clause is what it reports
	}
	for k := s + 1; k < v; k++ {
		if toks.text(k) == "," {
			return end // "If, as he said, …"
		}
	}
	for k := after; k+2 < end; k++ {
		if toks.text(k) != "," {
			continue
		}
		if m := markAfterComma(toks, k); m > 0 && m < end && (opensMainClause(toks, m, end) || subjectAfterSetting(toks, m, end) != m) {
			return m // "Where he used to boast that he had decimated “core Al Qaeda,” on Tuesday he said …": the mark stays
		}
		if opensMainClause(toks, k+1, end) {
			return k
		}
	}
	return end
}

// frontedSubordinators open a clause that comes before the main one.
var frontedSubordinators = wordSetOf(map[string]bool{
	"while": true, "although": true, "though": true, "as": true, "when": true, "after": true,
	"because": true, "if": true, "since": true, "before": true, "until": true, "once": true,
	"whereas": true, "where": true, // "Where he used to boast that …, he now says …"
})

// subordinatorLeads are words that can stand before a fronted
// subordinator: "Just days after", "Less than a week before".
var subordinatorLeads = wordSetOf(map[string]bool{
	"just": true, "only": true, "shortly": true, "soon": true, "long": true, "even": true, "less": true,
	"more": true, "than": true, "a": true, "few": true, "several": true, "two": true, "three": true,
	"minutes": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true,
	"moments": true, "day": true, "week": true, "month": true, "year": true,
})

// opensMainClause reports whether toks[k] starts a subject with its verb
// a few words on: "U.S. forces bombed", "the strategy could open", "he
// did not".
func opensMainClause(toks tokens, k, end int) bool {
	w := toks.at(k)
	if w.punct() || isParticiple(w.lower()) || commaClauseStarts.has(w.lower()) || prepositions[w.lower()] || coordinators.has(w.lower()) {
		return false
	}
	for j := k + 1; j < end && j <= k+maxSpeakerWords; j++ {
		t := toks.at(j)
		if t.punct() {
			return false
		}
		if auxiliaries.has(t.lower()) || isFiniteVerb(t) || looksFinite(t, true) || isPresentVerbAt(toks, j) {
			return true
		}
	}
	return false
}

// isDash reports a dash, or a hyphen standing for one ("- though …").
func isDash(t word) bool {
	return t.punct() && (t.text() == "-" || t.text() == "—" || t.text() == "–")
}

// isSuspendedHyphen reports a hyphen at toks[k] that ends a word whose
// second half is shared with the next: "above- and below-ground".
func isSuspendedHyphen(toks tokens, k int) bool {
	return toks.text(k) == "-" && k > 0 && toks.end(k-1) == toks.start(k) && k+1 < toks.len() &&
		(toks.lower(k+1) == "and" || toks.lower(k+1) == "or")
}

// spacedDash reports a dash at toks[k] that sets words apart: a dash
// character, or a hyphen (or "--") with spaces on both sides, not the
// hyphen inside "Gramm-Leach-Bliley".
func spacedDash(toks tokens, k int) bool {
	if !isDash(toks.at(k)) {
		return false
	}
	if toks.text(k) != "-" {
		return true
	}
	from, to := dashStart(toks, k), k
	for to+1 < toks.len() && toks.text(to+1) == "-" && toks.end(to) == toks.start(to+1) {
		to++
	}
	return from > 0 && toks.end(from-1) < toks.start(from) && to+1 < toks.len() && toks.start(to+1) > toks.end(to)
}

// dashStart returns the first hyphen of a "--" that ends at toks[k].
func dashStart(toks tokens, k int) int {
	for k > 0 && toks.text(k-1) == "-" && toks.end(k-1) == toks.start(k) {
		k--
	}
	return k
}

// continuesAfterDash reports whether the words after a dash at toks[k-1]
// go on with what was said: another that-clause ("— and that …"), or
// what it includes ("— including how she will pay").
func continuesAfterDash(toks tokens, k, end int) bool {
	k = pastDashes(toks, k, end)
	if k+1 < end && coordinators.has(toks.lower(k)) {
		k++
	}
	return k < end && dashContinuations.has(toks.lower(k))
}

// dashContinuations go on, after a dash, with the reported clause: "—
// and that …", "— including how …", "- whether abortion or …", "— only
// that the prospect …".
var dashContinuations = wordSetOf(map[string]bool{"that": true, "including": true, "whether": true, "only": true})

// hasDash reports whether toks hold a dash.
func hasDash(toks tokens) bool {
	for _, t := range toks.all() {
		if isDash(t) {
			return true
		}
	}
	return false
}

// dashAfter reports a dash in toks[k:end] after the one (or the "--")
// before k: the second of a pair that sets off an aside ("the
// obliteration — a word several observers used — was …").
func dashAfter(toks tokens, k, end int) bool {
	return hasDash(toks.slice(pastDashes(toks, k, end), end))
}

// pastDashes returns the index after the dashes at toks[k] (two for a
// "--"), below end.
func pastDashes(toks tokens, k, end int) int {
	for k < end && isDash(toks.at(k)) {
		k++
	}
	return k
}

// sharesSubject reports a word after ", but" that goes on with the
// reported clause's subject: "said she had hired him, but hasn't
// decided …", "should be punished, but not women".
func sharesSubject(w word) bool {
	return w.lower() == "not" || w.lower() == "never" || isFiniteVerb(w) || isNegatedAuxiliary(w.lower())
}

// markAfterComma returns the index after the closing quotation mark that
// follows the comma at toks[k] with no space: “corrupt,”, or the pair of
// apostrophes that some archives write for each mark; -1 when none.
func markAfterComma(toks tokens, k int) int {
	if toks.text(k) != "," || k+1 >= toks.len() {
		return -1
	}
	m := toks.at(k + 1)
	switch {
	case m.start() != toks.end(k):
		return -1
	case isQuoteMark(m.text()) && !strings.Contains("“„«", m.text()):
		return k + 2
	case m.text() == "'" && k+2 < toks.len() && toks.text(k+2) == "'" && toks.start(k+2) == m.end():
		return k + 3
	}
	return -1
}
