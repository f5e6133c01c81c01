package lede

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of an entity token.
type tokKind uint8

const (
	tokWord tokKind = iota // a run of letters, with apostrophes inside ("o'clock")
	tokNum                 // a run of digits with its grouping and decimal marks ("1,200.5"), or a vulgar fraction ("½")
	tokSym                 // any other single character: "$", "%", "-", "/", "."
)

// etok is a token of the figure and date finders. Unlike the quote
// finder's words, digits and letters are separate tokens ("10kph" is "10"
// and "kph", "US$2bn" is "US", "$", "2", "bn"), and each token knows
// whether white space separates it from the one before, so that the
// grammars can tell "5G" from "5 G" and "six-mile" from "six - mile".
//
// A token holds no pointer, so that the token list, the largest
// allocation of a call (a token every five bytes of news text), costs
// the garbage collector nothing to scan and its appends no write
// barriers. Its lower-case form is read out of the text lower-cased
// (lowerASCIIText), which the finders hold beside the tokens: t.in(lower).
type etok struct {
	start, end int
	// class holds the word's date-starter classes (sMonth, …) and
	// sNumberStart, looked up once here rather than by every reader.
	class wordClass
	// value is the value of a number word ("seven", "forty", "million",
	// "third"; its class says which table it is in), looked up once here
	// for the number readers.
	value wordValue
	kind  tokKind
	space bool // white space (or the start of the text) before the token
}

// in returns the token lower-cased, out of lower, the text the token was
// read from with its ASCII capitals lower-cased (lowerASCIIText). Digits
// and signs have no case: for them the text itself serves as well.
func (t *etok) in(lower string) string { return lower[t.start:t.end] }

// wordValue is the value of a number word in a byte: up to 127 the value
// itself ("seven" 7, "dozen" 12, "hundred" 100), above that a power of
// ten ("million" is 128+6), which every larger scale and its ordinal is.
type wordValue uint8

func (v wordValue) float() float64 {
	if v < 128 {
		return float64(v)
	}
	return math.Pow10(int(v - 128))
}

// wordValueOf encodes the value of a number word; ok is false when the
// byte cannot hold it.
func wordValueOf(f float64) (v wordValue, ok bool) {
	if f >= 0 && f < 128 && f == math.Trunc(f) {
		return wordValue(f), true
	}
	for e := 0; e < 128; e++ {
		if math.Pow10(e) == f {
			return wordValue(128 + e), true
		}
	}
	return 0, false
}

// numberWordValues are the values of the number words (digitWords,
// teenWords, tensWords, scaleWords, ordinalWords: no word is in two),
// encoded for the tokens.
var numberWordValues = func() map[string]wordValue {
	m := make(map[string]wordValue)
	for _, table := range []map[string]float64{digitWords, teenWords, tensWords, scaleWords, ordinalWords} {
		for w, f := range table {
			v, ok := wordValueOf(f)
			if !ok {
				panic("lede: number word " + w + " does not fit a wordValue")
			}
			m[w] = v
		}
	}
	return m
}()

// entityTokens splits text into tokens and classifies them. Their
// lower-case forms are read out of lowerASCIIText(text).
func entityTokens(text string) []etok {
	return classifyTokens(lowerASCIIText(text), splitTokens(text))
}

// classifyTokens looks up the classes and values of the words of toks,
// whose text lower-cased is lower.
func classifyTokens(lower string, toks []etok) []etok {
	for i := range toks {
		t := &toks[i]
		if t.kind == tokNum {
			continue
		}
		t.class, t.value = classAndValueOf(t.in(lower))
	}
	return toks
}

// splitTokens splits text into tokens, unclassified.
func splitTokens(text string) []etok {
	return appendTokens(make([]etok, 0, len(text)/4+1), text, 0, len(text))
}

