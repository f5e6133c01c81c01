package lede

import "strings"

// Stances and intentions
//
// Reporters attribute more than speech: "Trump called for a ban",
// "the union endorsed Clinton", "Sanders talked about the economy",
// "the ministry declined to comment". Here the verb's object, not a
// clause, is what the speaker put forward, and it is a quote of its own
// (indirect, or mixed when it holds quoted words).

// objectVerbForms are the verbs that attribute only by their object, in
// the forms news uses; the verbs of speechVerbForms may take objects too
// (see objectCues).
var objectVerbForms = [][]string{
	{"talk", "talks", "talked", "talking"},
	{"speak", "speaks", "spoke", "speaking"},
	{"refer", "refers", "referred", "referring"},
	{"point", "points", "pointed", "pointing"},
	{"focus", "focuses", "focused", "focusing"},
	{"vote", "votes", "voted", "voting"},
	{"push", "pushes", "pushed", "pushing"},
	{"advocate", "advocates", "advocated", "advocating"},
	{"express", "expresses", "expressed", "expressing"},
	{"discuss", "discusses", "discussed", "discussing"},
	{"decline", "declines", "declined", "declining"},
	{"refuse", "refuses", "refused", "refusing"},
	{"plan", "plans", "planned", "planning"},
	{"threaten", "threatens", "threatened", "threatening"},
	{"intend", "intends", "intended", "intending"},
	{"seek", "seeks", "sought", "seeking"},
	{"attack", "attacks", "attacked", "attacking"},
	{"blame", "blames", "blamed", "blaming"},
	{"dismiss", "dismisses", "dismissed", "dismissing"},
	{"denounce", "denounces", "denounced", "denouncing"},
	{"condemn", "condemns", "condemned", "condemning"},
	{"slam", "slams", "slammed", "slamming"},
	{"mock", "mocks", "mocked", "mocking"},
	{"tout", "touts", "touted", "touting"},
	{"applaud", "applauds", "applauded", "applauding"},
	{"welcome", "welcomes", "welcomed", "welcoming"},
	{"back", "backs", "backed", "backing"},
	{"favor", "favors", "favored", "favoring"},
	{"prefer", "prefers", "preferred", "preferring"},
	{"challenge", "challenges", "challenged", "challenging"},
	{"conclude", "concludes", "concluded", "concluding"},
	{"decide", "decides", "decided", "deciding"},
	{"know", "knows", "knew", "knowing"},
	{"learn", "learns", "learned", "learning"},
	{"imply", "implies", "implied", "implying"},
	{"reiterate", "reiterates", "reiterated", "reiterating"},
	{"recognize", "recognizes", "recognized", "recognizing"},
	{"determine", "determines", "determined", "determining"},
	{"rule", "rules", "ruled", "ruling"},
	{"see", "sees", "saw", "seeing"},
	{"view", "views", "viewed", "viewing"},
	{"offer", "offers", "offered", "offering"},
	{"encourage", "encourages", "encouraged", "encouraging"},
	{"order", "orders", "ordered", "ordering"},
	{"repeat", "repeats", "repeated", "repeating"},
	{"compare", "compares", "compared", "comparing"},
	{"identify", "identifies", "identified", "identifying"},
	{"disclose", "discloses", "disclosed", "disclosing"},
	{"invoke", "invokes", "invoked", "invoking"},
	{"lament", "laments", "lamented", "lamenting"},
	{"bemoan", "bemoans", "bemoaned", "bemoaning"},
	{"highlight", "highlights", "highlighted", "highlighting"},
	{"recount", "recounts", "recounted", "recounting"},
	{"recommend", "recommends", "recommended", "recommending"},
	{"protest", "protests", "protested", "protesting"},
	{"speculate", "speculates", "speculated", "speculating"},
	{"label", "labels", "labeled", "labeling"},
	{"brand", "brands", "branded", "branding"},
	{"dub", "dubs", "dubbed", "dubbing"},
	{"decry", "decries", "decried", "decrying"},
	{"portray", "portrays", "portrayed", "portraying"},
	{"promote", "promotes", "promoted", "promoting"},
	{"lash out", "lashes out", "lashed out", "lashing out"},
	{"assail", "assails", "assailed", "assailing"},
	{"characterize", "characterizes", "characterized", "characterizing"},
	{"chide", "chides", "chided", "chiding"},
	{"deride", "derides", "derided", "deriding"},
	{"rebuke", "rebukes", "rebuked", "rebuking"},
	{"outline", "outlines", "outlined", "outlining"},
	{"echo", "echoes", "echoed", "echoing"},
	{"rail", "rails", "railed", "railing"},
}

