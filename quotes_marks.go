package lede

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoted is a run of text between quotation marks: the words inside, and
// the offsets of the marks (close is -1 when the paragraph ended first).
type quoted struct {
	open, close int  // offsets of the opening and closing marks
	start, end  int  // the words inside
	openSize    int  // byte length of the opening mark
	closeSize   int  // byte length of the closing mark
	unclosed    bool // the paragraph ended inside the quote
}

// closingMark returns the marks that close a quote opened by r: curly
// quotes close with ”, German „ with “ (or ”), guillemets either way
// round (« » in French, » « in German and Danish).
func closingMarks(r rune) string {
	switch r {
	case '“':
		return "”\"“" // and a “ in closing place, which careless copy sets: “It's unusual,“ said …
	case '„':
		return "“”"
	case '«':
		return "»"
	case '»':
		return "«"
	case '‹':
		return "›"
	case '"':
		return "\"”"
	case '‘':
		return "’"
	case '\'':
		return "'’"
	}
	return ""
}

// quotedRuns finds the runs between quotation marks in the paragraph
// text[p.Start:p.End], outermost marks only. Straight double quotes open
// after a space or an opening bracket and close before a space or
// punctuation; single quotes count only in a paragraph without double
// ones or one that opens with a single mark (British style), and an
// apostrophe ("don’t", "the players’ union") is not a closing mark.
func quotedRuns(text string, p Span) []quoted {
	// British style opens with a single mark and nests double ones:
	// ‘One consultant said to me, “We are running to stand still.”’
	// Whether single marks open quotes here is read at the first that
	// might, in a pass over the paragraph that most paragraphs, with no
	// single mark or apostrophe outside a quote, are spared.
	singles, singlesRead := false, false
	var runs []quoted
	var cur quoted // the run open at i, when inside
	inside := false
	var closers string
	for i := p.Start; i < p.End; {
		if i = nextQuoteLead(text, i, p.End); i == p.End {
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\'' && i+1 < p.End && text[i+1] == '\'' {
			// Two apostrophes are a double quote (the New York Times'
			// house style: ''Yes,'' he said).
			r, n = '"', 2
		} else if r2, n2 := doubledSingleMark(text[i+n:p.End], r); n2 > 0 {
			r, n = r2, n+n2 // two curly single marks for one double: “It was an attempt,’’ he said
		}
		if !inside && !singlesRead && (r == '‘' || r == '\'') {
			singles = !hasDoubleQuotes(text[p.Start:p.End]) || opensWithSingleMark(text[p.Start:p.End])
			singlesRead = true
		}
		switch {
		case inside && containsRune(closers, r) && closesHere(text, p, i, n, r):
			cur.close, cur.end, cur.closeSize = i, i, n
			runs = append(runs, cur)
			inside = false
		case !inside && opensHere(text, p, i, n, r, singles):
			cur, inside = quoted{open: i, start: i + n, openSize: n, close: -1}, true
			closers = closingMarks(r)
		}
		i += n
	}
	if inside {
		cur.end, cur.unclosed = p.End, true
		runs = append(runs, cur)
	}
	return runs
}

// doubledSingleMark returns the double mark that a curly single mark r
// stands for when the same mark follows it (rest starts with it), as
// some wire copy sets them: ’’ for ”, ‘‘ for “; and that mark's size.
// It returns 0 otherwise.
func doubledSingleMark(rest string, r rune) (rune, int) {
	if r != '’' && r != '‘' {
		return r, 0
	}
	next, n := utf8.DecodeRuneInString(rest)
	if next != r {
		return r, 0
	}
	if r == '’' {
		return '”', n
	}
	return '“', n
}

// mayStartQuoteMark reports whether byte c can start a quotation mark:
// the straight marks, and the first bytes of the UTF-8 encodings of
// “ ” „ ‘ ’ ‹ › (U+2018–U+203A) and « » (U+00AB, U+00BB). No other byte
// of a UTF-8 sequence has these values, so a scan may skip the rest one
// byte at a time.
func mayStartQuoteMark(c byte) bool { return quoteLeadBytes[c] }

// quoteLeadBytes holds the bytes of mayStartQuoteMark, for the loops
// over every byte of a paragraph: one load a byte rather than four
// compares.
var quoteLeadBytes = [256]bool{'"': true, '\'': true, 0xE2: true, 0xC2: true}

// nextQuoteLead returns the index of the first byte of s[i:end] that
// mayStartQuoteMark, or end. It reads eight bytes at a time: a paragraph
// has a mark every fifty bytes or so, and a loop a byte took a twentieth
// of Quotes, twice over every paragraph (hasDoubleQuotes, quotedRuns).
func nextQuoteLead(s string, i, end int) int {
	for ; i+8 <= end; i += 8 {
		b := s[i : i+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		m := zeroBytes(x^('"'*lowBytes)) | zeroBytes(x^('\''*lowBytes))
		if x&(0x80*lowBytes) != 0 { // only bytes from 0x80 can be 0xE2 or 0xC2
			m |= zeroBytes(x^(0xE2*lowBytes)) | zeroBytes(x^(0xC2*lowBytes))
		}
		if m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < end && !mayStartQuoteMark(s[i]) {
		i++
	}
	return i
}

// opensWithSingleMark reports a paragraph that starts with a single
// opening quotation mark before a letter.
func opensWithSingleMark(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return (r == '‘' || r == '\'') && n < len(s) && isLetterAt(s, n, len(s)) && !isElision(s[n:])
}

// hasDoubleQuotes reports whether s holds a double quotation mark: what
// strings.ContainsAny(s, "“”\"«»„") reports, without decoding each
// character of s, which ContainsAny does for marks beyond ASCII.
func hasDoubleQuotes(s string) bool {
	for i := 0; i < len(s); i++ {
		if i = nextQuoteLead(s, i, len(s)); i == len(s) {
			break
		}
		switch r, _ := utf8.DecodeRuneInString(s[i:]); r {
		case '"', '“', '”', '„', '«', '»':
			return true
		}
	}
	return false
}

// lastDoubledApostrophe returns the index of the last two apostrophes
// in a row in s (a double quote in the New York Times' house style), or
// -1, as strings.LastIndex does, in a plain loop over the bytes from the
// end.
func lastDoubledApostrophe(s string) int {
	for i := len(s) - 2; i >= 0; i-- {
		if s[i+1] == '\'' && s[i] == '\'' {
			return i
		}
	}
	return -1
}

// lastApostrophe returns the index of the last ' or ’ in s, or -1: what
// strings.LastIndexAny(s, "'’") returns, read byte by byte from the end
// as lastClosingDoubleMark reads its marks.
func lastApostrophe(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case '\'':
			return i
		case 0x99: // ’ is E2 80 99
			if i >= 2 && s[i-2] == 0xE2 && s[i-1] == 0x80 {
				return i - 2
			}
		}
	}
	return -1
}

// lastClosingDoubleMark returns the index of the last ” " or » in s, or
// -1: what strings.LastIndexAny(s, "”\"»") returns, read byte by byte
// from the end rather than decoding each character. A mark's last byte
// (0x9D of ”, 0xBB of ») is sought and the bytes before it checked; no
// valid character holds a mark's bytes but the mark itself, so invalid
// UTF-8 around one leaves it found as LastIndexAny finds it.
func lastClosingDoubleMark(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case '"':
			return i
		case 0x9D: // ” is E2 80 9D
			if i >= 2 && s[i-2] == 0xE2 && s[i-1] == 0x80 {
				return i - 2
			}
		case 0xBB: // » is C2 BB
			if i >= 1 && s[i-1] == 0xC2 {
				return i - 1
			}
		}
	}
	return -1
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// opensHere reports whether the mark r at text[i] opens a quote.
func opensHere(text string, p Span, i, n int, r rune, singles bool) bool {
	switch r {
	case '“', '„', '«', '‹':
		return true
	case '»':
		// German-style »…« only when a « closes it later; French « » is
		// commoner, and a lone » is a closing mark.
		return false
	case '"':
		return isOpenContext(text, p, i) && !isSpaceAt(text, i+n, p.End)
	case '‘':
		return singles && isOpenContext(text, p, i) && isLetterAt(text, i+n, p.End) && !isElidedYear(text[i+n:p.End])
	case '\'':
		// British style: 'We will win,' he said.
		return singles && isOpenContext(text, p, i) && isLetterAt(text, i+n, p.End) && !isElidedYear(text[i+n:p.End]) && !isElision(text[i+n:p.End])
	}
	return false
}

