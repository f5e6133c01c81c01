package lede

// Characters of two bytes. Beyond the Latin letters of latinLetterAt and
// the punctuation of punctuationAt, the tokenizer read a character by
// decoding it and asking in turn whether it is white space, a letter or a
// vulgar fraction, some 200 instructions with the lookups of the unicode
// package. A page of bytes 0x80 to 0xFF read as windows-1252 (the
// "highbytes" page of issue 25) is such characters and little else: "ª",
// "±", "¶", "ƒ" and the letters the mojibake repair makes of them ("ϣ",
// "ժ"). Every character of two bytes, U+0080 to U+07FF, is answered here
// from a table built once from those same questions.

// runeKind is what the tokenizer makes of a character.
type runeKind uint8

const (
	runeSign     runeKind = iota // a sign token by itself: "±", "¶", "«"
	runeSpace                    // white space: the no-break space
	runeLetter                   // a letter, which starts or goes on with a word: "ª", "é", "ϣ"
	runeFraction                 // a vulgar fraction, a number token by itself: "½"
	runeMark                     // a combining mark (isCombiningMark): it goes on with a word, as UAX #29's rule WB4 has it ("ரூ", "e" and an accent), and is a sign alone
)

// kindOfRune asks what the tokenizer's slow path asks of a character
// that is no ASCII, in its order.
func kindOfRune(r rune) runeKind {
	switch {
	case isSpace(r):
		return runeSpace
	case isLetter(r):
		return runeLetter
	case vulgarFractionOf(r) != 0:
		return runeFraction
	case isCombiningMark(r):
		return runeMark
	}
	return runeSign
}

// twoByteKinds holds kindOfRune of the characters U+0080 to U+07FF.
var twoByteKinds = func() (t [0x800 - 0x80]runeKind) {
	for r := rune(0x80); r < 0x800; r++ {
		t[r-0x80] = kindOfRune(r)
	}
	return t
}()

// twoByteAt returns the kind of the character of two bytes at text[i];
// ok is false when another character is there (ASCII, one of three or
// four bytes) or bytes that are no character, which the slow path reads.
func twoByteAt(text string, i int) (kind runeKind, ok bool) {
	c := text[i]
	if c < 0xC2 || c > 0xDF || i+1 >= len(text) {
		return 0, false // 0xC0 and 0xC1 would write ASCII in two bytes: no character
	}
	d := text[i+1]
	if d&0xC0 != 0x80 {
		return 0, false
	}
	return twoByteKinds[(rune(c&0x1F)<<6|rune(d&0x3F))-0x80], true
}

// vulgarFractionOf returns the value of the fraction character r ("½"
// is 0.5), or 0. The fractions lie in two short ranges, "¼" to "¾" and
// "⅐" to "⅞", and most characters are answered without the map.
func vulgarFractionOf(r rune) float64 {
	if r < '¼' || r > '¾' && (r < '⅐' || r > '⅞') {
		return 0
	}
	return vulgarFractions[r]
}

// appendTwoByte reads the character of kind kind at text[i], of two
// bytes, as the slow path of appendTokens would: it returns where reading
// goes on, whether white space was read, and out with its token.
func appendTwoByte(out []etok, text string, i int, kind runeKind, space bool) (int, bool, []etok) {
	switch kind {
	case runeSpace:
		return i + 2, true, out
	case runeLetter:
		j := tokenWordEnd(text, i, 2)
		return j, false, addToken(out, i, j, tokWord, space)
	case runeFraction:
		return i + 2, false, addToken(out, i, i+2, tokNum, space)
	}
	return i + 2, false, addToken(out, i, i+2, tokSym, space)
}

// lettersEnd is where the characters without letters begin: no character
// from U+40000 on is a letter, a digit or white space (planes 4 to 13 are
// unassigned, 14 holds tags and variation selectors, 15 and 16 are for
// private use), and the tokenizer makes each a sign token of its own. The
// unicode package searched its tables to their ends for them: the
// mojibake repair makes such characters of bytes that are no text (the
// highbytes page). TestNoLettersFromLettersEnd checks the tables.
const lettersEnd = 0x40000
