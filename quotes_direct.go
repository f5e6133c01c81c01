package lede

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Direct quotes
//
// Runs between quotation marks become direct quotes when an attribution
// stands next to them in their sentence — after the closing mark ("…,”
// said Ken Hu", "…,” he said") or before the opening one ("Hugh Hill, a
// doctor, said: “…”", "according to Smith, “…”") — or when they read as
// speech on their own (several words, ending in punctuation, or a
// paragraph that is all quote). Short runs without an attribution are
// scare quotes, titles and nicknames, and stay out. A paragraph that ends
// inside a quote continues into the next paragraph when that one opens
// with a quotation mark. A quote whose attribution ends with a comma and
// is followed by another quote ("Part one,” she said, “part two.") is one
// quote in two parts.

// candidate is a quote made of one or more quoted runs.
type candidate struct {
	runs []quoted
	para int // paragraph of the first run
}

func (c *candidate) first() quoted { return c.runs[0] }
func (c *candidate) last() quoted  { return c.runs[len(c.runs)-1] }

// findDirect adds the direct quotes of the text.
func (d *quoteDoc) findDirect() {
	cands := d.candidates()
	d.doubleStyle = writesDoubleQuotes(d.text, cands)
	d.quotes = slices.Grow(d.quotes, len(cands)) // at most one quote a candidate
	for i := 0; i < len(cands) && !d.stop.now(); i++ {
		c := &cands[i]
		if d.isTitleOfWork(c) {
			r := c.first()
			d.titles = append(d.titles, Span{r.open, r.close + r.closeSize})
			continue // “This Week With George Stephanopoulos”
		}
		attr, ok := d.attributionAfter(c)
		if ok {
			// “Part one,” she said, “part two.” — and “Part one,” she
			// said. “Part two.” when the second part has no attribution
			// of its own.
			for i+1 < len(cands) && d.continuesSplit(c, &cands[i+1]) {
				if _, own := d.attributionAfter(&cands[i+1]); own && (!attr.endsWithComma || len(c.runs) > 1) {
					break
				}
				c.runs = append(c.runs, cands[i+1].runs...)
				i++
			}
		}
		if !ok {
			attr, ok = d.attributionBefore(c)
			if ok && d.quotedMidClause(c, attr) {
				ok = false // the reported clause around it claims it as a mixed quote
			}
		}
		if !ok {
			attr, ok = d.signatureAfter(c)
		}
		if !ok && !d.readsAsSpeech(c) {
			continue
		}
		if !ok && d.sentenceAt(c.first().open).Start == c.first().open {
			// “…,” he mocks. “…”: with the attribution unread, a quote
			// that follows in the paragraph with none of its own is the
			// same speaker's next part (a quote inside the writer's
			// sentence stays alone, for the clause that may claim it).
			for i+1 < len(cands) && d.continuesSplit(c, &cands[i+1]) && !d.hasAttribution(&cands[i+1]) {
				c.runs = append(c.runs, cands[i+1].runs...)
				i++
			}
		}
		q := d.directQuote(c)
		attributedAfter := ok && attr.frame.Start >= c.last().end
		if attributedAfter {
			q = d.withLeadIn(q, c)
			if n := d.paragraphsGoingOn(c, attr, cands[i+1:]); n > 0 {
				rest := runsOf(cands[i+1 : i+1+n])
				q = joinParagraphs(q, d.directQuote(&candidate{runs: rest}))
				c.runs = append(c.runs, rest...)
				i += n
			}
		}
		if ok {
			q.Cue = d.text[attr.cue.Start:attr.cue.End]
			q.Speaker = d.speakerOf(attr)
			d.covered.add(attr.frame)
			if attributedAfter {
				d.cues.add(attr.cue)
			}
			d.cover(q)
			d.quoteMarks.add(Span{c.first().open, max(c.last().end, c.last().close+c.last().closeSize)})
		} else {
			// Reported speech around it may claim it as a mixed quote.
			d.unattributed[q.Start] = true
		}
		d.quotes = append(d.quotes, q)
	}
}

// paragraphsGoingOn counts the candidates at the head of next that go
// on with c, a quote whose attribution follows it: quotes that each make
// a whole paragraph, one after another, from the paragraph right after
// the one the attribution ends, none with an attribution of its own
// ("“…,” Carson said. ¶ “…” ¶ “…”). A long statement is written so, and
// attribution corpora (PolNeAR) mark it as one quote. More of the
// writer's words after the attribution in its paragraph end the
// statement there. A quote that its attribution splits, or one after
// "X said:", stays alone: the corpora join the paragraph after it about
// as often as not.
func (d *quoteDoc) paragraphsGoingOn(c *candidate, attr attribution, next []candidate) int {
	last := c.last()
	end := max(attr.frame.End, last.close+last.closeSize)
	pi := d.paraUpTo(end - 1)
	if last.unclosed || pi < 0 || strings.IndexFunc(d.text[end:d.paras[pi].End], isWordRune) >= 0 {
		return 0
	}
	mention := d.text[attr.mention.Start:attr.mention.End]
	n := 0
	for ; n < len(next); n++ {
		on := &next[n]
		if on.para != pi+1 || !d.isWholeParagraph(on) || d.isTitleOfWork(on) || d.hasAttribution(on) ||
			addresses(d.text[on.first().start:on.last().end], mention) {
			break // …,” Penny said. ¶ “Thank you, Penny.”: a reply
		}
		pi = d.paraUpTo(on.last().close)
	}
	return n
}