// appendTokens appends the tokens of text[from:to] to out, unclassified,
// with their offsets into the whole text. from must be 0 or a byte of
// white space, and to the end of the text or one: no token runs across
// white space, so text[from:to] splits into the tokens text would have
// there, and the tokens of consecutive pieces are those of the whole.
func appendTokens(out []etok, text string, from, to int) []etok {
	space := true
	for i := from; i < to; {
		if c := text[i]; c == ' ' || c == '\n' {
			space = true // the common white space, without decoding
			i++
			continue
		}
		if c := text[i] | 0x20; 'a' <= c && c <= 'z' && (c != 'h' && c != 'w' || !isURLAt(text, i)) {
			// An ASCII letter, the most common start of a token: a word,
			// read without the checks below.
			j := tokenWordEnd(text, i, 1)
			out = addToken(out, i, j, tokWord, space)
			i, space = j, false
			continue
		}
		if c := text[i]; '0' <= c && c <= '9' {
			// Digits, the next most common start: a number, read without
			// decoding the byte or asking whether it is white space. A
			// digit alone before a space ("1 1 1 …", a table read as
			// text) ends there, as digitsEnd would find.
			j := i + 1
			if j == len(text) || text[j] != ' ' {
				j = digitsEnd(text, i)
			}
			out = addToken(out, i, j, tokNum, space)
			i, space = j, false
			continue
		}
		if n := latinLetterAt(text, i); n > 0 {
			// A letter of Latin-1 or Latin Extended-A ("é", "ł"), the
			// common start of a word beyond ASCII, read without decoding
			// it: it is no space, digit or sign, and opens no web address.
			j := tokenWordEnd(text, i, n)
			out = addToken(out, i, j, tokWord, space)
			i, space = j, false
			continue
		}
		if n := punctuationAt(text, i); n > 0 {
			// A quotation mark, a dash or a guillemet: a sign, read
			// without decoding it (see punctuationAt).
			out = addToken(out, i, i+n, tokSym, space)
			i, space = i+n, false
			continue
		}
		if kind, ok := twoByteAt(text, i); ok {
			// Any other character of two bytes, read from a table
			// rather than decoded and looked up (see twoByteAt).
			i, space, out = appendTwoByte(out, text, i, kind, space)
			continue
		}
		r, n := runeAt(text, i)
		switch {
		case r >= lettersEnd:
			// A character of the planes without letters: a sign, told
			// without the lookups that search their tables to the end.
			out = addToken(out, i, i+n, tokSym, space)
			i += n
		case isSpace(r):
			space = true
			i += n
			continue
		case r == '.' && space && i+1 < len(text) && isDigit(rune(text[i+1])):
			// A decimal without its zero: "fell .25%", "batting .312".
			j := skipDigits(text, i+1)
			out = addToken(out, i, j, tokNum, space)
			i = j
		case isDigit(r):
			j := digitsEnd(text, i)
			out = addToken(out, i, j, tokNum, space)
			i = j
		case isLetter(r) && isURLAt(text, i):
			for i < len(text) { // a web address: its digits are neither figures nor dates
				r, n := runeAt(text, i)
				if isSpace(r) {
					break
				}
				i += n
			}
			continue
		case isLetter(r):
			j := tokenWordEnd(text, i, n)
			out = addToken(out, i, j, tokWord, space)
			i = j
		case r >= utf8.RuneSelf && vulgarFractionOf(r) != 0:
			out = addToken(out, i, i+n, tokNum, space)
			i += n
		default:
			out = addToken(out, i, i+n, tokSym, space)
			i += n
		}
		space = false
	}
	return out
}

// addToken appends the token [start, end) of kind kind to out. It appends
// a zero token and sets its fields in place: append(out, etok{…}) built
// the token on the stack, zeros first with two overlapping 16-byte stores
// and its fields on top, then copied it with two 16-byte loads, each of
// which spanned stores before it and had to wait for them to reach the
// cache (a store-forwarding stall): a third of the tokenizer's time.
func addToken(out []etok, start, end int, kind tokKind, space bool) []etok {
	out = append(out, etok{})
	t := &out[len(out)-1]
	t.start, t.end, t.kind, t.space = start, end, kind, space
	return out
}

