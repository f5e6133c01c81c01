package lede

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// prescanBytes is how far into a page decode looks for a charset declaration.
// The HTML standard says 1024 bytes, but real pages put long comments, scripts
// and dozens of meta tags before <meta charset>; browsers cope through later
// re-decoding, so we look further.
const prescanBytes = 8192

// decode returns the page as UTF-8 text.
//
// Order of evidence: a byte order mark, then the charset the page declares.
// A declared single-byte Latin charset loses to valid UTF-8 with multi-byte
// sequences, since pages re-encoded to UTF-8 often keep their old
// declaration, and valid UTF-8 almost never arises by chance in Latin text.
// Without a declaration, valid UTF-8 is UTF-8; other bytes are sniffed for
// the East Asian legacy encodings (see sniffEncoding) and otherwise taken as
// windows-1252, the web's historical default.
//
// contentType is the HTTP Content-Type header, if known: its charset comes
// before the page's own declaration, as in browsers.
func decode(raw []byte, contentType string) string {
	if enc, n := bomEncoding(raw); enc != nil {
		return decodeWith(enc, raw[n:])
	}
	enc := labelEncoding(charsetParam(contentType))
	if enc == nil {
		enc = declaredEncoding(raw)
	}
	valid := utf8.Valid(raw)
	switch {
	case enc == nil && valid:
		return string(raw)
	case enc == nil:
		if sniffed := sniffEncoding(raw); sniffed != nil {
			return decodeWith(sniffed, raw)
		}
		return decodeWith(charmap.Windows1252, raw)
	case enc == unicode.UTF8 || isASCIICompatibleUTF16Declaration(enc):
		return toValidUTF8(raw)
	case valid && isSingleByteLatin(enc) && hasMultiByte(raw):
		return string(raw)
	}
	return decodeWith(enc, raw)
}

// bomEncoding returns the encoding a byte order mark announces and the BOM's
// length, or nil.
func bomEncoding(b []byte) (encoding.Encoding, int) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8, 3
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), 2
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), 2
	}
	return nil, 0
}

func hasUTF16BOM(b []byte) bool {
	enc, _ := bomEncoding(b)
	return enc != nil && enc != unicode.UTF8
}

// declaredEncoding returns the encoding named by the page's <meta charset> or
// http-equiv Content-Type within the first prescanBytes, or nil when the page
// declares none or names one we do not know.
func declaredEncoding(raw []byte) encoding.Encoding {
	z := html.NewTokenizer(bytes.NewReader(raw[:min(len(raw), prescanBytes)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if !hasAttr || string(name) != "meta" {
				continue
			}
			if enc := metaEncoding(z); enc != nil {
				return enc
			}
		}
	}
}

// metaEncoding returns the encoding a <meta> tag declares, through its
// charset attribute or an http-equiv Content-Type with a charset parameter.
func metaEncoding(z *html.Tokenizer) encoding.Encoding {
	var label, content string
	httpEquiv := false
	for {
		key, val, more := z.TagAttr()
		switch string(key) {
		case "charset":
			label = string(val)
		case "content":
			content = string(val)
		case "http-equiv":
			httpEquiv = strings.EqualFold(string(val), "content-type")
		}
		if !more {
			break
		}
	}
	if label == "" && httpEquiv {
		label = charsetParam(content)
	}
	return labelEncoding(label)
}

// labelEncoding returns the encoding a charset label names ("utf-8",
// "latin1", "x-sjis"), or nil for an empty or unknown label.
func labelEncoding(label string) encoding.Encoding {
	label = strings.TrimSpace(label)
	if label == "" {
		return nil
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil
	}
	return enc
}

// isASCIICompatibleUTF16Declaration reports a page that declares UTF-16 in
// an ASCII meta tag: the declaration cannot be true (it was readable as
// ASCII), and the standard says to treat it as UTF-8.
func isASCIICompatibleUTF16Declaration(enc encoding.Encoding) bool {
	return enc == unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM) ||
		enc == unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
}

// isSingleByteLatin reports the charsets that pages most often declare while
// actually being UTF-8.
func isSingleByteLatin(enc encoding.Encoding) bool {
	switch enc {
	case charmap.Windows1252, charmap.ISO8859_1, charmap.ISO8859_15,
		charmap.Windows1250, charmap.ISO8859_2:
		return true
	}
	return false
}

func hasMultiByte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// decodeWith converts b from enc to UTF-8. Bytes the encoding cannot map
// become U+FFFD rather than failing the page.
func decodeWith(enc encoding.Encoding, b []byte) string {
	if cm, ok := enc.(*charmap.Charmap); ok {
		return decodeSingleByte(cm, b)
	}
	return decodeByDecoder(enc, b)
}

// decodeByDecoder is decodeWith through enc's x/text decoder.
func decodeByDecoder(enc encoding.Encoding, b []byte) string {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return toValidUTF8(b)
	}
	return toValidUTF8(out)
}

// decodeSingleByte is decodeWith for a code page of one byte a character,
// whose decoder writes each byte as a character, valid UTF-8 always: the
// text is written once, each character as the four bytes of a word of
// which the next character writes over those past its own. The
// decoder's output grew by doubling and was checked for UTF-8, which took
// a fortieth of the command's time on a page of high bytes read as
// windows-1252. TestDecodeSingleByte compares the two.
func decodeSingleByte(cm *charmap.Charmap, b []byte) string {
	var chars [256]uint32 // each byte's character in UTF-8, little-endian
	var sizes [256]uint8
	for c := range chars {
		var e [utf8.UTFMax]byte
		sizes[c] = uint8(utf8.EncodeRune(e[:], cm.DecodeByte(byte(c))))
		chars[c] = binary.LittleEndian.Uint32(e[:])
	}
	n := 0
	for _, c := range b {
		n += int(sizes[c])
	}
	out := make([]byte, n+utf8.UTFMax)
	at := 0
	for _, c := range b {
		binary.LittleEndian.PutUint32(out[at:], chars[c])
		at += int(sizes[c])
	}
	return string(out[:n])
}

func toValidUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return string(bytes.ToValidUTF8(b, []byte("\uFFFD")))
}

// charsetParam returns the charset parameter of a Content-Type value such as
// "text/html; charset=utf-8". It is lenient where mime.ParseMediaType is
// strict, because pages write "text/html;charset=utf-8;" and worse.
func charsetParam(contentType string) string {
	lower := strings.ToLower(contentType)
	i := strings.Index(lower, "charset=")
	if i < 0 {
		return ""
	}
	v := strings.TrimLeft(lower[i+len("charset="):], " \"'")
	if end := strings.IndexAny(v, " ;\"'"); end >= 0 {
		v = v[:end]
	}
	return v
}
