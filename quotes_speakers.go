package lede

import (
	"strings"
	"unicode"
)

// Speaker phrases
//
// A speaker is the noun phrase next to a speech verb: before it ("Ken Hu
// said", "a spokeswoman for the ministry told Reuters") or after it
// ("said Ken Hu, the company's chief executive"). Between commas after a
// name stands an appositive that gives the speaker's role ("Hugh Hill, a
// doctor at the clinic, said"); it becomes the speaker's title.

// maxSpeakerWords bounds a speaker phrase: longer runs are clauses.
const maxSpeakerWords = 10

// phrase is a run of tokens toks[from:to].
type phrase struct{ from, to int }

func (p phrase) empty() bool { return p.to <= p.from }

// span returns the byte span of the phrase in the text.
func (p phrase) span(toks tokens) Span {
	return Span{toks.start(p.from), toks.end(p.to - 1)}
}

// clauseBreaks are words that end a speaker phrase read backwards from the
// verb: "the plan failed because Smith said" has speaker "Smith".
var clauseBreaks = wordSetOf(map[string]bool{
	"and": true, "but": true, "that": true, "because": true, "while": true, "when": true,
	"as": true, "if": true, "so": true, "after": true, "before": true, "since": true,
	"though": true, "although": true, "where": true, "which": true, "than": true,
	"or": true, "nor": true, "yet": true, "until": true, "unless": true, "whether": true,
	"what": true, "how": true, "why": true,
})

// isBoundary reports punctuation that a speaker phrase does not cross.
func isBoundary(w word) bool {
	if !w.punct() {
		return false
	}
	switch w.text() {
	case "'", "’", "&":
		return false
	}
	return true
}

// isDoubledApostrophe reports an apostrophe at toks[j] that is half of
// the two that some papers print for each quotation mark.
func isDoubledApostrophe(toks tokens, j int) bool {
	return toks.text(j) == "'" && (j > 0 && toks.text(j-1) == "'" || j+1 < toks.len() && toks.text(j+1) == "'")
}

// isQuotedPhrase reports a phrase inside quotation marks, perhaps with
// a comma before the closing one: a title ("author of “Empire of the
// Fund,” a new book, said"), not a name.
func isQuotedPhrase(toks tokens, p phrase) bool {
	if p.from >= 1 && p.to > p.from && toks.text(p.from-1) == "‘" && strings.HasSuffix(toks.text(p.to-1), "’") {
		return true // single marks, the closing one kept by the word as an apostrophe: ‘A Painter of Weather’
	}
	after := p.to
	if after < toks.len() && toks.text(after) == "," {
		after++
	}
	return isMarkAt(toks, p.from-1) && isMarkAt(toks, after)
}

// isMarkAt reports a quotation mark at toks[k], the doubled apostrophes
// that some papers print for one included.
func isMarkAt(toks tokens, k int) bool {
	return k >= 0 && k < toks.len() && (isQuoteMark(toks.text(k)) || isDoubledApostrophe(toks, k))
}

// subjectBefore finds the speaker phrase that ends just before the verb
// at toks[verb], past any auxiliaries ("has repeatedly said"). It returns
// the phrase and, for "Name, appositive, said", the appositive.
func subjectBefore(toks tokens, verb int) (subject, appositive phrase, ok bool) {
	return subjectBeforeAt(toks, verb, 0)
}

// perceivedSpeaker reads the object of a verb of perceiving before a
// bare verb of speech as its speaker: "The court heard Hartley admit
// …", "Jurors heard the defendant say …", "Reporters watched Senator
// Ruth Kibet deny …". The one who heard or watched only listened.
func perceivedSpeaker(toks tokens, verb int) (phrase, bool) {
	// Most speech verbs have a subject and nothing of this before them:
	// the form of perceiving is looked for first, and the lexicon asked
	// only when one stands there.
	for k := verb - 1; k >= 1 && verb-k <= maxSpeakerWords; k-- {
		if toks.punct(k) {
			return phrase{}, false
		}
		if isPerceptionForm(toks.lower(k)) {
			if lemma := speechLemma[toks.lower(verb)]; lemma != toks.lower(verb) || k+1 == verb {
				return phrase{}, false // a bare form only: "heard Hartley admit", not "heard Hartley admitted"
			}
			return phrase{k + 1, verb}, true
		}
		if isVerbLike(toks.at(k)) {
			return phrase{}, false
		}
	}
	return phrase{}, false
}

// isPerceptionForm reports a form of a verb of perceiving that takes an
// object and a bare verb: "heard him say", "saw her deny". The forms in
// -ing are left out: "hearing him say it in a British accent gives it
// …" names the act of hearing, no one's words. A switch, which compiles
// to a few comparisons: it is asked before every speech verb.
func isPerceptionForm(lower string) bool {
	switch lower {
	case "hear", "hears", "heard", "see", "sees", "saw", "seen", "watch", "watches", "watched", "overheard", "overhear":
		return true
	}
	return false
}

// aspectForms begin, go on with or end the act of a form in -ing after
// them, whose subject is theirs: "She kept telling reporters …", "Trump
// continued insisting …", "the minister began warning …".
var aspectForms = newWordSet([]string{
	"keep", "keeps", "kept", "keeping", "begin", "begins", "began", "begun",
	"start", "starts", "started", "continue", "continues", "continued",
	"resume", "resumes", "resumed", "stop", "stops", "stopped", "quit", "quits",
})

// subjectBeforeAt is subjectBefore for a verb found inside the phrase
// before another, depth verbs deep.
func subjectBeforeAt(toks tokens, verb, depth int) (subject, appositive phrase, ok bool) {
	if heard, ok := perceivedSpeaker(toks, verb); ok {
		return heard, phrase{}, true
	}
	k := verb - 1
	for k >= 0 && !toks.punct(k) && (isAuxiliary(toks.at(k)) || isFloatingQuantifier(toks, k) || k > 0 && adverbsBeforeVerbs.has(toks.lower(k)) ||
		k == verb-1 && isParticiple(toks.lower(verb)) && aspectForms.has(toks.lower(k))) {
		k-- // "has repeatedly said", "which together vowed", "kept telling"
	}
	k = pastTimeSetting(toks, k)
	if k < 0 {
		return phrase{}, phrase{}, false
	}
	if toks.text(k) == ")" {
		return subjectBeforeParentheses(toks, k)
	}
	if spacedDash(toks, k) {
		return subjectBeforeDashes(toks, dashStart(toks, k))
	}
	if toks.text(k) == "," {
		// "Hugh Hill, a doctor at the clinic, said", and with more than
		// one appositive: "Ramil Carr, 31, a photographer, said", "Ed
		// Rendell (D), a Clinton supporter, praised".
		open, role, last := -1, -1, k
		aside := false // a relative aside passed: "…, Md., who watched …, said"
		asideAt := -1  // the comma that opens the first one
		for seg, j := 0, k-1; j >= 0 && k-j <= 3*maxSpeakerWords && seg < 3; j-- {
			if toks.text(j) == "," {
				if isListInName(toks, j, last) {
					continue // "at Boeing Defense, Space, and Security, said": one name's list
				}
				if last == k && isParticiplePhraseAside(toks, j+1, k) {
					// "a senior official, speaking on condition of
					// anonymity, said": the phrase before the aside, which
					// is no title
					if s := phraseBackward(toks, j-1); !s.empty() && !hasVerb(toks.slice(s.from, s.to)) && startsClauseAt(toks, s.from) {
						return s, phrase{}, true
					}
				}
				if st, p, ok := participleModified(toks, j); ok && last == k && toks.isCapitalized(j+1) {
					// "A pastor urging calm, Darran Whiting, said": the
					// noun before the participle, and the name as its
					// appositive
					return phrase{st, p}, phrase{j + 1, k}, true
				}
				if asideAt < 0 && isRelative(toks.lower(j+1)) {
					asideAt = j
				}
				if isRegionAfterPlace(toks, j+1, last) {
					last = j // "Harry Bond, 30, of Raleigh, N.C., …": the region is its place's
					continue
				}
				s := nameBackward(toks, j-1)
				if role < 0 && !s.empty() && !hasCapitalized(toks, s) && isBareName(toks.slice(j+1, last)) {
					role = j // "his wife, Jane, called": the role, and the name as its appositive
				}
				last = j
				if !s.empty() && hasCapitalized(toks, s) && !isVerbObject(toks, s) && !isQuotedPhrase(toks, s) && !isTimePhrase(toks, s) && !isRegionAfterPlace(toks, s.from, s.to) &&
					!(role >= 0 && isOpeningWord(toks, s)) {
					// The nearest name wins, but a name further back
					// wins over a role: "Matthew Prince, chief
					// executive of CloudFlare, a San Francisco
					// company, said".
					if open < 0 || toks.isCapitalized(s.from) && !toks.isCapitalized(nameBackward(toks, open-1).from) {
						open = j
					}
					if toks.isCapitalized(s.from) {
						break
					}
				}
				seg++
				continue
			}
			if o := titleOpening(toks, j, last); o > 0 {
				j = o // "The report, ‘Waiting in Line’, found": a title between commas
				continue
			}
			if isBoundary(toks.at(j)) && !(last == k && !aside && abbreviationPoint(toks, j)) && !titleAbbreviationPoint(toks, j) || clauseBreaks.has(toks.lower(j)) && toks.lower(j) != "and" {
				if c := relativeAsideStart(toks, j); c > 0 {
					j = c + 1 // "Stuart Stevens, who served as chief strategist, called"
					if asideAt < 0 {
						asideAt = c
					}
					aside = true
					continue
				}
				break
			}
		}
		if open < 1 {
			open = role
		}
		if open < 1 && asideAt > 0 {
			// "one resident, who did not want to be named, told": the
			// noun phrase before the aside, a name or not
			if subject := phraseBackward(toks, asideAt-1); !subject.empty() && innerVerb(toks, subject) < 0 && (subject.from == 0 || toks.punct(subject.from-1)) {
				return subject, phrase{}, true
			}
		}
		if open < 1 {
			return phrase{}, phrase{}, false
		}
		app := phrase{open + 1, k}
		for c := open + 1; c < k; c++ {
			if toks.text(c) == "," && isRelative(toks.lower(c+1)) {
				app.to = c // "Ann Cole, a developer, which …,": the title ends at the relative aside
				break
			}
		}
		if isRelative(toks.lower(open+1)) || isMarkAt(toks, open+1) || toks.text(open+1) == "‘" || circumstanceOpeners.has(toks.lower(open+1)) {
			app = phrase{} // a relative clause is no title, nor the name of a work, nor a circumstance ("in response to questions")
		}
		return nameBackward(toks, open-1), app, true
	}
	subject = phraseBackward(toks, k)
	if isVerbBeforeNoun(toks, subject, verb) {
		return phrase{}, phrase{}, false
	}
	subject = pastFrontedSetting(toks, subject)
	if a, ok := antecedentOfObject(toks, subject); ok {
		subject = a
	}
	if v := innerVerb(toks, subject); v >= 0 && depth < maxInnerVerbs {
		// "Trump posted a series of tweets criticizing …": the subject
		// of the verb inside the phrase, a relative pronoun included
		// ("the union, which released a statement questioning …").
		if v > 0 && isRelativeWord(toks.lower(v-1)) {
			return phrase{v - 1, v}, phrase{}, true
		}
		return subjectBeforeAt(toks, v, depth+1)
	}
	return subject, phrase{}, !subject.empty()
}

