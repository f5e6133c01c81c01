package lede

import (
	"iter"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reported speech
//
// A sentence that no direct quote took reports speech when a speech verb
// in it has a speaker and a clause:
//
//   - "Smith said (that) the plant would close." — the clause after the
//     verb (after the listener for "told reporters (that) …");
//   - "The plant will close, Smith said." and "…, said Smith." — the
//     clause before the comma;
//   - "According to Smith, the plant will close." and "The plant will
//     close, according to Smith." — the clause beside "according to";
//   - "Asked whether the plant would close, Smith said …" — the question,
//     a quote whose asker the text rarely names.
//
// A verb's subject is the phrase before it, the subject of the verb before
// for a participle ("…, adding that …") or a verb after "and", or else the
// noun phrase that opens the sentence. Verbs of stance and intention
// attribute by their object instead (see quotes_objects.go).
//
// The clause is the quote's text; it is a mixed quote when some of its
// words stand in quotation marks.

// minReportedWords is the shortest reported clause: shorter ones are
// objects ("said nothing", "told him so").
const minReportedWords = 3

// findReported adds the reported speech of the sentences no direct quote
// took.
func (d *quoteDoc) findReported() {
	direct := len(d.quotes)
	for p, toks := range d.eachTokens(d.paras) {
		if d.isCovered(p.Start, p.End) {
			continue
		}
		if q, ok := d.transcriptLine(p, toks); ok {
			d.quotes = append(d.quotes, q)
			d.covered.add(p)
		}
	}
	for _, toks := range d.eachTokens(d.sents) {
		if d.stop.now() {
			return
		}
		end := wordsEnd(toks)
		if q, from, to, ok := d.askedQuestion(toks, end); ok {
			if !d.overlapsQuote(q.Start, q.End) {
				// "Asked whether …, Smith said: “…”" — the question
				// stands in the direct quote's attribution.
				d.quotes = append(d.quotes, q)
			}
			if from == 0 {
				toks, end = toks.from(to), end-to
			} else {
				end = from // "…, Nunberg said when asked how …"
			}
		}
		if d.wordsCovered(toks.slice(0, end)) {
			continue // “Yes,” he said.: all reportedIn finds overlaps them, and is dropped below
		}
		for _, q := range d.reportedIn(toks, end) {
			// A sentence may hold a direct quote and report more
			// speech; the direct quote and its attribution win.
			if !d.isCovered(q.Start, q.End) && (!d.gaps.overlaps(q.Start, q.End) || startsWithParticiple(q.Cue)) {
				d.quotes = append(d.quotes, q)
			}
		}
	}
	d.settleClaimedQuotes(direct)
}

// wordsCovered reports whether toks has words and each of them overlaps
// a range that a direct quote or its attribution covered, but for the
// quotation marks and commas inside an attributed direct quote's marks
// (“Yes,”). A quote that reportedIn finds in toks[:end] holds one of
// those words (one of only marks and commas, “,”, may stand outside any
// quote's marks, and is not counted out), so it would
// overlap a covered range and be dropped: findReported skips a sentence
// whose words up to its closing punctuation are covered, which in a
// text of short quotes is nearly every one.
func (d *quoteDoc) wordsCovered(toks tokens) bool {
	words := 0
	for i := range toks.len() {
		if toks.punct(i) && isMarkOrComma(toks.text(i)) && d.quoteMarks.overlaps(toks.start(i), toks.end(i)) {
			continue // the marks and commas of a quote, which its span leaves out
		}
		if !d.isCovered(toks.start(i), toks.end(i)) {
			return false
		}
		words++
	}
	return words > 0
}

// isMarkOrComma reports a quotation mark, single or double, or a comma.
func isMarkOrComma(s string) bool {
	return s == "," || isQuoteMark(s) || s == "'" || s == "‘" || s == "’" || s == "‹" || s == "›"
}

// startsWithParticiple reports a cue like "referring to" or "adding".
func startsWithParticiple(cue string) bool {
	first, _, _ := strings.Cut(cue, " ")
	return isParticiple(strings.ToLower(first))
}

// wordsEnd returns the end of a sentence's tokens without the punctuation
// that closes it.
func wordsEnd(toks tokens) int {
	end := toks.len()
	for end > 0 && toks.punct(end-1) && strings.Contains(".!?;:,", toks.text(end-1)) {
		end--
	}
	return end
}

// overlapsQuote reports whether [start, end) overlaps a quote found so
// far.
// The quotes are indexed as they are asked about, once each: a scan of
// them all for each sentence grew with the square of the text.
func (d *quoteDoc) overlapsQuote(start, end int) bool {
	for ; d.quoteSpansIndexed < len(d.quotes); d.quoteSpansIndexed++ {
		d.quoteSpans.add(d.quotes[d.quoteSpansIndexed].Span)
	}
	return d.quoteSpans.overlaps(start, end)
}

// transcriptLine reads a paragraph p, with its words toks, of an
// interview transcript: a speaker label of up to three capitalized words,
// a colon, and what they said ("WALLACE: Let's start with the debate.").
// The words are the quote; without quotation marks it counts as indirect.
func (d *quoteDoc) transcriptLine(p Span, toks tokens) (Quote, bool) {
	colon := -1
	for i, t := range toks.all() {
		if t.text() == ":" {
			colon = i
			break
		}
		if i >= maxLabelWords || t.punct() && t.text() != "’" && t.text() != "'" {
			return Quote{}, false
		}
	}
	if colon < 1 || toks.len()-colon-1 < minReportedWords || toks.start(colon+1) == toks.end(colon) {
		return Quote{}, false
	}
	if d.overlapsQuote(toks.start(colon+1), p.End) {
		return Quote{}, false // “Clinton: “…” Bush: “…”” holds direct quotes of its own
	}
	label := toks.slice(0, colon)
	if p.Start == d.paras[0].Start {
		if !isHeadlineLabel(label) {
			return Quote{}, false
		}
	} else if !d.isSpeakerLabel(label) || !d.labelSpeaks(label, toks.from(colon+1)) {
		return Quote{}, false
	}
	start, end := toks.start(colon+1), p.End
	q := Quote{Text: d.text[start:end], Span: Span{start, end}, Cue: ":", Type: quoteTypeOf(d.text[start:end])}
	at := Span{toks.start(0), toks.end(colon - 1)}
	q.Speaker = d.newSpeaker(Speaker{Text: d.text[at.Start:at.End], Span: Span{at.Start, at.End}})
	return q, true
}

// isSpeakerLabel reports the label before a colon that names a speaker
// in the body of a text: a transcript's label ("WALLACE", "Sen. Warren")
// or the surname or given name of a full name in the text ("Matthews:
// Well, …", "Bush: “…”", an interview's "Rick: We rebuilt …").
func (d *quoteDoc) isSpeakerLabel(label tokens) bool {
	if isTranscriptLabel(label) {
		// One word in capitals is a name the text gives in full
		// ("WALLACE" for Chris Wallace) or a label that speaks more than
		// once, as a transcript's do ("TAPPER: … BENENSON: … TAPPER:"),
		// not a heading ("USAGE:", "CLARIFICATION:").
		w := label.text(0)
		return label.len() > 1 || !isUpperCased(w) || d.namesInCapitals(w) || d.labelCount(w) >= 2
	}
	if label.len() != 1 {
		return false
	}
	w := label.text(0)
	// A state or a country heads a list ("Nevada: Adam Khan, …") more
	// often than it is anyone's given name.
	return d.isKnownName(d.people.bySurname, w) || !regionNames[w] && !countryNames[w] && d.isKnownName(d.people.byGiven, w)
}

// labelSpeaks reports a label before a colon whose paragraph reads as
// someone's words: a label that opens more than one paragraph, as a
// transcript's or an interview's do ("TAPPER: … BENENSON: … TAPPER:"),
// one word that names a person of the text ("PENCE:", "Marissa:"), or words
// in the first or second person or a question or exclamation after it
// ("Sen. Warren: We need …"). A dateline ("NEW DELHI: The government
// said …"), a salutation ("DEAR ABBY: My husband …"), a team's or a
// person's heading in a list ("Lakers: Kyle Kuzma left …", "Elizabeth
// A. Burton: Possession of …") say nothing of their own.
func (d *quoteDoc) labelSpeaks(label, content tokens) bool {
	if salutations.has(label.lower(0)) {
		return false
	}
	if d.labelCount(label.text(0)) >= 2 && label.len() == 1 || d.labelCount(labelKey(label)) >= 2 {
		return true
	}
	if w := label.text(0); label.len() == 1 && (isUpperCased(w) && d.namesInCapitals(w) ||
		d.isKnownName(d.people.bySurname, w) || d.isKnownName(d.people.byGiven, w)) {
		return true // "PENCE:", "Matthews:", "Marissa:" for people the text names in full
	}
	if person, capitals := personLabel(label); person {
		// A transcript names its speakers in capitals ("JAKE TAPPER:
		// Donald Trump released a video …"); a panel's speaker in title
		// case says a sentence, where a list under names gives none
		// ("Elizabeth A. Burton: Possession of methamphetamine, …").
		return capitals || speaksInPerson(content) || hasCopula(content)
	}
	return speaksInPerson(content)
}

// personLabel reports a label that is a person's name, its titles aside
// ("Sen. Warren", "Luciana Lopez", "JAKE TAPPER"): a title first, or a
// given name that the table of given names knows; and whether it is
// written in capitals.
func personLabel(label tokens) (person, capitals bool) {
	capitals = true
	for _, w := range label.all() {
		if !w.punct() && !isUpperCased(w.text()) {
			capitals = false
		}
	}
	first := label.at(0)
	if isTitleWord(first) {
		return true, capitals
	}
	given := first.text()
	if capitals {
		given = titleCase(given)
	}
	_, known := givenNameSex(given)
	return known && label.len() > 1, capitals
}

// hasCopula reports a form of "be", "have" or a modal among toks: a
// sentence, not a list of nouns.
func hasCopula(toks tokens) bool {
	for _, w := range toks.all() {
		if copulas.has(w.lower()) {
			return true
		}
	}
	return false
}

// salutations open a letter, whose writer is not the one named.
var salutations = wordSetOf(map[string]bool{"dear": true, "hi": true, "hello": true, "hey": true})

// speaksInPerson reports words in the first or second person, or a
// question or an exclamation: the marks of someone speaking.
func speaksInPerson(toks tokens) bool {
	for _, w := range toks.all() {
		if w.punct() {
			if w.text() == "?" || w.text() == "!" {
				return true
			}
			continue
		}
		if firstSecondPerson.has(withoutContraction(w.lower())) {
			return true
		}
	}
	return false
}

// firstSecondPerson are the pronouns and determiners of the first and
// second person.
var firstSecondPerson = wordSetOf(map[string]bool{
	"i": true, "me": true, "my": true, "mine": true, "we": true, "us": true, "our": true,
	"ours": true, "you": true, "your": true, "yours": true,
})

// labelCount returns how many paragraphs open with the label key w
// before a colon: one word ("TAPPER") or several (labelKey). The
// paragraphs are counted once, on the first question: most texts have no
// such label and are not read again.
func (d *quoteDoc) labelCount(w string) int {
	if !d.capitalLabelsCounted {
		d.capitalLabels, d.capitalLabelsCounted = capitalLabels(d.eachTokens(d.paras)), true
	}
	return d.capitalLabels[w]
}

// labelKey is the key of a label of several words in labelCount: its
// words joined by spaces.
func labelKey(label tokens) string {
	if label.len() == 1 {
		return label.text(0)
	}
	var b strings.Builder
	for i, w := range label.all() {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text())
	}
	return b.String()
}

// capitalLabels counts the paragraphs that each label opens before a
// colon: a word in capitals ("TAPPER: …") or capitalized words up to
// maxLabelWords ("Sen. Warren: …"); nil when there are none.
func capitalLabels(paras iter.Seq2[Span, tokens]) map[string]int {
	var m map[string]int
	for _, toks := range paras {
		colon := -1
		for i := 0; i < toks.len() && i <= maxLabelWords; i++ {
			if toks.text(i) == ":" {
				colon = i
				break
			}
		}
		if colon < 1 || colon+1 >= toks.len() || !toks.isCapitalized(0) || toks.punct(0) {
			continue
		}
		if m == nil {
			m = map[string]int{}
		}
		m[labelKey(toks.slice(0, colon))]++
	}
	return m
}

// namesInCapitals reports a word in capitals that is the surname or
// given name of a person named in full in the text, written so ("PENCE"
// for Mike Pence).
func (d *quoteDoc) namesInCapitals(w string) bool {
	return d.namedAsWritten(w) || d.isKnownName(d.people.bySurname, w) // named in capitals too: "KATE BOULDUAN: …" then "BOULDUAN: …"
}

// namedAsWritten reports a word in capitals whose title case is the
// surname or given name of a person named in full ("PENCE": Mike Pence).
func (d *quoteDoc) namedAsWritten(w string) bool {
	named := titleCase(w)
	return d.isKnownName(d.people.bySurname, named) || d.isKnownName(d.people.byGiven, named)
}

// isKnownName reports a word that opens or ends, as index says, the full
// name of a person in the text.
func (d *quoteDoc) isKnownName(index map[string][]int, s string) bool {
	for _, k := range index[s] {
		if d.people.isPerson(d.names[k]) {
			return true // not the last word of "Defensive Positioning"
		}
	}
	return false
}

// maxLabelWords bounds a speaker label before a colon.
const maxLabelWords = 6

// isTranscriptLabel reports a speaker label: a name in capitals
// ("WALLACE", "SEN. WARREN") or a name of capitalized words that is no
// heading word ("Note", "Update", "Correction").
func isTranscriptLabel(toks tokens) bool {
	if toks.len() > 3 || toks.len() == 0 {
		return false
	}
	if last := toks.at(toks.len() - 1); isPluralNoun(last.lower()) || isCapitalizedVerb(last) {
		return false // a heading: "Price Alerts:", "CARD HIGHLIGHTS:", "Positioning:"
	}
	if first := toks.lower(0); prepositions[first] || first == "of" || first == "to" || first == "regarding" {
		return false // a topic: "Of Clinton: “…”", "On Trump: “…”"
	}
	upper := true
	for _, t := range toks.all() {
		if !t.isCapitalized() || t.punct() {
			return false
		}
		if !isUpperCased(t.text()) {
			upper = false
		}
		if labelStopWords.has(t.lower()) {
			return false
		}
	}
	return upper || toks.len() >= 2
}

// isPastParticipleRubric reports a headline's one-word rubric in -ed
// ("Revealed", "Confirmed", "Debunked"), not a given name ("Fred", "Ted").
func isPastParticipleRubric(w word) bool {
	l := w.lower()
	if len(l) < 6 || !strings.HasSuffix(l, "ed") {
		return false
	}
	_, given := givenNameSex(w.text())
	return !given
}

// isHeadlineLabel reports the source a headline puts before a colon: a
// name ("Gingrich", "Former AG Mukasey at RNC") or a noun phrase that
// opens with a capital ("Clinton camp", "Poll"), but no heading word
// ("Update", "Watch") and nothing with a verb.
func isHeadlineLabel(toks tokens) bool {
	if !toks.isCapitalized(0) || !canStartSpeaker(toks, 0, toks.len()) || hasVerb(toks) || !isNounPhrase(toks) {
		return false
	}
	if isParticiple(toks.lower(toks.len() - 1)) {
		return false // a setting's name: "Positioning: Marking – User", "Shipping: free"
	}
	if toks.len() == 1 && isPastParticipleRubric(toks.at(0)) {
		return false // "Revealed: …", "Confirmed: …", "Explained: …"
	}
	for _, t := range toks.all() {
		if labelStopWords.has(t.lower()) || clauseBreaks.has(t.lower()) {
			return false
		}
	}
	return true
}

// labelStopWords open paragraphs with a colon that are not speech.
var labelStopWords = wordSetOf(map[string]bool{
	"note": true, "update": true, "updated": true, "correction": true, "editor's": true,
	"watch": true, "read": true, "related": true, "photo": true, "video": true, "source": true,
	"sources": true, "disclosure": true, "warning": true, "background": true, "q": true, "a": true,
	"tags": true, "topics": true, "credit": true, "credits": true, "image": true, "photos": true,
	"videos": true, "also": true, "more": true, "share": true, "advertisement": true, "listen": true,
	"see": true, "subscribe": true, "contact": true, "email": true, "follow": true, "filed": true,
	"posted": true, "published": true, "editor": true, "caption": true, "graphic": true, "map": true,
	"chart": true, "table": true, "notes": true, "summary": true, "abstract": true, "transcript": true,
	"live": true, "breaking": true, "exclusive": true, "opinion": true, "analysis": true,
	// the rubrics of wire and web headlines: "The Latest: …", "Explainer: …"
	"latest": true, "explainer": true, "factbox": true, "timeline": true, "recap": true,
	"review": true, "preview": true, "podcast": true, "newsletter": true,
})

// settleClaimedQuotes settles the direct quotes without attribution that
// a reported quote (index from on) starts or holds. When the reported
// clause is little more than the quote ("tweeted that “Syrians are …”")
// or opens with the quote and ends inside it, the direct quote stays and
// takes the reported quote's speaker; otherwise it is the quoted words of
// a mixed quote ("called the state “one of the most competitive
// battlegrounds.”"), which runs to the quote's end, and goes.
func (d *quoteDoc) settleClaimedQuotes(from int) {
	direct, reported := d.quotes[:from], d.quotes[from:]
	dropDirect := make([]bool, len(direct))
	dropReported := make([]bool, len(reported))
	holders := newHolderIndex(reported)
	for i := range direct {
		q := &direct[i]
		if !d.unattributed[q.Start] {
			continue
		}
		j := holders.first(q.Start)
		if j < 0 {
			continue
		}
		r := &reported[j]
		switch {
		case q.End > r.End+1 && d.quotesMidClause(r.Start, q.Start):
			// The clause ends inside the quote it opened ("said the
			// reform “is a ‘when’ question. It is not …”"): the whole
			// quote is its quoted part.
			d.extendTo(r, q.End)
			holders.grew(r)
			dropDirect[i] = true
		case wordCount(r.Text)-wordCount(q.Text) <= 2 || q.End > r.End+1:
			q.Speaker, q.Cue, dropReported[j] = r.Speaker, r.Cue, true
		default:
			dropDirect[i] = true
		}
	}
	kept := d.quotes[:0] // in place: a quote kept only moves back, over ones read already
	for i, q := range direct {
		if !dropDirect[i] {
			kept = append(kept, q)
		}
	}
	for j, r := range reported {
		if !dropReported[j] {
			kept = append(kept, r)
		}
	}
	d.quotes = kept
}

