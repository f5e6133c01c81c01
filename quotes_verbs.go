package lede

import "strings"

// speechVerbForms are the verbs that attribute words to a speaker, each
// in the forms news uses: base, third person, past, present participle.
// The verbs from "believe" on attribute thoughts, stances and findings,
// which reported speech counts too ("polls show that …"); most of them
// are weakSpeechVerbs.
var speechVerbForms = [][]string{
	{"say", "says", "said", "saying"},
	{"tell", "tells", "told", "telling"},
	{"add", "adds", "added", "adding"},
	{"write", "writes", "wrote", "writing"},
	{"ask", "asks", "asked", "asking"},
	{"note", "notes", "noted", "noting"},
	{"explain", "explains", "explained", "explaining"},
	{"argue", "argues", "argued", "arguing"},
	{"insist", "insists", "insisted", "insisting"},
	{"claim", "claims", "claimed", "claiming"},
	{"warn", "warns", "warned", "warning"},
	{"state", "states", "stated", "stating"},
	{"declare", "declares", "declared", "declaring"},
	{"announce", "announces", "announced", "announcing"},
	{"acknowledge", "acknowledges", "acknowledged", "acknowledging"},
	{"admit", "admits", "admitted", "admitting"},
	{"recall", "recalls", "recalled", "recalling"},
	{"reply", "replies", "replied", "replying"},
	{"respond", "responds", "responded", "responding"},
	{"tweet", "tweets", "tweeted", "tweeting"},
	{"post", "posts", "posted", "posting"},
	{"continue", "continues", "continued", "continuing"},
	{"suggest", "suggests", "suggested", "suggesting"},
	{"observe", "observes", "observed", "observing"},
	{"concede", "concedes", "conceded", "conceding"},
	{"emphasize", "emphasizes", "emphasized", "emphasizing"},
	{"emphasise", "emphasises", "emphasised", "emphasising"},
	{"stress", "stresses", "stressed", "stressing"},
	{"predict", "predicts", "predicted", "predicting"},
	{"urge", "urges", "urged", "urging"},
	{"counter", "counters", "countered", "countering"},
	{"complain", "complains", "complained", "complaining"},
	{"joke", "jokes", "joked", "joking"},
	{"caution", "cautions", "cautioned", "cautioning"},
	{"contend", "contends", "contended", "contending"},
	{"maintain", "maintains", "maintained", "maintaining"},
	{"promise", "promises", "promised", "promising"},
	{"vow", "vows", "vowed", "vowing"},
	{"agree", "agrees", "agreed", "agreeing"},
	{"report", "reports", "reported", "reporting"},
	{"confirm", "confirms", "confirmed", "confirming"},
	{"deny", "denies", "denied", "denying"},
	{"describe", "describes", "described", "describing"},
	{"remark", "remarks", "remarked", "remarking"},
	{"reveal", "reveals", "revealed", "revealing"},
	{"estimate", "estimates", "estimated", "estimating"},
	{"allege", "alleges", "alleged", "alleging"},
	{"assert", "asserts", "asserted", "asserting"},
	{"point out", "points out", "pointed out", "pointing out"},
	{"boast", "boasts", "boasted", "boasting"},
	{"charge", "charges", "charged", "charging"},
	{"shout", "shouts", "shouted", "shouting"},
	{"whisper", "whispers", "whispered", "whispering"},
	{"testify", "testifies", "testified", "testifying"},
	{"quip", "quips", "quipped", "quipping"},
	{"exclaim", "exclaims", "exclaimed", "exclaiming"},
	{"mention", "mentions", "mentioned", "mentioning"},
	{"chant", "chants", "chanted", "chanting"},
	{"call", "calls", "called", "calling"},
	{"yell", "yells", "yelled", "yelling"},
	{"scream", "screams", "screamed", "screaming"},
	{"cry", "cries", "cried", "crying"},
	{"proclaim", "proclaims", "proclaimed", "proclaiming"},
	{"interject", "interjects", "interjected", "interjecting"},
	{"retort", "retorts", "retorted", "retorting"},
	{"bark", "barks", "barked", "barking"},
	{"recite", "recites", "recited", "reciting"},
	{"scoff", "scoffs", "scoffed", "scoffing"},
	{"exhort", "exhorts", "exhorted", "exhorting"},
	{"blurt out", "blurts out", "blurted out", "blurting out"},
	{"reiterate", "reiterates", "reiterated", "reiterating"},
	{"confess", "confesses", "confessed", "confessing"},
	{"confide", "confides", "confided", "confiding"},
	{"disclose", "discloses", "disclosed", "disclosing"},
	{"recount", "recounts", "recounted", "recounting"},
	{"elaborate", "elaborates", "elaborated", "elaborating"},
	{"opine", "opines", "opined", "opining"},
	{"surmise", "surmises", "surmised", "surmising"},
	{"lament", "laments", "lamented", "lamenting"},
	{"bemoan", "bemoans", "bemoaned", "bemoaning"},
	{"grumble", "grumbles", "grumbled", "grumbling"},
	{"mutter", "mutters", "muttered", "muttering"},
	{"concur", "concurs", "concurred", "concurring"},
	{"comment", "comments", "commented", "commenting"},
	{"believe", "believes", "believed", "believing"},
	{"think", "thinks", "thought", "thinking"},
	{"hope", "hopes", "hoped", "hoping"},
	{"fear", "fears", "feared", "fearing"},
	{"worry", "worries", "worried", "worrying"},
	{"expect", "expects", "expected", "expecting"},
	{"show", "shows", "showed", "showing"},
	{"support", "supports", "supported", "supporting"},
	{"endorse", "endorses", "endorsed", "endorsing"},
	{"criticize", "criticizes", "criticized", "criticizing"},
	{"criticise", "criticises", "criticised", "criticising"},
	{"accuse", "accuses", "accused", "accusing"},
	{"defend", "defends", "defended", "defending"},
	{"propose", "proposes", "proposed", "proposing"},
	{"reject", "rejects", "rejected", "rejecting"},
	{"oppose", "opposes", "opposed", "opposing"},
	{"praise", "praises", "praised", "praising"},
	{"blast", "blasts", "blasted", "blasting"},
	{"cite", "cites", "cited", "citing"},
	{"question", "questions", "questioned", "questioning"},
	{"pledge", "pledges", "pledged", "pledging"},
	{"want", "wants", "wanted", "wanting"},
	{"demand", "demands", "demanded", "demanding"},
	{"find", "finds", "found", "finding"},
	{"indicate", "indicates", "indicated", "indicating"},
	{"wonder", "wonders", "wondered", "wondering"},
	{"remember", "remembers", "remembered", "remembering"},
	{"remind", "reminds", "reminded", "reminding"},
	{"assure", "assures", "assured", "assuring"},
	{"reassure", "reassures", "reassured", "reassuring"},
	{"inform", "informs", "informed", "informing"},
	{"notify", "notifies", "notified", "notifying"},
	{"hint", "hints", "hinted", "hinting"},
	{"doubt", "doubts", "doubted", "doubting"},
	{"envision", "envisions", "envisioned", "envisioning"},
	{"marvel", "marvels", "marveled", "marveling"},
	{"muse", "muses", "mused", "musing"},
	{"plead", "pleads", "pleaded", "pleading"},
	{"suspect", "suspects", "suspected", "suspecting"},
	{"realize", "realizes", "realized", "realizing"},
}

