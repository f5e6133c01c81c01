package lede

// Early exits for numbers in words. Several date readers ask for the
// number at the token they start at, and numberAt reads up to
// maxNumberTokens tokens; in a spelled run ("one hundred and one hundred
// and …") every other token starts a number, most of them in the
// hundreds, which no day, hour, minute or quarter is. These tell such a
// number from its first two tokens, so that the readers say no without
// reading it.

// bigScaleAt reports whether token k is a scale word of a hundred or
// more ("hundred", "thousand", "billion"; not "dozen").
func bigScaleAt(toks []etok, k int) bool {
	return isClass(toks, k, sScaleWord) && !isClass(toks, k, sOrdinalWord) && toks[k].value.float() >= 100
}

// countsHundredsAt reports whether a number read at token k multiplies
// by a scale of a hundred or more first thing: "hundred", "a thousand",
// "one hundred and six", "twenty million". cardinalOf then only adds to
// it and multiplies it by more scales, so an ordinal read there is at
// least a hundred ("one hundred and first"); an ordinal word at k would
// end the number by itself ("first hundred"), and is not counted.
func countsHundredsAt(lower string, toks []etok, k int) bool {
	if k >= 0 && k < len(toks) && toks[k].kind == tokNum {
		return false // digits have no class and are no "a": most numbers
	}
	if bigScaleAt(toks, k) {
		return true
	}
	lead := isClass(toks, k, sDigitWord|sTeenWord|sTensWord) && !isClass(toks, k, sOrdinalWord) || is(lower, toks, k, "a", "an")
	return lead && bigScaleAt(toks, k+1)
}

// countsHundreds reports whether the number at token k, ordinal or not,
// is at least a hundred: it counts hundreds (countsHundredsAt) and no
// word after it could divide it, neither a denominator ("one hundred
// twentieths" is 5; see withFraction) nor "over" (withOver).
func (f *dateFinder) countsHundreds(k int) bool {
	return countsHundredsAt(f.lower, f.toks, k) && k > f.ahead().lastDivisor
}

// unitAhead reports whether a unit of time ("days", "year") is written at
// token k or after it, as every amount of time needs.
func (f *dateFinder) unitAhead(k int) bool {
	return k <= f.ahead().lastUnit
}

// tokensAhead holds the last token of the text of a few classes, read
// once per call when a reader first asks.
type tokensAhead struct {
	read        bool
	lastUnit    int // the last unit of time, or -1
	lastDivisor int // the last denominator or "over", or -1
}

func (f *dateFinder) ahead() *tokensAhead {
	a := &f.tail
	if a.read {
		return a
	}
	a.read, a.lastUnit, a.lastDivisor = true, -1, -1
	// From the end back, as far as the last of each: most texts name a
	// unit of time and a denominator ("first", "half") near their end.
	for k := len(f.toks) - 1; k >= 0 && (a.lastUnit < 0 || a.lastDivisor < 0); k-- {
		t := &f.toks[k]
		if t.class&(sUnit|sDenominator) == 0 && t.end-t.start != len("over") {
			continue // most tokens, of neither class and no word of four bytes: one test
		}
		if a.lastUnit < 0 && t.class&sUnit != 0 {
			a.lastUnit = k
		}
		if a.lastDivisor < 0 && (t.class&sDenominator != 0 || t.in(f.lower) == "over") {
			a.lastDivisor = k
		}
	}
	return a
}