// objectCues maps a verb to the words that may open its object: a
// preposition that the object leaves out ("called for [a ban]"), "" for a
// bare object ("endorsed [Trump]"), and "to" for an infinitive that the
// object keeps ("declined [to comment]").
var objectCues = map[string][]string{
	"call":         {"for", "on", "upon", ""},
	"talk":         {"about"},
	"speak":        {"about", "of"},
	"refer":        {"to"},
	"point":        {"to"},
	"respond":      {"to"},
	"focus":        {"on"},
	"vote":         {"for", "against"},
	"push":         {"for"},
	"argue":        {"for", "against"},
	"warn":         {"of", "about", "against"},
	"complain":     {"about"},
	"ask":          {"about", "for", ""},
	"urge":         {""},
	"advocate":     {"for", ""},
	"express":      {""},
	"discuss":      {""},
	"mention":      {""},
	"cite":         {""},
	"endorse":      {""},
	"support":      {""},
	"back":         {""},
	"favor":        {""},
	"prefer":       {""},
	"oppose":       {""},
	"criticize":    {""},
	"criticise":    {""},
	"attack":       {""},
	"praise":       {""},
	"blame":        {""},
	"dismiss":      {""},
	"reject":       {""},
	"question":     {""},
	"challenge":    {""},
	"deny":         {""},
	"defend":       {""},
	"denounce":     {""},
	"condemn":      {""},
	"slam":         {""},
	"blast":        {""},
	"mock":         {"", "to"},
	"tout":         {""},
	"applaud":      {""},
	"welcome":      {""},
	"propose":      {"", "to"},
	"demand":       {""},
	"seek":         {"", "to"},
	"want":         {"to"},
	"decline":      {"to"},
	"refuse":       {"to"},
	"plan":         {"to"},
	"threaten":     {"to"},
	"intend":       {"to"},
	"vow":          {"to"},
	"pledge":       {"to"},
	"promise":      {"to"},
	"hope":         {"to"},
	"agree":        {"to"},
	"announce":     {""},
	"reveal":       {""},
	"confirm":      {""},
	"acknowledge":  {""},
	"decide":       {"to"},
	"see":          {""},
	"view":         {""},
	"offer":        {"", "to"},
	"encourage":    {""},
	"order":        {""},
	"repeat":       {""},
	"compare":      {""},
	"identify":     {""},
	"disclose":     {""},
	"invoke":       {""},
	"lament":       {""},
	"bemoan":       {""},
	"highlight":    {""},
	"recount":      {""},
	"recommend":    {""},
	"protest":      {""},
	"reiterate":    {""},
	"describe":     {""},
	"label":        {""},
	"brand":        {""},
	"dub":          {""},
	"admit":        {""},
	"remember":     {""},
	"hint":         {"at"},
	"decry":        {""},
	"portray":      {""},
	"promote":      {""},
	"lash out":     {"at"},
	"marvel":       {"at"},
	"plead":        {"for"},
	"envision":     {""},
	"assail":       {""},
	"characterize": {""},
	"chide":        {""},
	"deride":       {""},
	"rebuke":       {""},
	"outline":      {""},
	"echo":         {""},
	"rail":         {"against", "at"},
}

