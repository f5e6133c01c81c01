package main

import (
	"strconv"

	"github.com/ledehq/lede"
)

// A page's blocks repeat its text, a block at a time: on the 15 MB page,
// 95,000 blocks and a third of the answer. appendBlock writes a block as
// encoding/json does, without its reflection; TestBlockEncoderMatchesJSON
// checks it.

// appendBlock appends b as compact JSON with SetEscapeHTML(false): the
// fields of Block in order, level and ordered only when set (omitempty),
// the embedded Span's last.
func appendBlock(dst []byte, b *lede.Block) []byte { return appendBlockIn(dst, b, &compactObject) }

// appendBlockIn is appendBlock in the layout l.
func appendBlockIn(dst []byte, b *lede.Block, l *objectLayout) []byte {
	dst = appendJSONString(l.member(dst, true, "type"), string(b.Type))
	if b.Level != 0 {
		dst = strconv.AppendInt(l.member(dst, false, "level"), int64(b.Level), 10)
	}
	if b.Ordered {
		dst = append(l.member(dst, false, "ordered"), "true"...)
	}
	dst = appendJSONString(l.member(dst, false, "text"), b.Text)
	dst = appendSpanIn(dst, b.Span, l)
	return append(dst, l.close...)
}
