package lede

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Mojibake repair
//
// Mojibake is UTF-8 text that some program decoded in a single-byte code
// page: "Huawei’s" is the bytes 48 75 61 77 65 69 E2 80 99 73, and read as
// windows-1252 they spell "Huaweiâ€™s". Encoding the damaged text back into
// that code page and decoding the bytes as UTF-8 undoes the damage. The
// difficulty is knowing when text is damaged: any accented capital
// followed by a symbol ("NESTLÉ®") can be read as UTF-8 too ("NESTLɮ").
//
// The signal used here is plausibility. Each text gets a cost (see
// implausibility): characters that real text rarely holds (C1 controls,
// box drawing, stray accents) and sequences it rarely holds (an accented
// capital inside a lower-case word, a symbol between two letters, letters
// of two scripts in one word). A repair is kept only if it makes the text
// strictly more plausible, and repairs are tried again on the result, for
// text damaged twice ("Ã¢â‚¬â„¢" is "’" damaged twice). Repair works
// sequence by sequence, so a text of which only a part is damaged is
// repaired in that part.

// mojibakeCodecs are the code pages whose misreadings are repaired: the
// Windows code pages for Western, Central European, Cyrillic, Greek,
// Turkish and Baltic text, Mac OS Roman and the DOS code page 437, each
// "sloppy": bytes the code page leaves undefined, and bytes 0x80 to 0x9F of
// text decoded as Latin-1, read as the C1 control of the same number.
var mojibakeCodecs = []*reencoder{
	newReencoder(charmap.Windows1252),
	newReencoder(charmap.Windows1250),
	newReencoder(charmap.Windows1251),
	newReencoder(charmap.Windows1253),
	newReencoder(charmap.Windows1254),
	newReencoder(charmap.Windows1257),
	newReencoder(charmap.Macintosh),
	newReencoder(charmap.CodePage437),
}

// maxRepairRounds is how many times damage is undone: text is rarely
// damaged more than twice.
const maxRepairRounds = 3

// reencoder maps the characters of one code page back to their bytes.
type reencoder struct {
	high map[rune]byte // characters of bytes 0x80 to 0xFF
}

func newReencoder(cm *charmap.Charmap) *reencoder {
	e := &reencoder{high: make(map[rune]byte, 128)}
	for b := 0x80; b <= 0xFF; b++ {
		r := cm.DecodeByte(byte(b))
		if r == utf8.RuneError {
			r = rune(b) // sloppy: an undefined byte reads as C1 control
		}
		e.high[r] = byte(b)
	}
	// Text that was decoded as Latin-1 rather than windows-1252 holds C1
	// controls for these bytes ("â\u0080\u0099" for "’"); they map back
	// the same way.
	// Clean has turned those controls into windows-1252 characters
	// ("\u0098" into "˜") before repair, so for the bytes the code page
	// leaves undefined those map back too.
	for b := 0x80; b < 0xA0; b++ {
		undefined := cm.DecodeByte(byte(b)) == utf8.RuneError
		for _, r := range []rune{rune(b), cp1252Rune(byte(b))} {
			if _, taken := e.high[r]; !taken && (undefined || r == rune(b)) {
				e.high[r] = byte(b)
			}
		}
	}
	return e
}

// byteOf returns the code page byte of r.
func (e *reencoder) byteOf(r rune) (byte, bool) {
	if r < 0x80 {
		return byte(r), true
	}
	b, ok := e.high[r]
	return b, ok
}

// cp1252Rune returns the windows-1252 character of byte b; bytes the code
// page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) read as themselves.
func cp1252Rune(b byte) rune {
	r := charmap.Windows1252.DecodeByte(b)
	if r == utf8.RuneError {
		return rune(b)
	}
	return r
}

// repairMojibake undoes mojibake in s where that makes s more plausible,
// line by line, so that damage in one line does not decide another.
func repairMojibake(s string) string {
	if !hasHighLatin(s) {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = repairLine(line)
	}
	return strings.Join(lines, "\n")
}

// repairLine repairs one line: it tries every code page, every pair of
// them for text damaged twice ("Г‚ВЈ" is "£" read as windows-1252, then
// the result as windows-1251), and the same code page three times, and
// keeps the most plausible text if it is more plausible than the line.
func repairLine(line string) string {
	for range maxRepairRounds {
		if !hasHighLatin(line) {
			return line
		}
		codecs := suspectCodecs(line)
		if codecs == 0 {
			return line
		}
		cost := implausibility(line)
		if cost == 0 {
			return line
		}
		r := repairSearch{best: line, bestCost: cost}
		r.search(line, codecs, -1, 1)
		if r.best == line {
			return line
		}
		line = r.best
	}
	return line
}

