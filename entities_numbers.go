package lede

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Number words. Cardinals below a hundred are digits (0–9), teens (10–19)
// and tens (20–90); multipliers scale what comes before them.
var (
	digitWords = map[string]float64{
		"zero": 0, "nought": 0, "naught": 0,
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
		"six": 6, "seven": 7, "eight": 8, "nine": 9,
	}
	teenWords = map[string]float64{
		"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
		"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	}
	tensWords = map[string]float64{
		"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
		"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	}
	// scaleWords multiply the number before them: "3 hundred", "1.2
	// million", "13 lakh", "two dozen". "Dozens" and the plurals count too
	// ("three dozens", "tens of thousands" is left alone: it is not a figure).
	scaleWords = map[string]float64{
		"hundred": 1e2, "hundreds": 1e2, "thousand": 1e3, "million": 1e6,
		"billion": 1e9, "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5,
		"crore": 1e7, "crores": 1e7, "dozen": 12, "dozens": 12,
	}
	// scaleAbbreviations follow digits, with or without a space: "2.33 k",
	// "$2bn", "€3.5m", "2mil". An upper-case "M" is a million anywhere; a
	// lower-case "m" only after a currency ("£1m"), else it is metres.
	scaleAbbreviations = map[string]float64{
		"k": 1e3, "mn": 1e6, "mln": 1e6, "mil": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9,
		"tn": 1e12, "trn": 1e12, "tln": 1e12, "m": 1e6,
	}
	// ordinalWords are the ordinals that are single words; the others are
	// a cardinal followed by one ("twenty-fifth", "one hundred twenty-fifth").
	ordinalWords = map[string]float64{
		"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
		"seventh": 7, "eighth": 8, "ninth": 9, "nineth": 9, "tenth": 10,
		"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
		"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
		"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
		"fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
		"ninetieth": 90, "hundredth": 1e2, "thousandth": 1e3, "millionth": 1e6,
		"billionth": 1e9, "trillionth": 1e12,
	}
)

// denominator returns the value of a word that names a fraction's
// denominator: "half", "thirds", "quarter", "eighths", "hundredths".
// "Second" is not one ("one second" is a time), nor "first" ("a first").
func denominator(w string) (float64, bool) {
	switch w {
	case "half", "halves":
		return 2, true
	case "quarter", "quarters":
		return 4, true
	case "second", "seconds", "first":
		return 0, false // "a first-round pick", "a first for the club"
	}
	if v, ok := ordinalWords[w]; ok {
		return v, true
	}
	if v, ok := ordinalWords[strings.TrimSuffix(w, "s")]; ok && v > 2 {
		return v, true
	}
	return 0, false
}

// denominatorAt is denominator of token k, which it looks up only for
// the words of its class.
func denominatorAt(lower string, toks []etok, k int) (float64, bool) {
	if !isClass(toks, k, sDenominator) {
		return 0, false
	}
	return denominator(toks[k].in(lower))
}

// number is a number found at a token: its tokens [first, end) and value.
type number struct {
	first, end int
	value      float64
	words      bool    // spelled in words, at least in part
	ordinal    bool    // "30th", "twenty-fifth"
	fraction   bool    // "two-thirds", "½"
	scaled     bool    // ends in a scale word or abbreviation ("1.2 million")
	lastScale  float64 // the last scale above a hundred read, for "3 million and a quarter"
}

// numberAt parses the longest number that starts at token i, or reports
// false. It reads digits ("1,200", "3.5", "1e10"), words ("two hundred and
// six", "a dozen", "half"), mixes of both ("4 thousand 3 hundred and 21"),
// fractions ("three quarters", "one and a half", "2 1/2", "⅔"), decimals in
// words ("nine point nought four"), scales ("1.2 million", "2.33 k",
// "13 lakh") and ordinals ("30th", "twenty-fifth"). A sign before the
// number ("minus five", "-4") makes it negative.
func numberAt(text, lower string, toks []etok, i int) (number, bool) {
	if n, ok := plainNumberAt(lower, toks, i, &groupRun{}); ok {
		return n, true // a number of a run ("1 2 3"): none of the forms below
	}
	return readNumberAt(text, lower, toks, i)
}

// readNumberAt is numberAt without its shortcut for plain numbers.
func readNumberAt(text, lower string, toks []etok, i int) (number, bool) {
	if isArticleOfNoNumber(lower, toks, i) {
		return number{}, false // "a", "an": most are no number, and readSignedNumberAt took a few hundred instructions to say so
	}
	return readSignedNumberAt(text, lower, toks, i)
}

// isArticleOfNoNumber reports "a" or "an" at token i before a word that
// no number starting at the article can go on with. Such a number takes
// a scale ("a dozen", "a million"), a denominator ("a third", "a half",
// "a quarter") or a compound one ("a twenty-first") after the article:
// readSignedNumberAt reads the article as no number by itself
// (cardinalOf reads no "a"; fractionPart only a denominator after it).
// TestArticleOfNoNumber compares it with readSignedNumberAt.
func isArticleOfNoNumber(lower string, toks []etok, i int) bool {
	return is(lower, toks, i, "a", "an") && !isClass(toks, i+1, sScaleWord|sTensWord|sDenominator)
}

// readSignedNumberAt is readNumberAt without its exit at articles.
func readSignedNumberAt(text, lower string, toks []etok, i int) (number, bool) {
	sign := 1.0
	j := i
	// Digits are neither a sign nor an article: most numbers start at
	// digits and skip the checks.
	if i >= len(toks) || toks[i].kind != tokNum {
		if is(lower, toks, j, "minus", "negative") && j+1 < len(toks) {
			sign, j = -1, j+1
		} else if is(lower, toks, j, "-", "−") && j+1 < len(toks) && glued(toks, j+1) && toks[j+1].kind == tokNum &&
			(j == 0 || toks[j].space || toks[j-1].kind == tokSym) {
			sign, j = -1, j+1
		}
		if is(lower, toks, j, "a", "an") && isClass(toks, j+1, sScaleWord) {
			j++ // "a dozen", "a hundred"
		}
	}
	n, ok := unsignedAt(text, lower, toks, j)
	if !ok {
		return number{}, false
	}
	n.first = i
	n.value *= sign
	return n, true
}

func unsignedAt(text, lower string, toks []etok, i int) (number, bool) {
	if i < len(toks) && toks[i].kind == tokNum {
		if v := vulgarFraction(toks[i].in(lower)); v != 0 { // "⅔"
			return number{first: i, end: i + 1, value: v, fraction: true}, true
		}
	}
	n, ok := cardinalOf(text, lower, toks, i)
	if !ok {
		return fractionOnly(lower, toks, i)
	}
	if n.ordinal {
		return n, true
	}
	n = withFraction(lower, toks, n)
	n = withPoint(lower, toks, n)
	return withOver(text, lower, toks, n), true
}

// withOver reads a fraction said with "over", "1 over three", "2000
// over 3", when nothing but punctuation follows the denominator: "2000
// over 3 years" is an amount and a duration.
func withOver(text, lower string, toks []etok, n number) number {
	k := n.end
	if n.ordinal || n.fraction || !isWhole(n.value) || !is(lower, toks, k, "over") || k+1 >= len(toks) {
		return n
	}
	d, ok := cardinalOf(text, lower, toks, k+1)
	if !ok || d.ordinal || d.value == 0 || !isWhole(d.value) {
		return n
	}
	if e := d.end; e < len(toks) && (toks[e].kind != tokSym || !is(lower, toks, e, ".", ",", ";", ":", ")", "?", "!")) {
		return n
	}
	n.value /= d.value
	n.end, n.fraction = d.end, true
	return n
}

// maxNumberTokens bounds the tokens one number may span. The longest
// numbers written in words ("nine hundred and ninety-nine thousand, nine
// hundred and ninety-nine") take about twenty; a run that goes on longer is
// read as a number of that length and the rest as more numbers, so that
// reading from every token of the run costs time linear in its length.
const maxNumberTokens = 40

// part is the kind of part of a number that cardinalOf read last.
type part uint8

const (
	partNone    part = iota // nothing yet
	partDigits              // "3", "1,200"
	partUnit                // "zero" to "nine"
	partTeen                // "ten" to "nineteen"
	partTens                // "twenty" to "ninety"
	partHundred             // a scale of a hundred or less: "hundred", "dozen"
	partScale               // a larger scale: "thousand", "million"
	partAnd                 // "and" inside a number: "two hundred and six"
	partHyphen              // the hyphen of "twenty-five"
)

// cardinalOf reads a whole number in digits, words or both, with its
// scales, ending early at an ordinal word ("twenty-fifth"), which makes
// it an ordinal. It reads at most maxNumberTokens tokens.
func cardinalOf(text, lower string, toks []etok, i int) (number, bool) {
	n := number{first: i, end: i}
	var total, current float64
	last := partNone // the kind of the last part read
	for j := i; j < len(toks) && j-i < maxNumberTokens; j++ {
		t := &toks[j]
		w := t.in(lower)
		switch {
		case t.kind == tokNum:
			// Digits start a number or follow "and" ("3 hundred and 21");
			// "4000 3 hundred" is two numbers.
			if last != partNone && last != partAnd && !(last == partScale && isInteger(w) && float64(atoi(w)) < n.lastScale) || vulgarFraction(w) != 0 {
				goto done // but "4 thousand 3 hundred and 21" goes on
			}
			v, end, ok := digitsValue(text, lower, toks, j)
			if !ok {
				goto done
			}
			if end > j+1 {
				current += v
				n.end, last = end, partDigits
				j = end - 1
				continue
			}
			current += v
			last = partDigits
			if o, ok := ordinalSuffix(lower, toks, j); ok {
				n.end, n.value, n.ordinal = j+2, total+o, true
				return n, true
			}
		case t.kind == tokWord && t.class&sNumberWord == 0 && w != "and" && last != partDigits:
			goto done // no number word (entityTokens looked the classes up once), and no scale after digits
		case t.kind == tokWord && t.class&sDigitWord != 0:
			if !(last == partNone || last == partTens || last == partHyphen || last == partHundred || last == partScale || last == partAnd) {
				goto done
			}
			if w == "one" && j == i && isPronounOne(lower, toks, j) {
				return number{}, false
			}
			current += t.value.float()
			last = partUnit
			n.words = true
		case t.kind == tokWord && t.class&sTeenWord != 0:
			if !(last == partNone || last == partHundred || last == partScale || last == partAnd) {
				goto done
			}
			current += t.value.float()
			last = partTeen
			n.words = true
		case t.kind == tokWord && t.class&sTensWord != 0:
			if !(last == partNone || last == partHundred || last == partScale || last == partAnd) {
				goto done
			}
			current += t.value.float()
			last = partTens
			n.words = true
		case t.kind == tokWord && t.class&sScaleWord != 0:
			s := t.value.float()
			if last == partScale && s <= 100 || last == partAnd || last == partHyphen {
				goto done
			}
			if last == partNone && !(j > 0 && is(lower, toks, j-1, "a", "an")) && w != "hundred" {
				goto done // "million" alone is not a number; "a million" is
			}
			if current == 0 {
				current = 1
			}
			switch {
			case s <= 100:
				current *= s
				last = partHundred
			case last == partScale && current == 1:
				// A scale right after a scale multiplies: "a billion
				// billion" is 1e18, the British "a thousand million" 1e9.
				total *= s
				current = 0
				n.lastScale = s
			default:
				if total+current < s {
					total = (total + current) * s
				} else {
					total += current * s
				}
				current = 0
				last = partScale
				n.lastScale = s
			}
			n.words, n.scaled = true, true
		case t.kind == tokWord && last == partDigits && scaleAbbreviations[w] != 0 && isScaleAbbreviation(text, lower, toks, j):
			current *= scaleAbbreviations[w]
			total += current
			current = 0
			n.end, n.value, n.scaled = j+1, total, true
			return n, true
		case t.kind == tokWord && t.class&sOrdinalWord != 0 && (last == partTens || last == partHyphen || last == partHundred || last == partScale || last == partAnd || last == partNone ||
			t.value.float() >= 100 && (last == partUnit || last == partTeen)): // "three trillionth"
			if last == partNone && !isOrdinalUse(lower, toks, j) || last == partScale && ordinalCompound(lower, toks, j) {
				goto done // "a $1.2 billion second-quarter loss", "3 million first-time buyers"
			}
			o := t.value.float()
			if o >= 100 { // "trillionth", "three trillionth"
				if current == 0 {
					current = 1
				}
				n.end, n.value, n.ordinal, n.words = j+1, total+current*o, true, true
			} else {
				n.end, n.value, n.ordinal, n.words = j+1, total+current+o, true, true
			}
			return n, true
		case (w == "-" || w == "‑") && last == partTens && (isClass(toks, j+1, sDigitWord) && toks[j+1].value != 0 || isClass(toks, j+1, sOrdinalWord) && ordinalWords[toks[j+1].in(lower)] < 10):
			last = partHyphen
			continue
		case w == "and" && (last == partHundred || last == partScale) && j+1 < len(toks) && startsCardinal(text, &toks[j+1]) && !properFractionAt(lower, toks, j+1) &&
			!strings.Contains(toks[j+1].in(lower), "."): // "3 hundred and 2.12 hundred" are two
			last = partAnd
			continue
		default:
			goto done
		}
		n.end = j + 1
	}
done:
	if n.end == i {
		return number{}, false
	}
	n.value = total + current
	return n, true
}

// ordinalCompound reports an ordinal word joined by a hyphen to the word
// after it: an adjective ("second-quarter", "first-time", "third-party"),
// not the end of a number.
func ordinalCompound(lower string, toks []etok, j int) bool {
	return j+2 < len(toks) && is(lower, toks, j+1, "-", "‑") && glued(toks, j+1) && glued(toks, j+2) && toks[j+2].kind == tokWord
}

// isDigitWord reports the words of 0 to 9, "zero" included.
func isDigitWord(w string) bool {
	_, ok := digitWords[w]
	return ok
}

// properFractionAt reports whether a fraction below one starts at token
// k: after "and" it is the fraction of a mixed number ("two hundred and
// fifty-four hundredths" is 200.54), where a larger one is read whole
// ("one hundred and thirty fifths" is 130/5).
func properFractionAt(lower string, toks []etok, k int) bool {
	f, ok := fractionPart(lower, toks, k)
	return ok && f.value < 1
}

// startsCardinal reports whether t, a token of text, can go on a number
// after "and".
func startsCardinal(text string, t *etok) bool {
	return t.kind == tokNum && vulgarFraction(text[t.start:t.end]) == 0 || t.class&(sDigitWord|sTeenWord|sTensWord) != 0
}

// isPronounOne tells "one" the pronoun ("that one", "the first one", "no
// one") from the number.
func isPronounOne(lower string, toks []etok, j int) bool {
	return j > 0 && is(lower, toks, j-1, "that", "this", "the", "which", "each", "every", "no", "any", "another",
		"first", "last", "next", "previous", "same", "new", "old", "only", "right", "wrong", "other", "little", "big", "good", "one")
}

// isOrdinalUse tells an ordinal word standing alone ("the first", "she
// finished second") from the same word as a time unit or a verb ("a
// second", "30 seconds", "to second a motion").
func isOrdinalUse(lower string, toks []etok, j int) bool {
	if toks[j].in(lower) != "second" {
		return true
	}
	return !is(lower, toks, j-1, "a", "per", "one", "to", "every", "each", "split", "nano", "milli") && !is(lower, toks, j+1, "later", "ago", "earlier", "before", "after")
}

// ordinalSuffix reads "st", "nd", "rd", "th" glued to digits ("30th").
func ordinalSuffix(lower string, toks []etok, j int) (float64, bool) {
	if !glued(toks, j+1) || !is(lower, toks, j+1, "st", "nd", "rd", "th") {
		return 0, false
	}
	v, err := strconv.ParseFloat(toks[j].in(lower), 64)
	if err != nil || strings.ContainsAny(toks[j].in(lower), ".,") {
		return 0, false
	}
	return v, true
}

// isScaleAbbreviation decides whether a letter after digits is a scale:
// "2.33 k", "10M", "$2bn", "£1m". A lower-case "m" is a million after a
// currency sign, glued before a plural noun ("1.5m people", "3m tonnes"),
// or after a noun that counts ("a population of 15m"); else it is metres
// ("1.8m tall", "a 2m wall", "a height of 15m").
func isScaleAbbreviation(text, lower string, toks []etok, j int) bool {
	w := toks[j].in(lower)
	raw := text[toks[j].start:toks[j].end]
	if j+1 < len(toks) && glued(toks, j+1) && toks[j+1].kind != tokSym {
		return false // "24703m212"
	}
	if w == "m" && raw == "m" {
		return afterCurrency(text, toks, j-1) || glued(toks, j) && (isPluralNounAt(text, lower, toks, j+1) || countsBefore(lower, toks, j-1))
	}
	if w == "b" && raw == "B" {
		return afterCurrency(text, toks, j-1) // "5 B" alone may be bytes
	}
	if w == "k" {
		return glued(toks, j) || raw == "k" // "- 10  k", "10k"; "10 K" is kelvin
	}
	return true
}

// countNouns count people or things, so that the number after them is a
// count ("a population of 15m", "an audience of 2.5m"), never a length.
var countNouns = map[string]bool{
	"population": true, "audience": true, "audiences": true, "crowd": true, "crowds": true,
	"turnout": true, "membership": true, "readership": true, "viewership": true,
	"workforce": true, "electorate": true, "following": true, "circulation": true,
	"enrolment": true, "enrollment": true, "attendance": true, "headcount": true,
}

// countsBefore reports whether the number at token k follows "<a noun
// that counts> of".
func countsBefore(lower string, toks []etok, k int) bool {
	return k >= 2 && is(lower, toks, k-1, "of") && countNouns[toks[k-2].in(lower)]
}

// isPluralNounAt reports whether token k is a lower-case word that reads
// as a plural noun: "people", or a word of four letters or more ending in
// "s" ("users", "barrels"; not "is", "was", "has").
func isPluralNounAt(text, lower string, toks []etok, k int) bool {
	if k >= len(toks) || toks[k].kind != tokWord || text[toks[k].start:toks[k].end] != toks[k].in(lower) {
		return false
	}
	w := toks[k].in(lower)
	return w == "people" || len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// afterCurrency reports whether the number at token j comes right after a
// currency sign or code ("$2", "US$ 2", "£1").
func afterCurrency(text string, toks []etok, j int) bool {
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		if toks[k].kind == tokNum {
			return false
		}
		if _, ok := currencySign(text[toks[k].start:toks[k].end]); ok {
			return true
		}
	}
	return false
}

// digitsValue reads the number in digits at token j: "1,200.5", the
// Indian "12,34,567.89", a space-grouped "1 414 021 100" (three or more
// groups, so that "in 2019 300 people" stays apart), exponents "1e10",
// "12.32e+14", "6.23x10^-4", and mixed fractions "2 1/2", "1/4".
func digitsValue(text, lower string, toks []etok, j int) (float64, int, bool) {
	t := &toks[j]
	if f := vulgarFraction(t.in(lower)); f != 0 {
		return f, j + 1, true
	}
	v, ok := integerValue(t.in(lower))
	if !ok {
		v, ok = decimalValue(t.in(lower)) // "1,200", "3.5"
	}
	if !ok {
		var err error
		if v, err = strconv.ParseFloat(plainDigits(t.in(lower)), 64); err != nil {
			return 0, j + 1, false
		}
	}
	end := j + 1
	// An exponent, a power and a fraction's slash are glued to the
	// digits; groups are set off by a space: only one kind is read.
	if glued(toks, end) {
		if e, k, ok := exponent(lower, toks, end); ok {
			return v * math.Pow(10, e), k, true
		}
		if p, k, ok := power(lower, toks, end); ok {
			return math.Pow(v, p), k, true
		}
		if k, f, ok := slashFraction(lower, toks, end-1); ok { // "1/4", "-4/5"
			return f, k, true
		}
	} else if k, grouped, ok := spaceGroups(text, lower, toks, j); ok {
		return grouped, k, true
	}
	if end < len(toks) && toks[end].space && toks[end].kind == tokNum && !strings.ContainsAny(t.in(lower), ".,") {
		if k, f, ok := slashFraction(lower, toks, end); ok && f < 1 { // "2 1/2"
			return v + f, k, true
		}
		if fr := vulgarFraction(toks[end].in(lower)); fr != 0 {
			return v + fr, end + 1, true
		}
	}
	if glued(toks, end) && toks[end].kind == tokNum && vulgarFraction(toks[end].in(lower)) != 0 {
		return v + vulgarFraction(toks[end].in(lower)), end + 1, true
	}
	return v, end, true
}

// exponent reads "e10", "e+14", "e-1" glued after digits, or "x10^6".
func exponent(lower string, toks []etok, k int) (float64, int, bool) {
	if !glued(toks, k) {
		return 0, k, false
	}
	t := &toks[k]
	if t.in(lower) == "e" {
		sign, m := 1.0, k+1
		if is(lower, toks, m, "+", "-") && glued(toks, m) {
			if toks[m].in(lower) == "-" {
				sign = -1
			}
			m++
		}
		if m < len(toks) && glued(toks, m) && toks[m].kind == tokNum && isInteger(toks[m].in(lower)) {
			e, _ := strconv.ParseFloat(toks[m].in(lower), 64)
			return sign * e, m + 1, true
		}
		return 0, k, false
	}
	if t.in(lower) == "x" && is(lower, toks, k+1, "10") && glued(toks, k+1) && is(lower, toks, k+2, "^") {
		sign, m := 1.0, k+3
		if is(lower, toks, m, "+", "-") {
			if toks[m].in(lower) == "-" {
				sign = -1
			}
			m++
		}
		if m < len(toks) && toks[m].kind == tokNum && isInteger(toks[m].in(lower)) {
			e, _ := strconv.ParseFloat(toks[m].in(lower), 64)
			return sign * e, m + 1, true
		}
	}
	return 0, k, false
}

// power reads the exponent of a power glued after digits: "^23",
// "^-1", "^+23" ("1.1^23", "2.5^-1").
func power(lower string, toks []etok, k int) (float64, int, bool) {
	if !is(lower, toks, k, "^") || !glued(toks, k) {
		return 0, k, false
	}
	sign, m := 1.0, k+1
	if is(lower, toks, m, "+", "-") && glued(toks, m) {
		if toks[m].in(lower) == "-" {
			sign = -1
		}
		m++
	}
	if m < len(toks) && glued(toks, m) && toks[m].kind == tokNum && isInteger(toks[m].in(lower)) && len(toks[m].in(lower)) <= 3 {
		e, _ := strconv.ParseFloat(toks[m].in(lower), 64)
		return sign * e, m + 1, true
	}
	return 0, k, false
}

// maxSpaceGroups is the most groups of three a number grouped by spaces
// has after its lead group: six reach a quintillion. A longer run of
// three-digit numbers is a list of numbers ("100 200 300 …"), and reading
// it as one from each of its tokens would cost time quadratic in its
// length.
const maxSpaceGroups = 6

// spaceGroups reads digits grouped by single spaces, thin spaces or
// no-break spaces, "1 414 021 100", "12 500": a lead group of one to
// three digits and up to maxSpaceGroups groups of three. A single group
// counts only where no number or month stands before the lead and none
// after the group ("on March 12 500 people", "scores of 6 100 and 7"
// stay apart); two or more always do.
func spaceGroups(text, lower string, toks []etok, j int) (int, float64, bool) {
	lead := toks[j].in(lower)
	if len(lead) > 3 || !isInteger(lead) {
		return j, 0, false
	}
	k := j + 1
	for k < len(toks) && isDigitGroup(text, lower, toks, k) {
		if k-j > maxSpaceGroups {
			return j, 0, false
		}
		k++
		if len(toks[k-1].in(lower)) > 3 {
			break // "567,89" ends the number
		}
	}
	ok := k-j >= 3 ||
		k-j == 2 && !(j > 0 && (toks[j-1].kind == tokNum || isMonthWord(toks[j-1].in(lower)))) && !(k < len(toks) && toks[k].kind == tokNum)
	if !ok {
		return j, 0, false
	}
	// The value is read only now: in a list of three-digit numbers
	// ("100 200 300 …") every token starts a run that is turned away.
	v := float64(atoi(lead))
	for g := j + 1; g < k; g++ {
		x, _ := strconv.ParseFloat(plainDigits(toks[g].in(lower)), 64)
		v = v*1000 + x
	}
	return k, v, true
}

// isDigitGroup reports whether token k is a group of three digits that
// one group space sets off from the token before: "567" or, last in a
// number, "567,89".
func isDigitGroup(text, lower string, toks []etok, k int) bool {
	w := toks[k].in(lower)
	// The digits first, then the space: in a list of three-digit numbers
	// ("100 100 100 …") spaceGroups asks this of each token seven times.
	return toks[k].kind == tokNum && len(w) >= 3 && (len(w) == 3 || w[3] == ',') && isInteger(w[:3]) &&
		isGroupSpace(text[toks[k-1].end:toks[k].start])
}

// isGroupSpace reports the one space that groups digits: a space, a thin
// space (U+2009), a narrow no-break space (U+202F) or a no-break space.
func isGroupSpace(gap string) bool {
	if len(gap) == 1 {
		return gap[0] == ' ' // the common case, without comparing strings
	}
	switch gap {
	case " ", "\u2009", "\u202f", "\u00a0":
		return true
	}
	return false
}

// isMonthWord reports a month's name or its abbreviation.
func isMonthWord(lower string) bool {
	_, ok := monthNames[strings.TrimSuffix(lower, ".")]
	return ok
}

// slashFraction reads "1/4" at token k: small integers around a slash,
// nothing glued after (so that "5/17/2018" is not one).
func slashFraction(lower string, toks []etok, k int) (int, float64, bool) {
	if k+2 >= len(toks) || !is(lower, toks, k+1, "/") || !glued(toks, k+1) || !glued(toks, k+2) || toks[k+2].kind != tokNum {
		return k, 0, false
	}
	a, b := toks[k].in(lower), toks[k+2].in(lower)
	if !isInteger(a) || !isInteger(b) || len(a) > 3 || len(b) > 3 || is(lower, toks, k+3, "/") {
		return k, 0, false
	}
	num, _ := strconv.ParseFloat(a, 64)
	den, _ := strconv.ParseFloat(b, 64)
	if den == 0 {
		return k, 0, false
	}
	return k + 3, num / den, true
}

// integerValue returns the value of s when it is plain digits, at most
// fifteen of them: what strconv.ParseFloat returns for them (any integer
// of fifteen digits is a float64 exactly), without its parsing.
func integerValue(s string) (float64, bool) {
	if len(s) > 15 || !isInteger(s) {
		return 0, false
	}
	return float64(atoi(s)), true
}

func isInteger(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// vulgarFraction returns the value of the fraction character s starts
// with ("½" is 0.5), or 0. The fractions lie outside ASCII, and tokens
// that start in it are answered without a lookup.
func vulgarFraction(s string) float64 {
	if s == "" || s[0] < utf8.RuneSelf {
		return 0
	}
	return vulgarFractionOf(runeOf(s))
}

// runeOf returns the first character of s.
func runeOf(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// withFraction extends a whole number by a fraction after it: "three
// quarters", "twenty fifths", "one and a half", "two-thirds", "three and
// one fourth", and a scale after that ("five and a half million", "one
// billion and three quarters million").
func withFraction(lower string, toks []etok, n number) number {
	j := n.end
	if j < len(toks) && toks[j].kind == tokNum {
		return n // each form goes on with a word or a hyphen: a number after the number ("1 2") has none
	}
	if n.words || isSmallWhole(n) {
		// "three quarters", "two-thirds", "one eighth"
		k := j
		if is(lower, toks, k, "-") && glued(toks, k) && glued(toks, k+1) || is(lower, toks, k, "-") && toks[k].space {
			k++
		}
		if d, end, ok := compoundDenominator(lower, toks, k); ok && n.value < 10 && k == j { // "one twenty-fifth"
			n.value /= d
			n.end, n.fraction = end, true
			return withScaleWords(lower, toks, n)
		}
		if k < len(toks) && toks[k].kind == tokWord {
			if d, ok := denominatorAt(lower, toks, k); ok && fractionAgrees(n, toks[k].in(lower)) {
				n.value /= d
				n.end, n.fraction = k+1, true
				return withScaleWords(lower, toks, n)
			}
		}
	}
	if is(lower, toks, j, "and") {
		if f, ok := fractionPart(lower, toks, j+1); ok && f.value < 1 {
			n.end, n.fraction, n.words = f.end, true, true
			s := 0.0
			if n.end < len(toks) {
				s = scaleWords[toks[n.end].in(lower)]
			}
			switch {
			case s > 100 && n.lastScale > s: // "one billion and three quarters million"
				n.value += f.value * s
				n.end++
			case s > 100: // "five and a half million"
				n.value = (n.value + f.value) * s
				n.end++
			case n.lastScale > 1: // "3 million and a quarter"
				n.value += f.value * n.lastScale
			default: // "one and a half"
				n.value += f.value
			}
		}
	}
	return n
}

// compoundDenominator reads a denominator of tens and an ordinal unit,
// "twenty-fifth", "twenty-firsts", at token k.
func compoundDenominator(lower string, toks []etok, k int) (float64, int, bool) {
	if k+2 >= len(toks) || !isClass(toks, k, sTensWord) || !is(lower, toks, k+1, "-") {
		return 0, k, false
	}
	if is(lower, toks, k+3, "century", "-", "birthday", "anniversary") {
		return 0, k, false // "a twenty-first century city" is an ordinal
	}
	if o := ordinalWords[strings.TrimSuffix(toks[k+2].in(lower), "s")]; o > 0 && o < 10 {
		return toks[k].value.float() + o, k + 3, true
	}
	return 0, k, false
}

// isSmallWhole reports a plain integer that can be a fraction's numerator.
func isSmallWhole(n number) bool {
	return !n.scaled && n.value == math.Trunc(n.value) && n.value < 1000
}

// fractionAgrees checks the number of a denominator: "one third", "two
// thirds", but "one hundred thirty-fifths" and "twenty fifths" too.
func fractionAgrees(n number, den string) bool {
	plural := strings.HasSuffix(den, "s") || den == "halves"
	if n.value == 1 {
		return !plural || den == "quarters" // "one quarters" is rare; allow
	}
	return plural
}

// fractionOnly reads a fraction with no whole part, and a scale after it:
// "a half", "half", "a quarter million", "one fifth", "three quarters",
// "a twenty-first".
func fractionOnly(lower string, toks []etok, i int) (number, bool) {
	n, ok := fractionPart(lower, toks, i)
	if !ok {
		return n, false
	}
	if !n.scaled {
		n = withScaleWords(lower, toks, n)
	}
	return n, true
}

// fractionPart reads a fraction with no whole part and no scale.
func fractionPart(lower string, toks []etok, i int) (number, bool) {
	j := i
	num := 1.0
	switch {
	case is(lower, toks, j, "a", "an"):
		j++
	case isClass(toks, j, sDigitWord|sTeenWord) && toks[j].value != 0:
		num = toks[j].value.float()
		j++
		if is(lower, toks, j, "-") {
			j++
		}
	case j+2 < len(toks) && isClass(toks, j, sTensWord) && is(lower, toks, j+1, "-") && isClass(toks, j+2, sDigitWord) && toks[j+2].value != 0:
		num = toks[j].value.float() + toks[j+2].value.float() // "fifty-four hundredths"
		j += 3
	}
	if is(lower, toks, j, "half") && j == i { // "half", "half a million"
		n := number{first: i, end: j + 1, value: 0.5, words: true, fraction: true}
		if is(lower, toks, j+1, "a", "an") && j+2 < len(toks) && scaleWords[toks[j+2].in(lower)] >= 12 { // "half a dozen", "half a million"
			n.value *= scaleWords[toks[j+2].in(lower)]
			n.end, n.scaled = j+3, true
		}
		return n, true
	}
	if j >= len(toks) || toks[j].kind != tokWord {
		return number{}, false
	}
	if d, end, ok := compoundDenominator(lower, toks, j); ok && j > i { // "a twenty-first"
		return number{first: i, end: end, value: num / d, words: true, fraction: true}, true
	}
	d, ok := denominatorAt(lower, toks, j)
	if !ok || j == i || ordinalCompound(lower, toks, j) && !isClass(toks, j+2, sScaleWord) {
		return number{}, false // not "a fifth-generation farmer", but "a quarter-million"
	}
	return number{first: i, end: j + 1, value: num / d, words: true, fraction: true}, true
}

// withScaleWords multiplies a number by a scale word after it ("three
// quarters million").
// A hyphen may join them ("a half-billion euros", "a quarter-million"),
// and "of a" a fraction to its scale ("a third of a billion").
func withScaleWords(lower string, toks []etok, n number) number {
	k := n.end
	switch {
	case is(lower, toks, k, "-", "‑") && glued(toks, k) && glued(toks, k+1):
		k++
	case n.fraction && is(lower, toks, k, "of") && is(lower, toks, k+1, "a", "an") && k+2 < len(toks) && scaleWords[toks[k+2].in(lower)] > 100:
		k += 2
	}
	if isClass(toks, k, sScaleWord) {
		if s := scaleWords[toks[k].in(lower)]; s > 100 {
			n.value *= s
			n.end = k + 1
			n.scaled = true
		}
	}
	return n
}

// withPoint reads a decimal part spelled in words: "two hundred point
// seventy-one", "nine point nought four".
func withPoint(lower string, toks []etok, n number) number {
	if !n.words || !is(lower, toks, n.end, "point") {
		return n
	}
	digits := ""
	j := n.end + 1
	for j < len(toks) {
		w := toks[j].in(lower)
		if v, ok := digitWords[w]; ok || w == "zero" {
			digits += strconv.Itoa(int(v))
			j++
			continue
		}
		if v, ok := tensWords[w]; ok {
			s := int(v)
			j++
			if is(lower, toks, j, "-") && j+1 < len(toks) && digitWords[toks[j+1].in(lower)] != 0 {
				s += int(digitWords[toks[j+1].in(lower)])
				j += 2
			}
			digits += strconv.Itoa(s)
			continue
		}
		if v, ok := teenWords[w]; ok {
			digits += strconv.Itoa(int(v))
			j++
			continue
		}
		break
	}
	if digits == "" {
		return n
	}
	f, err := strconv.ParseFloat("0."+digits, 64)
	if err != nil {
		return n
	}
	if n.value < 0 {
		f = -f
	}
	n.value += f
	n.end = j
	return n
}
