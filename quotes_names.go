package lede

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names and their resolution
//
// A full name is a run of two to four capitalized words ("Ken Hu",
// "Hillary Rodham Clinton", "John F. Kennedy"), with name particles ("de",
// "van", "bin") inside: the head of its capitalized run, after the titles
// and organizations before it ("Riverside County Sheriff's Deputy Ana
// Cruz"), and without the words that make it an organization ("White
// House", "Justice Department"). A single capitalized word is a name after
// a title ("Ms Gupta"). A speaker mention's name is its head: the last name
// in it before any preposition ("Bernie Sanders supporter Maya Chen", but
// not "an aide to Maya Chen"). Speakers given by surname ("Hu") are
// resolved to the nearest full name before them that ends with it;
// pronouns ("he", "she") to the nearest person in their own paragraph who
// agrees with them (see people), else the speaker of the quote before if
// they agree, else the nearest such person before.

// nameMention is a person's name in the text: a full name, or a single
// name after a title ("Ms Gupta", "Queen Rania").
type nameMention struct {
	Span
	name    string
	surname string
	sex     sex // what the title or the given name says
	// isPerson and isPlace are what the words around the name say: a
	// title or a known given name make it a person's, a place
	// preposition without them a place's ("from Des Moines").
	isPerson, isPlace bool
	titled            bool   // a title stands right before the name
	role              string // that title, or the role noun before the name, in lower case
}

// readPlace marks the name that starts at toks[i] a place's when a place
// preposition stands before it (see placePrepositions).
func (m *nameMention) readPlace(toks tokens, i int) {
	if i == 0 {
		return
	}
	strong, ok := placePrepositions[toks.lower(i-1)]
	if ok && (strong && !m.titled || !m.isPerson) {
		m.isPlace, m.isPerson = true, false
	}
}

// readDateline marks the name toks[i:j] a place's when it is a wire
// story's dateline: in capitals, opening its paragraph, before a comma, a
// parenthesis or a dash ("DES MOINES, Iowa —", "PARIS (Reuters) -").
func (m *nameMention) readDateline(toks tokens, i, j int) {
	if i != 0 || j >= toks.len() || !isDateline(toks.slice(i, j)) {
		return
	}
	switch toks.text(j) {
	case ",", "(", "-", "–", "—":
		m.isPlace, m.isPerson = true, false
	}
}

// findNames returns the names in toks, in order.
func findNames(toks tokens) []nameMention { return appendNames(nil, toks, false) }

// appendNames appends the names in toks to out, in order: the names of
// a whole text are gathered paragraph by paragraph into one slice.
// opensQuestionAt reports an auxiliary or modal verb at toks[i] that opens
// a question: first in its sentence, which ends in a question mark ("Will
// Trump win Ohio?", "Can Warren survive the debate?"). Such a word before
// a name is no part of it, though "Will" and "May" are given names too.
func opensQuestionAt(toks tokens, i int) bool {
	if !questionAuxiliaries.has(toks.lower(i)) || i > 0 && !strings.ContainsAny(toks.text(i-1), ".?!:") && !isMarkAt(toks, i-1) {
		return false
	}
	for k := i + 1; k < toks.len() && k-i <= maxQuestionWords; k++ {
		switch toks.text(k) {
		case "?":
			return true
		case ".", "!", ":", ";":
			return false
		}
		if isMarkAt(toks, k) {
			return false // a quoted question: "May Chen asked, “Why …?”"
		}
	}
	return false
}

// maxQuestionWords bounds the words opensQuestionAt reads to the question
// mark.
const maxQuestionWords = 40

// questionAuxiliaries open yes-no questions.
var questionAuxiliaries = newWordSet([]string{
	"will", "would", "can", "could", "shall", "should", "may", "might", "must",
	"do", "does", "did", "is", "are", "was", "were", "has", "have", "had",
})

func appendNames(out []nameMention, toks tokens, headline bool) []nameMention {
	for i := 0; i < toks.len(); {
		if i = nextCapitalized(toks, i); i == toks.len() {
			break
		}
		j := i
		for j < toks.len() && isNameToken(toks, j, i) {
			j++
		}
		if j == i {
			i++
			continue
		}
		if m, end, ok := nicknamedName(toks, i, j); ok {
			if i > 0 && isRoleNoun(toks.at(i-1)) {
				m.isPerson, m.role = true, toks.lower(i-1) // "lineman Jim "Hoss" Garner"
			}
			out = append(out, m)
			i = end
			continue
		}
		end := j
		for end-i > 2 && postNominals[strings.TrimSuffix(toks.text(end-1), ".")] {
			end-- // "Jane Moss MP", "Ama Boateng OBE"
		}
		from := i
		titleOf := end-i >= 3 && i >= 2 && (toks.lower(i-1) == "of" || toks.lower(i-1) == "for") && isTitleWord(toks.at(i-2))
		if titleOf {
			from = end - 2 // "Minister of Electricity Thandi Mokoena"
			for from > i+1 && isInitial(toks.text(from-1)) {
				from-- // "Superintendent of Police R. K. Sharma"
			}
			if from > i && isInitial(toks.text(from)) && isPlainNameWord(toks, from-1) && isGivenName(toks.text(from-1)) {
				from-- // "Secretary of State John F. Kerry", but not "Public Prosecutions A. P. Singh"
			}
		}
		question := from == i && opensQuestionAt(toks, i)
		if question {
			from = i + 1 // "Will Sanders come down …?": the auxiliary, not a given name
		}
		if headline {
			// Headline case capitalizes every word, so a run is a name
			// only from a known given name, and only it and the word
			// after: "Donna Brazile" of "Donna Brazile Leak", nothing of
			// "Gold Star Mom Corners Obama" or "Trump Supporter".
			k := from
			for k+1 < end && !isGivenName(toks.text(k)) {
				k++
			}
			if k+1 >= end {
				i = j
				continue
			}
			from, end = k, k+2
		}
		if m, ok := nameInRun(toks, from, end); ok && !isQuotedRun(toks, i, j) {
			if m.Start == toks.start(i) && i > 0 && isRoleNoun(toks.at(i-1)) && !(i > 1 && opensVerbPhrase(toks.at(i-2))) {
				// "his neighbour Nomvula Zulu", "barmaid Leanne Cobb"
				m.isPerson, m.role = true, toks.lower(i-1)
				if m.sex == sexUnknown {
					m.sex = titleSex(toks.lower(i - 1))
				}
			}
			if titleOf && from > i {
				m.role = strings.TrimSuffix(toks.lower(i-2), ".") // "Minister of Electricity"
			}
			if i > 1 && toks.text(i-1) == "," && (isTitleWord(toks.at(i-2)) || titleSex(toks.lower(i-2)) != sexUnknown) {
				// "The state governor, Mr Babatunde Ade,", "Her father,
				// Ramesh Yadav,"
				m.role, m.isPerson = strings.TrimSuffix(toks.lower(i-2), "."), true
				if m.sex == sexUnknown {
					m.sex = titleSex(toks.lower(i - 2))
				}
			}
			m.readPlace(toks, i)
			m.readDateline(toks, i, j)
			out = append(out, m)
		} else if m, ok := givenNameAfterRoleNoun(toks, i, j); ok {
			out = append(out, m)
		}
		i = j
	}
	return out
}

// postNominals are the letters written after a name for a seat, an honour
// or a degree, which are no part of it: the members' styles of the UK,
// Irish, Indian, Australian and Canadian parliaments and assemblies (MP,
// MSP, MLA, MLC, TD, MHA, MPP, MNA), King's and Queen's Counsel, the
// orders of the British Empire and the common doctoral degrees. A
// letter pair that is also a word or a state ("MS", "MD", "AM") is left
// out.
var postNominals = map[string]bool{
	"MP": true, "MSP": true, "MLA": true, "MLC": true, "TD": true, "MHA": true, "MPP": true,
	"MNA": true, "MEP": true, "QC": true, "KC": true, "SC": true, "OBE": true, "MBE": true,
	"CBE": true, "KBE": true, "DBE": true, "CH": true, "OM": true, "PhD": true, "DPhil": true,
	"FRS": true, "Esq": true,
}

// nicknamedName reads a name with a nickname in quotation marks between
// its given name and its surname: "Jim "Hoss" Garner", "Muhammad “The
// Greatest” Ali". The name is the given name and the surname ("Jim
// Garner") after any title, its span from there to the surname; end is
// the index after the surname.
func nicknamedName(toks tokens, i, j int) (m nameMention, end int, ok bool) {
	if j-i > maxSpeakerWords || j >= toks.len() || !isAnyMarkAt(toks, j) {
		return nameMention{}, 0, false
	}
	closing := j + 1
	for closing < toks.len() && closing-j <= maxNicknameWords && isNameToken(toks, closing, j+1) {
		closing++
	}
	if closing == j+1 || closing >= toks.len() || !isAnyMarkAt(toks, closing) {
		return nameMention{}, 0, false
	}
	end = closing + 1
	for end < toks.len() && end-closing <= 2 && isNameToken(toks, end, closing+1) {
		end++
	}
	if end == closing+1 {
		return nameMention{}, 0, false
	}
	if _, given := givenNameSex(stripPossessive(toks.text(j - 1))); !given {
		return nameMention{}, 0, false // a title, not a name: “Parasite” director Bong
	}
	parts := tokens{toks.src, append(append(make([]packedWord, 0, j-i+end-closing-1), toks.list[i:j]...), toks.list[closing+1:end]...)}
	m, ok = nameIn(parts, 0, parts.len())
	if !ok {
		return nameMention{}, 0, false
	}
	m.Span.End = toks.end(end - 1) // the nickname inside it
	return m, end, true
}

