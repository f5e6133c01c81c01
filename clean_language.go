package lede

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Language coherence. Two code pages often repair a word equally well:
// "Ĺź" is "ż" read through ISO 8859-2 and "ş" through windows-1250, "Ãš"
// is "è" through ISO 8859-15 and "Ú" through windows-1252. The rest of
// the line tells which is meant: a line that writes "ł", "ę" and "ó"
// writes Polish, and Polish writes "ż", not "ş". The letters each
// language writes are CLDR's exemplars (zexemplars.go).
//
//go:generate go run gen_exemplars.go -cldr $CLDR_JSON

// exemplars are the letters beyond ASCII that a language writes.
type exemplars struct {
	lang, letters string
}

// foreignCost is the implausibility of a letter that the language of its
// line does not write.
const foreignCost = 1

// lineLanguage is the language evidence of a line: the languages that
// write every letter of the line, or none known.
type lineLanguage struct {
	langs langSet
	known bool // false when no language writes every letter
}

// writes reports whether a language that fits the line writes letter r:
// ASCII, a mark, one of its exemplars, or a letter of a script no
// alphabet of cldrExemplars writes (Hangul, ideographs), which is no
// evidence. With no language known, every letter is written.
func (l lineLanguage) writes(r rune) bool {
	if r <= unicode.MaxASCII || !l.known {
		return true
	}
	t := alphabets()
	i, ok := t.letterOf(r)
	return !ok || !t.writers[i].and(l.langs).empty()
}

// foreign is the cost of the letters of w that the line's language does
// not write.
func (l lineLanguage) foreign(w []rune) int {
	if !l.known {
		return 0
	}
	cost := 0
	for _, r := range w {
		if !l.writes(r) {
			cost += foreignCost
		}
	}
	return cost
}

// letterSet is a set of the letters of alphabets, by their index there.
type letterSet []uint64

func (s letterSet) has(i int) bool { return s[i/64]&(1<<(i%64)) != 0 }
func (s letterSet) add(i int)      { s[i/64] |= 1 << (i % 64) }

// langSet is a set of the languages of cldrExemplars, by their index
// there.
type langSet [maxLanguages / 64]uint64

// maxLanguages is how many languages a langSet holds: cldrExemplars has
// 87, and TestAlphabetsFit fails when it outgrows it.
const maxLanguages = 128

func (s langSet) and(o langSet) langSet {
	for i := range s {
		s[i] &= o[i]
	}
	return s
}

func (s langSet) empty() bool { return s == langSet{} }

// alphabetTable indexes the letters of every language of cldrExemplars
// and holds each language's letters as a letterSet, and for each letter
// the languages that write it: a line's languages are those that write
// each of its letters, found letter by letter.
type alphabetTable struct {
	index   map[rune]int
	langs   []letterSet // by language
	writers []langSet   // by letter
	every   langSet     // all languages
	// The letter of each character beyond ASCII that is a letter whose
	// lower case an alphabet writes, plus one (0: none): an array for
	// the blocks up to Vietnamese, a map for the rest (Cherokee).
	low  [alphabetTableLow]uint16
	high map[rune]uint16
	// highMin and highMax bound the characters of high (the Ohm and
	// Angstrom signs and small Cherokee): the punctuation, replacement
	// characters and ideographs that lines of stray bytes hold past the
	// array are answered without asking the map.
	highMin, highMax rune
}

// alphabetTableLow is where alphabetTable's array ends.
const alphabetTableLow = 0x1F00

// alphabets is the alphabetTable, built once on first use and only read
// after.
var alphabets = sync.OnceValue(func() *alphabetTable {
	t := &alphabetTable{index: make(map[rune]int), high: make(map[rune]uint16)}
	for _, e := range cldrExemplars {
		for _, r := range e.letters {
			if _, ok := t.index[r]; !ok {
				t.index[r] = len(t.index)
			}
		}
	}
	t.writers = make([]langSet, len(t.index))
	for k, e := range cldrExemplars {
		set := t.newSet()
		for _, r := range e.letters {
			set.add(t.index[r])
			t.writers[t.index[r]][k/64] |= 1 << (k % 64)
		}
		t.langs = append(t.langs, set)
		t.every[k/64] |= 1 << (k % 64)
	}
	// The characters whose lower case is a letter of the index are in
	// its case orbit (TestLetterOf checks every character).
	for x := range t.index {
		r := x
		for {
			if i, ok := t.index[unicode.ToLower(r)]; ok && r > unicode.MaxASCII && unicode.IsLetter(r) {
				if r < alphabetTableLow {
					t.low[r] = uint16(i + 1)
				} else {
					t.high[r] = uint16(i + 1)
					if t.highMin == 0 || r < t.highMin {
						t.highMin = r
					}
					t.highMax = max(t.highMax, r)
				}
			}
			if r = unicode.SimpleFold(r); r == x {
				break
			}
		}
	}
	return t
})

