package lede

import (
	"html"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Clean returns s as clean text: repaired, normalized, and without
// boilerplate paragraphs. The policy:
//
//   - Mojibake (UTF-8 text that was decoded in a single-byte code page, once
//     or twice, in whole or in part: "Huaweiâ€™s") is repaired word by word
//     when the repair reads clearly more plausibly than the original, and
//     where code pages disagree, as the letters of the line's language
//     say (CLDR's exemplar letters: Polish writes "ż", not "ş"). The
//     code pages tried are windows-1250 to 1258 and 874, ISO 8859-2 to -16,
//     KOI8-R and -U, Mac OS Roman and DOS 437 and 850; CESU-8 and no-break
//     spaces lost to plain ones are read too.
//   - Entities left in the text ("&amp;amp;", "&#8217;") are decoded until
//     none is left; a bare ampersand ("AT&T", "R&D") stays.
//   - The result is in NFC, not NFKC: compatibility characters ("m²", "½",
//     "™") stay, except that Latin ligatures ("ﬁ") and fullwidth Latin
//     letters and digits ("ＢＢＣ１２") are folded to plain letters.
//   - Every Unicode space becomes an ASCII space and runs of them one space;
//     lines are trimmed; paragraphs are separated by exactly one blank line
//     (U+2028 is a line break, U+2029 a paragraph break); the text is
//     trimmed.
//   - Invisible characters are removed: byte order marks, zero-width spaces,
//     word joiners, soft hyphens, and control characters other than line
//     breaks. Zero-width joiners and non-joiners and variation selectors,
//     which change how text looks, stay.
//   - Typography is kept as written: curly and straight quotes, dashes,
//     ellipses.
//   - Boilerplate paragraphs are removed at the start and end of the text:
//     cookie and consent notices, newsletter and subscription calls,
//     share and follow prompts, copyright lines; ad labels and "Read
//     more:" pointers go anywhere.
//
// Invalid UTF-8 bytes are read as windows-1252, the usual source of stray
// bytes in text, so the result is always valid UTF-8; C1 controls
// ("\x93quoted\x94", from text decoded as Latin-1) become the
// windows-1252 characters of the same byte, or those of Mac OS Roman or a
// DOS code page when the line reads more plausibly so ("Coatl\x87n"). Clean is idempotent,
// and returns text that is already clean unchanged. It runs in time linear
// in the length of s.
func Clean(s string) string {
	text := normalize(s)
	var stack [8]int
	furniture, first, last := furnitureIn(text, stack[:0])
	if len(furniture) == 0 && !isBoilerplate(first) && (last == first || !isBoilerplate(last)) {
		return text // the common answer, known without allocating
	}
	paras := strings.Split(text, "\n\n")
	kept := paras[:0]
	for i, p := range paras {
		if len(furniture) > 0 && furniture[0] == i {
			furniture = furniture[1:]
			continue
		}
		kept = append(kept, p)
	}
	for len(kept) > 0 && isBoilerplate(kept[0]) {
		kept = kept[1:]
	}
	for len(kept) > 0 && isBoilerplate(kept[len(kept)-1]) {
		kept = kept[:len(kept)-1]
	}
	return strings.Join(kept, "\n\n")
}

// furnitureIn appends to furniture the indices of the paragraphs of text
// that are ad labels or pointers, which Clean drops wherever they stand;
// first and last are the first and the last paragraph. Each paragraph is
// read once: most texts have none to drop.
func furnitureIn(text string, furniture []int) (_ []int, first, last string) {
	i := 0
	for p := range strings.SplitSeq(text, "\n\n") {
		if i == 0 {
			first = p
		}
		if isAdLabel(p) || isPointer(p) {
			furniture = append(furniture, i)
		}
		last = p
		i++
	}
	return furniture, first, last
}

// normalize applies Clean's policy except for boilerplate removal: the
// text's characters, spaces, lines and paragraphs.
//
// One pass can make work for another: removing an invisible character
// joins what it separated into an entity ("&a\x00mp;") or mojibake
// ("Ã\x00©"), and decoding an entity can make mojibake. So the passes
// repeat until the text is stable, at most maxNormalizeRounds times; only
// text that a pass changed is looked at again.
func normalize(s string) string {
	var memory repairMemory
	nfc := false // known to be NFC, as what normalizeOnce returns is
	for range maxNormalizeRounds {
		normal, known := checkNormal(s, nfc, &memory)
		if normal {
			return s
		}
		next := normalizeOnce(s, known, &memory)
		if next == s {
			return s
		}
		s, nfc = next, true
	}
	return s
}

// maxNormalizeRounds bounds normalize: real text is stable after one
// round, contrived text after a few.
const maxNormalizeRounds = 4

// normalizeOnce makes one round of normalization; known is a line whose
// mojibake repair checkNormal has already made, or the zero value, and
// memory what the repair knows of the text (see repairMemory), to which
// it adds. Its result is NFC, which normalize need not check again: each
// line it writes is, and the layout only drops spaces next to a space or
// at the ends of a line and joins lines with newlines, characters that
// compose with nothing and stop marks from moving across them
// (TestNormalizeOnceIsNFC).
func normalizeOnce(s string, known repairedLine, memory *repairMemory) string {
	// Every step but the layout reads one line at a time, so the lines
	// that need none of them are left as they are: in an article, most.
	// The layout takes each line as it comes.
	var out layout
	out.sb.Grow(len(s))
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimSuffix(line, "\r") // a CRLF line end
		switch {
		case known.line != "" && line == known.line:
			// The steps before the repair leave a line that checkNormal
			// repaired alone: it is valid, NFC and holds no entity. It
			// is not clean: it holds pairs to look at, whose repair
			// changed it, where a clean line holds none.
			out.write(normalizeRepaired(known.repaired))
		case isCleanLine(line):
			out.write(line)
		default:
			out.write(normalizeLine(line, memory))
		}
	}
	return out.sb.String()
}