// maxNicknameWords is the most words a nickname in quotation marks has.
const maxNicknameWords = 3

// givenNameAfterRoleNoun reads a known given name alone after a role
// noun as a person's name: "his wife Helen", "her son Tom"; but not one
// in capitals, which after a lower-case noun is an acronym ("runs
// organisation TED", "the app ZOE", "the charity JACK").
func givenNameAfterRoleNoun(toks tokens, i, j int) (nameMention, bool) {
	if j-i != 1 || i == 0 || !isRoleNoun(toks.at(i-1)) || isUpperCased(stripPossessive(toks.text(i))) {
		return nameMention{}, false
	}
	given, ok := givenNameSex(stripPossessive(toks.text(i)))
	if !ok {
		return nameMention{}, false
	}
	name := stripPossessive(toks.text(i))
	m := nameMention{Span: Span{toks.start(i), toks.end(i)}, name: name, surname: name,
		sex: titleSex(toks.lower(i - 1)), isPerson: true, role: toks.lower(i - 1)}
	if m.sex == sexUnknown {
		m.sex = given
	}
	return m, true
}

// isRoleNoun reports a lower-case word before a name that reads as the
// person's role ("neighbour", "partner", "barmaid", "resident"), not as
// a verb ("met", "visited", "says"), a function word or a preposition.
func isRoleNoun(w word) bool {
	if w.punct() || w.isCapitalized() || len(w.lower()) < 3 {
		return false
	}
	l := w.lower()
	// The suffixes first: they turn away most words without a lookup.
	for _, suffix := range []string{"ed", "ing", "ly", "s"} {
		if strings.HasSuffix(l, suffix) && !strings.HasSuffix(l, "ss") {
			return false
		}
	}
	if _, ok := placePrepositions[l]; ok || notNameWords.has(l) || prepositions[l] || determiners[l] ||
		auxiliaries.has(l) || clauseBreaks.has(l) || objectPronouns.has(l) || irregularPasts.has(l) ||
		speechLemma[l] != "" || verbsBeforeNames.has(l) {
		return false
	}
	return true
}

// opensVerbPhrase reports a word after which the next word is a verb:
// "to close Birchwood Elementary", "will visit Port Adair".
func opensVerbPhrase(w word) bool {
	return w.lower() == "to" || auxiliaries.has(w.lower()) || personalPronouns.has(w.lower())
}

// verbsBeforeNames are common verbs in their base or past form that stand
// before a name as its object and end in no verb suffix: "met", "beat",
// "hit", "join", "meet", "visit", "thank".
var verbsBeforeNames = wordSetOf(map[string]bool{
	"met": true, "meet": true, "beat": true, "hit": true, "join": true, "visit": true,
	"thank": true, "ask": true, "tell": true, "let": true, "help": true, "see": true, "saw": true,
	"sent": true, "send": true, "put": true, "got": true, "get": true, "made": true, "make": true,
	"gave": true, "give": true, "took": true, "take": true, "left": true, "leave": true, "elect": true, "named": true, "chose": true, "choose": true,
})

// isQuotedRun reports a run of words between quotation marks: a nickname
// or a title ('Tina Two Jobs', “Big Bertha”), not a name.
func isQuotedRun(toks tokens, i, j int) bool {
	return i > 0 && j < toks.len() && isAnyMarkAt(toks, i-1) && isAnyMarkAt(toks, j)
}

// isAnyMarkAt reports a quotation mark at toks[k], single ones included.
func isAnyMarkAt(toks tokens, k int) bool {
	switch toks.text(k) {
	case "'", "‘", "’":
		return true
	}
	return isMarkAt(toks, k)
}

// nextCapitalized returns the index of the first capitalized word of
// toks from i on that is no punctuation, or toks.len(): where a run that
// isNameToken reads can start (a particle continues a name, never starts
// one). A loop over the packed words finds it without a call a word:
// most words start no name.
func nextCapitalized(toks tokens, i int) int {
	list := toks.list
	for i < len(list) && list[i].flags()&(punctWord|capitalizedWord) != capitalizedWord {
		i++
	}
	return i
}

// isNameToken reports whether toks[j] can continue a name that started at
// toks[start]: a capitalized word, or a particle inside the name.
func isNameToken(toks tokens, j, start int) bool {
	if toks.punct(j) {
		return false
	}
	if toks.isCapitalized(j) {
		return true
	}
	// "de Souza", "van der Merwe", "bin Salman"
	for k := j; k > start && k < toks.len() && nameParticles[toks.lower(k)]; k++ {
		if k+1 < toks.len() && toks.isCapitalized(k+1) {
			return true
		}
	}
	return false
}

// isOpeningAdverb reports a capitalized sentence adverb that opens a
// sentence without its comma ("Interestingly Blocher said", "Notably
// Ruiz", "Reportedly the mayor"): a word with a suffix of such adverbs
// (adverbSuffixes), and not a given name. Adverbs of degree ("Nearly
// eight in 10") and adjectives in -ly ("Likely nominee") have none.
func isOpeningAdverb(w word) bool {
	if !w.isCapitalized() {
		return false
	}
	l := w.lower()
	if !strings.HasSuffix(l, "ly") {
		return false // every suffix ends so
	}
	for _, suffix := range adverbSuffixes {
		if strings.HasSuffix(l, suffix) && len(l) > len(suffix)+2 {
			_, given := givenNameSex(w.text())
			return !given
		}
	}
	return false
}

// adverbSuffixes end the adverbs made from adjectives and participles
// that comment on a whole sentence: "additionally", "interestingly",
// "reportedly", "separately", "previously", "apparently", "importantly",
// "notably", "ultimately", "hopefully", "regardless".
var adverbSuffixes = []string{"ally", "ingly", "edly", "ately", "ously", "ively", "ently", "antly", "ably", "ibly", "fully", "lessly"}

// nameIn returns the person's name in the capitalized run toks[i:j], if
// it holds one. The name is the head of the run, its last words after any
// titles and organizations: "Riverside County Sheriff's Deputy Ana Cruz"
// gives "Ana Cruz" and "Springfield Fire Chief Dana Holt" "Dana Holt".
func nameIn(toks tokens, i, j int) (nameMention, bool) {
	title := -1 // the title right before the name
	for i < j && (isTitleWord(toks.at(i)) || notNameWords.has(toks.lower(i)) || isCapitalizedVerb(toks.at(i)) || i+1 < j && isOpeningAdverb(toks.at(i))) {
		title = -1
		if isTitleWord(toks.at(i)) {
			title = i
		}
		i++
	}
	for k := j - 2; k >= i; k-- {
		if isTitleWord(toks.at(k)) || orgWords.has(toks.lower(k)) || k > i && isPossessive(toks.text(k)) {
			t := -1
			if isTitleWord(toks.at(k)) {
				t = k
			}
			if m, ok := nameOf(toks, k+1, j, t); ok {
				return m, true
			}
			break
		}
	}
	// Possessives end a name: "Clinton's campaign".
	for k := i; k < j; k++ {
		if isPossessive(toks.text(k)) {
			j = k + 1
			break
		}
	}
	return nameOf(toks, i, j, title)
}

// nameInRun is nameIn for a capitalized run that appendNames reads,
// without reading a run of one word, which nameIn never takes for a
// name: a single name needs a title before it ("Ms Gupta"), and a title
// is capitalized, so it would be in the run. Most runs are one word (a
// sentence's first, a place), and nameIn asks of each many word lists.
func nameInRun(toks tokens, i, j int) (nameMention, bool) {
	if j-i < 2 {
		return nameMention{}, false
	}
	return nameIn(toks, i, j)
}

// givenNameAfterRole returns where a name starts at a known given name
// inside the run toks[i:j], after capitalized words that are no given
// names, or i. The name keeps two to four words.
func givenNameAfterRole(toks tokens, i, j int) int {
	if j-i < 3 {
		return i
	}
	if _, ok := givenNameSex(toks.text(i)); ok || isInitial(toks.text(i)) {
		return i
	}
	if isAgentNoun(toks.at(i)) && isPlainNameWord(toks, i+1) {
		return i + 1 // "Farmer Akosua Boateng", "Student Wanjiru Kamau", but not "Daughter Of Eric Garner"
	}
	for k := i + 1; k <= j-2; k++ {
		if isInitial(toks.text(k)) {
			return i // "K. Ravi Kumar"
		}
		if _, ok := givenNameSex(toks.text(k)); ok && j-k <= 4 && !placeStarters.has(toks.lower(k)) {
			return k
		}
	}
	return i
}

// isAgentNoun reports a capitalized noun for what a person does or is,
// made with an English agent suffix ("Farmer", "Shopkeeper", "Activist",
// "Historian", "Resident", "Assistant", "Councillor"), which opens a
// sentence before a name as its role. Given names that end so ("Tyler",
// "Hunter", "Trent") and the adjectives and adverbs of nonAgentWords are
// no roles.
func isAgentNoun(w word) bool {
	l := w.lower()
	if len(l) < 5 || !w.isCapitalized() || notNameWords.has(l) || orgWords.has(l) || nonAgentWords.has(l) {
		return false
	}
	for _, suffix := range []string{"er", "or", "ist", "ian", "ent", "ant"} {
		if strings.HasSuffix(l, suffix) {
			return !isGivenName(w.text())
		}
	}
	return false
}