// listenerVerbs take the listener as their object before the content:
// "told reporters (that) …", "asked the court to …", "warned voters
// that …", "urged Congress to …".
var listenerVerbs = wordSetOf(map[string]bool{
	"tell": true, "ask": true, "warn": true, "urge": true, "promise": true, "caution": true,
	"remind": true, "assure": true, "reassure": true, "inform": true, "notify": true,
})

// weakSpeechVerbs attribute only in reported speech with "that" or a
// clause after them ("polls show that …", "he thinks the plan …"); next
// to a direct quote they say nothing about who spoke it.
var weakSpeechVerbs = wordSetOf(map[string]bool{
	"believe": true, "think": true, "hope": true, "fear": true, "worry": true, "expect": true,
	"show": true, "find": true, "indicate": true, "estimate": true,
	"post": true, "report": true, "describe": true, "charge": true, "mention": true,
	"call": true, "support": true, "endorse": true, "criticize": true, "criticise": true,
	"accuse": true, "defend": true, "propose": true, "reject": true, "oppose": true,
	"praise": true, "blast": true, "cite": true, "question": true, "pledge": true, "want": true,
	"demand": true, "wonder": true, "remember": true, "hint": true, "doubt": true, "envision": true,
	"suspect": true, "realize": true,
})

// speechLemma maps each form in speechVerbForms to its base form.
var speechLemma = buildSpeechLemmas()

func buildSpeechLemmas() map[string]string {
	m := make(map[string]string, 4*(len(speechVerbForms)+len(objectVerbForms)))
	for _, forms := range append(speechVerbForms[:len(speechVerbForms):len(speechVerbForms)], objectVerbForms...) {
		for _, f := range forms {
			m[f] = forms[0]
		}
	}
	return m
}

// speechStarts holds the words that a speech verb form starts with, so
// that the tokenizer marks them once (word.verbForm) and speechVerbAt,
// which looks at every word of every sentence, skips the rest at once.
var speechStarts = buildSpeechStarts()

func buildSpeechStarts() *wordSet {
	var firsts []string
	for form := range speechLemma {
		first, _, _ := strings.Cut(form, " ")
		firsts = append(firsts, first)
	}
	return newWordSet(firsts)
}

// wordSet is a set of lower-case words that turns most other words away
// without hashing them in full. A word that starts and ends with a letter
// from a to z and is shorter than 32 bytes (one with a signature) is
// hashed by its length and four of its bytes; a filter of a bit or more
// per word of the set, one cache line for most sets, turns most others
// away, and slots in open addressing find the rest with a compare or
// two. A set whose words all have a signature turns away the
// punctuation, numbers and abbreviations ("Sen.") that the readers ask
// it about too. (A bitmap of lengths by first and last letter took 2.7
// KB a set, and its loads missed the cache; with the map's hash and
// group probe behind it, has took a tenth of Quotes.)
type wordSet struct {
	filter []uint64 // bit signatureHash(w) of the words with a signature
	slots  []string // the words with a signature, from slot signatureHash(w)
	odd    bool     // a word of the set has no signature: "u.s.", "9/11"
	words  map[string]bool
}