// holderIndex finds, among quotes, the first (by index) that holds a
// byte, without trying every quote for every byte asked: it orders the
// quotes by start, and a quote that holds byte i starts less than the
// longest quote's length before it.
type holderIndex struct {
	quotes  []Quote
	byStart []int // indexes into quotes, by start, then by index
	longest int   // the greatest End-Start among quotes
}

func newHolderIndex(quotes []Quote) *holderIndex {
	h := &holderIndex{quotes: quotes, byStart: make([]int, len(quotes))}
	for j, q := range quotes {
		h.byStart[j] = j
		h.longest = max(h.longest, q.End-q.Start)
	}
	sort.SliceStable(h.byStart, func(a, b int) bool { return quotes[h.byStart[a]].Start < quotes[h.byStart[b]].Start })
	return h
}

// first returns the smallest index of the quotes that hold byte i
// (Start <= i < End), or -1.
func (h *holderIndex) first(i int) int {
	k := sort.Search(len(h.byStart), func(k int) bool { return h.quotes[h.byStart[k]].Start > i })
	best := -1
	for k--; k >= 0; k-- {
		j := h.byStart[k]
		q := h.quotes[j]
		if q.Start <= i-h.longest {
			break
		}
		if q.End > i && (best < 0 || j < best) {
			best = j
		}
	}
	return best
}

// grew takes note that q, one of the quotes, now ends later.
func (h *holderIndex) grew(q *Quote) { h.longest = max(h.longest, q.End-q.Start) }

// quotesMidClause reports whether a quotation mark just before byte open
// stands inside the clause that starts at byte from, after a word of it
// ("the reform “is …"), not at its start or after a colon or comma that
// introduces the quote ("wrote back: “We all …").
func (d *quoteDoc) quotesMidClause(from, open int) bool {
	toks := d.tokens(from, open)
	for toks.len() > 0 && isQuoteMark(toks.text(toks.len()-1)) {
		toks = toks.slice(0, toks.len()-1)
	}
	return toks.len() > 0 && !toks.punct(toks.len()-1)
}

// extendTo makes the reported quote r end at byte end, with the closing
// quotation mark there if one follows.
func (d *quoteDoc) extendTo(r *Quote, end int) {
	if c, n := utf8.DecodeRuneInString(d.text[end:]); n > 0 && isQuoteMark(string(c)) {
		end += n
	}
	if len(r.Parts) > 0 {
		r.Parts[len(r.Parts)-1].End = end
	}
	r.Text += d.text[r.End:end]
	r.End = end
	r.retype()
}

// reportedIn finds the reported speech in the words toks[:end] of one
// sentence (its closing punctuation and an opening question left out):
// one clause before a final attribution (with what the writer's
// participle clause after it reports), or the clauses after each speech
// verb ("Police announced an arrest and said a curfew would continue").
func (d *quoteDoc) reportedIn(toks tokens, end int) []Quote {
	if q, ok := d.accordingToClause(toks, end); ok {
		return []Quote{q}
	}
	if q, ok := d.pollClause(toks, end); ok {
		return []Quote{q}
	}
	var out []Quote
	// These may stand beside more reports: "support from those who said
	// …", "dismissed the labels, a sentiment echoed by the crowd".
	byClause := -1 // the passive report's index in out, if any
	if q, ok := d.reportedByClause(toks, end); ok {
		byClause = len(out)
		out = append(out, q)
	}
	if q, ok := d.supportFromClause(toks, end); ok {
		out = append(out, q)
	}
	d.verbs = appendSpeechVerbsOutsideQuotes(d.verbs[:0], toks, end)
	verbs := d.verbs
	if len(verbs) == 0 {
		return out // most sentences; the speakers directSpeakerIn indexes wait for the next
	}
	lastSubj, lastApp := d.directSpeakerIn(toks, end)
	// The attribution at the end ("…, a spokeswoman said.") wins over a
	// verb inside the clause it attributes ("are expected to benefit");
	// only a participle clause after it may report more ("…, Hollande
	// said, noting that …").
	tails := participleCommas{toks: toks, end: end, at: -1}
	for i, v := range verbs {
		if q, subj, app, ok := d.clauseBeforeVerb(toks, v.at, v.n, end, tails.after(v.at+v.n), v.lemma); ok {
			out = append(out, q)
			lastSubj, lastApp = subj, app
			verbs = verbs[i+1:]
			break
		}
	}
	next := 0 // verbs inside a clause already taken are part of it
	for _, v := range verbs {
		if v.at < next {
			continue
		}
		// A verb joined by "and" to an earlier one shares its subject:
		// "Police announced an arrest and said a curfew would continue".
		subj, app, ok := verbSubject(toks, v.at, v.lemma, lastSubj, lastApp)
		if !ok {
			continue
		}
		clauseEnd := end
		if subj.from > v.at && toks.text(subj.from-1) == "," {
			clauseEnd = subj.from - 1 // "Citing two officials, the paper …": the subject after the participle clause
		}
		if c, ok := participleOnSubject(toks, v.at, end); ok {
			clauseEnd = c // "A pastor urging calm, Darran Whiting, said …"
		}
		if q, to, ok := d.clauseAfterVerb(toks, v.at, v.n, clauseEnd, v.lemma, subj, app); ok && !isWritersVoice(toks, subj) && !impersonalIt(toks, subj, v.at) {
			out = append(out, q)
			next = to
		}
		lastSubj, lastApp = subj, app
	}
	return withoutReportInside(out, byClause)
}

// withoutReportInside drops the passive report at out[i] when another
// report of the sentence holds it: in "He said the plan was backed by the
// Treasury" the backing is part of what he said, as speech inside
// someone's quote is part of that quote.
func withoutReportInside(out []Quote, i int) []Quote {
	if i < 0 {
		return out
	}
	for j, q := range out {
		if j != i && q.Start <= out[i].Start && out[i].End <= q.End {
			return append(out[:i], out[i+1:]...)
		}
	}
	return out
}

// isWritersVoice reports "we", "you" or "let's" as the subject outside
// quotation marks: the writer or the site speaking to the reader ("We may
// offer a range of plans", "you will find that …", "let's discuss …"),
// not a report of anyone's words; "I" too, the writer's own ("I think
// …"), where a speaker's "I" stands inside quotation marks.
func isWritersVoice(toks tokens, subj phrase) bool {
	if subj.empty() {
		return false
	}
	if first := toks.lower(subj.from); first == "let's" || first == "let’s" ||
		first == "let" && subj.from+1 < toks.len() && toks.lower(subj.from+1) == "us" {
		return true // "let's discuss a few things", "Let us know how it went"
	}
	if subj.to-subj.from != 1 {
		return false
	}
	w := withoutContraction(toks.lower(subj.from)) // "we're", "I'd"
	return w == "we" || w == "you" || w == "i"
}

// impersonalIt reports the writer's impersonal "it" before the speech
// verb at toks[v]: "it's worth emphasizing: …", "it bears repeating
// that …", "it should be noted that …", "it must be said that …". An
// "it" that is a company or a report says things itself ("it said in a
// statement").
func impersonalIt(toks tokens, subj phrase, v int) bool {
	if subj.empty() || subj.to-subj.from > 2 || withoutContraction(toks.lower(subj.from)) != "it" {
		return false
	}
	for k := subj.from + 1; k < v; k++ { // "It bears" may read as the subject
		switch toks.lower(k) {
		case "worth", "bears", "bear":
			return true
		case "be", "been":
			if !isParticiple(toks.lower(v)) {
				return true // a passive: "it should be noted", not "would be asking"
			}
		}
	}
	return false
}

// directSpeakerIn returns the speaker (and appositive) of a direct quote
// attributed in toks[:end], as phrases of toks: the subject a participle
// or a verb joined by "and" takes after it ("“…,” said Peter Rice,
// chairman of the group, noting that …").
func (d *quoteDoc) directSpeakerIn(toks tokens, end int) (subj, app phrase) {
	if end == 0 {
		return phrase{}, phrase{}
	}
	for ; d.speakersIndexed < len(d.quotes); d.speakersIndexed++ {
		if s := d.quotes[d.speakersIndexed].Speaker; s != nil {
			d.speakers.addID(Span{s.Start, s.End}, d.speakersIndexed)
		}
	}
	k := d.speakers.firstWithin(toks.start(0), toks.end(end-1))
	if k < 0 {
		return phrase{}, phrase{}
	}
	s := d.quotes[k].Speaker
	return phraseAt(toks, s.Span), phraseAt(toks, d.appositives[s])
}

// phraseAt returns the words of toks inside span.
func phraseAt(toks tokens, span Span) phrase {
	p := phrase{from: toks.len(), to: toks.len()}
	for i, t := range toks.all() {
		if t.start() >= span.Start && t.end() <= span.End {
			p.from = min(p.from, i)
			p.to = i + 1
		}
	}
	if p.to < p.from {
		return phrase{}
	}
	return p
}

// askedQuestion reads the question that opens a sentence before its
// answer ("Asked whether he would run, Smith said …", "When asked by
// reporters about the merger, she …") or ends it after "when" ("…,
// Nunberg said when asked how Trump reads the news."). The question is a
// quote whose speaker the text rarely names (nil); askedQuestion returns
// it and the tokens [from, to) it takes with its cue, the comma after it
// included.
func (d *quoteDoc) askedQuestion(toks tokens, end int) (q Quote, from, to int, ok bool) {
	v := askedAt(toks, end)
	if v < 0 {
		return Quote{}, 0, 0, false
	}
	opening := v <= 1
	k := v + 1 // past the asker and settings: "Asked by Matt Lauer on Monday"
	for k < end && k-v <= 6 && !toks.punct(k) && !opensQuestion(toks.lower(k)) {
		k++
	}
	if k >= end || toks.punct(k) {
		return Quote{}, 0, 0, false
	}
	if topicPrepositions.has(toks.lower(k)) {
		return Quote{}, 0, 0, false // a topic, no words asked: "Asked about the delay, Tan said …"
	}
	if toks.lower(k) == "to" && !opening {
		return Quote{}, 0, 0, false // a request by no one named: "Carter had been asked to leave the club"
	}
	qFrom := k
	qTo := qFrom
	for qTo < end && toks.text(qTo) != "," {
		qTo++
	}
	if qTo == qFrom || opening == (qTo >= end) {
		// An opening question needs the answer after it; a closing
		// one ends the sentence.
		return Quote{}, 0, 0, false
	}
	start, stop := toks.start(qFrom), toks.end(qTo-1)
	q = Quote{Text: d.text[start:stop], Span: Span{start, stop}, Cue: d.text[toks.start(v):toks.end(v)]}
	q.Type = quoteTypeOf(q.Text)
	if !opening {
		return q, v - 1, end, true
	}
	return q, 0, qTo + 1, true
}

// askedAt returns where "asked" opens a question in toks: at the start
// ("Asked whether …", "When asked …", "And asked …") or after "when"
// ("…, she said when asked what …"); else -1.
func askedAt(toks tokens, end int) int {
	for v := toks.indexLower(0, end, "asked", "asked"); v < end; v = toks.indexLower(v+1, end, "asked", "asked") {
		if v == 0 || v == 1 && (toks.lower(0) == "when" || coordinators.has(toks.lower(0))) || v > 1 && toks.lower(v-1) == "when" ||
			v > 1 && beForms.has(toks.lower(v-1)) { // "the actress was asked if …"
			return v
		}
	}
	return -1
}

// opensQuestion reports a word that opens what was asked: a question word
// ("whom" too), "about" a topic or an infinitive ("asked to confirm …").
func opensQuestion(lower string) bool {
	return questionWords.has(lower) || lower == "whom" || lower == "about" || lower == "to"
}

// verbAt is a speech verb found in a sentence.
type verbAt struct {
	at, n int
	lemma string
}

// appendSpeechVerbsOutsideQuotes appends to out the speech verbs of
// toks[:end] that stand outside quotation marks and are not passive ("are
// expected to", "was described as").
func appendSpeechVerbsOutsideQuotes(out []verbAt, toks tokens, end int) []verbAt {
	for v := range eachSpeechVerbOutsideQuotes(toks, end) {
		out = append(out, v)
	}
	return out
}

// eachSpeechVerbOutsideQuotes yields the verbs of
// appendSpeechVerbsOutsideQuotes in order, for callers that may stop at
// the first one they want.
func eachSpeechVerbOutsideQuotes(toks tokens, end int) iter.Seq[verbAt] {
	return func(yield func(verbAt) bool) { yieldSpeechVerbsOutsideQuotes(toks, end, yield) }
}

// hasSpeechVerbOutsideQuotes reports whether toks hold a verb of
// eachSpeechVerbOutsideQuotes.
func hasSpeechVerbOutsideQuotes(toks tokens) bool {
	for range eachSpeechVerbOutsideQuotes(toks, toks.len()) {
		return true
	}
	return false
}

func yieldSpeechVerbsOutsideQuotes(toks tokens, end int, yield func(verbAt) bool) {
	depth := 0 // inside quotation marks
	for v := 0; v < end; v++ {
		if !toks.punct(v) && !toks.verbForm(v) {
			continue // most words: no quotation mark, and no verb (speechVerbAt)
		}
		if isQuoteMark(toks.text(v)) {
			depth ^= 1
			continue
		}
		if toks.text(v) == "'" && v+1 < end && toks.text(v+1) == "'" {
			depth ^= 1
			v++
			continue
		}
		if depth == 1 {
			continue
		}
		lemma, n, ok := speechVerbAt(toks, v)
		if ok && v+n < end && (toks.lower(v) == lemma || strings.HasSuffix(toks.lower(v), "s")) && !(v > 0 && isSubjectEnd(toks.at(v-1))) {
			if _, _, next := speechVerbAt(toks, v+n); next {
				continue // a noun before the verb: "the conference call said"; but "said rates …", "Trump says praise …"
			}
		}
		if !ok || isPassiveAt(toks, v) && !isParticiple(toks.lower(v)) {
			continue // passive ("was not thought to be"), but "is stressing the need …"
		}
		if isReducedPassive(toks, v, lemma) {
			continue // "when asked whether …", "if pressed": someone else asks
		}
		if namesInRelative(toks, v, lemma) || asksForAnonymity(toks, v+n, lemma) {
			continue // "which he calls “Big Bertha”", "who asked not to be named"
		}
		if isAttributive(toks, v) {
			continue // "270 pledged delegates", "his stated goal"
		}
		if pluralAfterPreposition(toks, v, lemma) {
			continue // a noun: "in response to questions", "despite warnings that …"
		}
		if isHypothetical(toks, v) {
			continue // what someone might say: "Some might say …", "As Sherlock would say, …"
		}
		if toks.lower(v) == lemma && nounVerbs.has(lemma) && v > 0 && modifiesNoun(toks.at(v-1)) && !prepositionBefore(toks, v-1) {
			continue // a noun after its modifier: "talk show host", "the reality show"
		}
		if isGerundAfterAdjective(toks, v) {
			continue // a noun: "wishful thinking among investors", "critical thinking"
		}
		if isParticipleAside(toks, v, n, end) {
			continue // a role or a manner: "Ann Fry, defending, said …", "Mr Ray, replying, told …"
		}
		if toks.lower(v) == "counter" && v+1 < end && toks.lower(v+1) == "to" {
			continue // against, no reply: "ran counter to his statements", "counter to forecasts"
		}
		if toks.lower(v) == "found" && v > 0 && (toks.lower(v-1) == "helped" || toks.lower(v-1) == "help" || toks.lower(v-1) == "to") {
			continue // to found a company: "Ailes helped found Fox News"
		}
		if !yield(verbAt{v, n, lemma}) {
			return
		}
	}
}

// isParticipleAside reports a lone participle set off by commas before
// the verb that attributes: "Michael Fitton, defending, said …" (a court
// report's role of counsel), "Ms Kaur, replying, told …", "The minister,
// interrupting, asked …". The verb after it is the cue, and the content
// its clause.
func isParticipleAside(toks tokens, v, n, end int) bool {
	if n != 1 || v == 0 || v+2 >= end || !isParticiple(toks.lower(v)) || toks.text(v-1) != "," || toks.text(v+1) != "," {
		return false
	}
	_, _, ok := speechVerbAt(toks, v+2)
	return ok
}

// isHypothetical reports a speech verb at toks[v] under a modal of
// possibility right before it, which says what could be said, not what
// was ("Some might say the plan is too ambitious", "critics could argue
// …"), or under "would" in a clause that "As" opens ("As Sherlock would
// say, …"). A negation between them makes a refusal instead ("could not
// say"), and "would" elsewhere often reports ("officials would say only
// that …").
func isHypothetical(toks tokens, v int) bool {
	if v == 0 {
		return false
	}
	switch toks.lower(v - 1) {
	case "might", "may", "could", "should", "must":
		return true
	case "would":
		for k := v - 2; k >= 0 && !toks.punct(k); k-- {
			if toks.lower(k) == "as" {
				return true
			}
		}
	}
	return false
}

// pluralAfterPreposition reports a speech verb's form in -s right after
// a preposition or "to", where no verb stands: the form is a plural noun
// ("in response to questions", "despite warnings", "amid reports").
func pluralAfterPreposition(toks tokens, v int, lemma string) bool {
	if v == 0 {
		return false
	}
	form, prev := toks.lower(v), toks.lower(v-1)
	return form != lemma && strings.HasSuffix(form, "s") && (prev == "to" || prepositions[prev])
}

// isAttributive reports a past participle at toks[v] that describes the
// noun after it, as a number, a determiner or a possessive before it
// shows: "the state's 20 pledged delegates", "her stated aim".
func isAttributive(toks tokens, v int) bool {
	if v == 0 || !strings.HasSuffix(toks.lower(v), "ed") {
		return false
	}
	prev := toks.at(v - 1)
	count := startsWithDigit(prev) && !isYearOrMonth(prev) // but "an ad in 2008 questioned"
	return determiners[prev.lower()] && prev.lower() != "that" && prev.lower() != "whose" || count || isNounPossessive(prev.lower())
}

// nounVerbs are base forms of speech verbs that news uses as nouns as
// often as verbs: "show", "call", "report".
var nounVerbs = wordSetOf(map[string]bool{
	"show": true, "talk": true, "call": true, "report": true, "claim": true, "vote": true,
	"tweet": true, "post": true, "answer": true, "promise": true, "plan": true, "comment": true,
	"question": true, "support": true,
})

