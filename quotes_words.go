package lede

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is a token of a text: a word (letters, digits, and the apostrophes,
// hyphens and periods inside words, initials and abbreviations: "don't",
// "al-Assad", "U.S.", "J.", "Sen.") or a single punctuation character.
// It is the word as tokens keep it (see packedWord), with the text it
// was read from, and its methods read it.
type word struct {
	src *wordSource
	p   packedWord
}

// text returns the word as written, or as lowerHeadlineCase left it.
func (w word) text() string { return w.src.textOf(w.p) }

// textOf returns the text of p. The readers ask it of most words many
// times, and it is kept small enough for the compiler to inline.
func (s *wordSource) textOf(p packedWord) string {
	start, f := p.start(), p.flags()
	t := s.text
	if f&(textLowered|longWord) != 0 {
		if f&longWord != 0 {
			return s.longText[start]
		}
		t = s.lower // the word's lower case is as long, and at its offset
	}
	return t[start : start+p.shortSize()]
}

// lower returns the lower case of the word, as strings.ToLower gives it.
func (w word) lower() string {
	start := w.p.start()
	if w.p.flags()&(oddLowerWord|longWord) != 0 {
		return w.src.oddLower[start]
	}
	return w.src.lower[start : start+w.p.shortSize()]
}

// start returns the offset of the word in its text.
func (w word) start() int { return w.p.start() }

// end returns the offset just past the word.
func (w word) end() int { return w.p.start() + w.src.size(w.p) }

// punct reports a punctuation character.
func (w word) punct() bool { return w.p.is(punctWord) }

// verbForm reports that the lower case of the word is a form in
// speechLemma or starts one ("pointed out").
func (w word) verbForm() bool { return w.p.is(verbFormWord) }

// isCapitalized reports whether the word starts with an upper-case
// letter, which the readers ask of most words, some many times.
func (w word) isCapitalized() bool { return w.p.is(capitalizedWord) }

// words splits text into tokens.
func words(text string) tokens {
	if text == "" {
		return tokens{} // an empty title or mention, without an allocation
	}
	src := &wordSource{text: text}
	hi := len(text)
	list := src.short[:0]
	if hi/4+1 > len(src.short) {
		list = make([]packedWord, 0, hi/4+1)
	}
	lower := lowerCase{text: text}
	for i := 0; i < hi; {
		if len(list) == cap(list) {
			list = growWords(list, i, hi-i)
		}
		c := text[i]
		cl := asciiWordBytes[c]
		if cl&asciiSpace != 0 {
			i++ // the common case, without decoding
			continue
		}
		if cl&asciiAlnum != 0 {
			// Most words are ASCII letters and digits up to a space or a
			// mark that joins no word: they are read here, without the
			// calls and checks that the rest need (see asciiWordAt).
			if j, seen, ok := asciiWordAt(text, i, cl); ok {
				var flags wordFlags
				l := text[i:j]
				if seen&asciiUpper != 0 {
					lower.lowerCapitals(i, j)
				}
				// The shapes read letters by their low five bits, the same
				// in either case: the lower case is made only for a word
				// of their shape.
				if speechStartShapes.mayHold(l) {
					if seen&asciiUpper != 0 {
						l = lower.upTo(j)[i:]
					}
					if speechStarts.has(l) {
						flags |= verbFormWord
					}
				}
				if cl&asciiUpper != 0 {
					flags |= capitalizedWord
				}
				list = append(list, packedWord(i)|packedWord(j-i)<<startBits|packedWord(flags)<<(startBits+sizeBits))
				i = j
				if i < hi && text[i] == ' ' {
					i++ // the space after most words, without a turn of the loop
				}
				continue
			}
		} else if c < utf8.RuneSelf {
			// A mark of ASCII, packed as packWord packs it, and the
			// space after it.
			list = append(list, packedWord(i)|1<<startBits|packedWord(punctWord)<<(startBits+sizeBits))
			if i++; i < hi && text[i] == ' ' {
				i++
			}
			continue
		}
		r, n := rune(c), 1 // only characters beyond ASCII are decoded
		if c >= utf8.RuneSelf {
			if r, n = decodeTwo(text[i:]); n == 0 { // most often, without a call
				r, n = utf8.DecodeRuneInString(text[i:])
			}
			if isSpaceRune(r) {
				i += n
				continue
			}
		}
		if cl&asciiAlnum == 0 && (c < utf8.RuneSelf || !isLetter(r)) {
			list = append(list, packWord(src, i, n, punctWord, text[i:i+n]))
			i += n
			continue
		}
		j, upper, high := wordRunEnd(text, i+n, hi)
		upper = upper || cl&asciiUpper != 0
		high = high || r >= utf8.RuneSelf
		// A period after an initial or inside an abbreviation ("J.",
		// "U.S.", "Sen.") belongs to the word.
		if j < hi && text[j] == '.' && isAbbreviation(text[i:j]) {
			j++
		}
		var flags wordFlags
		l := text[i:j] // a word of ASCII without capitals is its own lower case
		if high {
			l = lower.ofUnicode(i, j)
		} else if upper {
			l = lower.ofASCII(i, j)
		}
		if len(l) != j-i {
			flags |= oddLowerWord
		}
		if speechStartShapes.mayHold(l) && speechStarts.has(l) {
			flags |= verbFormWord
		}
		if cl&asciiUpper != 0 || c >= utf8.RuneSelf && isUpperRune(r) {
			flags |= capitalizedWord
		}
		list = append(list, packWord(src, i, j-i, flags, l))
		i = j
	}
	src.lower = lower.rest()
	return tokens{src: src, list: list}
}

// wordShapes holds the shapes of the words of a wordSet, by first and
// last byte (their low five bits) a bit for each length (its low five
// bits), so that a loop over every word of a text turns most words away
// before it calls the set's has: a fifth of the words of news pass
// speechStartShapes, and a twentieth are in speechStarts.
type wordShapes [32][32]uint32

// shapesOf returns the shapes of the words of set.
func shapesOf(set *wordSet) *wordShapes {
	var t wordShapes
	for w, in := range set.words {
		if in && w != "" {
			t[w[0]&31][w[len(w)-1]&31] |= 1 << (len(w) & 31)
		}
	}
	return &t
}

// mayHold reports whether a word of the set may be w: false only when no
// word of the set has w's shape. The empty word has no shape.
func (t *wordShapes) mayHold(w string) bool {
	n := len(w)
	return n == 0 || t[w[0]&31][w[n-1]&31]&(1<<(n&31)) != 0
}

// shapedSet is a wordSet behind its shapes: its has turns most words
// away inline, before it calls the set's. The word lists that the
// readers ask of nearly every capitalized word (titleWords,
// notNameWords, orgWords, nameLikeFunctionWords) are shapedSets; a call
// to has took some eighty instructions, most of them for words of no
// list.
type shapedSet struct {
	*wordSet
	shapes *wordShapes
}

// shaped returns set behind its shapes.
func shaped(set *wordSet) shapedSet { return shapedSet{set, shapesOf(set)} }

// has reports whether w is in the set.
func (s shapedSet) has(w string) bool { return s.shapes.mayHold(w) && s.wordSet.has(w) }

// speechStartShapes holds the shapes of speechStarts.
var speechStartShapes = shapesOf(speechStarts)

// asciiWordAt reads the word at text[i], whose first byte has the
// class first, an ASCII letter or digit: ok when the word is ASCII
// letters and digits up to the text's end or a byte of asciiWordEnd
// (not a period, which may end an abbreviation, nor a mark inside a
// word: "don't", "1,409", "U.S."), shorter than longSize, and then j is
// its end and seen the classes of its bytes. words reads such a word as
// it reads any other: wordRunEnd would stop at j, with no character
// beyond ASCII, and packWord would keep no lower case apart.
func asciiWordAt(text string, i int, first uint8) (j int, seen uint8, ok bool) {
	seen = first
	for j = i + 1; j < len(text); j++ {
		cl := asciiWordBytes[text[j]]
		if cl&asciiAlnum == 0 {
			if cl&asciiWordEnd == 0 {
				return j, seen, false
			}
			break
		}
		seen |= cl
	}
	return j, seen, j-i < longSize
}

// wordRunEnd returns the end of the word whose letters run on from text[j]
// (its first character read), and whether they hold an ASCII capital
// and a character beyond ASCII: what the word's lower case needs to know,
// read in the same pass.
func wordRunEnd(text string, j, hi int) (end int, upper, high bool) {
	var seen uint8 // the asciiWordBytes classes of the ASCII letters read
	for j < hi {
		cl := asciiWordBytes[text[j]]
		if cl&asciiAlnum != 0 {
			seen |= cl
			j++ // the common case, without decoding
			continue
		}
		if cl&asciiWordEnd != 0 {
			break // a space or a mark that joins no word, without decoding
		}
		r2, n2 := decodeTwo(text[j:]) // most often, without a call
		if n2 == 0 {
			r2, n2 = runeAt(text, j)
		}
		if isLetter(r2) || isCombiningMark(r2) || isInnerWordMark(r2) && isLetterAt(text, j+n2, hi) || r2 == ',' && isDigitAt(text, j-1) && isDigitAt(text, j+1) && j+1 < hi {
			high = high || r2 >= utf8.RuneSelf
			j += n2
			continue
		}
		break
	}
	return j, seen&asciiUpper != 0, high
}

// asciiWordBytes classes the bytes for the loops of words: the ASCII
// letters and digits (isASCIIAlnum), the capitals among them, the ASCII
// spaces (isSpaceRune), and the ASCII characters that end a word run
// (wordRunEnd): all but the letters and digits, the marks inside words
// (isInnerWordMark) and the comma of "1,409". Bytes from 0x80 have no
// class.
var asciiWordBytes = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		if isASCIIAlnum(byte(c)) {
			t[c] |= asciiAlnum
		}
		if 'A' <= c && c <= 'Z' {
			t[c] |= asciiUpper
		}
		if isSpaceRune(rune(c)) {
			t[c] |= asciiSpace
		}
		if !isASCIIAlnum(byte(c)) && !isInnerWordMark(rune(c)) && c != ',' {
			t[c] |= asciiWordEnd
		}
	}
	return t
}()

