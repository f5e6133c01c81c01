package lede

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/currency"
)

// figureFinder is the state of one run of Figures.
type figureFinder struct {
	text    string
	lower   string // the text lower-cased, for the tokens' forms
	toks    []etok
	numbers *numberMemo // numberAt at each token, shared with the date finder; nil: not remembered
	figures []Figure
	// phoneRuns are the runs of digits and signs around the numbers
	// read, for isPhoneNumber.
	phoneRuns phoneRuns
	digits    digitsRun // see amongNumbers
}

// number is numberAt at token k, read once per call.
func (f *figureFinder) number(k int) (number, bool) {
	if f.numbers == nil {
		return numberAt(f.text, f.lower, f.toks, k)
	}
	return f.numbers.number(k)
}

// findFigures reads the figures of the tokens. dates are the date
// expressions of the same tokens, in order: a number inside one ("March
// 8", "in 2019", "3 p.m.") is part of the date, not a figure.
func findFigures(stop *stopper, text string, toks []etok, numbers *numberMemo, dates []dateMatch) []Figure {
	f := &figureFinder{text: text, lower: numbers.lower, toks: toks, numbers: numbers}
	f.scan(stop, 0, len(toks), dates)
	shareWhatIsWrittenOnce(text, f.figures)
	shareAges(text, f.figures)
	return f.figures
}

// scan reads the figures from token i on, outside dates (in order, as
// findFigures takes them), appending them to f.figures, until it reaches
// token to; it returns where it stopped: to, or the end of a figure or a
// date that runs past it.
func (f *figureFinder) scan(stop *stopper, i, to int, dates []dateMatch) int {
	text, toks := f.text, f.toks
	for i < to && !stop.now() {
		for len(dates) > 0 && dates[0].end <= i {
			dates = dates[1:]
		}
		if len(dates) > 0 && dates[0].first <= i {
			i = dates[0].end
			continue
		}
		if !canStartNumber(&toks[i]) {
			i = nextNumberStart(toks, i+1, beforeDate(to, dates)) // most tokens: a run at a time
			continue
		}
		if next := f.bareNumbers(stop, i, beforeDate(to, dates)); next > i {
			i = next // a run of numbers ("1 1 1 …"), but its edges
			continue
		}
		fig, end, ok := f.figureAt(i)
		if !ok || !isFinite(fig.Value) || (fig.To != nil && !isFinite(*fig.To)) {
			i++ // "1e400", "0/0": no number a program can use
			continue
		}
		fig.Text = text[fig.Start:fig.End]
		fig.Value = roundValue(fig.Value)
		if fig.To != nil {
			*fig.To = roundValue(*fig.To)
		}
		if f.figures == nil {
			f.figures = make([]Figure, 0, figureCapacity(toks[i:]))
		}
		f.add(&fig)
		i = end
	}
	return i
}

// nextNumberStart returns the first token of toks[i:to] that may start
// a figure (canStartNumber), or to; see nextDateStart.
func nextNumberStart(toks []etok, i, to int) int {
	for i < to && !canStartNumber(&toks[i]) {
		i++
	}
	return i
}

// add appends fig to f.figures field by field. A Figure holds pointers,
// and a copy of it whole into the heap while the collector marks goes
// through bulkBarrierPreWrite, some 600 instructions; a field at a time
// takes a write barrier of a few. A number run makes enough garbage for
// the collector to mark most of the time: this was a sixth of its time.
func (f *figureFinder) add(fig *Figure) {
	if len(f.figures) == cap(f.figures) {
		f.figures = slices.Grow(f.figures, 1)
	}
	f.figures = f.figures[:len(f.figures)+1]
	p := &f.figures[len(f.figures)-1]
	p.Text, p.Span, p.Type, p.Value, p.To = fig.Text, fig.Span, fig.Type, fig.Value, fig.To
	p.Unit, p.Approx, p.Per = fig.Unit, fig.Approx, fig.Per
}

// figureCapacity is the room to make for the figures of toks, made at
// the first one: a figure for each token in digits, most of which are
// one. A run of numbers ("1 1 1 …") otherwise spends a sixth of its
// time growing the list; words are not counted, since a spelled number
// spans several ("one hundred and six").
func figureCapacity(toks []etok) int {
	n := 0
	for i := range toks {
		if toks[i].kind == tokNum {
			n++
		}
	}
	return max(n, 1)
}

// shareWhatIsWrittenOnce gives the first of two coordinated amounts what
// the text writes only after the second: "between 5 and 10 percent" is
// two percents, "3 or 4 km" two lengths, "$3 to $5 million" $3 million
// and $5 million. The first amount keeps its own words.
//
// A list shares them too ("2, 3 or 4 million doses"), read from its end;
// so do minor units ("10 or 15 cents" is 0.10 and 0.15 dollars).
func shareWhatIsWrittenOnce(text string, figs []Figure) {
	words := writtenWords{figs: figs}
	last := -1 // the figure that ends the list figs[k+1] is in, if any
	for k := len(figs) - 2; k >= 0; k-- {
		a := &figs[k]
		gap := text[a.End:figs[k+1].Start]
		if gap == " " {
			last = -1 // most figures in a row: no word between ("1 2 3")
			continue
		}
		switch strings.TrimSpace(gap) {
		case "and", "or", "to", "-", "–":
			last = k + 1
		case ",":
			if last < 0 {
				continue
			}
		default:
			last = -1
			continue
		}
		l := &figs[last]
		if a.To != nil || l.To != nil {
			continue
		}
		switch {
		case a.Type == FigureNumber && l.Type != FigureOrdinal && words.scale(k) == 1:
			a.Type, a.Unit = l.Type, l.Unit
			a.Value *= words.scale(last) * words.minorUnit(last)
		case a.Type == FigureMoney && l.Type == FigureMoney && a.Unit == l.Unit && words.scale(k) == 1:
			a.Value *= words.scale(last) // "$3 to $5 million"
		}
		a.Value = roundValue(a.Value)
	}
}

// writtenWords reads the scale and minor unit that each figure's text
// writes (wordsIn) once, when first asked: in a list
// ("one hundred and … and one hundred and …") each figure is asked both
// as the one that takes them and as the one that ends the list, and each
// reading splits its text into tokens again.
type writtenWords struct {
	figs []Figure
	read []writtenWord // by figure, made at the first question
}