// wordSetOf makes the word list m, whose words all map to true, a wordSet.
func wordSetOf(m map[string]bool) *wordSet {
	s := &wordSet{words: m}
	s.index()
	return s
}

func newWordSet(words []string) *wordSet {
	s := &wordSet{words: make(map[string]bool, len(words))}
	for _, w := range words {
		s.words[w] = true
	}
	s.index()
	return s
}

// index fills the filter, with eight bits a word (512 at least), and the
// slots, twice as many as the words, so that a probe meets an empty slot
// soon.
func (s *wordSet) index() {
	bits, slots := 512, 8
	for bits < 8*len(s.words) {
		bits *= 2
	}
	for slots < 2*len(s.words) {
		slots *= 2
	}
	s.filter, s.slots = make([]uint64, bits/64), make([]string, slots)
	for w, in := range s.words {
		if !in {
			continue
		}
		if !hasSignature(w) {
			s.odd = true
			continue
		}
		h := signatureHash(w)
		s.filter[h>>40&uint64(len(s.filter)-1)] |= 1 << (h >> 58)
		i := int(h>>20) & (slots - 1)
		for s.slots[i] != "" {
			i = (i + 1) & (slots - 1)
		}
		s.slots[i] = w
	}
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool {
	if !hasSignature(w) {
		return s.odd && s.words[w]
	}
	h := signatureHash(w)
	if s.filter[h>>40&uint64(len(s.filter)-1)]&(1<<(h>>58)) == 0 {
		return false
	}
	mask := len(s.slots) - 1
	for i := int(h>>20) & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case w:
			return true
		case "":
			return false
		}
	}
}

// hasSignature reports whether w starts and ends with a letter from a to
// z and is shorter than 32 bytes.
func hasSignature(w string) bool {
	n := len(w)
	return n > 0 && n < 32 && w[0]-'a' < 26 && w[n-1]-'a' < 26
}

// signatureHash hashes w, a word with a signature, by its length and its
// first, second, middle and last bytes, in a multiplication whose top
// bits mix them all: the filter and the slots read those.
func signatureHash(w string) uint64 {
	n := len(w)
	h := uint64(w[0]) | uint64(w[n-1])<<8 | uint64(w[n>>1])<<16 | uint64(w[min(1, n-1)])<<24 | uint64(n)<<32
	return h * 0x9e3779b97f4a7c15
}

// objectOnly holds the verbs of objectVerbForms, which attribute by their
// object alone; not those that speechVerbForms lists too, whose clause is
// theirs as well ("disclosed its losses" and "disclosed that …",
// "reiterated his support" and "reiterated that …").
var objectOnly = buildObjectOnly()

func buildObjectOnly() map[string]bool {
	speech := make(map[string]bool, len(speechVerbForms))
	for _, forms := range speechVerbForms {
		speech[forms[0]] = true
	}
	m := make(map[string]bool, len(objectVerbForms))
	for _, forms := range objectVerbForms {
		if !speech[forms[0]] {
			m[forms[0]] = true
		}
	}
	return m
}

// isWeakVerb reports a verb that attributes only reported speech, never a
// direct quote next to it (see weakSpeechVerbs).
func isWeakVerb(lemma string) bool { return weakSpeechVerbs.has(lemma) || objectOnly[lemma] }

