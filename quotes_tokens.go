package lede

import "iter"

// tokens is a run of the words of one text, in order: all that words
// read, or a part of it (slice, from). Its words are packed (see
// packedWord); at gives word i, and text, lower, start, end and the
// others read one thing of it, as the readers' loops over a sentence do.
type tokens struct {
	src  *wordSource
	list []packedWord
}

// wordSource is the text that words read, with its lower case.
type wordSource struct {
	text string
	// lower is the lower case of text, byte for byte at the same
	// offsets: the text, with each word whose lower case is as long as it
	// in lower case.
	lower string
	// oddLower holds, by start, the lower case of the few words whose
	// lower case is not as long as they are ("AS\u212AED") and of the
	// words of 64 KB or more.
	oddLower map[int]string
	// longText holds, by start, the words of 64 KB or more (a run of
	// base64 in the text), whose size a packedWord cannot hold.
	longText map[int]string
	// short holds the words of a short text, in the same allocation:
	// most texts words reads are a speaker's mention or title ("Sen.
	// Ana Ruiz", "a company spokeswoman").
	short [shortTextWords]packedWord
}

// shortTextWords is the room for words in a wordSource: the words a text
// of up to 31 bytes is given room for at first (see words).
const shortTextWords = 8

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
	// base64 in the text), which wordSource.longText holds.
	longSize = 1<<sizeBits - 1
)

// packWord packs the word text[start:start+size], whose lower case is
// lower.
func packWord(src *wordSource, start, size int, flags wordFlags, lower string) packedWord {
	if size >= longSize {
		if src.longText == nil {
			src.longText = map[int]string{}
		}
		src.longText[start] = src.text[start : start+size]
		size, flags = longSize, flags|longWord
	}
	if flags&(oddLowerWord|longWord) != 0 {
		if src.oddLower == nil {
			src.oddLower = map[int]string{}
		}
		src.oddLower[start] = lower
	}
	return packedWord(start) | packedWord(size)<<startBits | packedWord(flags)<<(startBits+sizeBits)
}

// start returns the offset of p.
func (p packedWord) start() int { return int(p & (1<<startBits - 1)) }

// shortSize returns the size of p, or longSize for a longWord.
func (p packedWord) shortSize() int { return int(p >> startBits & longSize) }

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
	longWord                              // it is in wordSource.longText, its lower case in oddLower
	textLowered                           // its text reads as its lower case (see lowerHeadlineCase)
)

// len returns the number of words.
func (t tokens) len() int { return len(t.list) }

// slice returns words i to j-1.
func (t tokens) slice(i, j int) tokens { return tokens{t.src, t.list[i:j]} }

// from returns the words from i on.
func (t tokens) from(i int) tokens { return tokens{t.src, t.list[i:]} }

// at returns word i.
func (t tokens) at(i int) word { return word{t.src, t.list[i]} }

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
func (t tokens) lower(i int) string { return t.at(i).lower() }

// indexLower returns the index of the first word from i to end-1 whose
// lower case is a or b, or end (i when i is end or past it): the loop of
// a reader that looks for one word in every sentence ("asked",
// "according" or "per", "by"), which turns most words away by the size
// and flags in the packed word, without making their lower case, as
// those loops did for each word.
func (t tokens) indexLower(i, end int, a, b string) int {
	if i >= end {
		return i
	}
	for i = t.nextOfShape(i, end, a, b); i < end; i = t.nextOfShape(i+1, end, a, b) {
		if l := t.lower(i); l == a || l == b {
			return i
		}
	}
	return end
}