// isWholeParagraph reports a candidate that opens its paragraph and
// closes the paragraph it ends in, with no words of the writer's around.
func (d *quoteDoc) isWholeParagraph(c *candidate) bool {
	first, last := c.first(), c.last()
	if last.unclosed {
		return false
	}
	para, end := d.paras[c.para], d.paras[d.paraUpTo(last.close)]
	return strings.TrimSpace(d.text[para.Start:first.open]) == "" &&
		strings.IndexFunc(d.text[last.close+last.closeSize:end.End], isWordRune) < 0
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// runsOf returns the quoted runs of cands, in order.
func runsOf(cands []candidate) []quoted {
	var runs []quoted
	for _, c := range cands {
		runs = append(runs, c.runs...)
	}
	return runs
}

// joinParagraphs returns q gone on by next, a quote in the paragraphs
// after it: one quote in parts, its text joined by a blank line.
func joinParagraphs(q, next Quote) Quote {
	parts := q.Parts
	if len(parts) == 0 {
		parts = []Span{q.Span}
	}
	if len(next.Parts) == 0 {
		next.Parts = []Span{next.Span}
	}
	q.Parts = append(slices.Clip(parts), next.Parts...)
	q.Text += "\n\n" + next.Text
	q.End = next.End
	return q
}

// quotedMidClause reports a quote that stands inside the clause of the
// attribution before it: the verb (or its "that") runs straight into the
// opening mark, and the sentence goes on with words after the closing one
// (Trump says “the whole game has become soft” because “…”). The clause,
// quoted words and the writer's, is one mixed quote, as the attribution
// corpora mark it; a quote that ends its sentence stays direct.
func (d *quoteDoc) quotedMidClause(c *candidate, attr attribution) bool {
	if len(c.runs) > 1 || attr.cue.End > c.first().open {
		return false
	}
	between := strings.TrimSpace(d.text[attr.cue.End:c.first().open])
	if between != "" && between != "that" {
		return false
	}
	lemma := speechLemma[strings.ToLower(d.text[attr.cue.Start:attr.cue.End])]
	last := c.last()
	if last.unclosed || lemma == "" || textVerbs.has(lemma) || listenerVerbs.has(lemma) {
		return false // not a label ("Ryan: ‘…’ Have ‘…’"), a text, or a listener (told "CBS This Morning" …)
	}
	if r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(d.text[last.start:last.close])); strings.ContainsRune(".?!,", r) {
		return false // a whole utterance: chanted "What curfew?" and kept going
	}
	after := strings.TrimLeftFunc(d.text[last.close+last.closeSize:d.sentenceAt(last.close).End], unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(after)
	return isWordRune(r)
}

// textVerbs give the words of a text or a cry rather than a claim: what
// follows them in quotation marks is the text itself (chalked "Trump
// 2016" on the sidewalk, chanted "no justice, no peace" and marched on).
var textVerbs = wordSetOf(map[string]bool{
	"chant": true, "shout": true, "scream": true, "yell": true, "cry": true, "write": true,
	"tweet": true, "post": true, "recite": true, "whisper": true, "call": true, "exclaim": true,
	"bark": true, "proclaim": true,
})

// signatureAfter reads the line that signs a pull quote: a paragraph
// that is nothing but the quote, then a short one that opens with a dash
// and a name, perhaps with a title after a comma ("— Ryan Merkley, CEO",
// "-Chinedum Okwudire").
func (d *quoteDoc) signatureAfter(c *candidate) (attribution, bool) {
	first, last := c.first(), c.last()
	pi := d.paraAt(first.open)
	if last.unclosed || pi < 0 || pi+1 >= len(d.paras) || d.paraAt(last.close) != pi {
		return attribution{}, false
	}
	para, next := d.paras[pi], d.paras[pi+1]
	if strings.TrimSpace(d.text[para.Start:first.open]) != "" || strings.TrimSpace(d.text[last.close+last.closeSize:para.End]) != "" {
		return attribution{}, false
	}
	toks := d.tokens(next.Start, next.End)
	if toks.len() < 2 || toks.len() > maxSpeakerWords+2 || !signatureDashes.has(toks.text(0)) {
		return attribution{}, false
	}
	j := 1
	for j < toks.len() && j <= 5 && (toks.isCapitalized(j) || toks.text(j) == "." && isTitleWord(toks.at(j-1))) {
		j++
	}
	if j == 1 || j < toks.len() && toks.text(j) != "," {
		return attribution{}, false
	}
	app := phrase{}
	if j+1 < toks.len() {
		app = phrase{j + 1, toks.len()}
	}
	return newAttribution(toks, 0, 1, phrase{1, j}, app, next), true
}

// signatureDashes open the line that signs a quote.
var signatureDashes = newWordSet([]string{"—", "–", "-", "―", "~"})

// hasAttribution reports an attribution next to c, after or before it.
func (d *quoteDoc) hasAttribution(c *candidate) bool {
	if _, ok := d.attributionAfter(c); ok {
		return true
	}
	_, ok := d.attributionBefore(c)
	return ok
}

// withLeadIn extends a quote whose attribution follows it to the writer's
// words that lead into it in its sentence: in "Belgium failed to find the
// cell and “should have acted sooner,” said the minister" the minister
// is the source of the whole sentence, a mixed quote. Words that hold a
// speech verb of their own ("He called it “a disgrace,” Smith said") or
// end in a colon stay out.
func (d *quoteDoc) withLeadIn(q Quote, c *candidate) Quote {
	if len(c.runs) > 1 {
		return q
	}
	open := c.first().open
	sent := d.sentenceAt(open)
	toks := d.tokens(sent.Start, open)
	if toks.len() < minReportedWords || d.isCovered(sent.Start, open) {
		return q
	}
	if last := toks.at(toks.len() - 1); last.punct() && last.text() != "," && !strings.ContainsAny(last.text(), "-—–") {
		return q // "Smith said: “…”", "(“…”)"
	}
	if hasSpeechVerbOutsideQuotes(toks) || hasQuoteMark(toks) || isDateline(toks) {
		return q
	}
	q.Start = toks.start(0)
	if r := c.first(); !r.unclosed && r.close >= 0 {
		q.End = r.close + r.closeSize // the marks stay balanced
	}
	q.Text = d.text[q.Start:q.End]
	q.Type = QuoteMixed
	return q
}

// hasQuoteMark reports a quotation mark among toks.
func hasQuoteMark(toks tokens) bool {
	for _, t := range toks.all() {
		if t.punct() && isQuoteMark(t.text()) {
			return true
		}
	}
	return false
}

// cover marks the parts of a direct quote as taken. The writer's words
// between the parts of a split quote are a gap, where reported speech
// may only start with a participle (“…,” he said, referring to the
// senator. “…”): the rest of the gap is the attribution.
func (d *quoteDoc) cover(q Quote) {
	if len(q.Parts) == 0 {
		d.covered.add(q.Span)
		return
	}
	for i, p := range q.Parts {
		d.covered.add(p)
		if i > 0 {
			d.gaps.add(Span{q.Parts[i-1].End, p.Start})
		}
	}
}

// titledBox reports a block quotation under a title of the kind web
// pages put on a box they set apart, the paragraph before it ("Summary",
// "Key takeaways", "The bottom line"): the words of a summary, a note or
// a tip, no one's quote. A title that names someone ("The Verge" over a
// review's words) is the quote's source, and stays.
func (d *quoteDoc) titledBox(pi int) bool {
	if pi < 1 {
		return false
	}
	p := d.paras[pi-1]
	title := strings.Fields(strings.ToLower(d.text[p.Start:p.End]))
	if len(title) == 0 || len(title) > maxBoxTitleWords {
		return false
	}
	for _, w := range title {
		if !boxTitleWords.has(strings.TrimRight(w, ":")) {
			return false
		}
	}
	return true
}

// maxBoxTitleWords is the longest title titledBox takes: "What you need
// to know".
const maxBoxTitleWords = 5

// boxTitleWords are the words of the titles web pages put on boxes of
// their own writing: "Summary", "Note", "Tip", "Warning", "Update", "Key
// takeaways", "The bottom line", "In short", "At a glance", "Quick
// facts", "Editor's note", "What you need to know".
var boxTitleWords = wordSetOf(map[string]bool{
	"summary": true, "note": true, "notes": true, "tip": true, "tips": true, "warning": true,
	"caution": true, "important": true, "update": true, "updated": true, "key": true,
	"takeaway": true, "takeaways": true, "points": true, "bottom": true, "line": true,
	"the": true, "in": true, "short": true, "at": true, "a": true, "glance": true,
	"quick": true, "facts": true, "fact": true, "box": true, "editor's": true, "editor’s": true,
	"disclaimer": true, "highlights": true, "overview": true, "recap": true, "tl;dr": true,
	"what": true, "you": true, "need": true, "to": true, "know": true, "remember": true,
})

// addBlockQuotes adds the block quotations that hold no quote yet, with
// the attribution of the paragraph before when it ends in a colon.
//
// A block of one or two words is a heading ("Summary", "Note"), and an
// embedded post's byline ("— Ana Ruiz (@anaruiz) May 3, 2024", "A post
// shared by …") is no quote: the byline gives the speaker of the block
// quotation before it.
func (d *quoteDoc) addBlockQuotes(blocks []Span) {
	firstBlock := len(d.quotes) // the block quotations are added from here
	for _, b := range blocks {
		if d.isCovered(b.Start, b.End) || b.End <= b.Start {
			continue
		}
		pi := d.paraAt(b.Start)
		if pi < 0 {
			continue
		}
		toks := d.tokens(b.Start, b.End)
		name, ok := embedByline(d.text, toks)
		if !ok {
			name, ok = d.blockSignature(toks)
		}
		if ok || isEmbedFurniture(toks) {
			if ok {
				d.signBlockQuotes(b.Start, name, firstBlock)
			}
			d.covered.add(b)
			continue
		}
		if wordsEnd(toks) < 3 {
			continue
		}
		c := &candidate{runs: []quoted{{open: b.Start, start: b.Start, end: b.End, close: -1}}, para: pi}
		q := d.directQuote(c)
		attr, ok := d.attributionBefore(c)
		if ok {
			q.Cue = d.text[attr.cue.Start:attr.cue.End]
			q.Speaker = d.speakerOf(attr)
		}
		d.covered.add(b)
		if !ok && d.titledBox(pi) {
			continue // a box under its own title ("Summary", "Key takeaways"), no one's words
		}
		d.quotes = append(d.quotes, q)
	}
}

// signBlockQuotes gives the author named at name, in a byline or a
// signature at byte at, to the last quote found if it has no speaker and
// stands before it, and from there to the block quotations right before
// that, from firstBlock on in d.quotes, that have none: every paragraph
// of the post or the quotation it signs, up to a word of the writer's
// between them. (Quotes found by their marks come before the block
// quotations in d.quotes, so only these are in text order at its end.)
func (d *quoteDoc) signBlockQuotes(at int, name Span, firstBlock int) {
	author := d.text[name.Start:name.End]
	for k := len(d.quotes) - 1; k >= 0; k-- {
		q := &d.quotes[k]
		if q.Speaker != nil || q.End > at || k < len(d.quotes)-1 && strings.IndexFunc(d.text[q.End:at], isWordRune) >= 0 {
			return
		}
		q.Speaker = &Speaker{Text: author, Span: name, Name: author}
		if k <= firstBlock {
			return
		}
		at = q.Start
	}
}

// blockSignature reads a block that signs the block quotation before
// it: a dash and a name ("-Chinedum Okwudire", "— Ana Ruiz, mayor"), or
// a person's name and a title after a comma ("Ryan Merkley, CEO"). It
// returns the name's span. A name without a dash must be a person's:
// named in full elsewhere in the text as one, or opening with a known
// given name ("Creative Commons, Platforms" signs nothing).
func (d *quoteDoc) blockSignature(toks tokens) (Span, bool) {
	k := 0
	if toks.len() > 0 && signatureDashes.has(toks.text(0)) {
		k = 1
	}
	j := k
	for j < toks.len() && j-k < 4 && toks.isCapitalized(j) && !toks.punct(j) {
		j++
	}
	if j-k < 2 && !(k == 1 && j-k == 1) {
		return Span{}, false
	}
	if j < toks.len() {
		if toks.text(j) != "," || toks.len()-j-1 > maxSpeakerWords/2 || toks.len()-j-1 < 1 || hasVerb(toks.from(j+1)) {
			return Span{}, false // a sentence, not a signature
		}
	} else if k == 0 {
		return Span{}, false // a bare name with no dash or title is a heading as often
	}
	name := Span{toks.start(k), toks.end(j - 1)}
	if k == 0 {
		_, given := givenNameSex(toks.text(0))
		if m, ok := d.headName(name.Start, name.End); !given && !(ok && d.people.isPerson(m)) {
			return Span{}, false
		}
	}
	return name, true
}

// embedByline reads the byline of an embedded post: a dash, the author's
// name and their handle in parentheses ("— Seth Goldstein (@Rabbi_360)
// January 7, 2020"). It returns the name's span.
func embedByline(text string, toks tokens) (Span, bool) {
	if toks.len() < 4 || !isDash(toks.at(0)) && toks.text(0) != "-" {
		return Span{}, false
	}
	for k := 1; k+1 < toks.len() && k <= 6; k++ {
		if toks.text(k) == "(" && strings.HasPrefix(toks.text(k+1), "@") || toks.text(k) == "(@" {
			return Span{toks.start(1), toks.end(k - 1)}, k > 1
		}
	}
	return Span{}, false
}

// isEmbedFurniture reports the lines that social-media embeds print
// around a post: "View this post on Instagram", "A post shared by …".
func isEmbedFurniture(toks tokens) bool {
	return startsWithWords(toks, "view", "this", "post") || startsWithWords(toks, "a", "post", "shared", "by")
}

// startsWithWords reports whether toks start with the given lower-case words.
func startsWithWords(toks tokens, want ...string) bool {
	if toks.len() < len(want) {
		return false
	}
	for i, w := range want {
		if toks.lower(i) != w {
			return false
		}
	}
	return true
}

// candidates returns the quoted runs of all paragraphs, with runs that
// carry on into the next paragraph joined.
func (d *quoteDoc) candidates() []candidate {
	var out []candidate
	carry := -1 // index in out of a quote still open at the last paragraph's end
	for pi, p := range d.paras {
		runs := quotedRuns(d.text, p)
		for ri, r := range runs {
			if ri == 0 && carry >= 0 && r.open == p.Start {
				out[carry].runs = append(out[carry].runs, r)
			} else {
				// The run stays in runs' array, capped, so that joining
				// runs to it copies them rather than overwrite the next.
				out = append(out, candidate{runs: runs[ri : ri+1 : ri+1], para: pi})
			}
		}
		carry = -1
		if n := len(runs); n > 0 && runs[n-1].unclosed {
			carry = len(out) - 1
		}
	}
	return out
}

// directQuote makes the Quote of a candidate.
func (d *quoteDoc) directQuote(c *candidate) Quote {
	q := Quote{Type: QuoteDirect}
	first, last := c.first(), c.last()
	q.Start, q.End = first.start, trimRight(d.text, first.start, last.end)
	q.Text = d.text[q.Start:q.End]
	if len(c.runs) > 1 {
		var sb strings.Builder
		for i, r := range c.runs {
			end := trimRight(d.text, r.start, r.end)
			q.Parts = append(q.Parts, Span{r.start, end})
			if i > 0 {
				if r.unclosed || d.paraAt(r.start) != d.paraAt(c.runs[i-1].start) {
					sb.WriteString("\n\n")
				} else {
					sb.WriteByte(' ')
				}
			}
			sb.WriteString(d.text[r.start:end])
		}
		q.Text = sb.String()
	}
	return q
}

// trimRight returns end without the white space before it, and without
// the comma that ends a quote followed by its attribution ("…pier,” she
// said).
func trimRight(text string, start, end int) int {
	for end > start && (text[end-1] == ' ' || text[end-1] == '\n') {
		end--
	}
	if end > start && text[end-1] == ',' {
		end--
	}
	return end
}

// readsAsSpeech reports whether a quote without attribution still reads
// as someone's words:
//   - a paragraph that opens with a quote of four words or more (“We will
//     appeal the ruling.” ¶ on its own is speech; a one-word “Welcome” is
//     a sign or a title);
//   - a question or exclamation (“Why now?”);
//   - a run of six words or more ending in a period or comma, as sentences
//     do (“We turned away twelve people last night.”), where shorter runs
//     ending so are titles and names (the “Glass Harbour”, “The Art of
//     the Deal.”).
func (d *quoteDoc) readsAsSpeech(c *candidate) bool {
	first, last := c.first(), c.last()
	if d.doubleStyle && isSingleMark(d.text[first.open:first.open+first.openSize]) {
		return false // a subhead or a title in a text that quotes in double marks: 'A really tough decision.'
	}
	n := wordCount(d.text[first.start:last.end])
	if n >= 4 && first.open == d.paras[c.para].Start {
		return true
	}
	inner := strings.TrimRight(d.text[first.start:last.end], " ")
	switch {
	case strings.HasSuffix(inner, "?"), strings.HasSuffix(inner, "!"):
		return true
	case strings.HasSuffix(inner, "."), strings.HasSuffix(inner, ","):
		return n >= 6
	}
	return false
}

// writesDoubleQuotes reports a text that writes its quotes in double
// marks (American style): at least minDoubleQuotes runs open with one,
// more than twice as many as open with a single mark.
func writesDoubleQuotes(text string, cands []candidate) bool {
	doubles, singles := 0, 0
	for _, c := range cands {
		r := c.first()
		if isSingleMark(text[r.open : r.open+r.openSize]) {
			singles++
		} else {
			doubles++
		}
	}
	return doubles >= minDoubleQuotes && doubles > 2*singles
}

// minDoubleQuotes is how many quotes in double marks make a text's style.
const minDoubleQuotes = 3

// isSingleMark reports a single quotation mark: ' ‘ ’ ‚ ‹ ›.
func isSingleMark(mark string) bool {
	switch mark {
	case "'", "‘", "’", "‚", "‹", "›":
		return true
	}
	return false
}

// isTitleOfWork reports quoted words that name a show, book or film: in
// title case, with no sentence punctuation, after a possessive or "on"
// ("said on ABC's “This Week With George Stephanopoulos” that …").
func (d *quoteDoc) isTitleOfWork(c *candidate) bool {
	if len(c.runs) > 1 || c.first().unclosed {
		return false
	}
	r := c.first()
	if d.titleBeforeRole(r) || d.titleBeforeMediaNoun(r) || d.titleBeforeByline(r) {
		return true
	}
	before := d.tokens(d.paras[c.para].Start, r.open)
	if before.len() == 0 {
		return false
	}
	prev := before.at(before.len() - 1)
	if prev.text() == "," && before.len() > 1 {
		// the title as an appositive: "in his 2012 book, “An American Son.”"
		prev = before.at(before.len() - 2)
	}
	if !isNounPossessive(prev.lower()) && !titleLeads.has(prev.lower()) && !worksNamed.has(prev.lower()) {
		return false
	}
	inner := d.tokens(r.start, r.end)
	return inner.len() >= 2 && isTitleWords(inner)
}

// titleBeforeRole reports quoted title words that name the work a
// person after them is known by: "“Parasite” director Bong Joon-ho",
// "“The Crown” actress Olivia Colman". The closing mark runs on, with no
// punctuation, into a role noun and a name.
func (d *quoteDoc) titleBeforeRole(r quoted) bool {
	from := r.close + r.closeSize
	after := d.tokens(from, min(len(d.text), from+maxRoleLookahead))
	if after.len() < 2 || after.start(0) == from || !isRoleNoun(after.at(0)) || !after.isCapitalized(1) {
		return false
	}
	inner := d.tokens(r.start, r.end)
	return inner.len() >= 1 && isTitleWords(inner) && !inner.punct(inner.len()-1)
}

// titleBeforeMediaNoun reports quoted title words that name a programme
// or a paper by the noun after them: "told the ‘Today’ show", "NBC's
// “Meet the Press” programme", "the “Rest Is Politics” podcast".
func (d *quoteDoc) titleBeforeMediaNoun(r quoted) bool {
	from := r.close + r.closeSize
	after := d.tokens(from, min(len(d.text), from+maxRoleLookahead))
	if after.len() < 1 || after.start(0) == from || !mediaNouns.has(after.lower(0)) {
		return false
	}
	inner := d.tokens(r.start, r.end)
	return inner.len() >= 1 && isTitleWords(inner) && !inner.punct(inner.len()-1)
}

// titleBeforeByline reports quoted words that a byline follows: "“The
// Living Room to close,” by Times' Ben Sisario", "“The Road Not Taken” by
// Robert Frost", "the novel “Small Mercies,” by the Irish writer Ann
// Doyle": the title of an article, a book or a song, given with its
// author, and no one's words. A time after "by" ("…,” by Monday the
// offer had gone) is no byline.
func (d *quoteDoc) titleBeforeByline(r quoted) bool {
	from := r.close + r.closeSize
	after := d.tokens(from, min(len(d.text), from+maxRoleLookahead))
	k := 0
	if k < after.len() && after.text(k) == "," {
		k++ // “The Road Not Taken”, by Robert Frost
	}
	if k+1 >= after.len() || after.lower(k) != "by" {
		return false
	}
	k++
	for k+1 < after.len() && (after.lower(k) == "the" || after.lower(k) == "a" || after.lower(k) == "an") {
		k++ // by the New York Post's Amy Spencer
	}
	name := after.lower(k)
	_, month := monthNames[name]
	return after.isCapitalized(k) && !month && !isWeekday(name)
}

// maxRoleLookahead bounds the bytes titleBeforeRole reads after a
// closing mark: a role noun and the first word of a name.
const maxRoleLookahead = 64

// isTitleWords reports words that read as a title: capitalized but for
// short words, with no sentence punctuation but for the writer's period
// or comma before the closing mark (on MSNBC's “Morning Joe.”).
func isTitleWords(inner tokens) bool {
	for i, t := range inner.all() {
		switch {
		case i == inner.len()-1 && (t.text() == "." || t.text() == ","):
		case t.punct() && strings.ContainsAny(t.text(), ".?!,;"):
			return false
		case !t.punct() && len(t.text()) > 3 && !t.isCapitalized():
			return false
		}
	}
	return true
}

// quotedTitleEnds reports a title in quotation marks at toks[i] that
// ends the sentence: "said in his 2012 book, “An American Son.”"
func quotedTitleEnds(toks tokens, i int) bool {
	open := 1
	if isDoubledApostrophe(toks, i) {
		open = 2
	} else if !isQuoteMark(toks.text(i)) {
		return false
	}
	for j := i + open; j < toks.len(); j++ {
		if isMarkAt(toks, j) {
			return j > i+open && isTitleWords(toks.slice(i+open, j)) && onlyPunct(toks.from(j))
		}
	}
	return false
}

// titleLeads are the words after which title-case quoted words are the
// title of a work: "appeared on “Meet the Press”".
var titleLeads = wordSetOf(map[string]bool{"on": true, "in": true, "titled": true, "entitled": true, "called": true})

// worksNamed are the nouns for works whose title may follow them: "his
// memoir “Dreams Deferred”", "in her 2012 book, “A Long Road.”"
var worksNamed = wordSetOf(map[string]bool{
	"book": true, "memoir": true, "novel": true, "autobiography": true, "film": true,
	"movie": true, "documentary": true, "album": true, "song": true, "single": true,
	"play": true, "musical": true, "poem": true, "essay": true, "column": true,
	"op-ed": true, "series": true, "show": true, "podcast": true, "painting": true,
})

// attribution is a speaker and a cue found next to a quote.
type attribution struct {
	cue           Span
	mention       Span
	appositive    Span // empty when none
	frame         Span // the text the attribution took
	endsWithComma bool
}

// speakerOf returns the speaker that attribution a names, and notes its
// appositive for resolveSpeakers.
func (d *quoteDoc) speakerOf(a attribution) *Speaker {
	end := a.mention.Start + len(withoutContraction(d.text[a.mention.Start:a.mention.End]))
	s := d.newSpeaker(Speaker{Text: d.text[a.mention.Start:end], Span: Span{a.mention.Start, end}})
	if a.appositive.End > a.appositive.Start {
		s.Title = strings.TrimLeft(d.text[a.appositive.Start:a.appositive.End], "0123456789 ,")
		d.appositives[s] = a.appositive
	}
	return s
}

// copySpeaker returns a copy of s, for a quote that s's quote passes its
// speaker on to.
func (d *quoteDoc) copySpeaker(s *Speaker) *Speaker {
	c := *s
	if app, ok := d.appositives[s]; ok {
		d.appositives[&c] = app
	}
	return &c
}

// withoutContraction returns a pronoun without the verb contracted onto
// it: "I've" → "I", "we’re" → "we".
func withoutContraction(mention string) string {
	i := indexMark(mention, "'", "’")
	if i <= 0 || !speakerPronouns.has(strings.ToLower(mention[:i])) {
		return mention
	}
	return mention[:i]
}

// readAttributionAfter looks for the attribution between a quote's closing
// mark and the end of its sentence: "…,” said Ken Hu, the chief
// executive." or "…,” Ken Hu said.". Callers ask attributionAfter.
func (d *quoteDoc) readAttributionAfter(c *candidate) (attribution, bool) {
	last := c.last()
	if last.unclosed {
		return attribution{}, false
	}
	from := last.close + last.closeSize
	to, nextSentence := d.frameEnd(from)
	toks := d.tokens(from, to)
	k := 0
	for k < toks.len() && toks.punct(k) && toks.text(k) != "." {
		k++
	}
	if k == toks.len() {
		return attribution{}, false
	}
	if nextSentence && strings.HasSuffix(strings.TrimRightFunc(d.text[from:to], unicode.IsSpace), ":") {
		// “…” Ken Hu said: “…” introduces the quote after.
		return attribution{}, false
	}
	if nextSentence && !d.opensSentence(c.first().open) {
		// She says Trump is the “same rigged system.” She adds, “…”: a
		// quote inside the writer's sentence belongs to that sentence;
		// the next one's attribution is its own.
		return attribution{}, false
	}
	frame := Span{from, to}
	// "…,” said Ken Hu" or "…,” added Smith"
	v := k
	for v < toks.len() && !toks.punct(v) && auxiliaries.has(toks.lower(v)) {
		v++
	}
	if v < toks.len() && !isParticiple(toks.lower(v)) { // not "…,” saying the city …": a participle never inverts
		if lemma, n, ok := speechVerbAt(toks, v); ok && (!isWeakVerb(lemma) || mindVerbs.has(lemma)) {
			if subj, app, ok := objectAfter(toks, v+n); ok {
				return endFrame(newAttribution(toks, v, n, subj, app, frame)), true
			}
		}
	}
	// "…,” Ken Hu said" or "…,” a spokeswoman for the ministry told Reuters"
	for v := k + 1; v < toks.len() && v-k <= maxAttributionWords; v++ {
		if c := closingParenthesis(toks, v); c > v && toks.isCapitalized(v-1) {
			v = c // "Sen. Chuck Schumer (D-N.Y.) said"
			continue
		}
		if isBoundary(toks.at(v)) && toks.text(v) != "," && !abbreviationPoint(toks, v) { // but "Allentown, Pa., said"
			break
		}
		lemma, n, ok := speechVerbAt(toks, v)
		if !ok || isWeakVerb(lemma) {
			continue
		}
		sub := toks.from(k)
		subj, app, ok := subjectBefore(sub, v-k)
		// “…,” another friend, Mariam Emara, told CNN: the description
		// before the name is its appositive
		described := ok && subj.from > 1 && app.empty() && sub.text(subj.from-1) == "," &&
			(articles.has(sub.lower(0)) || possessiveDeterminers.has(sub.lower(0)) || sub.lower(0) == "another") &&
			isNounPhrase(sub.slice(0, subj.from-1)) && !hasVerb(sub.slice(0, subj.from-1))
		if described {
			app = phrase{0, subj.from - 1}
		}
		if !ok || subj.from != 0 && !described || nextSentence && !attributionTail(toks, v+n, lemma) && !participleAfter(toks, v+n) {
			// In the sentence after the quote, only a sentence that
			// is all attribution counts: “Why now?” Obama asked, or
			// “…right?” Clinton remarked, alluding to the film.
			return attribution{}, false
		}
		subj, app = shift(subj, k), shift(app, k)
		a := newAttribution(toks, v, n, subj, app, frame)
		if !attributionTail(toks, v+n, lemma) {
			a = endFrame(a) // a clause follows the verb
		}
		return a, true
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(d.text[last.start:last.close], unicode.IsSpace))
	if (r == ',' || (r == '?' || r == '!') && !startsNewSentence(toks.at(k))) && d.opensSentence(c.first().open) {
		return verbedAfter(toks, k, frame)
	}
	return attribution{}, false
}

// verbedAfter reads a quote that hands its sentence on with a comma, a
// question or an exclamation mark, followed by nothing but a subject, a
// past-tense verb and a setting: “France will always be France,” an
// angry Hollande retaliated; “…,” Mr. Burton fumed on Tuesday; “…?” the
// senator shot back. The verb attributes the quote whatever it is, as a
// verb before a colon does (verbBeforeColon); toks[k] is the first word
// after the quote.
func verbedAfter(toks tokens, k int, frame Span) (attribution, bool) {
	if a, ok := invertedVerbedAfter(toks, k, frame); ok {
		return a, true
	}
	for v := k + 1; v < toks.len() && v-k <= maxAttributionWords; v++ {
		if isBoundary(toks.at(v)) && toks.text(v) != "," {
			return attribution{}, false
		}
		w := toks.at(v)
		if w.punct() || w.isCapitalized() || !isPastTense(w.lower()) && !irregularPastOfSpeech.has(w.lower()) || isAuxiliary(toks.at(v-1)) {
			continue
		}
		n := 1
		if v+1 < toks.len() && speechParticles.has(toks.lower(v+1)) {
			n = 2 // "shot back", "chimed in", "blurted out"
		} else if w.lower() == "shot" || w.lower() == "hit" {
			return attribution{}, false
		}
		subj, app, ok := subjectBefore(toks.from(k), v-k)
		if !ok || subj.from != 0 || hasPastTense(toks.slice(k+subj.from, k+subj.to)) || !attributionTail(toks, v+n, "") && !participleAfter(toks, v+n) || handsOn(toks) {
			return attribution{}, false // but "“…,” Ms. Abedin answered, referring to …"
		}
		return endFrame(newAttribution(toks, v, n, shift(subj, k), shift(app, k), frame)), true
	}
	return attribution{}, false
}

// invertedVerbedAfter reads the attribution of verbedAfter with its
// subject after the verb, as news writes after a quote: “…,” fumed
// Larchfield resident Kelly Sharp, 38; “…?” snapped the minister. The
// subject must end the sentence, so that a participle clause (“…,”
// released in 2010, is …) is no attribution.
func invertedVerbedAfter(toks tokens, k int, frame Span) (attribution, bool) {
	w := toks.at(k)
	if w.punct() || w.isCapitalized() || !isPastTense(w.lower()) && !irregularPastOfSpeech.has(w.lower()) {
		return attribution{}, false
	}
	n := 1
	if k+1 < toks.len() && speechParticles.has(toks.lower(k+1)) {
		n = 2 // “…,” shot back the senator
	}
	subj, app, ok := objectAfter(toks, k+n)
	if !ok || isBareObjectPronoun(toks, subj) {
		return attribution{}, false
	}
	end := subj.to
	if !app.empty() {
		end = app.to
	}
	if !onlyPunct(toks.from(end)) {
		return attribution{}, false
	}
	return endFrame(newAttribution(toks, k, n, subj, app, frame)), true
}

// isBareObjectPronoun reports a phrase that is one object pronoun: "…,”
// warned them is no attribution.
func isBareObjectPronoun(toks tokens, p phrase) bool {
	return p.to-p.from == 1 && objectPronouns.has(toks.lower(p.from))
}

// opensSentence reports whether the quotation mark at open starts its
// sentence: a quote of its own, not a word or title quoted inside the
// writer's sentence (voters see him as a “protector” more than a
// “provider,” a study concluded).
func (d *quoteDoc) opensSentence(open int) bool {
	s := d.sentenceAt(open)
	return strings.TrimSpace(d.text[min(s.Start, open):open]) == ""
}

// participleAfter reports a participle clause after a comma at toks[k]:
// "Clinton remarked, alluding to the film", which goes on with the
// attribution rather than with a sentence of the writer's.
func participleAfter(toks tokens, k int) bool {
	return k+1 < toks.len() && toks.text(k) == "," && !toks.punct(k+1) && isParticiple(toks.lower(k+1)) && len(toks.lower(k+1)) > 5
}

// startsNewSentence reports a word that, after a quote ending in a
// question or an exclamation mark, opens the writer's next sentence
// rather than the quote's attribution: a capitalized determiner or
// pronoun (“…?” The crowd booed.), where the attribution writes “…?” the
// senator asked.
func startsNewSentence(w word) bool {
	return w.isCapitalized() && (determiners[w.lower()] || clauseSubjects.has(w.lower()))
}

// handsOn reports an attribution that ends in a comma or a colon: it
// introduces the quote after it ("He answered, “…”"), not the one before.
func handsOn(toks tokens) bool {
	last := toks.text(toks.len() - 1)
	return last == "," || last == ":"
}

// irregularPastOfSpeech are the irregular past tenses of verbs of
// speaking in a manner, and the "reads" of a sign or a letter, that
// verbedAfter takes besides regular ones in -ed; "shot", "fired" and
// "hit" count only with "back".
var irregularPastOfSpeech = newWordSet([]string{"sang", "spat", "swore", "wept", "read", "reads", "shot", "hit"})

// beforeRelative returns where the head of the subject p ends: at a
// relative pronoun inside it ("A neighbour who watched the fire"), or at
// its end.
func beforeRelative(toks tokens, p phrase) int {
	for k := p.from + 1; k < p.to; k++ {
		if isRelative(toks.lower(k)) {
			return k
		}
	}
	return p.to
}

// irregularSpeechPasts are the past tenses without -ed of the speech
// verbs (speechVerbForms and objectVerbForms: "said", "told", "wrote",
// "spoke", "thought") and of irregularPastOfSpeech: "said" before a colon
// is the attribution, not a verb in an aside before it ("The bouncer, who
// asked not to be named, said:").
var irregularSpeechPasts = buildIrregularSpeechPasts()

func buildIrregularSpeechPasts() *wordSet {
	var pasts []string
	for _, forms := range append(speechVerbForms[:len(speechVerbForms):len(speechVerbForms)], objectVerbForms...) {
		if past := forms[2]; !strings.HasSuffix(past, "ed") && !strings.Contains(past, " ") {
			pasts = append(pasts, past)
		}
	}
	for w := range irregularPastOfSpeech.words {
		pasts = append(pasts, w)
	}
	return newWordSet(pasts)
}

// speechParticles complete a verb of speaking after it: "shot back",
// "chimed in", "blurted out".
var speechParticles = newWordSet([]string{"back", "in", "out"})

// mindVerbs are weak speech verbs of a person's mind that, put before
// the speaker right after a quote, attribute it as any verb of speaking
// does: “Those goats were so smart,” remembers Shanna Challenger.
var mindVerbs = wordSetOf(map[string]bool{
	"remember": true, "wonder": true, "marvel": true, "hope": true, "fear": true, "worry": true,
	"muse": true, "doubt": true, "think": true, "believe": true,
})

// maxAttributionWords bounds how far after a quote its attribution's verb
// may stand: a name with the appositives news gives it, as in “…,” Jeb
// Bush, the former Florida governor and a Republican presidential
// candidate, told CNN. subjectBefore then checks the phrase.
const maxAttributionWords = 3 * maxSpeakerWords

// attributionBefore looks for the attribution between the start of the
// quote's sentence and its opening mark: "Ken Hu said: “…”", "He told
// reporters, “…”", "According to Smith, “…”". A quote that opens a
// paragraph may take it from the end of the paragraph before ("Smith
// said:").
func (d *quoteDoc) attributionBefore(c *candidate) (attribution, bool) {
	a, ok := d.attributionBeforeQuote(c)
	if ok && a.cue.Start > a.mention.Start && a.mention.Start > a.frame.Start &&
		hasSpeechVerbOutsideQuotes(d.tokens(a.frame.Start, a.mention.Start)) {
		// "He said he had not seen it, and when asked …, he said, “…”",
		// "The mayor said the bridge would reopen, but she added: “…”":
		// the attribution takes the words from its subject on, and the
		// report before it stays for findReported.
		a.frame.Start = a.mention.Start
	}
	return a, ok
}

// attributionBeforeQuote is attributionBefore without the trim of a
// report before the attribution's subject.
func (d *quoteDoc) attributionBeforeQuote(c *candidate) (attribution, bool) {
	first := c.first()
	from := d.frameStart(first.open)
	if from == first.open && first.open == d.paras[c.para].Start && c.para > 0 {
		prev := d.paras[c.para-1]
		if strings.HasSuffix(d.text[prev.Start:prev.End], ":") {
			from = d.sentenceAt(prev.End - 1).Start
		}
	}
	to := first.open
	toks := d.tokens(from, to)
	frame := Span{from, to}
	if a, ok := accordingTo(toks, frame); ok {
		return a, true
	}
	if n := toks.len(); n >= 2 && toks.text(n-1) == ":" && d.isSpeakerLabel(toks.slice(0, n-1)) {
		// "Bush: “The mission is to destroy ISIS.”"
		return newAttribution(toks, n-1, 1, phrase{0, n - 1}, phrase{}, frame), true
	}
	if a, ok := verbBeforeColon(toks, frame); ok {
		return a, true
	}
	if a, ok := labelWithAffiliation(toks, frame); ok {
		return a, true
	}
	if a, ok := invertedVerbBefore(toks, frame); ok {
		return a, true
	}
	for v := toks.len() - 1; v >= 0 && toks.len()-v <= maxTailWords; v-- {
		lemma, n, ok := speechVerbAt(toks, v)
		if !ok || isWeakVerb(lemma) || !attributionTail(toks, v+n, lemma) {
			continue
		}
		subj, app, ok := subjectBefore(toks, v)
		if isParticiple(toks.lower(v)) && v > 0 && toks.text(v-1) == "," {
			// "Huma Abedin, an aide, emailed supporters, telling them,
			// “…”": the participle's subject opens the sentence.
			subj, app, ok = sentenceSubject(toks.slice(0, v))
			if !ok {
				// "“…,” Lee said, adding, “…”": the subject of the
				// attribution the participle goes on from.
				subj, app, ok = earlierSpeechSubject(toks, v-1)
				if ok && reportedBeforeSubject(toks, subj) {
					frame.Start = toks.start(subj.from) // "…, Nefzi said, adding, “…”": the clause before is reported
				}
			}
		}
		if !ok && v > 0 && toks.text(v-1) == "," {
			// "Trump, who has told aides he sees it so, said: “…”"
			subj, app, ok = sentenceSubject(toks.slice(0, v))
		}
		if !ok {
			return attribution{}, false
		}
		return newAttribution(toks, v, n, subj, app, frame), true
	}
	return d.leadSentence(c)
}

// earlierSpeechSubject returns the subject of the last speech verb
// before toks[end], when only its listener or setting stands between
// them ("Lee said", "Warren said to Obama", "the minister told MPs").
func earlierSpeechSubject(toks tokens, end int) (subject, appositive phrase, ok bool) {
	for v := end - 1; v >= 0 && end-v <= maxTailWords; v-- {
		if toks.punct(v) {
			return phrase{}, phrase{}, false
		}
		if lemma, n, found := speechVerbAt(toks, v); found && !isWeakVerb(lemma) {
			if !attributionTail(toks.slice(0, end), v+n, lemma) {
				return phrase{}, phrase{}, false // "said Clinton will have to choose, saying, “…”"
			}
			return subjectBefore(toks, v)
		}
	}
	return phrase{}, phrase{}, false
}

// reportedBeforeSubject reports a clause, ended by a comma, before the
// subject subj: "Mateen left early, Nefzi said, adding, …" reports it;
// an opening participle phrase ("Weighing in, Huckabee agreed") does not.
func reportedBeforeSubject(toks tokens, subj phrase) bool {
	comma := subj.from - 1
	if comma < 1 || toks.text(comma) != "," || isParticiple(toks.lower(0)) {
		return false
	}
	return hasClauseVerb(toks.slice(0, comma))
}

// leadSentence reads the short sentence just before a quote that opens
// its own sentence, in the same paragraph, when that sentence is nothing
// but a subject, a verb of speaking or of taking a side, and a setting:
// "Professor Lena Marsh agreed. “The numbers do not lie.”", "The union
// objected on Friday. “…”".
func (d *quoteDoc) leadSentence(c *candidate) (attribution, bool) {
	open := c.first().open
	para := d.paras[c.para]
	s := d.sentenceAt(open)
	if !d.opensSentence(open) || s.Start <= para.Start {
		return attribution{}, false
	}
	prev := d.sentenceAt(len(strings.TrimRightFunc(d.text[:s.Start], unicode.IsSpace)) - 1)
	if prev.Start < para.Start || prev.End > open {
		return attribution{}, false
	}
	toks := d.tokens(prev.Start, prev.End)
	n := toks.len()
	if n < 3 || n > maxSpeakerWords+6+maxStatementSetting || toks.text(n-1) != "." {
		return attribution{}, false
	}
	for v := 1; v < n-1; v++ {
		lemma, k, ok := speechVerbAt(toks, v)
		if !ok && !toks.punct(v) && !toks.isCapitalized(v) && stanceVerbs.has(toks.lower(v)) {
			lemma, k, ok = toks.lower(v), 1, true
		}
		if !ok || isWeakVerb(lemma) {
			if g := statementAfter(toks, v); g > 0 {
				lemma, k, ok = toks.lower(v), g, true // "had a more succinct statement."
			}
		}
		if !ok {
			continue
		}
		subj, app, found := subjectBefore(toks, v)
		if isWeakVerb(lemma) || !found || subj.from != 0 || !attributionTail(toks, v+k, lemma) {
			return attribution{}, false
		}
		return newAttribution(toks, v, k, subj, app, prev), true
	}
	return attribution{}, false
}

// statementAfter reports a verb of giving at toks[v] with a noun of what
// was said as its object, ending the sentence but for whom it was for and
// its setting: "had a more succinct statement", "offered a blunter
// assessment", "gave a short answer after the match". It returns how many
// words the verb and its object take, or 0.
func statementAfter(toks tokens, v int) int {
	if !givingVerbs.has(toks.lower(v)) {
		return 0
	}
	j := v + 1
	if j < toks.len() && (determiners[toks.lower(j)] || quantifiers.has(toks.lower(j))) {
		j++
	}
	for k := j; k < toks.len() && k-j <= 3; k++ {
		t := toks.at(k)
		if t.punct() {
			return 0
		}
		if statementNouns.has(t.lower()) && statementEnd(toks, k+1) > 0 {
			return k + 1 - v // the cue ends with the noun, before whom it was for and its setting
		}
	}
	return 0
}

// statementEnd returns where a statement noun's phrase ends at toks[k]:
// at the period or colon that ends the sentence, after a short "for" or
// "to" phrase naming whom it was for ("a simple message for fans:"); 0
// when something else follows.
func statementEnd(toks tokens, k int) int {
	if k < toks.len() && (toks.lower(k) == "for" || toks.lower(k) == "to") {
		for e := k + 1; e < toks.len() && e-k <= 4; e++ {
			if toks.punct(e) {
				k = e
				break
			}
		}
	}
	k = pastStatementSetting(toks, k)
	if k < toks.len() && (toks.text(k) == "." || toks.text(k) == ":") {
		return k
	}
	return 0
}

// pastStatementSetting returns where the setting after a statement noun
// ends, at toks[k]: up to maxStatementSetting words of when and where it
// was given, each phrase opened by a preposition of time or place, with
// no verb ("after the ruling on Thursday", "on Friday night", "at a
// press conference"); k when none follows.
func pastStatementSetting(toks tokens, k int) int {
	if k >= toks.len() || !statementSettings.has(toks.lower(k)) {
		return k
	}
	for e := k + 1; e < toks.len() && e-k <= maxStatementSetting; e++ {
		if toks.punct(e) {
			return e
		}
		if toks.lower(e) == "that" || isRelative(toks.lower(e)) || isVerbLike(toks.at(e)) {
			return k // "a statement on Friday that angered …"
		}
	}
	return k
}

// maxStatementSetting bounds the words of a statement's setting.
const maxStatementSetting = 8

// statementSettings open the setting of a statement: "after the ruling",
// "on Thursday", "at a briefing".
var statementSettings = newWordSet([]string{"after", "on", "in", "at", "during", "following", "before", "late", "earlier", "later", "outside", "from"})

// givingVerbs give a statement as their object; statementNouns name one.
var (
	givingVerbs    = wordSetOf(map[string]bool{"had": true, "has": true, "offered": true, "offers": true, "gave": true, "gives": true, "issued": true, "issues": true, "made": true, "makes": true})
	statementNouns = wordSetOf(map[string]bool{
		"statement": true, "response": true, "reply": true, "message": true, "assessment": true, "take": true,
		"view": true, "answer": true, "warning": true, "explanation": true, "comment": true, "reaction": true,
		"verdict": true, "prediction": true, "retort": true, "rebuttal": true, "defense": true, "defence": true,
		"appraisal": true, "analysis": true, "summary": true, "description": true, "apology": true, "plea": true,
	})
)

// subjectOpensClause reports whether a subject at toks[k] opens its
// clause: at the start, after punctuation, or after a coordinator that
// follows either ("…, but he added:", "And she warned:").
func subjectOpensClause(toks tokens, k int) bool {
	if k > 0 && coordinators.has(toks.lower(k-1)) {
		k--
	}
	return k == 0 || toks.punct(k-1)
}

// stanceVerbs take a side in a sentence of their own before the quote
// that says how: "Marsh agreed.", "The union objected."
var stanceVerbs = wordSetOf(map[string]bool{
	"agreed": true, "agrees": true, "disagreed": true, "disagrees": true, "concurred": true,
	"concurs": true, "objected": true, "objects": true, "dissented": true, "dissents": true,
	"demurred": true, "demurs": true, "differed": true, "differs": true,
})

// verbBeforeColon reads "Subject verbed: “…”": a past-tense verb and a
// colon before a quote attribute it whatever the verb ("Karl Weber
// objected:", "the minister conceded:", "she fumed:").
func verbBeforeColon(toks tokens, frame Span) (attribution, bool) {
	n := toks.len()
	if n < 3 || toks.text(n-1) != ":" {
		return attribution{}, false
	}
	// The verb may have a setting after it: "Nora Page objected in a
	// statement published alongside the decision:".
	for v := n - 2; v > 0 && n-v <= maxTailWords; v-- {
		if w := toks.at(v); w.punct() || w.isCapitalized() || !isPastTense(w.lower()) && !irregularSpeechPasts.has(w.lower()) && statementAfter(toks, v) == 0 || isAuxiliary(toks.at(v-1)) {
			continue // not "The results were mixed:"; but "had a blunt message for fans:"
		}
		subj, app, ok := subjectBefore(toks, v)
		if ok && subjectOpensClause(toks, subj.from) && !hasPastTense(toks.slice(subj.from, beforeRelative(toks, subj))) {
			return newAttribution(toks, v, 1, subj, app, frame), true // its subject opens the sentence
		}
	}
	return mannerBeforeColon(toks, frame)
}

// mannerBeforeColon reads a named person and the manner of what they
// said before a colon that opens a quote: "Rep. Robert Aderholt was
// blunt: “…”", "Dr. Ruth Okafor was emphatic:". The predicate is a form
// of "be" and one adjective; the subject must name a person, since "The
// results were mixed:" names no speaker.
func mannerBeforeColon(toks tokens, frame Span) (attribution, bool) {
	n := toks.len()
	be := n - 3
	if be < 1 || !beForms.has(toks.lower(be)) || toks.punct(n-2) || toks.isCapitalized(n-2) || !looksAdjective(toks.lower(n-2)) && !mannerAdjectives.has(toks.lower(n-2)) {
		return attribution{}, false
	}
	subj, app, ok := subjectBefore(toks, be)
	if !ok || !subjectOpensClause(toks, subj.from) {
		return attribution{}, false
	}
	names := findNames(toks.slice(subj.from, subj.to))
	if len(names) == 0 || !names[len(names)-1].isPerson || names[len(names)-1].End != toks.end(subj.to-1) {
		return attribution{}, false
	}
	return newAttribution(toks, be, 2, subj, app, frame), true
}

// mannerAdjectives name how someone spoke, and have no adjective's
// ending: "was blunt:", "was clear:".
var mannerAdjectives = wordSetOf(map[string]bool{
	"blunt": true, "clear": true, "direct": true, "frank": true, "candid": true, "firm": true,
	"curt": true, "terse": true, "brief": true, "succinct": true, "unequivocal": true, "defiant": true,
	"emphatic": true, "adamant": true, "upbeat": true, "optimistic": true, "philosophical": true,
	"matter-of-fact": true, "unapologetic": true, "unrepentant": true, "categorical": true,
})

// labelWithAffiliation reads a label of a person's name and, after a
// comma, where they speak from or what they are, before a colon that
// opens a quote, as round-ups of reactions print them: "Meghan McCain,
// Twitter: “…”", "Howard Kurtz, Fox News: “…”", "Jeremy Lott, author:
// “…”". The name opens with a given name, and the affiliation is short
// and holds no verb.
func labelWithAffiliation(toks tokens, frame Span) (attribution, bool) {
	n := toks.len()
	if n < 5 || toks.text(n-1) != ":" {
		return attribution{}, false
	}
	comma := -1
	for i := range n - 1 {
		if toks.text(i) == "," {
			if comma >= 0 {
				return attribution{}, false
			}
			comma = i
		}
	}
	if comma < 2 || comma > 4 || n-1-comma-1 < 1 || n-1-comma-1 > maxLabelWords || !isGivenName(toks.text(0)) {
		return attribution{}, false
	}
	for i := range comma {
		if !isPlainNameWord(toks, i) && !isInitial(toks.text(i)) {
			return attribution{}, false
		}
	}
	for i := comma + 1; i < n-1; i++ {
		if t := toks.at(i); t.punct() || isRelative(t.lower()) || !t.isCapitalized() && (t.verbForm() || isPastTense(t.lower())) || isFiniteVerb(t) {
			return attribution{}, false
		}
	}
	return newAttribution(toks, n-1, 1, phrase{0, comma}, phrase{comma + 1, n - 1}, frame), true
}

// invertedVerbBefore reads an attribution that opens its sentence with
// the verb and sets its subject after it, before the quote: "Said Dorothy
// Poynter, who grew up with him, “…”", "Added the mayor, Tom Reyes: “…”",
// "Says Reyes, “…”". The verb is a past or present form, not a
// participle ("Asked about the plan, Reyes said: …" is the subject's own
// verb), and the subject with its appositive or relative aside must fill
// the words up to the quote.
func invertedVerbBefore(toks tokens, frame Span) (attribution, bool) {
	n := toks.len()
	if n < 3 || toks.text(n-1) != ":" && toks.text(n-1) != "," || !toks.isCapitalized(0) || !toks.verbForm(0) {
		return attribution{}, false
	}
	lemma, ok := speechLemma[toks.lower(0)]
	if !ok || lemma == toks.lower(0) || strings.HasSuffix(toks.lower(0), "ing") || !invertsSubject(lemma) {
		return attribution{}, false
	}
	subj, app, ok := objectAfter(toks, 1)
	if !ok || isBareObjectPronoun(toks, subj) {
		return attribution{}, false
	}
	end := subj.to
	if !app.empty() {
		end = app.to
	}
	if end+1 < n && toks.text(end) == "," && isRelative(toks.lower(end+1)) {
		end = n - 1 // "Said Dorothy Poynter, who grew up with Ali,"
		if hasQuoteMark(toks.slice(subj.to, n)) {
			return attribution{}, false
		}
	}
	if end != n-1 {
		return attribution{}, false
	}
	return newAttribution(toks, 0, 1, subj, app, frame), true
}

// hasPastTense reports a lower-case past tense among toks: a clause,
// not a subject ("Nora Page objected in a statement").
func hasPastTense(toks tokens) bool {
	for _, t := range toks.all() {
		if !t.punct() && !t.isCapitalized() && isPastTense(t.lower()) {
			return true
		}
	}
	return false
}

// isPastTense reports a regular past tense: "objected", "fumed", "sighed".
func isPastTense(lower string) bool {
	return len(lower) > 4 && strings.HasSuffix(lower, "ed") && !strings.HasSuffix(lower, "eed")
}

// closingParenthesis returns the index of the ")" that closes a short
// parenthesis opening at toks[k] ("(D-N.Y.)", "(R)"), or k.
func closingParenthesis(toks tokens, k int) int {
	if toks.text(k) != "(" {
		return k
	}
	for j := k + 1; j < toks.len() && j-k <= 6; j++ {
		if toks.text(j) == ")" {
			return j
		}
	}
	return k
}

// maxTailWords bounds the words from a speech verb to the opening mark
// after it: "He told his audience, to rowdy applause: “…”".
const maxTailWords = 12

// accordingTo finds "according to X," in toks, with X the speaker.
func accordingTo(toks tokens, frame Span) (attribution, bool) {
	for i := 0; i+2 < toks.len(); i++ {
		if toks.lower(i) != "according" || toks.lower(i+1) != "to" {
			continue
		}
		subj, app, ok := objectAfter(toks, i+2)
		if !ok {
			return attribution{}, false
		}
		if !onlyPunct(toks.from(max(subj.to, app.to))) || !toks.punct(toks.len()-1) {
			// "According to Variety, Trump brought “SNL” its best
			// ratings": the quoted words are a part of the clause.
			return attribution{}, false
		}
		a := newAttribution(toks, i, 2, subj, app, frame)
		return a, true
	}
	return attribution{}, false
}

// onlyPunct reports whether toks hold no word.
func onlyPunct(toks tokens) bool {
	for _, t := range toks.all() {
		if !t.punct() {
			return false
		}
	}
	return true
}

func shift(p phrase, k int) phrase {
	if p.empty() {
		return p
	}
	return phrase{p.from + k, p.to + k}
}

func newAttribution(toks tokens, verb, n int, subj, app phrase, frame Span) attribution {
	a := attribution{
		cue:     Span{toks.start(verb), toks.end(verb + n - 1)},
		mention: subj.span(toks),
		frame:   frame,
	}
	if !app.empty() {
		a.appositive = app.span(toks)
	}
	last := max(verb+n, subj.to, app.to)
	if last < toks.len() && toks.text(last) == "," {
		a.endsWithComma = true
	}
	return a
}

// endFrame ends an attribution's frame with its last word, so that a
// clause after it ("“…,” Sanders said private contractors cost more") is
// left to reported speech.
func endFrame(a attribution) attribution {
	a.frame.End = max(a.cue.End, a.mention.End, a.appositive.End)
	return a
}

// maxSplitWords bounds the attribution between the parts of a split
// quote: "…,” said Ronald Fieldstone, a Miami lawyer who has worked on
// such cases for a decade. “…”.
const maxSplitWords = 40

// continuesSplit reports whether next is the second part of a quote split
// by c's attribution: it opens in the same paragraph, with only the
// attribution and what the writer adds to it between, and after a
// punctuation mark (“…,” she said, “…” or “…,” she said. “…”). A quote
// that a clause runs into (“…,” he said, adding that it “…”) is a part
// of that clause, as is one inside a sentence of the writer's after a
// finished quoted sentence (“…” Reid said both are “…”).
func (d *quoteDoc) continuesSplit(c, next *candidate) bool {
	last := c.last()
	open := next.first().open
	if last.unclosed || d.paraAt(last.close) != next.para {
		return false
	}
	between := d.text[last.close+last.closeSize : open]
	if wordCount(between) > maxSplitWords || len(sentences(between)) > 1 {
		return false
	}
	before := strings.TrimRightFunc(between, unicode.IsSpace)
	if strings.HasSuffix(before, ":") && endsSentence(d.text[last.start:last.close]) {
		return false // “…” Ken Hu said: “…” introduces the quote after
	}
	if d.secondCueBefore(last.close+last.closeSize, open) {
		return false // “…,” she said, adding, “…”: the second part has a cue of its own
	}
	if r, _ := utf8.DecodeLastRuneInString(before); !unicode.IsLetter(r) {
		// “…,” he told CBS, saying that people -- unnamed -- “…”: the
		// quote after belongs to the clause of the participle of speech
		// (one after the clause's full stop goes on with the first).
		return strings.ContainsRune(".?!", r) || !d.speechClauseBetween(last.close+last.closeSize, open)
	}
	if endsSentence(d.text[last.start:last.close]) {
		return false // “…,” he said. “…” Reid said both are “…”: a new sentence
	}
	for _, w := range d.tokens(last.close+last.closeSize, open).all() {
		if w.lower() == "that" || !w.punct() && isParticiple(w.lower()) {
			return false // “…,” he said, adding that it “…”
		}
	}
	return true
}

// secondCueBefore reports a participle of speech that introduces the
// next quote (“…,” she said, adding, “…”; “…,” he said, adding: “…”):
// that quote is a second statement with a cue of its own. A participle
// with words of its own after it (said, suggesting that …. “…”) leaves
// the next quote the same statement's next part.
func (d *quoteDoc) secondCueBefore(from, to int) bool {
	toks := d.tokens(from, to)
	for k := toks.len() - 1; k >= 0; k-- {
		if toks.punct(k) && toks.text(k) != "," && toks.text(k) != ":" {
			return false // “…” he is quoted as saying. “…”: the next sentence goes on
		}
		if !toks.punct(k) {
			return speechParticipleAt(toks, k)
		}
	}
	return false
}

// speechClauseBetween reports a participle of speech followed by "that"
// between two quotes: the words after it are a reported clause of its own.
func (d *quoteDoc) speechClauseBetween(from, to int) bool {
	toks := d.tokens(from, to)
	for k := 0; k+1 < toks.len(); k++ {
		if speechParticipleAt(toks, k) && toks.lower(k+1) == "that" {
			return true
		}
	}
	return false
}

// frameEnd returns where the attribution after a quote can end: the end
// of the sentence, paragraph, or the next opening quotation mark. When the
// quote ended its own sentence, the frame is the next sentence, and
// nextSentence says so.
func (d *quoteDoc) frameEnd(from int) (end int, nextSentence bool) {
	pi := d.paraAt(from)
	end = len(d.text)
	if pi >= 0 {
		end = d.paras[pi].End
	}
	s := d.sentenceAt(from)
	if s.End <= from {
		s = d.sentenceAt(d.nextSentenceStart(from))
		nextSentence = true
	}
	end = min(end, s.End)
	if i := indexOpener(d.text[from:end]); i >= 0 {
		end = from + i
	}
	return max(end, from), nextSentence
}

// nextSentenceStart returns the start of the first sentence at or after i.
func (d *quoteDoc) nextSentenceStart(i int) int {
	k := sort.Search(len(d.sents), func(k int) bool { return d.sents[k].Start >= i })
	if k < len(d.sents) {
		return d.sents[k].Start
	}
	return len(d.text)
}

// frameStart returns where the attribution before a quote can start: the
// start of the sentence or paragraph, or the last closing mark.
func (d *quoteDoc) frameStart(open int) int {
	start := 0
	if pi := d.paraAt(open); pi >= 0 {
		start = d.paras[pi].Start
	}
	if s := d.sentenceAt(open); s.Start > start && s.Start <= open {
		start = s.Start
	}
	for {
		i := lastClosingDoubleMark(d.text[start:open])
		if i < 0 {
			break
		}
		_, size := utf8.DecodeRuneInString(d.text[start+i:])
		if t, ok := d.titleEndingAt(start + i + size); ok && t.Start >= start {
			open = t.Start // a title is part of the attribution: "told “CBS This Morning” co-host Gayle King, “…”"
			continue
		}
		start += i + 1
		break
	}
	if i := lastDoubledApostrophe(d.text[start:open]); i >= 0 {
		start += i + 2
	}
	return start
}

// titleEndingAt returns the title of a work whose closing mark ends at
// byte end.
func (d *quoteDoc) titleEndingAt(end int) (Span, bool) {
	i := sort.Search(len(d.titles), func(i int) bool { return d.titles[i].End >= end })
	if i < len(d.titles) && d.titles[i].End == end {
		return d.titles[i], true
	}
	return Span{}, false
}

// indexOpener returns the index of the first opening quotation mark in s.
func indexOpener(s string) int {
	i := indexMark(s, "“", "„", "«", "\"")
	if j := strings.Index(s, "''"); j >= 0 && (i < 0 || j < i) {
		return j
	}
	return i
}
