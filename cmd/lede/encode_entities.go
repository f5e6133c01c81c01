package main

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/ledehq/lede"
)

// Figures and dates are the most numerous elements of an answer (a page
// of numbers has one per word), and encoding/json reads each one's struct
// by reflection. appendFigure and appendDate write the bytes it writes,
// compact and with SetEscapeHTML(false), directly; TestEntityEncodersMatchJSON
// checks them against it.

// appendEntity appends v as compact JSON when it is a figure, a date, a
// quote, a block (see encode_quotes.go and encode_blocks.go) or a string
// (the text), and reports whether it was.
func appendEntity(dst []byte, v any) ([]byte, bool) {
	switch v := v.(type) {
	case *lede.Figure:
		return appendFigure(dst, v)
	case *lede.Date:
		return appendDate(dst, v), true
	case *lede.Quote:
		return appendQuote(dst, v), true
	case *lede.Block:
		return appendBlock(dst, v), true
	case *string:
		return appendJSONString(dst, *v), true
	}
	return dst, false
}

// objectLayout is how an encoder lays out the members of a flat object:
// compact as json.Encoder writes it, or indented as appendIndented would
// indent that at some depth. Writing a figure or a date indented at once
// spares a second pass over its bytes (a page of numbers has a figure a
// word).
type objectLayout struct {
	open  string // the brace and what comes before the first member
	sep   string // between members
	colon string // between a key and its value
	close string // after the last member, with the brace
}

// compactObject is json.Encoder's layout.
var compactObject = objectLayout{open: "{", sep: ",", colon: ":", close: "}"}

// indentedObject is the layout appendIndented gives an object whose lines
// start with prefix: a member a line, two spaces further in.
func indentedObject(prefix string) objectLayout {
	return objectLayout{open: "{\n" + prefix + "  ", sep: ",\n" + prefix + "  ", colon: ": ", close: "\n" + prefix + "}"}
}

// indentedObjects are the indented layouts at each depth of indents.
var indentedObjects = [len(indents)]objectLayout{indentedObject(indents[0]), indentedObject(indents[1]), indentedObject(indents[2])}

// member appends the layout's separator, the key k (which needs no
// escaping) and the colon; first says whether it is the object's first.
func (l *objectLayout) member(dst []byte, first bool, k string) []byte {
	if first {
		dst = append(dst, l.open...)
	} else {
		dst = append(dst, l.sep...)
	}
	dst = append(dst, '"')
	dst = append(dst, k...)
	dst = append(dst, '"')
	return append(dst, l.colon...)
}

// appendFigure appends f as compact JSON, its fields in the order of the
// struct, the embedded Span's in its place, and the omitempty ones only
// when set. It reports false for a value JSON cannot hold (NaN or an
// infinity, which lede does not give), for encoding/json to refuse.
func appendFigure(dst []byte, f *lede.Figure) ([]byte, bool) {
	return appendFigureIn(dst, f, &compactObject)
}

// appendFigureIn is appendFigure in the layout l.
func appendFigureIn(dst []byte, f *lede.Figure, l *objectLayout) ([]byte, bool) {
	if !finite(f.Value) || f.To != nil && !finite(*f.To) {
		return dst, false
	}
	dst = appendJSONString(l.member(dst, true, "text"), f.Text)
	dst = appendSpanIn(dst, f.Span, l)
	dst = appendJSONString(l.member(dst, false, "type"), string(f.Type))
	dst = appendJSONFloat(l.member(dst, false, "value"), f.Value)
	if f.To != nil {
		dst = appendJSONFloat(l.member(dst, false, "to"), *f.To)
	}
	dst = appendOptional(dst, l, "unit", f.Unit)
	dst = appendOptional(dst, l, "approx", f.Approx)
	dst = appendOptional(dst, l, "per", f.Per)
	return append(dst, l.close...), true
}

// appendDate appends d as compact JSON, as appendFigure does a figure.
func appendDate(dst []byte, d *lede.Date) []byte { return appendDateIn(dst, d, &compactObject) }

// appendDateIn is appendDate in the layout l.
func appendDateIn(dst []byte, d *lede.Date, l *objectLayout) []byte {
	dst = appendJSONString(l.member(dst, true, "text"), d.Text)
	dst = appendSpanIn(dst, d.Span, l)
	dst = appendJSONString(l.member(dst, false, "type"), string(d.Type))
	dst = appendJSONString(l.member(dst, false, "value"), d.Value)
	return append(dst, l.close...)
}