// repairedLine is a line and its mojibake repair.
type repairedLine struct{ line, repaired string }

// normalizeLine repairs and normalizes the characters of one line; the
// mojibake repair skips and records stable lines.
func normalizeLine(s string, memory *repairMemory) string {
	if !utf8.ValidString(s) {
		s = repairInvalidUTF8(s)
	}
	s = decodeEntities(s)
	// Mojibake is read character by character, as the code page showed
	// them: "Ã" is one byte, and text decomposed since ("A\u0303") is
	// composed again first. C1 controls are read after it: they are
	// bytes of mojibake read as Latin-1 ("Ã\u009f" is "ß") before they are
	// characters of windows-1252.
	s = toNFC(s)
	return normalizeRepaired(repairMojibake(s, memory))
}

// normalizeRepaired makes the steps of normalizeLine after the mojibake
// repair.
func normalizeRepaired(s string) string {
	s = readC1Controls(s)
	return toNFC(mapRunes(s))
}

// isCleanLine reports whether normalizeLine would leave the line alone:
// no character that mapRunes changes, no entity, NFC, and no mojibake to
// read.
func isCleanLine(line string) bool {
	ascii, composed := true, true
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c >= utf8.RuneSelf:
			r, n := decodeTwo(line[i:]) // most often, and without a call
			if n == 0 {
				r, n = decodeRune(line[i:])
			}
			if mapsRuneOf(r, n) {
				return false
			}
			ascii = false
			composed = composed && isInertInNFC(r)
			i += n - 1
		case c == '&':
			if _, end := referenceAt(line, i+1); end > 0 {
				return false
			}
		case c < ' ' || c == 0x7f:
			return false
		}
	}
	// Characters NFC leaves alone wherever they stand make a line NFC
	// without x/text's tables (see isInertInNFC).
	return ascii || (composed || isNFC(line)) && !hasSuspectIn(line)
}

func toNFC(s string) string {
	if isNFC(s) {
		return s
	}
	return norm.NFC.String(s)
}