// speechVerbAt reports whether a speech verb starts at word w of words,
// and returns its base form and the number of words it takes ("pointed
// out" takes two).
func speechVerbAt(words tokens, w int) (string, int, bool) {
	if !words.verbForm(w) {
		return "", 0, false
	}
	if words.isCapitalized(w) && !isHeadlineVerb(words, w) && !openingParticiple(words, w) || w > 0 && (determiners[words.lower(w-1)] || isNounPossessive(words.lower(w-1))) {
		return "", 0, false // a name or a noun: "The Islamic State", "the call", "CNN's show"
	}
	if modifiedNoun(words, w) || afterSingularName(words, w) {
		return "", 0, false // "more black Democratic state lawmakers", "New York state now has"
	}
	if w > 0 && words.lower(w-1) == "please" {
		return "", 0, false // an instruction: "Please note that …"
	}
	if namingParticiple(words, w) {
		return "", 0, false // "joined a charity called Hope for Homes"
	}
	if w+1 < words.len() && words.lower(w+1) == "up" {
		return "", 0, false // "show up", "call up", "add up"
	}
	if subjectNounAt(words, w) {
		return "", 0, false // the subject of the verb after it: "video calls tend to", "caution is advised"
	}
	if w+1 < words.len() && words.lower(w+1) == "out" {
		if lemma, ok := speechLemma[words.lower(w)+" out"]; ok {
			return lemma, 2, true
		}
	}
	lemma, ok := speechLemma[words.lower(w)]
	if !ok || strings.Contains(lemma, " ") {
		return "", 0, false
	}
	if nounLikeForms.has(words.lower(w)) && (!nounLikeVerbAt(words, w) || objectCues[lemma] == nil && modifiesNextWord(words, w+1)) {
		return "", 0, false // "state parties", "his sexist remarks", "beat back", "Illinois state Rep. Ammons"
	}
	if attributiveAt(words, w) || w > 0 && attributiveAt(words, w-1) {
		return "", 0, false // "faced repeated calls", "earns added pathos", "joined growing calls for"
	}
	if isParticiple(words.lower(w)) && (modifiesInNounPhrase(words, w) || w > 0 && degreeAdverbs.has(words.lower(w-1))) {
		return "", 0, false // "a creative writing professor", "the reporting team", "most telling", "a very demanding job"
	}
	if lemma == "think" && w+1 < words.len() && (words.lower(w+1) == "tank" || words.lower(w+1) == "tanks") {
		return "", 0, false // a noun: "the center-left think tank Third Way"
	}
	if lemma == "add" && (addsToSomething(words, w+1) || addsSomethingTo(words, w+1)) {
		return "", 0, false // "will add to costs", "added to the pressure", "adds them to the list"
	}
	if w+1 < words.len() && (words.lower(w+1) == "above" || words.lower(w+1) == "below") &&
		!(w+2 < words.len() && words.lower(w+2) == "all") {
		return "", 0, false // the text's own cross-reference: "the dimensions stated above", "as noted below"
	}
	return lemma, 1, true
}

// attributiveAt reports a form in -ed or -ing at words[i] that modifies
// the noun after it, as the object of the verb before it: "faced
// repeated calls", "earns added pathos", "joined growing calls". Two
// verbs do not follow each other without an auxiliary, and a participle
// verb is followed by its clause or object ("Those involved added that
// …"), not by a bare noun.
func attributiveAt(words tokens, i int) bool {
	if i < 1 || i+1 >= words.len() {
		return false
	}
	l := words.lower(i)
	if !strings.HasSuffix(l, "ed") && !isParticiple(l) || words.isCapitalized(i) {
		return false // most words, by their ending alone
	}
	prev, next := words.at(i-1), words.at(i+1)
	if !isVerbLike(prev) || isAuxiliary(prev) || passiveAuxiliaries.has(prev.lower()) || aspectForms.has(prev.lower()) || isPerceptionForm(prev.lower()) {
		return false // "asked not to be identified said …"
	}
	n := next.lower()
	return !next.punct() && !next.isCapitalized() && !functionWords[n] && !determiners[n] && !prepositions[n] &&
		n != "that" && !objectPronouns.has(n) && !isVerbLike(next)
}

// passiveAuxiliaries make the participle after them a passive verb.
var passiveAuxiliaries = newWordSet([]string{"be", "been", "being", "get", "gets", "got", "gotten", "become", "became"})

// degreeAdverbs grade an adjective: a form in -ing after one is an
// adjective ("most telling", "a very demanding job", "the more
// threatening tone"), not a verb. Adverbs that also modify verbs are
// left out: "he was really saying that", "leaders are increasingly
// admitting that", "so", "too", "also", "particularly", "deeply".
var degreeAdverbs = newWordSet([]string{
	"most", "more", "less", "least", "very", "quite", "extremely", "somewhat", "fairly",
})

// modifiesInNounPhrase reports a form in -ing inside a noun phrase, after
// its determiner (and perhaps an adjective) and before its noun, where it
// names a kind of the noun: "a creative writing professor", "the
// reporting team". A verb in -ing follows no determiner.
func modifiesInNounPhrase(words tokens, w int) bool {
	if w < 1 || w+1 >= words.len() {
		return false
	}
	d := w - 1
	if !determiners[words.lower(d)] && d > 0 && determiners[words.lower(d-1)] && !words.punct(d) && !words.isCapitalized(d) && hasAdjectiveSuffix(words.lower(d)) {
		d-- // an adjective between: "a creative writing professor", but not "a name suggesting"
	}
	next := words.at(w + 1)
	return determiners[words.lower(d)] && !next.punct() && !next.isCapitalized() && !functionWords[next.lower()] &&
		!determiners[next.lower()] && !prepositions[next.lower()] && next.lower() != "that" && !objectPronouns.has(next.lower())
}

// hasAdjectiveSuffix reports a word made an adjective by its English
// suffix: "creative", "national", "public", "famous", "careful".
func hasAdjectiveSuffix(lower string) bool {
	return endsInSuffix(lower, "ive", "al", "ic", "ous", "ful", "less", "able", "ible", "ary")
}

// endsInSuffix reports whether lower ends in one of suffixes after a stem
// of three letters or more ("careful", not "ful").
func endsInSuffix(lower string, suffixes ...string) bool {
	for _, suffix := range suffixes {
		if strings.HasSuffix(lower, suffix) && len(lower) > len(suffix)+2 {
			return true
		}
	}
	return false
}