// pastFrontedSetting returns the name that ends a subject phrase which
// opens with a setting and no comma after it: "Ahead of the vote Smith
// warned", "Before the match Arsenal said", "After the game coach Dana
// Holt said" have Smith, Arsenal and coach Dana Holt for subjects. Any
// other phrase comes back as it is.
func pastFrontedSetting(toks tokens, subject phrase) phrase {
	if subject.to-subject.from < 2 || !toks.isCapitalized(subject.to-1) {
		return subject
	}
	from := subject.from // where the setting's noun phrase starts
	if first := toks.lower(from); prepositions[first] || frontedPrepositionHeads.has(first) {
		from++ // "Ahead of the vote Smith"
	} else if p := from - 1; p < 0 || !prepositions[toks.lower(p)] || p > 0 && !toks.punct(p-1) {
		return subject // "Before the match Arsenal", where the phrase starts after the preposition
	}
	r := subject.to - 1
	for r > from && (toks.isCapitalized(r-1) || titleWords.has(toks.lower(r-1))) {
		r--
	}
	if r <= from {
		return subject
	}
	return phrase{r, subject.to}
}

// frontedPrepositionHeads open a complex preposition at the head of a
// sentence: "Prior to", "Ahead of", "Contrary to".
var frontedPrepositionHeads = wordSetOf(map[string]bool{
	"prior": true, "ahead": true, "contrary": true, "according": true, "thanks": true, "due": true,
})

// circumstanceOpeners open an aside between a speaker and the verb that
// says when or why, not who the speaker is: "The mayor, in reply to
// critics, said", "Officials, during a briefing, said".
var circumstanceOpeners = wordSetOf(map[string]bool{
	"in": true, "during": true, "after": true, "before": true, "despite": true, "amid": true,
	"when": true, "while": true, "as": true, "later": true, "earlier": true, "again": true,
})

// isListInName reports the words between the commas at toks[comma] and
// toks[last] as an item of a list inside a name: one to three
// capitalized words, perhaps after "and" or "&", with a capitalized word
// before the comma, in a list that ends with "and" ("Boeing Defense,
// Space, and Security", "the Council on Energy, Environment and Water").
func isListInName(toks tokens, comma, last int) bool {
	isAnd := func(k int) bool { return k < toks.len() && (toks.lower(k) == "and" || toks.text(k) == "&") }
	from := comma + 1
	serial := isAnd(last + 1) // the next item opens with "and": "Space, and Security"
	if from < last && isAnd(from) {
		from, serial = from+1, true
	}
	if from >= last || last-from > 3 || comma == 0 || !toks.isCapitalized(comma-1) || toks.punct(comma-1) {
		return false
	}
	for k := from; k < last; k++ {
		if isAnd(k) && k > from && k+1 < last {
			serial = true // "Environment and Water"
			continue
		}
		if !toks.isCapitalized(k) || toks.punct(k) {
			return false
		}
	}
	// Only a list that ends in "and" is one name's: "The leader of the
	// League, Jonathan Greenblatt, warned" and "America West Airlines,
	// Phoenix, Ariz., reported" are appositives.
	return serial && !isTitleWord(toks.at(from)) && !notNameWords.has(toks.lower(from))
}

// isParticiplePhraseAside reports words from toks[from] to toks[to] that
// are a participle's phrase set off by commas after a subject: "speaking
// on condition of anonymity", "reached by phone", "addressing
// parliament". (isParticipleAside reads a lone participle.)
func isParticiplePhraseAside(toks tokens, from, to int) bool {
	if to-from < 2 || toks.isCapitalized(from) || toks.punct(from) {
		return false
	}
	first := toks.lower(from)
	if !isParticiple(first) && !asideParticiples.has(first) || participlePrepositions.has(first) {
		return false // but "many lawyers, including big donors, opposed": the subject goes on
	}
	// A verb's phrase goes on with a preposition, a determiner, a
	// pronoun or an adverb; a noun in -ing with a noun ("a marketing
	// consultant", "housing advocate").
	next := toks.at(from + 1)
	opens := prepositions[next.lower()] || determiners[next.lower()] || possessiveDeterminers.has(next.lower()) ||
		objectPronouns.has(next.lower()) || isLyAdverb(next.lower()) || next.isCapitalized()
	return opens && !hasFiniteVerb(toks.slice(from+1, to))
}

// participlePrepositions are participles that work as prepositions and
// go on with the phrase before them: "many lawyers, including big
// donors,".
var participlePrepositions = wordSetOf(map[string]bool{
	"including": true, "excluding": true, "according": true, "regarding": true, "concerning": true,
	"following": true, "considering": true, "barring": true, "pending": true, "involving": true,
	"notwithstanding": true, "counting": true, "starting": true, "beginning": true,
})

// asideParticiples are past participles that open an aside between a
// speaker and the verb: "a spokesman, reached by phone, said".
var asideParticiples = wordSetOf(map[string]bool{
	"reached": true, "contacted": true, "interviewed": true, "questioned": true,
	"pressed": true, "asked": true, "approached": true, "quoted": true,
})

// startsClauseAt reports a phrase at toks[from] that opens a clause: the
// text's first word, or one after a mark other than a comma or after a
// word that joins clauses ("…, but a senior official"). After a comma
// it may be a place in an appositive ("RMS International Inc., Hasbrouck
// Heights, N.J., facing a squeeze, said").
func startsClauseAt(toks tokens, from int) bool {
	return from == 0 || toks.punct(from-1) && toks.text(from-1) != "," || clauseBreaks.has(toks.lower(from-1))
}

// isOpeningWord reports a phrase that is one word which opens sentences
// and is no name, capitalized only because it comes first: in
// "Separately, a spokeswoman for the airline, Priya Nair, said" the
// speaker is the spokeswoman, the role before the name, not
// "Separately".
func isOpeningWord(toks tokens, p phrase) bool {
	return p.to-p.from == 1 && (notNameWords.has(toks.lower(p.from)) || isOpeningAdverb(toks.at(p.from)))
}

// isVerbBeforeNoun reports a subject that is one lower-case word in -s,
// alone after a comma or opening the text, before a speech verb's form
// in -s. In "The plan, too, raises questions" the word is the clause's
// verb and the form its object, a noun: a subject in -s is plural and
// takes the bare form ("…, critics say"), and the subject of a form in
// -s is singular ("…, research shows").
func isVerbBeforeNoun(toks tokens, subject phrase, verb int) bool {
	if subject.to-subject.from != 1 || subject.to != verb || toks.isCapitalized(subject.from) || subject.from > 0 && !toks.punct(subject.from-1) {
		return false
	}
	form, w := toks.lower(verb), toks.lower(subject.from)
	if lemma, ok := speechLemma[form]; !ok || lemma == form || !strings.HasSuffix(form, "s") {
		return false
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "us")
}

// isFloatingQuantifier reports "both", "all" or "each" at toks[k] that
// stands after its subject, before the verb or between an auxiliary and
// the verb: "Trump and Sanders have both argued", "The unions all said".
// Opening the subject it is the subject: "Both said", "All agreed".
func isFloatingQuantifier(toks tokens, k int) bool {
	switch toks.lower(k) {
	case "both", "all", "each":
	default:
		return false
	}
	if k == 0 || toks.punct(k-1) {
		return false
	}
	prev := toks.lower(k - 1)
	return !determiners[prev] && !prepositions[prev] && prev != "of" && !clauseBreaks.has(prev)
}

// maxInnerVerbs bounds how many verbs inside a phrase subjectBefore reads
// back through: "Axelrod tried offering" needs one, and the bound keeps
// a run of verbs from costing more than its words.
const maxInnerVerbs = 2