// isNFC reports whether s is in NFC, as norm.NFC.IsNormalString does, but
// asks x/text's tables only about the characters that are not inert (see
// isInertInNFC) and the inert one before each run of them, on which they
// may compose. An inert character starts a new segment for NFC: what
// stands before it does not change how it or what follows it normalizes,
// so s is NFC when each such stretch is. Text of a script other than
// those isInertInNFC knows is read in one such stretch at a time, as a
// whole text was before.
func isNFC(s string) bool {
	base := 0 // the start of the last inert character
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i = asciiEnd(s, i+1)
			base = i - 1
			continue
		}
		if c := s[i]; c >= 0xC2 && c < 0xCC && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// A character from U+0080 to U+02FF, inert (see isInertInNFC),
			// told by its bytes: Latin, most of a line of stray bytes.
			base = i
			i += 2
			continue
		}
		r, n := decodeTwo(s[i:]) // most often, and without a call
		if n == 0 {
			r, n = decodeRune(s[i:])
		}
		if isInertInNFC(r) {
			base = i
			i += n
			continue
		}
		end := endOfNonInert(s, i+n)
		// QuickSpanString answers most stretches without allocating,
		// as IsNormalString does on each call.
		if seg := s[base:end]; norm.NFC.QuickSpanString(seg) < len(seg) && !norm.NFC.IsNormalString(seg) {
			return false
		}
		i = end
	}
	return true
}

// endOfNonInert returns the index of the first inert character of s from
// i on, or len(s).
func endOfNonInert(s string, i int) int {
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			return i
		}
		r, n := decodeTwo(s[i:]) // most often, and without a call
		if n == 0 {
			r, n = decodeRune(s[i:])
		}
		if isInertInNFC(r) {
			return i
		}
		i += n
	}
	return i
}

// checkNormal reports whether normalize would leave s alone: the fast
// path for text that is already clean. With nfc, s is known to be NFC
// and is not read for it again. Text in which the mojibake repair
// finds something to look at (an accented letter before a space, "explicó
// el") is normal when the repair leaves each such line alone. When the
// repair of a line is what makes s not normal, it returns that line and
// its repair, for normalizeOnce not to make it again. It does not repair
// the stable lines, and adds to them those it finds stable.
func checkNormal(s string, nfc bool, memory *repairMemory) (bool, repairedLine) {
	shape := shapeOf(s)
	switch {
	case !shape.layout:
		return false, repairedLine{}
	case shape.ascii:
		return true, repairedLine{}
	case !shape.composed && !nfc && !isNFC(s):
		return false, repairedLine{}
	case !shape.suspect:
		return true, repairedLine{}
	}
	// The first stable repairs found are held here and given to memory
	// only when normalizeOnce is to run, for s is not normal: most texts
	// with pairs to look at are normal, and one line needs no map.
	var held [4]string
	nHeld := 0
	for line := range strings.SplitSeq(s, "\n") {
		// The pairs of a text of one line are its line's: shapeOf found
		// some.
		if !shape.oneLine && !hasSuspectIn(line) || memory.isStable(line) || slices.Contains(held[:nHeld], line) {
			continue
		}
		repaired, ok := repairRounds(line, memory)
		switch {
		case !ok:
		case nHeld < len(held):
			held[nHeld] = repaired
			nHeld++
		default:
			memory.addStable(repaired)
		}
		if repaired != line {
			for _, l := range held[:nHeld] {
				memory.addStable(l)
			}
			return false, repairedLine{line, repaired}
		}
	}
	return true, repairedLine{}
}

// textShape is what one pass over a text tells isNormal.
type textShape struct {
	// layout: no character that mapRunes changes, no entity, and lines
	// and paragraphs as layOut leaves them.
	layout bool
	ascii  bool
	// composed: every character is one NFC leaves alone wherever it
	// stands (see isInertInNFC), so the text is NFC without asking.
	composed bool
	// suspect: some pair of characters the mojibake repair reads (see
	// suspectCodecs).
	suspect bool
	// oneLine: no newline, so that suspect is hasSuspectIn(s).
	oneLine bool
}