// nonAgentWords end in an agent suffix but are adverbs, function words
// or adjectives of time, rank and degree: "Former", "Recent", "Other".
// A nationality before a name ("Nigerian Akosua Boateng") reads as a
// role like any other word of what a person is.
var nonAgentWords = wordSetOf(map[string]bool{
	"former": true, "latter": true, "other": true, "another": true, "further": true, "rather": true,
	"either": true, "neither": true, "whether": true, "together": true, "however": true, "never": true,
	"ever": true, "over": true, "under": true, "after": true, "later": true, "earlier": true,
	"sooner": true, "older": true, "younger": true, "elder": true, "senior": true, "junior": true,
	"major": true, "minor": true, "prior": true, "superior": true, "inferior": true, "interior": true,
	"exterior": true, "current": true, "recent": true, "different": true, "independent": true,
	"important": true, "significant": true, "prominent": true, "present": true, "absent": true,
	"silent": true, "urgent": true, "frequent": true, "apparent": true, "brilliant": true,
	"distant": true, "constant": true, "instant": true, "relevant": true, "vibrant": true,
	"giant": true, "elegant": true, "pleasant": true, "reluctant": true,
})

// nameOf returns toks[i:j] as a name, after the title at toks[title] (-1
// for none), if it reads as one: two to four words that make no
// organization or place, or a single word after a title ("Ms Gupta").
func nameOf(toks tokens, i, j, title int) (nameMention, bool) {
	if k := givenNameAfterRole(toks, i, j); k > i {
		// "Neighbor Marcus Hope", "Emergency Management Administrator
		// Joan Pryor": a role the title words do not list, before a
		// given name.
		i, title = k, k-1
	}
	n := j - i
	if n < 1 || n > 4 || n == 1 && (title < 0 || title != i-1 || isTitleWord(toks.at(i))) {
		return nameMention{}, false
	}
	given, isGiven := givenNameSex(stripPossessive(toks.text(i)))
	isGiven = isGiven && n > 1 && !placeStarters.has(toks.lower(i))
	for k := i; k < j; k++ {
		w := toks.lower(k)
		if notNameWords.has(w) || orgWords.has(w) && !(isGiven && surnameOrOrgWords.has(w)) {
			return nameMention{}, false
		}
	}
	m := nameMention{
		Span:     Span{toks.start(i), toks.end(j - 1)},
		name:     stripPossessive(joinTokens(toks.slice(i, j))),
		surname:  stripPossessive(toks.text(j - 1)),
		isPerson: title >= 0 || isGiven,
		titled:   title >= 0,
	}
	if countryNames[m.name] {
		m.isPerson, m.isPlace = false, true // "South Africa", "New Zealand"
	}
	if title >= 0 {
		m.sex = titleSex(toks.lower(title))
		m.role = strings.TrimSuffix(toks.lower(title), ".")
	}
	if m.sex == sexUnknown && isGiven {
		m.sex = given
	}
	return m, true
}

// isCapitalizedVerb reports a verb form that opens a heading or a table
// cell ("Walking Vincent", "Walks Jas"): a word in -ing or -s that no
// given name is.
func isCapitalizedVerb(w word) bool {
	if !strings.HasSuffix(w.lower(), "ing") && !(strings.HasSuffix(w.lower(), "s") && !strings.HasSuffix(w.lower(), "ss")) {
		return false
	}
	_, given := givenNameSex(w.text())
	return !given && !isPossessive(w.text()) && w.verbForm() || strings.HasSuffix(w.lower(), "ing") && !given
}

// isInitial reports an initial: "K.", "F".
func isInitial(s string) bool {
	s = strings.TrimSuffix(s, ".")
	return len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z'
}

// isTitleWord reports a title or rank written before names: "Sen.",
// "Deputy", "Queen".
func isTitleWord(w word) bool { return titleWords.has(strings.TrimSuffix(w.lower(), ".")) }

func joinTokens(toks tokens) string {
	switch toks.len() {
	case 0:
		return ""
	case 1:
		return toks.text(0)
	}
	if s, ok := toks.spacedText(); ok {
		return s // most names, as written: "Ana Ruiz"
	}
	n := toks.len() - 1
	for _, t := range toks.all() {
		n += len(t.text())
	}
	var b strings.Builder
	b.Grow(n)
	for i, t := range toks.all() {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text())
	}
	return b.String()
}

func isPossessive(s string) bool {
	return strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s")
}

func stripPossessive(s string) string {
	s = strings.TrimSuffix(s, "'s")
	return strings.TrimSuffix(s, "’s")
}

// titleWords are titles and ranks written before names.
var titleWords = shaped(wordSetOf(map[string]bool{
	"president": true, "vice": true, "senator": true, "sen": true, "rep": true,
	"representative": true, "gov": true, "governor": true, "mayor": true, "secretary": true,
	"minister": true, "prime": true, "chancellor": true, "judge": true, "justice": true,
	"gen": true, "general": true, "dr": true, "mr": true, "mrs": true, "ms": true, "miss": true,
	"prof": true, "professor": true, "chief": true, "director": true, "chairman": true,
	"chairwoman": true, "chair": true, "rev": true, "pope": true, "king": true, "queen": true,
	"prince": true, "princess": true, "sheriff": true, "officer": true, "detective": true,
	"sgt": true, "lt": true, "col": true, "capt": true, "adm": true, "attorney": true,
	"speaker": true, "leader": true, "commissioner": true, "ambassador": true, "former": true,
	"candidate": true, "nominee": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"coach": true, "manager": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"executive": true, "ceo": true, "founder": true, "analyst": true, "economist": true,
	"reporter": true, "host": true, "anchor": true, "congressman": true, "congresswoman": true,
	"councilman": true, "councilwoman": true, "councillor": true, "councilor": true,
	"assemblyman": true, "assemblywoman": true, "deputy": true, "assistant": true,
	"sergeant": true, "lieutenant": true, "captain": true, "colonel": true, "major": true,
	"admiral": true, "dean": true, "father": true, "sister": true, "brother": true, "rabbi": true,
	"imam": true, "bishop": true, "cardinal": true, "archbishop": true, "emir": true,
	"sheikh": true, "premier": true, "democrat": true, "republican": true,
	"senators": true, "governors": true, "presidents": true, "ministers": true, "mayors": true,
	"gop": true, "frontrunner": true, "presidential": true, "democratic": true,
	"state": true, "sens": true, "reps": true,
	// police, military and civic ranks and offices
	"commander": true, "constable": true, "inspector": true, "superintendent": true,
	"marshal": true, "trooper": true, "corporal": true, "private": true, "commodore": true,
	"brigadier": true, "warden": true, "treasurer": true, "comptroller": true, "auditor": true,
	"alderman": true, "magistrate": true, "coroner": true, "prosecutor": true,
	"solicitor": true, "counsel": true, "envoy": true, "consul": true, "regent": true,
	"mp": true, "mep": true, "mla": true, "mk": true, "sheikha": true, "pastor": true,
	"reverend": true, "deacon": true, "elder": true, "principal": true, "headteacher": true,
	"provost": true, "registrar": true, "clerk": true,
	// business and newsroom roles
	"cfo": true, "coo": true, "cto": true, "vp": true, "boss": true, "owner": true,
	"partner": true, "editor": true, "publisher": true, "correspondent": true,
	"columnist": true, "president-elect": true, "chief-executive": true,
	// forms of address and nobility
	"mister": true, "madam": true, "madame": true, "mme": true, "duke": true, "duchess": true,
	"earl": true, "baron": true, "baroness": true, "count": true, "countess": true,
	"emperor": true, "empress": true, "sultan": true, "tsar": true, "czar": true,
	"monsignor": true, "mother": true, "smt": true, "shri": true, "alhaji": true, "alhaja": true,
	"hajia": true, "mallam": true, "cllr": true, "cr": true, "hon": true,
	// traditional rulers' and religious titles: Akan, Ewe, Yoruba, Igbo and
	// Buganda rulers; Shia and South Asian clerics; South Asian princes;
	// Malaysian honours ("Nana Kwabena Ofori", "Oba Adeyemi", "Datuk Seri
	// Anwar"). "Obi" and "Tun", also surnames, are left out.
	"nana": true, "togbe": true, "oba": true, "ooni": true, "igwe": true, "kabaka": true,
	"ayatollah": true, "mullah": true, "maulana": true, "raja": true, "maharaja": true,
	"rani": true, "maharani": true, "nawab": true, "datuk": true, "tunku": true, "tengku": true,
}))