// tokenWordEnd returns the end of the word whose first letter, of n bytes,
// is at text[i]: letters, the combining marks on them ("ரூ", "é" written
// as "e" and an accent), and apostrophes between letters ("o'clock") but
// before the "s" of a possessive.
func tokenWordEnd(text string, i, n int) int {
	j := i + n
	for j < len(text) {
		for j < len(text) && asciiLetters[text[j]] {
			j++ // ASCII letters, the common case, a table lookup each
		}
		if j == len(text) {
			break
		}
		if c := text[j]; c < utf8.RuneSelf {
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				j++ // an ASCII letter, the common case, without decoding
				continue
			}
			if c != '\'' {
				break // a space, a digit or a sign ends the word
			}
		}
		if n := latinLetterAt(text, j); n > 0 {
			j += n // a letter beyond ASCII, the common case there, without decoding
			continue
		}
		if kind, ok := twoByteAt(text, j); ok {
			if kind == runeLetter || kind == runeMark {
				j += 2 // another letter of two bytes, or a mark on the last one, from its table
				continue
			}
			break // a sign or a space of two bytes, which no apostrophe is
		}
		if endsWordAt(text, j) {
			break // a closing quotation mark or a dash, without decoding
		}
		r2, n2 := runeAt(text, j)
		if r2 >= lettersEnd {
			break // a sign of the planes without letters, without their lookups
		}
		if isLetter(r2) && !isDigit(r2) || isCombiningMark(r2) || (r2 == '\'' || r2 == '’') && isLetterAt(text, j+n2, len(text)) && !isPossessiveS(text, j+n2) {
			j += n2
			continue
		}
		break
	}
	return j
}

// asciiLetters holds true for the bytes of the ASCII letters.
var asciiLetters = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// latinLetterAt returns the length of the letter of Latin-1 (U+00C0 to
// U+00FF but "×" and "÷") or Latin Extended-A (U+0100 to U+017F) at
// text[i], two bytes, or 0 when another character is there: the letters
// of most European languages beyond ASCII, which isLetter answers after
// decoding them and looking them up. TestLatinLettersAreLetters checks
// the range against isLetter.
func latinLetterAt(text string, i int) int {
	if c := text[i]; c < 0xC3 || c > 0xC5 || i+1 >= len(text) {
		return 0 // the lead byte first: signs and other scripts
	}
	c, d := text[i], text[i+1]
	if d < 0x80 || d > 0xBF || c == 0xC3 && (d == 0x97 || d == 0xB7) {
		return 0
	}
	return 2
}

// isURLAt reports whether a web address starts at text[i]: "http://",
// "https://" or "www.".
func isURLAt(text string, i int) bool {
	if !mayOpenURL(text, i) {
		return false // the common case, checked first: tokenizing is hot
	}
	for _, prefix := range []string{"http://", "https://", "www."} {
		if len(text)-i >= len(prefix) && strings.EqualFold(text[i:i+len(prefix)], prefix) {
			return true
		}
	}
	return false
}

// mayOpenURL reports whether text[i:] opens as "ht" or "ww" in any case,
// as every web address isURLAt reads does. Testing two bytes rather than
// one skips the common words of news text that open with h or w ("he",
// "was", "who", "with", "have") without comparing them with each prefix.
func mayOpenURL(text string, i int) bool {
	if i+1 >= len(text) {
		return false
	}
	switch text[i] | 0x20 {
	case 'h':
		return text[i+1]|0x20 == 't'
	case 'w':
		return text[i+1]|0x20 == 'w'
	}
	return false
}