// addsToSomething reports "to" and a thing after a form of "add", which
// then means to increase it: "will add to costs", "added to the
// pressure on the board". News tells whom something was added for with
// other words ("added in a statement", "told reporters"), but "to that"
// and "to this" still introduce words: "He added to that: …".
func addsToSomething(words tokens, k int) bool {
	if k+1 >= words.len() || words.lower(k) != "to" {
		return false
	}
	next := words.lower(k + 1)
	return next != "that" && next != "this" && !objectPronouns.has(next) && !words.punct(k+1)
}

// addsSomethingTo reports a short object and "to" after a form of
// "add", which then means to put it with something: "adds them to the
// blocklist", "added 2,000 jobs to its payroll", "will add a fee to
// every ticket". Words said are a clause ("added that the move to …").
func addsSomethingTo(words tokens, k int) bool {
	if k >= words.len() {
		return false
	}
	first := words.lower(k)
	if first == "that" || first == "this" || !objectPronouns.has(first) && !articles.has(first) && !possessiveDeterminers.has(first) && !startsWithDigit(words.at(k)) {
		return false
	}
	for j := k + 1; j < words.len() && j-k <= 5; j++ {
		if words.punct(j) && !startsWithDigit(words.at(j)) || words.lower(j) == "that" {
			return false
		}
		if words.lower(j) == "to" {
			return true
		}
	}
	return false
}

// modifiesNextWord reports the word at words[k] after a form that may be
// a noun: a title or a lower-case word that opens no clause
// makes a form that reports no bare object (see objectCues) a noun that
// modifies what follows ("Illinois state Rep.
// Carol Ammons", "GOP-dominated state legislative chambers", "the
// Georgia state line"); "that", a colon, a quotation mark, a pronoun, an
// article, a preposition or a name after it leave it a verb ("Officials
// state that …", "the Saudis state in a paper").
func modifiesNextWord(words tokens, k int) bool {
	if k >= words.len() {
		return false
	}
	next := words.at(k)
	if isTitleWord(next) {
		return true
	}
	l := next.lower()
	if next.punct() || next.isCapitalized() || startsWithDigit(next) {
		return false
	}
	return !(l == "that" || personalPronouns.has(l) || determiners[l] || possessiveDeterminers.has(l) || questionWords.has(l) ||
		speakerPronouns.has(l) || l == "how" || l == "it" || prepositions[l]) // "the Saudis state in the paper"
}

// openingParticiple reports a participle that opens its sentence, whose
// subject comes after the comma: "Saying the plan was reckless, Lee …".
// One followed by a preposition sets the scene and says nothing of its
// own: "Responding to questions, the campaign said …".
func openingParticiple(words tokens, w int) bool {
	if w != 0 || words.len() < 2 || !isParticiple(words.lower(0)) {
		return false
	}
	next := words.at(1)
	return !next.isCapitalized() && !next.punct() && !prepositions[next.lower()] && next.lower() != "to"
}

// subjectNounAt reports a form of a speech noun (speechNouns, or its
// plural) right before a finite verb, which it is the subject of: "video
// calls tend to", "special reports is the one", "caution is also
// advised". After a relative word the form is a verb with a gap ("which
// the paper reports is false"), and "says" is never a noun.
func subjectNounAt(words tokens, w int) bool {
	if pluralNounBeforeVerb(words, w) {
		return true
	}
	if w+1 >= words.len() || !verbsAfterSubjects.has(words.lower(w+1)) {
		return false
	}
	lower := words.lower(w)
	if !speechNouns.has(lower) && !(strings.HasSuffix(lower, "s") && speechNouns.has(strings.TrimSuffix(lower, "s"))) {
		return false
	}
	if w > 1 && (words.isCapitalized(w-1) || speakerPronouns.has(words.lower(w-1))) {
		return false // a subject before it, a gap after: "a tactic Democrats hope will …", "what it hopes will …"
	}
	for k := w - 1; k >= 0 && w-k <= maxSpeakerWords; k-- {
		if isRelativeWord(words.lower(k)) || words.lower(k) == "what" || words.punct(k) {
			return words.punct(k)
		}
	}
	return true
}

// pluralNounBeforeVerb reports the plural of a speech noun right before
// a verb in the past, which is the noun's verb: "Initial estimates put",
// "Early reports said", "Official statements claimed". A
// verb in -s is never followed by a past form at once; after a pronoun or
// a relative word the form is a verb all the same ("she reports
// received", "which the paper reports named").
func pluralNounBeforeVerb(words tokens, w int) bool {
	lower := words.lower(w)
	if w+1 >= words.len() || !strings.HasSuffix(lower, "s") || !speechNouns.has(strings.TrimSuffix(lower, "s")) {
		return false
	}
	next := words.at(w + 1)
	if next.punct() || next.isCapitalized() || !isPastTense(next.lower()) && !irregularSpeechPasts.has(next.lower()) && !irregularPasts.has(next.lower()) {
		return false
	}
	if w > 0 {
		prev := words.lower(w - 1)
		if speakerPronouns.has(prev) || isRelativeWord(prev) || prev == "what" {
			return false
		}
	}
	return true
}

