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
func appendQuote(dst []byte, q *lede.Quote) []byte {
	dst = append(dst, `{"text":`...)
	dst = appendQuoted(dst, q.Text, true)
	dst = appendSpan(dst, q.Span)
	dst = append(dst, `,"type":`...)
	dst = appendQuoted(dst, string(q.Type), true)
	if q.Cue != "" {
		dst = append(dst, `,"cue":`...)
		dst = appendQuoted(dst, q.Cue, true)
	}
	dst = append(dst, `,"speaker":`...)
	dst = appendSpeaker(dst, q.Speaker)
	if len(q.Parts) > 0 {
		dst = append(dst, `,"parts":[`...)
		for i, p := range q.Parts {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, '[')
			dst = strconv.AppendInt(dst, int64(p.Start), 10)
			dst = append(dst, ',')
			dst = strconv.AppendInt(dst, int64(p.End), 10)
			dst = append(dst, ']')
		}
		dst = append(dst, ']')
	}
	return append(dst, '}')
}

// appendSpeaker appends s as json.Marshal writes it inside a quote: null
// for no speaker, its strings HTML-escaped.
func appendSpeaker(dst []byte, s *lede.Speaker) []byte {
	if s == nil {
		return append(dst, "null"...)
	}
	dst = append(dst, `{"text":`...)
	dst = appendQuoted(dst, s.Text, true)
	dst = appendSpan(dst, s.Span)
	dst = append(dst, `,"name":`...)
	dst = appendQuoted(dst, s.Name, true)
	if s.Title != "" {
		dst = append(dst, `,"title":`...)
		dst = appendQuoted(dst, s.Title, true)
	}
	if s.Org != "" {
		dst = append(dst, `,"org":`...)
		dst = appendQuoted(dst, s.Org, true)
	}
	return append(dst, '}')
}