// pastTimeSetting returns where a subject ends that a time setting ending
// at toks[k] follows, between it and its verb: "Rep. Brad Sherman last
// month joked", "Two House committees on Monday asked", "Clinton on
// Tuesday night said".
func pastTimeSetting(toks tokens, k int) int {
	k = agoSetting(toks, k)
	if k >= 1 && (timeUnitNames.has(toks.lower(k)) || isWeekday(toks.lower(k))) && timeDeictics.has(toks.lower(k-1)) {
		k -= 2
		for k >= 0 && !toks.punct(k) && (isAuxiliary(toks.at(k)) || timeDeictics.has(toks.lower(k))) {
			k--
		}
	}
	j := k
	if j >= 0 && dayParts.has(toks.lower(j)) {
		j--
	}
	if j < 1 || !isWeekday(toks.lower(j)) || toks.lower(j-1) != "on" {
		return k
	}
	j -= 2
	for j >= 0 && !toks.punct(j) && isAuxiliary(toks.at(j)) {
		j--
	}
	return j
}

// isTimePhrase reports a phrase that names a time, not a person, though
// a sentence may capitalize it: "Last week", "This spring", "On Monday
// night", "Yesterday".
func isTimePhrase(toks tokens, p phrase) bool {
	first, last := toks.lower(p.from), toks.lower(p.to-1)
	if p.to-p.from == 1 {
		return isDayWord(first) || first == "yesterday" || first == "today" || first == "tonight"
	}
	if !timeDeictics.has(first) && first != "on" {
		return false
	}
	_, month := monthNames[last]
	return timeUnitNames.has(last) || isWeekday(last) || dayParts.has(last) || month
}

// agoSetting returns where a subject ends that a span of time counted
// back from now, ending at toks[k], follows: "The State Department less
// than two weeks ago said", "Lee a few days ago told", "Officials years
// ago warned". k itself when toks[k] is no "ago".
func agoSetting(toks tokens, k int) int {
	if k < 2 || toks.lower(k) != "ago" || !agoUnits.has(toks.lower(k-1)) {
		return k
	}
	j := k - 2 // "years ago" alone, or after its count: "two weeks", "a few days"
	if isCountWord(toks.at(j)) || agoCounts.has(toks.lower(j)) {
		j--
		if j >= 0 && toks.lower(j) == "a" {
			j-- // "a few", "a couple"
		}
		if j >= 1 && toks.lower(j) == "than" && (toks.lower(j-1) == "less" || toks.lower(j-1) == "more") {
			j -= 2
		} else if j >= 0 && agoApproximations.has(toks.lower(j)) {
			j--
		}
	}
	if j < 0 || toks.punct(j) {
		return k
	}
	return j
}

// agoUnits are the units a span of time is given in, counted back from
// now or anywhere else ("for decades"), one or many.
var agoUnits = wordSetOf(map[string]bool{
	"second": true, "seconds": true, "minute": true, "minutes": true, "hour": true, "hours": true,
	"day": true, "days": true, "week": true, "weeks": true, "fortnight": true, "fortnights": true,
	"month": true, "months": true, "year": true, "years": true, "decade": true, "decades": true,
	"century": true, "centuries": true,
})

// agoCounts count a span that isCountWord does not: "a week ago", "a few
// days ago", "several years ago".
var agoCounts = wordSetOf(map[string]bool{
	"a": true, "an": true, "few": true, "couple": true, "several": true, "many": true, "some": true,
})

// spanBeforeEvent reports a time measured from an event that opens at
// toks[i]: "two days after workers walked out", "a week before the vote",
// "hours after the storm", "shortly after", "just days before". Set after
// an attribution by a comma, it dates the words said and is no part of
// them.
func spanBeforeEvent(toks tokens, i int) bool {
	j := timeSpanEnd(toks, i)
	return j > i && j < toks.len() && eventRelations.has(toks.lower(j))
}

// timeSpanEnd returns the end of a span of time at toks[i], with its
// approximation and count ("just two days", "nearly a week", "hours",
// "shortly"), or i when none starts there.
func timeSpanEnd(toks tokens, i int) int {
	j := i
	for j < toks.len() && j-i < 3 && agoApproximations.has(toks.lower(j)) {
		j++ // "just", "nearly"
	}
	if j < toks.len() && (toks.lower(j) == "shortly" || toks.lower(j) == "soon") {
		return j + 1
	}
	for j < toks.len() && j-i < 4 && (isCountWord(toks.at(j)) || agoCounts.has(toks.lower(j))) {
		j++ // "two", "a few"
	}
	if j >= toks.len() || !agoUnits.has(toks.lower(j)) {
		return i
	}
	return j + 1
}

// spanAfterVerb returns where what a speech verb says starts when a span
// of time dates the verb at toks[c]: past "two weeks ago", "three days
// later", or to the event the span is measured from ("48 hours after the
// breach that …", "just 30 hours before the deadline"), which a setting
// reads. It returns c when no span is there, or when the span is the
// verb's object ("discussed two hours of tape").
func spanAfterVerb(toks tokens, c, end int) int {
	j := timeSpanEnd(toks, c)
	if j == c || j >= end {
		return c
	}
	switch w := toks.lower(j); {
	case spanCloses.has(w):
		return j + 1
	case w == "that":
		return j
	case eventRelations.has(w) && (thatAfterSetting(toks, j, end) != j || !opensClauseAfterEvent(toks, j, end)):
		// "disclosed 48 hours after the breach that …", "said several
		// months after her release, and …"; but in "said shortly after
		// ABC13 left, someone took …" the span opens what was said
		return j
	}
	return c
}

// opensClauseAfterEvent reports a comma after the event a span is
// measured from, at toks[j] ("after ABC13 left his office,"), that opens a
// main clause: the span and its event then open that clause.
func opensClauseAfterEvent(toks tokens, j, end int) bool {
	for k := j + 1; k < end && k-j <= maxSettingWords; k++ {
		if toks.text(k) == "," {
			return opensMainClause(toks, k+1, end)
		}
		if toks.punct(k) {
			return false
		}
	}
	return false
}

// spanCloses close a span of time counted from now or from the event
// before: "two weeks ago", "three days later".
var spanCloses = wordSetOf(map[string]bool{
	"ago": true, "later": true, "earlier": true, "beforehand": true, "afterwards": true, "afterward": true, "previously": true,
})

// eventRelations place a span of time against an event.
var eventRelations = wordSetOf(map[string]bool{"after": true, "before": true, "since": true})

// agoApproximations qualify the count of a span: "nearly two weeks ago".
var agoApproximations = wordSetOf(map[string]bool{
	"about": true, "nearly": true, "almost": true, "just": true, "only": true, "roughly": true,
	"some": true, "around": true, "barely": true, "over": true, "under": true,
})

// dayParts follow a weekday in a setting: "on Tuesday night".
var dayParts = wordSetOf(map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true})

// nameBackward returns the noun phrase that ends at toks[k], with the
// party and state in parentheses that may close it: "Ed Rendell (D)".
func nameBackward(toks tokens, k int) phrase {
	if k >= 0 && toks.text(k) == ")" {
		s, _, _ := subjectBeforeParentheses(toks, k)
		return s
	}
	return phraseBackward(toks, k)
}

// subjectBeforeParentheses reads a subject that ends in parentheses at
// toks[k]: "Sen. Bernie Sanders (I-Vt.) called", whose party and state
// belong to the name.
func subjectBeforeParentheses(toks tokens, k int) (subject, appositive phrase, ok bool) {
	for j := k - 1; j > 0 && k-j <= 6; j-- {
		if toks.text(j) == "(" {
			if subject = phraseBackward(toks, j-1); !subject.empty() && hasCapitalized(toks, subject) {
				return phrase{subject.from, k + 1}, phrase{}, true
			}
			break
		}
	}
	return phrase{}, phrase{}, false
}

// subjectBeforeDashes reads a subject followed by an aside between dashes
// that ends at toks[k]: "Three in five insiders — and two-thirds of
// voters — said". The aside is the appositive.
func subjectBeforeDashes(toks tokens, k int) (subject, appositive phrase, ok bool) {
	for j := k - 1; j > 0 && k-j <= 2*maxSpeakerWords; j-- {
		if toks.text(j) == toks.text(k) && spacedDash(toks, j) {
			open := dashStart(toks, j)
			subject = phraseBackward(toks, open-1)
			if subject.empty() || subject.from > 0 && coordinators.has(toks.lower(subject.from-1)) {
				break // "Neil Sroka, director of the group, or DFA - which … - said": the name is further back
			}
			return subject, phrase{j + 1, k}, true
		}
		if isBoundary(toks.at(j)) && toks.text(j) != "," {
			break
		}
	}
	return phrase{}, phrase{}, false
}

// titleAbbreviationPoint reports the full stop of an abbreviation that
// stands before a name ("Mrs.", "Dr.", "Sen."), glued to it, inside an
// appositive: "a cook who asked to be identified only as Mrs. Odom,".
func titleAbbreviationPoint(toks tokens, j int) bool {
	return toks.text(j) == "." && j > 0 && toks.start(j) == toks.end(j-1) && isListedAbbreviation(toks.text(j-1)) &&
		j+1 < toks.len() && toks.isCapitalized(j+1)
}