// isPossessiveS reports whether text[i:] starts with the "s" of a
// possessive ("Friday's"), which the tokenizer splits off.
func isPossessiveS(text string, i int) bool {
	return text[i] == 's' && (i+1 == len(text) || !isLetterAt(text, i+1, len(text)))
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// digitsEnd returns the end of the number written in digits at text[i]:
// digits with thousands separators ("1,200,000", and the Indian
// "12,34,567") and one decimal part ("3.5", "1,674.5"). A comma starts a
// group only before exactly three digits, or two digits and another comma,
// so that lists ("1,2,3") and "2019, 12" stay apart.
func digitsEnd(text string, i int) int {
	j := skipDigits(text, i)
	if j == len(text) || !mayGoOnDigits(text[j]) {
		return j // most numbers: a space, a letter or a sign after the digits
	}
	if k, ok := groupedEnd(text, i, j); ok {
		return k
	}
	if k, ok := codeEnd(text, j); ok {
		return k
	}
	if k, ok := decimalCommaEnd(text, j); ok {
		return k // "2,4%", "567,89"
	}
	for j+1 < len(text) && text[j] == ',' {
		k := skipDigits(text, j+1)
		n := k - (j + 1)
		if n == 3 || n == 2 && k < len(text) && text[k] == ',' {
			j = k
			continue
		}
		break
	}
	if j+1 < len(text) && text[j] == '.' && isDigit(rune(text[j+1])) {
		j = skipDigits(text, j+1)
	}
	return j
}

// mayGoOnDigits reports whether c, the byte after a run of digits, can
// go on with the number digitsEnd reads: a point, a comma, an apostrophe
// or the first byte of "’" (the marks of groupedEnd, codeEnd,
// decimalCommaEnd, grouping commas and decimals).
func mayGoOnDigits(c byte) bool {
	return c == '.' || c == ',' || c == '\'' || c == "’"[0]
}

// groupedEnd reads the digits grouped in thousands by points, as German,
// Spanish or Italian text writes them ("1.234.567", "1.234,56"), or by
// apostrophes, as Swiss text does ("1'000", "1’250’000.50"), after the
// lead group text[i:j]. Points group only twice or more, or before a
// decimal comma: "1.234" alone is English for one point two three four.
func groupedEnd(text string, i, j int) (int, bool) {
	if j-i > 3 || j >= len(text) {
		return j, false
	}
	sep := text[j : j+1]
	if strings.HasPrefix(text[j:], "’") {
		sep = "’"
	}
	if sep != "." && sep != "'" && sep != "’" {
		return j, false
	}
	groups, k := 0, j
	for strings.HasPrefix(text[k:], sep) {
		e := skipDigits(text, k+len(sep))
		if e-(k+len(sep)) != 3 {
			break
		}
		groups, k = groups+1, e
	}
	if groups == 0 || k < len(text) && isDigit(rune(text[k])) {
		return j, false
	}
	decimal := "."
	if sep == "." {
		decimal = ","
	}
	if k+1 < len(text) && text[k:k+1] == decimal && isDigit(rune(text[k+1])) {
		return skipDigits(text, k+1), sep != "." || groups >= 1
	}
	return k, sep != "." || groups >= 2
}

// decimalCommaEnd reads a decimal comma after the digits that end at j:
// a comma and one or two digits that no digit or comma follows ("2,4%",
// "0,75 euros"). Grouping commas take three digits, Indian ones two
// before another comma.
func decimalCommaEnd(text string, j int) (int, bool) {
	if j+1 >= len(text) || text[j] != ',' {
		return j, false
	}
	e := skipDigits(text, j+1)
	if n := e - (j + 1); n < 1 || n > 2 || e < len(text) && (text[e] == ',' || text[e] == '.' && e+1 < len(text) && isDigit(rune(text[e+1]))) {
		return j, false
	}
	return e, true
}

// codeEnd reads the rest of an address or a version number after the
// digits that end at j: four or more parts joined by points ("10.0.0.1")
// or three whose last has a single digit ("2.4.1"). Dates written with
// points ("23.07.2017") end in two or four digits and are not codes.
func codeEnd(text string, j int) (int, bool) {
	parts, k, last := 1, j, 0
	for k+1 < len(text) && text[k] == '.' && isDigit(rune(text[k+1])) {
		e := skipDigits(text, k+1)
		parts, last, k = parts+1, e-(k+1), e
	}
	if parts >= 4 || parts == 3 && last == 1 {
		return k, true
	}
	return j, false
}

// plainDigits writes a number token as strconv reads it: grouping marks
// out and the decimal mark a point ("1.234.567,89" is "1234567.89",
// "1'000" is "1000", "1,200" is "1200").
// An address or a version ("10.0.0.1", "2.4.1") stays as it is, which
// strconv does not read.
func plainDigits(s string) string {
	if isInteger(s) {
		return s // most numbers: no marks to take out
	}
	if strings.ContainsAny(s, "'’") {
		return strings.ReplaceAll(strings.ReplaceAll(s, "'", ""), "’", "")
	}
	whole, frac, european := strings.Cut(s, ",")
	if european && !strings.Contains(whole, ".") && len(frac) <= 2 && !strings.Contains(frac, ",") {
		return whole + "." + frac // a decimal comma: "2,4"
	}
	if strings.Count(whole, ".") >= 1 && (european || strings.Count(whole, ".") >= 2) {
		groups := strings.Split(whole, ".")
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return s
			}
		}
		if european {
			return strings.Join(groups, "") + "." + frac
		}
		return strings.Join(groups, "")
	}
	return strings.ReplaceAll(s, ",", "")
}

