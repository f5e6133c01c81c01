package lede

import (
	"strings"
	"testing"
)

// readersAtSlow is the readers coreAt tried at token t before readerSet:
// each of dateReaders whose classes meet t's, or, at digits, each that
// can start at digits.
func readersAtSlow(t *etok) []int {
	class, digits := t.class&dateClasses, t.kind == tokNum
	var out []int
	for i, r := range dateReaders {
		if r.starts&class != 0 || digits && r.digits {
			out = append(out, i)
		}
	}
	return out
}

// TestReadersAtAsEachInTurn checks that readersAt gives the readers, in
// order, that trying each reader in turn tried, at every word of the
// vocabularies, at digits and at words of no class.
func TestReadersAtAsEachInTurn(t *testing.T) {
	var b strings.Builder
	for w := range wordClasses {
		b.WriteString(w + " ")
	}
	text := b.String() + "12 2019 ½ people said été « Ω"
	for _, tok := range entityTokens(text) {
		var got []int
		for set := readersAt(&tok); set != 0; {
			got = append(got, set.next())
		}
		if want := readersAtSlow(&tok); !equalInts(got, want) {
			t.Errorf("readers at %q (class %b): %v, want %v", tok.in(lowerASCIIText(text)), tok.class, got, want)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestClassOfOtherScripts checks classOf against wordClasses on words and
// signs outside ASCII, which wordOpenings answers without the map, and
// on the vocabulary's own words outside ASCII.
func TestClassOfOtherScripts(t *testing.T) {
	words := strings.Fields("été Ωmega « » £ £5 ¥ € €uro ₹ ₽ 元 р. р ’ ’s − −5 ৳ ரூ ฿ ៛ ½ ¾ × ÷ © ß ñandú Łódź zł kč A$ a$ us$ u.s. ĳ ğ ÿ")
	for w := range wordClasses {
		if w[0] >= 0x80 || len(w) > 1 && !(w[0] >= 'a' && w[0] <= 'z' && w[1] >= 'a' && w[1] <= 'z') {
			words = append(words, w, w+"x", w[:len(w)-1])
		}
	}
	for _, w := range words {
		w = lowerASCIIText(w)
		if got, want := classOf(w), wordClasses[w]; got != want {
			t.Errorf("classOf(%q) = %b, want %b", w, got, want)
		}
	}
}
