package lede

import (
	"slices"
	"strings"
	"time"
)

// Figures and dates are read a window of tokens at a time, so that a long
// text takes memory for a window, not for all its tokens: a 15 MB page has
// some 3.5 million tokens of 24 bytes, and numberMemo four bytes more for
// each. A window's tokens are those of the whole text (appendTokens), and
// it is read as the whole text would be:
//
//   - The scans go on where the last window's stopped (an expression may
//     run past a chunk's end), and the date finder carries what it keeps
//     from one expression to the next: the last quarter named and the
//     anchor of "two days later". Its other memos (tail, lastAmount,
//     numbers) are of one window.
//   - The readers look past the token the scan is at, either way and
//     across line breaks, but a bounded number of tokens: a number up to
//     maxNumberTokens and as many after "over", a phone number
//     maxPhoneTokens either side, anchorBefore maxAnchorTokens back, tense
//     and money cues a dozen or so; an expression reads a few numbers in a
//     row, a few hundred tokens at most. Two runs are unbounded: the
//     modifiers before a date ("the the the …"), which stay in the chunk
//     (below), and the digits after "point" ("point one two three …",
//     withPoint), number words and hyphens. A window holds windowBehind
//     tokens before its chunk and windowAhead tokens after it, not
//     counting those of runs after "point", some four times what a reader
//     reads: no reader gets from the chunk to the window's edge, where the
//     text would seem to end. The early exits (entities_dates_exits.go),
//     which look at the window's tokens, answer as on the whole text for
//     the same reason.
//   - A chunk ends at a line that ends with ".", "!" or "?" (endsLine). A
//     modifier run stops there; and no date made of a number, "and" and a
//     date ("between six and nine weeks", withCoordinatedFirsts) starts
//     before that end while its date starts after it, so the dates that a
//     chunk's figures must skip are all found when the chunk is read.
//   - What runs along the lists of dates and figures runs over them as
//     over the whole lists: withCoordinatedFirsts and orderRanges take the
//     last date found before the window with the new ones, and the
//     figures share their words (shareWhatIsWrittenOnce, shareAges) once
//     all are read, with offsets into the whole text.
//
// A text with no such line end (a single line of a megabyte) is read in
// one window. TestWindowsReadAsAtOnce and its neighbours compare chunks of
// a line and margins of a hundred tokens with reading at once.
const (
	windowChunk  = 64 << 10 // bytes of text from which a window starts its scans
	windowBehind = 2048     // tokens before the chunk
	windowAhead  = 2048     // tokens after the chunk, but runs after "point"
)

// windowSizes are the sizes of an entityReader's windows: windowChunk,
// windowBehind and windowAhead, smaller in tests.
type windowSizes struct{ chunk, behind, ahead int }

// entityReader reads the figures and dates of a text window by window.
type entityReader struct {
	text    string
	sizes   windowSizes
	stream  tokenStream
	finder  dateFinder // carries the quarter and the anchor across windows
	numbers numberMemo // of the window, its buffers kept for the next
	// pending are the dates that the figure scan has not passed yet, and
	// the last date (which orderRanges may still change), by token of the
	// window; spans are their offsets.
	pending []dateMatch
	spans   []Span
	// dates and figures are the dates and figures found, in pieces;
	// windowDates and windowFigures the window's, their room kept for the
	// next window.
	dates         pieces[Date]
	windowDates   []Date
	figures       pieces[Figure]
	windowFigures []Figure
	// nextDate and nextFigure are the tokens (of the text) where the
	// scans go on.
	nextDate, nextFigure int
	// oneByOne makes the scans read runs of bare numbers token by token
	// (see bareRun), for the tests that compare the two.
	oneByOne bool
	// datesOnly skips the figure scan (Dates): each window's dates are
	// settled up to its end, but the last, as the figure scan would pass
	// them.
	datesOnly bool
}

// readFiguresAndDates returns the figures and dates of text, reading it in
// windows of the given sizes.
func readFiguresAndDates(stop *stopper, text string, ref time.Time, sizes windowSizes) ([]Figure, []Date) {
	return newEntityReader(text, ref, sizes).read(stop)
}

// newEntityReader returns the reader of text's figures and dates, with
// windows of the given sizes and dates resolved against ref.
func newEntityReader(text string, ref time.Time, sizes windowSizes) *entityReader {
	r := &entityReader{text: text, sizes: sizes, stream: newTokenStream(text)}
	r.finder = dateFinder{text: text, ref: ref}
	return r
}

// read returns the figures and dates of the reader's text.
func (r *entityReader) read(stop *stopper) ([]Figure, []Date) {
	text, sizes := r.text, r.sizes
	for chunk := 0; !stop.halted(); {
		end, last := r.chunkEnd(chunk)
		if !last {
			r.readAhead(end)
		}
		r.readWindow(stop, end, last)
		if last {
			break
		}
		r.dropBefore(end - sizes.behind)
		chunk = end
	}
	figures := r.figures.join()
	shareWhatIsWrittenOnce(text, figures)
	shareAges(text, figures)
	return figures, r.dates.join()
}

