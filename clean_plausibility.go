package lede

import (
	"math"
	"strings"

	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Implausibility costs.
const (
	// controlCost is the cost of a C1 control, which text never holds.
	controlCost = 3
	// oddCost is the cost of each sign of damage: a rare character, or a
	// character in a place real text does not put it.
	oddCost = 1
	// strayCost is the cost of a letter standing alone that is no word:
	// "(-1/2)! = ù".
	strayCost = 2
)

// implausibility scores how unlike real text s is: 0 for text without any
// sign of damage. The signs, each with the example that motivates it:
//
//   - C1 controls and replacement characters ("â\u0080\u0099", "�");
//   - rare characters (see isRareChar), more so next to a letter;
//   - the commonest windows-1252 mojibake pair, a Latin-1 letter of the
//     range that UTF-8 lead bytes show as followed by a sign of the range
//     continuation bytes show as ("Ã©", "â€", "Î³");
//   - a symbol between two letters ("SÃ£o", "Г‚В");
//   - letters of two scripts side by side ("Ð±Ñ" next to "б"), and a
//     letter that is alone of its script in a text of another ("HUHLL Յ");
//   - an accented capital after a lower-case letter ("cafÃ"), or between a
//     capital and a lower-case letter ("ÄÆdomu"), and an
//     accented small letter ending a word in capitals ("AHř,");
//   - an accented Latin letter standing alone that is no word ("= ù",
//     "3Â m", but "é" and "à" are words);
//   - letters few languages use (see isRareLetter), more so in a word;
//   - a combining mark after something other than a letter, or a mark of
//     one script on a letter of another.
//
// A soft hyphen between small letters is no sign: pages hyphenate words
// with it ("Groß\u00adtheoretiker", which read as UTF-8 would be "Gro߭t").
func implausibility(rs []rune, lo, hi int, scripts *scriptCounts) int {
	return implausibilityBelow(rs, lo, hi, scripts, math.MaxInt)
}

// implausibilityBelow is implausibility, but stops once the cost reaches
// bound, and then returns a cost of at least bound: the repair search
// needs to know no more of a reading that costs as much as the word.
func implausibilityBelow(rs []rune, lo, hi int, scripts *scriptCounts, bound int) int {
	cost := 0
	for i := lo; i < hi && cost < bound; i++ {
		r := rs[i]
		if r < 0x80 {
			continue
		}
		left, left2, right := at(rs, i-1), at(rs, i-2), at(rs, i+1)
		if r == '\u00ad' && hasClass(left, classLower) && hasClass(right, classLower) {
			// A soft hyphen between small letters is a word's
			// hyphenation point ("Groß\u00adtheoretiker"), as pages set
			// for justified text write them. In mojibake it follows a
			// capital ("MartÃ\u00adn" for "Martín").
			continue
		}
		switch {
		case r < 0xA0:
			cost += controlCost
			continue
		case r == utf8.RuneError:
			// Damage already done ("�"); a lead before it lost its
			// continuation ("Ñ�").
			if isAccentedLatin(left) {
				cost += oddCost
			}
			continue
		case isRareChar(r) && (isLetter(left) || isLetter(right)):
			// Rare signs among letters ("t‚Äö√†√∂l"); among other signs they
			// are drawings ("OK??:( `¬´ ):").
			cost += 2 * oddCost
		}
		if isLatinLead(left) && isCP1252Continuation(r) &&
			(utf8SequenceLen(byte(left)) == 2 || isCP1252Continuation(right)) {
			// "Ã©", "â€™", but not "à»": a lead of three bytes
			// needs two.
			cost += oddCost
		}
		switch {
		case hasClass(r, classLetter):
			cost += letterCost(r, left, left2, right, scripts)
		case hasClass(r, classNonspacing):
			if hasClass(left, classSpace) {
				cost += controlCost // a mark on nothing: "tham ̫"
			} else if !isLetter(left) && !hasClass(left, classMark) && !isVariant(left) {
				cost += oddCost // on a sign, as drawings put them: "(ง'̀⌣'́)ง"
			} else if !isGenericMark(r) && !compatibleScripts(script(left), script(r)) {
				cost += strayCost // a Thaana vowel sign on a Greek letter: "φި"
			} else if isGenericMark(r) && hasClass(left, classLetter) && !composes(left, r) {
				// A diacritic that forms no letter with its base:
				// "caf̩" for "café" read in Mac OS Roman.
				cost += strayCost
			}
		case hasClass(left, classLetter) && hasClass(right, classLetter) && isAlphabetSign(r):
			cost += oddCost
		case isApostrophe(r) && !elides(rs, i):
			// "conf’an" for "confían": an apostrophe between letters
			// that neither elides a short word ("l’eau", "O’Neil") nor
			// joins a short ending ("don’t", "Hawai’i").
			cost += oddCost
		case isScriptSign(r):
			if sc := script(r); sc > latinScript && scripts.alone(sc) {
				// A sign alone of its script: "3׀5" for "3×€5".
				cost += strayCost
			}
		}
	}
	return cost
}

// letterCost scores a non-ASCII letter r in its place.
func letterCost(r, left, left2, right rune, scripts *scriptCounts) int {
	cost := 0
	sc := script(r)
	if sc != latinScript && scripts.alone(sc) && !(sc == greekScript && (isLatin(left) || isLatin(right))) {
		// A lone Greek letter in a Latin word is science: "IL2Rγc", "TNFα".
		cost += strayCost
	}
	if isLetter(left) && !compatibleScripts(script(left), sc) {
		cost += oddCost
	}
	if hasClass(r, classUpper) && (hasClass(left, classLower) || hasClass(left, classUpper) && hasClass(right, classLower)) {
		// An accented capital inside a word: "cafÃ", "ÄÆdomu".
		cost += oddCost
	}
	if hasClass(r, classLower) && hasClass(left, classUpper) && hasClass(left2, classUpper) && !isLetter(right) {
		cost += oddCost
	}
	if sc == latinScript && (isWordBreak(left) || hasClass(left, classDigit)) && isWordBreak(right) &&
		!(hasClass(r, classUpper) && hasClass(left2, classUpper)) {
		// A capital after a capital and a space is letter spacing: "C O N C L U S Ã O".
		switch {
		case strings.ContainsRune(oneLetterWords, unicode.ToLower(r)):
		case hasClass(r, classUpper):
			// An initial or a letter's name ("Ö. Yılmaz", "Å, Ä
			// och Ö").
			cost += oddCost
		default:
			cost += strayCost
		}
	}
	if isRareLetter(r) {
		cost += oddCost
		if isLetter(left) || isLetter(right) {
			cost += oddCost
		}
	}
	return cost
}

// isWordBreak reports what separates words: spaces and ASCII punctuation.
func isWordBreak(r rune) bool {
	return r < 0x80 && !isLetter(r) || hasClass(r, classSpace)
}

// oneLetterWords are accented letters that are words on their own
// (French and Italian "à", Portuguese "é", Italian "è", Spanish "ó",
// Norwegian "å", Swedish "ö"), or units ("3 Å"). "ú" is a word in none of
// the languages of the web: a lone "Ú" is "è" misread (ISO 8859-15 bytes
// read as windows-1252).
const oneLetterWords = "àáéèóòåö"

// isRareLetter reports letters that are rare in text but that misreadings
// produce: most of Latin Extended-B (not the Vietnamese, pinyin and
// Romanian letters), the long s and other archaic Latin letters, and the
// Cyrillic supplement.
func isRareLetter(r rune) bool {
	switch {
	case r >= 0x1A0 && r <= 0x1B0, r >= 0x1CD && r <= 0x1DC, r >= 0x218 && r <= 0x21B:
		return false // ơ ư, ǎ ǐ ǒ ǔ, ș ț
	case r >= 0x180 && r < 0x250, r >= 0x500 && r < 0x530:
		return true
	}
	switch r {
	case 'ſ', 'ŉ', 'ĸ', 'ŀ', 'Ŀ':
		return true
	}
	return false
}

// at returns rs[i], or a space outside rs.
func at(rs []rune, i int) rune {
	if i < 0 || i >= len(rs) {
		return ' '
	}
	return rs[i]
}

// Script classes.
const (
	latinScript  = 1
	greekScript  = 3
	hangulScript = 0x1_0000 // above every r>>8 class
	hanScript    = 0x1_0001
)

// compatibleScripts reports whether letters of scripts a and b may stand
// side by side: the same script, digits with anything, and Greek letters
// in Latin words, as science writes them ("IL2Rγ", "TNFα").
func compatibleScripts(a, b int) bool {
	return a == b || a == 0 || b == 0 ||
		(a == latinScript && b == greekScript) || (a == greekScript && b == latinScript)
}

// scriptCounts counts a line's letters, and other characters of
// scripts other than Latin, by script class. Lines hold few scripts, so a
// short array searched in order beats a map; classes past its size are
// not counted.
type scriptCounts struct {
	classes [12]scriptCount
	n       int // classes in use
	total   int
}

type scriptCount struct{ script, n int }

// addAll adds delta for each counted character of rs. The ASCII letters
// after the first are added together at the end: the first gives Latin
// its place among the classes, and the rest only count.
//
// The characters of a run of one script are added together too, when
// the run ends: adding n at once is adding 1 n times, and a line of
// stray bytes is runs of Latin-1 letters and signs.
func (c *scriptCounts) addAll(rs []rune, delta int) {
	latin, seenLatin := 0, false
	run, inRun := -1, 0 // the script of the run, and its characters so far
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		var sc int
		switch {
		case r < 0x80 && seenLatin:
			// Most lines are runs of ASCII between a few other
			// characters: a run's letters are counted in one loop.
			for ; i < len(rs) && rs[i] < 0x80; i++ {
				latin += int(asciiLetterCount[rs[i]])
			}
			i--
			continue
		case r < 0x80:
			if !isASCIILetter(r) {
				continue
			}
			seenLatin, sc = true, latinScript
		case r < countedLow:
			// The repair counts the letters of every line it reads, and
			// of every reading of a word: one load per character.
			v := countedScripts[r]
			if v == 0 {
				continue
			}
			sc = int(v) - 1
		case hasClass(r, classLetter) || isScriptSign(r):
			sc = script(r)
		default:
			continue
		}
		if sc != run {
			if inRun > 0 {
				c.add(run, inRun*delta)
			}
			run, inRun = sc, 0
		}
		inRun++
	}
	if inRun > 0 {
		c.add(run, inRun*delta)
	}
	if latin > 0 {
		c.add(latinScript, latin*delta)
	}
}

