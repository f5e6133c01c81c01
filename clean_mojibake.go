package lede

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Mojibake repair
//
// Mojibake is UTF-8 text that some program decoded in a single-byte code
// page: "Huawei’s" is the bytes 48 75 61 77 65 69 E2 80 99 73, and read as
// windows-1252 they spell "Huaweiâ€™s". Encoding the damaged text back into
// that code page and decoding the bytes as UTF-8 undoes the damage. The
// difficulty is knowing when text is damaged: any accented capital
// followed by a symbol ("NESTLÉ®") can be read as UTF-8 too ("NESTLɮ").
//
// The signal used here is plausibility. Each text gets a cost (see
// implausibility): characters that real text rarely holds (C1 controls,
// box drawing, stray accents) and sequences it rarely holds (an accented
// capital inside a lower-case word, a symbol between two letters, letters
// of two scripts in one word). A repair is kept only if it makes the text
// strictly more plausible, and repairs are tried again on the result, for
// text damaged twice ("Ã¢â‚¬â„¢" is "’" damaged twice). Repair works
// sequence by sequence, so a text of which only a part is damaged is
// repaired in that part.

// mojibakeCodecs are the code pages whose misreadings are repaired: the
// Western, Central European and Cyrillic Windows code pages, Mac OS Roman
// and the DOS code page 437, each "sloppy": bytes the code page leaves
// undefined read as the C1 control of the same number, as Windows does.
var mojibakeCodecs = []*reencoder{
	newReencoder(charmap.Windows1252),
	newReencoder(charmap.Windows1250),
	newReencoder(charmap.Windows1251),
	newReencoder(charmap.Windows1253),
	newReencoder(charmap.Windows1254),
	newReencoder(charmap.Windows1257),
	newReencoder(charmap.Macintosh),
	newReencoder(charmap.CodePage437),
}

// maxRepairRounds is how many times damage is undone: text is rarely
// damaged more than twice.
const maxRepairRounds = 3

// reencoder maps the characters of one code page back to their bytes.
type reencoder struct {
	high map[rune]byte // characters of bytes 0x80 to 0xFF
}

func newReencoder(cm *charmap.Charmap) *reencoder {
	e := &reencoder{high: make(map[rune]byte, 128)}
	for b := 0x80; b <= 0xFF; b++ {
		r := cm.DecodeByte(byte(b))
		if r == utf8.RuneError {
			r = rune(b) // sloppy: an undefined byte reads as C1 control
		}
		e.high[r] = byte(b)
	}
	return e
}

// byteOf returns the code page byte of r.
func (e *reencoder) byteOf(r rune) (byte, bool) {
	if r < 0x80 {
		return byte(r), true
	}
	b, ok := e.high[r]
	return b, ok
}

// cp1252Rune returns the windows-1252 character of byte b; bytes the code
// page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) read as themselves.
func cp1252Rune(b byte) rune {
	r := charmap.Windows1252.DecodeByte(b)
	if r == utf8.RuneError {
		return rune(b)
	}
	return r
}

// repairMojibake undoes mojibake in s where that makes s more plausible.
func repairMojibake(s string) string {
	if !hasHighLatin(s) {
		return s
	}
	cost := implausibility(s)
	for range maxRepairRounds {
		if cost == 0 {
			break
		}
		best, bestCost := s, cost
		for _, e := range mojibakeCodecs {
			cand, changed := e.redecode(s)
			if !changed {
				continue
			}
			if c := implausibility(cand); c < bestCost {
				best, bestCost = cand, c
			}
		}
		if best == s {
			break
		}
		s, cost = best, bestCost
	}
	return s
}