// repairSearch keeps the most plausible repair found so far.
type repairSearch struct {
	best     string
	bestCost int
}

func (r *repairSearch) consider(s string) {
	if c := implausibility(s); c < r.bestCost {
		r.best, r.bestCost = s, c
	}
}

// search decodes s with each code page in codecs, considers the result,
// and searches on from it: any code page at depth 2, the same code page
// again at depth 3. The text searched on is decoded leniently: damage done
// twice passes through rare characters ("à¸‡" on the way to "ง").
func (r *repairSearch) search(s string, codecs uint16, prev, depth int) {
	for i, e := range mojibakeCodecs {
		if codecs&(1<<i) == 0 || depth == 3 && i != prev {
			continue
		}
		strict, changed := e.redecode(s, false)
		if changed {
			r.consider(strict)
		}
		if depth == 3 || r.bestCost == 0 {
			continue
		}
		lenient, changed := e.redecode(s, true)
		if !changed {
			continue
		}
		if next := suspectCodecs(lenient); next != 0 {
			r.search(lenient, next, i, depth+1)
		}
	}
}

// suspectCodecs returns the set of mojibakeCodecs (bit i for codec i) in
// which s holds a character that reads as a UTF-8 lead byte followed by one
// that reads as a continuation byte (or by the space, "?" or U+FFFD that a
// lost byte leaves, where sequenceAt reads those). Text without such a pair cannot be repaired, and most
// clean text has none: the cheap test before the costly ones.
func suspectCodecs(s string) uint16 {
	var set, leads uint16
	prev := rune(0)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// ASCII is neither lead nor continuation in any code page.
			if leads != 0 && (c == ' ' && (losesNoBreakSpace(prev, 2, 1) || losesNoBreakSpace(prev, 3, 1)) ||
				c == '?' && isAccentedLatin(prev)) {
				set |= leads
			}
			leads, prev = 0, rune(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		role := mojibakeRoles.of(r)
		if r == utf8.RuneError && isAccentedLatin(prev) {
			set |= leads
		} else {
			set |= leads & role.cont
		}
		leads, prev = role.lead, r
		i += n
	}
	return set
}

// byteRoles tells, for one character, in which mojibakeCodecs its byte is a
// UTF-8 lead byte and in which a continuation byte (bit i for codec i).
type byteRoles struct{ lead, cont uint16 }

// roleTable holds the byteRoles of every character of the mojibakeCodecs:
// an array for the first 0x600 code points, a map for the rest.
type roleTable struct {
	low  [0x600]byteRoles
	high map[rune]byteRoles
}

func (t *roleTable) of(r rune) byteRoles {
	if r < 0x600 {
		return t.low[r]
	}
	return t.high[r]
}

func (t *roleTable) set(r rune, role byteRoles) {
	if r < 0x600 {
		t.low[r] = role
	} else {
		t.high[r] = role
	}
}

// mojibakeRoles is built once and only read.
var mojibakeRoles = newRoleTable()

func newRoleTable() *roleTable {
	t := &roleTable{high: make(map[rune]byteRoles)}
	for i, e := range mojibakeCodecs {
		for r, b := range e.high {
			role := t.of(r)
			switch {
			case b >= 0x80 && b <= 0xBF:
				role.cont |= 1 << i
			case utf8SequenceLen(b) > 0:
				role.lead |= 1 << i
			}
			t.set(r, role)
		}
	}
	return t
}