type writtenWord struct {
	done         bool
	scale, minor float64
}

func (w *writtenWords) at(k int) writtenWord {
	if w.read == nil {
		w.read = make([]writtenWord, len(w.figs))
	}
	r := &w.read[k]
	if !r.done {
		r.done = true
		r.scale, r.minor = wordsIn(w.figs[k].Text)
	}
	return *r
}

func (w *writtenWords) scale(k int) float64     { return w.at(k).scale }
func (w *writtenWords) minorUnit(k int) float64 { return w.at(k).minor }

// wordsIn returns the scale that a figure's text writes in words ("$5
// million", "10bn"), or 1, and the factor of the minor unit it ends with
// ("15 cents", "170 pence"), or 1.
func wordsIn(s string) (scale, minor float64) {
	var room [32]etok // the tokens of most figures, without an allocation
	return scalesOf(appendTokens(room[:0], s, 0, len(s)), lowerASCIIText(s), true)
}

// scalesOf is wordsIn of the tokens toks of a figure's text, lower-cased
// in lower; filtered looks up only the tokens mayScale lets through.
func scalesOf(toks []etok, lower string, filtered bool) (scale, minor float64) {
	scale, minor = 1, 1
	for _, t := range toks {
		if filtered && !mayScale(t.in(lower)) {
			continue // most tokens: digits and number words, no lookup
		}
		if v := scaleWords[t.in(lower)]; v > 100 {
			scale *= v
		} else if v := scaleAbbreviations[t.in(lower)]; v != 0 && t.kind == tokWord {
			scale *= v
		}
	}
	if len(toks) > 0 {
		if cu, ok := currencyWord(toks[len(toks)-1].in(lower)); ok && cu.factor < 1 {
			minor = cu.factor
		}
	}
	return scale, minor
}

// mayScale reports whether w may be a scale that wordsIn reads, a scale
// word above a hundred or a key of scaleAbbreviations, by its first byte
// and its length (scaleFilter): "one", "and", "hundred" and digits are
// not.
func mayScale(w string) bool {
	return w != "" && len(w) < 32 && scaleFilter[w[0]]&(1<<len(w)) != 0
}

// scaleFilter holds, for each first byte, the lengths (as bits) of the
// words that wordsIn multiplies by: the keys of scaleWords above a
// hundred and those of scaleAbbreviations.
var scaleFilter = func() (f [256]uint32) {
	for w, v := range scaleWords {
		if v > 100 {
			f[w[0]] |= 1 << len(w)
		}
	}
	for w := range scaleAbbreviations {
		f[w[0]] |= 1 << len(w)
	}
	return f
}()

// figureAt reads the figure that starts at token i, if any, and returns
// the index of the token after it.
func (f *figureFinder) figureAt(i int) (Figure, int, bool) {
	if fig, end, ok, done := f.amongNumbers(i); done {
		return fig, end, ok // a run of numbers: none has a word or sign to read
	}
	return f.readFigureAt(i)
}

// readFigureAt is figureAt without its shortcut for numbers among numbers.
func (f *figureFinder) readFigureAt(i int) (Figure, int, bool) {
	if fig, end, ok := f.moneyBefore(i); ok {
		return f.qualified(fig, i, end), end, true
	}
	n, ok := f.number(i)
	if !ok || f.notAFigure(n) || f.isAddress(n) {
		return Figure{}, 0, false
	}
	fig := Figure{Span: Span{f.toks[n.first].start, f.toks[n.end-1].end}, Type: FigureNumber, Value: n.value}
	if n.ordinal {
		if n.words && n.first > 0 && is(f.lower, f.toks, n.first-1, "a", "an") {
			return Figure{}, 0, false // a noun or a compound: "a first for the club", "a first-round pick"
		}
		if idiomaticOrdinal(f.lower, f.toks, n.end-1) {
			return Figure{}, 0, false // "first-time buyers", "second-hand cars", "third-party apps"
		}
		fig.Type = FigureOrdinal
		return fig, n.end, true
	}
	if f.isScore(n) {
		return Figure{}, 0, false
	}
	if r, end, ok := f.ratioAfter(n); ok { // "nine out of 10"
		fig.Value, fig.End = r, f.toks[end-1].end
		return f.qualified(fig, i, end), end, true
	}
	end := n.end
	n, hi, end := f.rangeAfter(n, end)
	fig.End = f.toks[end-1].end
	switch {
	case f.percentAfter(&fig, end, &end):
	case f.moneyAfter(&fig, n, end, &end):
		if hi == nil {
			f.pointGroupsThousands(&fig, n)
		}
	case f.unitAfter(&fig, n, end, &end):
	}
	if hi != nil {
		to := hi.value // "0 to 5 km"
		if n.value != 0 {
			to = hi.value * fig.Value / n.value // with the low end's scale
		}
		fig.To = &to
	}
	if fig.Type == FigureNumber {
		if from, ok := f.ageWord(i, n, hi); ok { // "aged 87", "aged 5 to 11", "aged between 18 and 24"
			fig.Type, fig.Unit, fig.Start = FigureQuantity, "year", f.toks[from].start
		}
	}
	return f.qualified(fig, i, end), end, true
}

// ratioAfter reads "out of" and the whole after a part, "nine out of 10",
// "one out of three", as the fraction they make.
func (f *figureFinder) ratioAfter(n number) (float64, int, bool) {
	if !is(f.lower, f.toks, n.end, "out") || !is(f.lower, f.toks, n.end+1, "of") {
		return 0, 0, false
	}
	d, ok := f.number(n.end + 2)
	if !ok || d.first != n.end+2 || d.ordinal || d.value <= 0 || d.value < n.value {
		return 0, 0, false
	}
	return n.value / d.value, d.end, true
}

// ageWord reports an age given by "aged" or "age" before a whole number
// or a range of them ("a man aged 87", "children aged 5 to 11", "voters
// aged between 18 and 24") and returns the token the age's span starts
// at: the age word, or the number after "between", whose "and" makes two
// figures as in "between 5 and 10 percent".
func (f *figureFinder) ageWord(i int, n number, hi *number) (int, bool) {
	from := i - 1
	if from >= 0 && f.toks[from].kind == tokNum {
		return 0, false // the age words are words: most numbers follow none
	}
	if is(f.lower, f.toks, from, "between") && is(f.lower, f.toks, from-1, "aged", "age") {
		from = i
	} else if !is(f.lower, f.toks, from, "aged", "age") {
		return 0, false
	}
	if n.first != i || !isAgeValue(n.value) || hi != nil && !isAgeValue(hi.value) {
		return 0, false
	}
	return from, true
}

