package main

import (
	"bytes"
	"encoding/json"
	"io"
	"unicode/utf8"
)

// responseEncoder writes responses as JSON a piece at a time: the short
// fields, then each element of the long lists (blocks, links, images,
// quotes, figures, dates) and the long strings (text, markdown) one by
// one. json.Encoder.Encode marshals the whole value in memory before it
// writes a byte, and indents it in a second buffer: a 15 MB page has a
// 70 MB answer. Here the memory for output is that of the longest element,
// the text, and of a buffer of flushAt bytes.
//
// The bytes are those json.Encoder writes with SetEscapeHTML(false) and,
// when indented, SetIndent("", "  "), on which JSON consumers and the
// golden files rely: each piece is encoded by a json.Encoder with
// SetEscapeHTML(false), then indented as at its depth (appendIndented).
type responseEncoder struct {
	w        io.Writer
	indent   bool
	members  int           // of the object being written
	buf      bytes.Buffer  // encoded, not yet written to w
	enc      *json.Encoder // encodes into buf
	piece    bytes.Buffer  // a piece to indent
	pieceEnc *json.Encoder // encodes into piece
	scratch  []byte        // a figure or date to indent (see appendEntity)
	err      error         // the first error, after which nothing is written
}

// flushAt is how much encoded output waits in the buffer before it is
// written: few enough writes, little enough memory.
const flushAt = 64 << 10

// newResponseEncoder writes responses to w, indented by two spaces or on
// one line. It buffers its writes.
func newResponseEncoder(w io.Writer, indent bool) *responseEncoder {
	e := &responseEncoder{w: w, indent: indent}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	e.pieceEnc = json.NewEncoder(&e.piece)
	e.pieceEnc.SetEscapeHTML(false)
	return e
}

// encode writes r and a line break. An error (from w, or a value JSON
// cannot hold, which lede does not give) stops the writing: what was
// flushed to w stays written, the rest is not.
func (e *responseEncoder) encode(r response) error {
	e.begin(r)
	return e.end(r)
}

// begin writes the head of r, what a page's parse gives: its short
// fields, the article's lists and the text. It leaves the object open
// for end, and may leave the last of it in the buffer: flush writes it
// out (see writePageJSON).
func (e *responseEncoder) begin(r response) {
	e.err = nil
	e.open(shortFields(r))
	if r.Article != nil {
		// The article's lists are omitempty.
		if len(r.Blocks) > 0 {
			encodeList(e, "blocks", r.Blocks)
		}
		if len(r.Links) > 0 {
			encodeList(e, "links", r.Links)
		}
		if len(r.Images) > 0 {
			encodeList(e, "images", r.Images)
		}
	}
	if r.Text != nil {
		e.key("text")
		e.longString(*r.Text)
	}
}

// end writes the rest of r after begin: the findings and the Markdown,
// then closes the object and its line. It returns the first error of
// either.
func (e *responseEncoder) end(r response) error {
	if r.Quotes != nil {
		encodeList(e, "quotes", *r.Quotes)
	}
	if r.Figures != nil {
		encodeList(e, "figures", *r.Figures)
	}
	if r.Dates != nil {
		encodeList(e, "dates", *r.Dates)
	}
	if r.Markdown != nil {
		e.key("markdown")
		e.longString(*r.Markdown)
	}
	e.close()
	e.flush()
	return e.err
}

// shortFields is r without the fields that encode writes piece by piece.
// encoding/json writes the fields in the order of the struct, an embedded
// struct's at its place: the short ones (id, error, the article's title
// to image) come first, as the article's lists are its last fields and
// Text and what follows come after it. Article.Text never appears,
// hidden by response.Text.
func shortFields(r response) response {
	short := response{ID: r.ID, Error: r.Error}
	if r.Article != nil {
		a := *r.Article
		a.Blocks, a.Links, a.Images = nil, nil, nil
		short.Article = &a
	}
	return short
}

// open starts the object with the members of short: its encoding without
// the closing brace.
func (e *responseEncoder) open(short response) {
	e.members = 0
	if !e.encodeValue(short, 0) {
		return
	}
	e.unwrite("}")
	if bytes.HasSuffix(e.buf.Bytes(), []byte("{")) {
		return // no members: short encoded as {}
	}
	e.members = 1
	e.unwrite("\n")
}

// close ends the object and its line.
func (e *responseEncoder) close() {
	if e.indent && e.members > 0 {
		e.writeString("\n}\n")
		return
	}
	e.writeString("}\n")
}