// chunkEnd returns the token that ends the chunk starting at token chunk:
// the first token after a line that ends a sentence (endsLine) at least
// sizes.chunk bytes into the chunk, or the end of the text (last).
func (r *entityReader) chunkEnd(chunk int) (end int, last bool) {
	s := &r.stream
	for chunk >= s.end() {
		if !s.more(r.sizes.chunk) {
			return s.end(), true
		}
	}
	from := s.at(chunk).start
	// The line break after the end of a chunk is at least sizes.chunk
	// bytes into it; the tokens before the next line break from there on
	// are not asked. With none, the rest of the text is the last chunk
	// (all of a short text, or a text of one line), tokenized at once.
	lineBreak := lineBreakFrom(r.text, from+r.sizes.chunk)
	if lineBreak < 0 {
		s.readAll()
		return s.end(), true
	}
	for k := chunk + 1; ; k++ {
		for k >= s.end() {
			if !s.more(r.sizes.chunk) {
				return s.end(), true
			}
		}
		if s.at(k).start < lineBreak {
			continue // no line break between this token and the one before
		}
		if s.at(k-1).end-from >= r.sizes.chunk && endsLine(r.text, s.at(k-1), s.at(k)) {
			return k, false
		}
		if lineBreak = lineBreakFrom(r.text, s.at(k).start); lineBreak < 0 {
			s.readAll()
			return s.end(), true
		}
	}
}

// lineBreakFrom returns the first line break ("\n") of text at or after
// byte i, or -1.
func lineBreakFrom(text string, i int) int {
	if i >= len(text) {
		return -1
	}
	if k := strings.IndexByte(text[i:], '\n'); k >= 0 {
		return i + k
	}
	return -1
}

// endsLine reports whether a sentence and its line end between tokens a
// and b: a is ".", "!" or "?", and a line break follows it.
func endsLine(text string, a, b *etok) bool {
	return a.kind == tokSym && (text[a.start] == '.' || text[a.start] == '!' || text[a.start] == '?') &&
		strings.IndexByte(text[a.end:b.start], '\n') >= 0
}

// readAhead tokenizes sizes.ahead tokens past token end, or up to the end
// of the text, not counting the number words and hyphens that follow
// "point", which withPoint runs over ("point one two three …").
func (r *entityReader) readAhead(end int) {
	s := &r.stream
	point := false // the tokens since the last counted one follow "point"
	for k, n := end, 0; n < r.sizes.ahead; k++ {
		for k >= s.end() {
			if !s.more(r.sizes.chunk) {
				return
			}
		}
		if t := s.at(k); !point || t.class&sNumberWord == 0 && t.in(s.lower) != "-" {
			n++
			point = t.in(s.lower) == "point"
		}
	}
}

// readWindow runs the scans over the tokens read, from where they
// stopped to token end (the end of the text when last).
func (r *entityReader) readWindow(stop *stopper, end int, last bool) {
	s := &r.stream
	toks := s.toks
	to := end - s.base
	if last {
		to = len(toks)
	}
	r.numbers.reset(r.text, s.lower, toks)
	r.numbers.oneByOne = r.oneByOne
	f := &r.finder
	f.lower, f.toks, f.numbers, f.tail, f.lastAmount, f.digits = s.lower, toks, &r.numbers, tokensAhead{}, amountMemo{}, digitsRun{}

	old := len(r.pending)
	var i int
	r.pending, i = f.scan(stop, r.nextDate-s.base, to, r.pending)
	r.nextDate = s.base + i
	after := 0
	if old > 0 {
		after = r.pending[old-1].end
	}
	r.pending = append(r.pending[:old], f.withCoordinatedFirsts(r.pending[old:], after)...)
	for _, m := range r.pending[old:] {
		r.spans = append(r.spans, Span{toks[m.first].start, toks[m.end-1].end})
	}
	f.orderRanges(r.pending[max(old-1, 0):])

	if r.datesOnly {
		i = to
	} else {
		ff := figureFinder{text: r.text, lower: s.lower, toks: toks, numbers: &r.numbers, figures: r.windowFigures[:0]}
		i = ff.scan(stop, r.nextFigure-s.base, to, r.pending)
		r.nextFigure, r.windowFigures = s.base+i, ff.figures
		r.figures.add(ff.figures, last)
	}

	// The dates the figure scan has passed are done, but the last one
	// until the last window.
	done, keep := 0, 1
	if last {
		keep = 0
	}
	for done < len(r.pending)-keep && r.pending[done].end <= i {
		r.settle(r.pending[done], r.spans[done])
		done++
	}
	r.pending = r.pending[:copy(r.pending, r.pending[done:])]
	r.spans = r.spans[:copy(r.spans, r.spans[done:])]
	r.dates.add(r.windowDates, last)
	r.windowDates = r.windowDates[:0]
}