// asciiLetterCount holds 1 for the ASCII letters, 0 for the other ASCII
// characters.
var asciiLetterCount = func() (t [0x80]uint8) {
	for r := range rune(0x80) {
		if isASCIILetter(r) {
			t[r] = 1
		}
	}
	return t
}()

// countedLow is where countedScripts ends: past Latin, Greek, Cyrillic,
// Armenian, Hebrew, Arabic and Syriac, the scripts of the code pages.
const countedLow = 0x800

// countedScripts holds, for each character from U+0080 to countedLow,
// the script of the character plus one when addAll counts it (a letter,
// or a sign of a script's block), and 0 when it does not.
var countedScripts = func() (t [countedLow]uint8) {
	for r := rune(0x80); r < countedLow; r++ {
		if hasClass(r, classLetter) || isScriptSign(r) {
			t[r] = uint8(script(r) + 1)
		}
	}
	return t
}()

func (c *scriptCounts) add(sc, delta int) {
	c.total += delta
	for i := range c.n {
		if c.classes[i].script == sc {
			c.classes[i].n += delta
			return
		}
	}
	if c.n < len(c.classes) {
		c.classes[c.n] = scriptCount{sc, delta}
		c.n++
	}
}

// alone reports whether the line's only character of script sc stands
// among characters of other scripts.
func (c *scriptCounts) alone(sc int) bool {
	for _, k := range c.classes[:c.n] {
		if k.script == sc {
			return k.n == 1 && c.total > 1
		}
	}
	return false
}