const (
	asciiAlnum = 1 << iota
	asciiUpper
	asciiSpace
	asciiWordEnd
)

// isSpaceRune is unicode.IsSpace with ASCII read without a call, and
// the rest from the table of runeClasses where it reaches: curly quotes
// and dashes, which words meets after most words of some texts.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return hasClass(r, classSpace)
}

// isUpperRune is unicode.IsUpper with ASCII read without a call, and
// the rest from the table of runeClasses where it reaches.
func isUpperRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return hasClass(r, classUpper)
}

// growWords makes room in out, the words of the first read bytes of a
// text, for the words of the rest: as many as the words so far promise,
// and an eighth more, but never more than a word a byte. Running text has
// a word every five bytes, inside words' first guess of one every four;
// text dense with punctuation ("“Yes,” he said.") runs past it, and grows
// once or twice, not by doubling. The promise is reckoned in 64 bits: on a
// 32-bit platform rest times the words read overflows an int.
func growWords(out []packedWord, read, rest int) []packedWord {
	more := min(int64(rest), int64(rest)*int64(len(out))/int64(max(read, 1)))
	return slices.Grow(out, int(more+more/8)+16)
}

// lowerCase writes the lower case of a text as words reads it, so that
// a word has its lower case at its own offset: byte for byte the text,
// but for each word whose lower case, as strings.ToLower gives it,
// differs and is as long. The text between such words is copied in one piece, when the
// next one comes, and a text without such a word ("a spokeswoman") is its
// own lower case, not copied.
type lowerCase struct {
	sb      strings.Builder
	text    string
	written int // text[:written] is in sb, as it is or lowered
}