// isElision reports a word whose start an apostrophe stands for: "'em",
// "'til", "'cause", "'tis", "'n'".
func isElision(s string) bool {
	end := 0
	for end < len(s) && isASCIIAlnum(s[end]) {
		end++
	}
	return elidedWords.has(strings.ToLower(s[:end]))
}

// elidedWords are the words written with their first letters left out.
var elidedWords = wordSetOf(map[string]bool{
	"em": true, "til": true, "till": true, "cause": true, "cos": true, "tis": true,
	"twas": true, "n": true, "bout": true, "round": true, "nuff": true, "ello": true,
})

// isElidedYear reports a year whose century an apostrophe left out:
// "in ‘08", "the ‘90s".
func isElidedYear(s string) bool {
	if len(s) < 2 || !isDigit(rune(s[0])) || !isDigit(rune(s[1])) {
		return false
	}
	rest := strings.TrimPrefix(s[2:], "s")
	return rest == "" || !isLetter(rune(rest[0]))
}

// closesHere reports whether the mark r at text[i] closes the open quote.
func closesHere(text string, p Span, i, n int, r rune) bool {
	switch r {
	case '"':
		return !isLetterAt(text, i+n, p.End) || i == p.Start
	case '’', '\'':
		// An apostrophe has a letter after it ("don’t"); a closing mark
		// has not, and follows a word or its punctuation.
		return !isLetterAt(text, i+n, p.End) && !isDigitAt(text, i+n) && !unicode.IsSpace(lastRune(text[:i]))
	case '“':
		// A closing “ (German „…“, or a careless “…,“ said) follows a
		// word or its punctuation and has no word after it.
		return i > p.Start && !unicode.IsSpace(lastRune(text[:i])) && !isLetterAt(text, i+n, p.End) && !isDigitAt(text, i+n)
	}
	return true
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// isOpenContext reports whether a mark at text[i] stands where a quote can
// open: at the paragraph start, or after a space, a dash or an opening
// bracket.
func isOpenContext(text string, p Span, i int) bool {
	if i == p.Start {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '—' || r == '–' || r == '-' || r == '/' || r == ':'
}

func isSpaceAt(text string, i, end int) bool {
	if i >= end {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r)
}

func isLetterAt(text string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isLetter(r)
}

// indexMark returns the index of the first of marks in s, or -1: what
// strings.IndexAny gives for the marks' characters, without decoding each
// character of s, which IndexAny does when a mark is not ASCII.
func indexMark(s string, marks ...string) int {
	first := -1
	for _, m := range marks {
		if i := strings.Index(s, m); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	return first
}