// titleOpening returns the opening mark of a title in quotation marks
// that fills the segment between a comma and the comma at toks[last],
// when toks[j] is its closing mark (a double mark, or the single opening
// one reached back over words that end in ’); else -1.
func titleOpening(toks tokens, j, last int) int {
	switch t := toks.text(j); {
	case t == "‘":
		if j > 0 && toks.text(j-1) == "," && strings.HasSuffix(toks.text(last-1), "’") {
			return j
		}
	case isQuoteMark(t) && j == last-1 && !strings.Contains("“„«", t):
		for o := j - 1; o > 0 && j-o <= maxSpeakerWords; o-- {
			if toks.punct(o) && !isMarkAt(toks, o) {
				return -1
			}
			if isMarkAt(toks, o) {
				if toks.text(o-1) == "," {
					return o
				}
				return -1
			}
		}
	}
	return -1
}

// isBareName reports one to four capitalized words and nothing else:
// "Jane", "Ana Ruiz".
func isBareName(toks tokens) bool {
	if toks.len() == 0 || toks.len() > 4 {
		return false
	}
	for _, t := range toks.all() {
		if t.punct() || !t.isCapitalized() {
			return false
		}
	}
	return true
}

// abbreviationPoint reports a full stop at toks[j] glued to the word
// before it and followed by a comma: the point of an abbreviation in the
// appositive right before a verb ("Sen. Roy Bell, R-Kan., objected"), not
// the end of a sentence.
func abbreviationPoint(toks tokens, j int) bool {
	return toks.text(j) == "." && j > 0 && j+1 < toks.len() && toks.start(j) == toks.end(j-1) && toks.text(j+1) == ","
}

// participleModified reads a clause that opens with a noun phrase and a
// participle phrase after it, up to the comma at toks[comma]: "A pastor
// urging calm", "One donor backing the plan". It returns where the clause
// and its participle start.
func participleModified(toks tokens, comma int) (start, participle int, ok bool) {
	start = clauseStart(toks, comma)
	if first := toks.lower(start); start >= comma || prepositions[first] || frontedSubordinators.has(first) || settingWords.has(first) || isParticiple(first) {
		return 0, 0, false
	}
	for p := start + 1; p < comma; p++ {
		w := toks.at(p)
		switch {
		case isParticiple(w.lower()) && !w.isCapitalized():
			return start, p, p+1 < comma && !personalPronouns.has(toks.lower(p-1))
		case w.punct(), p-start >= maxModifiedNounWords, looksFinite(w, true), auxiliaries.has(w.lower()), isNegatedAuxiliary(w.lower()), isContractedVerb(w.lower()):
			return 0, 0, false // "That makes it a fit for a group seeking …", "The nominee isn't planning …"
		}
	}
	return 0, 0, false
}

// maxModifiedNounWords bounds the noun phrase before a participle that
// modifies it: "One pastor", "Residents of the town".
const maxModifiedNounWords = 5

// participleOnSubject reports a participle at toks[v] inside the subject
// of the sentence's verb ("A pastor urging calm, Darran Whiting, said
// …"), and returns the comma that ends what it reports.
func participleOnSubject(toks tokens, v, end int) (int, bool) {
	for c := v + 1; c < end; c++ {
		if toks.punct(c) {
			_, p, ok := participleModified(toks, c)
			return c, ok && p == v && toks.text(c) == "," && hasVerb(toks.slice(c+1, end))
		}
	}
	return 0, false
}

// isRelative reports a relative pronoun that opens an aside about a
// speaker: "who", "whose", "which".
func isRelative(lower string) bool { return lower == "who" || lower == "whose" || lower == "which" }

// relativeAsideStart returns the comma that opens the relative aside
// holding toks[j] (", who served as chief strategist,"), or -1.
func relativeAsideStart(toks tokens, j int) int {
	relative := false // a relative clause after a noun in the aside: ", a cook who asked …,"
	for c := j - 1; c > 0 && j-c <= 2*maxSpeakerWords; c-- {
		if toks.text(c) == "," {
			if isRelative(toks.lower(c+1)) || relative {
				return c
			}
			return -1
		}
		if toks.lower(c) == "who" && c > 0 && !toks.punct(c-1) {
			relative = true
		}
		if isBoundary(toks.at(c)) {
			return -1
		}
	}
	return -1
}

// antecedentOfObject returns, when p is the object of a verb in a
// restrictive relative clause, the phrase that clause belongs to: in
// "economists who favor the tax agree", the speaker of "agree" is
// "economists", not "the tax".
func antecedentOfObject(toks tokens, p phrase) (phrase, bool) {
	j := p.from - 1
	if p.empty() || j < 1 || toks.isCapitalized(j) || speechLemma[toks.lower(j)] == "" {
		return phrase{}, false
	}
	for j--; j >= 0 && !toks.punct(j) && isAuxiliary(toks.at(j)); j-- {
	}
	if j < 1 || toks.lower(j) != "who" || toks.punct(j-1) {
		return phrase{}, false
	}
	if w := toks.lower(j - 1); quantifiers.has(w) || w == "those" {
		return phrase{j - 1, j}, true // "some who advocate free speech argue"
	}
	a := phraseBackward(toks, j-1)
	return a, !a.empty()
}

// sentenceSubject returns the noun phrase that opens toks and ends at its
// first comma, with the appositive after it: "Huma Abedin, vice
// chairwoman of the campaign, emailed …".
func sentenceSubject(toks tokens) (subject, appositive phrase, ok bool) {
	if d := datelineEnd(toks); d > 0 {
		// "Washington (AFP) – Democrat Hillary Clinton has …, saying"
		subject, appositive, ok = sentenceSubject(toks.from(d))
		return shift(subject, d), shift(appositive, d), ok
	}
	first := -1
	for i, t := range toks.all() {
		if t.text() == "," {
			first = i
			break
		}
		if isBoundary(t) || i >= maxSpeakerWords || i > 0 && looksFinite(t, true) {
			return phrase{}, phrase{}, false // "The mayor closed the pier, citing …"
		}
	}
	if first < 1 {
		return phrase{}, phrase{}, false
	}
	if isParticiple(toks.lower(0)) && !isGivenName(toks.text(0)) {
		return subjectAfterParticipleClause(toks, first)
	}
	if opensTimeSpan(toks, 0) || coordinators.has(toks.lower(0)) && opensTimeSpan(toks, 1) {
		return phrase{}, phrase{}, false // a time, no subject: "But a few days later,"
	}
	subject = phrase{0, first}
	if !hasCapitalized(toks, subject) || !isNounPhrase(toks.slice(0, first)) || isDateline(toks.slice(0, first)) ||
		!canStartSpeaker(toks, 0, first) || toks.lower(0) == "like" || !opensNounPhrase(toks.at(0)) {
		return phrase{}, phrase{}, false
	}
	for i := first + 1; i < toks.len() && i-first <= maxSpeakerWords; i++ {
		if toks.text(i) == "," {
			// "Huma Abedin, vice chairwoman of the campaign," and "The
			// farm minister, Marine Dubois,": a role after a name, or a
			// name after a description.
			if i > first+1 && (!toks.isCapitalized(first+1) || isBareName(toks.slice(first+1, i)) && !isBareName(toks.slice(0, first))) {
				appositive = phrase{first + 1, i}
			}
			break
		}
	}
	return subject, appositive, true
}

// datelineEnd returns where a sentence starts after the dateline that
// opens it: a place, perhaps its region and a date, and the agency in
// parentheses, before a dash ("Washington (AFP) –", "Lagos, Nigeria
// (Reuters) -", "PARIS, Aug 31 (Reuters) -"), or a place in capitals and
// a dash with no agency ("DES MOINES -", "NAIROBI, Kenya —"). 0 when
// there is none.
func datelineEnd(toks tokens) int {
	for i := 0; i < toks.len() && i <= maxDatelineWords; i++ {
		switch t := toks.at(i); {
		case i > 0 && t.text() == "(":
			return agencyEnd(toks, i)
		case i > 0 && isDash(t):
			if isCapitalsPlace(toks.text(0)) {
				return pastDashes(toks, i, toks.len()) // "DES MOINES -"
			}
			return 0
		case t.text() == "," || t.text() == "." || t.isCapitalized() || startsWithDigit(t):
		default:
			return 0
		}
	}
	return 0
}

// maxDatelineWords bounds a dateline's place and date: "SAN JUAN, Puerto
// Rico, Dec. 3".
const maxDatelineWords = 9

// agencyEnd returns where the sentence starts after the agency in
// parentheses that opens at toks[open] and the dash after it: "(AFP) –",
// "(AP News) —", "(Xinhua) --"; 0 when they are not there.
func agencyEnd(toks tokens, open int) int {
	for i := open + 1; i < toks.len() && i <= open+4; i++ {
		if toks.text(i) == ")" {
			if i > open+1 && i+1 < toks.len() && isDash(toks.at(i+1)) {
				return pastDashes(toks, i+1, toks.len()) // "(Xinhua) --"
			}
			return 0
		}
		if !toks.isCapitalized(i) {
			return 0
		}
	}
	return 0
}

// isCapitalsPlace reports a word of two letters or more, all capitals, as
// a dateline writes its place ("PARIS", "DES").
func isCapitalsPlace(s string) bool {
	letters := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		letters++
	}
	return letters >= 2
}