// modifiesNoun reports a word before a base form that makes it a noun: a
// lower-case singular word that cannot be the verb's subject ("talk
// show", "news show guests"), where a verb's subject would be plural
// ("polls show"), a pronoun ("they show"), a name ("France and Russia
// support") or an auxiliary ("can show"). A noun after a determiner
// ("an impassioned call for") may still cue a quote.
func modifiesNoun(p word) bool {
	return !p.punct() && !p.isCapitalized() && !strings.HasSuffix(p.lower(), "s") && !personalPronouns.has(withoutContraction(p.lower())) &&
		!isAuxiliary(p) && !isFiniteVerb(p) && !determiners[p.lower()] && p.lower() != "to" &&
		!clauseBreaks.has(p.lower()) && !pluralSubjects.has(p.lower()) && !isCountWord(p) && !looksAdjective(p.lower())
}

// prepositionBefore reports a preposition in the three words before
// toks[k], which may then end a subject's prepositional phrase ("polls in
// the state show") rather than modify the word after it.
func prepositionBefore(toks tokens, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if prepositions[toks.lower(j)] {
			return true
		}
	}
	return false
}

// looksAdjective reports a word with an adjective's ending, before a noun
// that news counts as a cue ("an impassioned call for", "a scathing
// report", "critical support"), where a noun before it makes a compound
// that is not ("talk show", "reality show").
func looksAdjective(lower string) bool {
	for _, suffix := range []string{"al", "ed", "ive", "ous", "ful", "ic", "est", "ent", "ant", "ing", "ly", "ary"} {
		if strings.HasSuffix(lower, suffix) {
			return true
		}
	}
	return lower == "past" || lower == "early" || lower == "new" || lower == "big"
}

// pluralSubjects are the words without -s that stand as a plural subject
// before a verb: "police say", "people show", "some call", "percent
// support".
var pluralSubjects = wordSetOf(map[string]bool{
	"police": true, "people": true, "men": true, "women": true, "children": true, "media": true,
	"staff": true, "public": true, "majority": true, "who": true, "whom": true, "you": true,
	"some": true, "many": true, "most": true, "few": true, "all": true, "both": true,
	"percent": true, "data": true, "others": true,
})

// namesInRelative reports a verb of naming in a relative clause, whose
// object is the relative pronoun and whose complement is a name in
// quotation marks: "His entry, which he calls “Big Bertha,” tipped the scales",
// "Long, whom teammates call 'Stretch', kicked three goals". What follows
// the name is the main clause, not anything said.
func namesInRelative(toks tokens, v int, lemma string) bool {
	m := v + 1
	if !namingVerbs.has(lemma) || m+1 >= toks.len() || !isQuoteMark(toks.text(m)) && !isSingleMark(toks.text(m)) || !toks.isCapitalized(m+1) {
		return false // not "which Trump had called a “disaster”", "in which she called for …"
	}
	for k := v - 1; k >= 0 && v-k <= 4; k-- {
		switch l := toks.lower(k); {
		case l == "whom" || l == "which" || l == "that" && k > 0 && !toks.punct(k-1) && !toks.verbForm(k-1): // not the content's "said that"
			return true
		case toks.punct(k):
			return false
		}
	}
	return namesInReducedRelative(toks, v)
}

// namesInReducedRelative reports a naming verb whose subject, a pronoun
// or a name, follows the noun it names with no "which" between: "the
// song she called “Blue Hour”", "the cycle Pennick called ‘The Drowned
// Fields’".
func namesInReducedRelative(toks tokens, v int) bool {
	k := v - 1
	for k > 0 && toks.isCapitalized(k) && !toks.punct(k) && v-k <= 3 {
		k-- // past a name's words
	}
	if k == v-1 && !personalPronouns.has(toks.lower(k)) {
		return false // no subject of its own: "the paper called “…”"
	}
	if k == v-1 {
		k-- // past the pronoun
	}
	if k < 0 || toks.punct(k) || toks.isCapitalized(k) {
		return false
	}
	noun := toks.at(k)
	return !isVerbLike(noun) && !noun.verbForm() && !determiners[noun.lower()] && !prepositions[noun.lower()] &&
		!auxiliaries.has(noun.lower()) && !clauseBreaks.has(noun.lower()) && noun.lower() != "to"
}

// namingVerbs give a name: "call", "dub", "nickname".
var namingVerbs = wordSetOf(map[string]bool{"call": true, "dub": true, "nickname": true, "name": true, "term": true, "christen": true, "label": true})

// asksForAnonymity reports "asked" with a request to go unnamed after it,
// at toks[k]: "who asked not to be named", "asked to be identified only by
// her first name". It says how a source is named, not what they said.
func asksForAnonymity(toks tokens, k int, lemma string) bool {
	if lemma != "ask" && lemma != "request" {
		return false
	}
	if k < toks.len() && toks.lower(k) == "not" {
		k++
	}
	return k+2 < toks.len() && toks.lower(k) == "to" && toks.lower(k+1) == "be" && anonymityParticiples.has(toks.lower(k+2))
}

// anonymityParticiples are how a source asks to be named, or not.
var anonymityParticiples = wordSetOf(map[string]bool{"named": true, "identified": true, "quoted": true, "used": true})

// isGerundAfterAdjective reports a form in -ing at toks[v] right after a
// word that can only be an adjective, which makes it a noun: "wishful
// thinking", "Careless talking".
func isGerundAfterAdjective(toks tokens, v int) bool {
	return isParticiple(toks.lower(v)) && v > 0 && !toks.punct(v-1) && (v == 1 || !toks.isCapitalized(v-1)) && isPlainAdjective(toks.lower(v-1))
}

// isPlainAdjective reports a word whose ending makes it an adjective and
// never a noun: "wishful", "dangerous", "careless", "reliable",
// "critical". Endings that nouns share ("editorial", "executive",
// "critic") are left out.
func isPlainAdjective(lower string) bool {
	return endsInSuffix(lower, "ful", "ous", "less", "able", "ible", "ical")
}

// isReducedPassive reports a past participle of speech right after a
// subordinator, with no subject between them: "when asked whether …",
// "if pressed on the cost", "unless told otherwise", "though
// questioned twice". The clause is passive; whoever asked is not its
// subject. "Once" is left out: it is far more often the adverb ("who
// once praised the deal").
func isReducedPassive(toks tokens, v int, lemma string) bool {
	w := toks.lower(v)
	return v > 0 && reducedClauseOpeners.has(toks.lower(v-1)) && w != lemma && !isParticiple(w) && !strings.HasSuffix(w, "s")
}

// reducedClauseOpeners open an adverbial clause that may drop its subject
// and its "be": "when [he was] asked".
var reducedClauseOpeners = wordSetOf(map[string]bool{
	"when": true, "whenever": true, "if": true, "unless": true, "until": true,
	"though": true, "although": true,
})

// isPassiveAt reports a participle at toks[v] after a form of "be",
// with "not" or adverbs between them: "is said", "was not thought",
// "were widely expected".
func isPassiveAt(toks tokens, v int) bool {
	k := v - 1
	for k > 0 && v-k <= 3 && (toks.lower(k) == "not" || toks.lower(k) == "never" || !toks.isCapitalized(k) && isLyAdverb(toks.lower(k))) {
		k--
	}
	return k >= 0 && beForms.has(toks.lower(k))
}

// beForms make a following participle passive.
var beForms = wordSetOf(map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
})

func isQuoteMark(s string) bool {
	switch s {
	case "“", "”", "\"", "«", "»", "„":
		return true
	}
	return false
}

func isParticiple(w string) bool { return strings.HasSuffix(w, "ing") }

// clauseAfterVerb reads "Smith said (that) CLAUSE", the verb's subject
// subj (with its appositive app) already found by verbSubject.
func (d *quoteDoc) clauseAfterVerb(toks tokens, v, n, end int, lemma string, subj, app phrase) (Quote, int, bool) {
	if lemma == "ask" && v+1 < end && topicPrepositions.has(toks.lower(v+1)) {
		return Quote{}, 0, false // what was asked about is a topic, no words: "Asked about the delay, Tan said …"
	}
	if evidenceVerbs.has(lemma) && !canGiveEvidence(toks, subj) {
		return Quote{}, 0, false // "This video shows the man entering", "The chart shows …"
	}
	q, to, ok := d.contentAfterVerb(toks, v, n, end, lemma, subj, app)
	if ok && isUnspoken(toks, v, v+n, end, lemma) {
		q.Type = QuoteRefusal
	}
	return q, to, ok
}

// evidenceVerbs report what a record shows rather than what someone said:
// their subject must be a source, a person or a body that can give
// evidence ("a new poll shows", "records showed", "Clinton's emails
// show"), not a picture or a tool ("the chart shows", "this setting
// shows"). Verbs of revealing and indicating have people as subjects too
// often to ask for more.
var evidenceVerbs = wordSetOf(map[string]bool{"show": true})

// canGiveEvidence reports a subject that can be the source of a finding:
// a name, a personal pronoun, or a phrase whose head is a word of
// evidenceNouns.
func canGiveEvidence(toks tokens, subj phrase) bool {
	if subj.empty() {
		return true // a participle's subject is elsewhere
	}
	for k := subj.from; k < subj.to; k++ {
		if toks.isCapitalized(k) && k > subj.from || evidenceNouns.has(stripPossessive(toks.lower(k))) {
			return true
		}
	}
	first := toks.at(subj.from)
	return personalPronouns.has(first.lower()) || first.isCapitalized() && !determiners[first.lower()] && !notNameWords.has(first.lower())
}

// evidenceNouns are the records, counts and inquiries that news reports
// findings from.
var evidenceNouns = wordSetOf(map[string]bool{
	"poll": true, "polls": true, "polling": true, "survey": true, "surveys": true, "study": true,
	"studies": true, "report": true, "reports": true, "data": true, "figures": true,
	"statistics": true, "stats": true, "research": true, "analysis": true, "analyses": true,
	"record": true, "records": true, "document": true, "documents": true, "filing": true,
	"filings": true, "email": true, "emails": true, "memo": true, "memos": true, "results": true,
	"numbers": true, "estimates": true, "census": true, "audit": true, "review": true,
	"investigation": true, "inquiry": true, "probe": true, "findings": true, "tally": true,
	"count": true, "projections": true, "forecast": true, "forecasts": true, "models": true,
	"evidence": true, "tests": true, "testing": true, "transcript": true, "transcripts": true,
	"letter": true, "letters": true, "papers": true, "minutes": true, "logs": true,
	"receipts": true, "accounts": true, "returns": true, "disclosures": true, "exit": true,
	"trial": true, "trials": true, "experiment": true, "experiments": true,
})

// contentAfterVerb is clauseAfterVerb without the refusals told apart.
func (d *quoteDoc) contentAfterVerb(toks tokens, v, n, end int, lemma string, subj, app phrase) (Quote, int, bool) {
	if isRelativeWho(toks, subj) || relativeBefore(toks, v) {
		end = d.relativeEnd(toks, v+n, end)
	}
	end = subordinateEnd(toks, v, v+n, end)
	if listenerVerbs.has(lemma) && objectCues[lemma] == nil && attributionTail(toks.slice(0, end), v+n, lemma) {
		return Quote{}, 0, false // "told CNN in an interview": no words of its own
	}
	if d.toldTheQuote(toks, v, n, end, lemma) {
		return Quote{}, 0, false // “…,” Merkel told reporters after the meeting
	}
	if listenerVerbs.has(lemma) && v+n < end && toks.lower(v+n) == "you" && !namesSomeone(toks, subj) {
		return Quote{}, 0, false // the reader as listener: "body fat percentage tells you how much …" explains, it reports no one
	}
	if aspectVerbs.has(lemma) && v+n < end && toks.lower(v+n) == "to" {
		return Quote{}, 0, false // "continues to monitor to make sure that …": how long, not what was said
	}
	c, clause := pastListener(toks, v+n, end, lemma)
	if j := spanAfterVerb(toks, c, end); j > c {
		c, clause = j, j < end && (toks.lower(j) == "that" || questionWords.has(toks.lower(j)))
	}
	if c < end && isDash(toks.at(c)) && !hasWord(toks.slice(c, end), "that") {
		return Quote{}, 0, false // no object: "Before Meadows announced — Bennett posted photos"
	}
	if lemma == "see" && c < end && questionWords.has(toks.lower(c)) {
		return Quote{}, 0, false // to perceive: "waited to see what the council would do"
	}
	if lemma == "ask" && asksBareQuestions(toks, c, end) {
		return Quote{}, 0, false // the act, nothing asked: "called the office asking questions."
	}
	if actVerbs.has(lemma) {
		// Words only in a that-clause: "ruled that …", not "offers a
		// range of plans" or "voted for the bill".
		if c, thatAt := pastThat(toks, c, end, lemma); thatAt >= 0 {
			end = reportedClauseEnd(toks, c, end, &d.asides)
			return d.reported(toks, thatAt, end, v, n, subj, app), end, end > thatAt+1
		}
		return Quote{}, 0, false
	}
	if lemma == "call" && c < end && (reflexivePronouns.has(toks.lower(c)) || namedAfterNoun(toks, v) && quotedNameOpens(toks.slice(c, end))) {
		return Quote{}, 0, false // a name taken: "which calls itself the “Friends of the Pier”", "a film called “The Long Road”"
	}
	if lemma == "deny" && !clause && !hasClauseVerb(toks.slice(c, end)) && deniesSomeoneSomething(toks, c, end) {
		return Quote{}, 0, false // "denied him entry", "can deny Sanders the nomination": withheld, not disputed
	}
	if objectCues[lemma] != nil && !clause {
		// "called for a ban", "urged him to resign", "endorsed Trump"
		from, to, ok := objectOf(toks, c, end, lemma, &d.asides)
		if ok && lemma == "call" && from == c && !namesAs(toks.slice(from, to)) {
			return Quote{}, 0, false // "called the police"
		}
		if ok && lemma == "respond" && !isUnspoken(toks, v, v+n, end, lemma) && !hasQuoteMark(toks.slice(from, to)) {
			// "Zucker responded to Trump's request": what was answered,
			// not the answer; an unanswered one stays a refusal ("did
			// not respond to requests for comment").
			return Quote{}, 0, false
		}
		if ok && (lemma != "see" || hasWord(toks.slice(from, to), "as")) {
			if from == v+n+1 {
				n++ // the cue takes the preposition: "called for"
			}
			return d.reported(toks, from, to, v, n, subj, app), to, true
		}
		if objectOnly[lemma] {
			return Quote{}, 0, false
		}
	}
	c, thatAt := pastThat(toks, c, end, lemma)
	that := thatAt >= 0
	if thatOnly.has(toks.lower(v)) && !that && !(c < end && questionWords.has(toks.lower(c))) {
		return Quote{}, 0, false // "can't find jobs that pay well", but "found that …"
	}
	if lemma == "find" && c < end && reflexivePronouns.has(toks.lower(c)) {
		return Quote{}, 0, false // "found itself at the center of the crisis"
	}
	if c < end && c > v+n && toks.text(c-1) == "," && isParticiple(toks.lower(c)) {
		// "said, adding that …": the participle's own clause; "said,
		// eliciting jeers": the writer's
		return Quote{}, 0, false
	}
	if c < end && toks.lower(c) == "to" && aspectVerbs.has(lemma) {
		return Quote{}, 0, false // "continues to draw support"
	}
	if k := answerEnd(toks, c, end); k > c {
		return d.reported(toks, c, k, v, n, subj, app), k, true // "75 percent said yes", "26 percent said the same"
	}
	if !that && c < end && notClauseStart.has(toks.lower(c)) && !mayOpenClauseAnyway(toks.lower(c)) {
		// "said on Tuesday": no clause, wherever it would end; asked
		// before reportedClauseEnd reads to that end, which a sentence
		// of "he said, as he said, as …" read to its end for each verb.
		return Quote{}, 0, false
	}
	end = reportedClauseEnd(toks, c, end, &d.asides)
	if end-c < minReportedWords && !(end-c == 2 && (that || c == v+n && isTwoWordClause(toks, c))) ||
		!that && notClauseStart.has(toks.lower(c)) && !opensClauseAnyway(toks, c, end) {
		return Quote{}, 0, false // "said on Tuesday", but "said that in one case …"
	}
	if !that && !opensReportedClause(toks, c, end, lemma) {
		return Quote{}, 0, false
	}
	if isWeakVerb(lemma) && !that && endsNounPhrase(toks, c, end) && !(subj.from > 0 && toks.lower(subj.from-1) == "as") {
		return Quote{}, 0, false // a noun after all: "evangelical support, which …"
	}
	for c < end-1 && (toks.text(c) == "," || toks.text(c) == ":") {
		c++ // "As the paper reported, the actor …"
	}
	if that {
		// The clause keeps its "that" ("said that, if elected, he
		// would …"), as the attribution corpora (PARC, PolNeAR) mark a
		// report's content.
		c = thatAt
	}
	return d.reported(toks, c, end, v, n, subj, app), end, true
}

// asksBareQuestions reports "questions" or "a question" as all a verb of
// asking takes at toks[c], with nothing about what was asked after it:
// "called the sheriff's office asking questions.", "She asked a
// question, then left." What follows "asked questions about …" is what
// the attribution corpora mark as asked, and stays.
func asksBareQuestions(toks tokens, c, end int) bool {
	isQuestion := func(k int) bool { return k < end && (toks.lower(k) == "question" || toks.lower(k) == "questions") }
	k := c
	if !isQuestion(k) && k < end && !toks.punct(k) && !questionWords.has(toks.lower(k)) && !subordinators.has(toks.lower(k)) {
		k++ // "a question", "more questions", "tough questions"
	}
	return isQuestion(k) && (k+1 >= end || toks.punct(k+1))
}

// isTwoWordClause reports a clause of a subject and its verb alone at
// toks[c]: a pronoun, a plural noun or a name, then a finite verb ("said
// they agreed", "said profits rose", "said Trump lied"), read only right
// after the verb: after a setting they are its clause ("said before he
// died"). Two words are otherwise an object ("said nothing", "told him
// so").
func isTwoWordClause(toks tokens, c int) bool {
	first := toks.lower(c)
	subject := personalPronouns.has(first) || isPluralNoun(first) && !determiners[first] || toks.isCapitalized(c) && !determiners[first]
	w := toks.at(c + 1)
	return subject && !w.isCapitalized() && (isFiniteVerb(w) || irregularPasts.has(w.lower()) || looksFinite(w, true))
}