func (t *alphabetTable) newSet() letterSet { return make(letterSet, (len(t.index)+63)/64) }

// letterOf returns the index of r's lower case among the letters of the
// alphabets, when r is a letter beyond ASCII and its lower case is one.
func (t *alphabetTable) letterOf(r rune) (int, bool) {
	var i uint16
	if r < alphabetTableLow {
		i = t.low[r]
	} else if r >= t.highMin && r <= t.highMax {
		i = t.high[r]
	}
	return int(i) - 1, i != 0
}

// languagesOf narrows langs to the languages that write every letter of
// rs.
func (t *alphabetTable) languagesOf(langs langSet, rs []rune) langSet {
	for _, r := range rs {
		if r <= unicode.MaxASCII {
			continue
		}
		if i, ok := t.letterOf(r); ok {
			if langs = langs.and(t.writers[i]); langs.empty() {
				return langs // no language writes the line: none will
			}
		}
	}
	return langs
}

// misfitOf returns how many letters of letters the best-fitting
// languages lack: 0 when some language writes them all.
func misfitOf(letters letterSet) int {
	t := alphabets()
	// A line writes a few letters of the table: only the words of the
	// set that hold them can miss any.
	var used [8]int
	words := used[:0]
	for i, w := range letters {
		if w != 0 {
			words = append(words, i)
		}
	}
	best := -1
	for _, lang := range t.langs {
		m := 0
		for _, i := range words {
			m += bits.OnesCount64(letters[i] &^ lang[i])
		}
		if best < 0 || m < best {
			best = m
		}
	}
	return best
}

// addLetters adds to set the letters of rs that some alphabet writes,
// lower-cased.
func addLetters(set letterSet, rs []rune) {
	t := alphabets()
	for _, r := range rs {
		if r <= unicode.MaxASCII {
			continue
		}
		if i, ok := t.letterOf(r); ok {
			set.add(i)
		}
	}
}

// coherentReading narrows line, the code pages that repair a line best,
// to those whose reading of the whole line writes one language with the
// fewest letters no language writes, and returns the language of that
// reading. words are the line's damaged words and quiet the words that
// read as well through the line's code pages, both in line order; rs is
// the line.
func coherentReading(rs []rune, words, quiet []*wordRepairs, line codecSet) (codecSet, lineLanguage) {
	all := inLineOrder(words, quiet)
	// The letters of the line outside those words are the same in every
	// reading.
	t := alphabets()
	base, at := t.every, 0
	for _, w := range all {
		base = t.languagesOf(base, rs[at:w.i])
		at = w.j
	}
	base = t.languagesOf(base, rs[at:])
	// The readings that some language writes whole fit best, the first
	// of them telling the language.
	var fitting codecSet
	var lang lineLanguage
	for k := range mojibakeCodecs {
		if line&(1<<k) == 0 {
			continue
		}
		langs := base
		for _, w := range all {
			if langs.empty() {
				break
			}
			langs = t.languagesOf(langs, w.reading(k))
		}
		if langs.empty() {
			continue
		}
		if fitting == 0 {
			lang = lineLanguage{langs: langs, known: true}
		}
		fitting |= 1 << k
	}
	if fitting != 0 {
		return fitting, lang
	}
	return leastMisfit(rs, all, line), lineLanguage{}
}

// leastMisfit returns the code pages of line whose readings of the line
// leave the fewest letters that the best-fitting language lacks, when
// every reading leaves some; all are the words read, in line order.
func leastMisfit(rs []rune, all []*wordRepairs, line codecSet) codecSet {
	t := alphabets()
	base := lettersBetween(t, rs, all)
	bestMisfit, bestSet := -1, codecSet(0)
	letters := t.newSet()
	var addedHere [maxReadingIDs]readingID
	added := addedHere[:0]
	for k := range mojibakeCodecs {
		if line&(1<<k) == 0 {
			continue
		}
		copy(letters, base)
		added = added[:0]
		for _, w := range all {
			// Words searched alike share their readings (see
			// repairMemory): a line of stray bytes is the same few
			// words many times over, whose letters are added once.
			reading := w.reading(k)
			if id := idOf(reading); !slices.Contains(added, id) {
				if len(added) < maxReadingIDs {
					added = append(added, id)
				}
				addLetters(letters, reading)
			}
		}
		bestMisfit, bestSet = keepLeastMisfit(bestMisfit, bestSet, misfitOf(letters), k)
	}
	return bestSet
}