// notNameWords are capitalized words that are no part of a name: words
// that start sentences, days and months, party words.
var notNameWords = shaped(wordSetOf(map[string]bool{
	// the words of the two US parties that name their members: "a New
	// Hampshire Republican", "These Iowa Democratic officials"
	"democratic": true, "republican": true, "democrat": true,
	"the": true, "a": true, "an": true, "but": true, "and": true, "in": true, "on": true,
	"at": true, "for": true, "of": true, "to": true, "as": true, "if": true, "when": true,
	"while": true, "after": true, "before": true, "this": true, "that": true, "it": true,
	"he": true, "she": true, "they": true, "we": true, "i": true, "his": true, "her": true,
	"their": true, "our": true, "my": true, "your": true, "its": true, "there": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "mr.": true, "mrs.": true, "ms.": true,
	"dr.": true, "so": true, "yet": true, "still": true, "now": true, "then": true, "also": true,
	"according": true, "asked": true, "said": true, "says": true, "by": true, "with": true,
	"from": true, "what": true, "who": true, "how": true, "why": true, "where": true,
	// determiners, quantifiers and adverbs that open sentences and table
	// cells: "Any Fruit", "Once Python"
	"any": true, "every": true, "some": true, "each": true, "all": true, "both": true,
	"no": true, "many": true, "most": true, "few": true, "several": true, "other": true,
	"another": true, "such": true, "only": true, "just": true, "even": true, "here": true,
	"once": true, "since": true, "until": true, "unless": true, "although": true,
	"though": true, "because": true, "during": true, "about": true, "over": true,
	"under": true, "into": true, "onto": true, "upon": true, "via": true, "per": true,
	"these": true, "those": true,
	// adverbs that open sentences: "Later Oprah met …", "Meanwhile Tom …"
	"later": true, "earlier": true, "meanwhile": true, "instead": true, "however": true,
	"today": true, "yesterday": true, "tomorrow": true, "tonight": true, "afterwards": true,
	"recently": true, "finally": true, "again": true, "next": true, "first": true,
	"last": true, "soon": true, "previously": true, "currently": true, "separately": true,
}))

// orgWords make a capitalized run an organization or a place, not a
// person.
var orgWords = shaped(wordSetOf(map[string]bool{
	"house": true, "department": true, "ministry": true, "party": true, "committee": true,
	"council": true, "agency": true, "bank": true, "inc": true, "inc.": true, "corp": true,
	"corp.": true, "company": true, "university": true, "college": true, "times": true,
	"post": true, "news": true, "reuters": true, "police": true, "court": true, "congress": true,
	"senate": true, "office": true, "union": true, "association": true, "institute": true,
	"foundation": true, "group": true, "administration": true, "campaign": true,
	"service": true, "bureau": true, "commission": true, "fund": true, "organization": true,
	"network": true, "affairs": true, "center": true, "centre": true, "street": true, "journal": true,
	"county": true, "city": true, "states": true, "united": true, "america": true,
	"american": true, "americans": true, "republicans": true, "democrats": true,
	"school": true, "hospital": true, "church": true, "club": true, "airlines": true,
	"motors": true, "international": true, "national": true, "federal": true, "press": true,
	"tribune": true, "herald": true, "magazine": true, "television": true, "radio": true,
	"fox": true, "cnn": true, "nbc": true, "abc": true, "cbs": true, "msnbc": true,
	"twitter": true, "facebook": true, "google": true, "ltd": true, "llc": true, "plc": true,
	"sa": true, "ag": true, "gmbh": true, "co": true, "co.": true, "board": true,
	"authority": true, "force": true, "army": true, "navy": true, "guard": true,
	"coalition": true, "alliance": true, "front": true, "movement": true, "state": true,
	"island": true, "river": true, "valley": true, "north": true, "south": true, "east": true,
	"west": true, "new": true, "york": true, "washington": true, "day": true, "week": true,
	"act": true, "bill": true, "law": true, "amendment": true, "convention": true,
	// more heads of company and institution names, and street types
	"securities": true, "holdings": true, "partners": true, "capital": true, "ventures": true,
	"industries": true, "systems": true, "technologies": true, "labs": true, "energy": true,
	"insurance": true, "railways": true, "railway": true, "trains": true, "foods": true,
	"media": true, "studios": true, "records": true, "pictures": true, "forum": true,
	"trust": true, "society": true, "agency's": true, "ministry's": true, "electric": true,
	"utilities": true, "pharmaceuticals": true, "airways": true, "airport": true,
	"station": true, "stadium": true, "park": true, "square": true, "road": true, "avenue": true,
	"st": true, "ave": true, "rd": true, "blvd": true, "lane": true, "bridge": true, "hill": true,
	"province": true, "region": true, "district": true, "borough": true, "shire": true,
	"parliament": true, "assembly": true, "cabinet": true, "tribunal": true, "police's": true,
	"programme": true, "program": true, "project": true, "initiative": true, "scheme": true,
	// British spellings of the words above, and the heads that close
	// company names by trade ("Future Publishing", "Grace Consulting",
	// "Austin Logistics"), after which a given name at the front of the
	// run ("Future", "Grace", "Austin") names no one. Words that are
	// common surnames too (Steel, Oil) are left out.
	"organisation": true, "defence": true, "publishing": true, "publications": true,
	"entertainment": true, "brands": true, "solutions": true, "consulting": true,
	"consultants": true, "services": true, "products": true, "logistics": true,
	"pharma": true, "therapeutics": true, "biosciences": true, "semiconductors": true,
	"communications": true, "telecommunications": true, "telecom": true, "networks": true,
	"software": true, "investments": true, "financial": true, "resources": true,
	"chemicals": true, "properties": true, "realty": true, "hotels": true, "resorts": true,
	"restaurants": true, "stores": true, "retail": true, "apparel": true, "interactive": true,
	"analytics": true, "robotics": true, "aerospace": true, "automotive": true,
	"healthcare": true, "laboratories": true, "bancorp": true, "equity": true,
	"advisors": true, "advisers": true, "associates": true, "enterprises": true,
	"corporation": true, "incorporated": true, "limited": true, "federation": true,
	"confederation": true, "league": true, "caucus": true, "broadcasting": true,
	"gazette": true, "chronicle": true, "academy": true, "pac": true,
}))

// surnameOrOrgWords are organization and place words that are also
// surnames ("Kanye West", "Tom Fox", "Bill Moreno"): they make a name
// only after a known given name.
var surnameOrOrgWords = wordSetOf(map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "fox": true, "bill": true,
	"day": true, "law": true, "york": true, "washington": true, "park": true, "lane": true,
	"hill": true, "bridge": true,
	// a surname of the US Census Bureau's 2010 surname table ("Mark
	// Street"); "court", "post", "church" and "house" are surnames too
	// but name institutions far more often ("Roman Catholic Church",
	// "Missouri House"), even after a word that is a given name
	"street": true,
})

// placeStarters are words that start places, never people's names, even
// where they are given names too ("West Virginia", "Washington State").
var placeStarters = shaped(wordSetOf(map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "new": true,
	"washington": true, "york": true, "fort": true, "port": true, "mount": true,
	"lake": true, "upper": true, "lower": true, "greater": true,
}))

// resolveSpeakers fills each speaker's name, title and organization; see
// the comment at the top of this file for how names are resolved.
// asNamed returns s, or for a mention in capitals that is the surname
// or given name of a person named in full ("PENCE", a transcript's
// label) a copy of s that writes it as the name is written ("Pence").
// A word in capitals that names no one ("NASA") stays as it is.
func (d *quoteDoc) asNamed(s *Speaker) *Speaker {
	w := s.Text
	if utf8.RuneCountInString(w) < 2 || !isUpperCased(w) || strings.ContainsAny(w, " .") {
		return s
	}
	if !d.namedAsWritten(w) {
		return s
	}
	c := *s
	c.Text = titleCase(w)
	return &c
}

func (d *quoteDoc) resolveSpeakers() {
	d.learnAppositiveRoles()
	var last namedAt // the last speaker with a name
	for i := range d.quotes {
		s := d.quotes[i].Speaker
		if s == nil {
			continue
		}
		if s.Name == "" {
			s.Name = d.nameFor(d.asNamed(s), last, Span{d.quotes[i].Start, d.quotes[i].End})
		}
		if app := d.appositives[s]; s.Name == "" && app.End > app.Start {
			// "Its leader, Ana Ruiz, said": the name is the appositive,
			// the mention the role.
			if m, ok := d.headName(app.Start, app.End); ok {
				s.Name, s.Title = m.name, roleOf(s.Text)
			} else if given := bareGivenName(d.text[app.Start:app.End]); given != "" {
				s.Name, s.Title = given, roleOf(s.Text) // "his mother, Mary, 64, said"
			}
		}
		if s.Title == "" {
			s.Title = titleOf(s.Text, s.Name)
		}
		s.Org, s.Title = orgOf(s.Title)
		if s.Org == "" && s.Name == "" {
			s.Org, _ = orgOf(s.Text) // "a spokeswoman for Acme Corp."
		}
		if s.Org == "" && s.Name == "" {
			s.Org = organizationName(s.Text) // "Carmody Foods said"
		}
		if s.Org == "" && s.Name == "" {
			s.Org = d.orgNamedBefore(s.Text, s.Start) // "The alliance said": Tri-County Food Alliance
		}
		if s.Org == "" && s.Name == "" && s.Text == "which" {
			s.Org = d.relativeOrg(s.Start) // "Larchfield District Council, which said"
		}
		if s.Org == "" && s.Name == "" && (strings.EqualFold(s.Text, "it") || isDocumentMention(s.Text)) {
			// "The Swedish Prosecution Authority dropped the case. “…,” it
			// said." "Big Machine Label Group issued a statement. The
			// statement claimed …"
			s.Org = d.orgOpeningSentenceBefore(s.Start)
		}
		if s.Name != "" && s.Org == "" && d.isOrganizationName(s.Name) {
			s.Org, s.Name = s.Name, "" // "The White House said": a body, not a person
		}
		if s.Name != "" {
			d.people.learn(s)
			last = namedAt{s.Name, d.quotes[i].Start}
		}
	}
}