// subjectAfterParticipleClause returns the subject of a sentence that
// opens with a participle clause ending at the comma toks[comma]: the
// words after it up to the verb, "Trump" in "Speaking at a town hall in
// Salem, New Hampshire, Trump went after Bush, calling him …". The
// segments that continue the clause (a region after its place, a day)
// belong to it (see pastSettingSegments).
func subjectAfterParticipleClause(toks tokens, comma int) (subject, appositive phrase, ok bool) {
	from := pastSettingSegments(toks, comma+1)
	for j := from; j < toks.len() && j-from <= maxSpeakerWords; j++ {
		t := toks.at(j)
		if t.punct() {
			return phrase{}, phrase{}, false
		}
		if j > from && (looksFinite(t, true) || t.verbForm() || isAuxiliary(t)) {
			p := phrase{from, j}
			if !hasCapitalized(toks, p) && !speakerPronouns.has(toks.lower(from)) || !isNounPhrase(toks.slice(from, j)) {
				return phrase{}, phrase{}, false
			}
			return p, phrase{}, true
		}
	}
	return phrase{}, phrase{}, false
}

// isDateline reports a place name in capitals that opens a wire story:
// "PARIS, Aug 31 (Reuters) -".
func isDateline(toks tokens) bool {
	for _, t := range toks.all() {
		if !isUpperCased(t.text()) {
			return false
		}
	}
	return true
}

// timeDeictics open a time setting before a verb: "last month", "this
// past week".
var timeDeictics = wordSetOf(map[string]bool{"last": true, "this": true, "next": true, "past": true, "earlier": true, "later": true})

// pastOpeningSetting returns where the subject starts in the words
// toks[from:end] before a verb, which open their sentence, past a setting
// of time or place set before it without a comma: "In 2019 the minister
// said", "Last week the council said", "In a statement the company
// said", "On Tuesday Smith said". The subject starts at the first
// determiner, pronoun or capitalized word after a word that ends the
// setting: a number, a day, a month or another lower-case word that is no
// preposition or determiner. from itself when the words open with no
// setting, or when the subject cannot be told from the setting: "In
// Washington Smith said", where the capitals run on.
func pastOpeningSetting(toks tokens, from, end int) int {
	first := from + 2 // the setting's opening word and at least one more
	switch {
	case from > 0 && toks.lower(from-1) == "that" && isTimeUnit(toks.lower(from)) && opensCapitalizedSentence(toks, from-1):
		first = from + 1 // "That night Smith told", where the phrase read back stops at "that"
	case !opensCapitalizedSentence(toks, from) && !followsComma(toks, from):
		return from // "said in a statement released by the campaign the report …"
	case !prepositions[toks.lower(from)] && !opensTimeOfEvent(toks, from, end) &&
		!(timeDeictics.has(toks.lower(from)) && isTimeUnit(toks.lower(from+1))):
		return from // not "to answer a field focused on …", "This technique can …"
	case approximations.has(toks.lower(from)) && isCountWord(toks.at(from+1)) || atLeastCount(toks, from, end):
		return from // a count: "About 200 workers", "At least four senators"
	}
	for s := first; s < end; s++ {
		if startsSubject(toks.at(s)) && endsSetting(toks.at(s-1)) {
			return s
		}
		if !endsSetting(toks.at(s-1)) && !isSettingInnerWord(toks.at(s-1)) {
			return from // a verb: "In helping a person learn"
		}
	}
	return from
}

// followsComma reports a word right after a comma, or after the closing
// mark that follows one: a clause may open there with its setting
// ("…,” on Tuesday night the president said").
func followsComma(toks tokens, k int) bool {
	switch {
	case k > 0 && toks.text(k-1) == ",":
		return true
	case k > 1 && markAfterComma(toks, k-2) == k, k > 2 && markAfterComma(toks, k-3) == k:
		return true
	}
	return false
}

// isSettingInnerWord reports a word that a setting holds but does not end
// with: a preposition, a determiner or a capitalized name ("At a rally in
// Des Moines").
func isSettingInnerWord(w word) bool {
	l := w.lower()
	return prepositions[l] || determiners[l] || l == "of" || l == "to" || w.isCapitalized() && !w.punct()
}

// atLeastCount reports a count bounded by "at least" or "at most" that
// opens toks[from:end]: "At least four senators".
func atLeastCount(toks tokens, from, end int) bool {
	return from+2 < end && toks.lower(from) == "at" && (toks.lower(from+1) == "least" || toks.lower(from+1) == "most") && isCountWord(toks.at(from+2))
}

// opensCapitalizedSentence reports a word that opens its sentence,
// capitalized, or follows the adverbs that do ("Later that day"). The
// words a reader is given may be part of a sentence, so the capital
// tells, not where they start: in "helping a person learn" read from
// "by", "by" opens no sentence.
func opensCapitalizedSentence(toks tokens, k int) bool {
	for k > 0 && (leadingFiller.has(toks.lower(k-1)) || isOpeningAdverb(toks.at(k-1))) {
		k--
	}
	return toks.isCapitalized(k) && (k == 0 || toks.punct(k-1))
}

// opensTimeOfEvent reports a time told by the event it follows, which
// opens toks[from:end]: "The next day", "The following week", "The same
// morning".
func opensTimeOfEvent(toks tokens, from, end int) bool {
	return from+3 < end && toks.lower(from) == "the" && eventOrders.has(toks.lower(from+1)) && isTimeUnit(toks.lower(from+2))
}

// isTimeUnit reports a unit of time that a setting names: "day", "week",
// "night".
func isTimeUnit(lower string) bool { return lower == "day" || timeUnitNames.has(lower) }

// eventOrders place a time after or at an event: "the next day".
var eventOrders = wordSetOf(map[string]bool{"next": true, "following": true, "same": true, "previous": true})

// startsSubject reports a word that can open a subject after a setting: a
// determiner, a subject pronoun or a capitalized word that names no time.
func startsSubject(w word) bool {
	l := w.lower()
	if determiners[l] || personalPronouns.has(l) {
		return true
	}
	_, month := monthNames[l]
	return w.isCapitalized() && !w.punct() && !isDayWord(l) && !month && !notNameWords.has(l)
}

// endsSetting reports a word that can close a setting of time or place: a
// number, a day or a month ("In 2019", "On Tuesday", "In May"), or a
// lower-case word that is no preposition, determiner or auxiliary ("In a
// statement", "Last week").
func endsSetting(w word) bool {
	l := w.lower()
	if w.punct() {
		return false
	}
	if startsWithDigit(w) || isDayWord(l) {
		return true
	}
	if _, month := monthNames[l]; month && w.isCapitalized() {
		return true
	}
	return !w.isCapitalized() && !prepositions[l] && !determiners[l] && l != "to" && l != "of" &&
		!isAuxiliary(w) && !isFiniteVerb(w) && !w.verbForm() && !personalPronouns.has(l) && !strings.HasSuffix(l, "ing")
}

// phraseBackward returns the noun phrase that ends at toks[k].
func phraseBackward(toks tokens, k int) phrase {
	if k >= 0 && personalPronouns.has(toks.lower(k)) {
		return phrase{k, k + 1} // "On Tuesday night he said"
	}
	if k > 1 && toks.lower(k) == "which" && toks.text(k-1) == "," {
		// "The paper, which first said": the subject the aside
		// follows; "came from China and the United States, which
		// together vowed": the relative pronoun is the mention, as
		// "who" is
		if a := phraseBackward(toks, k-2); !a.empty() && a.from == 0 && !hasVerb(toks.slice(a.from, a.to)) {
			return a
		}
		return phrase{k, k + 1}
	}
	end := k + 1
	j := k
	for j >= 0 && end-j <= maxSpeakerWords {
		t := toks.at(j)
		if isBoundary(t) && !isPercentSign(toks, j) || isDoubledApostrophe(toks, j) || clauseBreaks.has(t.lower()) || isSpeechWordIn(toks, j, k) {
			break
		}
		j--
	}
	from := j + 1
	// A relative pronoun right before the verb is the mention ("Armin
	// Laschet, the party leader, who said"), its name resolved later from
	// the name before it; but in "some commentators, who said" the
	// phrase "who" stands for is the speaker, as it names no one.
	if from < end && toks.lower(end-1) == "who" {
		if end >= 3 && toks.text(end-2) == "," {
			if a := phraseBackward(toks, end-3); !a.empty() && !hasCapitalized(toks, a) && (a.from == 0 || toks.text(a.from-1) != ",") {
				return a
			}
		} else if end >= 2 && !toks.punct(end-2) {
			// A restrictive clause names its phrase: in "echoing some
			// commentators who have suggested", the commentators.
			if a := antecedentOfRelative(toks, end-2); !a.empty() {
				if subj := copulaSubject(toks, a.from, a.to); !subj.empty() {
					return subj // "Ana Ruiz is a nurse who says": Ana Ruiz
				}
				return a
			}
		}
		return phrase{end - 1, end}
	}
	for from < end && (leadingFiller.has(toks.lower(from)) || from+1 < end && isOpeningAdverb(toks.at(from))) {
		from++
	}
	from = pastOpeningSetting(toks, from, end)
	if end-from > maxSpeakerWords || from >= end || !isNounPhrase(toks.slice(from, end)) || !canStartSpeaker(toks, from, end) {
		return phrase{}
	}
	if w := toks.at(from); end-from == 1 && !w.isCapitalized() && (strings.HasSuffix(w.lower(), "ed") || irregularPasts.has(w.lower())) {
		return phrase{} // a verb: "decamped to Citigroup and began writing"
	}
	if from == j+1 && j > 0 && toks.lower(j) == "and" {
		if first, ok := coordinatedWith(toks, j); ok {
			return phrase{first, end}
		}
	}
	return phrase{from, end}
}

