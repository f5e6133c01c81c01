package lede

import "slices"

// attributionAfter is readAttributionAfter, read once for a quote that
// findDirect asks about twice: the quote after a split quote's first part
// is asked whether it has an attribution of its own, and then, when it
// does not continue the first, asked again as a quote of its own. A page
// of short quotes in one paragraph (“Yes,” he said. repeated) asked every
// quote twice. The answer depends on the first opening mark and the last
// run alone, and the last one asked is kept, by what it read of them: a
// pointer to the candidate would keep all the candidates of the text
// alive with it.
func (d *quoteDoc) attributionAfter(c *candidate) (attribution, bool) {
	last := &c.runs[len(c.runs)-1]
	key := afterKey{c.runs[0].open, last.start, last.close, last.closeSize, last.unclosed}
	if m := &d.lastAfter; m.asked && m.key == key {
		return m.attr, m.ok
	}
	attr, ok := d.readAttributionAfter(c)
	d.lastAfter = afterMemo{key: key, attr: attr, ok: ok, asked: true}
	return attr, ok
}

// afterKey is what readAttributionAfter reads of a candidate: where its
// first run opens, and where its last one starts and closes, or that it
// runs to the paragraph's end.
type afterKey struct {
	open, lastStart, lastClose, lastCloseSize int
	unclosed                                  bool
}

// afterMemo is the answer attributionAfter keeps.
type afterMemo struct {
	key   afterKey
	attr  attribution
	ok    bool
	asked bool
}

// relativeMemo keeps the last answers of relativeEnd, which contentAfterVerb
// asks for each speech verb a relative pronoun opens, and which read on
// to the sentence's end when no verb of the sentence's own ended the
// clause: a sentence of "he added, which he added, which …" (500 words
// in the 2,000 bytes a sentence may hold) read the rest of it for every
// other verb.
//
// A word's part in readRelativeEnd does not depend on where the reading
// started, but for the count of commas before it (an even count closes an
// aside) and for the first word, which is read only when it is a comma. So
// a reading from toks[from] that stopped at stop (or ran out there)
// answers for any later from before stop that an even count of commas
// parts from it: it passes the same words to the same stop. Two answers
// are kept, for the two counts: in "which he added, which he added, …"
// the verbs are a comma apart.
type relativeMemo struct {
	kept [2]relativeAnswer
	next int // the answer to replace next
}

// relativeAnswer is an answer of readRelativeEnd: the reading from
// toks[from] to end stopped at stop and ended the clause at cut. toks is
// told apart by its source, its first word's address and its length.
type relativeAnswer struct {
	src             *wordSource
	first           *packedWord
	n               int
	from, end, stop int
	cut             int
}

// end returns readRelativeEnd's cut for the clause from toks[from].
func (m *relativeMemo) end(toks tokens, from, end int) int {
	if toks.len() == 0 {
		_, cut := readRelativeEnd(toks, from, end)
		return cut
	}
	first := &toks.list[0]
	for k := range m.kept {
		a := &m.kept[k]
		if a.src == toks.src && a.first == first && a.n == toks.len() && a.end == end &&
			a.from <= from && from < a.stop && countCommas(toks.slice(a.from, from))%2 == 0 {
			a.from = from // what lies between is read: the next asks count the commas from here
			return a.cut
		}
	}
	stop, cut := readRelativeEnd(toks, from, end)
	m.kept[m.next] = relativeAnswer{src: toks.src, first: first, n: toks.len(), from: from, end: end, stop: stop, cut: cut}
	m.next = (m.next + 1) % len(m.kept)
	return cut
}

// attributionMemo keeps what attributionAt reads from each word of one
// run of words, the sentence reportedIn reads: reportedClauseEnd asks it
// at each comma of a clause, and a clause that runs on to the sentence's
// end is read again for each of its verbs, which made a sentence of "he
// said, as he said, as …" (160 verbs, 160 commas) read 26,000 asides,
// each up to a dozen words.
//
// What attributionAt reads from toks[k] on is the same for any end: it
// stops at the first boundary or speech verb, and end only cuts the
// reading short and asks that the verb end before it. So the memo keeps,
// by word, where that stop is and what it found.
type attributionMemo struct {
	src   *wordSource // the run of words the reads are of: its source,
	first *packedWord // its first word's address
	n     int         // and its length
	reads []asideRead // by word
}

// at returns attributionAt(toks, k, end), reading toks[k] on the first
// time it is asked for the run of words toks. A nil memo reads anew.
func (m *attributionMemo) at(toks tokens, k, end int) (verbEnd int, ok bool) {
	if m == nil || k < 0 || k >= toks.len() || end > toks.len() {
		return attributionAt(toks, k, end)
	}
	if first := &toks.list[0]; m.src != toks.src || m.first != first || m.n != toks.len() {
		m.src, m.first, m.n = toks.src, first, toks.len()
		m.reads = slices.Grow(m.reads[:0], m.n)[:m.n]
		clear(m.reads)
	}
	r := &m.reads[k]
	if !r.read {
		*r = readAside(toks, k)
	}
	return r.answer(end)
}

// mentionWords returns words(text) for the text of a speaker's mention,
// kept for the last few texts asked: most mentions are pronouns and
// surnames said again and again ("he", "Ruiz"), and resolveSpeakers read
// each anew, with an allocation or two a mention (on a page of 260,000
// “Yes,” he said., 260,000 times "he"). A few kept in place, not a map,
// cost an article of a dozen speakers nothing to make. The words a
// mention has are only read.
func (d *quoteDoc) mentionWords(text string) tokens {
	m := &d.mentions
	for k := range m.texts {
		if m.texts[k] == text && m.toks[k].src != nil {
			return m.toks[k]
		}
	}
	toks := words(text)
	m.texts[m.next], m.toks[m.next] = text, toks
	m.next = (m.next + 1) % len(m.texts)
	return toks
}

// mentionMemo holds the words of the last mentions asked, each text
// beside its words, the oldest replaced first.
type mentionMemo struct {
	texts [keptMentions]string
	toks  [keptMentions]tokens
	next  int // the slot to fill next
}

// keptMentions is how many mentions mentionWords keeps: the speakers of
// a news article, a dozen or so, use fewer texts.
const keptMentions = 8

// newSpeaker returns a copy of s that lives in a slab of speakers made
// for the text, rather than in an allocation of its own: a page of
// 260,000 short quotes had as many speakers, each an object for the
// allocator to make and the collector to mark. A slab holds twice as
// many as the one before, from minSpeakerSlab to maxSpeakerSlab, so
// that an article of a dozen speakers takes no more room than before.
func (d *quoteDoc) newSpeaker(s Speaker) *Speaker {
	slab := d.speakerSlab
	if len(slab) == cap(slab) {
		slab = make([]Speaker, 0, min(max(2*cap(slab), minSpeakerSlab), maxSpeakerSlab))
	}
	slab = append(slab, s)
	d.speakerSlab = slab
	return &slab[len(slab)-1]
}

const (
	minSpeakerSlab = 4
	maxSpeakerSlab = 256
)