// namedAt is a person's name and the byte where the text names them: the
// last speaker with a name (at its quote's start), or a person with a
// role (at the speaker mention).
type namedAt struct {
	name string
	at   int
}

// maxPronounLookback bounds how many names before a pronoun are tried as
// the one it stands for: far more than any paragraph holds, and it keeps
// the cost of a pronoun constant.
const maxPronounLookback = 64

// nameFor resolves one speaker mention.
func (d *quoteDoc) nameFor(s *Speaker, last namedAt, quote Span) string {
	mention := d.mentionWords(s.Text)
	if r, ok := roleMentionOf(mention); ok {
		// "the minister", "the governor", "the Conservative MP": the
		// person last named with that title or role.
		if name := d.nameForRole(r, s.Start); name != "" {
			return name
		}
		if last := mention.at(mention.len() - 1); isTitleWord(last) {
			return "" // a title is no name of its own: "the Conservative MP"
		}
	}
	if m, ok := d.headName(s.Start, s.End); ok {
		return m.name
	}
	if mention.len() == 1 && (speakerPronouns.has(mention.lower(0)) || pronounSex(mention.lower(0)) != sexUnknown) {
		switch mention.lower(0) {
		case "who":
			// "Oliver, who hosts the show, said" and "Armin Laschet, the
			// leader of the opposition, who said": the name before, in
			// the same sentence.
			// Not "Trump mocked economists who said": a name that is
			// not right before "who" needs a comma before it.
			if k := d.nameIndexBefore(s.Start); k >= 0 {
				m := d.names[k]
				between := strings.TrimSpace(d.text[m.End:s.Start])
				if between == "" || between == "," || strings.HasSuffix(between, ",") && !strings.ContainsAny(between, ".;:!?\n") {
					return m.name
				}
			}
		case "he", "she", "his", "her": // "her firmest promise yet that …"
			return d.pronounName(s.Start, pronounSex(mention.lower(0)), last, quote)
		}
		return ""
	}

	// A surname or a given name, perhaps after a title: "Hu", "Mr. Hu",
	// "Sen. Warren", "Priya".
	w := mention.at(mention.len() - 1)
	if w.isCapitalized() && mention.len() <= 3 {
		want := sexUnknown
		if mention.len() > 1 {
			want = titleSex(mention.lower(mention.len() - 2))
		}
		if m, ok := d.people.fullName(d.names, stripPossessive(w.text()), s.Start, want); ok {
			return m.name
		}
		if mention.len() == 1 && !orgWords.has(w.lower()) && !notNameWords.has(w.lower()) && !isTitleWord(w) && !isCapitalizedVerb(w) &&
			!countryNames[stripPossessive(w.text())] && d.isProperName(w) {
			// "Penny said", "Gunther told them": the text gives no more.
			return stripPossessive(w.text())
		}
	}
	return ""
}

// roleMentionOf reads a mention that names a role: "the", perhaps
// modifiers, and the role noun, perhaps with "of" and what it is of ("the
// former secretary of state").
func roleMentionOf(mention tokens) (roleMention, bool) {
	n := mention.len()
	if n < 2 || n > 2+maxAppositiveRoleWords || mention.lower(0) != "the" {
		return roleMention{}, false
	}
	head := n - 1
	for k := 2; k < n; k++ {
		if mention.lower(k) == "of" {
			head = k - 1
			break
		}
	}
	var r roleMention
	for k := 1; k < n; k++ {
		w := strings.TrimSuffix(mention.lower(k), ".")
		switch {
		case mention.punct(k) && w != "-":
			return roleMention{}, false // "the mayor's aide"
		case k == head:
			r.head = w
		case w != "of" && !freeModifier(w):
			r.modifiers = append(r.modifiers, w)
		}
	}
	return r, r.head != ""
}

// nameForRole returns the person a role mention stands for: for a bare
// role ("the minister") the last holder of that title or role; with
// modifiers, the last person whose appositive holds them all ("the
// Conservative MP" is "Chris Grayling, the Conservative MP for Epsom,").
func (d *quoteDoc) nameForRole(r roleMention, at int) string {
	if len(r.modifiers) == 0 {
		return d.people.withRole(d.names, r.head, at)
	}
	best := d.people.withAppositive(r, at)
	titled := d.people.byRole[r.head]
	last := sort.Search(len(titled), func(k int) bool { return d.names[titled[k]].Start >= at }) - 1
	for k := last; k >= 0 && last-k < maxPronounLookback; k-- {
		if m := d.names[titled[k]]; fitsRole(d.roleWordsBefore(m.Start), r) {
			if m.Start > best.at {
				best = namedAt{m.name, m.Start} // "Former Bill Clinton pollster Douglas Schoen"
			}
			break
		}
	}
	return best.name
}

// roleWordsBefore returns the words before the name at byte i that may
// hold its role, wordsBefore(i, maxAppositiveRoleWords+1), read once a
// name: a text that names many holders of a title ("Sen. …") asks it of
// each for every role mention after them, up to maxPronounLookback
// times (on 4 MB of news, a twenty-fifth of Quotes' time).
func (d *quoteDoc) roleWordsBefore(i int) []string {
	if words, ok := d.roleWords[i]; ok {
		return words
	}
	if d.roleWords == nil {
		d.roleWords = map[int][]string{}
	}
	words := d.wordsBefore(i, maxAppositiveRoleWords+1)
	d.roleWords[i] = words
	return words
}

// wordsBefore returns up to n words before byte i in its sentence, in
// lower case (see lowerWords).
func (d *quoteDoc) wordsBefore(i, n int) []string {
	toks := d.tokens(max(d.sentenceAt(i).Start, i-160), i)
	from := toks.len()
	for from > 0 && toks.len()-from < n && !toks.punct(from-1) {
		from--
	}
	return lowerWords(toks, from, toks.len())
}

// isProperName reports a capitalized word that is a name, not a common
// noun that opens a sentence ("Critics said", "Management said"): a known
// given name, or a word the text capitalizes inside a sentence too.
func (d *quoteDoc) isProperName(w word) bool {
	if _, ok := givenNameSex(w.text()); ok {
		return true
	}
	return d.isCapitalizedInside(w)
}

// isCapitalizedInside reports a word the text capitalizes inside a
// sentence somewhere.
func (d *quoteDoc) isCapitalizedInside(w word) bool {
	if d.midCapitals == nil {
		d.midCapitals = map[string]bool{}
		for _, toks := range d.eachTokens(d.sents) {
			for k := 1; k < toks.len(); k++ {
				if toks.isCapitalized(k) && !toks.punct(k-1) {
					d.midCapitals[stripPossessive(toks.text(k))] = true
				}
			}
		}
	}
	return d.midCapitals[stripPossessive(w.text())]
}

// pronounName resolves "he" or "she" at byte i: the nearest person of the
// pronoun's sex named before it in its paragraph; else the nearest such
// person named since the last quote with a named speaker ("Achieng moved
// to the capital. ¶ “…,” she said."); else that speaker, if of that sex;
// else the nearest such person named before.
func (d *quoteDoc) pronounName(i int, want sex, last namedAt, quote Span) string {
	para := d.paraAt(i)
	var nearest nameMention
	var nearestInPara string // a name that no word makes a person's
	var aside string         // a person named only inside a quote or as an owner
	found := false
	for k, n := d.nameIndexBefore(i), 0; k >= 0 && n < maxPronounLookback; k, n = k-1, n+1 {
		m := d.names[k]
		if m.isPlace || !d.people.sexOf(m.name).agrees(want) || quote.Start <= m.Start && m.End <= quote.End {
			continue // not someone the quote itself names
		}
		if !strings.Contains(m.name, " ") && d.afterPlacePreposition(m) {
			continue // one word after "at", "from", "in": a place or a body ("an economist at Cornell")
		}
		if d.people.isPerson(m) && (d.insideQuote(m.Start) || d.isOwner(m)) {
			// "… said Hartley had …. He said": the one talked about
			// or owning ("during Hartley's trial") is seldom the one
			// a pronoun after it means.
			if aside == "" {
				aside = m.name
			}
			continue
		}
		inPara := d.paraAt(m.Start) == para
		if !d.people.isPerson(m) || d.namesAThing(m) {
			// "Dunmore Securities", "Capitol Hill": a person only if
			// no one else can be.
			if inPara && nearestInPara == "" {
				nearestInPara = m.name
			}
			continue
		}
		if inPara {
			if subject, ok := d.subjectBeforeObject(k, m, want); ok {
				return subject // "Judge Simon Cole handed Carter a fine. 'You are lucky,' he told him."
			}
			if d.speakerBeforeInSentence(last, m, want) {
				return last.name // "said Ann Sowers, who is also considering Bernie Sanders. She said …"
			}
			return m.name
		}
		nearest, found = m, true
		break
	}
	switch {
	case found && (last.name == "" || nearest.Start > last.at):
		return nearest.name
	case last.name != "" && last.at < i && d.people.sexOf(last.name).agrees(want):
		return last.name // a speaker named before the pronoun, not one inside what it said
	case found:
		return nearest.name
	case aside != "":
		return aside
	}
	return nearestInPara
}

