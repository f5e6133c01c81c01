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
}

// packedWord is a word as tokens keep it: where it is and what kind it
// is, with no pointer. A text has a word every five bytes or so; as words
// with two strings each they took 48 bytes, and filled more memory than
// the rest of the quote finder, which the garbage collector scanned
// through and every store paid a write barrier for. Packed they take 16
// bytes, which the collector skips.
type packedWord struct {
	start int
	size  uint32 // the word is text[start:start+size]
	flags wordFlags
}

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
	return word{
		start:       p.start,
		text:        t.src.textOf(p),
		lower:       t.src.lowerOf(p),
		punct:       p.flags&punctWord != 0,
		verbForm:    p.flags&verbFormWord != 0,
		capitalized: p.flags&capitalizedWord != 0,
	}
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
func (t tokens) start(i int) int { return t.list[i].start }

// end returns the offset just past word i.
func (t tokens) end(i int) int { return t.list[i].start + int(t.list[i].size) }

// punct reports whether word i is a punctuation character.
func (t tokens) punct(i int) bool { return t.list[i].flags&punctWord != 0 }

// verbForm reports whether word i is a speech verb form (see word.verbForm).
func (t tokens) verbForm(i int) bool { return t.list[i].flags&verbFormWord != 0 }

// isCapitalized reports whether word i starts with an upper-case letter.
func (t tokens) isCapitalized(i int) bool { return t.list[i].flags&capitalizedWord != 0 }

// setTextLower makes word i read as its lower case, which is as long.
func (t tokens) setTextLower(i int) {
	p := &t.list[i]
	p.flags |= textLowered
	p.flags &^= capitalizedWord
	if startsUpper(t.src.lowerOf(*p)) {
		p.flags |= capitalizedWord
	}
}

// textOf returns the text of p.
func (s *wordSource) textOf(p packedWord) string {
	if p.flags&textLowered != 0 {
		return s.lowerOf(p)
	}
	return s.text[p.start : p.start+int(p.size)]
}

// lowerOf returns the lower case of p.
func (s *wordSource) lowerOf(p packedWord) string {
	if p.flags&oddLowerWord != 0 {
		return s.oddLower[p.start]
	}
	at := p.start - s.base
	return s.lower[at : at+int(p.size)]
}