// settle adds the date m, over span, to the dates found.
func (r *entityReader) settle(m dateMatch, span Span) {
	r.windowDates = append(r.windowDates, Date{Text: r.text[span.Start:span.End], Span: span, Type: m.kind, Value: m.value})
}

// pieces is a list found a window at a time, kept in pieces and joined at
// the end: appending the 15 MB page's figures to one list copied it each
// time it grew, some five times its size in all; the pieces and the joined
// list take twice its size.
type pieces[T any] struct{ of [][]T }

// add adds a window's piece of the list: a copy, as the window's room
// serves the next window, but for the last.
func (p *pieces[T]) add(window []T, last bool) {
	switch {
	case len(window) == 0:
	case last:
		p.of = append(p.of, window)
	default:
		p.of = append(p.of, slices.Clone(window))
	}
}

// join returns the list, nil when it is empty.
func (p *pieces[T]) join() []T {
	switch len(p.of) {
	case 0:
		return nil
	case 1:
		return p.of[0]
	}
	return slices.Concat(p.of...)
}

// dropBefore lets go of the tokens before token k.
func (r *entityReader) dropBefore(k int) {
	n := r.stream.dropBefore(k)
	for i := range r.pending {
		r.pending[i].first -= n
		r.pending[i].end -= n
	}
	r.finder.anchorEnd -= n
}

// tokenStream tokenizes a text a piece at a time, keeping the tokens
// from base on.
type tokenStream struct {
	text  string
	lower string // the text lower-cased (lowerASCIIText), for the tokens' forms
	toks  []etok // the tokens from base on, classified
	base  int    // the token of the text that toks[0] is
	next  int    // the byte where tokenizing goes on
}

// newTokenStream returns the stream of text's tokens, none read yet.
func newTokenStream(text string) tokenStream {
	return tokenStream{text: text, lower: lowerASCIIText(text)}
}

// end is the token after the last one read.
func (s *tokenStream) end() int { return s.base + len(s.toks) }

// at returns token k of the text, which must have been read and kept.
func (s *tokenStream) at(k int) *etok { return &s.toks[k-s.base] }

// more tokenizes the next n bytes or so of the text, up to white space;
// it reports false at the end of the text.
func (s *tokenStream) more(n int) bool {
	if s.next >= len(s.text) {
		return false
	}
	to := whiteSpaceFrom(s.text, s.next+max(n, 1))
	k := len(s.toks)
	s.toks = appendTokens(s.room(to-s.next), s.text, s.next, to)
	classifyTokens(s.lower, s.toks[k:])
	s.next = to
	return true
}

// room returns the tokens with room for those of n bytes more: as many
// tokens a byte as the text has had so far, and a quarter more, or a token
// every four bytes before the first piece. News text has a token every
// five bytes, and the room of a piece of it had been a token every two
// bytes, which only a run of numbers ("1 1 1 …") fills: a 14 kB article
// took 168 kB of tokens, cleared, to fill 65 kB of them. A run of numbers
// still gets its token every two bytes from its second piece on (its
// first grows as append grows it). A window of news text keeps its room
// from one window to the next; a text of one line is one window, and the
// room doubles as it grows rather than by the quarter that append adds
// to a large slice: the tokens of a megabyte of "1 1 1" were copied into
// six times their size, they are now into two.
func (s *tokenStream) room(n int) []etok {
	need := n/4 + 1
	if s.next > 0 {
		need = tokensFor(n, s.end(), s.next)
	}
	if cap(s.toks)-len(s.toks) >= need {
		return s.toks
	}
	return slices.Grow(s.toks, max(need, len(s.toks)))
}

// tokensFor is the room for the tokens of n bytes when the first bytes
// bytes of the text held tokens of them: as many a byte, and a quarter more.
func tokensFor(n, tokens, bytes int) int {
	perByte := float64(tokens) / float64(bytes)
	return int(float64(n)*perByte*1.25) + 1
}

// whiteSpaceFrom returns the first ASCII white space byte of text at or
// after i, or the end of the text: where appendTokens may stop and go on.
func whiteSpaceFrom(text string, i int) int {
	for ; i < len(text); i++ {
		switch text[i] {
		case ' ', '\n', '\t', '\r':
			return i
		}
	}
	return len(text)
}

// readAll tokenizes the rest of the text, in one piece: its room is sized
// once from the tokens a byte read so far (see room), rather than grown
// piece by piece.
func (s *tokenStream) readAll() {
	s.more(len(s.text) - s.next)
}

// dropBefore lets go of the tokens before token k and returns how many.
func (s *tokenStream) dropBefore(k int) int {
	n := k - s.base
	if n <= 0 {
		return 0
	}
	s.toks = s.toks[:copy(s.toks, s.toks[n:])]
	s.base = k
	return n
}