// afterPlacePreposition reports a name right after a preposition that
// places or affiliates someone, "the" aside: "at Cornell", "from the
// Bronx", "of Ohio". Such a name is a place or a body, not a person a
// pronoun stands for.
func (d *quoteDoc) afterPlacePreposition(m nameMention) bool {
	k := d.firstWordFrom(m.Start) - 1
	if k >= 0 && d.toks.lower(k) == "the" {
		k--
	}
	return k >= 0 && (placePrepositions[d.toks.lower(k)] || affiliationPrepositions.has(d.toks.lower(k)))
}

// affiliationPrepositions put the name after them as someone's place or
// body, besides placePrepositions: "an economist at Cornell", "a nurse
// from Lagos", "the governor of Ohio".
var affiliationPrepositions = wordSetOf(map[string]bool{"at": true, "from": true, "of": true, "for": true})

// speakerBeforeInSentence reports a speaker last, of the pronoun's sex,
// named earlier in the sentence of the mention m: a name after a
// speaker in the same sentence is most often an object or in a relative
// clause ("“…,” said Ann Sowers, who is also considering Bernie
// Sanders"), and a pronoun after it means the speaker.
func (d *quoteDoc) speakerBeforeInSentence(last namedAt, m nameMention, want sex) bool {
	if last.name == "" || last.name == m.name || last.at >= m.Start || !d.people.sexOf(last.name).agrees(want) {
		return false
	}
	return d.sentenceAt(last.at) == d.sentenceAt(m.Start)
}

// subjectBeforeObject returns the name of the person who opens the
// sentence of the mention d.names[k] when that mention stands further on
// in it, as the object of the subject's verb ("Judge Simon Cole handed
// Carter a fine"): a pronoun after the sentence means its subject.
func (d *quoteDoc) subjectBeforeObject(k int, m nameMention, want sex) (string, bool) {
	sentence := d.sentenceAt(m.Start)
	if d.startsSentence(sentence, m) {
		return "", false
	}
	for j := k - 1; j >= 0 && d.names[j].Start >= sentence.Start; j-- {
		s := d.names[j]
		known := d.people.sexOf(s.name)
		if d.startsSentence(sentence, s) && d.people.isPerson(s) && !d.namesAThing(s) && !d.isOwner(s) && known != sexUnknown && known.agrees(want) &&
			!coordinated(d.tokens(s.End, m.Start)) {
			return s.name, true
		}
	}
	return "", false
}

// coordinated reports words between two mentions that join them as one
// subject: "Bongani Khumalo and his neighbour Nomvula Zulu have led …".
func coordinated(between tokens) bool {
	for _, w := range between.all() {
		if !w.punct() {
			return coordinators.has(w.lower())
		}
	}
	return true
}

// startsSentence reports a mention that opens its sentence, after no
// more than capitalized words (titles: "District Judge Simon Cole"), role
// nouns ("Maple Grove resident Linda Tran") and an article or possessive.
func (d *quoteDoc) startsSentence(sentence Span, m nameMention) bool {
	if m.Start < sentence.Start {
		return false
	}
	for _, w := range d.tokens(sentence.Start, m.Start).all() {
		if !w.isCapitalized() && !w.punct() && !articles.has(w.lower()) && !possessiveDeterminers.has(w.lower()) && !isRoleNoun(w) ||
			frontedSubordinators.has(w.lower()) || prepositions[w.lower()] {
			return false // not "When Ms. Friedan, during a debate, …"
		}
	}
	return true
}

// namesAThing reports a name used as the modifier of a common noun after
// an article: "the Golden Bear restaurant", "a Blue Heron diner", "the
// Okafor family". Without a title, it names a place or a group, which a
// pronoun does not mean.
func (d *quoteDoc) namesAThing(m nameMention) bool {
	if m.titled {
		return false
	}
	before := d.tokens(max(0, m.Start-4), m.Start)
	if before.len() == 0 || !articles.has(before.lower(before.len()-1)) {
		return false
	}
	after := d.tokens(m.End, min(len(d.text), m.End+maxNounBytes))
	if after.len() == 0 {
		return false
	}
	w := after.at(0)
	return !w.punct() && !w.isCapitalized() && !w.verbForm() && !looksFinite(w, true) && !isAuxiliary(w) && !isPossessive(w.text())
}

// maxNounBytes bounds the common noun read after a name.
const maxNounBytes = 24

// insideQuote reports whether byte i lies inside one of the quotes found,
// which are sorted by start.
func (d *quoteDoc) insideQuote(i int) bool {
	k := sort.Search(len(d.quotes), func(k int) bool { return d.quotes[k].Start > i }) - 1
	return k >= 0 && i < d.quotes[k].End
}

// isOwner reports a name mention in the possessive: "Hartley's trial".
func (d *quoteDoc) isOwner(m nameMention) bool {
	rest, name := d.text[m.End:], d.text[m.Start:m.End]
	if strings.HasSuffix(name, "s") && (strings.HasPrefix(rest, "' ") || strings.HasPrefix(rest, "’ ")) {
		return true // "Meadows' plans"
	}
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s")
}

// headName returns the name at the head of the mention at [start, end):
// the last name in it before any preposition, as "Bernie Sanders
// supporter Maya Chen" is Maya Chen and "an aide to Maya Chen" none.
func (d *quoteDoc) headName(start, end int) (nameMention, bool) {
	var head nameMention
	found := false
	from := start
	for k := sort.Search(len(d.names), func(k int) bool { return d.names[k].Start >= start }); k < len(d.names) && d.names[k].End <= end; k++ {
		m := d.names[k]
		if d.afterPreposition(from, m.Start) {
			return head, found
		}
		from = m.End
		// An owner is no head: "Mr. Vasa's rival".
		if !isPossessive(d.text[m.Start:m.End]) {
			head, found = m, true
		}
	}
	return head, found
}

// afterPreposition reports whether the name at byte at is the object of
// a preposition in the mention's words text[from:at]: right after it, or
// after its article and titles ("an aide to Maya Chen", "a spokeswoman
// for Governor Tom Lee"), but not a name after the preposition's own
// object ("Head of hardware Bill Stone") nor one inside a title
// ("Secretary of State Ana Ruiz").
func (d *quoteDoc) afterPreposition(from, at int) bool {
	toks := d.tokens(from, at)
	k := toks.len() - 1
	for k >= 0 && (isTitleWord(toks.at(k)) || toks.isCapitalized(k) || toks.lower(k) == "the" || toks.lower(k) == "a" || toks.lower(k) == "an") {
		k-- // and the words of a name the mention is the end of: "a spokesperson for Mercia Vale Fire and Rescue Service"
	}
	if k < 0 || !mentionPrepositions.has(toks.lower(k)) {
		return false
	}
	inTitle := k > 0 && toks.isCapitalized(k-1) && k+1 < toks.len() && toks.isCapitalized(k+1)
	return !inTitle
}

// mentionPrepositions start the part of a speaker mention that names
// someone else: "a spokeswoman for Senator Jane Doe", "an aide to Chen".
var mentionPrepositions = wordSetOf(map[string]bool{
	"of": true, "for": true, "at": true, "with": true, "to": true, "from": true, "in": true,
	"on": true, "by": true, "near": true, "under": true, "behind": true, "about": true,
	"against": true, "like": true, "representing": true,
})

// nameIndexBefore returns the index of the last name that starts before
// byte i, or -1.
func (d *quoteDoc) nameIndexBefore(i int) int {
	return sort.Search(len(d.names), func(k int) bool { return d.names[k].Start >= i }) - 1
}

// orgOf finds the organization in a speaker's title: a possessive before
// the role ("Huawei's rotating chairman" gives "Huawei" and "rotating
// chairman"), or capitalized words after "of", "at", "for" or "with" ("a
// doctor at St Mary's Hospital" gives "St Mary's Hospital"). It returns
// the title without a possessive organization.
func orgOf(title string) (org, rest string) {
	if !mayHaveCapitals(title) {
		return "", title // most titles: "", "a spokeswoman", "who"
	}
	toks := words(title)
	if toks.len() >= 2 && toks.isCapitalized(0) && !titleWords.has(strings.TrimSuffix(toks.lower(0), ".")) {
		for i, t := range toks.all() {
			if !t.isCapitalized() {
				break
			}
			if isPossessive(t.text()) {
				org = stripPossessive(title[toks.start(0):t.end()])
				if i+1 < toks.len() {
					rest = title[toks.start(i+1):]
				}
				return org, rest
			}
		}
	}
	if org, rest := orgBeforeRole(title, toks); org != "" {
		return org, rest
	}
	for i, t := range toks.all() {
		switch t.lower() {
		case "of", "for":
			if i > 0 && toks.isCapitalized(i-1) && orgWords.has(toks.lower(i-1)) {
				// inside a name: "from the Organization for Economic
				// Cooperation and Development", the whole name
				from := i - 1
				for from > 0 && toks.isCapitalized(from-1) && !articles.has(toks.lower(from-1)) {
					from--
				}
				if k := capitalizedRunEnd(toks, from); k > i+1 {
					return title[toks.start(from):toks.end(k-1)], title
				}
				continue
			}
		case "at", "with", "by":
		default:
			continue
		}
		j := i + 1
		if j < toks.len() && toks.lower(j) == "the" && j+1 < toks.len() && toks.isCapitalized(j+1) {
			j++
		}
		k := capitalizedRunEnd(toks, j)
		if k > j {
			end := toks.end(k - 1)
			if k < toks.len() && isPossessive(toks.text(k-1)) {
				// "for Clinton’s presidential campaign": the whole phrase
				for k < toks.len() && !toks.punct(k) {
					k++
				}
				end = toks.end(k - 1)
			}
			return title[toks.start(j):end], title
		}
	}
	return "", title
}