func isASCIILetter(r rune) bool { return r|0x20 >= 'a' && r|0x20 <= 'z' }

// isAlphabetSign reports the signs that do not stand between two letters
// of a word: the symbols and punctuation of Latin-1 and the general
// blocks that mojibake is made of ("SÃ£o"), but not spaces, the marks and
// punctuation of other scripts ("मौलिक", "19日、新"), or the
// punctuation words hold ("don’t").
func isAlphabetSign(r rune) bool {
	return r < 0x3000 && !isWordPunct(r) && !hasClass(r, classSpace) && !hasClass(r, classMark) && !isScriptSign(r)
}

// isVariant reports variation selectors and joiners, which marks may
// follow ("1\ufe0f\u20e3").
func isVariant(r rune) bool {
	return r >= 0xFE00 && r <= 0xFE0F || r == '\u200d'
}

// isScriptSign reports the characters of the blocks of the world's
// scripts from Greek to Mongolian, letters or not: a Hebrew sign belongs
// to Hebrew text ("׀"), where a euro sign belongs to any.
func isScriptSign(r rune) bool {
	return r >= 0x370 && r < 0x1E00
}

// isApostrophe reports the apostrophes.
func isApostrophe(r rune) bool { return r == '’' || r == '\'' }

// elides reports whether the apostrophe at rs[i] stands where apostrophes
// do in real words: after at most four letters (elision: "l’", "qu’",
// "dell’", "O’") or before at most two ("don’t", "we’ll", "Hawai’i"),
// or not between letters at all.
func elides(rs []rune, i int) bool {
	before, after := 0, 0
	for j := i - 1; j >= 0 && isLetter(rs[j]); j-- {
		before++
	}
	for j := i + 1; j < len(rs) && isLetter(rs[j]); j++ {
		after++
	}
	return before == 0 || after == 0 || before <= 4 || after <= 2
}