// hasHighLatin reports whether s holds any character outside ASCII: text
// without one cannot be mojibake.
func hasHighLatin(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// redecode reads each run of s's characters whose code page bytes form a
// UTF-8 sequence as that sequence, and reports whether any did.
//
// One byte is often lost on the way: 0xA0, which the code page shows as a
// no-break space that later became an ordinary one ("voilÃ le" for
// "voilà le"). A two-byte sequence whose second byte is a space is read with
// 0xA0, and the space, which also separated the words, stays.
func (e *reencoder) redecode(s string) (string, bool) {
	runes := []rune(s)
	out := make([]rune, 0, len(runes))
	changed := false
	for i := 0; i < len(runes); {
		r, n, ok := e.sequenceAt(runes[i:])
		if !ok {
			out = append(out, runes[i])
			i++
			continue
		}
		out = append(out, r)
		i += n
		changed = true
	}
	if !changed {
		return s, false
	}
	return string(out), true
}

// sequenceAt decodes the UTF-8 sequence that the code page bytes of the
// characters at the start of rs form, and returns it with the number of
// characters it took.
func (e *reencoder) sequenceAt(rs []rune) (rune, int, bool) {
	lead, ok := e.byteOf(rs[0])
	if !ok {
		return 0, 0, false
	}
	n := utf8SequenceLen(lead)
	if n == 0 {
		return 0, 0, false
	}
	var buf [4]byte
	buf[0] = lead
	for k := 1; k < n; k++ {
		if k >= len(rs) {
			return 0, 0, false
		}
		b, ok := e.byteOf(rs[k])
		if ok && b == ' ' && n == 2 && (lead == 0xC2 || lead == 0xC3) {
			// The lost 0xA0: decode with it, keep the space.
			buf[1] = 0xA0
			r, _ := utf8.DecodeRune(buf[:2])
			return r, 1, true
		}
		if !ok || b < 0x80 || b > 0xBF {
			return 0, 0, false
		}
		buf[k] = b
	}
	r, size := utf8.DecodeRune(buf[:n])
	if r == utf8.RuneError || size != n {
		return 0, 0, false
	}
	return r, n, true
}

// utf8SequenceLen returns the length of the UTF-8 sequence that lead
// starts, or 0 when lead cannot start a multi-byte sequence.
func utf8SequenceLen(lead byte) int {
	switch {
	case lead >= 0xC2 && lead <= 0xDF:
		return 2
	case lead >= 0xE0 && lead <= 0xEF:
		return 3
	case lead >= 0xF0 && lead <= 0xF4:
		return 4
	}
	return 0
}

// Implausibility costs.
const (
	// controlCost is the cost of a C1 control or a replacement character:
	// text never holds the first, and the second only where damage was.
	controlCost = 4
	// rareCost is the cost of a character real text rarely holds.
	rareCost = 2
	// sequenceCost is the cost of an implausible pair of neighbours.
	sequenceCost = 1
)

// implausibility scores how unlike real text s is; 0 for text without
// any sign of damage.
func implausibility(s string) int {
	cost := 0
	var prev, prev2 rune = ' ', ' '
	for _, r := range s {
		switch {
		case r >= 0x80 && r < 0xA0, r == utf8.RuneError:
			cost += controlCost
		case isRareChar(r):
			cost += rareCost
		}
		cost += pairCost(prev, r) + tripleCost(prev2, prev, r)
		prev2, prev = prev, r
	}
	return cost + pairCost(prev, ' ') + tripleCost(prev2, prev, ' ')
}

// pairCost scores the neighbours a, b.
func pairCost(a, b rune) int {
	if a < 0x80 && b < 0x80 {
		return 0
	}
	switch {
	case isLetter(a) && isLetter(b) && script(a) != script(b):
		// Two scripts in one word: "Ð±Ñ" (Latin and symbol-ridden) or
		// "Ð" next to Cyrillic.
		return sequenceCost
	case unicode.IsLower(a) && unicode.IsUpper(b) && b >= 0x80 && isLetter(a):
		// An accented capital inside a lower-case word: "cafÃ".
		return sequenceCost
	case isLatinLead(a) && isCP1252Continuation(b):
		// The commonest pair in windows-1252 mojibake: "Ã©", "â€".
		return sequenceCost
	}
	return 0
}

// tripleCost scores a symbol between two letters ("SÃ£o", "Ã¢â‚¬"): real
// words hold apostrophes and hyphens there, not currency or math signs.
func tripleCost(a, b, c rune) int {
	if b < 0x80 || !isLetter(a) || !isLetter(c) || isLetter(b) || isWordPunct(b) || unicode.Is(unicode.Mn, b) {
		return 0
	}
	return sequenceCost
}

// isLetter reports letters and digits.
func isLetter(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isWordPunct reports the punctuation real words hold inside them.
func isWordPunct(r rune) bool {
	switch r {
	case '’', '‘', '\'', '-', '‐', '‑', '·', '.', '\u200c', '\u200d':
		return true
	}
	return false
}

// isLatinLead reports the Latin-1 letters whose windows-1252 bytes start
// two- and three-byte UTF-8 sequences (Â to ô).
func isLatinLead(r rune) bool {
	return r >= 0xC2 && r <= 0xF4 && r != 0xD7 && r != 0xF7
}

// isCP1252Continuation reports the characters whose windows-1252 bytes are
// UTF-8 continuation bytes (0x80 to 0xBF): "€", "™", "©", "¼", "«"….
func isCP1252Continuation(r rune) bool {
	b, ok := mojibakeCodecs[0].byteOf(r)
	return ok && b >= 0x80 && b <= 0xBF && r != 0xA0
}

// script returns a coarse script class for letters: mixing classes inside a
// word is a sign of damage.
func script(r rune) int {
	switch {
	case r < 0x250 || r >= 0x1E00 && r < 0x1F00: // Latin, Latin Extended, Vietnamese
		return 1
	case r < 0x370: // IPA, spacing modifiers
		return 2
	case r < 0x400: // Greek
		return 3
	case r < 0x530: // Cyrillic
		return 4
	case r < 0x590: // Armenian
		return 5
	case r < 0x600: // Hebrew
		return 6
	case r < 0x700: // Arabic
		return 7
	}
	return int(r >> 8) // other scripts: one class per 256 code points
}

// isRareChar reports characters that real text rarely holds but mojibake
// produces: box drawing and block elements (code page 437), stray
// spacing accents, IPA letters, and the little-used Latin-1 signs.
func isRareChar(r rune) bool {
	switch {
	case r >= 0x2500 && r <= 0x259F: // box drawing, block elements
		return true
	case r >= 0x250 && r <= 0x2AF: // IPA extensions
		return true
	case r >= 0x2C2 && r <= 0x2DF: // spacing modifier accents: ˆ ˇ ˘ ˙ ˚ ˛ ˜ ˝
		return true
	case r >= 0x2200 && r <= 0x22FF && r != '−' && r != '∞': // math operators (Mac OS Roman)
		return true
	}
	switch r {
	case '¤', '¦', '¨', '¯', '´', '¸', '¬', 'ƒ', '‰', '†', '‡', '◊', '⁄', 'ı', '\u00ad':
		return true
	}
	return false
}