// hasHighLatin reports whether s holds any character outside ASCII: text
// without one cannot be mojibake.
func hasHighLatin(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// redecode reads each run of s's characters whose code page bytes form a
// UTF-8 sequence as that sequence, and reports whether any did. Unless
// lenient, sequences that decode to rare characters are left alone, and
// so is all of s when most of its sequences do.
//
// Bytes get lost on the way, and redecode reads around the losses as
// browsers do:
//   - 0xA0, which the code page shows as a no-break space that later became
//     an ordinary one: "voilÃ le" is "voilà le" and "Ã quele" is "àquele". A
//     two-byte sequence whose second byte is a space is read with 0xA0; the
//     space also separated words when the sequence ends a word, and stays.
//   - bytes the code page could not show, which became U+FFFD or "?": a
//     sequence cut short by one ("Ñ�", "â€?") reads as U+FFFD.
func (e *reencoder) redecode(s string, lenient bool) (string, bool) {
	runes := []rune(s)
	out := make([]rune, 0, len(runes))
	decoded, refused := 0, 0
	for i := 0; i < len(runes); {
		afterLetter := i > 0 && isLetter(runes[i-1])
		r, n, ok := e.sequenceAt(runes[i:], afterLetter)
		if ok && !lenient && r < 0xA0 {
			// A C1 control is no text; it can only be a step on the way
			// ("Ã¢â‚¬Â\u009d" to "â€\u009d" to "”").
			ok = false
		} else if ok && !lenient && r != runes[i+n-1] && (isRareLetter(r) || isRareChar(r) && nextToLetter(out, runes[i+n:])) {
			// Real damage decodes to ordinary text; "NESTLÉ®" read as
			// UTF-8 gives the IPA letter "ɮ": not damage. Rare signs
			// among other signs are drawings ("┒(⌣˛⌣)┎"), and stay
			// possible. A sequence that decodes to its own last character
			// ("Â´" to "´") only loses its lead, and brings no rare
			// character in.
			ok = false
			refused++
		}
		if !ok {
			out = append(out, runes[i])
			i++
			continue
		}
		out = append(out, r)
		i += n
		decoded++
	}
	// Damage is systematic: a code page under which most of the text's
	// sequences read as rare characters did not make this text ("├┤a┼┐a").
	if decoded == 0 || refused > decoded {
		return s, false
	}
	return string(out), true
}

// nextToLetter reports whether a letter ends before or starts after.
func nextToLetter(before, after []rune) bool {
	return len(before) > 0 && isLetter(before[len(before)-1]) || len(after) > 0 && isLetter(after[0])
}

// sequenceAt decodes the UTF-8 sequence that the code page bytes of the
// characters at the start of rs form, and returns it with the number of
// characters it took; afterLetter tells whether a letter precedes rs. A
// sequence that would decode to a C1 control is no repair: text never
// holds those.
func (e *reencoder) sequenceAt(rs []rune, afterLetter bool) (rune, int, bool) {
	lead, ok := e.byteOf(rs[0])
	if !ok {
		return 0, 0, false
	}
	n := utf8SequenceLen(lead)
	if n == 0 || len(rs) < 2 {
		return 0, 0, false
	}
	var buf [4]byte
	buf[0] = lead
	used := 1     // characters taken
	space := 0    // index of a space read as 0xA0, or 0
	lost := false // a byte was lost: the sequence reads as U+FFFD
	for k := 1; k < n; k++ {
		if used >= len(rs) {
			return 0, 0, false
		}
		c := rs[used]
		b, ok := e.byteOf(c)
		switch {
		case c == utf8.RuneError || c == '?' && k == n-1 && n > 2:
			// The code page could not show this byte, and a U+FFFD or
			// "?" stands for it.
			if !isAccentedLatin(rs[0]) {
				return 0, 0, false // "п�" is a Cyrillic letter, then damage
			}
			buf[k] = 0x80
			lost = true
		case ok && b >= 0x80 && b <= 0xBF:
			buf[k] = b
		case c == ' ' && space == 0 && losesNoBreakSpace(rs[0], n, k):
			buf[k] = 0xA0
			space = used
		case lost:
			return utf8.RuneError, used, true // cut short after the loss
		default:
			return 0, 0, false
		}
		used++
	}
	if lost {
		return utf8.RuneError, used, true
	}
	r, size := utf8.DecodeRune(buf[:n])
	if size != n {
		return 0, 0, false
	}
	if space > 0 && space == used-1 && keepsSpace(rs[space+1:], afterLetter) {
		used-- // the space was also the word break: it stays
	}
	return r, used, true
}

// losesNoBreakSpace reports the sequences whose byte k is often a lost
// 0xA0: the last byte of those led, in windows-1252, by Â, Ã, Ä, Å
// (no-break space, "à", "Ġ", "Š"), and any continuation byte of three-byte
// sequences led by à (Thai and Indic letters, "à¸ " for "ภ") or â
// (symbols: "âš " for "⚠", "â € " for the braille blank). Other leads
// followed by a space are other text ("Е -").
func losesNoBreakSpace(lead rune, n, k int) bool {
	switch lead {
	case 'Â', 'Ã', 'Ä', 'Å':
		return n == 2
	case 'à', 'â':
		return n == 3 && k >= 1
	}
	return false
}

// keepsSpace decides whether a space read as a lost 0xA0 also separated
// words. It did when the sequence ends a word ("voilÃ le" is "voilà le"),
// and when an elided word follows ("Ã l’utilisation" is "à l’utilisation");
// before a plain word it was the lost byte alone ("Ã quele" is "àquele",
// "Ã s" is "às").
func keepsSpace(rest []rune, afterLetter bool) bool {
	if afterLetter || len(rest) == 0 || !isLetter(rest[0]) {
		return true
	}
	return len(rest) >= 2 && (rest[1] == '\'' || rest[1] == '’')
}

// utf8SequenceLen returns the length of the UTF-8 sequence that lead
// starts, or 0 when lead cannot start a multi-byte sequence.
func utf8SequenceLen(lead byte) int {
	switch {
	case lead >= 0xC2 && lead <= 0xDF:
		return 2
	case lead >= 0xE0 && lead <= 0xEF:
		return 3
	case lead >= 0xF0 && lead <= 0xF4:
		return 4
	}
	return 0
}

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
func implausibility(s string) int {
	rs := []rune(s)
	var scripts scriptCounts
	var classes [8]scriptCount
	scripts.classes = classes[:0]
	for _, r := range rs {
		if unicode.IsLetter(r) {
			scripts.add(script(r))
		}
	}
	cost := 0
	for i, r := range rs {
		if r < 0x80 {
			continue
		}
		left, left2, right := at(rs, i-1), at(rs, i-2), at(rs, i+1)
		if r == '\u00ad' && unicode.IsLower(left) && unicode.IsLower(right) {
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
		if isLatinLead(left) && isCP1252Continuation(r) {
			cost += oddCost
		}
		switch {
		case unicode.IsLetter(r):
			cost += letterCost(r, left, left2, right, &scripts)
		case unicode.Is(unicode.Mn, r):
			if !isLetter(left) {
				cost += oddCost
			} else if !isGenericMark(r) && !compatibleScripts(script(left), script(r)) {
				cost += strayCost // a Thaana vowel sign on a Greek letter: "φި"
			}
		case isLetter(left) && isLetter(right) && !isWordPunct(r):
			cost += oddCost
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
	if unicode.IsUpper(r) && (unicode.IsLower(left) || unicode.IsUpper(left) && unicode.IsLower(right)) {
		// An accented capital inside a word: "cafÃ", "ÄÆdomu".
		cost += oddCost
	}
	if unicode.IsLower(r) && unicode.IsUpper(left) && unicode.IsUpper(left2) && !isLetter(right) {
		cost += oddCost
	}
	if sc == latinScript && (isWordBreak(left) || unicode.IsDigit(left)) && isWordBreak(right) &&
		!strings.ContainsRune(oneLetterWords, unicode.ToLower(r)) && !(unicode.IsUpper(r) && unicode.IsUpper(left2)) {
		// A capital after a capital and a space is letter spacing: "C O N C L U S Ã O".
		cost += strayCost
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
	return r < 0x80 && !isLetter(r) || unicode.IsSpace(r)
}

// oneLetterWords are accented letters that are words on their own
// (French "à", Portuguese "é", Spanish "ó", Norwegian "å", Swedish "ö"),
// or units ("3 Å").
const oneLetterWords = "àáéèóòúåö"

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

// scriptCounts counts a text's non-ASCII letters by script class. Texts
// hold few scripts, so a short list searched in order beats a map.
type scriptCounts struct {
	classes []scriptCount
	total   int
}

type scriptCount struct{ script, n int }

func (c *scriptCounts) add(sc int) {
	c.total++
	for i := range c.classes {
		if c.classes[i].script == sc {
			c.classes[i].n++
			return
		}
	}
	c.classes = append(c.classes, scriptCount{sc, 1})
}

// alone reports whether the text's only letter of script sc stands among
// letters of other scripts.
func (c *scriptCounts) alone(sc int) bool {
	for _, k := range c.classes {
		if k.script == sc {
			return k.n == 1 && c.total > 1
		}
	}
	return false
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
	return r >= 0xC0 && script(r) == latinScript && unicode.IsLetter(r)
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
	}
	switch r {
	case '¤', '¦', '¨', '¯', '´', '¸', '¬', 'ƒ', '‰', '†', '‡', '◊', '⁄', 'ı', '\u00ad':
		return true
	}
	return false
}