func skipDigits(text string, i int) int {
	for i < len(text) && '0' <= text[i] && text[i] <= '9' {
		i++
	}
	return i
}

// vulgarFractions maps the Unicode fraction characters to their values.
var vulgarFractions = map[rune]float64{
	'½': 1.0 / 2, '⅓': 1.0 / 3, '⅔': 2.0 / 3, '¼': 1.0 / 4, '¾': 3.0 / 4,
	'⅕': 1.0 / 5, '⅖': 2.0 / 5, '⅗': 3.0 / 5, '⅘': 4.0 / 5, '⅙': 1.0 / 6,
	'⅚': 5.0 / 6, '⅐': 1.0 / 7, '⅛': 1.0 / 8, '⅜': 3.0 / 8, '⅝': 5.0 / 8,
	'⅞': 7.0 / 8, '⅑': 1.0 / 9, '⅒': 1.0 / 10,
}

// glued reports whether token i follows token i-1 with no space between.
func glued(toks []etok, i int) bool {
	return i > 0 && i < len(toks) && !toks[i].space
}

// isClass reports whether token i exists and its word is of class c.
func isClass(toks []etok, i int, c wordClass) bool {
	return i >= 0 && i < len(toks) && toks[i].class&c != 0
}

// is reports whether token i exists and is, lower-cased, one of words;
// lower is the text lower-cased.
func is(lower string, toks []etok, i int, words ...string) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	t := &toks[i]
	n := t.end - t.start
	if n == 0 {
		return false // no token is empty, and no word asked for is
	}
	first := lower[t.start]
	for _, w := range words {
		// The length and then the first byte turn most words away before
		// a call compares the rest: is is asked of every token by the
		// readers, often with long lists ("from", "between", "at", …).
		if len(w) == n && w[0] == first && w == lower[t.start:t.end] {
			return true
		}
	}
	return false
}

// wordClasses maps the lower-cased words (and signs) that can start a
// figure or a date expression to their classes: sNumberStart for number
// words, currency signs and codes, dollar prefixes and signs; sMonth,
// sWeekday, … for dates; sDigitWord, sScaleWord, … for the table a
// number word is in. It is built from the vocabularies, so that a
// word added to a table starts expressions too; the finders try their
// grammars only at these and at digits.
var wordClasses = buildWordClasses()