// key starts the object's member named k, which needs no escaping.
func (e *responseEncoder) key(k string) {
	if e.members > 0 {
		e.writeString(",")
	}
	e.members++
	if e.indent {
		e.writeString("\n  \"" + k + "\": ")
		return
	}
	e.writeString("\"" + k + "\":")
}

// encodeList writes the member k, the list items: an element at a time.
func encodeList[T any](e *responseEncoder, k string, items []T) {
	e.key(k)
	switch {
	case items == nil:
		e.writeString("null")
		return
	case len(items) == 0:
		e.writeString("[]")
		return
	}
	e.writeString("[")
	for i := range items {
		if i > 0 {
			e.writeString(",")
		}
		if e.indent {
			e.writeString("\n    ")
		}
		e.value(&items[i], 2)
	}
	if e.indent {
		e.writeString("\n  ")
	}
	e.writeString("]")
}

// value writes v, which sits depth levels into the response.
func (e *responseEncoder) value(v any, depth int) {
	if e.encodeValue(v, depth) && e.buf.Len() >= flushAt {
		e.flush()
	}
}

// longString writes s, a string as long as the page's text, a piece of
// about flushAt bytes at a time: escaped whole, it would take a buffer
// the size of the text (15 MB on the 15 MB page), and the copy of that
// buffer into e.buf another.
func (e *responseEncoder) longString(s string) {
	e.writeString(`"`)
	for len(s) > 0 && e.err == nil {
		n := pieceEnd(s, flushAt)
		e.buf.Grow(n + n/4) // room for a few escapes, without a reallocation
		e.buf.Write(appendEscaped(e.buf.AvailableBuffer(), s[:n], false))
		s = s[n:]
		if e.buf.Len() >= flushAt {
			e.flush()
		}
	}
	e.writeString(`"`)
}

// pieceEnd is where the first piece of s, of about size bytes, ends: at
// the start of a character, so that escaping the pieces one by one gives
// what escaping s whole gives (a character cut in two would read as
// invalid bytes). A byte that is no character's start but the fourth
// continuation byte in a row belongs to no character: s may be cut there.
func pieceEnd(s string, size int) int {
	if len(s) <= size {
		return len(s)
	}
	for n := size; n > size-utf8.UTFMax && n > 0; n-- {
		if utf8.RuneStart(s[n]) {
			return n
		}
	}
	return size
}

// indents are the prefixes of the lines of a piece, by its depth.
var indents = [...]string{"", "  ", "    "}

// flat is the depth to give a string, which has no lines to indent: it
// spares the indenting pass over a copy of the text.
const flat = -1

// encodeValue adds v to the buffer, indented as at depth, without the line
// break that json.Encoder ends it with; it reports whether that went well.
func (e *responseEncoder) encodeValue(v any, depth int) bool {
	if e.err != nil {
		return false
	}
	if !e.indent || depth == flat {
		if b, ok := appendEntity(e.buf.AvailableBuffer(), v); ok {
			e.buf.Write(b)
			return true
		}
	} else if b, ok := appendIndentedEntity(e.buf.AvailableBuffer(), v, depth); ok {
		e.buf.Write(b) // figures and dates, laid out indented at once
		return true
	} else if b, ok := appendEntity(e.scratch[:0], v); ok {
		e.scratch = b
		e.buf.Write(appendIndented(e.buf.AvailableBuffer(), b, indents[depth]))
		return true
	}
	if !e.indent || depth == flat {
		if e.err = e.enc.Encode(v); e.err != nil {
			return false
		}
		e.unwrite("\n")
		return true
	}
	e.piece.Reset()
	if e.err = e.pieceEnc.Encode(v); e.err != nil {
		return false
	}
	compact := bytes.TrimSuffix(e.piece.Bytes(), []byte("\n"))
	e.buf.Write(appendIndented(e.buf.AvailableBuffer(), compact, indents[depth]))
	return true
}

// unwrite takes s off the end of the buffer, when it ends with s.
func (e *responseEncoder) unwrite(s string) {
	if bytes.HasSuffix(e.buf.Bytes(), []byte(s)) {
		e.buf.Truncate(e.buf.Len() - len(s))
	}
}

// flush writes the buffer to w.
func (e *responseEncoder) flush() {
	if e.err == nil && e.buf.Len() > 0 {
		_, e.err = e.w.Write(e.buf.Bytes())
	}
	e.buf.Reset()
}

func (e *responseEncoder) writeString(s string) {
	if e.err == nil {
		e.buf.WriteString(s)
	}
}