// objectOpens reports whether opener is one of the words of objectCues
// that may open the verb's object.
func objectOpens(lemma, opener string) bool {
	for _, o := range objectCues[lemma] {
		if o == opener {
			return true
		}
	}
	return false
}

// objectOf reads the object of the verb whose words end before toks[c]:
// it returns the object's tokens [from, to) within toks[:end]. asides is
// reportedClauseEnd's.
func objectOf(toks tokens, c, end int, lemma string, asides *attributionMemo) (from, to int, ok bool) {
	if c >= end {
		return 0, 0, false
	}
	if c+1 < end && isDayWord(toks.lower(c)) && prepositions[toks.lower(c+1)] && objectOpens(lemma, toks.lower(c+1)) {
		c++ // "called Friday for the videos' release"
	}
	from = -1
	for _, opener := range objectCues[lemma] {
		switch {
		case opener == "" && !toks.punct(c) && !notObjectStart.has(toks.lower(c)) && !isFiniteVerb(toks.at(c)):
			from = c
		case opener == "to" && toks.lower(c) == "to" && !prepositionalTo.has(lemma):
			from = c // the infinitive keeps its "to"
		case opener != "" && toks.lower(c) == opener && !(opener == "for" && spanOfTimeAt(toks, c+1, end)):
			from = c + 1 // but "argued for decades that …": how long, no object
		}
		if from >= 0 {
			break
		}
	}
	if from < 0 || from >= end || isDash(toks.at(from)) {
		return 0, 0, false // nor a dash: "the speech she was talking about – given in May – drew boos"
	}
	to = objectEnd(toks, from, end, asides)
	return from, to, to > from
}

// prepositionalTo are the verbs of objectCues whose "to" is a preposition
// that the object leaves out ("referring to [the convention]"), not an
// infinitive's.
var prepositionalTo = wordSetOf(map[string]bool{"refer": true, "point": true, "respond": true})

// notObjectStart are words after a verb that open no object of it:
// settings ("on Tuesday"), clauses, and pronouns that refer back.
var notObjectStart = wordSetOf(map[string]bool{
	"on": true, "in": true, "at": true, "during": true, "after": true, "before": true,
	"to": true, "that": true, "this": true, "last": true, "next": true, "by": true,
	"yesterday": true, "today": true, "tonight": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"earlier": true, "later": true, "recently": true, "of": true, "with": true, "for": true,
	"from": true, "as": true, "so": true, "and": true, "but": true, "or": true, "not": true,
	"when": true, "while": true, "if": true, "because": true, "out": true, "up": true,
	"down": true, "off": true, "back": true, "away": true, "over": true, "into": true,
	"through": true, "again": true, "too": true, "also": true, "it": true, "itself": true,
})

// objectEnd returns where an object that starts at toks[from] ends: at a
// comma that opens another clause ("…, saying", "…, which"), at a dash,
// at "but" and the prepositions of objectStops, at "and" before another
// speech verb, at a comma before a number ("backed Trump, 57 percent to
// 22 percent"), or at a setting after it ("on Thursday", "in an
// interview", "in 2011"). asides is reportedClauseEnd's.
func objectEnd(toks tokens, from, end int, asides *attributionMemo) int {
	end = reportedClauseEnd(toks, from, end, asides)
	relative := false // "a nominee who is moderate and will …": the second verb is the relative clause's
	for k := from + 1; k < end; k++ {
		t := toks.at(k)
		relative = relative || isRelativeWord(t.lower())
		switch {
		case t.text() == ";", t.text() == "—", t.text() == "–", objectStops.has(t.lower()):
			return k
		case t.text() == "," && k+1 < end && (leavesObject(toks.at(k+1)) || startsWithDigit(toks.at(k+1))):
			return k // "backed Trump, 57 percent to 22 percent"
		case isSettingAt(toks, k, end):
			if j := infinitiveAfterSetting(toks, k, end); j > k {
				k = j // "called on the government Wednesday to block …"
				continue
			}
			return k
		case t.lower() == "and" && (opensConjoinedClause(toks, k+1, end) || !relative && opensConjoinedVerb(toks, k+1, end)):
			return k
		}
	}
	return end
}