func isAgeValue(v float64) bool { return v == math.Trunc(v) && v > 0 && v < 130 }

// shareAges gives the numbers listed after an age the age's unit: "two
// boys, aged 14 and 15", "three girls aged 12, 13 and 15", "aged between
// 18 and 24". A list of ages goes up or stays level, so a smaller number
// after "and" is something else ("a woman aged 40 and 3 children").
func shareAges(text string, figs []Figure) {
	listing := false // figs[k-1] is an age that a list may continue
	for k := range figs {
		fig := &figs[k]
		if fig.Type == FigureQuantity && fig.Unit == "year" && fig.To == nil && agedBefore(text, fig.Span) {
			listing = true
			continue
		}
		if listing && fig.Type == FigureNumber && fig.To == nil && isAgeValue(fig.Value) && fig.Value >= figs[k-1].Value {
			switch strings.TrimSpace(text[figs[k-1].End:fig.Start]) {
			case "and", "or", ",", ", and", ", or":
				fig.Type, fig.Unit = FigureQuantity, "year"
				continue
			}
		}
		listing = false
	}
}

// agedBefore reports whether the span of an age starts with "aged" or
// "age", or follows "aged between".
func agedBefore(text string, s Span) bool {
	w, _, _ := strings.Cut(strings.ToLower(text[s.Start:s.End]), " ")
	if w == "aged" || w == "age" {
		return true
	}
	before := strings.ToLower(strings.TrimRight(text[max(0, s.Start-len("aged between ")-1):s.Start], " "))
	return strings.HasSuffix(before, "aged between") || strings.HasSuffix(before, "age between")
}

// rangeAfter reads the upper bound of a range after a number: "2-3
// billion", "40 to 50", "5–7". A scale after the second number applies
// to the first ("$2-3 billion" is 2 to 3 billion).
func (f *figureFinder) rangeAfter(n number, end int) (number, *number, int) {
	if !is(f.lower, f.toks, end, "-", "–", "to") || n.ordinal {
		return n, nil, end
	}
	hi, ok := f.number(end + 1)
	if !ok || hi.ordinal || hi.first != end+1 || f.toks[end].in(f.lower) == "to" && !n.words && hi.words {
		return n, nil, end
	}
	if f.toks[end].in(f.lower) != "to" && (f.toks[end].space != f.toks[end+1].space) {
		return n, nil, end // "COVID -19"
	}
	if hi.scaled && !n.scaled && hi.value > 0 {
		s := scaleOf(f.lower, f.toks, hi.end-1)
		n.value *= s
	}
	if hi.value <= n.value {
		return n, nil, end // "2019-20" is a season, "5-0" a score
	}
	return n, &hi, hi.end
}

// isScore reports a result or a vote, "7-2", "3–1": small integers joined
// by a hyphen with the second no larger than the first. Neither is a
// figure of the story.
func (f *figureFinder) isScore(n number) bool {
	k := n.end
	if n.words || !is(f.lower, f.toks, k, "-", "–") || !glued(f.toks, k) || !glued(f.toks, k+1) || !f.isSmallInt(k+1) || !f.isSmallInt(n.first) {
		return false
	}
	return atoi(f.toks[k+1].in(f.lower)) <= atoi(f.toks[n.first].in(f.lower))
}

func (f *figureFinder) isSmallInt(k int) bool {
	return k < len(f.toks) && f.toks[k].kind == tokNum && len(f.toks[k].in(f.lower)) <= 2 && isInteger(f.toks[k].in(f.lower))
}

// scaleOf returns the scale word or abbreviation at token k, or 1.
func scaleOf(lower string, toks []etok, k int) float64 {
	if s := scaleWords[toks[k].in(lower)]; s > 100 {
		return s
	}
	if s := scaleAbbreviations[toks[k].in(lower)]; s > 0 {
		return s
	}
	return 1
}

// idiomaticOrdinal reports an ordinal word joined by a hyphen to a word
// with which it makes an adjective that ranks nothing: "first-time
// buyers", "second-hand cars", "third-party apps", "first-degree murder".
// The heads are those of the idiomatic ordinal compounds that English
// dictionaries list as adjectives; a compound that ranks ("second-largest",
// "fifth-generation", "10th-grade") stays an ordinal.
func idiomaticOrdinal(lower string, toks []etok, j int) bool {
	return ordinalCompound(lower, toks, j) && idiomaticOrdinalHeads[toks[j+2].in(lower)]
}

// idiomaticOrdinalHeads are the words after the hyphen in those compounds.
var idiomaticOrdinalHeads = map[string]bool{
	"time": true, "timer": true, "timers": true, "hand": true, "class": true, "rate": true,
	"party": true, "degree": true, "person": true, "string": true, "guess": true,
	"guessed": true, "guessing": true, "nature": true,
}

// notAFigure rejects numbers that are part of names and codes: digits
// glued to letters ("5G", "A380", "MP3"), after a hyphen glued to a word
// ("COVID-19", "F-16"), after a capitalized word that is not a sentence
// opener ("Boeing 737", "iPhone 15", "Route 66"), and phone numbers.
func (f *figureFinder) notAFigure(n number) bool {
	toks := f.toks
	first, last := &toks[n.first], &toks[n.end-1]
	if first.kind != tokNum || n.words {
		return false
	}
	if glued(toks, n.first) && toks[n.first-1].kind == tokWord && !isCurrencyWordBefore(f.lower, toks, n.first-1) {
		return true // "A380", "G7"
	}
	if glued(toks, n.first) && is(f.lower, toks, n.first-1, "-") && glued(toks, n.first-1) && toks[n.first-2].kind != tokSym {
		return true // "COVID-19", "F-16"
	}
	if glued(toks, n.end) && toks[n.end].kind == tokWord && !f.unitOrSuffixAt(n.end) {
		return true // "5G", "3D"
	}
	if n.first > 0 && toks[n.first-1].kind == tokWord && f.isNameWord(n.first-1) && !n.scaled && !strings.Contains(last.in(f.lower), ",") {
		return true // "Boeing 737"
	}
	if f.isAcronymName(n) {
		return true // "FTSE 100", "CAC 40"
	}
	return f.isPhoneNumber(n)
}