// shapeOf reads s once for isNormal; it stops when the layout is not
// normal, and then only layout is known.
func shapeOf(s string) textShape {
	lineStart, space, newlines, sawNewline := true, false, 0, false
	shape := textShape{ascii: true, composed: true}
	var scan suspectScan
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isPlainASCII[c] {
			// A run of words of letters, digits and signs, one space
			// apart, which layout and repair read alike: only its first
			// character can end a pair.
			if scan.leads != 0 {
				scan.next(rune(c))
			}
			for i+1 < len(s) {
				if isPlainASCII[s[i+1]] {
					i++
				} else if s[i+1] == ' ' && i+2 < len(s) && isPlainASCII[s[i+2]] {
					i += 2
				} else {
					break
				}
			}
			lineStart, space, newlines = false, false, 0
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := decodeTwo(s[i:]) // most often, and without a call
			if n == 0 {
				r, n = decodeRune(s[i:])
			}
			if mapsRuneOf(r, n) {
				return textShape{}
			}
			shape.ascii = false
			shape.composed = shape.composed && isInertInNFC(r)
			scan.next(r)
			i += n - 1
			lineStart, space, newlines = false, false, 0
			continue
		}
		if scan.leads != 0 {
			// An ASCII character ends a pair; after leads == 0 it would
			// only become prev, which the scan reads after a lead only.
			scan.next(rune(c))
		}
		switch {
		case c == '&':
			if _, end := referenceAt(s, i+1); end > 0 {
				return textShape{}
			}
			lineStart, space, newlines = false, false, 0
		case c == '\r':
			return textShape{}
		case c == '\n':
			if space || (lineStart && newlines != 1) {
				return textShape{} // trailing space, leading or extra blank line
			}
			newlines++
			lineStart, sawNewline = true, true
		case c == ' ':
			if space || lineStart {
				return textShape{}
			}
			space = true
		default: // the controls
			return textShape{}
		}
	}
	shape.layout = !space && !lineStart || s == ""
	shape.suspect = scan.set != 0
	shape.oneLine = !sawNewline
	return shape
}

// isPlainASCII holds the printable ASCII characters but the space and
// the ampersand: those that shapeOf only steps over.
var isPlainASCII = func() (t [256]bool) {
	for c := '!'; c < 0x7f; c++ {
		t[c] = c != '&'
	}
	return t
}()

// isInertInNFC reports characters that NFC leaves alone wherever they
// stand: they have no decomposition NFC undoes, combine with nothing
// before them, and are starters (canonical combining class 0). The
// ranges are those of the letters and signs news text holds most: Latin
// up to the combining marks, Cyrillic letters, general punctuation and
// currency signs, kana, CJK ideographs and Hangul syllables. The other
// characters from the combining marks to U+2FFF (Greek, Armenian, Hebrew,
// Arabic, the scripts of India and Southeast Asia, Vietnamese, where
// every two-byte sequence decodes and so where a line of stray bytes read
// as UTF-8 lands, and the symbols, arrows and box drawing of U+2000 to
// U+2FFF that code pages 437 and 850 and Mac OS Roman show) are looked up
// in inertTable. So are U+FFFD, the private use areas and the planes from
// the third on (ideographs, tags, unassigned), which lines of stray bytes
// read as UTF-8 are full of too.
// TestInertInNFC checks each against x/text's tables.
func isInertInNFC(r rune) bool {
	switch {
	case r < 0x300, r >= 0x400 && r < 0x483, r >= 0x2010 && r < 0x2070, r >= 0x20A0 && r < 0x20C0:
		return true
	case r >= 0x3041 && r < 0x3097, r >= 0x30A1 && r < 0x30FB, r >= 0x4E00 && r < 0xA000, r >= 0xAC00 && r < 0xD7A4:
		return true
	case r >= 0x300 && r < inertTableEnd:
		i := r - 0x300
		return inertTable()[i/64]&(1<<(i%64)) != 0
	case r == utf8.RuneError, r >= 0xE000 && r < 0xF900, r >= 0x30000 && r <= unicode.MaxRune:
		return true
	}
	return false
}

// inertTableEnd is where inertTable ends.
const inertTableEnd = 0x3000

// inertTable holds a bit for each character from U+0300 to inertTableEnd
// that is NFC on its own, a starter and combines with nothing before it,
// from x/text's tables; it is built on first use and only read after.
var inertTable = sync.OnceValue(func() *[(inertTableEnd - 0x300 + 63) / 64]uint64 {
	var t [(inertTableEnd - 0x300 + 63) / 64]uint64
	var buf [utf8.UTFMax]byte
	for r := rune(0x300); r < inertTableEnd; r++ {
		b := buf[:utf8.EncodeRune(buf[:], r)]
		if p := norm.NFC.Properties(b); p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormal(b) {
			i := r - 0x300
			t[i/64] |= 1 << (i % 64)
		}
	}
	return &t
})

