package lede

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentences splits text into sentences, as byte spans without surrounding
// white space. A paragraph or line break always ends a sentence. Inside a
// line, a sentence ends at ".", "!" or "?" (and any closing quotation marks
// or brackets after it) followed by white space and a word that can start a
// sentence, unless the period ends an abbreviation that news writes before
// a name or a number ("Mr.", "Sen.", "Jan.", "No.", "U.S.") or an initial
// ("John F. Kennedy").
//
// A sentence inside quotation marks that is followed by its attribution
// ("“We won.” she said" is rare; "“We won,” she said" is usual) is left
// to the quote finder: the splitter only looks at punctuation.
//
// A run of text without an end longer than maxSentenceBytes is cut at a
// space before that length: what reads sentences reads each in time that
// grows with its length, and no sentence is that long.
func sentences(text string) []Span {
	var out []Span
	start := -1 // start of the current sentence, -1 between sentences
	for i := 0; i < len(text); {
		if start >= 0 && i-start >= maxSentenceBytes {
			cut := cutPoint(text, start, i)
			out = appendSentence(out, text, trimSpan(text, start, cut))
			start, i = -1, cut
			continue
		}
		if start >= 0 && !mayEndSentence(text[i]) {
			i = nextSentenceMark(text, i+1, min(len(text), start+maxSentenceBytes)) // inside a sentence only line breaks and end marks count
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			if start >= 0 {
				out = appendSentence(out, text, trimSpan(text, start, i))
				start = -1
			}
		case start < 0 && !unicode.IsSpace(r):
			start = i
		case (r == '.' || r == '!' || r == '?' || r == '…') && start >= 0:
			end := afterClosers(text, i+n)
			if closesSentence(text, start, i, end) {
				out = appendSentence(out, text, trimSpan(text, start, end))
				start = -1
				i = end
				continue
			}
		}
		i += n
	}
	if start >= 0 {
		out = appendSentence(out, text, trimSpan(text, start, len(text)))
	}
	return out
}

// appendSentence appends s to out, the sentences of text, which it
// makes at the first with room for a sentence every sentenceRoom bytes:
// news sentences run to 90 bytes, and a slice grown from one took six
// allocations for the sentences of an article.
func appendSentence(out []Span, text string, s Span) []Span {
	if out == nil {
		out = make([]Span, 0, len(text)/sentenceRoom+1)
	}
	return append(out, s)
}

const sentenceRoom = 64

// maxSentenceBytes is the length at which a sentence is cut. News
// sentences of a hundred words run to about 700 bytes; lists and legal
// text written as one sentence run longer, and are read in pieces.
const maxSentenceBytes = 2000

// cutPoint returns where to cut text[start:i], a sentence grown too long:
// after its last space, or at i moved back to the start of a character.
func cutPoint(text string, start, i int) int {
	if j := strings.LastIndexByte(text[start:i], ' '); j > 0 {
		return start + j + 1
	}
	for i > start+1 && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// mayEndSentence reports whether byte c can start a line break or a
// sentence's end mark: "\n", ".", "!", "?", or the first byte of "…"
// (U+2026), which no other byte of a UTF-8 sequence equals.
func mayEndSentence(c byte) bool {
	return c == '\n' || c == '.' || c == '!' || c == '?' || c == 0xE2
}

// afterClosers skips the closing quotation marks and brackets that follow
// a sentence's final punctuation (“…done.” or (…done.)), and further
// punctuation ("?!", "...").
func afterClosers(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isCloser(r) && r != '.' && r != '!' && r != '?' {
			break
		}
		i += n
	}
	return i
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', '“', ')', ']':
		return true
	}
	return false
}

// closesSentence decides whether the punctuation at text[dot] (the sentence
// so far starting at start, the closers running to end) ends a sentence.
func closesSentence(text string, start, dot, end int) bool {
	if end >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[end:])
	if !unicode.IsSpace(r) {
		return false // "U.S.-led", "3.5", "example.com"
	}
	next := trimInlineSpace(text[end:])
	if next == "" || next[0] == '\n' {
		return true
	}
	nr, _ := utf8.DecodeRuneInString(next)
	if !(unicode.IsUpper(nr) || unicode.IsDigit(nr) || isOpener(nr)) {
		return false // "… said the U.S. government", "5 p.m. yesterday"
	}
	if text[dot] != '.' || end != dot+1 {
		return true
	}
	word := lastWord(text[start:dot])
	return !isAbbreviation(word)
}

// isInlineSpace reports white space within a line, the no-break space
// of web pages included.
func isInlineSpace(r rune) bool { return r != '\n' && unicode.IsSpace(r) }

// trimInlineSpace returns s without the white space within a line at its
// start: strings.TrimLeftFunc(s, isInlineSpace), with the ASCII spaces,
// the most a sentence's end meets, skipped without a call a character.
func trimInlineSpace(s string) string {
	i := 0
	for i < len(s) && (s[i] == ' ' || '\t' <= s[i] && s[i] <= '\r' && s[i] != '\n') {
		i++
	}
	if i < len(s) && s[i] >= utf8.RuneSelf {
		return strings.TrimLeftFunc(s[i:], isInlineSpace)
	}
	return s[i:]
}