// isAcronymName reports a whole number that an acronym names: "the FTSE
// 100", "the CAC 40", "the ASX 200". A currency code before it makes
// money ("USD 100"), a unit, a percent or a hyphen after it a figure ("GDP
// 2%", "EPIC 4-word"), and a headline in capitals ("PRICES UP 5 TIMES")
// has no names.
func (f *figureFinder) isAcronymName(n number) bool {
	toks := f.toks
	k := n.first - 1
	if k < 0 || n.scaled || toks[k].kind != tokWord || !f.isAcronym(k) || isCurrencyWordBefore(f.lower, toks, k) {
		return false
	}
	digits := f.text[toks[n.first].start:toks[n.end-1].end]
	if strings.Trim(digits, "0123456789") != "" {
		return false // "GDP 2.5", "CPI 3,1"
	}
	if n.end < len(toks) && (is(f.lower, toks, n.end, "%", "percent", "-") || f.unitOrSuffixAt(n.end)) {
		return false // "GDP 2%", "an EPIC 4-word warning"
	}
	return (k == 0 || !f.isAcronym(k-1)) && (n.end >= len(toks) || !f.isAcronym(n.end))
}

// isAcronym reports a word of two to six capitals at token k that is not
// a capitalized function word ("UP", "TO", "OF" in headlines).
func (f *figureFinder) isAcronym(k int) bool {
	t := &f.toks[k]
	raw := f.text[t.start:t.end]
	if t.kind != tokWord || len(raw) < 2 || len(raw) > 6 || strings.ToUpper(raw) != raw || strings.ToLower(raw) == raw {
		return false
	}
	return !(functionWords[t.in(f.lower)] || prepositions[t.in(f.lower)] || determiners[t.in(f.lower)] || approxWords[t.in(f.lower)] != "" || clauseOpeners[t.in(f.lower)])
}

// isAddress reports a number or an ordinal that names a street with the
// capitalized street word after it: "10 Downing Street", "Fifth
// Avenue", "221B Baker Street" (USPS and Royal Mail street suffixes).
func (f *figureFinder) isAddress(n number) bool {
	k := n.end
	for k < len(f.toks) && k-n.end < 3 && f.toks[k].kind == tokWord && f.isNameWord(k) && !streetWords[f.toks[k].in(f.lower)] {
		k++ // "10 Downing Street"
	}
	return k < len(f.toks) && streetWords[f.toks[k].in(f.lower)] && f.text[f.toks[k].start] >= 'A' && f.text[f.toks[k].start] <= 'Z'
}

// streetWords are the words that end street names.
var streetWords = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true,
	"boulevard": true, "blvd": true, "lane": true, "ln": true, "drive": true, "dr": true,
	"place": true, "pl": true, "square": true, "sq": true, "terrace": true, "crescent": true,
	"court": true, "ct": true, "highway": true, "hwy": true, "parkway": true, "pkwy": true,
	"close": true, "row": true, "mews": true, "gardens": true, "alley": true, "circle": true,
}

// unitOrSuffixAt reports whether the letters glued after a number at token
// k make a unit, a scale, a currency or a percent ("10kph", "2bn",
// "115USD", "2.1pc", and "11c" for cents as in "11c a share").
func (f *figureFinder) unitOrSuffixAt(k int) bool {
	w := f.toks[k].in(f.lower)
	if _, ok := f.matchUnit(k, true); ok {
		return true
	}
	if scaleAbbreviations[w] != 0 || isISOCodeFold(w) || w == "st" || w == "nd" || w == "rd" || w == "th" {
		return true
	}
	if _, ok := currencySign(f.text[f.toks[k].start:f.toks[k].end]); ok {
		return true // "100元"
	}
	_, ok := currencyWord(w)
	return ok || w == "pm" || w == "am" || w == "s" || w == "e" || w == "x" || w == "pc" || w == "pct" || w == "c" || basisPointWords[w]
}

// basisPointWords are the abbreviations of "basis points" in financial
// news, spaced or glued to the number: "25bp", "30 bps", "40 bpts".
var basisPointWords = map[string]bool{"bp": true, "bps": true, "bpt": true, "bpts": true}

func isCurrencyWordBefore(lower string, toks []etok, k int) bool {
	if _, _, ok := currencyCode(strings.ToUpper(toks[k].in(lower))); ok {
		return true
	}
	return isLetterCurrencyFold(toks[k].in(lower))
}

// currencyCode reads an ISO 4217 code written in capitals, "USD", or
// with an "M" before it that counts millions, "MUSD" (factor 1e6).
func currencyCode(raw string) (code string, factor float64, ok bool) {
	switch {
	case isCurrencyCode(raw):
		return raw, 1, true
	case len(raw) == 4 && raw[0] == 'M' && isCurrencyCode(raw[1:]):
		return raw[1:], 1e6, true
	}
	if code, ok := letterCurrency(raw); ok {
		return code, 1, true // "Rs 500", "40 zł", "Kč 300"
	}
	return "", 0, false
}

// isNameWord reports whether the word at token k is capitalized and not a
// word that opens sentences or precedes numbers ("The 300 workers", "In
// 2019", "About 40"), a month or a unit.
func (f *figureFinder) isNameWord(k int) bool {
	t := &f.toks[k]
	r, _ := utf8.DecodeRuneInString(f.text[t.start:])
	if !unicode.IsUpper(r) && !hasInnerCapital(f.text[t.start:t.end]) {
		return false // "iPhone" and "eBay" are names too
	}
	if len(t.in(f.lower)) < 2 || strings.ToUpper(t.in(f.lower)) == f.text[t.start:t.end] {
		return false // lower case, an initial, or an acronym ("ALL 5", "USD")
	}
	if strings.ContainsAny(t.in(f.lower), "'’") {
		return false // "I'm 1.8m tall"
	}
	if functionWords[t.in(f.lower)] || prepositions[t.in(f.lower)] || approxWords[t.in(f.lower)] != "" || determiners[t.in(f.lower)] || isDigitWord(t.in(f.lower)) ||
		clauseOpeners[t.in(f.lower)] || t.class&(sRelDay|sRef|sRelative|sWeekday) != 0 {
		return false // "Then 300 workers left", "Yesterday 300 workers quit"
	}
	_, month := monthNames[t.in(f.lower)]
	return !month
}