// copyUpTo copies the text from the last word lowered up to i, making
// room at the first copy for the whole text, in one allocation.
func (lc *lowerCase) copyUpTo(i int) {
	if lc.sb.Cap() == 0 {
		lc.sb.Grow(len(lc.text))
	}
	lc.sb.WriteString(lc.text[lc.written:i])
}

// lowerCapitals writes the lower case of the capitals of text[i:j], a
// word of ASCII letters and digits, and the text before each: the rest
// of the word, already lower case, goes with the text after it. A word
// with a capital took a copy into a buffer, a loop and two writes, for
// one letter in most ("Smith").
func (lc *lowerCase) lowerCapitals(i, j int) {
	for k := i; k < j; k++ {
		if c := lc.text[k]; 'A' <= c && c <= 'Z' {
			lc.copyUpTo(k)
			lc.sb.WriteByte(c + 'a' - 'A')
			lc.written = k + 1
		}
	}
}

// upTo writes the text up to j and returns the lower case written, from
// the text's start.
func (lc *lowerCase) upTo(j int) string {
	lc.copyUpTo(j)
	lc.written = j
	return lc.sb.String()
}

// ofUnicode returns the lower case of the word text[i:j], which has a
// character outside ASCII, and writes it when it differs and is as long.
// One that is not as long (the Kelvin sign of "AS\u212AED" lowers to one
// byte) the text keeps as it is, and packWord keeps apart.
//
// The lower case is made on the stack: strings.ToLower allocated it for
// each capitalized word, a twentieth of the command's time on a page of
// high bytes, whose words are capitalized Latin-1.
func (lc *lowerCase) ofUnicode(i, j int) string {
	w := lc.text[i:j]
	k := firstLowerChange(w)
	if k < 0 {
		return w
	}
	var buf [64]byte
	l := appendLower(append(buf[:0], w[:k]...), w[k:])
	if len(l) != len(w) {
		return string(l)
	}
	lc.copyUpTo(i)
	at := lc.sb.Len()
	lc.sb.Write(l)
	lc.written = j
	return lc.sb.String()[at:]
}

