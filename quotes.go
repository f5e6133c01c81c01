package lede

import (
	"context"
	"encoding/json"
	"iter"
	"slices"
	"sort"
	"strings"
)

// QuoteType tells how a quote renders the speaker's words.
type QuoteType string

// Quote types.
const (
	// QuoteDirect quotes give the words inside quotation marks.
	QuoteDirect QuoteType = "direct"
	// QuoteMixed quotes report speech in the writer's words with some of the
	// speaker's words in quotation marks: He called the plan “reckless”.
	QuoteMixed QuoteType = "mixed"
	// QuoteIndirect quotes report speech in the writer's words: She said the
	// plant would close.
	QuoteIndirect QuoteType = "indirect"
	// QuoteRefusal records speech that did not happen: a refusal to speak or a
	// negated verb of saying ("declined to comment", "would not say
	// whether the talks would resume"). Its Text is the topic the speaker
	// would not talk about ("to comment", "whether the talks would
	// resume"), never words of theirs; skip refusals to count only what
	// was said.
	QuoteRefusal QuoteType = "refusal"
)

// Quote is one attributed statement found in a text.
type Quote struct {
	// Text is the quoted words: for direct quotes the words inside the
	// quotation marks (the parts of a quote in parts joined by a space, or
	// by a blank line across paragraphs), for reported speech the reported
	// clause, with the "that" that opens it ("that the plant would
	// close"), as attribution corpora such as PARC and PolNeAR mark it.
	Text string `json:"text"`
	// Span is where the quote is in the text it was found in. A quote
	// split by its attribution (“Part one,” she said, “part two.”) or
	// running over several paragraphs spans all of its parts, and Parts
	// gives each; Parts is nil for a quote in one piece. In JSON, parts
	// are [start, end] pairs, as attribution corpora write them.
	Span
	Parts []Span    `json:"parts,omitempty"`
	Type  QuoteType `json:"type"`
	// Cue is the words that attribute the quote, as written: "said",
	// "told", "according to", "wrote in a statement". Empty when the
	// speaker was carried over from a neighbouring paragraph.
	Cue string `json:"cue,omitempty"`
	// Speaker is who said it, or nil when the text does not say.
	Speaker *Speaker `json:"speaker"`
}

// quoteJSON is Quote as JSON writes it: the same fields, with parts as
// [start, end] pairs.
type quoteJSON struct {
	plainQuote
	Parts [][2]int `json:"parts,omitempty"`
}

// plainQuote is Quote without its JSON methods.
type plainQuote Quote