// opensReportedClause reports whether the words toks[c:end] after a
// speech verb without "that" can be what was said, not the verb's object
// in another sense: "will add to costs", "said to Fox News" and "finds
// fame late in life" report no words; "a poll finds Clinton with a
// lead" and "found voters leaving" do.
func opensReportedClause(toks tokens, c, end int, lemma string) bool {
	first := toks.at(c)
	if first.lower() == "to" && c+1 < end {
		// A preposition, not an infinitive ("expected to win"): before a
		// determiner, a name, a number or a plural noun.
		next := toks.at(c + 1)
		return !(determiners[next.lower()] || next.isCapitalized() || startsWithDigit(next) || isPluralNoun(next.lower()))
	}
	if notifyingVerbs.has(lemma) && !hasVerb(toks.slice(c, end)) && reportedTo(toks, c, end) {
		return false // "reported the incident to the police": notified, no words reported
	}
	if lemma == "find" && !first.isCapitalized() {
		// A small clause has a subject: "found the checks skipped", not
		// "found fame on Instagram".
		opensSubject := determiners[first.lower()] || objectPronouns.has(first.lower()) || startsWithDigit(first) ||
			quantifiers.has(first.lower()) || isPluralNoun(first.lower())
		return opensSubject && !findsAState(toks, c, end) && (hasVerb(toks.slice(c, end)) || predicateParticiple(toks.slice(c+1, end)))
	}
	if lemma == "declare" {
		// "declared he would run", not "declared a state of emergency"
		// or "declared victory"
		return !determiners[first.lower()] && (first.isCapitalized() || personalPronouns.has(first.lower())) && hasVerb(toks.slice(c, end))
	}
	if objectSenseVerbs.has(lemma) {
		// Words said are a clause or a quote: "added the plan was
		// flawed", "writes back, “You look cute.”", not "add some salt",
		// "will add Madeira and the Azores", "posted a photo". The
		// clause's verb comes before a comma that opens another clause:
		// "added pressure on the grid, and prices rose" adds pressure.
		own := ownClauseEnd(toks, c, end)
		return hasClauseVerb(toks.slice(c, own)) || hasQuoteMark(toks.slice(c, end)) || predicateParticiple(toks.slice(c+1, own)) // "writing op-eds defending …"
	}
	return true
}

// ownClauseEnd returns the first comma of toks[c:end] that does not open
// a relative clause inside the clause ("the plan, which was late, was
// …"), or end: past it the words are another clause's. A clause with a
// "that" before that comma, or after a comma further on (past a
// listener's appositive), runs to end.
func ownClauseEnd(toks tokens, c, end int) int {
	for k := c; k+1 < end; k++ {
		if toks.lower(k) == "that" {
			return end // a that-clause is one whatever its commas: "raised concern that groups like ISIS, which …, are"
		}
		if toks.text(k) != "," || relativeStarts.has(toks.lower(k+1)) {
			continue
		}
		for j := k + 1; j+1 < end; j++ {
			if toks.text(j) == "," && toks.lower(j+1) == "that" {
				return end // "wrote the local paper, The Perry Chief, that …"
			}
		}
		return k
	}
	return end
}

// deniesSomeoneSomething reports the two objects of "deny" that withholds
// something rather than disputes it: a pronoun, a name or a determiner's
// phrase, then a second phrase right after ("him entry", "Sanders the
// nomination", "the club a licence", "them access to the site").
func deniesSomeoneSomething(toks tokens, c, end int) bool {
	first := toks.at(c)
	if objectPronouns.has(first.lower()) && first.lower() != "it" {
		return c+1 < end && !toks.punct(c+1) && !prepositions[toks.lower(c+1)]
	}
	for k := c + 1; k < end && k-c <= maxSpeakerWords; k++ {
		t := toks.at(k)
		if t.punct() || prepositions[t.lower()] || t.lower() == "of" || t.lower() == "to" || t.lower() == "that" {
			return false // "the claims of the union", "any wrongdoing in the case"
		}
		if (articles.has(t.lower()) || possessiveDeterminers.has(t.lower())) && !articles.has(toks.lower(k-1)) {
			return true
		}
	}
	return false
}

// namesSomeone reports a subject that is a name, a character in a story
// or game as much as a person in the news ("Penny asks you to …"), not
// a text or a tool speaking to its reader ("This guide tells you …").
func namesSomeone(toks tokens, subj phrase) bool {
	if subj.empty() {
		return false
	}
	first := toks.at(subj.from)
	if determiners[first.lower()] || notNameWords.has(first.lower()) || speakerPronouns.has(first.lower()) || isContractedVerb(first.lower()) {
		return false
	}
	for k := subj.from; k < subj.to; k++ {
		if !toks.isCapitalized(k) {
			return false // "Body fat percentage tells you": a capital that opens the sentence
		}
	}
	return true
}

// topicPrepositions open the topic of a question.
var topicPrepositions = wordSetOf(map[string]bool{"about": true, "on": true, "regarding": true})

// notifyingVerbs report a thing to someone as well as words: "reported
// the theft to the police". (Other verbs of telling reach their objects
// through objectCues.)
var notifyingVerbs = wordSetOf(map[string]bool{"report": true})

// reportedTo reports an object followed by "to" and the ones told, a
// phrase that opens with a determiner or a capital or holds, within three
// words, a body things are reported to: "the incident to the police",
// "the breach to the Information Commissioner", "the outbreak to health
// officials"; not an infinitive ("plans to cut jobs").
func reportedTo(toks tokens, c, end int) bool {
	for k := c + 1; k+1 < end && k-c <= maxSpeakerWords; k++ {
		if toks.punct(k) {
			return false
		}
		if toks.lower(k) != "to" {
			continue
		}
		next := toks.at(k + 1)
		if determiners[next.lower()] || next.isCapitalized() {
			return true
		}
		for j := k + 1; j < end && j-k <= 3 && !toks.punct(j); j++ {
			if notifiedBodies.has(toks.lower(j)) || listenerBodies.has(toks.lower(j)) {
				return true
			}
		}
		return false
	}
	return false
}

// notifiedBodies are those things are reported to: "reported the fault
// to managers", "to health officials".
var notifiedBodies = wordSetOf(map[string]bool{
	"police": true, "authorities": true, "officials": true, "regulators": true, "regulator": true,
	"investigators": true, "prosecutors": true, "managers": true, "supervisors": true,
	"inspectors": true, "employers": true, "teachers": true, "parents": true, "doctors": true,
})

// objectSenseVerbs are speech verbs with an everyday sense that takes a
// plain object (add salt, post a photo, write a book, claim victory or
// the coldest temperature): without "that", they report words only
// before a clause. "Recalled her years as senator" and "noted his
// generosity" do report what was said, and stay out.
var objectSenseVerbs = wordSetOf(map[string]bool{
	"add": true, "post": true, "write": true, "claim": true,
})

// findsAState reports a verdict or a discovery after "found" and its
// object: "found him guilty of manslaughter", "found the man dead in his
// home", "found the firm liable". No one's words follow.
func findsAState(toks tokens, c, end int) bool {
	for k := c + 1; k < end && k-c <= 4 && !toks.punct(k); k++ {
		if foundStates.has(toks.lower(k)) {
			return true
		}
	}
	return false
}

// foundStates are the adjectives a finding of a court, an inquiry or a
// search puts on its object: guilt, fault, fitness, validity, and the
// states a person is found in.
var foundStates = newWordSet([]string{
	"guilty", "innocent", "liable", "responsible", "negligent", "culpable", "unfit", "unlawful",
	"unconstitutional", "invalid", "ineligible", "insane", "dead", "alive", "unconscious", "unresponsive",
})

// isPluralNoun reports a word in -s that no infinitive ends with: "to
// costs", not "to discuss" or "to focus".
func isPluralNoun(lower string) bool {
	return len(lower) > 3 && strings.HasSuffix(lower, "s") && !strings.HasSuffix(lower, "ss") && !strings.HasSuffix(lower, "us")
}

// predicateParticiple reports a participle in toks that is neither the
// object of a preposition nor a noun after a determiner: the verb of a
// small clause ("found voters leaving", "writing op-eds defending …"),
// not a verdict's charge ("found him guilty of murdering") or a noun in
// -ing ("in the morning", "the meeting").
func predicateParticiple(toks tokens) bool {
	for i, t := range toks.all() {
		if !t.punct() && !t.isCapitalized() && isParticiple(t.lower()) && !(i > 0 && (prepositions[toks.lower(i-1)] || determiners[toks.lower(i-1)])) {
			return true
		}
	}
	return false
}

// isUnspoken reports speech that did not happen, whose words after the
// verb are no one's but the topic of a refusal: a negated verb of saying
// ("would not say whether …", "cannot say when …", "never said that …")
// and a refusal to speak ("declined to comment", "refused to say how
// many …").
func isUnspoken(toks tokens, v, c, end int, lemma string) bool {
	if (lemma == "decline" || lemma == "refuse") && c+1 < end && toks.lower(c) == "to" {
		k := c + 1
		for k+1 < end && isLyAdverb(toks.lower(k)) {
			k++ // "declined to publicly confirm"
		}
		if toks.lower(k) == "be" && k+1 < end {
			return passiveOfSpeech.has(toks.lower(k + 1)) // "declined to be interviewed"
		}
		return isSayingInfinitive(toks.lower(k))
	}
	k := v - 1
	for k >= 0 && (isLyAdverb(toks.lower(k)) || toks.lower(k) == "yet") {
		k-- // "did not immediately say", "has not yet responded"
	}
	if k < 0 {
		return false
	}
	if perfectNegation(toks, k) {
		return isSayingInfinitive(lemma) // "has not responded", "hadn't commented"
	}
	if !isSayingInfinitive(toks.lower(v)) && lemma != "say" && lemma != "tell" {
		return false
	}
	return negations.has(toks.lower(k))
}

// perfectNegation reports the negation of a perfect at toks[k], before
// its participle: "has not", "have never", "hasn't", "hadn't".
func perfectNegation(toks tokens, k int) bool {
	switch toks.lower(k) {
	case "hasn't", "haven't", "hadn't":
		return true
	case "not", "never":
		return k > 0 && perfectAuxiliaries.has(toks.lower(k-1))
	}
	return false
}

// perfectAuxiliaries are the forms of "have" that make a perfect.
var perfectAuxiliaries = wordSetOf(map[string]bool{"has": true, "have": true, "had": true})

// negations turn the verb after them into speech that did not happen.
var negations = wordSetOf(map[string]bool{
	"not": true, "n't": true, "never": true, "cannot": true, "can't": true, "won't": true,
	"didn't": true, "doesn't": true, "wouldn't": true, "couldn't": true, "don't": true,
})

// isSayingInfinitive reports a verb of saying as refusals and negations
// name it: "declined to comment", "would not elaborate".
func isSayingInfinitive(lower string) bool {
	switch lower {
	case "say", "comment", "elaborate", "discuss", "respond", "answer", "reply", "speak",
		"specify", "speculate", "disclose", "detail", "confirm", "reveal", "explain", "tell",
		"talk", "identify", "name", "give", "address", "provide", "share":
		return true
	}
	return false
}

// passiveOfSpeech are the participles of being asked for words: one
// who "declined to be interviewed" or "refused to be named" said nothing.
var passiveOfSpeech = wordSetOf(map[string]bool{
	"interviewed": true, "quoted": true, "named": true, "identified": true, "photographed": true,
})

// namesAs reports whether the bare object of "call" names something as
// something: "called the plan reckless", "called him a liar", "called
// Trump “dangerous”", not "called the police" or "called a meeting of
// the board".
func namesAs(obj tokens) bool {
	for k, w := range obj.all() {
		if k > 0 && subordinators.has(w.lower()) || w.lower() == "as" || w.lower() == "because" {
			obj = obj.slice(0, k) // "called the police as water rose"
			break
		}
	}
	if obj.len() < 2 {
		return false
	}
	if (obj.lower(0) == "a" || obj.lower(0) == "an") && !isMarkAt(obj, 1) {
		return false // "called a meeting", "called an election", but "called a “disaster”"
	}
	if objectPronouns.has(obj.lower(0)) {
		return true // "him a liar"
	}
	if obj.isCapitalized(0) {
		// "Trump dangerous": the name and what it is called; a name
		// alone is whom someone phoned ("call Crime Stoppers").
		k := 1
		for k < obj.len() && (obj.isCapitalized(k) || nameParticles[obj.lower(k)]) {
			k++
		}
		if k == obj.len() {
			return false
		}
		if obj.punct(k) {
			return isMarkAt(obj, k) || isQuoteMark(obj.text(k)) || obj.text(k) == "`"
		}
		return !prepositions[obj.lower(k)] && obj.lower(k) != "to" && obj.lower(k) != "onto" // not "called LeVell onto the stage"
	}
	for k := 1; k < obj.len(); k++ {
		w := obj.at(k)
		if isMarkAt(obj, k) {
			return true
		}
		if determiners[w.lower()] && !prepositions[obj.lower(k-1)] && obj.lower(k-1) != "of" {
			return true // "the deal a disaster"
		}
	}
	last := obj.lower(obj.len() - 1)
	if looksAdjective(last) || predicateAdjectives.has(last) {
		return true // "the plan reckless"
	}
	for _, suffix := range []string{"ish", "less", "able", "ible", "ist"} {
		if strings.HasSuffix(last, suffix) {
			return true // "the remarks childish"
		}
	}
	return false
}

// namedAfterNoun reports "called" right after a common noun, which it
// names ("a script called “Wild Rose”"), rather than after its subject
// ("one he calls “Confident America”", "Trump called “…”").
func namedAfterNoun(toks tokens, v int) bool {
	if v == 0 || toks.lower(v) != "called" {
		return false
	}
	prev := toks.at(v - 1)
	return !prev.punct() && !prev.isCapitalized() && !personalPronouns.has(prev.lower()) && !isAuxiliary(prev) && !isRelativeWord(prev.lower())
}

// quotedNameOpens reports words that open with a name in quotation
// marks, its words capitalized: the name something goes by ("a scheme
// called “Warm Homes”", "a film called “The Long Road”"), not words
// anyone said of it ("called the plan “a disaster”").
func quotedNameOpens(obj tokens) bool {
	if !isMarkAt(obj, 0) {
		return false
	}
	open := 1
	if isDoubledApostrophe(obj, 0) {
		open = 2
	}
	for j := open; j < obj.len(); j++ {
		if isMarkAt(obj, j) {
			return j > open && obj.isCapitalized(open) && isTitleWords(obj.slice(open, j))
		}
	}
	return false
}

// predicateAdjectives are short adjectives that no suffix marks: "called
// the decision wrong".
var predicateAdjectives = wordSetOf(map[string]bool{
	"wrong": true, "right": true, "bad": true, "good": true, "false": true, "true": true,
	"fake": true, "unfair": true, "absurd": true, "weak": true, "dumb": true, "crazy": true,
	"great": true, "mad": true, "sick": true, "rude": true, "unjust": true, "vague": true,
})

// toldTheQuote reports a listener verb that attributes a direct quote
// before it and has no clause of its own after its listener: in "“…,”
// Merkel told reporters after the meeting" the words after "told" are
// the listener and a setting, not what she said; in "“…,” the aide told
// POLITICO that Gore …" a clause follows.
func (d *quoteDoc) toldTheQuote(toks tokens, v, n, end int, lemma string) bool {
	if !listenerVerbs.has(lemma) || !d.cues.overlaps(toks.start(v), toks.end(v)) {
		return false
	}
	_, clause := pastListener(toks, v+n, end, lemma)
	return !clause
}

// endsNounPhrase reports a comma or dash at toks[c], after a weak verb
// form, that does not open a setting: the form was a noun ending its
// phrase ("with evangelical support, but he trails …", "core support —
// backers she will need"), not a verb before its clause; "reported, in a
// filing, that …", an aside, "reported: …" and "As the paper reported,
// …" go on.
func endsNounPhrase(toks tokens, c, end int) bool {
	if !isClauseMark(toks.at(c)) && toks.text(c) != "." {
		return false
	}
	if c+1 >= end {
		return true
	}
	next := toks.at(c + 1)
	// "wondered, as I do, why …", "hope -- especially this year -- that",
	// "praises, laments Clinton's legacy"
	return !settingWords.has(next.lower()) && next.lower() != "as" && !isLyAdverb(next.lower()) && !next.verbForm()
}

// opensClauseAnyway reports a word of notClauseStart at toks[c] that
// opens a reported clause after all: "about" before a number ("said about
// 20 people …"), a negative before the clause's verb ("said no decision
// had been made", but not "said nothing about it").
func opensClauseAnyway(toks tokens, c, end int) bool {
	switch toks.lower(c) {
	case "about":
		return c+1 < end && startsWithDigit(toks.at(c+1))
	case "no", "nothing":
		return hasVerb(toks.slice(c+1, end))
	}
	return false
}

// mayOpenClauseAnyway reports the words opensClauseAnyway may find open
// a clause: for any other it is false, wherever the clause ends.
func mayOpenClauseAnyway(lower string) bool {
	switch lower {
	case "about", "no", "nothing":
		return true
	}
	return false
}

// isRelativeWho reports a subject that is the relative "who": "Mrs.
// Clinton, who did not say that …, said on Wednesday …", "economists who
// favor the tax agree that …".
func isRelativeWho(toks tokens, subj phrase) bool {
	return !subj.empty() && toks.lower(subj.from) == "who"
}

// relativeBefore reports a verb at toks[v] that a relative pronoun
// opens, perhaps with an auxiliary or adverb between: "The paper, which
// originally said …, said …".
func relativeBefore(toks tokens, v int) bool {
	k := v - 1
	for k > 0 && !toks.punct(k) && isAuxiliary(toks.at(k)) {
		k--
	}
	if k >= 0 && (toks.lower(k) == "who" || toks.lower(k) == "which") {
		return true
	}
	// "which Reyes called “a disaster”, was dropped", "whom she
	// described as …": the relative clause has a subject of its own, a
	// pronoun or a name of up to three words
	subj := k
	if k < 1 || !personalPronouns.has(toks.lower(k)) {
		for subj > 0 && k-subj < 3 && toks.isCapitalized(subj) && !toks.punct(subj) {
			if l := toks.lower(subj - 1); l == "which" || l == "whom" {
				return true
			}
			subj--
		}
		return false
	}
	return toks.lower(subj-1) == "which" || toks.lower(subj-1) == "whom"
}

// relativeEnd returns where a relative clause that opened with "who" or
// "which" ends, from toks[from]: before the sentence's own speech verb,
// which follows a comma ("…, has denied that …", "…, said …") or opens a
// that-clause ("… agree that …", "… said Sunday that …"); else at end.
// It is read by readRelativeEnd, and kept (see relativeMemo).
func (d *quoteDoc) relativeEnd(toks tokens, from, end int) int {
	return d.relatives.end(toks, from, end)
}