// copulaSubject returns the subject of "is" or "was" when the noun
// phrase toks[from:end] is what follows it, opened by an article, alone
// or last in a list: in "Ana Ruiz is a nurse who says …" and "Lee is a
// farmer, a father and a veteran who says …" the one who says is the
// subject. It returns an empty phrase when no copula comes first, in a
// cleft sentence ("It was the mayor who said"), and for one of many
// ("She is one of the nurses who say").
func copulaSubject(toks tokens, from, end int) phrase {
	k := from - 1
	for ; k > 0 && from-k <= 2*maxSpeakerWords && !linkingBe.has(toks.lower(k)); k-- {
		w := toks.at(k)
		if w.punct() && w.text() != "," || w.isCapitalized() || prepositions[w.lower()] || isFiniteVerb(w) || auxiliaries.has(w.lower()) {
			return phrase{} // not "is among those sounding the alarm, echoing experts who"
		}
	}
	if k <= 0 || !linkingBe.has(toks.lower(k)) || !articles.has(toks.lower(k+1)) {
		return phrase{} // not a progressive ("they are hearing a candidate who") or "were both critical of those who"
	}
	if hasWord(toks.slice(k, end), "of") {
		return phrase{} // "one of the nurses who say": the nurses
	}
	subj, _, ok := subjectBefore(toks, k)
	if !ok || subj.empty() || impersonalSubjects.has(toks.lower(subj.from)) ||
		!toks.isCapitalized(subj.from) && !personalPronouns.has(toks.lower(subj.from)) {
		return phrase{}
	}
	return subj
}

// impersonalSubjects open cleft and existential sentences: "It was the
// mayor who said", "There are farmers who say", "Here are the senators
// who".
var impersonalSubjects = wordSetOf(map[string]bool{"it": true, "there": true, "here": true, "this": true, "that": true})

// linkingBe are the forms of "be" that link a subject to what it is.
var linkingBe = wordSetOf(map[string]bool{"is": true, "was": true, "are": true, "were": true})

// isPercentSign reports a "%" glued to the number before it: a speaker
// may be a share of people ("45% of voters say").
func isPercentSign(toks tokens, j int) bool {
	return toks.text(j) == "%" && j > 0 && startsWithDigit(toks.at(j-1)) && toks.start(j) == toks.end(j-1)
}

// innerVerb returns the first verb of its own in a phrase read back from
// a verb, which makes the phrase a clause, not a speaker: a past form
// with its object ("which released a statement Tuesday questioning",
// "Trump posted a series of tweets criticizing"). A past participle
// without one modifies the noun before it: "a memo released Friday said",
// "those surveyed said", "Several cast members said". -1 when there is
// none.
func innerVerb(toks tokens, p phrase) int {
	for i := p.from; i+1 < p.to; i++ {
		t := toks.at(i)
		past := !t.isCapitalized() && (irregularPasts.has(t.lower()) || strings.HasSuffix(t.lower(), "ed") && len(t.lower()) > 4)
		if past && determiners[toks.lower(i+1)] && !(i-1 > p.from && isRelativeWord(toks.lower(i-1))) {
			return i // not "those who named a candidate said"
		}
	}
	return -1
}

// isRelativeWord reports a word that opens a relative clause.
func isRelativeWord(lower string) bool { return isRelative(lower) || lower == "that" }

// antecedentOfRelative returns the noun phrase ending at toks[k] that a
// restrictive relative clause after it belongs to: "farmers" in "gave
// arguments to farmers who say", "a nurse" in "met a nurse who says".
// It reads back over the words of a noun phrase, through "of" ("members
// of Congress who") and groupPrepositions, and stops at a verb, another
// preposition ("arguments to farmers who"), a clause word or
// punctuation ("echoing", "includes"); none when no noun phrase ends at
// k.
func antecedentOfRelative(toks tokens, k int) phrase {
	j := k
	for ; j >= 0 && k-j < maxSpeakerWords; j-- {
		t := toks.at(j)
		if t.punct() && t.text() != "'" && t.text() != "’" || prepositions[t.lower()] && !groupPrepositions.has(t.lower()) || t.lower() == "to" || clauseBreaks.has(t.lower()) ||
			t.lower() == "who" || isVerbLike(t) || isPresentVerbAt(toks, j) || presentAfterAdverb(toks, j) || isParticiple(t.lower()) && len(t.lower()) > 5 && !t.isCapitalized() {
			break
		}
	}
	p := phrase{j + 1, k + 1}
	for p.from < p.to && (toks.lower(p.from) == "of" || leadingFiller.has(toks.lower(p.from)) || p.from+1 < p.to && isOpeningAdverb(toks.at(p.from))) {
		p.from++
	}
	if p.empty() || !isNounPhrase(toks.slice(p.from, p.to)) {
		return phrase{}
	}
	return p
}

// presentAfterAdverb reports a present-tense verb at toks[j] after an
// adverb that stands before verbs: "The coalition also includes
// individuals who", "The union now represents workers who", "The list
// still names officials who".
func presentAfterAdverb(toks tokens, j int) bool {
	w := toks.at(j)
	return j > 0 && !w.isCapitalized() && strings.HasSuffix(w.lower(), "s") && !strings.HasSuffix(w.lower(), "ss") &&
		adverbsBeforeVerbs.has(toks.lower(j-1))
}

// adverbsBeforeVerbs stand between a subject and its verb far more often
// than before a noun: "also", "still", "often", "together". ("First" is
// left out: "the first said".)
var adverbsBeforeVerbs = wordSetOf(map[string]bool{
	"also": true, "still": true, "now": true, "often": true, "already": true, "never": true,
	"always": true, "usually": true, "sometimes": true, "rarely": true, "seldom": true,
	"regularly": true, "frequently": true, "routinely": true, "typically": true, "generally": true,
	"together": true, "again": true, "then": true, "later": true, "once": true, "ever": true,
	"just": true, "even": true, "too": true,
})

// groupPrepositions join a place or a body to the people a relative
// clause is about: "some Republicans in the state who suspect",
// "officials at the agency who".
var groupPrepositions = wordSetOf(map[string]bool{"in": true, "at": true, "from": true, "on": true, "across": true,
	"around": true, "within": true, "inside": true, "outside": true, "near": true, "throughout": true})

// isVerbLike reports a lower-case word that reads as a verb: a finite
// verb, an auxiliary, a past form.
func isVerbLike(t word) bool {
	return !t.isCapitalized() && (isFiniteVerb(t) || auxiliaries.has(t.lower()) || irregularPasts.has(t.lower()) ||
		strings.HasSuffix(t.lower(), "ed") && len(t.lower()) > 4)
}

// isVerbObject reports a phrase right after a speech verb, its object:
// "EDGE" in "Ms. Arnold, who helped found EDGE, a green group, said".
func isVerbObject(toks tokens, p phrase) bool {
	return p.from > 0 && isSpeechWordIn(toks, p.from-1, p.to-1)
}

// isSpeechWordIn reports a speech verb at toks[j] that ends a phrase read
// backwards to toks[k]: not the verb itself, not a noun after a
// determiner ("A report in a paper said") or a form news uses as a noun
// ("advocates in the community called"), and not a word of a name
// ("Secretary of State John Kerry said").
func isSpeechWordIn(toks tokens, j, k int) bool {
	t := toks.at(j)
	if j == k || speechLemma[t.lower()] == "" || nounLikeForms.has(t.lower()) || t.isCapitalized() && (j > 0 || modifiesNounAfter(toks, j)) {
		return false
	}
	if j > 1 && determiners[toks.lower(j-2)] && reportAdjectives.has(toks.lower(j-1)) || modifiedNoun(toks, j) || afterSingularName(toks, j) {
		return false // "An earlier report in a paper said", "The center-left think tank said"
	}
	if j > 0 && prepositions[toks.lower(j-1)] && !isParticiple(t.lower()) && !strings.HasSuffix(t.lower(), "ed") {
		return false // a noun after a preposition: "Those in favor of punishment say", "in response to"
	}
	return !(j > 0 && determiners[toks.lower(j-1)])
}

// modifiesNounAfter reports a speech verb's base form that opens a noun
// phrase as a noun modifying the noun after it: "Talk show host Glenn
// Beck", "Call centre worker Ana Ruiz", "Report author Lee". An
// imperative has its object or a clause after it instead: "Tell them",
// "Say what you like".
func modifiesNounAfter(toks tokens, j int) bool {
	if j+1 >= toks.len() || speechLemma[toks.lower(j)] != toks.lower(j) {
		return false
	}
	next := toks.at(j + 1)
	l := next.lower()
	return !next.punct() && !next.isCapitalized() && !functionWords[l] && !determiners[l] && !prepositions[l] &&
		!objectPronouns.has(l) && !isRelativeWord(l) && l != "what" && l != "how" && l != "to" && !isLyAdverb(l)
}

// reportAdjectives stand between a determiner and a speech word that is
// a noun: "an earlier report", "the latest estimate".
var reportAdjectives = wordSetOf(map[string]bool{
	"earlier": true, "new": true, "recent": true, "latest": true, "previous": true, "first": true,
	"final": true, "initial": true, "separate": true, "later": true, "internal": true,
	"official": true, "formal": true, "public": true, "private": true, "written": true,
})

