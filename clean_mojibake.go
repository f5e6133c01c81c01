package lede

import (
	"iter"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf16"
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

// mojibakeCodecs are the code pages whose misreadings are repaired: every
// single-byte code page in common use on the web, from x/text's charmap
// tables. The Windows code pages 1250 to 1258 and 874; the ISO 8859 parts
// that differ from them (ISO-8859-1 and -9 are windows-1252 and -1254 but
// for the C1 range, which the sloppy reading below covers, and -11 is
// windows-874); KOI8-R and KOI8-U; Mac OS Roman; and the DOS code pages 437
// and 850. Each is "sloppy": bytes 0x80 to 0x9F that it leaves undefined,
// and those bytes of text decoded as Latin-1, read as the C1 control of the
// same number. EBCDIC pages and the DOS pages of other scripts are left
// out: no mojibake seen on the web passes through them. The order is the
// order of their use on the web, most used first: when two code pages
// repair a word equally well, the more used one is taken.
var mojibakeCodecs = numbered([...]*reencoder{
	newReencoder(charmap.Windows1252),
	newReencoder(charmap.Windows1251),
	newReencoder(charmap.Windows1250),
	newReencoder(charmap.Windows1256),
	newReencoder(charmap.Windows1254),
	newReencoder(charmap.Windows1253),
	newReencoder(charmap.Windows1255),
	newReencoder(charmap.Windows1257),
	newReencoder(charmap.Windows874),
	newReencoder(charmap.Windows1258),
	newReencoder(charmap.ISO8859_2),
	newReencoder(charmap.ISO8859_15),
	newReencoder(charmap.KOI8R),
	newReencoder(charmap.KOI8U),
	newReencoder(charmap.ISO8859_5),
	newReencoder(charmap.ISO8859_7),
	newReencoder(charmap.ISO8859_6),
	newReencoder(charmap.ISO8859_8),
	newReencoder(charmap.ISO8859_13),
	newReencoder(charmap.ISO8859_4),
	newReencoder(charmap.ISO8859_3),
	newReencoder(charmap.ISO8859_10),
	newReencoder(charmap.ISO8859_14),
	newReencoder(charmap.ISO8859_16),
	newReencoder(charmap.Macintosh),
	newReencoder(charmap.CodePage437),
	newReencoder(charmap.CodePage850),
})

// numbered gives each code page its index in mojibakeCodecs, by which
// mojibakeRoles holds its bytes.
func numbered(codecs [27]*reencoder) [27]*reencoder {
	for k, e := range codecs {
		e.index = k
	}
	return codecs
}

// codecSet holds one bit per mojibakeCodecs entry.
type codecSet uint32

// maxRepairRounds is how many times a line is repaired: a word repaired
// late in a line can change how an earlier one reads (a one-letter word
// alone of its script until its neighbours are repaired).
const maxRepairRounds = 3

// reencoder maps the characters of one code page back to their bytes.
type reencoder struct {
	high  map[rune]byte // characters of bytes 0x80 to 0xFF
	index int           // in mojibakeCodecs
	// low holds high's bytes of the characters below roleTableLow,
	// 0 for none, indexed by character: the search reads every
	// character of every reading through one code page at a time, and
	// a table of the code page's own is one load per character.
	low [roleTableLow]byte
}

func newReencoder(cm *charmap.Charmap) *reencoder {
	e := &reencoder{high: make(map[rune]byte, 128)}
	for b := 0x80; b <= 0xFF; b++ {
		r := cm.DecodeByte(byte(b))
		if r == utf8.RuneError {
			if b >= 0xA0 {
				continue // undefined: no character shows this byte
			}
			r = rune(b) // sloppy: an undefined byte reads as C1 control
		}
		if _, taken := e.high[r]; !taken {
			e.high[r] = byte(b)
		}
	}
	// Text that was decoded as Latin-1 rather than windows-1252 holds C1
	// controls for these bytes ("â\u0080\u0099" for "’"); they map back
	// the same way.
	// Text decoded as windows-1252 holds its characters for those bytes
	// ("˜" for 0x98), so for the bytes the code page leaves undefined
	// those map back too.
	for b := 0x80; b < 0xA0; b++ {
		undefined := cm.DecodeByte(byte(b)) == utf8.RuneError
		for _, r := range []rune{rune(b), cp1252Rune(byte(b))} {
			if _, taken := e.high[r]; !taken && (undefined || r == rune(b)) {
				e.high[r] = byte(b)
			}
		}
	}
	for r, b := range e.high {
		if r < roleTableLow {
			e.low[r] = b
		}
	}
	return e
}

// byteOf returns the code page byte of r. It reads e.low and, past it,
// mojibakeRoles, which hold e.high in a form faster to look up: the
// search for repairs asks for every character of every reading.
func (e *reencoder) byteOf(r rune) (byte, bool) {
	if r < 0x80 {
		return byte(r), true
	}
	if r < roleTableLow {
		b := e.low[r]
		return b, b != 0
	}
	b := mojibakeRoles.bytes[mojibakeRoles.slotOf(r)][e.index]
	return b, b != 0
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
// Lines memory knows to be stable are left as they are, and the repairs
// made are added to them when they are.
func repairMojibake(s string, memory *repairMemory) string {
	if !hasHighLatin(s) {
		return s
	}
	if !strings.Contains(s, "\n") {
		return repairMojibakeLine(s, memory) // as normalizeLine asks
	}
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = repairMojibakeLine(line, memory)
	}
	return strings.Join(lines, "\n")
}

// repairMojibakeLine is repairMojibake for one line.
func repairMojibakeLine(line string, memory *repairMemory) string {
	if !hasSuspectIn(line) || memory.isStable(line) {
		return line
	}
	repaired, ok := repairRounds(line, memory)
	if ok {
		memory.addStable(repaired)
	}
	return repaired
}

// repairMemory is what the mojibake repair of one text keeps from one
// pass to the next. Its stable lines are lines that repairRounds is known
// to leave alone, because its last round of repairs on them changed
// nothing: normalize looks at the lines it repaired again in its next
// round, and need not repair them again to know. Its searches are the
// repairs searchWord found, by what they depend on: a pass repairs words
// of a line and searches its other words again as they were.
type repairMemory struct {
	stable   map[string]bool
	searches map[searchKey]*searchMade
	// last is the search given or kept last: a line of stray bytes is
	// the same word thousands of times, which it gives again after
	// comparing the word and its context, without hashing them.
	last *searchMade
}

func (m *repairMemory) isStable(line string) bool { return m.stable[line] }

func (m *repairMemory) addStable(line string) {
	if m.stable == nil {
		m.stable = make(map[string]bool)
	}
	m.stable[line] = true
}

// searchKey identifies all that searchWord's search reads of a word's
// line: the word and the characters of its context (see wordContext),
// where the word is in that text, and the line's letters by script as
// the search reads them (see readBy). It holds a hash of the text and
// letters, and searchMade the two, to tell searches of the same hash
// apart.
type searchKey struct {
	hash         uint64
	at, end, len int
}

// searchMade is a search kept in repairMemory: what its key hashes (the
// text, a part of a line, which no one changes once made) and its
// repairs.
type searchMade struct {
	text    []rune
	at      int // where the word starts in text
	scripts scriptCounts
	found   wordRepairs
}

// searchOf returns the key of the search for the word line[i:j], and the
// text it hashes.
func searchOf(line []rune, i, j int, scripts *scriptCounts) (searchKey, []rune) {
	lo, hi := max(0, i-wordContext), min(len(line), j+wordContext)
	text := line[lo:hi]
	h := hashRunes(text)
	read := scripts.readBy(j - i)
	for _, c := range read.classes[:read.n] {
		h = (h ^ uint64(c.script)) * 1099511628211
		h = (h ^ uint64(c.n)) * 1099511628211
	}
	h = (h ^ uint64(read.total)) * 1099511628211
	return searchKey{h, i - lo, j - lo, len(text)}, text
}

// searched returns the repairs of a search made before of the same text
// with the same letters, for the word line[i:j].
func (m *repairMemory) searched(key searchKey, text []rune, scripts *scriptCounts, line []rune, i, j int) (*wordRepairs, bool) {
	made, ok := m.searches[key]
	if !ok || made.scripts != scripts.readBy(j-i) || !slices.Equal(made.text, text) {
		return nil, false
	}
	m.last = made
	return made.repairsOf(line, i, j), true
}

// searchedLast is searched for the search memory gave or kept last, when
// it is of the word line[i:j] in the same context with the same letters:
// the search its key finds, or one of the same text a colliding key
// displaced, which a search made again would repeat.
func (m *repairMemory) searchedLast(line []rune, i, j int, scripts *scriptCounts) (*wordRepairs, bool) {
	made := m.last
	if made == nil {
		return nil, false
	}
	lo, hi := max(0, i-wordContext), min(len(line), j+wordContext)
	if made.at != i-lo || len(made.found.orig()) != j-i || !slices.Equal(made.text, line[lo:hi]) || made.scripts != scripts.readBy(j-i) {
		return nil, false
	}
	return made.repairsOf(line, i, j), true
}

// repairsOf returns the repairs of the search made for the word
// line[i:j].
func (made *searchMade) repairsOf(line []rune, i, j int) *wordRepairs {
	return &wordRepairs{line: line, i: i, j: j, cost: made.found.cost, by: made.found.by}
}

// addSearch keeps the repairs r found, and returns them.
//
// The search of a word of a long line keeps a copy of its text, and its
// word is read in that copy: text is a piece of the line's characters,
// which would hold all of them for as long as the memory lives, a line
// of each round of the repair (a megabyte of stray bytes read as
// windows-1252 is three lines of 8 MB). A piece of a shorter line holds
// little, and is kept without the two allocations of the copy.
func (m *repairMemory) addSearch(key searchKey, text []rune, scripts *scriptCounts, r *repairSearch) *wordRepairs {
	if m.searches == nil {
		m.searches = make(map[searchKey]*searchMade)
	}
	made := &searchMade{text: text, at: key.at, scripts: scripts.readBy(r.found.j - r.found.i), found: r.found}
	made.found.by = keep(&r.by)
	m.searches[key], m.last = made, made
	if len(r.found.line) <= longRepairLine {
		return &made.found
	}
	made.text = slices.Clone(text)
	made.found.line, made.found.i, made.found.j = made.text, key.at, key.end
	return made.repairsOf(r.found.line, r.found.i, r.found.j)
}

// longRepairLine is the length, in characters, past which the searches
// of a line's words keep copies of their text (see addSearch): 16 kB of
// characters, more than any paragraph of news.
const longRepairLine = 4096

// readBy returns c as the search for repairs of a word of n characters
// reads it: with each count, and the total, at most n+1. The search asks
// of the line's letters only whether a letter of the word, or of a
// reading of it, is alone of its script among others (see alone); a
// script with n+1 letters in the line has one without the word's, and so
// more than one with any reading that has one, as a script with more
// has. So the lines of a word repaired in rounds, whose counts differ a
// little from round to round (a megabyte of stray bytes read as
// windows-1252, repaired at its end in the second round), search it
// once.
func (c *scriptCounts) readBy(n int) scriptCounts {
	read := *c
	for k := range read.classes[:read.n] {
		read.classes[k].n = min(read.classes[k].n, n+1)
	}
	read.total = min(read.total, n+1)
	return read
}

// repairRounds repairs the damaged words of a line with pairs to look at,
// each word on its own: a line damaged in part, or in two ways, is
// repaired where it is damaged, and the work stays linear in the line.
// Words are cut at spaces, except where a space may be a lost byte (see
// wordEnd). It reports whether the repair is stable: its last round
// changed nothing, so that a repair of its result leaves it alone. It
// returns line itself when the first round repairs nothing, as it does for
// most clean lines that hold such pairs.
func repairRounds(line string, memory *repairMemory) (string, bool) {
	rs := runesOf(line)
	repaired, stable := false, false
	for range maxRepairRounds {
		next, changed := repairWords(rs, memory)
		if !changed {
			stable = true
			break
		}
		rs, repaired = next, true
	}
	if !repaired {
		return line, true
	}
	if writesVietnamese(rs) {
		joined := joinRhymeTails(rs)
		stable = stable && len(joined) == len(rs)
		rs = joined
	}
	return stringOf(rs), stable
}

// repairWords makes one pass over the words of rs. Each word that shows
// damage is read through every code page in which it can be mojibake, and
// each reading scores its gain in plausibility. Damage is systematic, so
// the code page with the most gain over the line is the line's: where it
// repairs a word as well as another code page does, it is taken, and it
// also takes words whose repair is only as plausible as the word itself
// ("Å\u00a0iandien" is a word and a space to the eye, but "Šiandien" in a
// line where "ÄÆvyko" is "įvyko"). Elsewhere a word takes its best repair,
// so that text damaged in two ways is repaired in both.
func repairWords(rs []rune, memory *repairMemory) ([]rune, bool) {
	var scripts scriptCounts
	scripts.addAll(rs, 1)
	var words []*wordRepairs
	var gain [len(mojibakeCodecs)]int
	// The words with pairs to look at that show no damage, for the pass
	// after this one; the others can be neither damaged nor quiet.
	var undamaged []suspectWord
	letters := namesLetters(rs)
	for i := 0; i < len(rs); {
		if i = nextHighWord(rs, i); i == len(rs) {
			break
		}
		j := lineWordEnd(rs, i, letters)
		if w, codecs := searchLineWord(rs, i, j, &scripts, memory); w != nil {
			// A word no code page repairs reads as itself through each,
			// as the text between words does: it adds no gain, keeps its
			// letters, and is left out (a line of stray bytes repaired
			// once is thousands of such words, each of which the
			// language check would read once per code page).
			if w.by.has == 0 {
				i = j
				continue
			}
			for k, c := range w.by.all() {
				gain[k] += w.cost - c.cost
			}
			words = append(words, w)
		} else if codecs != 0 {
			undamaged = append(undamaged, suspectWord{i, j, codecs})
		}
		i = j
	}
	most := slices.Max(gain[:])
	if most == 0 {
		return rs, false
	}
	var line codecSet // the line's code pages: those with the most gain
	for k := range gain {
		if gain[k] == most {
			line |= 1 << k
		}
	}
	// The words that show no damage of their own but read as well
	// through the line's code pages ("Å\u00a0iandien").
	var quiet []*wordRepairs
	for _, u := range undamaged {
		if w := readAsLine(rs, u.i, u.j, &scripts, line&u.codecs); w != nil {
			quiet = append(quiet, w)
		}
	}
	line, lang := coherentReading(rs, words, quiet, line)
	out := make([]rune, 0, len(rs))
	at := 0 // copied up to
	for len(words) > 0 || len(quiet) > 0 {
		var w *wordRepairs
		if len(quiet) == 0 || len(words) > 0 && words[0].i < quiet[0].i {
			w, words = words[0], words[1:]
			out = append(append(out, rs[at:w.i]...), w.choose(line, lang)...)
		} else {
			w, quiet = quiet[0], quiet[1:]
			out = append(append(out, rs[at:w.i]...), w.chooseAsLine(line, lang)...)
		}
		at = w.j
	}
	return append(out, rs[at:]...), true
}

// suspectWord is a word of a line, line[i:j], and its suspectCodecs.
type suspectWord struct {
	i, j   int
	codecs codecSet
}

// wordRepairs holds the best repair of one word that each code page
// begins.
type wordRepairs struct {
	line []rune
	i, j int         // the word is line[i:j]
	cost int         // the word's implausibility
	by   keptRepairs // shared with the searches memory gives again
}

// codecRepairs holds a repair by each of mojibakeCodecs, as a search
// finds them.
type codecRepairs [len(mojibakeCodecs)]repair

// keptRepairs holds the repairs of a word that a search found, without
// room for the code pages that found none: a search kept in repairMemory
// is a few hundred bytes, not a codecRepairs.
type keptRepairs struct {
	has     codecSet // the code pages with a repair
	repairs []repair // theirs, in the order of mojibakeCodecs
}

// keep returns the repairs of by.
func keep(by *codecRepairs) keptRepairs {
	var kept keptRepairs
	n := 0
	for k, c := range by {
		if c.w != nil {
			kept.has |= 1 << k
			n++
		}
	}
	if n == 0 {
		return kept
	}
	kept.repairs = make([]repair, 0, n)
	for _, c := range by {
		if c.w != nil {
			kept.repairs = append(kept.repairs, c)
		}
	}
	return kept
}

// of returns the repair by code page k, or none.
func (r keptRepairs) of(k int) repair {
	if r.has&(1<<k) == 0 {
		return repair{}
	}
	return r.repairs[bits.OnesCount32(uint32(r.has&(1<<k-1)))]
}

// all yields the repairs with their code pages, in the order of
// mojibakeCodecs.
func (r keptRepairs) all() iter.Seq2[int, repair] {
	return func(yield func(int, repair) bool) {
		n := 0
		for set := r.has; set != 0; set &= set - 1 {
			if !yield(bits.TrailingZeros32(uint32(set)), r.repairs[n]) {
				return
			}
			n++
		}
	}
}

func (r *wordRepairs) orig() []rune { return r.line[r.i:r.j] }

// A repair is a word's repair and its implausibility.
type repair struct {
	w    []rune // nil: none
	cost int
}

// choose returns the word's best repair, the line's code pages first
// among equals, or the word itself; letters that the line's language does
// not write count against a reading.
func (r *wordRepairs) choose(line codecSet, lang lineLanguage) []rune {
	best, bestCost := r.orig(), r.cost+lang.foreign(r.orig())
	// Foreign letters only add to a repair's cost: a repair that costs
	// as much as the best without them is not taken, and its letters
	// need not be read.
	take := func(c repair) {
		if c.w != nil && c.cost < bestCost {
			if cost := c.cost + lang.foreign(c.w); cost < bestCost {
				best, bestCost = c.w, cost
			}
		}
	}
	for k, c := range r.by.all() {
		if line&(1<<k) != 0 {
			take(c)
		}
	}
	for _, c := range r.by.all() {
		take(c)
	}
	return best
}

// lineWordEnd is wordEnd in a line that names letters or not (see
// namesLetters): in one that does, a capital standing alone is a word of
// its own, a letter named, and not a lead byte whose no-break space was
// lost ("Bokstäverna Å, Ä och Ö" keeps "Ä och", which as windows-1252
// mojibake would be "Ġoch").
func lineWordEnd(rs []rune, i int, letters bool) int {
	j := wordEnd(rs, i)
	if letters && j > i+1 && isLoneCapital(rs, i) {
		return i + 1
	}
	return j
}

// namesLetters reports a line that names letters: two different capital
// letters beyond ASCII that stand alone as words, in a line whose other
// characters beyond ASCII are letters and marks too ("Bokstäverna Å, Ä
// och Ö", "Letters like Ã and Õ"). Mojibake with lost no-break spaces
// repeats one lead ("Ã 18 heures Ã la mairie", "Ð Ð°Ð±Ð¾Ñ‚Ð°") and
// shows the signs of its continuation bytes ("rÃ©unit", "â€™").
func namesLetters(rs []rune) bool {
	first, two := rune(-1), false
	for i, r := range rs {
		if r < 0x80 {
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '\u00a0' {
			return false
		}
		if isLoneCapital(rs, i) {
			two = two || first >= 0 && r != first
			first = r
		}
	}
	return two
}

// isLoneCapital reports a capital letter beyond ASCII at rs[i] that
// stands alone between word breaks.
func isLoneCapital(rs []rune, i int) bool {
	r := rs[i]
	return r >= 0x80 && unicode.IsUpper(r) && (i == 0 || isWordBreak(rs[i-1])) && (i+1 == len(rs) || isWordBreak(rs[i+1]))
}

// maxWordJoins bounds how many spaces one word may span as lost bytes, so
// that a line of "Ã Ã Ã …" is many words and not one.
const maxWordJoins = 8

// wordEnd returns the end of the word that starts at rs[i]: a run of
// spaces and tabs, or of other characters, at most maxRepairRun of them
// (see cutRun). A space joins
// the words around it when it may be a lost byte: mojibake shows the
// byte 0xA0 as a no-break space, and text that passed through a program
// that made that an ordinary space lost the byte ("Ð Ð°Ð±Ð¾Ñ‚Ð°" is
// "Работа", "Ã Paris" is "à Paris"). It may be when the character before
// it is a byte that starts or continues a UTF-8 sequence in some code
// page, or when a combining mark follows it (a spacing accent that
// compatibility normalization split in two: "naÃ ̄ve" is "naïve").
func wordEnd(rs []rune, i int) int {
	if isSpaceOrTab(rs[i]) {
		j := i + 1
		for j < len(rs) && isSpaceOrTab(rs[j]) {
			j++
		}
		return j
	}
	joins := 0
	j := i
	for {
		// The characters up to the next space or tab, in one loop: a
		// line of stray bytes is a megabyte of them.
		for limit := min(len(rs), i+maxRepairRun); j < limit && !isSpaceOrTab(rs[j]); {
			j++
		}
		switch {
		case j == len(rs):
			return j
		case j-i == maxRepairRun:
			return cutRun(rs, i, j)
		case rs[j] != ' ' || j == i || joins == maxWordJoins:
			return j
		}
		role := mojibakeRoles.of(rs[j-1])
		if role.lead|role.cont == 0 && !(j+1 < len(rs) && spacingAccent(rs[j+1]) != 0) {
			return j
		}
		joins++
		j++
	}
}

// maxRepairRun bounds the words the repair searches: a run of more
// characters without a space is searched in pieces of at most this many.
// Each search reads its whole word through every code page, and the
// readings of one word are only as plausible as all of it, so a run no
// longer than real mojibake keeps the search's work per character small
// and makes one run of stray bytes many words, of which repeated ones are
// searched once (see repairMemory). The longest run the dev requests search
// is a paragraph of Chinese without spaces, read in the wrong code page:
// 729 characters. Real text without spaces (Chinese, Japanese, Thai) that
// was damaged is repaired piece by piece, as the pieces are cut where no
// UTF-8 sequence can cross (see cutRun).
const maxRepairRun = 1024

// cutRun returns where to cut the run of characters rs[i:j], which is
// maxRepairRun long, for the repair to search rs[i:end] as one word: before
// the last of its characters that no code page shows as a UTF-8
// continuation byte (nor is a lost byte's "?" or U+FFFD, or a space),
// in its second half, so that no sequence read is cut in two; or at j
// when there is none.
func cutRun(rs []rune, i, j int) int {
	for k := j; k > i+maxRepairRun/2; k-- {
		if r := rs[k]; mojibakeRoles.of(r).cont == 0 && !continuesAsLostByte(r) {
			return k
		}
	}
	return j
}

// continuesAsLostByte reports the characters sequenceBytes reads as a byte
// of a sequence though no code page shows a continuation byte so.
func continuesAsLostByte(r rune) bool {
	return isSpaceOrTab(r) || r == utf8.RuneError || r == '?' || spacingAccent(r) != 0
}

func isSpaceOrTab(r rune) bool { return r == ' ' || r == '\t' }

// nextHighWord returns the start of the first word from the word that
// starts at rs[i] on that holds a character beyond ASCII, or len(rs): the
// words before it hold no pair to look at. Words of ASCII break at every
// space (wordEnd joins a space to the word before it only after a
// character beyond ASCII, or before a combining mark), so the word that
// holds the first such character starts after the last space before it,
// unless a mark follows a single space.
func nextHighWord(rs []rune, i int) int {
	p := i
	for p < len(rs) && rs[p] < utf8.RuneSelf {
		p++
	}
	if p == len(rs) {
		return p
	}
	start := afterLastSpace(rs, i, p)
	if start == p && p-2 >= i && rs[p-1] == ' ' && !isSpaceOrTab(rs[p-2]) && spacingAccent(rs[p]) != 0 {
		// A spacing accent split in two ("naÃ ̄ve", see wordEnd): the
		// space joins the word before it.
		start = afterLastSpace(rs, i, p-1)
	}
	return start
}

// afterLastSpace returns the index after the last space or tab of
// rs[i:p], or i when it has none.
func afterLastSpace(rs []rune, i, p int) int {
	for q := p - 1; q >= i; q-- {
		if isSpaceOrTab(rs[q]) {
			return q + 1
		}
	}
	return i
}

// searchWord finds the repairs of the word line[i:j] that are more
// plausible than the word, if it shows damage, or returns nil. The two
// characters on each side of the word are its context; scripts counts
// the letters of the line. A search made before with the same key is
// not made again (see repairMemory).
func searchWord(line []rune, i, j int, scripts *scriptCounts, memory *repairMemory) *wordRepairs {
	codecs := suspectCodecs(line[i:j])
	if codecs == 0 {
		return nil
	}
	return searchSuspect(line, i, j, codecs, scripts, memory)
}

// searchLineWord is searchWord for repairWords, which also needs the
// suspectCodecs of a word that shows no damage: it returns the word's
// repairs, or nil and its suspectCodecs. A line repaired again in a
// round after the first, or again after normalizeRepaired, is mostly
// words memory has searched, and memory holds only searches of words
// with pairs to look at (see searchSuspect): such a word is found there
// without reading it for pairs first.
func searchLineWord(line []rune, i, j int, scripts *scriptCounts, memory *repairMemory) (*wordRepairs, codecSet) {
	if len(memory.searches) == 0 {
		codecs := suspectCodecs(line[i:j])
		if codecs == 0 {
			return nil, 0
		}
		return searchSuspect(line, i, j, codecs, scripts, memory), codecs
	}
	if found, ok := memory.searchedLast(line, i, j, scripts); ok {
		return found, 0
	}
	key, text := searchOf(line, i, j, scripts)
	if found, ok := memory.searched(key, text, scripts, line, i, j); ok {
		return found, 0
	}
	codecs := suspectCodecs(line[i:j])
	if codecs == 0 {
		return nil, 0
	}
	return searchUnmade(line, i, j, codecs, scripts, memory, key, text), codecs
}

// searchSuspect is searchWord for a word whose suspectCodecs, not 0, are
// codecs.
func searchSuspect(line []rune, i, j int, codecs codecSet, scripts *scriptCounts, memory *repairMemory) *wordRepairs {
	// The key holds all the word's implausibility reads: a word searched
	// before (a run of stray bytes repeats its pieces) is not scored
	// again.
	key, text := searchOf(line, i, j, scripts)
	if found, ok := memory.searched(key, text, scripts, line, i, j); ok {
		return found
	}
	return searchUnmade(line, i, j, codecs, scripts, memory, key, text)
}

// searchUnmade is searchSuspect for a word memory has not searched with
// the key key of text.
func searchUnmade(line []rune, i, j int, codecs codecSet, scripts *scriptCounts, memory *repairMemory, key searchKey, text []rune) *wordRepairs {
	w := line[i:j]
	cost := implausibility(line, i, j, scripts)
	if cost == 0 {
		return nil
	}
	var r repairSearch
	r.begin(line, i, j, scripts, cost)
	r.search(w, codecs, 1)
	return memory.addSearch(key, text, scripts, &r)
}

// readAsLine returns the word line[i:j] read once through one of the
// line's code pages in which it is suspect, codecs, if that is as
// plausible as the word, or nil.
func readAsLine(line []rune, i, j int, scripts *scriptCounts, codecs codecSet) *wordRepairs {
	if codecs == 0 {
		return nil
	}
	w := line[i:j]
	var r repairSearch
	r.begin(line, i, j, scripts, implausibility(line, i, j, scripts)+1)
	r.search(w, codecs, 3)
	for _, c := range r.by {
		if c.w != nil {
			return r.result()
		}
	}
	return nil
}

// chooseAsLine returns the reading of a word found by readAsLine through
// the line's code pages: the one with the fewest letters foreign to the
// line's language, the first code page among equals.
func (r *wordRepairs) chooseAsLine(line codecSet, lang lineLanguage) []rune {
	var best []rune
	bestCost := 0
	for k, c := range r.by.all() {
		if line&(1<<k) == 0 {
			continue
		}
		if cost := lang.foreign(c.w); best == nil || cost < bestCost {
			best, bestCost = c.w, cost
		}
	}
	if best == nil {
		return r.orig()
	}
	return best
}

// wordContext is how many characters on each side of a word its
// plausibility looks at.
const wordContext = 2

// repairSearch keeps the most plausible repairs of one word found so
// far, by the code page they begin with.
type repairSearch struct {
	left, right []rune       // the word's context
	without     scriptCounts // of the line without the word
	found       wordRepairs  // but its repairs, which are by
	by          codecRepairs
	bestCost    int    // the least implausibility found, to stop at 0
	first       int    // the code page the search at hand began with
	buf         []rune // a reading in its context, reused
	// strict holds, by code page, the first reading of the word when it
	// was kept, for readAlike.
	strict [len(mojibakeCodecs)]repair
	texts  []*textReadings // met by searchAgain
	scored []scoredReading // see scoredBefore
}

// begin starts r, a zero repairSearch, as the search for repairs of
// line[i:j] with less implausibility than below; scripts counts the
// line's letters. The search is a value, which its caller keeps on the
// stack and begins in place (it is a few kilobytes): only the repairs it
// finds (see result) outlive it.
func (r *repairSearch) begin(line []rune, i, j int, scripts *scriptCounts, below int) {
	r.without, r.bestCost = *scripts, below
	r.left, r.right = line[max(0, i-wordContext):i], line[j:min(len(line), j+wordContext)]
	// A reading is no longer than the word: each sequence read is one
	// character, and a space kept after it stands for a byte of it.
	r.buf = make([]rune, 0, len(r.left)+j-i+len(r.right))
	r.without.addAll(line[i:j], -1)
	r.found.line, r.found.i, r.found.j, r.found.cost = line, i, j, below
}

// result returns the repairs found, copied out of the search.
func (r *repairSearch) result() *wordRepairs {
	found := r.found
	found.by = keep(&r.by)
	return &found
}

// consider scores the reading w, keeps it if it is the best so far of
// the code page the search began with, and returns its cost, or at least
// the word's when it costs that much.
func (r *repairSearch) consider(w []rune) int {
	// A reading that costs as much as the word, or as the best reading
	// of its code page (which costs no less than bestCost), changes
	// nothing: its score need not be finished.
	by := &r.by[r.first]
	bound := r.found.cost
	if by.w != nil {
		bound = min(bound, by.cost)
	}
	c := r.score(w, bound)
	if c >= r.found.cost {
		return c
	}
	if by.w == nil || c < by.cost {
		*by = repair{w, c}
	}
	r.bestCost = min(r.bestCost, c)
	return c
}

// score returns implausibilityBelow of the reading w in the word's
// place, below bound; a long reading scored before is not scored again
// (see scoredBefore).
func (r *repairSearch) score(w []rune, bound int) int {
	var hash uint64
	if len(w) >= minScoredLen {
		hash = hashRunes(w)
		if c, ok := r.scoredBefore(w, hash, bound); ok {
			return c
		}
	}
	scripts := r.without
	scripts.addAll(w, 1)
	buf := append(append(append(r.buf[:0], r.left...), w...), r.right...)
	r.buf = buf
	c := implausibilityBelow(buf, len(r.left), len(r.left)+len(w), &scripts, bound)
	if len(w) >= minScoredLen {
		r.addScored(w, hash, c, bound)
	}
	return c
}

// search decodes w with each code page in codecs, considers the result,
// and, at depth 1, searches on from it (see searchAgain); at depth 3 it
// only reads w once through each. The text searched on is decoded
// leniently: damage done twice passes through rare characters ("à¸‡" on
// the way to "ง").
//
// Code pages that show each character of w by the same byte read it
// alike, and the search begun with one of them finds what the search
// begun with the first of them found (see sameReadings).
func (r *repairSearch) search(w []rune, codecs codecSet, depth int) {
	same := sameReadings(w, codecs)
	for i, e := range mojibakeCodecs {
		if codecs&(1<<i) == 0 {
			continue
		}
		r.first = i
		if p := same[i]; p >= 0 {
			r.readAlike(i, int(p), depth)
			continue
		}
		strict, strictChanged, alike := e.readStrict(w)
		if strictChanged {
			if c := r.consider(strict); c < r.found.cost {
				r.strict[i] = repair{strict, c}
			}
		}
		if depth == 3 || r.bestCost == 0 {
			continue
		}
		lenient, changed := strict, strictChanged
		if !alike {
			lenient, changed = e.redecode(w, true)
		}
		if !changed {
			continue
		}
		if next := suspectCodecs(lenient); next != 0 {
			r.searchAgain(lenient, next)
		}
	}
}

// searchAgain is the search at depth 2: it decodes w, a lenient reading
// of the word, with each code page in codecs, considers the result, and
// considers the result of decoding it leniently and then again with the
// same code page (depth 3).
//
// Code pages that read the word alike in part give the same lenient
// reading ("Ã©" is "é" in most Latin code pages), and searching on from
// each would read it the same ways again: the readings of each text met
// here are made once per word (see readingsOf) and only considered
// again.
func (r *repairSearch) searchAgain(w []rune, codecs codecSet) {
	readings := r.readingsOf(w)
	for i, e := range mojibakeCodecs {
		if codecs&(1<<i) == 0 {
			continue
		}
		p := &readings.by[i]
		if strict, changed := p.readStrict(w, e); changed {
			r.consider(strict)
		}
		if r.bestCost == 0 {
			continue
		}
		if deeper, changed := p.readDeeper(w, e); changed {
			r.consider(deeper)
		}
	}
}

// textReadings holds the readings searchAgain made of one text, by code
// page.
type textReadings struct {
	text []rune
	hash uint64
	by   [len(mojibakeCodecs)]pageReadings
}

// pageReadings holds the readings of a text through one code page, each
// made when first asked for.
type pageReadings struct {
	strict, deeper               []rune
	strictChanged, deeperChanged bool
	strictMade, deeperMade       bool
	lenientAlike                 bool // the lenient reading is strict (see readStrict)
}

// readStrict returns e.redecode(w, false).
func (p *pageReadings) readStrict(w []rune, e *reencoder) ([]rune, bool) {
	if !p.strictMade {
		p.strict, p.strictChanged, p.lenientAlike = e.readStrict(w)
		p.strictMade = true
	}
	return p.strict, p.strictChanged
}

// readDeeper returns w decoded leniently and then strictly by e, where
// the lenient reading changed w and e can read it again.
func (p *pageReadings) readDeeper(w []rune, e *reencoder) ([]rune, bool) {
	if !p.deeperMade {
		lenient, changed := p.strict, p.strictChanged
		if !p.strictMade || !p.lenientAlike {
			lenient, changed = e.redecode(w, true)
		}
		if changed && suspectIn(lenient, 1<<e.index) {
			p.deeper, p.deeperChanged = e.redecode(lenient, false)
		}
		p.deeperMade = true
	}
	return p.deeper, p.deeperChanged
}

// readingsOf returns the readings made so far of the text w, which are
// none when the search has not met it before.
func (r *repairSearch) readingsOf(w []rune) *textReadings {
	h := hashRunes(w)
	for _, t := range r.texts {
		if t.hash == h && slices.Equal(t.text, w) {
			return t
		}
	}
	t := &textReadings{text: w, hash: h}
	r.texts = append(r.texts, t)
	return t
}

// hashRunes is FNV-1a over the characters of w.
func hashRunes(w []rune) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range w {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// readAlike gives code page i, which reads the word as code page p does,
// what the search begun with it would find. When the search has found a
// reading with no cost, or goes no deeper (depth 3), it would only read
// the word once, as p did first. Otherwise no search before this one
// found a reading with no cost, and neither did p's: searching the same
// readings, i's would find what p's found.
func (r *repairSearch) readAlike(i, p, depth int) {
	if depth == 3 || r.bestCost == 0 {
		if r.strict[p].w != nil {
			r.by[i] = r.strict[p]
		}
		return
	}
	r.by[i] = r.by[p]
}

// sameReadings returns, for each code page of codecs, the first code
// page of codecs before it that shows each character of w by the same
// byte, or -1: the two read w alike. The characters include the spacing
// accents that sequenceBytes reads for a space and a combining mark.
func sameReadings(w []rune, codecs codecSet) [len(mojibakeCodecs)]int8 {
	var seen [(maxSlots + 63) / 64]uint64
	var slots []uint16
	note := func(r rune) {
		if slot := mojibakeRoles.slotOf(r); slot != 0 && seen[slot/64]&(1<<(slot%64)) == 0 {
			seen[slot/64] |= 1 << (slot % 64)
			slots = append(slots, slot)
		}
	}
	for _, r := range w {
		if r >= utf8.RuneSelf {
			note(r)
			if a := spacingAccent(r); a != 0 {
				note(a)
			}
		}
	}
	var same [len(mojibakeCodecs)]int8
	for i := range mojibakeCodecs {
		same[i] = -1
		if codecs&(1<<i) == 0 {
			continue
		}
		for p := range i {
			if codecs&(1<<p) != 0 && same[p] < 0 && bytesAlike(slots, i, p) {
				same[i] = int8(p)
				break
			}
		}
	}
	return same
}

// bytesAlike reports whether code pages i and p show the characters of
// slots by the same bytes.
func bytesAlike(slots []uint16, i, p int) bool {
	for _, slot := range slots {
		if b := &mojibakeRoles.bytes[slot]; b[i] != b[p] {
			return false
		}
	}
	return true
}

// maxSlots bounds the slots of roleTable: the characters of all the
// mojibakeCodecs, 128 each at most.
const maxSlots = 1 + 128*len(mojibakeCodecs)

// suspectCodecs returns the set of mojibakeCodecs in which rs holds a
// character that reads as a UTF-8 lead byte followed by one that reads as
// a continuation byte, or by the space, "?" or U+FFFD that a lost byte
// leaves, where sequenceAt reads those. Text without such a pair cannot
// be repaired, and most clean text has none: the cheap test before the
// costly ones.
func suspectCodecs(rs []rune) codecSet {
	var scan suspectScan
	for _, r := range rs {
		if r < utf8.RuneSelf && scan.leads == 0 {
			scan.prev = r // all next would do: most words are ASCII
			continue
		}
		scan.next(r)
	}
	return scan.set
}

// suspectIn reports whether suspectCodecs(rs) holds a code page of
// codecs. The set only grows as the scan reads on, so the scan stops at
// the first pair of one of them: the search asks this of each lenient
// reading for one code page at a time.
func suspectIn(rs []rune, codecs codecSet) bool {
	var scan suspectScan
	for _, r := range rs {
		if r < utf8.RuneSelf && scan.leads == 0 {
			scan.prev = r // as in suspectCodecs
			continue
		}
		scan.next(r)
		if scan.set&codecs != 0 {
			return true
		}
	}
	return false
}

// hasSuspectIn reports whether suspectCodecs of s, as a string and
// without allocating, is not empty. It stops at the first pair: a line
// of stray bytes holds one in its first characters, and every caller
// only asks whether there is one. A run of ASCII after no lead is
// stepped over: only its last character can be the first of a pair.
func hasSuspectIn(s string) bool {
	var scan suspectScan
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf && scan.leads == 0 {
			j := asciiEnd(s, i+1)
			scan.prev = rune(s[j-1])
			i = j
			continue
		}
		r, n := decodeTwo(s[i:]) // most often, and without a call
		if n == 0 {
			r, n = decodeRune(s[i:])
		}
		if scan.next(r); scan.set != 0 {
			return true
		}
		i += n
	}
	return false
}

// suspectScan reads characters one by one for suspectCodecs.
type suspectScan struct {
	set, leads codecSet // found so far; leads of the last character
	prev       rune
}

func (s *suspectScan) next(r rune) {
	prev := s.prev
	s.prev = r
	if r < utf8.RuneSelf {
		// ASCII is neither lead nor continuation in any code page.
		if s.leads != 0 && (r == ' ' || r == '?' && isAccentedLatin(prev)) {
			s.set |= s.leads
		}
		s.leads = 0
		return
	}
	role := mojibakeRoles.of(r)
	if r == utf8.RuneError && isAccentedLatin(prev) {
		s.set |= s.leads
	} else {
		s.set |= s.leads & role.cont
	}
	s.leads = role.lead
}

// byteRoles tells, for one character, in which mojibakeCodecs its byte is a
// UTF-8 lead byte and in which a continuation byte.
type byteRoles struct{ lead, cont codecSet }

// roleTable holds the byteRoles of every character of the mojibakeCodecs,
// and its byte in each of them. Each such character has a slot, its
// index in bytes (slot 0 is for the characters of no code page): an array
// gives the slots of the code points up to the end of the blocks the code
// pages draw from most (Latin, Greek, Cyrillic, Hebrew, Arabic, Thai, and
// the punctuation, currency and box-drawing signs of 0x2000–0x25FF, which
// every line of text with curly quotes meets), a map those of the rest.
type roleTable struct {
	low [roleTableLow]uint16
	// lowRoles holds the roles of the characters of low by character,
	// which the scans for pairs read for every character of every line.
	lowRoles [roleTableLow]byteRoles
	high     map[rune]uint16
	// highMin is the least character of high: the characters between
	// the array's end and it, such as the ideographs that readings of
	// stray bytes are full of, have no slot without asking the map.
	highMin rune
	roles   []byteRoles                 // by slot
	bytes   [][len(mojibakeCodecs)]byte // by slot: the byte in each code page, 0 for none
}

// roleTableLow is where roleTable's array ends.
const roleTableLow = 0x2600

func (t *roleTable) slotOf(r rune) uint16 {
	if r < roleTableLow {
		return t.low[r]
	}
	if r < t.highMin {
		return 0
	}
	return t.high[r]
}

func (t *roleTable) of(r rune) byteRoles {
	if r < roleTableLow {
		return t.lowRoles[r]
	}
	return t.roles[t.slotOf(r)]
}

// addSlot returns the slot of r, made if r has none yet.
func (t *roleTable) addSlot(r rune) uint16 {
	if slot := t.slotOf(r); slot != 0 {
		return slot
	}
	slot := uint16(len(t.roles))
	t.roles = append(t.roles, byteRoles{})
	t.bytes = append(t.bytes, [len(mojibakeCodecs)]byte{})
	if r < roleTableLow {
		t.low[r] = slot
	} else {
		t.high[r] = slot
		if t.highMin == 0 || r < t.highMin {
			t.highMin = r
		}
	}
	return slot
}

// mojibakeRoles is built once and only read.
var mojibakeRoles = newRoleTable()

func newRoleTable() *roleTable {
	t := &roleTable{high: make(map[rune]uint16), roles: make([]byteRoles, 1), bytes: make([][len(mojibakeCodecs)]byte, 1)}
	for i, e := range mojibakeCodecs {
		for r, b := range e.high {
			slot := t.addSlot(r)
			role := &t.roles[slot]
			switch {
			case b >= 0x80 && b <= 0xBF:
				role.cont |= 1 << i
			case utf8SequenceLen(b) > 0:
				role.lead |= 1 << i
			}
			t.bytes[slot][i] = b
		}
	}
	for r, slot := range t.low {
		t.lowRoles[r] = t.roles[slot]
	}
	return t
}

// hasHighLatin reports whether s holds any character outside ASCII: text
// without one cannot be mojibake.
func hasHighLatin(s string) bool {
	return asciiEnd(s, 0) < len(s)
}

// redecode reads each run of w's characters whose code page bytes form a
// UTF-8 sequence as that sequence, and reports whether any did. Unless
// lenient, sequences that decode to rare characters are left alone, and
// so is all of w when most of its sequences do.
func (e *reencoder) redecode(w []rune, lenient bool) ([]rune, bool) {
	out, changed, _ := e.redecodeRefusing(w, lenient)
	return out, changed
}

// readStrict returns redecode(w, false), and whether the lenient reading
// is the same: it is when the strict one refused no sequence, for then
// both read the same sequences in the same steps. The search asks for
// both readings of each text through each code page, and in a line of
// stray bytes two thirds of the pairs are alike.
func (e *reencoder) readStrict(w []rune) (strict []rune, changed, lenientAlike bool) {
	strict, changed, refusedAny := e.redecodeRefusing(w, false)
	return strict, changed, !refusedAny
}

// redecodeRefusing is redecode, which also reports whether it refused a
// sequence it read (never when lenient).
func (e *reencoder) redecodeRefusing(w []rune, lenient bool) (_ []rune, changed, refusedAny bool) {
	out := make([]rune, 0, len(w))
	var kept []int // spaces sequenceAt kept after a lost byte
	decoded, refused := 0, 0
	for i := 0; i < len(w); {
		// Only a character whose byte leads a sequence starts one: the
		// characters before the next such are copied as they are.
		if p := e.nextLead(w, i); p > i {
			out = append(out, w[i:p]...)
			if i = p; i == len(w) {
				break
			}
		}
		seq, n, ok := e.sequenceAt(w[i:])
		if ok && !lenient && !seq.space && seq.r < 0xA0 {
			// A C1 control is no text; it can only be a step on the way
			// ("Ã¢â‚¬Â\u009d" to "â€\u009d" to "”").
			ok, refusedAny = false, true
		} else if ok && !lenient && seq.r != w[i+n-1] && (isRareLetter(seq.r) || isRareChar(seq.r) && nextToLetter(out, w[i+n:])) {
			// Real damage decodes to ordinary text; "NESTLÉ®" read as
			// UTF-8 gives the IPA letter "ɮ": not damage. Rare signs
			// among other signs are drawings ("┒(⌣˛⌣)┎"), and stay
			// possible. A sequence that decodes to its own last character
			// ("Â´" to "´") only loses its lead, and brings no rare
			// character in.
			ok, refusedAny = false, true
			refused++
		}
		if !ok {
			out = append(out, w[i])
			i++
			continue
		}
		out = append(out, seq.r)
		if seq.space {
			out = append(out, ' ')
			kept = append(kept, len(out)-1)
		}
		i += n
		decoded++
	}
	// A space kept as a word break after a lost byte breaks words only:
	// "comunitÃ Â»" is "comunità»".
	out = dropSpacesBeforeSigns(out, kept)
	// Damage is systematic: a code page under which most of the word's
	// sequences read as rare characters did not make this text ("├┤a┼┐a").
	if decoded == 0 || refused > decoded {
		return w, false, refusedAny
	}
	return out, true, refusedAny
}

// nextLead returns the index of the first character of w from i on whose
// byte in e's code page starts a multi-byte UTF-8 sequence, or len(w):
// sequenceAt reads no sequence from any character before it.
func (e *reencoder) nextLead(w []rune, i int) int {
	for ; i < len(w); i++ {
		r := w[i]
		if r < utf8.RuneSelf {
			continue
		}
		var b byte // 0 for a character the code page lacks, no lead
		if r < roleTableLow {
			b = e.low[r]
		} else {
			b, _ = e.byteOf(r)
		}
		if isLeadByte(b) {
			return i
		}
	}
	return len(w)
}

// isLeadByte reports whether b starts a multi-byte UTF-8 sequence, as
// utf8SequenceLen(b) > 0 does: the leads 0xC2 to 0xF4 are one range.
func isLeadByte(b byte) bool { return b-0xC2 < 0xF5-0xC2 }

// dropSpacesBeforeSigns removes from out the spaces at the positions kept
// that a character other than a letter follows. Each kept space follows
// the character decoded before it, so no two are adjacent and removing
// one does not change what follows another.
func dropSpacesBeforeSigns(out []rune, kept []int) []rune {
	if len(kept) == 0 {
		return out
	}
	w := kept[0]
	for k, p := range kept {
		end := len(out)
		if k+1 < len(kept) {
			end = kept[k+1]
		}
		if p+1 < len(out) && !isLetter(out[p+1]) {
			w += copy(out[w:], out[p+1:end])
		} else {
			w += copy(out[w:], out[p:end])
		}
	}
	return out[:w]
}

// nextToLetter reports whether a letter ends before or starts after.
func nextToLetter(before, after []rune) bool {
	return len(before) > 0 && isLetter(before[len(before)-1]) || len(after) > 0 && isLetter(after[0])
}

// sequenceAt decodes the UTF-8 sequence that the code page bytes of the
// characters at the start of rs form, and returns what it reads as (one
// character, or a character and the space after it) with the number of
// characters it took.
//
// Bytes get lost on the way, and sequenceAt reads around the losses as
// browsers do:
//   - 0xA0, which the code page shows as a no-break space that later became
//     an ordinary one (see wordEnd). Whether that space also separated
//     words is for keepsSpace to say.
//   - bytes the code page could not show, which became U+FFFD or "?": a
//     sequence cut short by one ("Ñ�", "â€?") reads as U+FFFD.
//
// It also reads a spacing accent split by compatibility normalization
// into a space and a combining mark as the accent's byte, and CESU-8: a
// character outside the Basic Multilingual Plane written as two
// three-byte surrogates ("í ½í¸€" is "😀").
func (e *reencoder) sequenceAt(rs []rune) (decoded, int, bool) {
	buf, used, space, lost, ok := e.sequenceBytes(rs)
	if !ok {
		return decoded{}, 0, false
	}
	if lost {
		return decoded{r: utf8.RuneError}, used, true
	}
	r := decodeSequence(buf.bytes())
	if r < 0 {
		return decoded{}, 0, false
	}
	if isHighSurrogate(r) {
		buf2, used2, _, lost2, ok := e.sequenceBytes(rs[used:])
		if !ok || lost2 {
			return decoded{}, 0, false
		}
		low := decodeSequence(buf2.bytes())
		if !isLowSurrogate(low) {
			return decoded{}, 0, false
		}
		return decoded{r: utf16.DecodeRune(r, low)}, used + used2, true
	}
	if isLowSurrogate(r) {
		return decoded{}, 0, false
	}
	if space > 0 && space == used-1 && keepsSpace(r, rs[used:]) {
		return decoded{r: r, space: true}, used, true
	}
	return decoded{r: r}, used, true
}

// decoded is what sequenceAt reads: a character, and whether the space
// after it stays.
type decoded struct {
	r     rune
	space bool
}

// sequence holds the bytes of one UTF-8 sequence.
type sequence struct {
	b [utf8.UTFMax]byte
	n int
}

func (s *sequence) bytes() []byte { return s.b[:s.n] }

// sequenceBytes returns the bytes of the UTF-8 sequence that the
// characters at the start of rs show, with the number of characters they
// take, the index of a space read as a lost 0xA0 (or 0), and whether a
// byte was lost to U+FFFD or "?".
func (e *reencoder) sequenceBytes(rs []rune) (seq sequence, used, space int, lost, ok bool) {
	if len(rs) < 2 {
		return seq, 0, 0, false, false
	}
	lead, ok := e.byteOf(rs[0])
	if !ok {
		return seq, 0, 0, false, false
	}
	n := utf8SequenceLen(lead)
	if n == 0 {
		return seq, 0, 0, false, false
	}
	seq.n = n
	buf := seq.b[:n]
	buf[0] = lead
	used = 1
	for k := 1; k < n; k++ {
		if used >= len(rs) {
			return seq, 0, 0, false, false
		}
		c := rs[used]
		b, ok := e.byteOf(c)
		switch {
		case c == utf8.RuneError || c == '?' && k == n-1 && n > 2:
			// The code page could not show this byte, and a U+FFFD or
			// "?" stands for it.
			if !isAccentedLatin(rs[0]) {
				return seq, 0, 0, false, false // "п�" is a Cyrillic letter, then damage
			}
			buf[k] = 0x80
			lost = true
		case ok && b >= 0x80 && b <= 0xBF:
			buf[k] = b
		case c == ' ' && used+1 < len(rs) && spacingAccent(rs[used+1]) != 0:
			b, ok := e.byteOf(spacingAccent(rs[used+1]))
			if !ok || b < 0x80 || b > 0xBF {
				return seq, 0, 0, false, false
			}
			buf[k] = b
			used++
		case c == ' ' && space == 0 && (k < n-1 || used+1 == len(rs) || isLetter(rs[used+1]) || closesTight(rs[used+1]) || e.leadsSequence(rs[used+1])):
			// A sequence that ends in a lost byte ends inside a word,
			// or at its end ("cittÃ ." is "città."), or before the
			// next sequence ("×ª×•×›× ×™×ª" is "תוכנית"): "SENSЕ -" is a
			// Cyrillic letter among Latin ones, then a dash.
			buf[k] = 0xA0
			space = used
		case lost:
			return seq, used, space, true, true // cut short after the loss
		default:
			return seq, 0, 0, false, false
		}
		used++
	}
	return seq, used, space, lost, true
}

// leadsSequence reports whether r shows a byte that starts a UTF-8
// sequence in e's code page.
func (e *reencoder) leadsSequence(r rune) bool {
	b, ok := e.byteOf(r)
	return ok && utf8SequenceLen(b) > 1
}

// closesTight reports punctuation that no language writes a space
// before: a space there is a lost byte.
func closesTight(r rune) bool {
	return r == '.' || r == ',' || r == ')' || r == ']'
}

// decodeSequence decodes one UTF-8 sequence, or a CESU-8 surrogate, or
// returns -1.
func decodeSequence(buf []byte) rune {
	if len(buf) == 3 && buf[0] == 0xED && buf[1] >= 0xA0 {
		return 0xD000 | rune(buf[1]&0x3F)<<6 | rune(buf[2]&0x3F)
	}
	r, size := utf8.DecodeRune(buf)
	if r == utf8.RuneError && size == 1 || size != len(buf) {
		return -1
	}
	return r
}

func isHighSurrogate(r rune) bool { return r >= 0xD800 && r < 0xDC00 }
func isLowSurrogate(r rune) bool  { return r >= 0xDC00 && r < 0xE000 }

// spacingAccent returns the spacing accent that compatibility
// normalization (NFKC, NFKD) splits into a space and the combining mark
// m, or 0: "¨" is " \u0308".
func spacingAccent(m rune) rune {
	switch m {
	case '\u0308':
		return '¨'
	case '\u0304':
		return '¯'
	case '\u0301':
		return '´'
	case '\u0327':
		return '¸'
	case '\u0302':
		return 'ˆ'
	case '\u0303':
		return '˜'
	case '\u0306':
		return '˘'
	case '\u0307':
		return '˙'
	case '\u030A':
		return '˚'
	case '\u030B':
		return '˝'
	case '\u030C':
		return 'ˇ'
	case '\u0328':
		return '˛'
	}
	return 0
}

// keepsSpace decides whether a space read as a lost 0xA0 at the end of a
// sequence that decodes to r also separated words; rest is what follows
// the space. A lost byte leaves one space where there were two (the byte
// and the word break), or one where there was only the byte: text that
// collapsed its spaces no longer tells which. A small letter ends words
// (French, Italian and Portuguese "à": "voilÃ le" is "voilà le", "Ã
// Paris" is "à Paris"), except before the rest of a Portuguese contraction
// of "a" ("Ã s" is "às", "Ã quele" is "àquele"); capitals and letters of
// other scripts start or continue them ("Ð Ð°" is "Ра", "Å iandien" is
// "Šiandien"); a no-break space (C2 A0) was only the byte.
func keepsSpace(r rune, rest []rune) bool {
	if !unicode.IsLower(r) || script(r) != latinScript {
		return false
	}
	n := 0
	for n < len(rest) && isLetter(rest[n]) {
		n++
	}
	elided := n < len(rest) && isApostrophe(rest[n]) // "Ã s'Ã©loigner" is "à s'éloigner"
	return elided || !portugueseCrase[string(rest[:n])]
}

// portugueseCrase holds what follows "à" in the Portuguese contractions of
// the preposition "a" with the article "as" and the demonstratives
// "aquele", "aquela", "aquilo" and "aqueloutro", the complete list.
var portugueseCrase = map[string]bool{
	"s": true, "quele": true, "quela": true, "queles": true, "quelas": true, "quilo": true,
	"queloutro": true, "queloutra": true, "queloutros": true, "queloutras": true,
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