// classOf returns wordClasses[w].
func classOf(w string) wordClass {
	c, _ := classAndValueOf(w)
	return c
}

// classAndValueOf returns wordClasses[w] and numberWordValues[w],
// answering most words without looking them up: a single ASCII
// character from a table, a word whose first two letters and length no
// word of the vocabularies has (most words of a text: "people", "said")
// from wordFilter, and any other word whose first two bytes open no word
// of the vocabularies (most words and signs of other scripts: "été", "«",
// "Ω") from wordOpenings. The rest it looks up in the vocabulary table.
func classAndValueOf(w string) (wordClass, wordValue) {
	if len(w) == 1 && w[0] < utf8.RuneSelf {
		return asciiClasses[w[0]], numberWordValues1[w[0]]
	}
	if i, ok := filterIndex(w); ok {
		if wordFilter[i]&(1<<len(w)) == 0 {
			return 0, 0
		}
	} else if len(w) >= 2 && !wordOpenings.has(w) {
		return 0, 0
	}
	return vocabulary.lookup(w)
}

// numberWordValues1 are the values of the number words of one ASCII
// character, if any.
var numberWordValues1 = func() (t [utf8.RuneSelf]wordValue) {
	for w, v := range numberWordValues {
		if len(w) == 1 && w[0] < utf8.RuneSelf {
			t[w[0]] = v
		}
	}
	return t
}()

// openings is a set of the first two bytes of words, as bits.
type openings [1 << 16 / 64]uint64

func openingOf(w string) int { return int(w[0])<<8 | int(w[1]) }

// has reports whether the first two bytes of w, of two bytes or more,
// are in the set.
func (o *openings) has(w string) bool {
	k := openingOf(w)
	return o[k/64]&(1<<(k%64)) != 0
}

// add adds the first two bytes of w, of two bytes or more, to the set.
func (o *openings) add(w string) {
	k := openingOf(w)
	o[k/64] |= 1 << (k % 64)
}

// wordOpenings are the first two bytes of the words of wordClasses of
// two bytes or more.
var wordOpenings = func() (o openings) {
	for w := range wordClasses {
		if len(w) >= 2 {
			o.add(w)
		}
	}
	return o
}()

// filterIndex is the cell of wordFilter for a word of 2 to 31 bytes that
// opens with two ASCII lower-case letters.
func filterIndex(w string) (int, bool) {
	if len(w) < 2 || len(w) > 31 || w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z' {
		return 0, false
	}
	return int(w[0]-'a')*26 + int(w[1]-'a'), true
}

// asciiClasses are the classes of the one-character words and signs.
var asciiClasses = func() (t [utf8.RuneSelf]wordClass) {
	for w, c := range wordClasses {
		if len(w) == 1 && w[0] < utf8.RuneSelf {
			t[w[0]] = c
		}
	}
	return t
}()

// wordFilter holds, for each pair of opening letters, the lengths (as
// bits) of the vocabulary words that open with them.
var wordFilter = func() (f [26 * 26]uint32) {
	for w := range wordClasses {
		if i, ok := filterIndex(w); ok {
			f[i] |= 1 << len(w)
		}
	}
	return f
}()

// canStartNumber reports whether token t can start a figure.
// lineBreakBefore reports a line break between tokens j-1 and j (0 < j <
// len(toks)): the end of a paragraph or a line.
func lineBreakBefore(text string, toks []etok, j int) bool {
	return strings.ContainsRune(text[toks[j-1].end:toks[j].start], '\n')
}

// isCurrencySignRune reports a currency sign (Unicode category Sc): "$",
// "£", "₵", "¢".
func isCurrencySignRune(r rune) bool { return unicode.Is(unicode.Sc, r) }

func canStartNumber(t *etok) bool {
	return t.kind == tokNum || t.class&sNumberStart != 0
}

