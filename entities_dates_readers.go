package lede

import "math/bits"

// Which readers coreAt tries at a token. It tried each of the dateReaders
// in turn, asking whether the token's classes meet the reader's: a test
// and a loop step for each of the nineteen at every token that can start a
// date, some five hundred instructions where most tokens call two or three
// readers or none ("the" calls one, a number word seven). The readers
// that can start at a token are now a set of bits, the union of those of
// its classes, read in the order of dateReaders as before.

// readerSet is a set of dateReaders, by index.
type readerSet uint32

// readersByClass holds, for each class bit of dateClasses, the readers
// that can start at a word of that class; digitReaders are those that can
// start at digits, which have no class.
var readersByClass, digitReaders = func() (byClass [32]readerSet, digits readerSet) {
	if len(dateReaders) > 32 {
		panic("lede: more date readers than a readerSet holds")
	}
	for i, r := range dateReaders {
		for c := r.starts & dateClasses; c != 0; c &= c - 1 {
			byClass[bits.TrailingZeros32(uint32(c))] |= 1 << i
		}
		if r.digits {
			digits |= 1 << i
		}
	}
	return byClass, digits
}()

// readersAt returns the readers that can start at token t: those of its
// classes, or those of digits.
func readersAt(t *etok) readerSet {
	if t.kind == tokNum {
		return digitReaders
	}
	var set readerSet
	for c := t.class & dateClasses; c != 0; c &= c - 1 {
		set |= readersByClass[bits.TrailingZeros32(uint32(c))]
	}
	return set
}

// next removes the first reader of s and returns its index.
func (s *readerSet) next() int {
	i := bits.TrailingZeros32(uint32(*s))
	*s &= *s - 1
	return i
}