// capitalizedRunEnd returns where the capitalized words from toks[j] end,
// with the particles of names and the small words that join an
// organization's name between them: "Department of Health", "Port
// Authority of New York and New Jersey", "Committee on Foreign
// Relations".
func capitalizedRunEnd(toks tokens, j int) int {
	k := j
	for k < toks.len() {
		switch {
		case toks.isCapitalized(k):
			k++
		case k > j && nameParticles[toks.lower(k)] && k+1 < toks.len() && toks.isCapitalized(k+1):
			k++
		case k > j && orgConnectors.has(toks.lower(k)) && k+1 < toks.len() && toks.isCapitalized(k+1) && !isDateWordAt(toks, k+1):
			k++
		case k > j && orgConnectors.has(toks.lower(k)) && k+2 < toks.len() && toks.lower(k+1) == "the" && toks.isCapitalized(k+2):
			k += 2 // "Office of the Inspector General"
		default:
			return k
		}
	}
	return k
}

// roleModifiers stand before a role and the organization it names:
// "Former National Security Council official", "Top Republican Party
// officials".
var roleModifiers = wordSetOf(map[string]bool{
	"former": true, "top": true, "senior": true, "current": true, "retired": true, "ex": true,
	"these": true, "those": true, "other": true, "some": true, "many": true, "two": true, "three": true,
})

// speaksForOrg are the people and the documents that speak for the
// organization named before them: "a State Department spokesman", "a
// Washington Post analysis".
var speaksForOrg = wordSetOf(map[string]bool{
	"official": true, "officials": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "spokespeople": true, "spokesmen": true, "spokeswomen": true,
	"aide": true, "aides": true, "employee": true, "employees": true, "staffer": true,
	"staffers": true, "source": true, "sources": true, "representative": true,
	"representatives": true, "lawyer": true, "lawyers": true, "attorney": true, "attorneys": true,
	"analyst": true, "analysts": true, "economist": true, "economists": true, "researcher": true,
	"researchers": true, "scientist": true, "scientists": true, "executive": true, "executives": true,
	"poll": true, "survey": true, "analysis": true, "report": true, "study": true, "statement": true,
	"review": true, "audit": true, "investigation": true, "memo": true, "filing": true, "tally": true,
})

// isDateWordAt reports a weekday or a month at toks[k], which ends a name
// rather than going on with it: "reported by The New York Times on
// Tuesday".
func isDateWordAt(toks tokens, k int) bool {
	_, month := monthNames[toks.lower(k)]
	return month || isWeekday(toks.lower(k))
}

// orgConnectors join the words of an organization's name.
var orgConnectors = wordSetOf(map[string]bool{"of": true, "and": true, "&": true, "for": true, "on": true})

// orgBeforeRole reads an organization's name that stands before a role
// after a determiner: "A Bank of England official", "a White House
// aide", "a CBS poll". The role must be one that speaks for an
// organization (speaksForOrg) and the name must hold a word of
// organizations (orgWords), so "a Democratic senator" and "A New York
// man" have none.
func orgBeforeRole(title string, toks tokens) (org, rest string) {
	from := 0
	if toks.len() > 0 && (articles.has(toks.lower(0)) || roleModifiers.has(toks.lower(0))) {
		from = 1 // "A Bank of England official", "Former National Security Council official"; or none: "Department of Correction spokesman"
	}
	for from < toks.len() && isDateWordAt(toks, from) {
		from++ // "a September Washington Post-ABC News poll"
	}
	k := capitalizedRunEnd(toks, from)
	if k == from || k >= toks.len() || !speaksForOrg.has(toks.lower(k)) {
		return "", "" // "A New York man", "the New Jersey governor": a place's people
	}
	if k == from+1 && from == 0 && !isUpperCased(toks.text(0)) {
		return "", "" // one word first may be capitalized for that alone: "Party officials said", but "CNN producers"
	}
	for i := from; i < k; i++ {
		if orgWords.has(toks.lower(i)) {
			return title[toks.start(from):toks.end(k-1)], title[toks.start(k):]
		}
	}
	return "", ""
}

// orgNamedBefore returns the organization that a mention of its kind
// ("the alliance", "The council") stands for: the nearest name before
// byte at that holds that kind ("Tri-County Food Alliance", "Ministry of
// Health"), or any organization's name for a business (companyKinds),
// read back over at most maxOrgLookback words; "" when none.
func (d *quoteDoc) orgNamedBefore(mention string, at int) string {
	kind, ok := strings.CutPrefix(strings.ToLower(mention), "the ")
	generic := companyKinds.has(kind)
	if !ok || !orgWords.has(kind) && !generic {
		return ""
	}
	k := d.firstWordFrom(at) - 1
	for n := 0; k >= 0 && n < maxOrgLookback; k, n = k-1, n+1 {
		if t := d.toks.at(k); !t.isCapitalized() || t.lower() != kind && !(generic && companySuffixes.has(strings.TrimSuffix(t.lower(), "."))) {
			continue
		}
		j, e := k, k+1
		for j > 0 && k-j < maxSpeakerWords && d.toks.isCapitalized(j-1) {
			j--
		}
		for e+1 < d.toks.len() && e-k < maxSpeakerWords && (d.toks.lower(e) == "of" || d.toks.text(e) == "&") && d.toks.isCapitalized(e+1) {
			e += 2 // "Ministry of Health", "Bank of England"
		}
		if name := organizationName(d.text[d.toks.start(j):d.toks.end(e-1)]); name != "" {
			return name
		}
	}
	return ""
}

// isOrganizationName reports a name that organizationName reads as a
// body's ("White House", "Larchfield District Council") and that nothing
// in the text shows is a person's (a title, a gendered word, a known
// given name: "Emily Post").
func (d *quoteDoc) isOrganizationName(name string) bool {
	// The cheap questions first: most names are people's.
	if first, _, _ := strings.Cut(name, " "); isGivenName(first) || d.people.sexes[name] != sexUnknown || d.people.persons[name] {
		return false // "Emily Post", "Tom Fox"
	}
	if organizationName(name) != name {
		return false
	}
	for _, k := range d.people.bySurname[name[strings.LastIndexByte(name, ' ')+1:]] {
		if d.names[k].name == name && d.people.isPerson(d.names[k]) {
			return false // a title or a role shows a person: "Ms Dana Street"
		}
	}
	return true
}

// relativeOrg returns the organization that a speaker "which" at byte
// at stands for: the organization named right before its comma
// ("Larchfield District Council, which said"), or the one named earlier
// for the kind before it ("the union, which said": Unite the Union).
func (d *quoteDoc) relativeOrg(at int) string {
	before := strings.TrimRightFunc(d.text[:at], unicode.IsSpace)
	if !strings.HasSuffix(before, ",") {
		return ""
	}
	end := d.firstWordFrom(len(before)-1) - 1 // the last word before the comma
	k := end
	for k >= 0 && end-k < maxSpeakerWords && (d.toks.isCapitalized(k) || k < end && (d.toks.lower(k) == "of" || d.toks.text(k) == "&")) {
		k--
	}
	if k < end {
		if name := organizationName(d.text[d.toks.start(k+1):d.toks.end(end)]); !countryNames[name] {
			return name // not "China and the United States, which together vowed"
		}
		return ""
	}
	if end >= 1 && d.toks.lower(end-1) == "the" {
		return d.orgNamedBefore("the "+d.toks.lower(end), d.toks.start(end-1))
	}
	return ""
}

// companyKinds name a business whatever its name ends in: "the company"
// is Suryaveer Motors, "the firm" Carmody Foods.
var companyKinds = wordSetOf(map[string]bool{
	"company": true, "firm": true, "business": true, "group": true, "carmaker": true,
	"automaker": true, "retailer": true, "lender": true, "insurer": true, "airline": true,
	"chain": true, "manufacturer": true, "producer": true, "maker": true, "operator": true,
	"brokerage": true, "broker": true, "miner": true, "drugmaker": true,
	"chipmaker": true, "developer": true, "publisher": true, "broadcaster": true,
	"utility": true, "startup": true, "conglomerate": true, "supplier": true, "refiner": true,
	"carrier": true, "distributor": true, "exchange": true, "fund": true, "studio": true,
})

// companySuffixes end the names of businesses: "Walt Disney Co",
// "Suryaveer Motors", "New Media Investment Group".
var companySuffixes = wordSetOf(map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "llc": true, "plc": true, "ag": true,
	"gmbh": true, "sa": true, "nv": true, "company": true, "corporation": true, "limited": true,
	"group": true, "holdings": true, "motors": true, "foods": true, "industries": true,
	"airlines": true, "airways": true, "technologies": true, "pharmaceuticals": true,
	"enterprises": true, "brands": true, "stores": true, "mills": true, "steel": true,
	"securities": true, "capital": true, "partners": true, "financial": true,
	"investments": true, "energy": true, "resources": true, "systems": true, "labs": true,
})