// verbsAfterSubjects are finite verbs that follow their subject at once
// and never a verb of speaking.
var verbsAfterSubjects = wordSetOf(map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"must": true, "should": true, "shall": true, "tend": true, "tends": true,
	"seem": true, "seems": true, "remain": true, "remains": true,
})

// modifiedNoun reports a speech verb's base form that stands in a noun
// phrase that opens its clause, after a determiner and one or two
// modifiers: "The center-left think tank said", "More black Democratic
// state lawmakers have …". A verb there would agree with a plural subject
// ("some economists think", "the police say", "the two admit"), so a
// plural, a number or a collective noun before the form keeps it a verb,
// as does a "that" after it, which makes even a noun a cue ("her firmest
// promise yet that …").
func modifiedNoun(words tokens, w int) bool {
	j, ok := modifiedFormAt(words, w)
	return ok && opensClauseAt(words, j) && !thatFollows(words, w)
}

// modifiedFormAt returns the determiner, quantifier or possessive that
// opens a noun phrase ending in the speech verb's base form words[w], with
// one or two modifiers between them and no verb: "the center-left think
// tank", "her firmest promise", "An explosive report".
func modifiedFormAt(words tokens, w int) (int, bool) {
	if w < 2 || words.lower(w) != speechLemma[words.lower(w)] {
		return 0, false
	}
	for j := w - 1; j >= 0 && w-j <= 3; j-- {
		t := words.at(j)
		if determiners[t.lower()] || quantifiers.has(t.lower()) || isNounPossessive(t.lower()) {
			return j, j < w-1 && t.lower() != "that"
		}
		if t.punct() || isVerbLike(t) || pluralSubject(t.lower()) || isCountWord(t) || functionWords[t.lower()] || t.lower() == "to" || strings.HasSuffix(t.lower(), "ly") {
			return 0, false // only adjectives and nouns modify: not "leaving many to wonder", "her to say"
		}
	}
	return 0, false
}

// speechNouns are the base forms of speechLemma that news also writes as
// nouns ("a report", "her promise", "the vain hope"); the rest ("say",
// "cite", "argue") are verbs after any noun. Every entry is a key of
// speechLemma (TestSpeechNounsAreSpeechForms).
var speechNouns = wordSetOf(map[string]bool{
	"advocate": true, "attack": true, "back": true, "blast": true, "boast": true, "call": true,
	"caution": true, "challenge": true, "chant": true, "charge": true, "claim": true, "counter": true,
	"cry": true, "decline": true, "demand": true, "doubt": true, "echo": true, "estimate": true,
	"favor": true, "fear": true, "find": true, "highlight": true, "hint": true, "hope": true,
	"joke": true, "label": true, "lament": true, "marvel": true, "mention": true, "muse": true,
	"note": true, "offer": true, "order": true, "outline": true, "plan": true, "pledge": true,
	"point": true, "post": true, "praise": true, "promise": true, "protest": true, "push": true,
	"question": true, "quip": true, "rebuke": true, "recall": true, "recount": true, "remark": true,
	"repeat": true, "reply": true, "report": true, "retort": true, "rule": true, "scream": true,
	"shout": true, "slam": true, "state": true, "stress": true, "support": true, "surmise": true,
	"suspect": true, "talk": true, "tweet": true, "urge": true, "view": true, "vote": true,
	"vow": true, "want": true, "welcome": true, "whisper": true, "wonder": true, "worry": true,
	"yell": true,
})

// nounCueSource returns who the content of a noun of saying with a
// that-clause belongs to: the noun phrase itself when it opens its
// clause ("An explosive report that …"), or the person a possessive
// pronoun names ("made her firmest promise yet that …"). Any other such
// noun inside a clause gives no source (ok with an empty phrase): "that"
// there opens a relative clause as often as content ("in the vain hope
// that", "a new federal rule that lifts"). Not ok when words[v] is no
// such noun.
func nounCueSource(words tokens, v int) (phrase, bool) {
	det, ok := modifiedFormAt(words, v)
	if !ok || !thatFollows(words, v) || !speechNouns.has(words.lower(v)) || isNounPossessive(words.lower(det)) || quantifiers.has(words.lower(det)) {
		return phrase{}, false // "People briefed on the situation say that …"
	}
	switch {
	case possessiveDeterminers.has(words.lower(det)):
		return phrase{det, det + 1}, true
	case opensClauseAt(words, det):
		return phrase{det, v + 1}, true
	}
	return phrase{}, true
}