// clauseOpeners are adverbs and quantifiers that open a sentence before a
// number ("Then 300 workers left", "Another 300 quit"): capitalized there,
// they are no names of models or products ("Boeing 737").
var clauseOpeners = map[string]bool{
	"then": true, "just": true, "still": true, "another": true, "perhaps": true, "only": true,
	"even": true, "also": true, "already": true, "maybe": true, "overall": true, "altogether": true,
	"meanwhile": true, "all": true, "both": true, "and": true, "but": true, "so": true, "when": true,
	"while": true, "where": true, "if": true, "as": true, "once": true, "since": true, "there": true,
}

// hasInnerCapital reports a capital after the first letter ("iPhone").
func hasInnerCapital(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// percentAfter reads a percent sign or word after a number: "5%", "five
// percent", "5 per cent", "2.1pc" (glued, as British papers write it),
// "3 percentage points" and "a 0.25 percentage-point cut" (unit "pp"),
// "25 basis points" and "30bps" (unit "bp"), "12 pct".
func (f *figureFinder) percentAfter(fig *Figure, k int, end *int) bool {
	toks := f.toks
	if k < len(toks) && toks[k].kind == tokNum {
		return false // every form opens with a word or a sign at k: a number after a number ("1 2") reads none
	}
	if fig.Value < 1 && is(f.lower, toks, k, "of") && is(f.lower, toks, k+1, "a") {
		k += 2 // "three quarters of a percentage point"
	} else if fig.Value < 1 && is(f.lower, toks, k, "a") && is(f.lower, toks, k+1, "percentage", "percent", "basis") {
		k++ // "half a percentage point"
	}
	point := k + 1 // the "point" of "percentage point"
	if is(f.lower, toks, point, "-") && glued(toks, point) {
		point++
	}
	switch {
	case is(f.lower, toks, k, "percentage", "percent") && is(f.lower, toks, point, "point", "points"):
		*end = point + 1
		fig.Unit = "pp"
	case is(f.lower, toks, k, "basis") && is(f.lower, toks, k+1, "point", "points"):
		*end = k + 2
		fig.Unit = "bp"
	case k < len(toks) && basisPointWords[toks[k].in(f.lower)]:
		*end = k + 1
		fig.Unit = "bp"
	case is(f.lower, toks, k, "%", "％", "percent", "pct", "percentage"), is(f.lower, toks, k, "pc") && glued(toks, k):
		*end = k + 1
	case is(f.lower, toks, k, "per") && is(f.lower, toks, k+1, "cent"):
		*end = k + 2
	default:
		return false
	}
	fig.Type = FigurePercent
	if fig.Unit == "" {
		fig.Unit = "%"
	}
	fig.End = toks[*end-1].end
	return true
}

// moneyBefore reads an amount after a currency sign or code: "$2
// billion", "US$2bn", "HK$ 1.2 trillion", "€3.5m", "USD 22.5 million",
// "MAUD 60".
func (f *figureFinder) moneyBefore(i int) (Figure, int, bool) {
	code, factor, j, ok := f.currencyPrefix(i)
	if !ok {
		return Figure{}, 0, false
	}
	n, ok := f.number(j)
	if !ok || n.ordinal {
		return Figure{}, 0, false
	}
	end := n.end
	n, hi, end := f.rangeAfter(n, end)
	fig := Figure{Span: Span{f.toks[i].start, f.toks[end-1].end}, Type: FigureMoney, Value: n.value * factor, Unit: code}
	if hi != nil {
		to := hi.value * factor
		fig.To = &to
	} else if !n.scaled && factor == 1 {
		f.pointGroupsThousands(&fig, n)
		f.subunitAfter(&fig, end, &end) // "C$ 100 and fifty"
	}
	return fig, end, true
}

// pointGroupsThousands reads the point in an amount of a currency paid
// without minor units as grouping thousands, as the languages that write
// these currencies do: "Rp 50.000", "¥1.500", "25.000 dong". A whole
// currency has no thousandths, so ".000" cannot be a fraction of it. Other
// currencies keep the point a decimal: a US petrol price is "$3.499".
// Which currencies have no minor units in cash is CLDR's
// (golang.org/x/text/currency, Cash rounding).
func (f *figureFinder) pointGroupsThousands(fig *Figure, n number) {
	if n.end != n.first+1 || n.scaled || n.words || n.fraction || fig.Value != n.value {
		return
	}
	digits := f.text[f.toks[n.first].start:f.toks[n.first].end]
	point := strings.IndexByte(digits, '.')
	if point < 1 || point > 3 || len(digits)-point != 4 || strings.ContainsAny(digits[:point], ",'’") || !paidWhole(fig.Unit) {
		return // the currency is looked up last: most amounts have no such point
	}
	fig.Value *= 1000
}

// paidWhole reports a currency that CLDR says is paid in cash without
// minor units: JPY, KRW, IDR, VND, HUF, CLP, ISK and others.
func paidWhole(code string) bool {
	u, err := currency.ParseISO(code)
	if err != nil {
		return false
	}
	scale, _ := currency.Cash.Rounding(u)
	return scale == 0
}

// currencyPrefix reads a currency before an amount at token i; it returns
// the code, a factor ("MUSD" counts millions) and the token of the amount.
func (f *figureFinder) currencyPrefix(i int) (string, float64, int, bool) {
	toks := f.toks
	t := &toks[i]
	raw := f.text[t.start:t.end]
	next := i + 1
	if next >= len(toks) {
		return "", 0, 0, false
	}
	// A sign, maybe after a country prefix: "$", "US$", "us $", "HK$",
	// "E£", "sgd$".
	if code, ok := currencySign(raw); ok {
		if i > 0 && glued(toks, i) && toks[i-1].kind == tokWord {
			if _, ok := signPrefix(f.text[toks[i-1].start:toks[i-1].end], raw); ok {
				return "", 0, 0, false // "US$": the prefix starts the money
			}
		}
		return code, 1, next, toks[next].kind == tokNum || startsCardinal(f.text, &toks[next])
	}
	if t.kind == tokWord && next+1 < len(toks) && (glued(toks, next) || t.in(f.lower) == "us" || t.in(f.lower) == "c") {
		sign := f.text[toks[next].start:toks[next].end]
		if r, _ := utf8.DecodeRuneInString(sign); isCurrencySignRune(r) { // "HK$", "GH₵", "GH¢"
			if code, ok := signPrefix(raw, sign); ok {
				return code, 1, next + 1, true
			}
		}
	}
	if is(f.lower, toks, next, ".") && glued(toks, next) && next+1 < len(toks) {
		if _, ok := letterCurrency(raw); ok {
			next++ // "Rs. 2,000"; the point first, which most tokens lack, then the tables
		}
	}
	if t.kind == tokWord && toks[next].kind == tokNum {
		if code, factor, ok := currencyCode(raw); ok {
			return code, factor, next, true // "USD 22.5 million", "USD115", "MAUD 60"
		}
		if code, ok := letterSymbols[raw]; ok && glued(toks, next) && f.amountOfMoney(next) {
			return code, 1, next, true // "R23.50", "R1,200", "R5bn"
		}
		if code, ok := currencyWordBefore(t.in(f.lower)); ok && f.amountOfMoney(next) {
			return code, 1, next, true // "Rupees 2 lakh", "pounds 30,000"; not "Euro 2016"
		}
	}
	return "", 0, 0, false
}

// currencyWordBefore returns the currency a word names before an amount,
// as South Asian and some wire copy write it ("rupees 500 crore", "yuan
// 4.8 billion"): a currency word of currencyWord that is neither a minor
// unit ("p 1,200" is a page) nor a word that is more often something
// else before a number (notCurrencyBefore).
func currencyWordBefore(lower string) (string, bool) {
	cu, ok := currencyWord(lower)
	if !ok || cu.factor != 1 || notCurrencyBefore[lower] {
		return "", false
	}
	return cu.code, true
}

// notCurrencyBefore are currency words that before a number are mostly
// other words: the verb "won" ("won 1,200 votes") and the team name
// "Bucks" ("Bucks 110, Celtics 100").
var notCurrencyBefore = map[string]bool{"won": true, "buck": true, "bucks": true}

// amountOfMoney reports whether the number at token k is written as
// money is and other numbers after a letter are not ("Q3", "K2", "P5"):
// with cents ("23.50"), grouped in thousands ("1,200") or scaled ("5bn",
// "2 million").
func (f *figureFinder) amountOfMoney(k int) bool {
	digits := f.text[f.toks[k].start:f.toks[k].end]
	if i := strings.LastIndexByte(digits, '.'); i >= 0 && len(digits)-i == 3 {
		return true
	}
	if strings.Contains(digits, ",") {
		return true
	}
	n, ok := f.number(k)
	return ok && n.scaled
}

// moneyAfter reads a currency after an amount: "5 million dollars",
// "323 million euros", "50 cents", "10 us dollar", "100 chinese yuan",
// "115USD", "30 MUSD", "100元", "10 €". "Pounds" are money after a
// scale word ("2 million pounds") or "sterling", else weight.
func (f *figureFinder) moneyAfter(fig *Figure, n number, k int, end *int) bool {
	toks := f.toks
	if k >= len(toks) {
		return false
	}
	if toks[k].kind == tokNum && opensWithDigit(toks[k].in(f.lower)) {
		return false // digits after the number ("1 2"): no sign, code or word of money opens so (TestMoneyWordsOpenWithNoDigit)
	}
	if is(f.lower, toks, k, "-", "‑") && glued(toks, k) && k+1 < len(toks) && glued(toks, k+1) {
		if _, ok := currencyWord(toks[k+1].in(f.lower)); ok {
			k++ // an amount as an adjective: "a 10-dollar bill", "a five-euro note"
		}
	}
	if toks[k].in(f.lower) == "c" && glued(toks, k) && f.centsLetter(k) || toks[k].in(f.lower) == "¢" {
		return f.setMoney(fig, "USD", 0.01, k+1, end) // "11c a share", "fell 4c to 93c", "30¢": cents
	}
	raw := f.text[toks[k].start:toks[k].end]
	if code, ok := currencySign(raw); ok && raw != "$" || raw == "$" && (k+1 >= len(toks) || toks[k+1].kind != tokNum) {
		if raw == "$" {
			code = "USD"
		}
		return f.setMoney(fig, code, 1, k+1, end)
	}
	if toks[k].kind == tokWord {
		if code, factor, ok := currencyCode(raw); ok {
			if k+1 < len(toks) && glued(toks, k+1) && toks[k+1].kind == tokNum {
				return false // "3 USD50 cards": the code is the next amount's
			}
			return f.setMoney(fig, code, factor, k+1, end) // "115USD", "30 MUSD"
		}
	}
	if code, n := currencyNameAt(f.lower, toks, k); n > 0 {
		f.setMoney(fig, code, 1, k+n, end) // "25,000 Vietnamese dong", "5 Central African CFA francs"
		f.subunitAfter(fig, *end, end)
		return true
	}
	qualifier, w := "", k
	if q, skip := currencyQualifierAt(f.lower, toks, k); skip > 0 {
		qualifier, w = q, k+skip
	}
	if w >= len(toks) {
		return false
	}
	cu, ok := currencyWord(toks[w].in(f.lower))
	if !ok {
		return false
	}
	switch toks[w].in(f.lower) {
	case "pound", "pounds":
		if qualifier == "" && !n.scaled && !is(f.lower, toks, w+1, "sterling") {
			return false // "two pounds" of weight
		}
	case "won", "p":
		if qualifier == "" && (toks[w].in(f.lower) == "won" || !glued(toks, w)) {
			return false // "won" the verb; "p" only glued ("50p")
		}
	}
	code := cu.code
	if qualifier != "" && cu.factor == 1 {
		code = qualifier
	}
	if !f.setMoney(fig, code, cu.factor, w+1, end) {
		return false
	}
	f.subunitAfter(fig, *end, end)
	return true
}

// setMoney makes fig an amount of money ending before token end.
func (f *figureFinder) setMoney(fig *Figure, code string, factor float64, end int, out *int) bool {
	fig.Type, fig.Unit = FigureMoney, code
	fig.Value *= factor
	if fig.To != nil {
		*fig.To *= factor
	}
	fig.End = f.toks[end-1].end
	*out = end
	return true
}

// subunitAfter adds the cents after a whole amount: "thirteen dollars
// and forty-five cents", and, at the end of a clause, "15 dollars and
// 15", "15 dollars 50".
func (f *figureFinder) subunitAfter(fig *Figure, k int, end *int) {
	toks := f.toks
	j := k
	if is(f.lower, toks, j, "and") {
		j++
	}
	n, ok := f.number(j)
	if !ok || n.first != j || n.ordinal || n.value >= 100 || n.value != math.Trunc(n.value) || fig.Value != math.Trunc(fig.Value) {
		return
	}
	last := n.end
	switch {
	case is(f.lower, toks, n.end, "cents", "cent", "pence", "penny"):
		last++
	case n.end == len(toks) || is(f.lower, toks, n.end, ".", ",", ";", "!", "?"):
	default:
		return
	}
	fig.Value += n.value / 100
	*end = last
	fig.End = toks[last-1].end
}

// currencyNameAt returns the currency that a name of two or more words
// at toks[k] gives in full ("Hungarian forints", "Vietnamese dong"), the
// longest that currencyNames holds, and the number of its words; 0 when
// none starts there.
func currencyNameAt(lower string, toks []etok, k int) (string, int) {
	var room [64]byte
	name := room[:0]
	code, words := "", 0
	for n := 1; n <= maxCurrencyNameWords && k+n <= len(toks); n++ {
		t := &toks[k+n-1]
		if t.kind != tokWord || n > 1 && !t.space {
			break
		}
		if n > 1 {
			name = append(name, ' ')
		}
		name = append(name, t.in(lower)...)
		if c, ok := currencyNames[string(name)]; ok && n > 1 {
			code, words = c, n
		}
	}
	return code, words
}

// currencyQualifierAt reads a country adjective before a currency word
// ("Canadian dollars", "Hong Kong dollars", "us dollar") and returns its
// currency and how many tokens it takes.
func currencyQualifierAt(lower string, toks []etok, k int) (string, int) {
	if k >= len(toks) || toks[k].kind != tokWord {
		return "", 0 // the qualifiers open with a word
	}
	if k+2 < len(toks) {
		if code, ok := currencyQualifiers[toks[k].in(lower)+" "+toks[k+1].in(lower)]; ok {
			return code, 2
		}
	}
	if code, ok := currencyQualifiers[toks[k].in(lower)]; ok && k+1 < len(toks) {
		if _, isCurrency := currencyWord(toks[k+1].in(lower)); isCurrency {
			return code, 1
		}
	}
	return "", 0
}

// unitAfter reads a unit of measure after a number: "300 km", "5
// tonnes", "40C", "six-mile", "12 years old", "5 feet 2 inches", "50
// km/ms".
func (f *figureFinder) unitAfter(fig *Figure, n number, k int, end *int) bool {
	toks := f.toks
	hyphen := false
	if is(f.lower, toks, k, "-") && glued(toks, k) && glued(toks, k+1) {
		k, hyphen = k+1, true // "six-mile", "12-year-old"
	}
	m, ok := f.matchUnit(k, glued(toks, k) && !hyphen)
	if !ok {
		return false
	}
	fig.Type, fig.Unit = FigureQuantity, m.symbol
	last := m.end
	if div, e, ok := f.perTimeUnit(last); ok && !ageUnits[m.symbol] {
		fig.Unit += "/" + div
		last = e
	}
	if in, e, ok := f.inchesAfter(m.symbol, last); ok {
		fig.Value += in / 12
		last = e
	}
	fig.End = toks[last-1].end
	*end = last
	return true
}

// perTimeUnit reads "/ms", "per millisecond" after a length.
func (f *figureFinder) perTimeUnit(k int) (string, int, bool) {
	if !is(f.lower, f.toks, k, "/", "per") || k+1 >= len(f.toks) {
		return "", k, false
	}
	w := strings.TrimSuffix(f.toks[k+1].in(f.lower), "s")
	if sym, ok := timeUnitSymbols[w]; ok {
		return sym, k + 2, true
	}
	if sym, ok := timeUnitSymbols[f.toks[k+1].in(f.lower)]; ok {
		return sym, k + 2, true
	}
	return "", k, false
}

// inchesAfter reads the inches of "5 feet 2 inches", "12 ft 2 in".
func (f *figureFinder) inchesAfter(symbol string, k int) (float64, int, bool) {
	if symbol != "ft" {
		return 0, k, false
	}
	n, ok := f.number(k)
	if !ok || n.value >= 12 {
		return 0, k, false
	}
	if is(f.lower, f.toks, n.end, "in", "inch", "inches") {
		return n.value, n.end + 1, true
	}
	return 0, k, false
}

// unitMatch is a unit form found at a token.
type unitMatch struct {
	symbol string
	end    int
}

// matchUnit finds the longest unit form at token k; touching tells
// whether it touches the number, which forms like "g" and "t" need.
func (f *figureFinder) matchUnit(k int, touching bool) (unitMatch, bool) {
	if k >= len(f.toks) {
		return unitMatch{}, false
	}
	for _, u := range unitIndex[f.toks[k].in(f.lower)] {
		if u.glued && !touching {
			continue
		}
		if u.glued && len(u.tokens) == 1 && u.tokens[0] != "c" && f.text[f.toks[k].start] < 'a' {
			continue // "5G" is no gram, "5T" no tonne: the short symbols are lower-case
		}
		if end, ok := f.matchForm(k, u.tokens); ok {
			if len(u.tokens) == 1 && u.tokens[0] == "c" && f.centsLetter(k) {
				continue // "14.7C/ per security", "11c a share", "fell 4c": cents
			}
			if end < len(f.toks) && glued(f.toks, end) && f.toks[end].kind != tokSym {
				continue // "24703m212", "scp173m"
			}
			return unitMatch{symbol: u.symbol, end: end}, true
		}
	}
	return unitMatch{}, false
}

// matchForm matches the tokens of a unit form at token k.
func (f *figureFinder) matchForm(k int, form []string) (int, bool) {
	for _, w := range form {
		if k >= len(f.toks) || f.toks[k].in(f.lower) != w {
			return 0, false
		}
		k++
	}
	return k, true
}

// indexedUnit is a unit form split into tokens.
type indexedUnit struct {
	tokens []string
	symbol string
	glued  bool
}

// unitIndex maps the first token of each unit form to its forms, longest
// first.
var unitIndex = indexUnits(unitForms)

func indexUnits(forms []unitForm) map[string][]indexedUnit {
	idx := make(map[string][]indexedUnit)
	for _, u := range forms {
		var toks []string
		lower := lowerASCIIText(u.form)
		for _, t := range splitTokens(u.form) {
			toks = append(toks, t.in(lower))
		}
		idx[toks[0]] = append(idx[toks[0]], indexedUnit{tokens: toks, symbol: u.symbol, glued: u.glued})
	}
	for _, us := range idx {
		sort.SliceStable(us, func(a, b int) bool { return len(us[a].tokens) > len(us[b].tokens) })
	}
	return idx
}

// approxWords are the qualifiers written before figures, by their first
// word; the value is the phrase's first word alone or "" when the word
// needs the next one ("more than").
var approxWords = map[string]string{
	"about": "about", "around": "around", "roughly": "roughly", "approximately": "approximately",
	"nearly": "nearly", "almost": "almost", "some": "some", "over": "over", "under": "under",
	"an": "", "more": "", "less": "", "fewer": "", "up": "", "at": "", "as": "", "close": "",
	"just": "", "upwards": "", "~": "about", "circa": "about", "c.": "about", "below": "below", "above": "above",
	"estimated": "estimated", "only": "only", "exactly": "exactly", "precisely": "exactly",
}

// approxPhrases are the two- and three-word qualifiers, split into words.
var approxPhrases = splitPhrases(

	"more than", "less than", "fewer than", "up to", "at least", "at most", "as many as",
	"as much as", "as few as", "as little as", "close to", "just over", "just under",
	"upwards of", "an estimated", "well over", "well under", "no more than", "no less than",
)

// approxPhraseEnds are the last words of approxPhrases ("than", "to",
// "least"): a qualifier of two or three words ends in one of them.
var approxPhraseEnds = func() map[string]bool {
	m := make(map[string]bool)
	for _, ws := range approxPhrases {
		m[ws[len(ws)-1]] = true
	}
	return m
}()

func splitPhrases(phrases ...string) [][]string {
	out := make([][]string, len(phrases))
	for i, p := range phrases {
		out[i] = strings.Fields(p)
	}
	return out
}

// qualified adds the approximation before the figure (token i is where it
// starts) and the rate after it (token end).
func (f *figureFinder) qualified(fig Figure, i, end int) Figure {
	fig.Approx = f.approxBefore(i)
	fig.Per = f.perAfter(end)
	return fig
}

func (f *figureFinder) approxBefore(i int) string {
	toks := f.toks
	if i == 0 || toks[i-1].kind == tokNum {
		return "" // no qualifier ends in digits: in a run of numbers ("12 15 18") none has one
	}
	return approxEndingAt(f.lower, toks, i)
}

// approxEndingAt is approxBefore without its exit at digits.
func approxEndingAt(lower string, toks []etok, i int) string {
	if i > 0 && !approxPhraseEnds[toks[i-1].in(lower)] {
		return approxWords[toks[i-1].in(lower)] // most words end no phrase: no word of it to compare
	}
	return approxPhraseEndingAt(lower, toks, i)
}

// approxPhraseEndingAt is approxEndingAt comparing every phrase, without
// its exit at words that end none.
func approxPhraseEndingAt(lower string, toks []etok, i int) string {
	for _, ws := range approxPhrases {
		k := i - len(ws)
		if k < 0 {
			continue
		}
		ok := true
		for m, w := range ws {
			if toks[k+m].in(lower) != w {
				ok = false
				break
			}
		}
		if ok {
			return strings.Join(ws, " ")
		}
	}
	if i > 0 {
		return approxWords[toks[i-1].in(lower)]
	}
	return ""
}

// perAfter reads a rate after a figure: "a year", "per share", "an
// hour", "a-share", "/month", "each".
func (f *figureFinder) perAfter(k int) string {
	toks := f.toks
	if k < len(toks) && toks[k].kind == tokNum {
		return "" // both forms open with a word or a sign at k
	}
	if is(f.lower, toks, k, "a", "an", "per", "/", "every", "each") {
		j := k + 1
		if is(f.lower, toks, j, "-") {
			j++
		}
		if j < len(toks) && toks[j].kind == tokWord {
			if w := perUnits[toks[j].in(f.lower)]; w != "" {
				return w
			}
		}
	}
	if is(f.lower, toks, k, "-") && is(f.lower, toks, k+1, "a") && is(f.lower, toks, k+2, "-") && k+3 < len(toks) {
		return perUnits[toks[k+3].in(f.lower)]
	}
	return ""
}

// perUnits are the words that follow "a" or "per" in a rate.
var perUnits = map[string]string{
	"year": "year", "annum": "year", "month": "month", "week": "week", "day": "day",
	"hour": "hour", "minute": "minute", "second": "second", "share": "share",
	"person": "person", "head": "person", "capita": "person", "barrel": "barrel",
	"ton": "ton", "tonne": "tonne", "kilo": "kg", "kg": "kg", "litre": "litre", "liter": "litre",
	"gallon": "gallon", "mile": "mile", "km": "km", "night": "night", "unit": "unit",
	"yr": "year", "mo": "month", "hr": "hour", "piece": "piece", "ticket": "ticket",
}

func isFinite(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }

// roundValue removes the binary noise that scaling leaves on a short
// decimal: "$4.1bn" is 4.1e9, not 4.0999999999999995e9. A value that
// rounds at 15 significant digits (what a float64 holds of any decimal)
// to a decimal of fewer digits is that decimal; others, such as 2/3,
// stay as they are.
func roundValue(v float64) float64 {
	if v == 0 {
		return 0
	}
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return v // a whole number of 15 digits or fewer has no noise to remove
	}
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if significantDigits(r) < 15 {
		return r
	}
	return v
}

// significantDigits counts the digits of v's shortest decimal form.
func significantDigits(v float64) int {
	mantissa, _, _ := strings.Cut(strconv.FormatFloat(math.Abs(v), 'e', -1, 64), "e")
	return len(mantissa) - strings.Count(mantissa, ".")
}
