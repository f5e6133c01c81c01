package lede

import "math/bits"

// The vocabulary as a table of its own. classOf asked the map of
// wordClasses for every word its filters let through, a third of the
// words of news text ("the", "a", "that", and words that open and are as
// long as a vocabulary word), and classifyTokens asked numberWordValues
// again for the number words: a map lookup hashes the word with the
// runtime's hash and probes its groups, some 130 instructions. The
// vocabulary is fixed once the package is initialized, so one
// open-addressed table, hashed with FNV-1a and four times as large as the
// words it holds, answers both in a probe or two.

// vocabularyEntry is a word of the vocabularies with its classes and, for
// a number word, its value.
type vocabularyEntry struct {
	word  string
	class wordClass
	value wordValue
}

// vocabularyTable is an open-addressed hash table of the vocabulary,
// built once and only read.
type vocabularyTable struct {
	slots []vocabularyEntry
	mask  uint32
}

// vocabulary holds wordClasses and numberWordValues.
var vocabulary = newVocabularyTable(wordClasses, numberWordValues)

// newVocabularyTable builds the table of the words of classes, with the
// values of values (every one of which has a class).
func newVocabularyTable(classes map[string]wordClass, values map[string]wordValue) vocabularyTable {
	size := 1 << bits.Len(uint(4*len(classes)))
	t := vocabularyTable{slots: make([]vocabularyEntry, size), mask: uint32(size - 1)}
	for w, c := range classes {
		if w == "" {
			panic("lede: an empty word in the vocabulary") // lookup answers "" as an empty slot
		}
		i := vocabularyHash(w) & t.mask
		for t.slots[i].word != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = vocabularyEntry{word: w, class: c, value: values[w]}
	}
	return t
}

// vocabularyHash is the FNV-1a hash of w.
func vocabularyHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// lookup returns the classes and the value of w, zero when w is no word
// of the vocabulary.
func (t *vocabularyTable) lookup(w string) (wordClass, wordValue) {
	for i := vocabularyHash(w) & t.mask; ; i = (i + 1) & t.mask {
		e := &t.slots[i]
		if e.word == w {
			return e.class, e.value
		}
		if e.word == "" {
			return 0, 0
		}
	}
}