// composes reports whether base and the combining mark make one letter
// in NFC, as the diacritics of the world's alphabets do.
func composes(base, mark rune) bool {
	var buf [8]byte
	n := utf8.EncodeRune(buf[:], base)
	n += utf8.EncodeRune(buf[n:], mark)
	return utf8.RuneCount(norm.NFC.Bytes(buf[:n])) == 1
}

// isGenericMark reports the combining marks that go with letters of any
// script: the combining diacritical blocks.
func isGenericMark(r rune) bool {
	return r >= 0x300 && r < 0x370 || r >= 0x1AB0 && r < 0x1B00 ||
		r >= 0x1DC0 && r < 0x1E00 || r >= 0x20D0 && r < 0x2100 || r >= 0xFE20 && r < 0xFE30
}

// isLatin reports Latin letters and digits.
func isLatin(r rune) bool {
	return isLetter(r) && script(r) <= latinScript
}

// isWordPunct reports the punctuation real words hold inside them.
func isWordPunct(r rune) bool {
	switch r {
	case '’', '‘', '\'', '-', '‐', '‑', '·', '.', '\u200c', '\u200d':
		return true
	}
	return false
}

// isAccentedLatin reports the Latin letters outside ASCII, which every
// Latin code page has among its lead bytes ("Ã", "Ă", "Ĺ").
func isAccentedLatin(r rune) bool {
	return r >= 0xC0 && script(r) == latinScript && hasClass(r, classLetter)
}

// isLatinLead reports the Latin-1 characters whose windows-1252 bytes
// start UTF-8 sequences (Â to ô, × among them, which leads Hebrew).
func isLatinLead(r rune) bool {
	return r >= 0xC2 && r <= 0xF4
}

// isCP1252Continuation reports the characters whose windows-1252 bytes are
// UTF-8 continuation bytes (0x80 to 0xBF): "€", "™", "©", "¼", "«"….
func isCP1252Continuation(r rune) bool {
	b, ok := mojibakeCodecs[0].byteOf(r)
	return ok && b >= 0x80 && b <= 0xBF && r != 0xA0
}

// script returns a coarse script class for letters, 0 for digits: mixing
// classes inside a word is a sign of damage.
func script(r rune) int {
	switch {
	case r <= '9' && r >= '0':
		return 0
	case r < 0x250 || r >= 0x1E00 && r < 0x1F00: // Latin, Latin Extended, Vietnamese
		return 1
	case r < 0x370: // IPA, spacing modifiers
		return 2
	case r < 0x400: // Greek
		return 3
	case r < 0x530: // Cyrillic
		return 4
	case r < 0x590: // Armenian
		return 5
	case r < 0x600: // Hebrew
		return 6
	case r < 0x700: // Arabic
		return 7
	case r >= 0x1100 && r < 0x1200, r >= 0x3130 && r < 0x3190, r >= 0xAC00 && r < 0xD7B0: // Hangul
		return hangulScript
	case r >= 0x3040 && r < 0x3100, r >= 0x3400 && r < 0xA000, r >= 0xF900 && r < 0xFB00: // kana, Han
		return hanScript
	}
	return 16 + int(r>>8) // other scripts: one class per 256 code points
}

// isRareChar reports characters that real text rarely holds but mojibake
// produces: box drawing and block elements (code page 437), stray
// spacing accents, IPA letters, and the little-used Latin-1 signs.
func isRareChar(r rune) bool {
	switch {
	case r >= 0x2500 && r <= 0x259F: // box drawing, block elements
		return true
	case r >= 0x250 && r <= 0x2AF: // IPA extensions
		return true
	case r >= 0x2C2 && r <= 0x2DF: // spacing modifier accents: ˆ ˇ ˘ ˙ ˚ ˛ ˜ ˝
		return true
	case r >= 0x2200 && r <= 0x22FF && r != '−' && r != '∞': // math operators (Mac OS Roman)
		return true
	case r >= 0x2900 && r <= 0x2AFF: // supplemental arrows and math operators
		return true
	}
	switch r {
	case '¤', '¦', '¨', '¯', '´', '¸', '¬', 'ƒ', '‰', '†', '‡', '◊', '⁄', '\u00ad':
		return true
	}
	return false
}