// mapsRune reports the non-ASCII characters that mapRunes changes, and
// invalid UTF-8: the controls, U+FFFD, the Unicode spaces and line and
// paragraph separators, the invisible characters (see isInvisible), the
// Latin ligatures and the fullwidth forms from "０" to "ｚ". Every pass
// over a text asks it of each character beyond ASCII, so it is written
// out by block rather than asked of unicode.IsSpace and isInvisible;
// TestMapsRune checks it against them on every character.
func mapsRune(r rune) bool {
	switch {
	case r < 0x2000:
		return r <= 0xa0 || r == '\u00ad' || r == '\u1680' || r == '\u180e'
	case r < 0x2100:
		return r <= '\u200b' || r == '\u200e' || r == '\u200f' || r == '\u2028' || r == '\u2029' ||
			r == '\u202f' || r == '\u205f' || r == '\u2060'
	}
	return r == '\u3000' || r >= 0xFB00 && r <= 0xFB06 || r == '\ufeff' || r >= 0xFF10 && r <= 0xFF5A ||
		r == utf8.RuneError
}

// readC1Controls reads the C1 controls left after mojibake repair, which
// real text never holds, as the bytes they are: text decoded as Latin-1
// holds them for the bytes 0x80 to 0x9F of its code page. Most often that
// is windows-1252 ("\x93quoted\x94" for "“quoted”"), but a line whose
// text reads more plausibly in Mac OS Roman or a DOS code page, read
// whole through it, is read so ("Coatl\x87n" is "Coatlán"). The five
// bytes windows-1252 leaves undefined stay C1 controls.
func readC1Controls(s string) string {
	if !hasC1(s) {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		if hasC1(line) {
			lines[i] = readC1Line(line)
		}
	}
	return strings.Join(lines, "\n")
}

func isC1(r rune) bool { return r >= 0x80 && r < 0xa0 }

// hasC1 reports whether s holds a C1 control. Their UTF-8 is C2 80 to
// C2 9F, and C2 only ever leads a sequence: the bytes tell, without
// reading characters.
func hasC1(s string) bool {
	for {
		i := strings.IndexByte(s, 0xC2)
		if i < 0 || i+1 >= len(s) {
			return false
		}
		if s[i+1] >= 0x80 && s[i+1] < 0xA0 {
			return true
		}
		s = s[i+1:]
	}
}

// c1Readings are the code pages a line with C1 controls is read in, the
// usual one first; each reading of a line keeps its characters above
// 0xFF, which no Latin-1 decoding made.
var c1Readings = [...]*charmap.Charmap{charmap.Windows1252, charmap.Macintosh, charmap.CodePage850, charmap.CodePage437}

// c1Tables holds what each of c1Readings reads the characters U+0080 to
// U+00FF of a line as, by character minus 0x80: the usual reading, first,
// reads only the C1 controls, and drops (-1) those it leaves undefined;
// the others read every such character they define. A reading is then a
// table lookup per character, not a decoding.
var c1Tables = func() (t [len(c1Readings)][0x80]rune) {
	for k, cm := range c1Readings {
		for b := 0x80; b <= 0xff; b++ {
			r := rune(b)
			if k > 0 || isC1(r) {
				if d := cm.DecodeByte(byte(b)); d != utf8.RuneError {
					r = d
				} else if k == 0 {
					r = -1 // undefined: a control, which mapRunes drops
				}
			}
			t[k][b-0x80] = r
		}
	}
	return t
}()

func readC1Line(line string) string {
	rs := runesOf(line)
	var best, read []rune // two buffers, swapped when a reading is taken
	bestCost := 0
	for k := range c1Readings {
		if k > 0 && bestCost == 0 {
			break // no reading is more plausible than one with no cost
		}
		read = readThrough(&c1Tables[k], rs, read[:0])
		var scripts scriptCounts
		scripts.addAll(read, 1)
		if k == 0 {
			best, read, bestCost = read, nil, implausibility(read, 0, len(read), &scripts)
			continue
		}
		// A reading as implausible as the best need not be scored to
		// the end: it is not taken.
		if cost := implausibilityBelow(read, 0, len(read), &scripts, bestCost); cost < bestCost {
			best, read, bestCost = read, best, cost
		}
	}
	return stringOf(best)
}

// readThrough appends to read the characters of rs as table reads those
// of U+0080 to U+00FF, and returns it.
func readThrough(table *[0x80]rune, rs []rune, read []rune) []rune {
	read = slices.Grow(read, len(rs))
	for _, r := range rs {
		if r >= 0x80 && r <= 0xff {
			if r = table[r-0x80]; r < 0 {
				continue
			}
		}
		read = append(read, r)
	}
	return read
}