// infinitiveAfterSetting returns the "to" of an infinitive that follows
// a short time setting starting at toks[k] ("urged the panel on Tuesday
// to reject it"), or -1: the infinitive is still the object's. After an
// occasion "to" is more often a preposition: "in a speech to pastors".
func infinitiveAfterSetting(toks tokens, k, end int) int {
	if w := toks.lower(k); w == "in" || w == "during" || w == "at" || w == "on" && !isWeekday(toks.lower(k+1)) {
		return -1
	}
	for j := k + 1; j < end-1 && j <= k+3; j++ {
		if toks.punct(j) {
			return -1
		}
		if toks.lower(j) == "to" {
			if toks.punct(j+1) || toks.isCapitalized(j+1) {
				return -1
			}
			return j
		}
	}
	return -1
}

// opensConjoinedClause reports whether toks[k], after "and", starts a
// second clause or a second verb with its own object rather than a second
// part of the object: "denied the charges and she …", "criticized the
// merger and ranked Fiorina …", but not "unsubstantiated and fabricated
// by …".
func opensConjoinedClause(toks tokens, k, end int) bool {
	if k+1 >= end || toks.punct(k) || toks.isCapitalized(k) {
		return false
	}
	w, next := toks.lower(k), toks.at(k+1)
	if personalPronouns.has(w) {
		return true
	}
	isPast := irregularPasts.has(w) || strings.HasSuffix(w, "ed")
	return isPast && !next.punct() && (next.isCapitalized() || determiners[next.lower()] || objectPronouns.has(next.lower()))
}

// objectPronouns are pronouns that stand as a verb's object: "jailed him".
var objectPronouns = wordSetOf(map[string]bool{
	"him": true, "her": true, "them": true, "us": true, "me": true, "it": true,
})

// startsWithDigit reports a word that starts with a digit: "57".
func startsWithDigit(w word) bool { return !w.punct() && w.text()[0] >= '0' && w.text()[0] <= '9' }

// objectStops end an object: "called for a ban following the attack".
var objectStops = wordSetOf(map[string]bool{
	"but": true, "following": true, "amid": true, "after": true, "despite": true, "since": true,
	"before": true, "instead": true,
})

// leavesObject reports a word that, after a comma, starts a clause of its
// own: a participle ("…, saying"), a relative or a conjunction.
func leavesObject(w word) bool {
	return !w.isCapitalized() && isParticiple(w.lower()) || commaClauseStarts.has(w.lower())
}

// commaClauseStarts open, after a comma, a clause outside the object.
var commaClauseStarts = wordSetOf(map[string]bool{
	"which": true, "who": true, "where": true, "when": true, "while": true, "but": true,
	"though": true, "although": true, "even": true, "as": true, "according": true,
	"after": true, "before": true, "because": true, "since": true, "so": true, "and": true,
	"whose": true, "whom": true, "then": true, "however": true, "despite": true,
})

// isSettingAt reports whether a time or occasion starts at toks[k]: a
// weekday, "last week", "on Tuesday", "in an interview", "on Twitter".
func isSettingAt(toks tokens, k, end int) bool {
	w := toks.lower(k)
	if isWeekday(w) || w == "yesterday" || w == "today" || w == "tonight" {
		return true
	}
	if k+1 >= end {
		return false
	}
	next := toks.lower(k + 1)
	switch w {
	case "last", "this", "next", "earlier", "later":
		return timeUnitNames.has(next)
	case "on":
		return isWeekday(next) || settingMedia.has(next) || next == "the" && k+2 < end && settingOccasions.has(toks.lower(k+2))
	case "in", "during", "at":
		if isYearOrMonth(toks.at(k + 1)) {
			return true // "wrote the memo in 2011"
		}
		if k+2 < end && determiners[next] {
			k++
			next = toks.lower(k + 1)
		}
		// "in an interview", and with a word before the occasion: "in a
		// late-night post"
		return settingOccasions.has(next) || k+2 < end && !toks.punct(k+1) && settingOccasions.has(toks.lower(k+2))
	}
	return false
}