// readRelativeEnd reads where the relative clause from toks[from] ends
// (see relativeEnd), and returns it as cut, with the word it stopped at
// as stop: the comma or the verb's first word, which a closing mark cut
// may follow, or, when it ran out, the first word it did not read.
func readRelativeEnd(toks tokens, from, end int) (stop, cut int) {
	k := from
	for ; k+1 < end; k++ {
		comma := toks.text(k) == ","
		if !comma && (k == from || toks.lower(k-1) == "that" || personalPronouns.has(toks.lower(k-1))) {
			continue // "who said that he argued …": the clause's own verb
		}
		j, cut := k, k
		if comma {
			j++
			if m := markAfterComma(toks, k); m > 0 {
				j, cut = m, m // "who estimates they were “in the millions,” said": the mark stays
			}
		}
		for j < end && !toks.punct(j) && isAuxiliary(toks.at(j)) {
			j++
		}
		if j >= end || isParticiple(toks.lower(j)) || toks.lower(j-1) == "to" {
			continue
		}
		_, n, ok := speechVerbAt(toks, j)
		if ok && (comma || opensThatClause(toks, j+n, end)) {
			return k, cut
		}
		if comma && j-k <= 4 && (isFiniteVerb(toks.at(j-1)) || looksFinite(toks.at(j), true)) && !toks.isCapitalized(j) &&
			countCommas(toks.slice(from, k))%2 == 0 {
			// "who said he would campaign with him, ultimately did not
			// show up", but not the comma that closes an aside: "who
			// said that Mr. Jäger, under fire, would do better"
			return k, cut
		}
	}
	return k, end
}

// countCommas returns the number of commas among toks.
func countCommas(toks tokens) int {
	n := 0
	for _, t := range toks.all() {
		if t.text() == "," {
			n++
		}
	}
	return n
}

// opensThatClause reports "that" at toks[c], perhaps after a day
// ("said Sunday night that").
func opensThatClause(toks tokens, c, end int) bool {
	for c < end && (isDayWord(toks.lower(c)) || timeUnitNames.has(toks.lower(c))) {
		c++
	}
	return c < end && toks.lower(c) == "that"
}

// answerEnd returns where a bare answer that is the whole of what was
// said ends, from toks[c]: "yes", "no", "so", "the same" ("46 percent of
// voters said yes, compared with …", "26 percent said the same"); or c.
func answerEnd(toks tokens, c, end int) int {
	k := c
	switch {
	case c >= end:
		return c
	case toks.lower(c) == "yes" || toks.lower(c) == "no" || toks.lower(c) == "so":
		k = c + 1
	case c+1 < end && toks.lower(c) == "the" && toks.lower(c+1) == "same":
		k = c + 2
	default:
		return c
	}
	if k == end || toks.punct(k) || clauseBreaks.has(toks.lower(k)) {
		return k
	}
	return c
}

// hasWord reports whether toks hold the word lower ("as" in "sees the
// plan as a return", which is a view; "saw the tweet" is not).
func hasWord(toks tokens, lower string) bool {
	for _, t := range toks.all() {
		if t.lower() == lower {
			return true
		}
	}
	return false
}

// actVerbs name acts, decisions and positions more often than speech:
// their object is no one's words ("offers a range of plans", "charges
// fees", "voted for the bill", "backed Warren", "wants to win"), and only
// a that-clause after them reports what someone said or held ("ruled
// that …", "maintained that …"). The list holds the verbs of
// speechVerbForms and objectVerbForms whose object reading was more often
// wrong than right on attribution corpora and on web pages read by eye.
var actVerbs = wordSetOf(map[string]bool{
	"offer": true, "charge": true, "rule": true, "decide": true, "determine": true,
	"vote": true, "focus": true, "attack": true, "challenge": true, "favor": true,
	"view": true, "maintain": true, "continue": true, "support": true, "seek": true,
	"plan": true, "want": true, "endorse": true, "back": true, "highlight": true,
	"encourage": true, "advocate": true, "echo": true, "invoke": true, "protest": true,
	"post": true, "learn": true, "reassure": true, "boast": true,
})

// thatOnly are forms of finding and knowing that report a clause only
// after "that" or a question word; their bare objects are things found
// or known ("can't find a job", "know the area"). ("The poll found Clinton
// leading" reports a finding.)
var thatOnly = wordSetOf(map[string]bool{"find": true, "know": true, "knew": true})

// reflexivePronouns after "found" tell where someone ended up, not what
// anyone found: "Obama found himself in an awkward position".
var reflexivePronouns = wordSetOf(map[string]bool{
	"itself": true, "himself": true, "herself": true, "themselves": true, "myself": true,
	"ourselves": true, "yourself": true,
})

// dayWords are the settings of a day, besides the weekdays, that stand
// between a verb and its clause: "said today the vote would go ahead".
var dayWords = wordSetOf(map[string]bool{"today": true, "yesterday": true, "tonight": true})

// aspectVerbs are speech verbs that before "to" say how long something
// goes on, not what anyone said: "Trump continues to fly to events".
var aspectVerbs = wordSetOf(map[string]bool{"continue": true})

// pastListener returns where what a verb says starts, from c just after
// the verb: past the listener of "told reporters (that) …" and "asked
// reporters whether …"; clause says a that-clause or a question follows.
func pastListener(toks tokens, c, end int, lemma string) (int, bool) {
	clause := c < end && (toks.lower(c) == "that" || questionWords.has(toks.lower(c)))
	if !listenerVerbs.has(lemma) {
		return c, clause
	}
	if c+1 < end && objectPronouns.has(toks.lower(c)) && opensClauseAfterPronoun(toks, c+1, end) {
		return c + 1, true // "told me they'd be in jail", "told them the strike would go ahead"
	}
	if j := pastNamedListener(toks, c, end); j > c {
		return j, true // "told Reuters she believes …"
	}
	if j := pastCommonListener(toks, c, end); j > c {
		return j, true // "told reporters it would …"
	}
	k := c
	for k < end && k-c < maxListenerWords && toks.lower(k) != "that" && toks.lower(k) != "to" && !questionWords.has(toks.lower(k)) &&
		!(k > c && settingWords.has(toks.lower(k))) {
		if toks.punct(k) && !isPluralPossessiveMark(toks, k) {
			j := quotedProgramme(toks, k, end) // "told the ‘Today’ show that …"
			if j == k {
				break
			}
			k = j
			continue
		}
		k++
	}
	if k > c && k < end && (toks.text(k) == "," || settingWords.has(toks.lower(k)) && toks.lower(k) != "to") && !opensClause(toks.slice(c+1, k)) {
		// "told reporters on Friday, after the vote, that", "told
		// reporters after the meeting she was …"
		if s := clauseAfterSetting(toks, k, end); s != k {
			if toks.lower(s) != "that" {
				return s, true // its subject or question word
			}
			k = s
		}
	}
	switch {
	case k < end && (isComplementizer(toks, k, end) || questionWords.has(toks.lower(k))):
		return k, true
	case k < end && toks.lower(k) == "to" && objectCues[lemma] == nil:
		return k, clause // "told reporters to …"; "urged him to …" keeps its listener
	}
	return c, clause // no listener: "told the story"
}

// opensClauseAfterPronoun reports a clause at toks[k], just after a
// listener that is an object pronoun: a subject pronoun ("told me
// they'd …"), or a determiner or a name whose phrase runs into a verb
// ("told them the strike would …", "told him Carter had …").
func opensClauseAfterPronoun(toks tokens, k, end int) bool {
	w := toks.lower(k)
	if p := withoutContraction(w); personalPronouns.has(p) || clauseSubjects.has(p) {
		return true
	}
	return (determiners[w] && w != "that" || toks.isCapitalized(k)) && clauseVerbWithin(toks, k+1, end, 4)
}

// pastNamedListener returns the subject pronoun of a clause right after
// a named listener ("told Reuters she …", "told The Daily Post they
// …"), or c.
func pastNamedListener(toks tokens, c, end int) int {
	j := c
	if j < end && toks.lower(j) == "the" {
		j++
	}
	j = namedListenerEnd(toks, j, end, c+maxListenerWords)
	if j == c || j+1 >= end || !toks.isCapitalized(c) && toks.lower(c) != "the" {
		return c
	}
	if personalPronouns.has(withoutContraction(toks.lower(j))) && !toks.punct(j+1) {
		return j
	}
	if j < end && mediaNouns.has(toks.lower(j)) {
		j++ // "the Daily Graphic newspaper"
	}
	if j < end && articles.has(toks.lower(j)) && clauseVerbWithin(toks, j+1, end, 6) {
		return j // "told Reuters the bridge would reopen"
	}
	return c
}

// namedListenerEnd returns the end of the capitalized words of a named
// listener from toks[j], no further than limit. After an outlet's
// possessive the name of its programme follows, small words and all:
// "NBC News' Today show", "CBS's Face the Nation", "ABC News' Good
// Morning America".
func namedListenerEnd(toks tokens, j, end, limit int) int {
	owned := false // a possessive read: a programme's name follows
	for j < end && j < limit {
		switch w := toks.text(j); {
		case toks.isCapitalized(j) && !personalPronouns.has(toks.lower(j)):
			owned = owned || isPossessive(w)
		case isPluralPossessiveMark(toks, j) && toks.isCapitalized(j-1) && j+1 < end && toks.isCapitalized(j+1):
			owned = true // "News' Today"
		case owned && programmeWords.has(toks.lower(j)) && j+1 < end && toks.isCapitalized(j+1):
			// "Face the Nation", "Meet the Press"
		default:
			return j
		}
		j++
	}
	return j
}

// quotedProgramme returns the end of a programme's or a paper's name in
// quotation marks at toks[k], with the media noun after it ("‘Today’
// show", "“Good Morning Britain” programme"), or k when none is there.
func quotedProgramme(toks tokens, k, end int) int {
	if k >= end || !isQuoteMark(toks.text(k)) && !isSingleMark(toks.text(k)) {
		return k
	}
	for j := k + 1; j+1 < end && j-k <= maxProgrammeWords+1; j++ {
		if isQuoteMark(toks.text(j)) || isSingleMark(toks.text(j)) {
			if j > k+1 && mediaNouns.has(toks.lower(j+1)) && isTitleWords(toks.slice(k+1, j)) {
				return j + 2
			}
			return k
		}
	}
	return k
}

// maxProgrammeWords is the most words quotedProgramme reads as a name.
const maxProgrammeWords = 6

// isPluralPossessiveMark reports an apostrophe at toks[k] glued to the
// end of a plural before it: "Fox News' Hannity", "the Saints' coach".
func isPluralPossessiveMark(toks tokens, k int) bool {
	w := toks.text(k)
	return (w == "'" || w == "’") && k > 0 && k+1 < toks.len() && toks.start(k) == toks.end(k-1) &&
		strings.HasSuffix(toks.text(k-1), "s") && toks.start(k+1) > toks.end(k)
}

// programmeWords are the small words inside a programme's name.
var programmeWords = wordSetOf(map[string]bool{"the": true, "of": true, "and": true, "with": true, "in": true, "on": true, "at": true})

// mediaNouns follow the name of an outlet: "told the Daily Graphic
// newspaper".
var mediaNouns = wordSetOf(map[string]bool{
	"newspaper": true, "paper": true, "magazine": true, "radio": true, "television": true,
	"channel": true, "network": true, "agency": true, "website": true, "broadcaster": true,
	"podcast": true, "program": true, "programme": true, "show": true, "daily": true,
})

// pastCommonListener returns where a clause starts right after a
// listener of one to three lower-case words, at a subject pronoun ("told
// reporters it would …", "warning local residents they should …") or a
// determiner whose phrase runs into a verb ("told reporters the tank was
// safe"), or c.
func pastCommonListener(toks tokens, c, end int) int {
	for j := c + 1; j < end && j-c <= 3; j++ {
		t := toks.at(j - 1)
		if t.punct() || t.isCapitalized() || isVerbLike(t) || clauseBreaks.has(t.lower()) || prepositions[t.lower()] || t.lower() == "to" {
			return c
		}
		if !isListenerNoun(t.lower()) {
			continue
		}
		if clauseSubjects.has(withoutContraction(toks.lower(j))) && j+1 < end && !toks.punct(j+1) {
			return j
		}
		if determiners[toks.lower(j)] && toks.lower(j) != "that" && clauseVerbWithin(toks, j+1, end, 4) {
			return j // "told reporters the tank was safe"
		}
		if toks.isCapitalized(j) && clauseVerbWithin(toks, j+1, end, 4) {
			return j // "told the court Carter had been asked to leave"
		}
	}
	return c
}

// clauseVerbWithin reports a finite verb among the n words from toks[k]
// that follow a noun phrase's words: "the tank was", "the new plan will".
func clauseVerbWithin(toks tokens, k, end, n int) bool {
	for j := k; j < end && j-k < n; j++ {
		t := toks.at(j)
		if t.punct() {
			return false
		}
		if isFiniteVerb(t) || auxiliaries.has(t.lower()) && j > k {
			return true
		}
	}
	return false
}

// isListenerNoun reports a word that can end a listener: a plural
// ("reporters", "local residents") or a body that is told things ("the
// crowd", "the committee"); "told the story it had …" has none.
func isListenerNoun(w string) bool {
	return isPluralNoun(w) || listenerBodies.has(w)
}

var listenerBodies = wordSetOf(map[string]bool{
	"crowd": true, "audience": true, "committee": true, "court": true, "jury": true, "panel": true,
	"board": true, "congress": true, "senate": true, "house": true, "nation": true, "country": true,
	"public": true, "world": true, "everyone": true, "everybody": true, "anyone": true, "staff": true,
	"parliament": true, "assembly": true, "council": true, "press": true, "media": true,
	// collective nouns that take no -s, and the sittings a witness
	// speaks to ("told police", "told the inquiry", "told the hearing")
	"police": true, "family": true, "team": true, "cabinet": true, "class": true,
	"congregation": true, "management": true, "commission": true, "tribunal": true,
	"inquiry": true, "hearing": true, "inquest": true, "conference": true, "meeting": true,
	"summit": true, "rally": true, "gathering": true,
})

// maxListenerWords is the longest listener between a verb and its
// "that": "told a Wall Street Journal lunch group that …".
const maxListenerWords = 7

// opensClause reports a subject pronoun (perhaps contracted: "they'd")
// or a finite verb among toks: in "told me they'd be in jail" the words
// after the listener are already the clause.
func opensClause(toks tokens) bool {
	for _, t := range toks.all() {
		if opensClauseWord(t) || personalPronouns.has(withoutContraction(t.lower())) {
			return true
		}
	}
	return false
}

// isComplementizer reports a "that" at toks[k] that opens a clause, not
// the relative pronoun of "the meeting that was held on a boat".
func isComplementizer(toks tokens, k, end int) bool {
	return toks.lower(k) == "that" && !(k+1 < end && isFiniteVerb(toks.at(k+1)))
}

// pastThat returns where a reported clause starts, from c after the verb
// and its listener: past a setting before "that" ("said in a statement
// that …", "said Sunday in Madison, Wisconsin, that …" — but in "said the
// party will do that" the "that" is the clause's), past "that" itself
// (not the pronoun of "said that was …"), the "to" of "told reporters to
// …", and a comma or colon ("said, …"; not after a noun: "Latino
// support, faces"). thatAt is where the "that" taken stands, or -1.
func pastThat(toks tokens, c, end int, lemma string) (from, thatAt int) {
	c = clauseAfterSetting(toks, c, end)
	thatAt = -1
	if c+1 < end && isLyAdverb(toks.lower(c)) && isComplementizer(toks, c+1, end) {
		c++ // "suspected immediately that …", "said repeatedly that …"
	}
	if c < end && isComplementizer(toks, c, end) {
		thatAt = c
	}
	if thatAt >= 0 || c < end && toks.lower(c) == "to" && listenerVerbs.has(lemma) {
		c++
	}
	for c < end && toks.punct(c) && (toks.text(c) == "," || toks.text(c) == ":") && !isWeakVerb(lemma) {
		c++
	}
	if thatAt < 0 && c+1 < end && !toks.punct(c+1) && isDayWord(toks.lower(c)) {
		c++ // "said Wednesday she wants …"
	}
	return c, thatAt
}

// isDayWord reports a day named as a setting: a weekday, "today",
// "yesterday" or "tonight".
func isDayWord(lower string) bool { return isWeekday(lower) || dayWords.has(lower) }

// verbSubject finds the speaker of the verb at toks[v]: the phrase before
// it; for a participle after a comma ("“…,” she said, adding that …", "X
// announced …, saying …") the subject of the verb before, or the
// sentence's; for a verb after "and" ("announced an arrest and said …")
// the subject of the verb before; for an infinitive the subject of the
// verb that governs it (see infinitiveSubject). A speech verb whose
// subject is too long to read backwards ("Some voters who have heard him,
// on television or at rallies, said …") takes the noun phrase that opens
// the sentence.
func verbSubject(toks tokens, v int, lemma string, prevSubj, prevApp phrase) (subj, app phrase, ok bool) {
	if subj, ok := nounCueSource(toks, v); ok {
		return subj, phrase{}, !subj.empty()
	}
	if subj, ok := absoluteSubject(toks, v); ok {
		return subj, phrase{}, true
	}
	p := perfectParticiple(toks, v)
	if isParticiple(toks.lower(p)) && p == 0 {
		// "Calling the plan “reckless,” Lee voted …": the main clause's
		// subject, after the comma
		subj, ok = leadingSubject(toks)
		return subj, phrase{}, ok && subj.from > v
	}
	if isParticiple(toks.lower(p)) && p > 0 && (toks.text(p-1) == "," || p > 1 && markAfterComma(toks, p-2) == p || p > 2 && markAfterComma(toks, p-3) == p ||
		clauseBreaks.has(toks.lower(p-1)) || prepositions[toks.lower(p-1)] || afterCommaSetting(toks, p) || spacedDash(toks, p-1)) {
		if !prevSubj.empty() {
			return prevSubj, prevApp, true
		}
		if v <= 2 && (prepositions[toks.lower(0)] || frontedSubordinators.has(toks.lower(0))) {
			// "After saying he was nervous, Kasich asked …": the main
			// clause's subject, after the comma
			subj, ok = leadingSubject(toks)
			return subj, phrase{}, ok && subj.from > v
		}
		if subj, app, ok = sentenceSubject(toks.slice(0, v)); ok {
			return subj, app, true
		}
		subj, ok = leadingSubject(toks.slice(0, v))
		return subj, phrase{}, ok
	}
	if subj, ok := controlledSubject(toks, v); ok {
		return subj, phrase{}, true
	}
	if v > 0 && toks.lower(v-1) == "to" {
		return infinitiveSubject(toks, v-1, prevSubj, prevApp)
	}
	if subj, app, ok = subjectBefore(toks, v); ok {
		return subj, app, true
	}
	k := v - 1
	for k >= 0 && !toks.punct(k) && auxiliaries.has(toks.lower(k)) {
		k--
	}
	if k >= 0 && (toks.lower(k) == "and" || toks.lower(k) == "but") {
		if !prevSubj.empty() {
			return prevSubj, prevApp, true
		}
		// "when Cruz knocked Rubio on trade and called him …", but not
		// "It got worse when Lee beat Diaz and called him …"; past a
		// speech word that was a noun ("is a vocal advocate of trade and
		// wrote …")
		for j := verbBefore(toks, k); j >= 0 && !breaksClause(toks.slice(j+1, k)); j = verbBefore(toks, j) {
			if subj, app, ok = subjectBefore(toks, j); ok && toks.lower(subj.from) != "there" && !looksFinite(toks.at(subj.from), true) {
				return subj, app, true // not "ads that imply Mrs. Clinton is …"
			}
		}
		if isWeakVerb(lemma) {
			// "Cruz knocked Rubio on trade and called him a
			// “moderate”": the subject of the verb that opens the
			// sentence
			subj, ok = leadingSubject(toks.slice(0, v))
			return subj, phrase{}, ok && looksFinite(toks.at(subj.to), true)
		}
	}
	if isWeakVerb(lemma) {
		return phrase{}, phrase{}, false
	}
	subj, ok = leadingSubject(toks.slice(0, v))
	return subj, phrase{}, ok
}