// appendIndentedEntity appends v, a figure, a date, a block or a quote, indented as
// appendIndented would indent its compact JSON at depth, and reports
// whether v was one (and could be encoded).
func appendIndentedEntity(dst []byte, v any, depth int) ([]byte, bool) {
	l := &indentedObjects[depth]
	switch v := v.(type) {
	case *lede.Figure:
		return appendFigureIn(dst, v, l)
	case *lede.Date:
		return appendDateIn(dst, v, l), true
	case *lede.Block:
		return appendBlockIn(dst, v, l), true
	case *lede.Quote:
		return appendQuoteIn(dst, v, &indentedQuotes[depth]), true
	}
	return dst, false
}

// appendSpanIn appends the members of s, which follow another member, in
// the layout l.
func appendSpanIn(dst []byte, s lede.Span, l *objectLayout) []byte {
	dst = strconv.AppendInt(l.member(dst, false, "start"), int64(s.Start), 10)
	return strconv.AppendInt(l.member(dst, false, "end"), int64(s.End), 10)
}

// appendOptional appends the member k and the string s, unless s is
// empty (omitempty).
func appendOptional(dst []byte, l *objectLayout, k, s string) []byte {
	if s == "" {
		return dst
	}
	return appendJSONString(l.member(dst, false, k), s)
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// appendJSONFloat appends f as encoding/json writes a float64: the
// shortest decimal that reads back as f, in exponent form below 1e-6 and
// from 1e21 on, with a one-digit negative exponent unpadded ("1e-7").
func appendJSONFloat(dst []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		if n := len(dst); n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst
}

// appendJSONString appends s quoted as encoding/json quotes a string
// without HTML escaping: quotation marks, backslashes and control
// characters escaped (\n, \r, \t, \b, \f by name, the rest as \u00XX), U+2028 and
// U+2029 escaped for JavaScript, and each invalid byte written as U+FFFD.
func appendJSONString(dst []byte, s string) []byte {
	return appendQuoted(dst, s, false)
}

// appendQuoted appends s quoted as appendJSONString does and, with
// escapeHTML, also <, > and & escaped (\u003c, \u003e, \u0026), as
// json.Marshal writes them.
func appendQuoted(dst []byte, s string, escapeHTML bool) []byte {
	dst = append(dst, '"')
	dst = appendEscaped(dst, s, escapeHTML)
	return append(dst, '"')
}

// plainJSON and plainHTMLJSON tell the bytes that a JSON string holds as
// they are, without and with HTML escaping: printable ASCII but the
// quotation mark and the backslash (and <, > and &). Every other byte
// needs a look: escaped, or the start of a multibyte character.
var plainJSON, plainHTMLJSON = plainBytes(""), plainBytes("<>&")

func plainBytes(alsoEscaped string) (plain [256]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		plain[b] = true
	}
	for _, b := range []byte("\"\\" + alsoEscaped) {
		plain[b] = false
	}
	return plain
}

// appendEscaped appends s escaped as appendQuoted does, without the
// quotation marks around it.
func appendEscaped(dst []byte, s string, escapeHTML bool) []byte {
	const hex = "0123456789abcdef"
	plain := &plainJSON
	if escapeHTML {
		plain = &plainHTMLJSON
	}
	start := 0
	for i := 0; i < len(s); {
		if plain[s[i]] {
			i++
			continue
		}
		if b := s[i]; b < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch b {
			case '"', '\\':
				dst = append(dst, '\\', b)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		if c := s[i]; c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2 // a valid two-byte character, the commonest, without a call
			continue
		}
		if n := plainSequenceAt(s, i); n > 0 {
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	return append(dst, s[start:]...)
}

// plainSequenceAt returns the size of the character of two or three
// bytes at s[i] when it is valid UTF-8 that a JSON string holds as it is
// (all but U+2028 and U+2029), or 0: those the escaping steps over
// without decoding them, which text beyond ASCII is mostly made of (a
// page of high bytes read as windows-1252 is nothing else, and decoding
// each took a fiftieth of the command's time). Other sequences are
// decoded. TestEscapedMatchesJSON compares the two.
func plainSequenceAt(s string, i int) int {
	if i+1 >= len(s) || s[i+1]&0xC0 != 0x80 {
		return 0
	}
	switch c := s[i]; {
	case c >= 0xC2 && c < 0xE0:
		return 2
	case c < 0xE0 || c > 0xEF || i+2 >= len(s) || s[i+2]&0xC0 != 0x80:
		return 0
	case c == 0xE0 && s[i+1] < 0xA0, c == 0xED && s[i+1] >= 0xA0: // overlong, surrogate
		return 0
	case c == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9): // U+2028, U+2029
		return 0
	}
	return 3
}