// isYearOrMonth reports a year ("2011") or a month's name ("March").
func isYearOrMonth(w word) bool {
	if _, ok := monthNames[w.lower()]; ok && w.isCapitalized() {
		return true
	}
	return len(w.text()) == 4 && startsWithDigit(w) && (strings.HasPrefix(w.text(), "19") || strings.HasPrefix(w.text(), "20"))
}

// isWeekday reports a weekday written out: "monday", not "sat".
func isWeekday(w string) bool {
	_, ok := weekdayNames[w]
	return ok && !weekdayAbbreviations[w]
}

var timeUnitNames = wordSetOf(map[string]bool{
	"week": true, "month": true, "year": true, "weekend": true, "summer": true, "fall": true,
	"spring": true, "winter": true, "night": true, "morning": true, "afternoon": true,
	"evening": true, "week's": true, "month's": true, "year's": true,
})

// settingMedia are where statements appear: "on Twitter", "on CNN".
var settingMedia = wordSetOf(map[string]bool{
	"twitter": true, "facebook": true, "instagram": true, "television": true, "radio": true,
	"cnn": true, "fox": true, "msnbc": true, "nbc": true, "abc": true, "cbs": true, "npr": true,
})

// settingOccasions are the occasions of statements: "in an interview",
// "during the debate", "at a rally".
var settingOccasions = wordSetOf(map[string]bool{
	"interview": true, "statement": true, "speech": true, "debate": true, "letter": true,
	"tweet": true, "post": true, "op-ed": true, "email": true, "rally": true, "appearance": true,
	"conference": true, "news": true, "remarks": true, "address": true, "video": true,
	"ad": true, "town": true, "hearing": true, "meeting": true, "event": true, "call": true,
	"campaign": true, "press": true, "memo": true, "report": true, "briefing": true,
})

// opensConjoinedVerb reports a second verb phrase of the subject at
// toks[k], after "and": a modal, a form of "be", "have" or "do", or an
// adverb of sequence before a verb ("denied the charges and will stand
// trial", "and was released on bail").
func opensConjoinedVerb(toks tokens, k, end int) bool {
	return k+1 < end && conjoinedVerbOpeners.has(toks.lower(k)) && !toks.punct(k+1) && !toks.isCapitalized(k+1)
}

// conjoinedVerbOpeners open the second verb phrase of a subject after
// "and": the modals, the forms of "be", "have" and "do", and the
// adverbs of sequence ("denied the charges and will stand trial",
// "praised the plan and then left").
var conjoinedVerbOpeners = wordSetOf(map[string]bool{
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"must": true, "should": true, "shall": true, "is": true, "was": true, "are": true,
	"were": true, "has": true, "have": true, "had": true, "did": true, "does": true,
	"then": true, "later": true, "also": true,
})

// spanOfTimeAt reports a span of time at toks[k], perhaps after a count
// or "a", "the past", "several": "decades", "two years", "a decade",
// "the past few weeks", "months". Its units and counts are those of the
// spans counted back from now (agoUnits, agoCounts, agoApproximations).
func spanOfTimeAt(toks tokens, k, end int) bool {
	for j := k; j < end && j-k < 4; j++ {
		w := toks.lower(j)
		if agoUnits.has(w) {
			return true
		}
		if !isCountWord(toks.at(j)) && !agoCounts.has(w) && !agoApproximations.has(w) && !spanDeterminers.has(w) {
			return false
		}
	}
	return false
}

// spanDeterminers stand before the count of a span of time besides
// agoCounts and agoApproximations: "the past few weeks", "more than two
// years".
var spanDeterminers = wordSetOf(map[string]bool{"the": true, "past": true, "last": true, "more": true, "than": true})