// repairInvalidUTF8 reads each byte that is not part of valid UTF-8 as a
// windows-1252 character.
func repairInvalidUTF8(s string) string {
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf {
				j++
			}
			sb.WriteString(s[i:j])
			i = j
			continue
		}
		r, n := decodeRune(s[i:])
		if r == utf8.RuneError && n == 1 {
			sb.WriteString(cp1252Strings[s[i]-0x80])
		} else {
			sb.WriteString(s[i : i+n])
		}
		i += n
	}
	return sb.String()
}

// cp1252Strings holds the UTF-8 of cp1252Rune of the bytes 0x80 to 0xFF,
// which repairInvalidUTF8 writes for each stray byte.
var cp1252Strings = func() (t [0x80]string) {
	for b := 0x80; b <= 0xff; b++ {
		t[b-0x80] = string(cp1252Rune(byte(b)))
	}
	return t
}()

// mapRunes removes invisible characters and folds ligatures, fullwidth
// Latin and Unicode spaces. The only C1 controls left after readC1Controls are
// the five bytes windows-1252 leaves undefined, which show nothing and go.
// Line separators become newlines, paragraph separators blank lines. Runs
// of printable ASCII are copied whole.
func mapRunes(s string) string {
	if !mapsAnyRune(s) {
		return s // most lines, repaired or not
	}
	return mapEachRune(s)
}

// mapEachRune is mapRunes, reading every character. The characters it
// keeps as they are, printable ASCII and most beyond, are copied a run at
// a time: a line of stray bytes read as windows-1252 is a few spaces and
// controls among two megabytes of letters and signs that stay.
func mapEachRune(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); {
		if j := endOfKept(s, i); j > i {
			sb.WriteString(s[i:j])
			if i = j; i == len(s) {
				break
			}
		}
		r, n := decodeRune(s[i:])
		writeMapped(&sb, s, i, r, n)
		i += n
	}
	return sb.String()
}

// writeMapped writes to sb what mapEachRune makes of the character r
// that takes s[i:i+n].
func writeMapped(sb *strings.Builder, s string, i int, r rune, n int) {
	switch {
	case r == '\r' && i+1 < len(s) && s[i+1] == '\n':
		// CRLF: the LF makes the line break
	case r == '\r' || r == '\u2028':
		sb.WriteByte('\n')
	case r == '\u2029':
		sb.WriteString("\n\n")
	case r >= 0x80 && r < 0xa0, isInvisible(r):
	case r == '\t' || unicode.IsSpace(r):
		sb.WriteByte(' ')
	case r >= 0xFF10 && r <= 0xFF19, r >= 0xFF21 && r <= 0xFF3A, r >= 0xFF41 && r <= 0xFF5A:
		sb.WriteRune(r - 0xFEE0) // fullwidth Latin: 'Ａ' (U+FF21) - 0xFEE0 = 'A'
	case r >= 0xFB00 && r <= 0xFB06:
		sb.WriteString(latinLigatures[r-0xFB00])
	default:
		sb.WriteString(s[i : i+n])
	}
}

// endOfKept returns the end of the run of characters from s[i] on that
// mapEachRune keeps as they are: printable ASCII, newlines, and the
// characters beyond ASCII that mapsRune does not report.
func endOfKept(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= ' ' && c < 0x7f || c == '\n' {
				i++
				continue
			}
			return i
		}
		r, n := decodeTwo(s[i:])
		if n == 0 {
			r, n = decodeRune(s[i:])
		}
		if mapsRune(r) {
			return i
		}
		i += n
	}
	return i
}

// mapsAnyRune reports whether mapRunes may change s: it holds a control
// other than the newline, or a character that mapsRune reports.
func mapsAnyRune(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < ' ' && c != '\n' || c == 0x7f {
				return true
			}
			continue
		}
		r, n := decodeTwo(s[i:]) // most often, and without a call
		if n == 0 {
			r, n = decodeRune(s[i:])
		}
		if mapsRuneOf(r, n) {
			return true
		}
		i += n - 1
	}
	return false
}

// mapsRuneOf is mapsRune for the character r decoded from n bytes: a
// U+FFFD written as such (three bytes) is a character that every pass
// leaves as it is, where an invalid byte (one) that decodes to it is
// repaired. Damaged pages hold many, and a text with one would otherwise
// never read as normal.
func mapsRuneOf(r rune, n int) bool {
	return mapsRune(r) && !(r == utf8.RuneError && n == 3)
}