// perfectParticiple returns where the participle clause of the verb at
// toks[v] starts: at "having" in "…, having referred to him as …", else
// at the verb.
func perfectParticiple(toks tokens, v int) int {
	if v > 0 && toks.lower(v-1) == "having" {
		return v - 1
	}
	return v
}

// breaksClause reports whether toks hold a word that opens a clause.
func breaksClause(toks tokens) bool {
	for _, t := range toks.all() {
		if clauseBreaks.has(t.lower()) {
			return true
		}
	}
	return false
}

// absoluteSubject returns the subject "with" gives a participle at
// toks[v]: "…, with the union calling her a champion".
func absoluteSubject(toks tokens, v int) (phrase, bool) {
	if !isParticiple(toks.lower(v)) {
		return phrase{}, false
	}
	for j := v - 1; j > 0 && v-j <= maxSpeakerWords && !isBoundary(toks.at(j)); j-- {
		if toks.lower(j) == "with" {
			p := phrase{j + 1, v}
			ok := !p.empty() && isNounPhrase(toks.slice(p.from, p.to)) && canStartSpeaker(toks, p.from, p.to)
			return p, ok
		}
	}
	return phrase{}, false
}

// afterCommaSetting reports a participle at toks[v] after a short setting
// set off by a comma: "…, at one point calling him a liar".
func afterCommaSetting(toks tokens, v int) bool {
	j := v - 1
	for j > 0 && v-j <= 4 && !toks.punct(j) {
		j--
	}
	return j > 0 && j+1 < v && toks.text(j) == "," && prepositions[toks.lower(j+1)]
}

// controlledSubject returns the object of a verb of causing that the
// speech verb at toks[v] depends on, which is who speaks: "the slide has
// led some allies to worry whether …", "the ruling prompted critics to
// warn that …", "the delay left residents wondering whether …".
func controlledSubject(toks tokens, v int) (phrase, bool) {
	if v < 2 {
		return phrase{}, false
	}
	end, verbs := v, leavingVerbs // "left residents wondering"
	if toks.lower(v-1) == "to" {
		end, verbs = v-1, causingVerbs // "led some allies to worry"
	} else if !isParticiple(toks.lower(v)) {
		return phrase{}, false
	}
	for k := end - 1; k >= 0 && end-k <= maxSpeakerWords; k-- {
		if isBoundary(toks.at(k)) || clauseBreaks.has(toks.lower(k)) {
			return phrase{}, false
		}
		if verbs.has(toks.lower(k)) {
			p := phrase{k + 1, end}
			if p.to-p.from == 1 && (isLyAdverb(toks.lower(p.from)) || adverbsBeforeVerbs.has(toks.lower(p.from))) {
				return phrase{}, false // an adverb, no object: "Aides moved quickly to deny …"
			}
			return p, !p.empty() && isNounPhrase(toks.slice(p.from, p.to)) && !hasVerb(toks.slice(p.from, p.to))
		}
	}
	return phrase{}, false
}

// causingVerbs make their object do what the infinitive after it says:
// "led allies to worry", "prompted critics to accuse". Verbs of speaking
// that do so ("urged voters to reject") are speech of their own subject
// and are not here.
var causingVerbs = wordSetOf(map[string]bool{
	"led": true, "leads": true, "lead": true, "leading": true,
	"prompted": true, "prompts": true, "prompt": true, "prompting": true,
	"caused": true, "causes": true, "cause": true, "causing": true,
	"drove": true, "drives": true, "driven": true, "driving": true,
	"pushed": true, "pushes": true, "forced": true, "forces": true, "forcing": true,
	"compelled": true, "compels": true, "spurred": true, "spurs": true,
	"inspired": true, "inspires": true, "encouraged": true, "encourages": true,
	"persuaded": true, "persuades": true, "convinced": true, "convinces": true,
	"moved": true, "allowed": true, "allows": true, "enabled": true, "enables": true,
	"invited": true, "invites": true,
})

// leavingVerbs leave their object doing what the participle after it
// says: "left residents wondering whether", "kept investors guessing".
// "Had", "has" and "sent" are not here: "sent an email saying …" and
// "has given speeches praising …" speak for their own subject.
var leavingVerbs = wordSetOf(map[string]bool{
	"left": true, "leaves": true, "leaving": true, "leave": true, "kept": true, "keeps": true,
})

// infinitiveSubject finds the speaker of a verb after "to" at toks[to]:
// the subject of the verb that governs the infinitive ("Mr. Obama
// appeared before reporters to discuss …", "the team is aiming to …"),
// else the subject of the verb before, else the sentence's.
func infinitiveSubject(toks tokens, to int, prevSubj, prevApp phrase) (subj, app phrase, ok bool) {
	if k := verbBefore(toks, to); k >= 0 {
		if subj, app, ok = subjectBefore(toks, k); ok {
			return subj, app, toks.lower(subj.from) != "there" // "There is no need to …"
		}
	}
	if !prevSubj.empty() {
		return prevSubj, prevApp, true
	}
	subj, ok = leadingSubject(toks.slice(0, to))
	return subj, phrase{}, ok && toks.lower(subj.from) != "there"
}

// verbBefore returns the index of the finite verb nearest before toks[at]
// in its clause ("appeared" in "Mr. Obama appeared before reporters to
// discuss"), or -1.
func verbBefore(toks tokens, at int) int {
	for k := at - 1; k > 0 && at-k <= maxSpeakerWords; k-- {
		if isBoundary(toks.at(k)) {
			break
		}
		if looksFinite(toks.at(k), true) || beForms.has(toks.lower(k)) || isPresentVerbAt(toks, k) {
			return k
		}
	}
	return -1
}

// isPresentVerbAt reports a verb in the present at toks[k] after a name
// or pronoun: "Trump wants", "she plans".
func isPresentVerbAt(toks tokens, k int) bool {
	w := toks.at(k)
	return k > 0 && !w.punct() && !w.isCapitalized() && strings.HasSuffix(w.lower(), "s") && !strings.HasSuffix(w.lower(), "ss") && isSubjectEnd(toks.at(k-1))
}

// leadingSubject returns the noun phrase that opens toks, past fillers
// ("Yet", "Meanwhile") and a setting closed by a comma ("In an interview
// with the Journal, Trump …"); it ends before a relative clause, a comma
// or a verb ("Trump doubled down …").
func leadingSubject(toks tokens) (phrase, bool) {
	i := datelineEnd(toks) // "Washington (AFP) – Democrat Hillary Clinton has …"
	if toks.len() > i+2 && (leadingFiller.has(toks.lower(i)) || asideWords.has(toks.lower(i))) && toks.text(i+1) == "," {
		i += 2 // "Still, while the industry …, people …"
	}
	if toks.len() > i+1 && coordinators.has(toks.lower(i)) && prepositions[toks.lower(i+1)] {
		i++ // "And in that speech, Ms. Brainard …"
	}
	lead := i
	for lead < toks.len() && subordinatorLeads.has(toks.lower(lead)) {
		lead++
	}
	if lead > i && lead < toks.len() && (prepositions[toks.lower(lead)] || frontedSubordinators.has(toks.lower(lead))) {
		i = lead // "Shortly after the vote, …"
	}
	if i+1 < toks.len() && coordinators.has(toks.lower(i)) && opensTimeSpan(toks, i+1) {
		i++ // "But a few days later, Trump …"
	}
	if i < toks.len() && (prepositions[toks.lower(i)] || clauseBreaks.has(toks.lower(i)) && !coordinators.has(toks.lower(i)) ||
		frontedSubordinators.has(toks.lower(i)) || isParticiple(toks.lower(i)) || opensTimeSpan(toks, i)) {
		// "In an interview, Trump …", "Using a crude expression, he …",
		// "Once he was president, Mr. Obama …", "A few days later, …"
		for i < toks.len() && toks.text(i) != "," {
			i++
		}
		i++
		i = pastSettingSegments(toks, i)
	}
	for i < toks.len() && (leadingFiller.has(toks.lower(i)) || coordinators.has(toks.lower(i)) || asideWords.has(toks.lower(i)) ||
		toks.text(i) == "," && i > 0 && asideWords.has(toks.lower(i-1))) {
		i++
	}
	if i < toks.len() && personalPronouns.has(toks.lower(i)) {
		return phrase{i, i + 1}, true // "He dislikes …"
	}
	j := nounPhraseForward(toks, i)
	if j <= i || j-i > maxLeadingSubjectWords || !canStartSpeaker(toks, i, j) || !isNounPhrase(toks.slice(i, j)) || !opensNounPhrase(toks.at(i)) {
		return phrase{}, false
	}
	if j+1 < toks.len() && toks.lower(j) == "and" {
		// "The Times and the Gannett chain filed a motion": a second
		// phrase that runs up to the verb joins the subject.
		if k := nounPhraseForward(toks, j+1); k > j+1 && k-j-1 <= maxLeadingSubjectWords && k < toks.len() &&
			looksFinite(toks.at(k), true) && isNounPhrase(toks.slice(j+1, k)) {
			return phrase{i, k}, true
		}
	}
	return phrase{i, j}, true
}

// opensTimeSpan reports a span of time counted from an event that opens
// a clause at toks[i] and runs to a comma: "A few days later,", "Two
// weeks earlier,", "Months ago,".
func opensTimeSpan(toks tokens, i int) bool {
	for k := i; k < toks.len() && k-i <= 5; k++ {
		if toks.text(k) == "," {
			return k > i+1 && spanEnds.has(toks.lower(k-1)) && agoUnits.has(toks.lower(k-2))
		}
		if toks.punct(k) {
			return false
		}
	}
	return false
}

// spanEnds close a span of time counted from an event: "days later".
var spanEnds = wordSetOf(map[string]bool{"later": true, "earlier": true, "ago": true, "on": true, "before": true, "after": true})

// pastSettingSegments returns where a clause's subject starts after the
// setting that ended at the comma before toks[i], past the segments that
// continue it: a region after its place ("in Ames, Iowa,") and more
// settings ("…, on Sunday,").
func pastSettingSegments(toks tokens, i int) int {
	for n := 0; n < 3 && i < toks.len(); n++ {
		e := i
		for e < toks.len() && e-i <= 6 && toks.text(e) != "," && !isBoundary(toks.at(e)) {
			e++
		}
		if e >= toks.len() || toks.text(e) != "," || !(isRegionAfterPlace(toks, i, e) || prepositions[toks.lower(i)] && e-i <= 4 && namesTimeOrPlace(toks, i+1, e)) {
			return i
		}
		i = e + 1
	}
	return i
}

// namesTimeOrPlace reports words that name a day, a month, a year or a
// place: "Sunday", "May", "2016", "Des Moines".
func namesTimeOrPlace(toks tokens, i, j int) bool {
	for k := i; k < j; k++ {
		l := toks.lower(k)
		if _, month := monthNames[l]; month || isDayWord(l) || startsWithDigit(toks.at(k)) || toks.isCapitalized(k) && !toks.punct(k) {
			return true
		}
	}
	return false
}

// asideWords stand set off by commas before a subject: "After the
// backlash, though, Mr. Rubio …".
var asideWords = wordSetOf(map[string]bool{"though": true, "however": true, "too": true})

// nounPhraseForward returns where the phrase that starts at toks[i] ends:
// before punctuation, a clause break, a verb or a setting ("Trump last
// year proposed").
func nounPhraseForward(toks tokens, i int) int {
	j := i
	for j < toks.len() && j-i < maxSpeakerWords && !isBoundary(toks.at(j)) && (!clauseBreaks.has(toks.lower(j)) || sharedHeadAt(toks, i, j)) &&
		!isFiniteVerb(toks.at(j)) && !(looksFinite(toks.at(j), j > i) && !determiners[toks.lower(j-1)]) && !(j > i && settingWords.has(toks.lower(j))) &&
		!(j > i && toks.isCapitalized(j-1) && !toks.isCapitalized(j) && (isLyAdverb(toks.lower(j)) || auxiliaries.has(toks.lower(j)))) { // "Mr. Rubio quickly distanced", "Trump also joined"
		j++
	}
	return j
}

// maxLeadingSubjectWords bounds a subject read forwards: longer runs are
// settings and clauses.
const maxLeadingSubjectWords = 6

// opensNounPhrase reports whether w can open a subject read forwards: not
// an adverb ("However", "Recently", "Perhaps"), a setting ("Sunday",
// "Last week") or "There".
func opensNounPhrase(w word) bool {
	if settingWords.has(w.lower()) || isWeekday(w.lower()) || isLyAdverb(w.lower()) || notSubjectOpeners.has(w.lower()) {
		return false
	}
	_, month := monthNames[w.lower()]
	return !month
}

// notSubjectOpeners are words that open sentences but no subject.
var notSubjectOpeners = wordSetOf(map[string]bool{
	"however": true, "even": true, "perhaps": true, "rather": true, "there": true, "that's": true,
	"it's": true, "what": true, "instead": true, "moreover": true, "indeed": true, "here": true,
	"one": true, "thus": true, "still": true, "also": true, "too": true, "again": true,
})

// coordinators join a sentence to the one before: "Yet some voters …".
var coordinators = wordSetOf(map[string]bool{"and": true, "but": true, "yet": true, "or": true, "so": true, "nor": true})

// looksFinite reports a word that reads as the verb after a subject: a
// lower-case word in -ed ("doubled"), or a speech verb.
func looksFinite(w word, inside bool) bool {
	if !inside || w.isCapitalized() {
		return false
	}
	return strings.HasSuffix(w.lower(), "ed") || speechLemma[w.lower()] != "" && !nounLikeForms.has(w.lower()) ||
		w.lower() == "who" || irregularPasts.has(w.lower())
}

// irregularPasts are past tenses without -ed that end a subject read
// forwards: "Mrs. Clinton shook her head and said …".
var irregularPasts = wordSetOf(map[string]bool{
	"shook": true, "took": true, "made": true, "went": true, "came": true, "gave": true,
	"saw": true, "met": true, "ran": true, "won": true, "lost": true, "held": true, "left": true,
	"sent": true, "kept": true, "brought": true, "got": true, "put": true, "began": true,
	"stood": true, "sat": true, "led": true, "felt": true, "knew": true, "grew": true,
	"became": true, "spent": true, "paid": true, "heard": true, "struck": true, "broke": true,
	"cast": true, "drew": true, "threw": true, "fought": true, "built": true, "sold": true,
	"bought": true, "rose": true, "fell": true, "chose": true, "wore": true,
})

// hasVerb reports whether a clause has a word that reads as a verb, so
// that it is more than the subject of a verb still to come.
func hasVerb(toks tokens) bool {
	for i := range toks.all() {
		if readsAsVerb(toks, i) {
			return true
		}
	}
	return false
}

// hasClauseVerb is hasVerb without the adverbs of time that auxiliaries
// holds: "added two lanes to the bridge last year" has no clause.
func hasClauseVerb(toks tokens) bool {
	for i, t := range toks.all() {
		if readsAsVerb(toks, i) && !timeAdverbs.has(t.lower()) {
			return true
		}
	}
	return false
}

// timeAdverbs are the words of auxiliaries that tell when or how often.
var timeAdverbs = wordSetOf(map[string]bool{
	"last": true, "first": true, "then": true, "once": true, "earlier": true, "later": true,
	"again": true, "already": true, "recently": true, "previously": true, "still": true,
	"never": true, "often": true, "frequently": true,
})

// readsAsVerb reports whether toks[i] reads as a verb (see hasVerb).
func readsAsVerb(toks tokens, i int) bool {
	t := toks.at(i)
	return !t.punct() && !t.isCapitalized() && (isFiniteVerb(t) || auxiliaries.has(t.lower()) || irregularPasts.has(t.lower()) ||
		strings.HasSuffix(t.lower(), "ed") || isPresentVerbAt(toks, i)) || isContractedVerb(t.lower())
}

// isContractedVerb reports a pronoun with its verb contracted onto it:
// "he's", "they’re", "we'll", "I'd", "it's".
func isContractedVerb(lower string) bool {
	i := lastApostrophe(lower)
	if i <= 0 {
		return false
	}
	stem, tail := lower[:i], strings.TrimLeft(lower[i:], "'’")
	switch tail {
	case "s", "re", "ve", "ll", "d", "m":
		return speakerPronouns.has(stem) || stem == "that" || stem == "there" || stem == "what" // "that's", "there's"
	}
	return false
}

// subordinators open a participle clause of the writer's after a
// reported clause: "said … before claiming that …".
var subordinators = wordSetOf(map[string]bool{"before": true, "after": true, "while": true, "by": true, "when": true})

// isClauseMark reports a comma or a dash, which can end a reported
// clause before the next attribution.
func isClauseMark(t word) bool {
	return t.punct() && (t.text() == "," || t.text() == "-" || t.text() == "—" || t.text() == "–")
}

// attributionAt reports an attribution that starts at toks[k], a subject
// and a speech verb ("…, he said, …", "…, Smith argued, …", "…, the
// candidate said …"), with the index after its verb, which is below end.
func attributionAt(toks tokens, k, end int) (verbEnd int, ok bool) {
	return readAside(toks, k).answer(end)
}

// asideRead is what attributionAt reads from a word k on, whatever the
// end, which only cuts the reading short and asks that the verb end
// before it: whether its first stop is a speech verb, the verb at j
// whose words end at verbEnd, and whether the verb's subject starts at k.
// attributionMemo keeps it.
type asideRead struct {
	read, verb, subjectAtK bool
	j, verbEnd             int32
}