// lettersBetween returns the letters of the line rs outside the words
// read, all.
func lettersBetween(t *alphabetTable, rs []rune, all []*wordRepairs) letterSet {
	base := t.newSet()
	at := 0
	for _, w := range all {
		addLetters(base, rs[at:w.i])
		at = w.j
	}
	addLetters(base, rs[at:])
	return base
}

// keepLeastMisfit adds code page k, whose reading leaves misfit letters,
// to the code pages of the least misfit so far (best, of set), or makes
// it the only one when it leaves fewer.
func keepLeastMisfit(best int, set codecSet, misfit, k int) (int, codecSet) {
	switch {
	case best < 0 || misfit < best:
		return misfit, 1 << k
	case misfit == best:
		return best, set | 1<<k
	}
	return best, set
}

// readingID tells a reading by where it is held: two readings with the
// same are the same characters.
type readingID struct {
	first *rune
	n     int
}

func idOf(w []rune) readingID {
	if len(w) == 0 {
		return readingID{}
	}
	return readingID{&w[0], len(w)}
}

// maxReadingIDs bounds the readings leastMisfit remembers adding for one
// code page, and so its work per word: past it, the letters of further
// readings are added again, which changes nothing.
const maxReadingIDs = 64

// reading returns the word as code page k reads it, or as it is when k
// has no repair of it.
func (r *wordRepairs) reading(k int) []rune {
	if c := r.by.of(k); c.w != nil {
		return c.w
	}
	return r.orig()
}

// inLineOrder merges two lists of words, each in line order, into one.
func inLineOrder(a, b []*wordRepairs) []*wordRepairs {
	out := make([]*wordRepairs, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		if len(b) == 0 || len(a) > 0 && a[0].i < b[0].i {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return out
}

// Vietnamese writes one syllable per word, and its letters "à" and "Ạ"
// end in the byte 0xA0 in UTF-8: in mojibake whose no-break spaces became
// spaces, "thành" is "thà nh" and keepsSpace, which cannot tell it from
// French "voilà le", keeps the space. In a line that writes Vietnamese, a
// space before the end of a syllable that is no word of its own is that
// lost byte.

// vietnameseMin is how many letters only Vietnamese writes a line needs
// to be read as Vietnamese.
const vietnameseMin = 2

// writesVietnamese reports a line with letters that only Vietnamese
// writes: "ơ", "ư", "đ", "ă" and the vowels with tone marks of U+1EA0 to
// U+1EF9.
func writesVietnamese(rs []rune) bool {
	n := 0
	for _, r := range rs {
		if r >= 0x80 && isVietnameseLetter(r) {
			if n++; n == vietnameseMin {
				return true
			}
		}
	}
	return false
}

// isVietnameseLetter reports the letters writesVietnamese counts, in
// either case: those whose lower case is "ơ", "ư", "đ", "ă" or in U+1EA0
// to U+1EF9, which are those letters and their capitals, and the block
// holds both cases of its letters (TestVietnameseLetters checks every
// character against unicode.ToLower). Asking unicode.ToLower of every
// character was most of the cost of a line of stray bytes.
func isVietnameseLetter(r rune) bool {
	switch r {
	case 'ơ', 'Ơ', 'ư', 'Ư', 'đ', 'Đ', 'ă', 'Ă':
		return true
	}
	return r >= 0x1EA0 && r <= 0x1EF9
}

// rhymeTails are the ends of Vietnamese syllables after their vowel that
// are no syllables of their own ("y", a word, is not among them).
var rhymeTails = map[string]bool{
	"i": true, "o": true, "u": true, "n": true, "m": true, "c": true, "p": true, "t": true,
	"nh": true, "ng": true, "ch": true,
}

// joinRhymeTails joins "à" (or "Ạ", "ạ"… whose UTF-8 ends in 0xA0) to the
// syllable end that a space parts from it: "thà nh" is "thành".
func joinRhymeTails(rs []rune) []rune {
	out := rs[:0:0]
	for i := 0; i < len(rs); i++ {
		if rs[i] == ' ' && i > 0 && endsInA0(rs[i-1]) && i+1 < len(rs) {
			j := i + 1
			for j < len(rs) && isLetter(rs[j]) {
				j++
			}
			if rhymeTails[strings.ToLower(string(rs[i+1:j]))] {
				continue // the lost byte's space
			}
		}
		out = append(out, rs[i])
	}
	return out
}

// endsInA0 reports a letter whose UTF-8 sequence ends in the byte 0xA0.
func endsInA0(r rune) bool {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	return n > 1 && buf[n-1] == 0xA0 && unicode.IsLetter(r)
}