// firstLowerChange returns the offset of the first character of s that
// strings.ToLower changes, an invalid byte (which it writes as U+FFFD)
// included, or -1 when it returns s as it is.
// TestFirstLowerChange compares it with strings.ToLower.
func firstLowerChange(s string) int {
	for i := 0; i < len(s); {
		r, n := decodeTwo(s[i:]) // most often, without a call
		if n == 0 {
			r, n = runeAt(s, i)
		}
		if lowerRune(r) != r || r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// lowerRune is unicode.ToLower, from a table up to U+00FF.
func lowerRune(r rune) rune {
	if r < rune(len(latin1Lower)) {
		return rune(latin1Lower[r])
	}
	return unicode.ToLower(r)
}

// latin1Lower holds the lower case of each character up to U+00FF, all
// of which lower to one up to U+00FF.
var latin1Lower = func() (t [0x100]uint8) {
	for r := range rune(len(t)) {
		t[r] = uint8(unicode.ToLower(r))
	}
	return t
}()

// ofASCII returns the lower case of the word text[i:j], which is ASCII
// with a capital, and writes it.
func (lc *lowerCase) ofASCII(i, j int) string {
	lc.copyUpTo(i)
	at := lc.sb.Len()
	// Lowered on the stack and written in one piece: most words fit in
	// one buffer, and a write a letter or a run took the most of words'
	// time on capitalized words.
	var buf [32]byte
	for k := i; k < j; {
		n := copy(buf[:], lc.text[k:j])
		for m, c := range buf[:n] {
			if 'A' <= c && c <= 'Z' {
				buf[m] = c + 'a' - 'A'
			}
		}
		lc.sb.Write(buf[:n])
		k += n
	}
	lc.written = j
	// The builder only appends, so what its String held stays as it was.
	return lc.sb.String()[at:]
}

// rest writes the text after the last word lowered, and returns the
// lower case of the text.
func (lc *lowerCase) rest() string {
	if lc.sb.Cap() == 0 {
		return lc.text
	}
	lc.sb.WriteString(lc.text[lc.written:])
	return lc.sb.String()
}

// runeAt decodes the character at text[i], ASCII without a call.
func runeAt(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// isDigitAt reports an ASCII digit at text[i]: the comma of "1,409"
// stands between two.
func isDigitAt(text string, i int) bool {
	return i >= 0 && i < len(text) && '0' <= text[i] && text[i] <= '9'
}

// isCombiningMark reports a mark that combines with the letter before
// it: text not in NFC writes "ç" as "c" and U+0327, and the word goes on
// ("François").
//
// The marks are read from the table of runeClasses (classMark, which
// unicode.IsMark is: Mn, Mc and Me): the three range tables took a
// tenth of words on a page of high bytes, whose words end at signs
// from U+2000 on.
func isCombiningMark(r rune) bool {
	return r >= 0x300 && hasClass(r, classMark)
}

// isInnerWordMark reports characters that join letters into one word:
// apostrophes, hyphens, periods ("U.S") and slashes ("9/11", "Post/ABC").
func isInnerWordMark(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '.' || r == '‑' || r == '/'
}

// lowerHeadlineCase lower-cases, in the words of a sentence set in
// headline case ("Senator Asked Voters To Back The Plan"), the words that
// are not names — speech verbs, auxiliaries, pronouns and the small
// words of grammar — so that the rules that tell a verb from a name read
// it as they read running text. Other sentences stay as they are; the
// words keep their offsets, so a word whose lower case is not as long
// (the Kelvin sign in "AS\u212AED") keeps its case.
func lowerHeadlineCase(toks tokens) {
	if !isHeadlineCase(toks) {
		return
	}
	for i, w := range toks.all() {
		if i > 0 && w.isCapitalized() && len(w.lower()) == len(w.text()) && (isGrammarWord(w) || isBaseSpeechVerbAfter(toks.at(i-1), w)) {
			toks.setTextLower(i)
		}
	}
}

// isHeadlineCase reports a sentence of at least four words in which the
// longer words (four letters or more) after the first are nearly all
// capitalized.
func isHeadlineCase(toks tokens) bool {
	long, capitalized := longWordsCapitalized(toks)
	if !mayBeHeadlineCase(long, capitalized) {
		return false // most sentences, read without looking for capitals
	}
	upper := 0
	for i := range toks.len() {
		if isLongWordAt(toks, i) && isUpperWord(toks.text(i)) {
			upper++
		}
	}
	return upper*2 < long // not "12-STEP PLAN TO COPE"
}

// mayBeHeadlineCase reports whether a sentence whose words after the
// first have long words of four bytes or more, capitalized of them, may
// be in headline case: at least three, nearly all capitalized.
func mayBeHeadlineCase(long, capitalized int) bool {
	return long >= 3 && capitalized*5 >= long*4
}

// readHeadlineCase reports whether the sentence toks is a full headline
// (isFullHeadline), and lowers its words when it is in headline case
// (lowerHeadlineCase), both read before the lowering. It counts the long
// words once for both, and not again for the sentences that cannot be
// either (every full headline may be in headline case): each counted
// them, and newQuoteDoc asks both of every sentence.
func readHeadlineCase(toks tokens) (full bool) {
	if !mayBeHeadlineCase(longWordsCapitalized(toks)) {
		return false
	}
	full = isFullHeadline(toks)
	lowerHeadlineCase(toks)
	return full
}

// isFullHeadline reports a headline that capitalizes every word of four
// letters or more after the first, three at least ("Gold Star Mom
// Corners Obama On His Refusal"): its capitalized runs are no evidence of
// names. A sentence of names with a lower-case verb ("Former New York
// Gov. George Pataki is endorsing John Kasich") is none.
func isFullHeadline(toks tokens) bool {
	long, capitalized := longWordsCapitalized(toks)
	return long >= 3 && capitalized == long
}

// longWordsCapitalized counts the words of four bytes or more after the
// first of toks (see isLongWordAt), and how many of them are capitalized.
func longWordsCapitalized(toks tokens) (long, capitalized int) {
	for k, p := range toks.list {
		// isLongWordAt, read from the packed word: a long word's
		// shortSize (longSize) is four or more too.
		if k > 0 && p.flags()&punctWord == 0 && p.shortSize() >= 4 {
			long++
			if p.is(capitalizedWord) {
				capitalized++
			}
		}
	}
	return long, capitalized
}

// isLongWordAt reports a word of four bytes or more after the first of
// toks, the words that tell headline case.
func isLongWordAt(toks tokens, i int) bool {
	return i > 0 && !toks.punct(i) && toks.size(i) >= 4
}

// isGrammarWord reports a word that headline case capitalizes but that
// is no name: a speech verb form, an auxiliary, a pronoun, a determiner,
// a preposition or a conjunction.
func isGrammarWord(w word) bool {
	l := w.lower()
	return inflectedSpeechForm(l) || auxiliaries.has(l) || finiteVerbs.has(l) || speakerPronouns.has(l) || determiners[l] ||
		prepositions[l] || clauseBreaks.has(l) || l == "to" || l == "him" || l == "them"
}

// inflectedSpeechForm reports a speech verb form as headlines inflect
// it ("Asked", "Calls", "Told"), not the base forms and the nouns that
// name things ("Iowa State University", "Washington Post", "Consumer
// Reports"). "Calls" counts although headlineNouns holds it: in a
// sentence all in headline case it is the verb ("Clinton Calls ISIS
// Violence ‘Genocide’").
func inflectedSpeechForm(lower string) bool {
	if speechLemma[lower] == "" || nounLikeForms.has(lower) || headlineNouns.has(lower) && lower != "calls" {
		return false
	}
	return strings.HasSuffix(lower, "ed") || strings.HasSuffix(lower, "s") || irregularPasts.has(lower) || speechLemma[lower] != lower
}

// isBaseSpeechVerbAfter reports a speech verb's base form after "to" or a
// modal, where a headline's "Votes To Condemn" puts it.
func isBaseSpeechVerbAfter(prev, w word) bool {
	return speechLemma[w.lower()] == w.lower() && (prev.text() == "to" || finiteVerbs.has(prev.text()))
}

// mayHaveCapitals reports whether s may hold a capitalized word: it has
// an upper-case ASCII letter or a character outside ASCII. Readers that
// want capitalized words (an organization's name) skip tokenizing the
// many mentions and titles without one ("a spokeswoman", "who").
func mayHaveCapitals(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// isUpperCased reports whether s is its own upper case, as
// strings.ToUpper(s) == s does, without making the upper case: no
// character that unicode.ToUpper changes, and no invalid UTF-8, which
// ToUpper writes as U+FFFD.
func isUpperCased(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unicode.ToUpper(r) != r {
			return false
		}
		i += n
	}
	return true
}

// isUpperWord reports a word with no lower-case letter: "PLAN", "U.S.".
func isUpperWord(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}