// coordinatedWith returns where a subject joined by the "and" at toks[j]
// starts: the phrase before it joins the speaker when both are names
// ("Trump and Clinton said", "the Center for Economic and Policy
// Research said") or when the phrases, with commas between them, open
// a clause ("Crane, Kibbe and other libertarians knew", "after the agency
// and 14 other groups called for a ban"). Elsewhere, or when a phrase
// holds a verb, the "and" joins clauses: "the plan failed and officials
// said".
func coordinatedWith(toks tokens, j int) (int, bool) {
	last := j // the end of the phrase before "and"
	if toks.text(j-1) == "," {
		last = j - 1 // "labor unions, environmental groups, and many lawmakers"
	}
	before := phraseBackward(toks, last-1)
	if before.empty() || before.to != last || hasVerb(toks.slice(before.from, last)) {
		return 0, false
	}
	if last == j && toks.isCapitalized(j-1) && toks.isCapitalized(j+1) {
		return nameListStart(toks, before.from), true
	}
	first, listed := listStart(toks, before.from)
	if last == j && first == before.from && sharedHeadAt(toks, before.from, j) {
		return before.from, true // not the last two of a list: "The family, protesters and civic leaders"
	}
	if !listed {
		return 0, false
	}
	if last < j && first == before.from {
		return 0, false // a comma before "and" needs a list: "the plan, and officials said"
	}
	return first, first == 0 || clauseBreaks.has(toks.lower(first-1))
}

// nameListStart returns where a list of names separated by commas that
// ends with the name starting at toks[from] starts, when the list opens
// its clause: "Carson, Fiorina and Huckabee said". from itself when a
// phrase before a comma is no name, or the list does not open the
// clause ("In Paris, Lyon and Nice said" has no such list).
func nameListStart(toks tokens, from int) int {
	first := from
	for first >= 2 && toks.text(first-1) == "," {
		p := phraseBackward(toks, first-2)
		if p.empty() || p.to != first-1 || !toks.isCapitalized(p.from) || !toks.isCapitalized(p.to-1) || hasVerb(toks.slice(p.from, p.to)) ||
			notNameWords.has(toks.lower(p.from)) || isOpeningAdverb(toks.at(p.from)) {
			return from // not "However, both Vindman and Williams"
		}
		first = p.from
	}
	if first < from && (first == 0 || toks.punct(first-1)) {
		return first
	}
	return from
}

// listStart returns where a list of noun phrases separated by commas
// that ends with the phrase starting at toks[from] starts; not listed
// when a phrase before a comma holds a verb ("the plan failed, …").
func listStart(toks tokens, from int) (first int, listed bool) {
	first = from
	for first >= 2 && toks.text(first-1) == "," {
		p := phraseBackward(toks, first-2)
		if p.empty() || p.to != first-1 || hasVerb(toks.slice(p.from, p.to)) {
			return first, false
		}
		first = p.from
	}
	return first, true
}

// sharedHeadAt reports a coordinator at toks[j] that joins the lone
// modifier toks[i:j], after an optional determiner, to the rest of its
// noun phrase, whose head both share: "current and former officials",
// "the state and federal agencies", "complete but unofficial returns".
// Two names joined so ("Smith and Jones said") are one subject too.
func sharedHeadAt(toks tokens, i, j int) bool {
	if j+2 >= toks.len() || !modifierCoordinators.has(toks.lower(j)) {
		return false
	}
	if j-i == 2 && determiners[toks.lower(i)] {
		i++
	}
	if j-i != 1 || toks.punct(i) || isVerbLike(toks.at(i)) {
		return false
	}
	next := toks.at(j + 1)
	return !next.punct() && !clauseBreaks.has(next.lower()) && !determiners[next.lower()] && !isVerbLike(next) &&
		!prepositions[next.lower()] && !isBoundary(toks.at(j+2)) && !isVerbLike(toks.at(j+2))
}

// modifierCoordinators join two modifiers of one noun.
var modifierCoordinators = wordSetOf(map[string]bool{"and": true, "or": true, "but": true})

// personalPronouns stand alone as a subject, whatever precedes them.
var personalPronouns = wordSetOf(map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true})

// canStartSpeaker reports whether a speaker phrase toks[from:end] before
// its verb can open with its first word: not with a preposition ("In an
// interview Cruz"), a participle ("carrying signs") or a quantifier alone
// ("they both said"). A preposition of approximation before a number opens
// a count of people ("About four in 10 said").
func canStartSpeaker(toks tokens, from, end int) bool {
	w := toks.at(from)
	if w.punct() || w.lower() == "both" && end-from == 1 {
		return false
	}
	if prepositions[w.lower()] || w.lower() == "to" || w.lower() == "despite" {
		return approximations.has(w.lower()) && from+1 < end && isCountWord(toks.at(from+1)) ||
			atLeastCount(toks, from, end) // "At least four senators said"
	}
	return w.isCapitalized() || !strings.HasSuffix(w.lower(), "ing")
}

// approximations are the prepositions that may open a count: "about",
// "over", "under".
var approximations = wordSetOf(map[string]bool{"about": true, "over": true, "under": true, "around": true})

// isCountWord reports a number in digits or in words: "10", "four".
func isCountWord(w word) bool {
	_, digit := digitWords[w.lower()]
	_, teen := teenWords[w.lower()]
	_, tens := tensWords[w.lower()]
	return startsWithDigit(w) || digit || teen || tens || w.lower() == "half"
}

// prepositions open phrases that are settings, not speakers.
var prepositions = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "after": true, "before": true,
	"from": true, "with": true, "for": true, "by": true, "about": true, "despite": true,
	"since": true, "until": true, "under": true, "over": true, "through": true, "into": true,
	"amid": true, "without": true, "within": true, "against": true, "toward": true,
	"towards": true, "upon": true, "via": true, "alongside": true, "beyond": true, "among": true,
	"like": true, "unlike": true, "across": true, "behind": true, "besides": true,
	"between": true, "beneath": true, "below": true, "above": true, "except": true,
	"throughout": true, "past": true, "near": true, "outside": true, "inside": true,
}

// isAuxiliary reports the words between a subject and its verb:
// auxiliaries, "not", and adverbs ("has repeatedly said", "did not
// immediately respond", "don't expect").
func isAuxiliary(w word) bool {
	return auxiliaries.has(w.lower()) || w.lower() == "not" || isNegatedAuxiliary(w.lower()) || !w.isCapitalized() && isLyAdverb(w.lower())
}

// isNegatedAuxiliary reports an auxiliary contracted with "not": "don't",
// "hasn’t", "won't".
func isNegatedAuxiliary(lower string) bool {
	return strings.HasSuffix(lower, "n't") || strings.HasSuffix(lower, "n’t")
}

// isLyAdverb reports an adverb in -ly ("repeatedly", "publicly"), not a
// noun or adjective that ends so ("family", "ally", "early").
func isLyAdverb(lower string) bool {
	return strings.HasSuffix(lower, "ly") && len(lower) > 4 && !lyNouns.has(lower)
}

// lyNouns end in -ly but are no adverbs.
var lyNouns = wordSetOf(map[string]bool{
	"family": true, "ally": true, "rally": true, "supply": true, "assembly": true, "monopoly": true,
	"anomaly": true, "bully": true, "tally": true, "folly": true, "reply": true, "italy": true,
	"daily": true, "weekly": true, "monthly": true, "quarterly": true, "elderly": true, "early": true,
})

// isNounPhrase reports whether a run of words can be a speaker: it holds
// a word other than function words, and neither ends with a function word
// ("ordered the", "Secretary of") nor holds a verb form ("did", "was").
func isNounPhrase(toks tokens) bool {
	content := false
	for i, t := range toks.all() {
		if isFiniteVerb(t) || t.lower() == "to" && !isPrepositionTo(toks, i) {
			return false
		}
		if !functionWords[t.lower()] || speakerPronouns.has(t.lower()) || toks.len() == 1 && t.lower() == "some" {
			content = true
		}
	}
	last := toks.lower(toks.len() - 1)
	return content && (!functionWords[last] || speakerPronouns.has(last) || toks.len() == 1)
}

// isPrepositionTo reports a "to" inside a noun phrase, not an
// infinitive's: "advisers to Mr. Obama", "people close to Clinton".
func isPrepositionTo(toks tokens, i int) bool {
	return i+1 < toks.len() && toks.isCapitalized(i+1) || i > 0 && (toks.lower(i-1) == "close" || toks.lower(i-1) == "closest")
}

// functionWords are determiners, prepositions and pronouns.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "in": true, "on": true, "at": true,
	"for": true, "by": true, "with": true, "from": true, "to": true, "into": true, "about": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
	"this": true, "that": true, "these": true, "those": true, "some": true, "any": true,
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"who": true, "than": true, "including": true, "like": true, "among": true,
}

// leadingFiller are words that open a clause before its subject: "Then
// Smith said", "Meanwhile, the company said".
var leadingFiller = wordSetOf(map[string]bool{
	"then": true, "meanwhile": true, "now": true, "also": true, "instead": true, "still": true,
	"later": true, "earlier": true, "yesterday": true, "today": true,
})

