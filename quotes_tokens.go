package lede

import "iter"

// tokens is a run of the words of one text, in order: all that words
// read, or a part of it (slice, from). Its words are packed (see
// packedWord) and read through its methods: at unpacks a whole word, and
// text, lower, start, end and the others one field of it, which the
// readers' loops over a sentence ask for most.
type tokens struct {
	src  *wordSource
	list []packedWord
}

// wordSource is the text that words read, with its lower case.
type wordSource struct {
	text string
	// lower is the lower case of text[base:], byte for byte at the same
	// offsets: the text, with each word whose lower case is as long as it
	// in lower case.
	lower string
	base  int
	// oddLower holds, by start, the lower case of the few words whose
	// lower case is not as long as they are ("AS\u212AED").
	oddLower map[int]string
	// longSize holds, by start, the size of the words of 64 KB or more.
	longSize map[int]int
}

// packedWord is a word as tokens keep it, in one number with no pointer:
// its start in the low startBits bits, its size in the next sizeBits and
// its flags in the top byte. A text has a word every five bytes or so; as
// words with two strings each they took 48 bytes, and filled more memory
// than the rest of the quote finder, which the garbage collector scanned
// through and every store paid a write barrier for. Packed they take 8
// bytes, which the collector skips.
type packedWord uint64

const (
	// startBits holds the start of a word in a text of up to 1 TB, which
	// Quotes could not read anyway: its words alone would take 1.6 TB.
	startBits = 40
	sizeBits  = 16
	// longSize stands for the size of a word of 64 KB or more (a run of
	// base64 in the text), which wordSource.longSize holds.
	longSize = 1<<sizeBits - 1
)

// packWord packs the word text[start:start+size].
func packWord(src *wordSource, start, size int, flags wordFlags) packedWord {
	if size >= longSize {
		if src.longSize == nil {
			src.longSize = map[int]int{}
		}
		src.longSize[start] = size
		size = longSize
	}
	return packedWord(start) | packedWord(size)<<startBits | packedWord(flags)<<(startBits+sizeBits)
}

// start returns the offset of p.
func (p packedWord) start() int { return int(p & (1<<startBits - 1)) }

// flags returns the flags of p.
func (p packedWord) flags() wordFlags { return wordFlags(p >> (startBits + sizeBits)) }

// with returns p with flags f set.
func (p packedWord) with(f wordFlags) packedWord {
	return p | packedWord(f)<<(startBits+sizeBits)
}

// without returns p with flags f cleared.
func (p packedWord) without(f wordFlags) packedWord {
	return p &^ (packedWord(f) << (startBits + sizeBits))
}

// is reports whether p has flag f.
func (p packedWord) is(f wordFlags) bool { return p.flags()&f != 0 }

// wordFlags says what kind of word a packedWord is.
type wordFlags uint8

const (
	punctWord       wordFlags = 1 << iota // a single punctuation character
	verbFormWord                          // word.verbForm
	capitalizedWord                       // word.capitalized
	oddLowerWord                          // its lower case is in wordSource.oddLower
	textLowered                           // its text reads as its lower case (see lowerHeadlineCase)
)

// len returns the number of words.
func (t tokens) len() int { return len(t.list) }

// slice returns words i to j-1.
func (t tokens) slice(i, j int) tokens { return tokens{t.src, t.list[i:j]} }

// from returns the words from i on.
func (t tokens) from(i int) tokens { return tokens{t.src, t.list[i:]} }

// at returns word i, unpacked.
func (t tokens) at(i int) word {
	p := t.list[i]
	start, size := p.start(), t.src.size(p)
	w := word{
		start:       start,
		text:        t.src.text[start : start+size],
		lower:       t.src.lowerIn(p, start, size),
		punct:       p.is(punctWord),
		verbForm:    p.is(verbFormWord),
		capitalized: p.is(capitalizedWord),
	}
	if p.is(textLowered) {
		w.text = w.lower
	}
	return w
}

// all yields each word with its index.
func (t tokens) all() iter.Seq2[int, word] {
	return func(yield func(int, word) bool) {
		for i := range t.list {
			if !yield(i, t.at(i)) {
				return
			}
		}
	}
}

// text returns the text of word i.
func (t tokens) text(i int) string { return t.src.textOf(t.list[i]) }

// lower returns the lower case of word i.
func (t tokens) lower(i int) string { return t.src.lowerOf(t.list[i]) }

// start returns the offset of word i.
func (t tokens) start(i int) int { return t.list[i].start() }

// end returns the offset just past word i.
func (t tokens) end(i int) int {
	p := t.list[i]
	return p.start() + t.src.size(p)
}

// punct reports whether word i is a punctuation character.
func (t tokens) punct(i int) bool { return t.list[i].is(punctWord) }

// verbForm reports whether word i is a speech verb form (see word.verbForm).
func (t tokens) verbForm(i int) bool { return t.list[i].is(verbFormWord) }

// isCapitalized reports whether word i starts with an upper-case letter.
func (t tokens) isCapitalized(i int) bool { return t.list[i].is(capitalizedWord) }

// setTextLower makes word i read as its lower case, which is as long.
func (t tokens) setTextLower(i int) {
	p := t.list[i].with(textLowered).without(capitalizedWord)
	if startsUpper(t.src.lowerOf(p)) {
		p = p.with(capitalizedWord)
	}
	t.list[i] = p
}

// size returns the size of p.
func (s *wordSource) size(p packedWord) int {
	if n := int(p >> startBits & longSize); n != longSize {
		return n
	}
	return s.longSize[p.start()]
}

// textOf returns the text of p.
func (s *wordSource) textOf(p packedWord) string {
	if p.is(textLowered) {
		return s.lowerOf(p)
	}
	start := p.start()
	return s.text[start : start+s.size(p)]
}

// lowerOf returns the lower case of p.
func (s *wordSource) lowerOf(p packedWord) string { return s.lowerIn(p, p.start(), s.size(p)) }

// lowerIn returns the lower case of p, which starts at start and is size
// bytes long.
func (s *wordSource) lowerIn(p packedWord, start, size int) string {
	if p.is(oddLowerWord) {
		return s.oddLower[start]
	}
	at := start - s.base
	return s.lower[at : at+size]
}