// nextOfShape returns the index of the first word from i to end-1 whose
// lower case may be a or b, or end: one as long as a or b whose lower
// case starts as it does, or whose lower case is kept apart and may be
// of another size. It is the loop of indexLower, apart so that it keeps
// its few values in registers; a and b are not empty.
func (t tokens) nextOfShape(i, end int, a, b string) int {
	const odd = packedWord(oddLowerWord|longWord) << (startBits + sizeBits)
	const mask = odd | longSize<<startBits // the size and the flags of a word whose lower case is elsewhere
	sizeA, sizeB := packedWord(len(a))<<startBits, packedWord(len(b))<<startBits
	list, lower := t.list, t.src.lower
	for ; i < end; i++ {
		p := list[i]
		switch s := p & mask; {
		case s&odd != 0:
			return i
		case s == sizeA && lower[p.start()] == a[0], s == sizeB && lower[p.start()] == b[0]:
			return i
		}
	}
	return end
}

// spacedText returns the text from the first word of t to the end of the
// last, when it is their texts joined by single spaces: each word as
// written (not lowered by lowerHeadlineCase), a space between each two.
// joinTokens returns it without making a string; ok is false otherwise,
// and for fewer than two words.
func (t tokens) spacedText() (string, bool) {
	if len(t.list) < 2 {
		return "", false
	}
	for i, p := range t.list {
		if p.is(textLowered | longWord) {
			return "", false
		}
		if i > 0 {
			end := t.list[i-1].start() + t.list[i-1].shortSize()
			if p.start() != end+1 || t.src.text[end] != ' ' {
				return "", false
			}
		}
	}
	return t.src.text[t.start(0):t.end(len(t.list)-1)], true
}

// start returns the offset of word i.
func (t tokens) start(i int) int { return t.list[i].start() }

// end returns the offset just past word i.
func (t tokens) end(i int) int { return t.at(i).end() }

// endingBy returns the index after the words from i on that end by hi,
// in one loop over the packed words: a text's sentences and paragraphs
// are read word by word this way several times. The loop reads only
// the starts: the words follow one another without overlapping, so of
// the words that start before hi only the last can end after it.
func (t tokens) endingBy(i, hi int) int {
	list := t.list
	from := i
	for i < len(list) && list[i].start() < hi {
		i++
	}
	if i > from && list[i-1].start()+t.src.size(list[i-1]) > hi {
		i--
	}
	return i
}

// size returns the size of word i: the length of its text, read from
// the packed word without making the text.
func (t tokens) size(i int) int { return t.src.size(t.list[i]) }

// punct reports whether word i is a punctuation character.
func (t tokens) punct(i int) bool { return t.list[i].is(punctWord) }

// punctIs reports whether word i is the punctuation character c, which
// is ASCII, read from the packed word without making its text: a
// character of more bytes starts with none of ASCII.
func (t tokens) punctIs(i int, c byte) bool {
	p := t.list[i]
	return p.is(punctWord) && t.src.text[p.start()] == c
}

// verbForm reports whether word i is a speech verb form (see word.verbForm).
func (t tokens) verbForm(i int) bool { return t.list[i].is(verbFormWord) }

// isCapitalized reports whether word i starts with an upper-case letter.
func (t tokens) isCapitalized(i int) bool { return t.list[i].is(capitalizedWord) }

// setTextLower makes word i read as its lower case, which is as long.
func (t tokens) setTextLower(i int) {
	lower := t.at(i).lower()
	p := t.list[i].with(textLowered).without(capitalizedWord)
	if startsUpper(lower) {
		p = p.with(capitalizedWord)
	}
	if p.is(longWord) {
		t.src.longText[p.start()] = lower
	}
	t.list[i] = p
}

// size returns the size of p.
func (s *wordSource) size(p packedWord) int {
	if p.is(longWord) {
		return len(s.longText[p.start()])
	}
	return p.shortSize()
}

// keepCase makes word i read as written when its lower case is asked
// for: a name that is also a function word ("Will", "May"; see
// readFunctionWordsAsNames), which no list of lower-case words then
// takes for the function word.
func (t tokens) keepCase(i int) {
	p := t.list[i]
	if p.is(oddLowerWord | longWord | textLowered) {
		return // a name is neither of these
	}
	if t.src.oddLower == nil {
		t.src.oddLower = map[int]string{}
	}
	t.src.oddLower[p.start()] = t.text(i)
	t.list[i] = p.with(oddLowerWord)
}