// latinLigatures spells out U+FB00 to U+FB06.
var latinLigatures = [...]string{"ff", "fi", "fl", "ffi", "ffl", "st", "st"}

// isInvisible reports characters that carry nothing visible: controls
// (other than line breaks), byte order marks, zero-width spaces, word
// joiners and soft hyphens. Zero-width joiners (U+200C, U+200D) and
// variation selectors are not among them.
func isInvisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u2060', '\ufeff', '\u180e', '\u200e', '\u200f':
		return true
	}
	return r < ' ' && r != '\n' && r != '\t' || r == 0x7f
}

// layOut trims lines, collapses runs of spaces, and separates paragraphs by
// exactly one blank line; lines within a paragraph stay. It runs after
// mapRunes, so the only spaces left are ASCII spaces.
func layOut(s string) string {
	var out layout
	out.sb.Grow(len(s))
	out.write(s)
	return out.sb.String()
}

// layout is layOut's work in progress: the lines of a text written so
// far, each given as it comes.
type layout struct {
	sb    strings.Builder
	blank bool // a blank line since the last written line
}

// write lays out the lines of s after those written before: layOut(a +
// "\n" + b) is writing a, then b.
func (l *layout) write(s string) {
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.Trim(line, " ")
		if line == "" {
			l.blank = true
			continue
		}
		if l.sb.Len() > 0 {
			if l.blank {
				l.sb.WriteString("\n\n")
			} else {
				l.sb.WriteByte('\n')
			}
		}
		writeCollapsed(&l.sb, line)
		l.blank = false
	}
}

// writeCollapsed writes the trimmed line with each run of spaces as one.
func writeCollapsed(sb *strings.Builder, line string) {
	for {
		i := strings.Index(line, "  ")
		if i < 0 {
			sb.WriteString(line)
			return
		}
		sb.WriteString(line[:i+1])
		line = strings.TrimLeft(line[i:], " ")
	}
}

// decodeEntities decodes the character references left in s ("&amp;",
// "&#8217;", "&eacute;"), and the references that decoding makes, as text
// that was escaped twice needs ("&amp;amp;" is "&", "&amp;#8217;" is "’").
// Only complete references, with their semicolon, are decoded: "AT&T" and
// "R&D" stay. It works in one pass: an ampersand that a reference decodes
// to is held back and joined to the text after it.
func decodeEntities(s string) string {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	sb.WriteString(s[:i])
	held := false // a decoded '&' stands before s[i:], not yet written
	for i < len(s) {
		name := i + 1
		if held {
			name = i
		}
		if dec, end := referenceAt(s, name); end > 0 {
			i = end
			held = dec == "&"
			if !held {
				sb.WriteString(dec)
			}
		} else {
			sb.WriteByte('&')
			if !held {
				i++
			}
			held = false
		}
		if held {
			continue
		}
		next := strings.IndexByte(s[i:], '&')
		if next < 0 {
			sb.WriteString(s[i:])
			break
		}
		sb.WriteString(s[i : i+next])
		i += next
	}
	if held {
		sb.WriteByte('&')
	}
	return sb.String()
}

// maxEntityLen is the longest reference decoded ("&CounterClockwiseContourIntegral;").
const maxEntityLen = 34

// referenceAt decodes the reference whose name starts at s[i] (after its
// ampersand) and returns the text and the index after its semicolon, or
// an end of 0 when no known reference starts there.
func referenceAt(s string, i int) (string, int) {
	semi := strings.IndexByte(s[i:min(len(s), i+maxEntityLen)], ';')
	if semi < 1 || !isEntityName(s[i:i+semi]) {
		return "", 0
	}
	ref := "&" + s[i:i+semi+1]
	dec := html.UnescapeString(ref)
	// html decodes the legacy names without a semicolon inside longer
	// words ("&notanentity;" as "¬anentity;"): those are no reference.
	if dec == ref || strings.HasSuffix(dec, ";") {
		return "", 0
	}
	return dec, i + semi + 1
}

// isEntityName reports whether s can be the inside of a character
// reference: a name, "#123" or "#x1F".
func isEntityName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#' && i == 0) {
			return false
		}
	}
	return true
}
