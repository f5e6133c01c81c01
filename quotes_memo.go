package lede

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