// objectAfter finds the speaker phrase that follows the verb ending before
// toks[k]: "said Ken Hu, the company's chief executive." It returns the
// phrase and the appositive after its comma.
func objectAfter(toks tokens, k int) (subject, appositive phrase, ok bool) {
	if k >= toks.len() || toks.punct(k) || notSpeakerStart.has(toks.lower(k)) {
		return phrase{}, phrase{}, false
	}
	j := k
	for j < toks.len() && j-k < maxSpeakerWords && !isBoundary(toks.at(j)) && !clauseBreaks.has(toks.lower(j)) &&
		!(j > k && afterSpeaker.has(toks.lower(j)) && !datesParticiple(toks, j)) {
		j++
	}
	subject = phrase{k, j}
	if subject.empty() || prepositions[toks.lower(k)] || toks.lower(k) == "both" {
		return phrase{}, phrase{}, false
	}
	if hasFinite(toks.slice(k, j)) {
		return phrase{}, phrase{}, false // a clause: "said the vote was lost"
	}
	if last := toks.at(j - 1); j-k > 1 && !last.isCapitalized() && isPastTense(last.lower()) && !(j < toks.len() && prepositions[toks.lower(j)]) {
		// A clause, its verb last: "said the prize mattered". An adjective
		// stands before its noun, and a participle before its preposition:
		// "said one Republican involved in the planning".
		return phrase{}, phrase{}, false
	}
	if j+1 < toks.len() && toks.text(j) == "," && !clauseBreaks.has(toks.lower(j+1)) && toks.lower(j+1) != "who" {
		a := j + 1
		e := a
		for e < toks.len() && e-a < maxSpeakerWords && !isBoundary(toks.at(e)) {
			e++
		}
		if !hasFinite(toks.slice(a, e)) && !isParticiplePhraseAside(toks, a, e) {
			// not "according to Ms. Epstein, are 16 …", nor the
			// writer's participle: "said Dana Holt, speaking after the vote"
			appositive = phrase{a, e}
		}
	}
	return subject, appositive, true
}

// datesParticiple reports a day at toks[j] right after a past participle
// that it dates, inside the speaker phrase: "a CBS poll released
// Monday", "data published yesterday". After a name the day dates the
// speaking instead: "said Smith on Monday".
func datesParticiple(toks tokens, j int) bool {
	if j < 1 || !isDayWord(toks.lower(j)) {
		return false
	}
	p := toks.at(j - 1)
	return !p.punct() && !p.isCapitalized() && (isPastTense(p.lower()) || irregularPasts.has(p.lower()))
}

// isFiniteVerb reports one of finiteVerbs, where a capitalized month is
// no modal verb: "said in May that …", "May was the wettest month".
func isFiniteVerb(w word) bool {
	if !finiteVerbs.has(w.lower()) {
		return false
	}
	if !w.isCapitalized() {
		return true // most verbs: no month to look for
	}
	_, month := monthNames[w.lower()]
	return !month
}

// hasFinite reports whether toks hold one of finiteVerbs.
func hasFinite(toks tokens) bool {
	for _, t := range toks.all() {
		if isFiniteVerb(t) {
			return true
		}
	}
	return false
}

// finiteVerbs are the auxiliaries and forms of "be" and "have" that mark
// a clause, which no speaker phrase holds.
var finiteVerbs = wordSetOf(map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true,
	"have": true, "had": true, "will": true, "would": true, "could": true, "should": true,
	"can": true, "may": true, "might": true, "must": true, "did": true, "does": true, "do": true,
	"won't": true, "can't": true, "isn't": true, "wasn't": true, "didn't": true, "doesn't": true,
})

// notSpeakerStart are words that cannot open a speaker phrase after a
// verb: "said on Tuesday", "said in a statement", "told reporters".
var notSpeakerStart = wordSetOf(map[string]bool{
	"on": true, "in": true, "at": true, "during": true, "after": true, "before": true,
	"to": true, "that": true, "it": true, "this": true, "last": true, "next": true,
	"yesterday": true, "today": true, "tonight": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"earlier": true, "later": true, "recently": true, "previously": true, "of": true,
	"with": true, "about": true, "for": true, "from": true, "by": true, "while": true,
	"when": true, "as": true, "so": true, "and": true, "but": true, "not": true,
	"nothing": true, "something": true, "anything": true, "yes": true, "no": true,
	"so-called": true, "himself": true, "herself": true, "themselves": true, "me": true,
	"him": true, "her": true, "them": true, "us": true, "you": true,
})

// afterSpeaker are words that end a speaker phrase after the verb: "said
// Smith on Tuesday", "said Smith in an interview".
var afterSpeaker = wordSetOf(map[string]bool{
	"on": true, "in": true, "at": true, "during": true, "after": true, "before": true,
	"to": true, "who": true, "yesterday": true, "today": true, "last": true, "this": true,
	"earlier": true, "later": true, "told": true, "said": true, "says": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
})

func hasCapitalized(toks tokens, p phrase) bool {
	for _, t := range toks.slice(p.from, p.to).all() {
		if t.isCapitalized() {
			return true
		}
	}
	return false
}

// opensSetting reports a preposition that opens another setting: "said
// in a video message to the convention".
func opensSetting(w word) bool {
	return settingWords.has(w.lower()) && (prepositions[w.lower()] || w.lower() == "to")
}

// titleBeforeRoleAt reports a title of a work in quotation marks that
// opens at toks[i] and runs on into a role noun, as in "told “CBS This
// Morning” co-host Gayle King", and returns the index of the role noun.
func titleBeforeRoleAt(toks tokens, i int) (int, bool) {
	if i >= toks.len() || !isQuoteMark(toks.text(i)) {
		return 0, false
	}
	for j := i + 1; j < toks.len() && j-i <= maxSpeakerWords; j++ {
		if isQuoteMark(toks.text(j)) {
			ok := j > i+1 && isTitleWords(toks.slice(i+1, j)) && j+2 < toks.len() && isRoleNoun(toks.at(j+1)) && toks.isCapitalized(j+2)
			return j + 1, ok
		}
	}
	return 0, false
}

// attributionTail reports whether toks[from:] is what may follow a speech
// verb in an attribution: the listener of verbs that take one ("told
// reporters"), settings ("in a statement", "on Twitter", "on Tuesday",
// "last week"), and a final colon, comma or period. "said the vote was"
// is no tail: a clause follows.
func attributionTail(toks tokens, from int, lemma string) bool {
	i := from
	if listenerVerbs.has(lemma) {
		// "told reporters", "told The Wall Street Journal"
		for k := 0; i < toks.len() && k < maxSpeakerWords; k++ {
			if end, ok := titleBeforeRoleAt(toks, i); ok {
				i = end // "told “CBS This Morning” co-host Gayle King"
				continue
			}
			if !(k < 3 || toks.isCapitalized(i)) || toks.punct(i) || settingWords.has(toks.lower(i)) ||
				k > 0 && clauseSubjects.has(withoutContraction(toks.lower(i))) {
				break // "told reporters", but not "told me they'd be in jail"
			}
			i++
		}
		if i > from && i < toks.len() && toks.lower(i) == "to" {
			return false // "asked the congregation to stand": a request follows
		}
	}
	for i < toks.len() {
		t := toks.at(i)
		switch {
		case t.punct():
			switch t.text() {
			case ":", ",":
			case ";", "—", "–":
				return true // "…, analysts say; in 2012, …", "…, allies believe — backers she will need"
			case ".", "!", "?":
				if !onlyPunct(toks.from(i + 1)) {
					return false
				}
			default:
				if i > from && toks.text(i-1) == "," && quotedTitleEnds(toks, i) {
					return true // "…, he wrote in his 2012 book, “An American Son.”"
				}
				if !isQuoteMark(t.text()) || !onlyPunct(toks.from(i+1)) {
					return false // but the closing mark of “Morning Joe.”
				}
			}
			i++
		case i > from && toks.text(i-1) == "," && spanBeforeEvent(toks, i):
			return true // "…, the company said on Friday, two days after workers walked out."
		case (t.lower() == "of" || t.lower() == "about") && i == from && !isWeakVerb(lemma):
			// the topic: "said of the episode, “…”"
			i++
			for k := 0; k < 5 && i < toks.len() && !toks.punct(i) && !clauseBreaks.has(toks.lower(i)) && !isFiniteVerb(toks.at(i)); k++ {
				i++
			}
			if i == toks.len() || toks.text(i) != "," && toks.text(i) != ":" {
				return false // "complains about a microphone “is not …”": the quote is the clause's
			}
		case i == from && t.lower() == "to" && aspectVerbs.has(lemma):
			return false // how long, not what was said: "…, Trump continued to attack her record"
		case settingWords.has(t.lower()):
			// a setting: up to five words after its opening word, which
			// a preposition needs ("said to reporters", but "vowing to
			// “open up”"); a clause ends it ("tweeted Monday that …").
			i++
			k := 0
			for ; k < 5 && i < toks.len() && (!toks.punct(i) || isQuoteMark(toks.text(i))) && !opensSetting(toks.at(i)) && !clauseBreaks.has(toks.lower(i)) && !isFiniteVerb(toks.at(i)); k++ {
				i++ // quoted words are a show's title: on MSNBC's “Morning Joe”
			}
			if k == 0 && prepositions[t.lower()] || t.lower() == "to" && (k == 0 || takesInfinitive(lemma)) {
				return false // "said to reporters", but "pledged to bolster …"
			}
		default:
			return false
		}
	}
	return true
}

// takesInfinitive reports a verb whose "to" opens what it attributes
// ("pledged to bolster its army"), not a setting.
func takesInfinitive(lemma string) bool {
	return objectOpens(lemma, "to") && !prepositionalTo.has(lemma)
}

// settingWords open the settings that stand between a speech verb and its
// quote: prepositions and time words.
var settingWords = wordSetOf(map[string]bool{
	"in": true, "on": true, "at": true, "to": true, "during": true, "after": true,
	"before": true, "from": true, "via": true, "through": true, "with": true, "over": true,
	"last": true, "this": true, "yesterday": true, "today": true, "tonight": true,
	"earlier": true, "later": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "recently": true,
	"again": true, "then": true, "once": true, "simply": true, "flatly": true, "bluntly": true,
	"instead": true,
})
