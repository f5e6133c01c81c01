package main

import (
	"cmp"
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/ledehq/lede"
)

// offsetUnit is what the offsets of a response count. lede's own are byte
// offsets into UTF-8 text, Go's string indexes; other languages index
// strings by code point (Python) or by UTF-16 code unit (JavaScript, Java,
// C#), and would slice the wrong text with byte offsets.
type offsetUnit int

// The units -offsets accepts. The zero value is lede's own, bytes.
const (
	unitBytes offsetUnit = iota
	unitRunes
	unitUTF16
)

// offsetUnitNames are the names -offsets knows the units by.
var offsetUnitNames = map[string]offsetUnit{"bytes": unitBytes, "runes": unitRunes, "utf16": unitUTF16}

// parseOffsetUnit reads the value of -offsets.
func parseOffsetUnit(s string) (offsetUnit, error) {
	if u, ok := offsetUnitNames[s]; ok {
		return u, nil
	}
	return unitBytes, fmt.Errorf("-offsets %q: want bytes, runes or utf16", s)
}

// convertOffsets rewrites every offset of resp, which counts bytes of its
// text, to count unit instead: the blocks', links', images', quotes' and
// their parts', speakers', figures' and dates'. A response without text
// (an error) has none.
func convertOffsets(resp *response, unit offsetUnit) {
	if unit == unitBytes || resp.Text == nil {
		return
	}
	c := newOffsetConverter(*resp.Text, unit)
	if resp.Article != nil {
		for i := range resp.Blocks {
			c.add(&resp.Blocks[i].Start, &resp.Blocks[i].End)
		}
		for i := range resp.Links {
			c.add(&resp.Links[i].Start, &resp.Links[i].End)
		}
		for i := range resp.Images {
			c.add(&resp.Images[i].At)
		}
	}
	if resp.Quotes != nil {
		for i := range *resp.Quotes {
			c.addQuote(&(*resp.Quotes)[i])
		}
	}
	if resp.Figures != nil {
		for i := range *resp.Figures {
			c.add(&(*resp.Figures)[i].Start, &(*resp.Figures)[i].End)
		}
	}
	if resp.Dates != nil {
		for i := range *resp.Dates {
			c.add(&(*resp.Dates)[i].Start, &(*resp.Dates)[i].End)
		}
	}
	c.convert()
}

// offsetConverter converts byte offsets into one text to another unit. It
// gathers the offsets first, then converts them all in one walk over the
// text in offset order: linear in the text's length, where converting each
// offset alone would walk the text once per offset.
type offsetConverter struct {
	text    string
	unit    offsetUnit
	offsets []*int
	seen    map[*int]bool // a speaker two quotes share is converted once
}

// newOffsetConverter converts byte offsets into text to unit, runes or
// utf16.
func newOffsetConverter(text string, unit offsetUnit) *offsetConverter {
	return &offsetConverter{text: text, unit: unit, seen: map[*int]bool{}}
}

// add gathers offsets to convert, each once however often it is added.
func (c *offsetConverter) add(offsets ...*int) {
	for _, p := range offsets {
		if !c.seen[p] {
			c.seen[p] = true
			c.offsets = append(c.offsets, p)
		}
	}
}

// addQuote gathers the offsets of a quote, of its parts and of its speaker.
func (c *offsetConverter) addQuote(q *lede.Quote) {
	c.add(&q.Start, &q.End)
	for i := range q.Parts {
		c.add(&q.Parts[i].Start, &q.Parts[i].End)
	}
	if q.Speaker != nil {
		c.add(&q.Speaker.Start, &q.Speaker.End)
	}
}

// convert rewrites the gathered offsets. An offset past the end of the
// text counts to its end; one inside a character (which lede does not
// give) counts that character.
func (c *offsetConverter) convert() {
	slices.SortFunc(c.offsets, func(a, b *int) int { return cmp.Compare(*a, *b) })
	pos, count := 0, 0 // a byte offset and what it is in c.unit
	for _, p := range c.offsets {
		for pos < *p && pos < len(c.text) {
			r, size := utf8.DecodeRuneInString(c.text[pos:])
			pos += size
			count += c.units(r)
		}
		*p = count
	}
	c.offsets = nil
}

// units is how many units of c.unit r takes. An invalid byte, which
// decodes as utf8.RuneError, is one character, as decoders that replace it
// with U+FFFD count it.
func (c *offsetConverter) units(r rune) int {
	if c.unit == unitUTF16 && r > 0xFFFF {
		return 2 // a surrogate pair
	}
	return 1
}