// readAside reads the words from toks[k+1] on to the first boundary or
// speech verb, a dozen at most.
func readAside(toks tokens, k int) asideRead {
	for j := k + 1; j < toks.len() && j-k <= maxSpeakerWords+2; j++ {
		if isBoundary(toks.at(j)) {
			break
		}
		if lemma, n, ok := speechVerbAt(toks, j); ok {
			if toks.lower(j-1) == "who" && isWeakVerb(lemma) {
				break // a relative clause of the subject: "and donors who want to see … will send checks"
			}
			if isPassiveAt(toks, j) && !isParticiple(toks.lower(j)) || isHypothetical(toks, j) {
				break // no one's words: "and the fire was not thought to be suspicious", "…, he's someone voters could see …"
			}
			subj, _, ok := subjectBefore(toks, j)
			return asideRead{read: true, verb: true, subjectAtK: ok && subj.from == k, j: int32(j), verbEnd: int32(j + n)}
		}
	}
	return asideRead{read: true}
}

// answer returns attributionAt's answer for the words up to end.
func (r asideRead) answer(end int) (verbEnd int, ok bool) {
	if !r.verb || int(r.j) >= end {
		return 0, false
	}
	return int(r.verbEnd), r.subjectAtK && int(r.verbEnd) < end
}

// questionWords open the reported questions of "asked whether …".
var questionWords = wordSetOf(map[string]bool{
	"whether": true, "if": true, "why": true, "how": true, "what": true, "when": true,
	"where": true, "who": true, "which": true,
})

// notClauseStart are words that start objects and settings, not reported
// clauses: "said on Tuesday", "told him about".
var notClauseStart = wordSetOf(map[string]bool{
	"on": true, "in": true, "at": true, "about": true, "of": true, "for": true, "with": true,
	"by": true, "from": true, "during": true, "after": true, "before": true, "as": true,
	"so": true, "nothing": true, "goodbye": true, "hello": true, "yes": true, "no": true,
	"and": true, "but": true, "or": true, "into": true, "through": true, "over": true,
})

// participleCommas finds in the words toks[:end] of a sentence the comma
// that opens the writer's participle clause after an attribution ("…,
// Hollande said Tuesday, noting …"), for verbs read left to right: it
// looks at each word once, not once per verb.
type participleCommas struct {
	toks    tokens
	end, at int // at is the comma last found, end if none, or -1
	from    int // where the search for at started
}

// after returns the first k >= from below end-1 where a comma stands
// before a participle, or end. The last answer stands for any from
// between where its search started and it; verbs are read left to right,
// so a search starts afresh only past it.
func (p *participleCommas) after(from int) int {
	if p.at >= 0 && p.from <= from && from <= p.at {
		return p.at
	}
	p.from = from
	for p.at = from; p.at+1 < p.end; p.at++ {
		if p.toks.text(p.at) == "," && isParticiple(p.toks.lower(p.at+1)) {
			return p.at
		}
	}
	p.at = p.end
	return p.at
}

// clauseBeforeVerb reads "CLAUSE, Smith said." and "CLAUSE, said Smith.";
// tail is where the writer's participle clause after the verb starts
// (see participleCommas), or end.
func (d *quoteDoc) clauseBeforeVerb(toks tokens, v, n, end, tail int, lemma string) (q Quote, subj, app phrase, ok bool) {
	if objectOnly[lemma] {
		return Quote{}, phrase{}, phrase{}, false // "Until Thursday, Trump refused."
	}
	// "…, said Smith." and "…, said Steven Taylor, a chairman of the
	// political science department at Troy University in Alabama." Only
	// verbs of speech invert: in "…, wants an inquiry" the verb has its
	// object after it.
	// "told" never inverts: what follows it is its listener ("…, 34, told
	// KDLM News he …", "…, Hannah Kerr, told the Commons.").
	if v > 0 && toks.text(v-1) == "," && !isParticiple(toks.lower(v)) && invertsSubject(lemma) && lemma != "tell" && !opensWithNamedPerson(toks.slice(0, v-1)) &&
		!endsWithNamedAppositive(toks.slice(0, v-1)) {
		subj, app, ok = objectAfter(toks, v+n)
		read := ok
		if ok && (subj.to-subj.from > 1 && speakerPronouns.has(toks.lower(subj.from)) || !canStartSpeaker(toks, subj.from, subj.to) ||
			hasFiniteVerb(toks.slice(subj.from, subj.to))) {
			// (and "Mark Street, a farmer, said the rain came too late":
			// the words after the verb are its clause, not its subject)
			// "Weingarten, who …, said she sees …" and "economists, like
			// their counterparts, say taxing consumption …": a clause
			ok = false
		}
		// A clause that ends in a relative clause may be the subject's
		// ("Voters like her, who live here, say …"), unless a name after
		// the verb ends the sentence: "…, who lives in a county that …,
		// says Steve Schale, a strategist."
		last := max(subj.to, app.to)
		named := ok && hasCapitalized(toks, subj) && !hasVerb(toks.slice(subj.from, subj.to)) &&
			(last >= end-1 || attributionTail(toks.slice(0, end), last, lemma))
		if endsInRelative(toks.slice(0, v-1)) && !named {
			ok = false
		}
		if !read {
			subj = phrase{v + n, v + n + 1} // "says a report released last week", which objectAfter reads as a clause
		}
		if (ok && app.empty() || !read) && v+n < end && modifiedToEnd(toks, subj, end) {
			ok = true
			subj.to = wordsEnd(toks.slice(0, end)) // "…, says a report by the housing council released last week."
			last = subj.to
		}
		if ok && (last >= end-1 || !app.empty() || named || subj.to < end && (toks.text(subj.to) == "," || relativeStarts.has(toks.lower(subj.to)))) && v-1 >= minReportedWords {
			if app.empty() && subj.to < end-1 && toks.text(subj.to) == "," {
				app = phrase{subj.to + 1, end}
			}
			return d.reported(toks, clauseOpening(toks, v-1), v-1, v, n, subj, app), subj, app, true
		}
	}
	// "If the law conflicts with God's orders, Rubio said, Christians
	// must ignore the law." — the attribution splits the clause.
	if k := v + n; k < end && toks.text(k) == "," && end-k-1 >= minReportedWords && !spanBeforeEvent(toks, k+1) && !speechParticipleAt(toks, k+1) {
		if subj, app, ok = subjectBefore(toks, v); ok && app.empty() {
			// The two parts together make the clause: "The plan, he said,
			// was never going to work" has a first part of two words.
			if comma := subj.from - 1; comma >= 1 && comma+end-k-1 >= 2*minReportedWords && toks.text(comma) == "," && !hasAttribution(toks.slice(0, comma)) &&
				!isRelativeWord(toks.lower(subj.from)) { // not "Mr. Cruz, who … won with tepid Latino support, faces …"
				q := d.reported(toks, 0, comma, v, n, subj, app)
				return d.withSecondPart(q, toks.start(k+1), toks.end(end-1)), subj, app, true
			}
		}
	}
	// "…, Smith said." — the verb ends the sentence (but for a setting),
	// or the writer's participle clause that may follow: "…, Hollande
	// said Tuesday, noting …".
	if !attributionTail(toks.slice(0, tail), v+n, lemma) {
		return Quote{}, phrase{}, phrase{}, false
	}
	subj, app, ok = subjectBefore(toks, v)
	if !ok {
		return Quote{}, phrase{}, phrase{}, false
	}
	comma := subj.from - 1
	for comma >= 0 && !toks.punct(comma) && leadingFiller.has(toks.lower(comma)) {
		comma--
	}
	if comma < minReportedWords || toks.text(comma) != "," {
		return Quote{}, phrase{}, phrase{}, false
	}
	open := clauseOpening(toks, comma)
	if openingSetting(toks.slice(open, comma)) {
		return Quote{}, phrase{}, phrase{}, false // "Speaking to reporters, the mayor agreed.": the setting of the speech
	}
	return d.reported(toks, open, comma, v, n, subj, app), subj, app, true
}

// openingSetting reports a participle phrase that sets the scene of the
// speech rather than saying anything: the participle of a verb without an
// object, then its preposition or particle, and no verb of a clause after
// ("Speaking to reporters", "Weighing in on the debate", "Looking ahead
// to next year"). A gerund with an object is a clause's subject
// ("Cutting the budget hurts schools, the mayor said").
func openingSetting(toks tokens) bool {
	if toks.len() < 2 || !isParticiple(toks.lower(0)) {
		return false
	}
	next := toks.lower(1)
	if !prepositions[next] && !settingParticles.has(next) {
		return false
	}
	return !hasClauseVerb(toks.from(1))
}

// settingParticles follow an intransitive participle that opens a
// setting, besides the prepositions: "Speaking to", "Looking back".
var settingParticles = wordSetOf(map[string]bool{
	"to": true, "back": true, "ahead": true, "forward": true, "out": true, "up": true, "down": true,
	"off": true, "away": true, "around": true,
})

// modifiedToEnd reports an inverted subject that opens with a
// determiner and runs to the end of the sentence with the phrases that
// modify it and no verb of its own: "says a report by the housing council
// released last week", "says a study from two universities".
func modifiedToEnd(toks tokens, subj phrase, end int) bool {
	end = wordsEnd(toks.slice(0, end))
	if subj.to >= end || end-subj.from > 2*maxSpeakerWords || !articles.has(toks.lower(subj.from)) {
		return false // not "said his survey showed …"
	}
	modified := false
	for k := subj.from + 1; k < end; k++ {
		w := toks.at(k)
		if w.punct() || isFiniteVerb(w) || irregularPasts.has(w.lower()) || copulas.has(w.lower()) || personalPronouns.has(w.lower()) ||
			possessiveDeterminers.has(w.lower()) || w.lower() == "that" || isRelative(w.lower()) {
			return false // a clause: "a tinge of regret about the role his inquiry played", "said the rain came too late"
		}
		if !w.isCapitalized() && strings.HasSuffix(w.lower(), "ed") && (k+1 == end || !prepositions[toks.lower(k+1)] && !timeModifiers.has(toks.lower(k+1))) {
			return false // a verb: "said the prize mattered", "a poll showed Mr. Lee ahead"
		}
		modified = modified || prepositions[w.lower()] || !w.isCapitalized() && (isParticiple(w.lower()) || strings.HasSuffix(w.lower(), "ed"))
	}
	return modified
}

// hasFiniteVerb reports a word that can only be a clause's verb: a verb
// form of the lexicon, an irregular past or a form of "be" or "have"
// ("the rain came too late", "the pier was unsafe"). A participle in -ed
// may modify a noun ("a report tabled at the meeting") and is not one.
func hasFiniteVerb(toks tokens) bool {
	for _, w := range toks.all() {
		if !w.isCapitalized() && (isFiniteVerb(w) || irregularPasts.has(w.lower()) || copulas.has(w.lower())) {
			return true
		}
	}
	return false
}

// copulas are the forms of "be" and "have" that make a clause of the
// words before them: "said the pier was unsafe".
var copulas = newWordSet([]string{"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could"})

// timeModifiers open a time after a participle: "released last week".
var timeModifiers = wordSetOf(map[string]bool{"last": true, "this": true, "next": true, "earlier": true, "yesterday": true, "today": true})

// opensWithNamedPerson reports words that open with a person's name,
// titles included, and its appositive: "But Megan Hester, an organizer
// at the institute" or "Dr. Ferrante, the only physician there" is
// the subject of the verb after it, not a clause it reports.
func opensWithNamedPerson(toks tokens) bool {
	i := 0
	if toks.len() > 0 && coordinators.has(toks.lower(0)) {
		i++
	}
	comma := i
	for comma < toks.len() && toks.text(comma) != "," {
		comma++
	}
	if comma == toks.len() {
		return false
	}
	names := findNames(toks.slice(i, comma))
	for i < comma-1 && isTitleWord(toks.at(i)) {
		i++ // "Dr. Ferrante, the only physician at the clinic"
	}
	return len(names) == 1 && names[0].Start == toks.start(i) && names[0].End == toks.end(comma-1)
}

// endsWithNamedAppositive reports words that end in a person's name set
// off by a comma after a description: "one of the family's attorneys,
// Justin Bamberg" is the subject of the verb after it ("…, said the
// videos show …"), not a clause the verb reports.
func endsWithNamedAppositive(toks tokens) bool {
	comma := toks.len() - 1
	for comma > 0 && toks.text(comma) != "," {
		if toks.punct(comma) {
			return false
		}
		comma--
	}
	if comma < 1 || comma == toks.len()-1 {
		return false
	}
	if comma+2 == toks.len() && toks.isCapitalized(comma+1) && isRoleBefore(toks, comma) {
		return true // "The team's captain, Rivers, said": one name after a role
	}
	names := findNames(toks.from(comma + 1))
	return len(names) == 1 && names[0].Start == toks.start(comma+1) && names[0].End == toks.end(toks.len()-1) && !names[0].isPlace
}

// isRoleBefore reports a clause's words before toks[comma] that are a
// role: a noun phrase opening with a determiner or a possessive, with no
// verb ("The team's captain", "His lawyer").
func isRoleBefore(toks tokens, comma int) bool {
	from := comma - 1
	for from > 0 && !toks.punct(from-1) {
		from--
	}
	first := toks.lower(from)
	return (determiners[first] || possessiveDeterminers.has(first)) && !hasFiniteVerb(toks.slice(from, comma))
}

// invertsSubject reports a verb that may come before its subject after
// the clause it reports ("…, said Smith", "…, asked Smith"): a verb of
// speech, not one with an object ("…, urged a strong stand").
func invertsSubject(lemma string) bool {
	return !isWeakVerb(lemma) && (!objectOpens(lemma, "") || lemma == "ask")
}

// endsInRelative reports words that end in a relative clause after a
// comma: in "Steve Sweeney, who serves on the board, said contractors
// …" the words before "said" are its subject, not a clause it reports.
func endsInRelative(toks tokens) bool {
	for k := toks.len() - 1; k > 0; k-- {
		if isBoundary(toks.at(k)) {
			return toks.text(k) == "," && k+1 < toks.len() && (toks.lower(k+1) == "who" || toks.lower(k+1) == "whose")
		}
	}
	return false
}

// pollClause reads the findings of a poll: "In a Des Moines Register poll
// last month, Cruz had a 10-point lead." The poll is the source, "In" the
// cue. (A poll at the end of a sentence is more often a setting: "Trump
// slips in the polls".)
func (d *quoteDoc) pollClause(toks tokens, end int) (Quote, bool) {
	if end > 0 && toks.lower(0) == "in" {
		for k := 1; k < end && k <= maxSpeakerWords; k++ {
			if isBoundary(toks.at(k)) {
				if toks.text(k) == "," && hasPollWord(toks.slice(1, k)) && end-k-1 >= minReportedWords {
					return d.reported(toks, k+1, end, 0, 1, phrase{1, k}, phrase{}), true
				}
				break
			}
		}
	}
	return Quote{}, false
}

// hasPollWord reports whether toks name a poll or survey.
func hasPollWord(toks tokens) bool {
	for _, t := range toks.all() {
		switch t.lower() {
		case "poll", "polls", "survey", "surveys", "polling":
			return true
		}
	}
	return false
}

// clauseOpening returns where a clause that ends at toks[to] before its
// attribution starts: after a colon or semicolon that leads into it ("…
// financial firms: London was the capital, according to one index"), or
// at the sentence start.
func clauseOpening(toks tokens, to int) int {
	for k := to - minReportedWords; k > 0; k-- {
		if toks.text(k) == ":" || toks.text(k) == ";" {
			return k + 1
		}
	}
	return 0
}

// hasAttribution reports whether toks hold a speech verb with its subject
// ("Christie said that …, he said, …"): the clause it opens holds what
// comes after, and a later "he said" is an aside inside it.
func hasAttribution(toks tokens) bool {
	for v := range eachSpeechVerbOutsideQuotes(toks, toks.len()) {
		if _, _, ok := subjectBefore(toks, v.at); ok && !isWeakVerb(v.lemma) {
			return true
		}
	}
	return false
}

// accordingToClause reads "According to X, CLAUSE" and "CLAUSE, according
// to X", and "according to X" between a clause's parts; "per X" the same
// way (see sourcePerAt).
func (d *quoteDoc) accordingToClause(toks tokens, end int) (Quote, bool) {
	for i := toks.indexLower(0, end-2, "according", "per"); i+2 < end; i = toks.indexLower(i+1, end-2, "according", "per") {
		n := 2
		switch {
		case toks.lower(i) == "according" && toks.lower(i+1) == "to":
		case sourcePerAt(toks, i):
			n = 1
		default:
			continue
		}
		subj, app, ok := accordingSource(toks, i+n)
		if !ok {
			return Quote{}, false
		}
		start := clauseStart(toks, i)
		if i == start {
			// "According to a poll from Florida Atlantic University
			// broadcast on MSNBC, the …": the clause starts after the
			// first comma; the source has no appositive.
			after := subj.to
			for k := subj.to; k < end && k-i <= 2*maxSpeakerWords; k++ {
				if toks.text(k) == "," || isBoundary(toks.at(k)) && !isQuoteMark(toks.text(k)) {
					after = k
					break
				}
			}
			if after < end && toks.text(after) == "," && end-after-1 >= minReportedWords {
				return d.reported(toks, after+1, end, i, n, subj, phrase{}), true
			}
			return Quote{}, false
		}
		before := i // the clause before "according" ends before its comma or dash
		if n == 1 && toks.lower(i-1) == "as" {
			before = i - 1 // "…, as per the permit"
		}
		if isClauseMark(toks.at(before - 1)) {
			before--
		}
		if !app.empty() && onlyPunct(toks.slice(app.to, end)) && !hasVerb(toks.slice(start, before)) {
			// "At about 10, according to a timeline, the guards left":
			// the words before need the rest of the sentence.
			app = phrase{}
		}
		after := subj.to
		if !app.empty() {
			after = app.to
		}
		switch {
		case before < i && before > start && after < end && toks.text(after) == "," && end-after-1 >= minReportedWords &&
			!sourceTail(toks.slice(after, end), hasVerb(toks.slice(start, before))):
			// "At the heart of it, according to Dennis Ross, was a
			// decision by Mr. Obama …": the attribution splits the clause.
			q := d.reported(toks, start, before, i, n, subj, app)
			return d.withSecondPart(q, toks.start(after+1), toks.end(end-1)), true
		case before-start >= minReportedWords && (before < i || end-after <= maxSourceTail || opensRelative(toks.slice(after, end))):
			// "…, according to X", "… 39 percent according to a CBS poll."
			// and "…,'' according to an official who spoke on condition …"
			return d.reported(toks, start, before, i, n, subj, app), true
		}
		return Quote{}, false
	}
	return Quote{}, false
}