// MarshalJSON writes q with its parts as [start, end] pairs.
func (q Quote) MarshalJSON() ([]byte, error) {
	j := quoteJSON{plainQuote: plainQuote(q)}
	for _, p := range q.Parts {
		j.Parts = append(j.Parts, [2]int{p.Start, p.End})
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (q *Quote) UnmarshalJSON(b []byte) error {
	var j quoteJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*q = Quote(j.plainQuote)
	q.Parts = nil
	for _, p := range j.Parts {
		q.Parts = append(q.Parts, Span{p[0], p[1]})
	}
	return nil
}

// Speaker is the source of a quote.
type Speaker struct {
	// Text is the mention as written, with its byte offsets: "he", "a
	// company spokeswoman", "rotating chairman Ken Hu". A speaker carried
	// over from another quote keeps that quote's mention.
	Text string `json:"text"`
	Span
	// Name is the person's name, as fully as the text gives it: the head
	// of the mention ("Maya Chen" in "Bernie Sanders supporter Maya
	// Chen"), with pronouns and surnames ("he", "Hu", "Mr. Hu") resolved
	// to the nearest full name before them that can be the same person
	// ("Ken Hu"; a "she" skips men and places), else the name after a
	// title ("Gupta" for "Ms Gupta"). Empty for descriptions
	// ("analysts") and for pronouns with no such name before them.
	Name string `json:"name"`
	// Title and Org are the speaker's role and organization where the text
	// gives them: "rotating chairman", "Huawei". A body named by its kind
	// ("the council") has the Org of that kind named before it
	// ("Larchfield District Council").
	Title string `json:"title,omitempty"`
	Org   string `json:"org,omitempty"`
}

// Quotes finds the quotes in text, in the order they start: direct quotes
// in any of the quotation marks news uses, with their speakers, and
// reported speech ("X said that …", "…, according to X"). Offsets are byte
// offsets into text, on character boundaries. Quotes is meant for article
// text, such as Article.Text or the result of Clean: valid UTF-8, with
// paragraphs separated by line breaks (an invalid byte counts as one
// character).
//
// Speakers are found by the patterns reporters use; pronouns and surnames
// are resolved to the nearest full name before them that agrees in sex,
// as the text or the given name tells it (see Speaker.Name).
// A quote with no attribution in its own sentence takes the speaker of
// the quote in the paragraph before it, or after it.
func Quotes(text string) []Quote {
	q, _ := quotesIn(&stopper{}, text, nil)
	return q
}

// QuotesContext is Quotes that gives up when ctx is done: it then returns
// no quotes and an error that wraps ctx.Err().
func QuotesContext(ctx context.Context, text string) ([]Quote, error) {
	return quotesIn(newStopper(ctx), text, nil)
}

// quotesIn finds the quotes of text, where blockQuotes are spans that the
// page set apart as block quotations: each is a direct quote unless it
// holds one already.
func quotesIn(stop *stopper, text string, blockQuotes []Span) ([]Quote, error) {
	doc := newQuoteDoc(stop, text)
	if !stop.halted() {
		doc.findDirect()
		doc.addBlockQuotes(blockQuotes)
		doc.findReported()
	}
	if err := stop.failed("quotes"); err != nil {
		return nil, err
	}
	sort.Slice(doc.quotes, func(i, j int) bool { return doc.quotes[i].Start < doc.quotes[j].Start })
	doc.dropNestedQuotes()
	doc.carryOverSpeakers()
	doc.resolveSpeakers()
	return doc.quotes, nil
}

// dropNestedQuotes drops the quotes that lie inside a direct quote: what
// someone reports inside their own quote (“He told me ‘never again’, and
// I believed him,” she said) is part of their quote.
// The writer's words between the parts of a split quote are not inside
// it.
func (d *quoteDoc) dropNestedQuotes() {
	out := d.quotes[:0]
	var outer Quote // the direct quote kept that ends last
	for _, q := range d.quotes {
		// A reported quote inside it may take the closing mark with it
		// (“… Gunther asked me to say hi.”).
		end := q.Start + len(strings.TrimRight(d.text[q.Start:q.End], "”’\"'»"))
		if end <= outer.End && insideParts(outer, q.Start, end) {
			continue
		}
		out = append(out, q)
		if q.Type == QuoteDirect && q.End > outer.End {
			outer = q
		}
	}
	d.quotes = out
}

// insideParts reports whether [start, end) lies inside one part of q.
func insideParts(q Quote, start, end int) bool {
	if len(q.Parts) == 0 {
		return q.Start <= start && end <= q.End
	}
	for _, p := range q.Parts {
		if p.Start <= start && end <= p.End {
			return true
		}
	}
	return false
}

// Quotes returns the quotes of the article's text; see the package
// function Quotes. Block quotations of the page (Blocks of type
// BlockQuote) are quotes too, attributed by the paragraph before them
// ("Smith wrote:").
//
// The quote finder reads English. An article whose Language names another
// language gets no quotes (nil) rather than ones read by English rules
// ("Der Bürgermeister sagte: …" would give the speaker "Der
// Bürgermeister"); an article without a Language is read as English.
func (a *Article) Quotes() []Quote {
	q, _ := a.quotes(&stopper{})
	return q
}

// QuotesContext is Quotes that gives up when ctx is done: it then returns
// no quotes and an error that wraps ctx.Err().
func (a *Article) QuotesContext(ctx context.Context) ([]Quote, error) {
	return a.quotes(newStopper(ctx))
}

func (a *Article) quotes(stop *stopper) ([]Quote, error) {
	if !readsEnglish(a.Language) {
		return nil, nil
	}
	var blocks []Span
	for _, b := range a.Blocks {
		if b.Type == BlockQuote {
			blocks = append(blocks, Span{b.Start, b.End})
		}
	}
	return quotesIn(stop, a.Text, blocks)
}

// quoteDoc is the state of one run of Quotes.
type quoteDoc struct {
	text   string
	paras  []Span // non-empty lines
	sents  []Span
	stop   *stopper // the caller's deadline
	quotes []Quote
	// appositives holds the words set off by commas after a speaker's
	// mention ("Ana Ruiz, its leader,"), for resolveSpeakers.
	appositives map[*Speaker]Span
	// unattributed holds the starts of the direct quotes found by their
	// marks alone, which reported speech around them may claim.
	unattributed map[int]bool
	// doubleStyle says the text writes its quotes in double marks, so
	// that single ones set off headlines, titles and scare quotes.
	doubleStyle bool
	// speakers indexes the speakers of quotes[:speakersIndexed] by start,
	// each span's index the quote's (see directSpeakerIn).
	speakers        spanSet
	speakersIndexed int
	// quoteSpans indexes the spans of quotes[:quoteSpansIndexed] for
	// overlapsQuote, while findReported only appends to the quotes.
	quoteSpans        spanSet
	quoteSpansIndexed int
	// covered marks the byte ranges that direct quotes and their
	// attributions took, which reported speech leaves alone.
	covered spanSet
	gaps    spanSet       // the writer's words between a split quote's parts
	titles  []Span        // titles of works in quotation marks, marks included, in order
	cues    spanSet       // the verbs that attribute a direct quote before them
	names   []nameMention // names of people in the text, in order
	people  people        // what the text tells of them
	toks    tokens        // the words of the whole text
	verbs   []verbAt      // the speech verbs of the sentence reportedIn reads
	// midCapitals holds the words capitalized inside a sentence, read
	// the first time a speaker needs it (see isProperName).
	midCapitals map[string]bool
	// quoteMarks holds the spans of the attributed direct quotes with
	// their marks, which the quotes' spans leave out (see wordsCovered).
	quoteMarks spanSet
	// sentWords and paraWords hold where the words of each sentence and
	// paragraph lie in toks, found once for the passes of eachTokens
	// over them.
	sentWords, paraWords []wordRange
	// wordStarts, sentEnds and paraEnds index the starts of the words
	// and the ends of the sentences and paragraphs, for tokens,
	// sentenceAt and paraAt (see offsetIndex).
	wordStarts, sentEnds, paraEnds offsetIndex
	// roleWords holds, by a name's start, the words before it that
	// roleWordsBefore read.
	roleWords map[int][]string
	// lastAfter is the last answer of attributionAfter.
	lastAfter afterMemo
	// relatives holds the last answers of relativeEnd.
	relatives relativeMemo
	// asides holds what attributionAt read in the sentence reportedIn
	// reads.
	asides attributionMemo
	// mentions holds the words of the last speakers' mentions read, for
	// mentionWords.
	mentions mentionMemo
	// speakerSlab is where newSpeaker puts the next speaker.
	speakerSlab []Speaker
	// capitalLabels counts the paragraphs each word in capitals opens as
	// a label ("TAPPER:"), for isSpeakerLabel, once capitalLabelsCounted.
	capitalLabels        map[string]int
	capitalLabelsCounted bool
}

// newQuoteDoc reads the sentences, words and names of text: linear passes
// that do not look at the caller's deadline inside, only between them.
func newQuoteDoc(stop *stopper, text string) *quoteDoc {
	d := &quoteDoc{text: text, stop: stop, appositives: map[*Speaker]Span{}, unattributed: map[int]bool{}}
	if stop.halted() {
		return d
	}
	d.sents = sentences(text)
	if stop.halted() {
		return d
	}
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		if s := trimSpan(text, off, off+end); s.End > s.Start {
			d.paras = append(d.paras, s)
		}
		off += end + 1
	}
	d.toks = words(text)
	if stop.halted() {
		return d
	}
	d.sentWords, d.paraWords = d.wordRanges(d.sents), d.wordRanges(d.paras)
	var headlines []Span // the sentences that capitalize every long word
	for s, toks := range d.eachTokens(d.sents) {
		if readHeadlineCase(toks) {
			headlines = append(headlines, s)
		}
		readFunctionWordsAsNames(toks)
	}
	for p, toks := range d.eachTokens(d.paras) {
		for len(headlines) > 0 && headlines[0].End < p.End {
			headlines = headlines[1:]
		}
		headline := len(headlines) > 0 && headlines[0].Start <= p.Start
		d.names = appendNames(d.names, toks, headline) // no name crosses a line
	}
	d.people = newPeople(d.names)
	d.names = d.people.withShortMentions(d.toks, d.names, d.isCapitalizedInside)
	return d
}

// tokens returns the words that lie wholly inside [lo, hi).
func (d *quoteDoc) tokens(lo, hi int) tokens {
	i := d.firstWordFrom(lo)
	if i > 0 && d.toks.end(i-1) > hi {
		return tokens{} // hi falls before the first word from lo
	}
	// Both ends are found through the index of the words' starts, in
	// time that grows with neither the span nor the text: a span that
	// runs from a paragraph's start to a quote deep inside it (the words
	// before a quote, in a page that is one paragraph of 260,000 short
	// quotes) took a search as long as the paragraph. Of the words that
	// start before hi only the last can end after it.
	j := d.firstWordFrom(hi)
	if j > i && d.toks.end(j-1) > hi {
		j--
	}
	return d.toks.slice(i, j)
}

// eachTokens yields each of spans, which follow one another in the text
// without overlapping (the sentences, the paragraphs), with its words as
// tokens gives them: one pass over the words for all the spans, rather
// than a search for each, and none for the sentences and paragraphs,
// whose words newQuoteDoc found.
func (d *quoteDoc) eachTokens(spans []Span) iter.Seq2[Span, tokens] {
	if ranges := d.knownWordRanges(spans); ranges != nil {
		return func(yield func(Span, tokens) bool) {
			for k, s := range spans {
				if !yield(s, d.rangeTokens(ranges[k])) {
					return
				}
			}
		}
	}
	return func(yield func(Span, tokens) bool) {
		d.scanWordRanges(spans, func(s Span, r wordRange) bool { return yield(s, d.rangeTokens(r)) })
	}
}

// wordRange is where the words of a span lie in quoteDoc.toks, as
// eachTokens yields them: toks[from:to], or none when from is -1 (a
// word runs from before the span to after it).
type wordRange struct{ from, to int }

// rangeTokens returns the words of r.
func (d *quoteDoc) rangeTokens(r wordRange) tokens {
	if r.from < 0 {
		return tokens{}
	}
	return d.toks.slice(r.from, r.to)
}

// wordRanges returns the wordRange of each of spans (see eachTokens).
func (d *quoteDoc) wordRanges(spans []Span) []wordRange {
	ranges := make([]wordRange, 0, len(spans))
	d.scanWordRanges(spans, func(_ Span, r wordRange) bool {
		ranges = append(ranges, r)
		return true
	})
	return ranges
}

// knownWordRanges returns the wordRanges newQuoteDoc found for spans
// when spans are the sentences or the paragraphs, else nil.
func (d *quoteDoc) knownWordRanges(spans []Span) []wordRange {
	switch {
	case len(spans) == 0:
		return nil
	case len(spans) == len(d.sentWords) && sameSpans(spans, d.sents):
		return d.sentWords
	case len(spans) == len(d.paraWords) && sameSpans(spans, d.paras):
		return d.paraWords
	}
	return nil
}

// sameSpans reports whether a and b are the same slice.
func sameSpans(a, b []Span) bool { return len(a) == len(b) && len(a) > 0 && &a[0] == &b[0] }

// scanWordRanges calls f with each of spans and its wordRange, in one
// pass over the words, until f returns false.
func (d *quoteDoc) scanWordRanges(spans []Span, f func(Span, wordRange) bool) {
	all := d.toks
	i := 0 // no word before i starts inside a span still to come
	for _, s := range spans {
		for i < all.len() && all.start(i) < s.Start {
			i++
		}
		r := wordRange{-1, -1}
		if i == 0 || all.end(i-1) <= s.End { // else a word runs from before s to after it
			j := all.endingBy(i, s.End)
			r = wordRange{i, j}
			i = j // the words of s start before the spans to come
		}
		if !f(s, r) {
			return
		}
	}
}

// sentenceAt returns the sentence that holds byte i, or an empty span.
func (d *quoteDoc) sentenceAt(i int) Span {
	k := d.firstEndingPast(&d.sentEnds, d.sents, i)
	if k < len(d.sents) && d.sents[k].Start <= i {
		return d.sents[k]
	}
	return Span{i, i}
}

// paraAt returns the index of the paragraph that holds byte i, or -1.
func (d *quoteDoc) paraAt(i int) int {
	k := d.firstEndingPast(&d.paraEnds, d.paras, i)
	if k < len(d.paras) && d.paras[k].Start <= i {
		return k
	}
	return -1
}

// paraUpTo returns the index of the paragraph that holds byte i, or of
// the last one before it when i falls between paragraphs; -1 before the
// first.
func (d *quoteDoc) paraUpTo(i int) int {
	return sort.Search(len(d.paras), func(k int) bool { return d.paras[k].Start > i }) - 1
}

// isCovered reports whether [start, end) overlaps a covered range.
func (d *quoteDoc) isCovered(start, end int) bool { return d.covered.overlaps(start, end) }

// readsEnglish reports whether text in language tag (BCP 47; "" when
// unknown) is for the English readers.
func readsEnglish(tag string) bool {
	return tag == "" || baseLanguage(tag) == "en"
}

// spanSet holds text spans for overlap queries in logarithmic time. Spans
// are kept in runs sorted by start: the finders add them in text order,
// one pass after another (an attribution before the quote it follows),
// so a new run starts only when a pass begins.
type spanSet struct {
	runs []spanRun
	// hints holds, for each run, where overlaps' last search in it
	// ended: the readers ask about the words of a sentence in order
	// (wordsCovered), and a search that starts there ends in a step or
	// two, where a binary search over a run of a long text took a dozen.
	hints []int
}

// spanRun is spans sorted by start, each with the largest end up to it
// and a number given with it.
type spanRun []spanEntry

type spanEntry struct {
	Span
	maxEnd int
	id     int
}

// maxSpanReorder is how far back among the last spans added a span may
// still be inserted into its run; one that starts further back starts a
// run of its own.
const maxSpanReorder = 8

// add adds s to the set.
func (set *spanSet) add(s Span) { set.addID(s, 0) }

// addID adds s to the set with the number id.
func (set *spanSet) addID(s Span, id int) {
	n := len(set.runs)
	var i int
	if n > 0 {
		// The place after the last span that starts at or before s: the
		// common case is the end, as s starts after the spans added
		// before, and a place further back than maxSpanReorder starts a
		// run, so only the last few spans are looked at, not the whole
		// run by bisection (a quote's span goes in before the attribution
		// after it, added first: a search of the run for each quote of a
		// page of 260,000).
		r := set.runs[n-1]
		i = len(r)
		for i > 0 && r[i-1].Start > s.Start && len(r)-i <= maxSpanReorder {
			i--
		}
	}
	if n == 0 || len(set.runs[n-1])-i > maxSpanReorder {
		set.runs = append(set.runs, nil)
		n, i = n+1, 0
	}
	r := set.runs[n-1]
	if len(r) == cap(r) {
		// Double, from eight: a text's spans run to thousands, and a
		// run of one or two grew four times on its way to eight.
		r = slices.Grow(r, max(len(r), 7)+1)
	}
	r = slices.Insert(r, i, spanEntry{Span: s, id: id})
	for k := i; k < len(r); k++ {
		r[k].maxEnd = r[k].End
		if k > 0 {
			r[k].maxEnd = max(r[k].maxEnd, r[k-1].maxEnd)
		}
	}
	set.runs[n-1] = r
}

// firstWithin returns the smallest number of the spans that lie within
// [start, end), or -1.
func (set *spanSet) firstWithin(start, end int) int {
	first := -1
	for _, r := range set.runs {
		i := sort.Search(len(r), func(k int) bool { return r[k].Start >= start })
		for ; i < len(r) && r[i].Start < end; i++ {
			if r[i].End <= end && (first < 0 || r[i].id < first) {
				first = r[i].id
			}
		}
	}
	return first
}

// overlaps reports whether [start, end) overlaps a span of the set.
func (set *spanSet) overlaps(start, end int) bool {
	for k, r := range set.runs {
		// The spans before i all end at or before start.
		var i int
		if len(r) <= shortSpanRun {
			i = sort.Search(len(r), func(k int) bool { return r[k].maxEnd > start })
		} else {
			for len(set.hints) < len(set.runs) {
				set.hints = append(set.hints, 0) // made only for a long run: most texts have none
			}
			i = r.firstEndingPast(start, set.hints[k])
			set.hints[k] = i
		}
		for ; i < len(r) && r[i].Start < end; i++ {
			if r[i].End > start {
				return true
			}
		}
	}
	return false
}

// shortSpanRun is the length up to which overlaps bisects a run rather
// than search it from its hint: a run of a news article's covered spans
// holds a dozen, found in four steps, and the hint's gallop took more.
const shortSpanRun = 32

// firstEndingPast returns the index of the first span of r whose maxEnd
// is past x, or len(r): what sort.Search(len(r), func(k int) bool {
// return r[k].maxEnd > x }) returns, sought from hint in steps that
// double, then by bisection, in time that grows with the distance from
// hint, not with the run.
func (r spanRun) firstEndingPast(x, hint int) int {
	past := func(k int) bool { return r[k].maxEnd > x }
	hint = min(max(hint, 0), len(r))
	if hint < len(r) && !past(hint) {
		// The answer is after hint: r[lo] is not past x.
		lo, step := hint, 1
		for lo+step < len(r) && !past(lo+step) {
			lo += step
			step *= 2
		}
		hi := min(lo+step, len(r)) // past x, or len(r)
		return lo + 1 + sort.Search(hi-lo-1, func(k int) bool { return past(lo + 1 + k) })
	}
	// The answer is at hint or before: r[hi] is past x, or hi is len(r).
	hi, step := hint, 1
	for hi-step >= 0 && past(hi-step) {
		hi -= step
		step *= 2
	}
	lo := max(hi-step, -1) // not past x, or -1
	return lo + 1 + sort.Search(hi-lo-1, func(k int) bool { return past(lo + 1 + k) })
}