func isOpener(r rune) bool {
	switch r {
	case '"', '“', '‘', '«', '„', '‹', '(', '[', '\'':
		return true
	}
	return false
}

// lastWord returns the word that ends s: what follows the last space,
// tab, line break, no-break space, opening bracket or double quotation
// mark in s. The characters are sought byte by byte from the end, as
// lastClosingDoubleMark seeks its marks, not decoded one by one, which
// strings.LastIndexAny does when its set goes beyond ASCII, before every
// period of a text. The word starts a byte into a character of two or
// three bytes (the no-break space, “), as it did when it followed the
// index LastIndexAny gave.
func lastWord(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ' ', '\t', '\n', '(', '"':
			return s[i+1:]
		case 0xA0: // the no-break space is C2 A0
			if i >= 1 && s[i-1] == 0xC2 {
				return s[i:]
			}
		case 0x9C: // “ is E2 80 9C
			if i >= 2 && s[i-2] == 0xE2 && s[i-1] == 0x80 {
				return s[i-1:]
			}
		}
	}
	return s
}

// isAbbreviation reports words that end with a period without ending a
// sentence: initials ("F", "U.S", but not "Politico.com"), and the abbreviations in
// sentenceAbbreviations.
func isAbbreviation(word string) bool {
	if word == "" {
		return false
	}
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		return true // an initial: "John F. Kennedy"
	}
	if strings.IndexByte(word, '.') >= 0 {
		// "U.S", "a.m", "Ph.D", but not a web address: "Breitbart.com",
		// "ouest-france.fr"
		for part, rest, more := "", word, true; more; {
			part, rest, more = strings.Cut(rest, ".")
			if utf8.RuneCountInString(part) > 2 {
				return false
			}
		}
		return true
	}
	return isListedAbbreviation(word)
}

// maxAbbreviationLen is the length of the longest of the
// sentenceAbbreviations ("messrs").
const maxAbbreviationLen = 6

// isListedAbbreviation reports whether word, in any case, is one of the
// sentenceAbbreviations. It is asked of every word before a period, so it
// lowers the word in a buffer of its own rather than allocating: the
// abbreviations are ASCII, and no other letter lowers to an ASCII one but
// the Kelvin sign, whose "k" none of them has.
func isListedAbbreviation(word string) bool {
	if len(word) > maxAbbreviationLen {
		return false
	}
	var lower [maxAbbreviationLen]byte
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	return sentenceAbbreviations[string(lower[:len(word)])]
}

// sentenceAbbreviations are the abbreviations news puts before names,
// numbers and dates: titles, months, "No.", company suffixes that are
// usually followed by more of the sentence.
var sentenceAbbreviations = map[string]bool{
	// titles and ranks
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "lt": true, "col": true, "sgt": true, "capt": true, "cmdr": true,
	"adm": true, "maj": true, "cpl": true, "pvt": true, "rev": true, "fr": true, "sr": true,
	"jr": true, "st": true, "hon": true, "pres": true, "supt": true, "insp": true, "det": true,
	"atty": true, "sens": true, "reps": true, "govs": true, "gens": true, "messrs": true,
	"mme": true, "mlle": true, "smt": true, "shri": true, "sri": true, "cllr": true, "brig": true,
	"cdr": true, "lieut": true,
	// months
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	// numbers and references
	"no": true, "nos": true, "vol": true, "p": true, "pp": true, "fig": true, "art": true,
	"approx": true, "est": true, "vs": true, "v": true, "ca": true,
	// places
	"mt": true, "ft": true, "ave": true, "blvd": true, "rd": true,
}

// trimSpan returns [start, end) without the white space at either end.
func trimSpan(text string, start, end int) Span {
	for start < end && (text[start] == ' ' || text[start] == '\t' || text[start] == '\n') {
		start++
	}
	for end > start && (text[end-1] == ' ' || text[end-1] == '\t' || text[end-1] == '\n') {
		end--
	}
	return Span{start, end}
}

// nextSentenceMark returns the index of the first byte in s[i:end] that
// may end a sentence (mayEndSentence), or end: eight bytes at a time,
// then one at a time for the rest.
func nextSentenceMark(s string, i, end int) int {
	for ; i+8 <= end; i += 8 {
		b := s[i : i+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		m := zeroBytes(x^('\n'*lowBytes)) | zeroBytes(x^('.'*lowBytes)) | zeroBytes(x^('!'*lowBytes)) | zeroBytes(x^('?'*lowBytes))
		if x&(0x80*lowBytes) != 0 {
			m |= zeroBytes(x ^ (0xE2 * lowBytes))
		}
		if m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < end && !mayEndSentence(s[i]) {
		i++
	}
	return i
}
