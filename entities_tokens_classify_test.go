package lede

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// TestClassifyTokensAsLookup checks classifyTokens, which answers most
// tokens beyond ASCII without calling classAndValueOf, against that call
// for every token: on the words of the vocabularies (signs such as "€"
// and "₹" among them) in any case, on bytes 0x80 to 0xFF read as
// windows-1252, and on random strings of letters, signs and bytes that
// are no character.
func TestClassifyTokensAsLookup(t *testing.T) {
	var b strings.Builder
	for w := range wordClasses {
		b.WriteString(w + " " + strings.ToUpper(w) + " x" + w + " " + w + "é\n")
	}
	high := make([]byte, 0, 256)
	for c := 0x80; c < 0x100; c++ {
		high = append(high, byte(c))
	}
	latin, err := charmap.Windows1252.NewDecoder().String(string(high))
	if err != nil {
		t.Fatal(err)
	}
	b.WriteString(latin + " " + string(high) + "\n")
	r := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", "z", "é", "ł", "€", "£", "¥", "₹", "½", "ϣ", "愯", "\xc2", "\xe2\x82", "\xff", " ", "$", "1", "'", "’"}
	for range 5000 {
		for range 1 + r.IntN(6) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		b.WriteByte(' ')
	}
	text := b.String()
	lower := lowerASCIIText(text)
	for _, tok := range entityTokens(text) {
		if tok.kind == tokNum {
			continue
		}
		w := tok.in(lower)
		if c, v := classAndValueOf(w); tok.class != c || tok.value != v {
			t.Errorf("token %q: class %b value %d, classAndValueOf says %b %d", w, tok.class, tok.value, c, v)
		}
	}
}
