package main

import (
	"strconv"

	"github.com/ledehq/lede"
)

// Quotes are the second most numerous elements of a long answer (36,000
// on the 15 MB page), and encoding/json reaches each through
// Quote.MarshalJSON, which marshals it by reflection into a new buffer
// that the encoder then copies through its compacting scanner. appendQuote
// writes the same bytes directly; TestQuoteEncoderMatchesJSON checks it.

// appendQuote appends q as compact JSON as Quote.MarshalJSON writes it:
// the fields of Quote in order, the embedded Span's in its place, the
// speaker null or an object, and the parts, when there are any, last, as
// [start, end] pairs (MarshalJSON's own field comes after the embedded
// Quote's). json.Marshal escapes <, > and & in strings, and the encoder
// keeps what a MarshalJSON method writes, so the quote's strings are
// written HTML-escaped where the rest of the answer's are not.
func appendQuote(dst []byte, q *lede.Quote) []byte { return appendQuoteIn(dst, q, &compactQuote) }

// quoteLayout is how a quote's members, its speaker's and its parts are
// laid out: compact, or indented as appendIndented indents them.
type quoteLayout struct {
	quote, speaker objectLayout
	// the parts: the list's brackets and separator, and each pair's
	partsOpen, partSep, partsClose, pairOpen, pairSep, pairClose string
}

// compactQuote is json.Encoder's layout of a quote.
var compactQuote = quoteLayout{
	quote: compactObject, speaker: compactObject,
	partsOpen: "[", partSep: ",", partsClose: "]", pairOpen: "[", pairSep: ",", pairClose: "]",
}

// indentedQuote is the layout appendIndented gives a quote whose lines
// start with prefix.
func indentedQuote(prefix string) quoteLayout {
	in, in2, in3 := "\n"+prefix+"  ", "\n"+prefix+"    ", "\n"+prefix+"      "
	return quoteLayout{
		quote: indentedObject(prefix), speaker: indentedObject(prefix + "  "),
		partsOpen: "[" + in2, partSep: "," + in2, partsClose: in + "]",
		pairOpen: "[" + in3, pairSep: "," + in3, pairClose: in2 + "]",
	}
}

// indentedQuotes are the indented layouts at each depth of indents.
var indentedQuotes = [len(indents)]quoteLayout{indentedQuote(indents[0]), indentedQuote(indents[1]), indentedQuote(indents[2])}

// appendQuoteIn is appendQuote in the layout ql.
func appendQuoteIn(dst []byte, q *lede.Quote, ql *quoteLayout) []byte {
	l := &ql.quote
	dst = appendQuoted(l.member(dst, true, "text"), q.Text, true)
	dst = appendSpanIn(dst, q.Span, l)
	dst = appendQuoted(l.member(dst, false, "type"), string(q.Type), true)
	if q.Cue != "" {
		dst = appendQuoted(l.member(dst, false, "cue"), q.Cue, true)
	}
	dst = appendSpeakerIn(l.member(dst, false, "speaker"), q.Speaker, &ql.speaker)
	if len(q.Parts) > 0 {
		dst = append(l.member(dst, false, "parts"), ql.partsOpen...)
		for i, p := range q.Parts {
			if i > 0 {
				dst = append(dst, ql.partSep...)
			}
			dst = append(dst, ql.pairOpen...)
			dst = strconv.AppendInt(dst, int64(p.Start), 10)
			dst = append(dst, ql.pairSep...)
			dst = strconv.AppendInt(dst, int64(p.End), 10)
			dst = append(dst, ql.pairClose...)
		}
		dst = append(dst, ql.partsClose...)
	}
	return append(dst, l.close...)
}

// appendSpeakerIn appends s as json.Marshal writes it inside a quote, in
// the layout l: null for no speaker, its strings HTML-escaped.
func appendSpeakerIn(dst []byte, s *lede.Speaker, l *objectLayout) []byte {
	if s == nil {
		return append(dst, "null"...)
	}
	dst = appendQuoted(l.member(dst, true, "text"), s.Text, true)
	dst = appendSpanIn(dst, s.Span, l)
	dst = appendQuoted(l.member(dst, false, "name"), s.Name, true)
	if s.Title != "" {
		dst = appendQuoted(l.member(dst, false, "title"), s.Title, true)
	}
	if s.Org != "" {
		dst = appendQuoted(l.member(dst, false, "org"), s.Org, true)
	}
	return append(dst, l.close...)
}
