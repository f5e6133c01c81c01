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
func appendBlock(dst []byte, b *lede.Block) []byte {
	dst = append(dst, `{"type":`...)
	dst = appendJSONString(dst, string(b.Type))
	if b.Level != 0 {
		dst = append(dst, `,"level":`...)
		dst = strconv.AppendInt(dst, int64(b.Level), 10)
	}
	if b.Ordered {
		dst = append(dst, `,"ordered":true`...)
	}
	dst = append(dst, `,"text":`...)
	dst = appendJSONString(dst, b.Text)
	dst = appendSpan(dst, b.Span)
	return append(dst, '}')
}