// namingParticiple reports "called" giving a name to the noun before it,
// not a verb of speaking: "joined a charity called Hope for Homes", "A
// Facebook group called “We support the police” has 20,000 members". The
// noun phrase is a verb's object, or the name after "called" is followed
// at once by the sentence's own verb; "The senator called the bill a
// disgrace" keeps its verb.
func namingParticiple(words tokens, w int) bool {
	if words.lower(w) != "called" || w < 2 {
		return false
	}
	j := w - 1
	for ; j >= 0 && w-j <= 4; j-- {
		t := words.at(j)
		if determiners[t.lower()] || quantifiers.has(t.lower()) {
			break
		}
		if t.punct() || functionWords[t.lower()] || isVerbLike(t) || clauseSubjects.has(t.lower()) {
			return false // no noun phrase before: "She called him …"
		}
	}
	if j < 0 || j == w-1 || w-j > 4 {
		return false
	}
	if j > 0 && isVerbLike(words.at(j-1)) {
		// an object: "joined a charity called …"; but in "the docs who
		// sent the letter called Oz a quack" the object is the relative
		// clause's and "called" the sentence's verb
		for k := j - 2; k >= 0 && k >= j-4; k-- {
			if isRelative(words.lower(k)) {
				return false
			}
		}
		return true
	}
	end := nameEnd(words, w+1)
	return end > w+1 && end < words.len() && isVerbLike(words.at(end))
}

// nameEnd returns where a name written at words[k] ends: a quoted run, or
// capitalized words with the small words titles hold ("Hope for Homes");
// k when none starts there.
func nameEnd(words tokens, k int) int {
	if k < words.len() && (isQuoteMark(words.text(k)) || isSingleMark(words.text(k))) {
		// A name in quotation marks, double or single: “Homes for All”,
		// 'We support Anders Tegnell & co'.
		single := isSingleMark(words.text(k))
		for j := k + 1; j < words.len() && j-k <= 12; j++ {
			if !single && isQuoteMark(words.text(j)) || single && isSingleMark(words.text(j)) {
				return j + 1
			}
		}
		return k
	}
	j := k
	for j < words.len() && (words.isCapitalized(j) || j > k && titleSmallWords.has(words.lower(j)) && j+1 < words.len() && words.isCapitalized(j+1)) {
		j++
	}
	return j
}

// titleSmallWords stand lower-case inside names and titles.
var titleSmallWords = wordSetOf(map[string]bool{"of": true, "for": true, "the": true, "and": true, "in": true, "on": true, "to": true, "a": true})

// afterSingularName reports a speech verb's base form right after a
// singular name that opens its clause, where a verb would have to agree
// ("Obama says"): it is a noun the name modifies, "New York state now
// has", "Apple tweet storms". A plural ("Texans say"), a pronoun ("I
// say") or a name that ends a longer subject ("Mr. Autor and Mr. Hanson
// say", "advisers to Mr. Obama say") keeps the verb.
func afterSingularName(words tokens, w int) bool {
	if w < 1 || words.lower(w) != speechLemma[words.lower(w)] {
		return false
	}
	prev := words.at(w - 1)
	if !prev.isCapitalized() || pluralSubject(prev.lower()) || clauseSubjects.has(prev.lower()) || functionWords[prev.lower()] || quantifiers.has(prev.lower()) || prev.lower() == "you" {
		return false // not "Most oppose …"
	}
	j := w - 1
	for j > 0 && j >= w-4 && words.isCapitalized(j-1) && !coordinators.has(words.lower(j-1)) {
		j--
	}
	return j == 0 || words.punct(j-1) && words.text(j-1) != "." || words.lower(j-1) == "that"
}

// opensClauseAt reports a noun phrase whose determiners start at
// words[j] and open their clause: the text's start or a punctuation mark
// before them. Elsewhere the phrase may be part of a larger subject ("the
// president and the first lady say", "people briefed on the situation
// say") or an object ("came to protest this week's convention say").
func opensClauseAt(words tokens, j int) bool {
	for j > 0 && (determiners[words.lower(j-1)] || isNounPossessive(words.lower(j-1))) {
		j--
	}
	return j == 0 || words.punct(j-1)
}

// thatFollows reports a "that" within two words after words[w]: a noun
// cue with its content ("her firmest promise yet that she would …").
func thatFollows(words tokens, w int) bool {
	for k := w + 1; k < words.len() && k <= w+2; k++ {
		if words.lower(k) == "that" {
			return true
		}
	}
	return false
}

// pluralSubject reports a word a verb agrees with in the plural: a
// plural in -s (isPluralNoun), a word of pluralSubjects ("police",
// "people", "data"), or a collective that news writes with a plural verb
// ("the government say" in British English).
func pluralSubject(w string) bool {
	return isPluralNoun(w) || pluralSubjects.has(w) || collectiveNouns.has(w)
}

// collectiveNouns are the nouns of bodies that British and Irish news
// write with a plural verb: "the team say", "the council have".
var collectiveNouns = wordSetOf(map[string]bool{
	"government": true, "team": true, "family": true, "crew": true, "jury": true, "military": true,
	"rest": true, "committee": true, "board": true, "council": true, "couple": true, "pair": true,
	"youth": true, "clergy": true, "personnel": true, "faculty": true, "audience": true, "crowd": true,
	"band": true, "club": true, "firm": true, "company": true, "party": true, "panel": true,
	"group": true, "union": true, "cabinet": true, "electorate": true, "leadership": true,
	"opposition": true, "other": true,
})