// sourcePerAt reports "per" at toks[i] used as "according to": opening
// the sentence or after a comma, a dash or "as", before an article, a
// possessive or a name ("Per the report, …", "…, per a list compiled by
// Boris Shor", "as per the CDC"); not the "per" of rates ("$5 per hour",
// "per capita", "per cent").
func sourcePerAt(toks tokens, i int) bool {
	if toks.lower(i) != "per" || i+1 >= toks.len() {
		return false
	}
	if i > 0 && !isClauseMark(toks.at(i-1)) && toks.lower(i-1) != "as" {
		return false
	}
	if i >= 2 && toks.text(i-1) == "," {
		if _, _, ok := speechVerbAt(toks, i-2); ok {
			return false // "Guccifer said, per a translator, that …": through whom, not from whom
		}
	}
	next := toks.lower(i + 1)
	return articles.has(next) || possessiveDeterminers.has(next) || toks.isCapitalized(i+1) && !toks.punct(i+1)
}

// reportedByClause reads a passive report or stance with its source
// after "by". The quote is the subject before the auxiliary ("The deal
// was first reported by the Journal"), the clause before ", as" ("…, as
// first reported by the Times") or the noun the participle follows ("The
// bill, opposed by the unions, …").
func (d *quoteDoc) reportedByClause(toks tokens, end int) (Quote, bool) {
	for i := toks.indexLower(2, end-1, "by", "by"); i+1 < end; i = toks.indexLower(i+1, end-1, "by", "by") {
		if !passiveReports.has(toks.lower(i - 1)) {
			continue
		}
		subj, app, ok := passiveSource(toks, i+1)
		if !ok {
			return Quote{}, false
		}
		from, to, ok := passiveContent(toks, i-1, max(subj.to, app.to), end)
		if !ok {
			return Quote{}, false
		}
		return d.reported(toks, from, to, i-1, 1, subj, app), true
	}
	return Quote{}, false
}

// passiveSource reads the source after "by" at toks[k], without the reason
// that may follow it ("by rivals for his plan") or an adverb ("by Trump
// already"); "by now" names none.
func passiveSource(toks tokens, k int) (subj, app phrase, ok bool) {
	subj, app, ok = accordingSource(toks, k)
	for j := subj.from; ok && j < subj.to; j++ {
		if w := toks.lower(j); reasonWords.has(w) || leadingFiller.has(w) || dayWords.has(w) {
			subj, app = phrase{subj.from, j}, phrase{}
			break
		}
	}
	return subj, app, ok && !subj.empty()
}

// passiveContent returns the words [from, to) that the passive participle
// at toks[v] reports, its source ending at toks[rest].
func passiveContent(toks tokens, v, rest, end int) (from, to int, ok bool) {
	k := v - 1
	for k > 0 && !toks.punct(k) && isAuxiliary(toks.at(k)) && !beForms.has(toks.lower(k)) {
		k-- // "was first reported", "had been previously reported"
	}
	switch {
	case beForms.has(toks.lower(k)):
		for k > 0 && isAuxiliary(toks.at(k-1)) {
			k--
		}
		p := phraseBackward(toks, k-1)
		// not "… Judge Ann Cole, who was backed by …"
		return p.from, p.to, !p.empty() && !isRelative(toks.lower(p.to-1))
	case toks.lower(k) == "as" && k > 0 && toks.text(k-1) == ",":
		if !onlyPunct(toks.slice(rest, end)) && !(isSettingAt(toks, rest, end) && end-rest <= 4) {
			return 0, 0, false // but "by the Times on Tuesday"
		}
		start := clauseStart(toks, k-1)
		return start, k - 1, k-1 > start
	}
	if toks.text(k) == "," {
		k-- // "The bill, opposed by the unions, …", "a measure strongly opposed by unions"
	}
	p := phraseBackward(toks, k)
	return p.from, p.to, !p.empty() && !isRelative(toks.lower(p.to-1)) && opensNamedPhrase(toks.at(p.from))
}

// supportFromClause reads support received as a stance of its givers:
// in "Clinton won strong support from union leaders" the union leaders
// back Clinton, as in "union leaders endorsed Clinton".
func (d *quoteDoc) supportFromClause(toks tokens, end int) (Quote, bool) {
	for i := toks.indexLower(2, end-2, "support", "support"); i+2 < end; i = toks.indexLower(i+1, end-2, "support", "support") {
		if toks.lower(i+1) != "from" {
			continue
		}
		v := i - 1
		for v > 0 && i-v < 3 && !toks.punct(v) && !receiveVerbs.has(toks.lower(v)) {
			v-- // "received even stronger support"
		}
		if !receiveVerbs.has(toks.lower(v)) {
			return Quote{}, false
		}
		subj, _, ok := verbSubject(toks, v, "support", phrase{}, phrase{})
		if !ok {
			return Quote{}, false
		}
		src, app, ok := accordingSource(toks, i+2)
		if !ok {
			return Quote{}, false
		}
		return d.reported(toks, subj.from, subj.to, i, 1, src, app), true
	}
	return Quote{}, false
}

// receiveVerbs take support as their object: "won support from".
var receiveVerbs = wordSetOf(map[string]bool{
	"received": true, "receives": true, "receiving": true, "won": true, "wins": true,
	"winning": true, "enjoyed": true, "enjoys": true, "drew": true, "draws": true,
	"gets": true, "got": true, "getting": true, "gained": true, "gains": true,
})

// reasonWords open the reason for a stance after its source: "criticized
// by rivals for his plan".
var reasonWords = wordSetOf(map[string]bool{"for": true, "as": true, "over": true})

// opensNamedPhrase reports a word that opens a noun phrase for certain: a
// determiner, a possessive or a capitalized word ("a measure", "Starr's
// remarks"), not a verb ("remain a favorite").
func opensNamedPhrase(w word) bool {
	return determiners[w.lower()] || isPossessive(w.lower()) || w.isCapitalized()
}

// passiveReports are the participles whose agent after "by" is the
// source, and whose subject what was said or what the source stands for
// or against: "was first reported by the Times", "was criticized by
// economists".
var passiveReports = wordSetOf(map[string]bool{
	"reported": true, "revealed": true, "disclosed": true, "announced": true,
	"criticized": true, "praised": true, "condemned": true, "endorsed": true, "backed": true,
	"opposed": true, "supported": true, "denounced": true, "questioned": true, "mocked": true,
	"attacked": true, "challenged": true, "disputed": true, "rejected": true, "welcomed": true,
	"shared": true, "confirmed": true, "derided": true, "rebuked": true, "dismissed": true,
	"favored": true, "championed": true, "promoted": true, "echoed": true, "claimed": true,
})

// opensRelative reports a relative clause at the start of toks, which
// describes the source before it: "according to an official who spoke on
// condition of anonymity".
func opensRelative(toks tokens) bool {
	if toks.len() > 1 && toks.text(0) == "," {
		toks = toks.from(1)
	}
	return toks.len() > 0 && (toks.lower(0) == "who" || toks.lower(0) == "which")
}

// sourceTail reports words after the comma that ends a source which do
// not go on with the clause before it: a relative clause about the source
// ("…, according to the survey, which is prepared …"), a new clause of
// the writer's ("…, according to the poll, so late movement could …",
// "…, but the count goes on"), or, after a whole clause, an appositive
// that describes the source ("…, according to “Man of the World,” a
// book written with …").
func sourceTail(toks tokens, wholeClause bool) bool {
	for toks.len() > 1 && (toks.text(0) == "," || isQuoteMark(toks.text(0))) {
		toks = toks.from(1) // the comma, and a title's closing mark: “Man of the World,” a book
	}
	first := toks.lower(0)
	return opensRelative(toks) || first == "whose" || coordinators.has(first) ||
		wholeClause && (first == "a" || first == "an")
}

// maxSourceTail bounds the words after a source without a comma before
// "according to" ("… 39 percent according to a CBS poll released
// Monday."): more words are a clause of their own.
const maxSourceTail = 3

// accordingSource reads the source after "according to" at toks[k]: a
// noun phrase, perhaps with quoted words in it ("her “clawback” plan",
// "“Man of the World,” a book by …"), and its appositive. An appositive
// that ends neither in a comma nor with the sentence is the clause's
// second part: "according to the poll, 46 percent — and …".
func accordingSource(toks tokens, k int) (subj, app phrase, ok bool) {
	if k >= toks.len() || notSpeakerStart.has(toks.lower(k)) && !possessiveDeterminers.has(toks.lower(k)) || prepositions[toks.lower(k)] {
		return phrase{}, phrase{}, false
	}
	j := k
	for j < toks.len() && j-k < maxSpeakerWords && (isQuoteMark(toks.text(j)) || !isBoundary(toks.at(j))) &&
		(!clauseBreaks.has(toks.lower(j)) || sharedHeadAt(toks, k, j) || joinsName(toks, j)) && !(j > k && afterSpeaker.has(toks.lower(j)) && !datesParticiple(toks, j)) {
		j++
	}
	if j == k || onlyPunct(toks.slice(k, j)) || hasFinite(toks.slice(k, j)) {
		return phrase{}, phrase{}, false
	}
	subj = phrase{k, j}
	for isQuoteMark(toks.text(subj.from)) {
		subj.from++ // the title without its marks
	}
	if j+1 >= toks.len() || toks.text(j) != "," {
		return subj, phrase{}, true
	}
	a := j + 1
	if isQuoteMark(toks.text(a)) {
		a++ // the comma inside the closing mark: “Man of the World,” a book
	}
	e := a
	for e < toks.len() && e-a < maxSpeakerWords && !isBoundary(toks.at(e)) && toks.lower(e) != "who" {
		e++
	}
	if e == a || clauseBreaks.has(toks.lower(a)) || hasFinite(toks.slice(a, e)) || e < toks.len() && toks.text(e) != "," && !onlyPunct(toks.from(e)) {
		return subj, phrase{}, true // not "according to Ms. Epstein, are 16 …"
	}
	return subj, phrase{a, e}, true
}

// joinsName reports an "and" or "&" inside a name, between capitalized
// words: "the Post and Courier", "Procter & Gamble", "Ernst and Young".
func joinsName(toks tokens, j int) bool {
	return j > 0 && j+1 < toks.len() && (toks.lower(j) == "and" || toks.text(j) == "&") &&
		toks.isCapitalized(j-1) && toks.isCapitalized(j+1) && !(j > 1 && toks.text(j-2) == ",")
}

// possessiveDeterminers open a noun phrase: "according to her plan".
var possessiveDeterminers = wordSetOf(map[string]bool{"her": true, "his": true, "their": true, "its": true, "our": true, "my": true, "your": true})

// clauseStart returns where the clause holding toks[i] starts: after a
// colon (not "10:03") or semicolon before it, past a coordinator and its comma
// ("But, according to the poll, …").
func clauseStart(toks tokens, i int) int {
	start := 0
	for k := i - 1; k >= 0; k-- {
		// Read back to the sentence's start for each verb, by the packed
		// words alone.
		if toks.punctIs(k, ';') || toks.punctIs(k, ':') && !(k+1 < i && toks.start(k+1) == toks.end(k)) {
			start = k + 1
			break
		}
	}
	if start < i && coordinators.has(toks.lower(start)) {
		start++
		if start < i && toks.text(start) == "," {
			start++
		}
	}
	return start
}

// reported makes the quote of the clause toks[from:to] attributed by the
// verb toks[v:v+n] to subj.
func (d *quoteDoc) reported(toks tokens, from, to, v, n int, subj, app phrase) Quote {
	start, end := toks.start(from), toks.end(to-1)
	q := Quote{
		Text: d.text[start:end],
		Span: Span{start, end},
		Cue:  d.text[toks.start(v):toks.end(v+n-1)],
	}
	q.Type = quoteTypeOf(q.Text)
	a := newAttribution(toks, v, n, subj, app, Span{})
	q.Speaker = d.speakerOf(a)
	return q
}

// speechParticipleAt reports a participle of speech at toks[i]: after
// "…, Nefzi said," it opens a statement of its own ("adding that …",
// "noting, “…”"), no second part of the clause before.
func speechParticipleAt(toks tokens, i int) bool {
	if i >= toks.len() {
		return false
	}
	l := toks.lower(i)
	return isParticiple(l) && speechLemma[l] != ""
}

// withSecondPart adds text[start:end] to q as the second part of a
// clause that its attribution splits.
func (d *quoteDoc) withSecondPart(q Quote, start, end int) Quote {
	q.Parts = []Span{q.Span, {start, end}}
	q.Text += " " + d.text[start:end]
	q.End = end
	q.retype()
	return q
}

// retype sets the type of a reported quote whose words changed, which
// stays a refusal if it was one.
func (q *Quote) retype() {
	if q.Type != QuoteRefusal {
		q.Type = quoteTypeOf(q.Text)
	}
}

// quoteTypeOf returns the type of a reported clause: mixed when some of
// its words stand in quotation marks.
func quoteTypeOf(clause string) QuoteType {
	if hasDoubleQuotes(clause) || strings.Contains(clause, "''") {
		return QuoteMixed
	}
	return QuoteIndirect
}

// carriesTo reports whether the speaker of quote prev carries to a quote
// dist paragraphs after it: to the next paragraph, and from a direct quote
// past one paragraph of context to the paragraph after next.
func carriesTo(prev Quote, dist int) bool {
	return dist <= 1 || dist == 2 && prev.Type == QuoteDirect
}

// addresses reports a quote that calls the person of a mention by name,
// who is then the one spoken to, not the speaker: "Thank you for coming,
// Penny." "Ruth, we need to talk." "You are wrong, Mr Lee!"
func addresses(quote, mention string) bool {
	for w := range strings.FieldsSeq(mention) {
		w = strings.TrimRight(w, ".,")
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 2 || titleWords.has(strings.ToLower(w)) {
			continue
		}
		for at := 0; ; {
			k := strings.Index(quote[at:], w)
			if k < 0 {
				break
			}
			k += at
			at = k + len(w)
			before := strings.TrimRight(quote[:k], " ")
			opens := before == "" || strings.HasSuffix(before, ",") || endsInTitle(before)
			after, _ := utf8.DecodeRuneInString(quote[at:])
			if opens && (at == len(quote) || strings.ContainsRune(",.!?", after)) {
				return true
			}
		}
	}
	return false
}

// endsInTitle reports words that end in a title of address before a name:
// "…, Mr", "Thank you, Dr.", "Ms".
func endsInTitle(s string) bool {
	i := strings.LastIndexAny(s, " ,") + 1
	t := strings.ToLower(strings.TrimSuffix(s[i:], "."))
	if !titleWords.has(t) {
		return false
	}
	rest := strings.TrimRight(s[:i], " ")
	return rest == "" || strings.HasSuffix(rest, ",")
}

// personOpeningSentenceBefore returns, as a speaker, the person whose
// name opens the sentence right before byte at, the opening mark of a
// quote without an attribution of its own, in the same paragraph p: the
// quote is then most often that person's ("Rep. Robert Aderholt
// returned to the issue later. “The rocket is ready.”"), not the last
// speaker's before. A quote opening its paragraph, or a sentence that
// opens with anything but a person's name, gives none.
func (d *quoteDoc) personOpeningSentenceBefore(at, p int) (*Speaker, bool) {
	para := d.paras[p]
	k := at // back over the opening mark and the spaces before it
	for k > para.Start {
		r, n := utf8.DecodeLastRuneInString(d.text[para.Start:k])
		if !unicode.IsSpace(r) && !isQuoteMark(string(r)) {
			break
		}
		k -= n
	}
	k-- // the last byte of the sentence before
	if k-para.Start < 3 {
		return nil, false // the quote opens its paragraph
	}
	sent := d.sentenceAt(k)
	if sent.End <= sent.Start || sent.Start < para.Start || sent.Start >= at {
		return nil, false
	}
	toks := d.tokens(sent.Start, k+1)
	names := findNames(toks)
	if len(names) == 0 || !names[0].isPerson || names[0].isPlace || !strings.Contains(names[0].name, " ") {
		return nil, false // a full name: not "Former US Secretary …"
	}
	first := 0
	for first < toks.len() && isTitleWord(toks.at(first)) {
		first++
	}
	if first == toks.len() || names[0].Start != toks.start(first) && names[0].Start != toks.start(0) {
		return nil, false
	}
	mention := Span{toks.start(0), names[0].End}
	return d.newSpeaker(Speaker{Text: d.text[mention.Start:mention.End], Span: mention}), true
}

// carryOverSpeakers gives a direct quote without an attribution of its own
// the speaker of the quote before it, when that stands close enough (see
// carriesTo); or else, for a quote that is a
// whole paragraph, of the quote after it in the same or the next paragraph
// ("“…” ¶ “…,” he added.").
func (d *quoteDoc) carryOverSpeakers() {
	for i := range d.quotes {
		q := &d.quotes[i]
		if q.Speaker != nil || q.Type != QuoteDirect {
			continue
		}
		// A quote may end, or start, between paragraphs ("“\n“?"): its
		// paragraph is then the one before the gap.
		p, pEnd := d.paraUpTo(q.Start), d.paraUpTo(q.End-1)
		if p < 0 || pEnd < 0 {
			continue
		}
		wholeParagraph := q.Start-1 <= d.paras[p].Start && q.End+3 >= d.paras[pEnd].End
		j := i - 1
		for j >= 0 && d.quotes[j].Speaker == nil && d.quotes[j].Type != QuoteDirect {
			j-- // a question without its asker: "… when asked which candidate she backs."
		}
		if s, ok := d.personOpeningSentenceBefore(q.Start, p); ok && (j < 0 || d.quotes[j].End <= s.Start) {
			q.Speaker = s // "Rep. Robert Aderholt returned to the issue. “…”"
			continue
		}
		if j >= 0 {
			if prev := d.quotes[j]; prev.Speaker != nil && carriesTo(prev, p-d.paraUpTo(prev.End-1)) {
				if !addresses(q.Text, prev.Speaker.Text) {
					q.Speaker = d.copySpeaker(prev.Speaker)
				}
				continue
			}
		}
		if i+1 < len(d.quotes) {
			if next := d.quotes[i+1]; wholeParagraph && next.Speaker != nil && next.Type == QuoteDirect && d.paraUpTo(next.Start)-pEnd <= 1 &&
				!addresses(q.Text, next.Speaker.Text) {
				q.Speaker = d.copySpeaker(next.Speaker)
			}
		}
	}
}