// addKeys adds class to the classes of the words that key table.
func addKeys[V any](m map[string]wordClass, class wordClass, table map[string]V) {
	for w := range table {
		m[w] |= class
	}
}

// holidayWord is the first token of a holiday's name, lower-cased
// ("christmas" of "Christmas Day").
func holidayWord(name string) string {
	return splitTokens(name)[0].in(lowerASCIIText(name))
}

func buildWordClasses() map[string]wordClass {
	m := make(map[string]wordClass)
	add := func(class wordClass, words ...string) {
		for _, w := range words {
			m[w] |= class
		}
	}
	for _, table := range []map[string]float64{digitWords, teenWords, tensWords, scaleWords, ordinalWords} {
		addKeys(m, sNumberWord|sNumberStart, table)
	}
	add(sNumberWord, "half")
	addKeys(m, sDigitWord, digitWords)
	addKeys(m, sTeenWord, teenWords)
	addKeys(m, sTensWord, tensWords)
	addKeys(m, sScaleWord, scaleWords)
	addKeys(m, sOrdinalWord, ordinalWords)
	add(sDenominator, "half", "halves", "quarter", "quarters")
	for w := range ordinalWords {
		add(sDenominator, w, w+"s") // "thirds", "hundredths"
	}
	addKeys(m, sMonth, monthNames)
	addKeys(m, sWeekday, weekdayNames)
	for name := range weekdayNames {
		if strings.HasSuffix(name, "day") {
			add(sWeekday, name+"s") // "Tuesdays"
		}
	}
	addKeys(m, sRelDay, relativeDays)
	addKeys(m, sSet, setWords)
	addKeys(m, sRef, refWords)
	addKeys(m, sRef, termWords)
	add(sRef, "these")
	addKeys(m, sUnit, dateUnits)
	addKeys(m, sYear, decadeWords)
	for name := range holidays {
		add(sHoliday, holidayWord(name))
	}
	for name := range movingHolidays {
		add(sHoliday, holidayWord(name))
	}
	addKeys(m, sRelative, relativeWords)
	add(sVague, "first", "latest", "entire", "full", "whole", "same", "final", "initial", "recent",
		"few", "several", "many", "some", "a", "an", "another")
	add(sQuarter, "q", "h")
	add(sYear, "fy", "year", "'", "’")
	add(sClock, "noon", "midday", "midnight", "half", "quarter")
	add(sSet, "every", "each", "per", "once", "twice", "thrice")
	add(sUnit, "weekend", "weekends", "past", "latest", "current", "same", "full")
	add(sUnit, "morning", "afternoon", "evening", "daytime", "lunchtime", "dinnertime", "suppertime")
	addKeys(m, sUnit, seasons)
	add(sThe, "the")
	add(sToDate, "to", "till")
	add(sModifier, modifierWords...)
	add(sNumberStart, "a", "an", "half", "quarter", "quarters", "minus", "negative", "-", "−")
	for _, table := range []map[string]string{currencyDefaults, cldrSymbols} {
		for w := range table {
			add(sNumberStart, w, strings.ToLower(w))
			if prefix := strings.TrimRightFunc(w, isCurrencySignRune); prefix != w && prefix != "" {
				add(sNumberStart, strings.ToLower(prefix)) // "E£", "CN¥", "NT$", "GH₵"
			}
		}
	}
	addKeys(m, sNumberStart, dollarPrefixes)
	for w := range currencyAbbreviations {
		add(sNumberStart, strings.ToLower(w))
	}
	for w := range isoCurrencies {
		if isCurrencyCode(w) {
			add(sNumberStart, strings.ToLower(w), "m"+strings.ToLower(w))
		}
	}
	add(sNumberStart, "btc", "rmb")
	addKeys(m, sNumberStart, currencyWords) // "rupees 500 crore": see currencyWordBefore
	addKeys(m, sNumberStart, currencyBaseNames)
	return m
}