// nounLikeVerbAt reports whether a form of nounLikeForms is a verb at
// word w: after a name, a pronoun or an auxiliary ("Trump attacks",
// "she did note"), or after the comma that closes an appositive when
// "that" follows ("O'Brien, a consultant, notes that …").
func nounLikeVerbAt(words tokens, w int) bool {
	lower := words.lower(w)
	base := speechLemma[lower] == lower
	if w == 0 {
		// In lower case first, the words after a quote's closing mark,
		// where the verb is in the third person or the past: "“…,”
		// comments Robin Biesbroek", "“…,” notes the report"; not "“…,”
		// state Senate leader Phil Berger said".
		return !words.isCapitalized(0) && !base
	}
	prev := words.at(w - 1)
	if prev.text() == "," {
		return w+1 < words.len() && words.lower(w+1) == "that"
	}
	if base && !isAuxiliary(prev) && !personalPronouns.has(prev.lower()) && !isPluralNoun(prev.lower()) {
		return false // a noun after a singular word: "her March comment that"; but "they note", "critics doubt"
	}
	return isSubjectEnd(prev) || isAuxiliary(prev) || modifiedNoun(words, w-1) // "The IPCC report states"
}

// isHeadlineVerb reports a capitalized speech verb in a title-case
// headline: "Bernie Sanders Says He Has Started Writing His Speech". It
// takes the third person only, after a capitalized word and before one
// or the end, and no form that is more often a noun ("United States",
// "Consumer Reports").
func isHeadlineVerb(words tokens, w int) bool {
	lower := words.lower(w)
	if w == 0 || !strings.HasSuffix(lower, "s") || nounLikeForms.has(lower) || headlineNouns.has(lower) {
		return false
	}
	if lemma, ok := speechLemma[lower]; !ok || lemma == lower {
		return false
	}
	prev := words.at(w - 1)
	return !prev.punct() && prev.isCapitalized() && (w+1 == words.len() || words.punct(w+1) || words.isCapitalized(w+1))
}

// headlineNouns are third-person forms that title case uses as nouns.
var headlineNouns = wordSetOf(map[string]bool{"reports": true, "posts": true, "questions": true, "estimates": true, "calls": true})

// isNounPossessive reports a possessive of a noun ("CNN's", "Oz’s"), not
// a pronoun's contraction ("she's said", "it's").
func isNounPossessive(lower string) bool {
	return isPossessive(lower) && !contractedPronouns.has(stripPossessive(lower))
}

// contractedPronouns take 's for "is" or "has": "she's said", "that's".
var contractedPronouns = wordSetOf(map[string]bool{
	"he": true, "she": true, "it": true, "that": true, "there": true, "what": true,
	"who": true, "here": true, "where": true, "let": true, "this": true,
})

// nounLikeForms are verb forms that news uses more often as nouns or
// particles; they are verbs only right after a name or a pronoun ("Trump
// attacks Clinton", "she questions the plan").
var nounLikeForms = wordSetOf(map[string]bool{
	"state": true, "states": true, "remarks": true, "attacks": true, "points": true,
	"notes": true, "note": true, "back": true, "backs": true, "doubt": true, "doubts": true,
	"echo": true, "echoes": true, "rail": true, "rails": true, "outline": true, "outlines": true,
	"rules": true, "advocates": true, "comment": true, "comments": true,
})

// isSubjectEnd reports a word that can end the subject of a verb after
// it: a name or a pronoun, the relative "that" included ("a group that
// backs Clinton").
func isSubjectEnd(w word) bool {
	return !w.punct() && !quantifiers.has(w.lower()) && (w.isCapitalized() || speakerPronouns.has(w.lower()) || w.lower() == "that")
}

// quantifiers open noun phrases: "Most state parties".
var quantifiers = wordSetOf(map[string]bool{
	"most": true, "many": true, "some": true, "all": true, "few": true, "several": true,
	"other": true, "both": true, "any": true, "more": true,
})

// determiners before a word make it a noun: "the call", "his post".
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "my": true, "your": true, "this": true, "that": true, "these": true,
	"those": true, "every": true, "each": true, "no": true, "whose": true,
}

// auxiliaries and adverbs stand between a speaker and the speech verb:
// "Smith has repeatedly said", "she later told".
var auxiliaries = wordSetOf(map[string]bool{
	"has": true, "have": true, "had": true, "also": true, "later": true, "then": true,
	"once": true, "previously": true, "recently": true, "repeatedly": true, "again": true,
	"would": true, "will": true, "could": true, "may": true, "might": true, "did": true,
	"does": true, "do": true, "is": true, "was": true, "are": true, "were": true,
	"frequently": true, "often": true, "publicly": true, "privately": true, "reportedly": true,
	"never": true, "not": true, "just": true, "already": true, "even": true, "still": true,
	"first": true, "last": true, "earlier": true, "flatly": true, "simply": true,
	"been": true,
})

// pronouns that stand for a speaker, with the number of people.
var speakerPronouns = wordSetOf(map[string]bool{
	"he": true, "she": true, "they": true, "i": true, "we": true, "you": true, "who": true,
	"it": true,
})