// isDocumentMention reports a mention that is "the" and a document an
// organization issues, which speaks for its issuer: "The statement", "the
// filing", "the lawsuit".
func isDocumentMention(mention string) bool {
	kind, ok := strings.CutPrefix(strings.ToLower(mention), "the ")
	return ok && issuedDocuments.has(kind)
}

// issuedDocuments are the documents that organizations issue and news
// quotes as speaking for them.
var issuedDocuments = wordSetOf(map[string]bool{
	"statement": true, "report": true, "letter": true, "filing": true, "release": true,
	"memo": true, "complaint": true, "lawsuit": true, "suit": true, "ruling": true, "study": true,
	"survey": true, "notice": true, "email": true, "post": true, "tweet": true, "announcement": true,
	"indictment": true, "order": true, "decision": true, "judgment": true, "verdict": true,
})

// orgOpeningSentenceBefore returns the organization whose name opens
// the sentence of byte at, before it, or else the sentence before that:
// the subject a speaker "it" most often stands for ("The Swedish
// Prosecution Authority dropped the case on Tuesday. “…,” it said.").
// A sentence that opens with anything else gives "".
func (d *quoteDoc) orgOpeningSentenceBefore(at int) string {
	sent := d.sentenceAt(at)
	if sent.End <= sent.Start {
		return ""
	}
	if org := d.orgOpening(sent.Start, at); org != "" {
		return org
	}
	if sent.Start < 2 {
		return ""
	}
	prev := d.sentenceAt(sent.Start - 2)
	if prev.End <= prev.Start || prev.Start >= sent.Start || d.paraAt(prev.Start) != d.paraAt(sent.Start) && d.paraAt(prev.Start)+1 != d.paraAt(sent.Start) {
		return ""
	}
	return d.orgOpening(prev.Start, prev.End)
}

// orgOpening returns the organization whose name, "The" aside, opens the
// text from byte from to byte to, or "": none when the text opens with a
// quotation mark, whose words are someone else's.
func (d *quoteDoc) orgOpening(from, to int) string {
	toks := d.tokens(from, to)
	i := 0
	if toks.len() == 0 || toks.punct(0) {
		return "" // a sentence that opens with a quote opens with someone's words
	}
	if toks.lower(i) == "the" {
		i++
	}
	j := capitalizedRunEnd(toks, i)
	if j == i || j < toks.len() && isPossessive(toks.text(j-1)) {
		return ""
	}
	return organizationName(d.text[toks.start(i):toks.end(j-1)])
}

// maxOrgLookback bounds the words orgNamedBefore reads back: a few
// paragraphs, and a constant cost per speaker.
const maxOrgLookback = 600

// organizationName returns a mention that names an organization, without
// its article: capitalized words, one of them a word of organizations'
// names ("the National Bridge Safety Office", "Police Caledonia",
// "Carmody Foods"), else "".
func organizationName(mention string) string {
	if !mayHaveCapitals(mention) {
		return ""
	}
	toks := words(mention)
	if toks.len() > 0 && toks.lower(0) == "the" {
		toks = toks.from(1)
	}
	if toks.len() < 2 {
		return ""
	}
	org := false
	for k, t := range toks.all() {
		switch {
		case t.isCapitalized():
			org = org || orgWords.has(t.lower())
		case k > 0 && k < toks.len()-1 && (t.lower() == "of" || t.lower() == "for" || t.lower() == "and" || t.text() == "&"):
		default:
			return ""
		}
	}
	if !org {
		return ""
	}
	return mention[toks.start(0):toks.end(toks.len()-1)]
}

// bareGivenName returns an appositive that is one given name alone, its
// age aside ("Mary, 64"), as the table of given names knows it; "" for
// any other. After a role, such a name is the speaker's: "his mother,
// Mary, 64, said".
func bareGivenName(appositive string) string {
	w := strings.Trim(appositive, " ,0123456789")
	if w == "" || strings.ContainsAny(w, " .") || !isTitleCased(w) {
		return ""
	}
	if _, known := givenNameSex(w); !known {
		return ""
	}
	return w
}

// roleOf returns a mention without its determiner: "Its leader" gives
// "leader".
func roleOf(mention string) string {
	for _, det := range []string{"the ", "a ", "an ", "its ", "their ", "his ", "her "} {
		if len(mention) > len(det) && strings.EqualFold(mention[:len(det)], det) {
			return mention[len(det):]
		}
		if strings.EqualFold(mention, det[:len(det)-1]) {
			return "" // a determiner alone is no role: "The" of "The Blue Jays"
		}
	}
	return mention
}

// titleOf returns the words of a mention before the name in it, when they
// read as a role: "rotating chairman Ken Hu" gives "rotating chairman".
func titleOf(mention, name string) string {
	if name == "" {
		return ""
	}
	i := strings.Index(mention, name)
	if i <= 0 {
		return ""
	}
	title := strings.TrimSpace(mention[:i])
	return roleOf(strings.TrimSuffix(title, ","))
}

// readFunctionWordsAsNames makes the words of a sentence that are at once
// a month or a modal verb and part of a person's name here read as names:
// "Will" in "said Will Doyle", "April" in "April Ryan said", "May" in
// "Theresa May said" and "Yin Myint May, 60,". Such a word keeps its case
// as its lower case (see tokens.keepCase), so the lists of months and
// auxiliaries, which hold lower-case words, no longer take it for one.
// It runs after lowerHeadlineCase, which has lowered these words where a
// sentence capitalizes every word.
func readFunctionWordsAsNames(toks tokens) {
	for i := nextCapitalized(toks, 0); i < toks.len(); i = nextCapitalized(toks, i+1) {
		if nameLikeFunctionWords.has(toks.lower(i)) && isFunctionWordNamed(toks, i) {
			toks.keepCase(i)
		}
	}
}

// isFunctionWordNamed reports whether word i, a word of
// nameLikeFunctionWords, is a name here: a given name before a surname
// ("said Will Doyle,", "May Chen, a nurse"), or a surname after a given
// name or a title ("Theresa May said", "Prime Minister May said"). A
// month after a preposition or before a day stays a month: "In June Smith
// said", "Tuesday May 5", "Come May 3".
func isFunctionWordNamed(toks tokens, i int) bool {
	if !isTitleCased(toks.text(i)) {
		return false // "MAY", "WILL": a heading's capitals
	}
	if i+1 < toks.len() && isPlainNameWord(toks, i+1) && (i == 0 || opensNameAfter(toks, i-1)) {
		return !opensQuestionAt(toks, i) // but "Will Trump win Ohio?"
	}
	return i > 0 && (isPlainNameWord(toks, i-1) || isTitleWord(toks.at(i-1))) && (i+1 == toks.len() || closesNameBefore(toks, i+1))
}

// isPlainNameWord reports a capitalized word that can be part of a name:
// no title, organization, month or other capitalized function word.
func isPlainNameWord(toks tokens, i int) bool {
	w := toks.at(i)
	l := w.lower()
	return w.isCapitalized() && !w.punct() && isTitleCased(w.text()) && !notNameWords.has(l) && !orgWords.has(l) &&
		!isTitleWord(w) && !prepositions[l] && !nameLikeFunctionWords.has(l)
}

// opensNameAfter reports a word after which a name can start with a
// given name that is also a function word: a punctuation mark, a verb of
// speaking ("said Will Doyle"), a conjunction or a title ("Sen. Will
// Hurd"), but no preposition or other word that a month or a modal verb
// follows ("in early June Smith said", "it May").
func opensNameAfter(toks tokens, i int) bool {
	w := toks.at(i)
	return w.punct() || w.verbForm() || isTitleWord(w) || w.lower() == "and" || w.lower() == "or"
}

// closesNameBefore reports a word that can follow a surname that is also
// a function word: a punctuation mark other than a day's number, or a
// lower-case word ("Theresa May said", "Brian May, 76"), but not a number
// ("Tokyo May 5") or a capitalized word, which title case puts after a
// modal verb ("Hillary Will Win").
func closesNameBefore(toks tokens, i int) bool {
	w := toks.at(i)
	if w.punct() {
		return true
	}
	return !w.isCapitalized() && !startsWithDigit(w)
}

// isTitleCased reports a word that opens with an upper-case letter and
// holds lower-case ones: "Will", "McCain", "Émile", not "WILL" or "W".
func isTitleCased(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range s[n:] {
		if unicode.IsLower(c) {
			return true
		}
	}
	return false
}

// nameLikeFunctionWords are the English month names and modal verbs that
// are also given names or surnames: those that the given-name table (US
// Social Security counts, see givenNames) holds. Built from monthNames
// and finiteVerbs, it is April, August, June, May and Will. Days of the
// week that the table holds (Sunday, Tuesday, Wednesday) are left out: as
// names they are rare next to the days ("Ash Wednesday").
var nameLikeFunctionWords = shaped(functionWordsNamed())

func functionWordsNamed() *wordSet {
	named := map[string]bool{}
	add := func(w string) {
		if _, ok := givenNameSex(strings.ToUpper(w[:1]) + w[1:]); ok {
			named[w] = true
		}
	}
	for w, m := range monthNames {
		if w == strings.ToLower(m.String()) { // not the abbreviations: "Jun", "Aug"
			add(w)
		}
	}
	for w := range finiteVerbs.words {
		add(w)
	}
	return wordSetOf(named)
}
