package lede

import (
	"strings"
	"testing"
)

// TestStringOf checks stringOf against the conversion string(rs) on
// characters of every length, stray bytes read as windows-1252, and
// values that are no character.
func TestStringOf(t *testing.T) {
	for _, rs := range [][]rune{
		nil, {}, []rune("plain"), []rune("Crème brûlée"), []rune("日本語 😀"), []rune(cp1252(highBytes(500))),
		{0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff},
		{0xd800, 0xdfff, -1, 0x110000, 0x7fffffff, 'a'},
	} {
		if got, want := stringOf(rs), string(rs); got != want {
			t.Errorf("stringOf(%U) = %+q, want %+q", rs, got, want)
		}
	}
}

// TestShapeSuspectOneLine checks that shapeOf, which checkNormal trusts
// for the pairs of a text of one line, finds pairs in such a text
// exactly when hasSuspectIn does.
func TestShapeSuspectOneLine(t *testing.T) {
	for _, s := range []string{
		"plain", "Crème brûlée", "Huaweiâ€™s", "Ð Ð°Ð±Ð¾Ñ‚Ð°", "cittÃ .", "Ã x", "Ã?", "Ã\ufffd", "é a\ufffd",
		"Ã©t a Ã", "naÃ ̄ve", "é ?", "Ñ�", "“quoted” — dash", cp1252(highBytes(700)), Clean(cp1252(highBytes(700))), "a\nb",
	} {
		shape := shapeOf(s)
		if !shape.layout || !shape.oneLine {
			continue
		}
		if got, want := shape.suspect, hasSuspectIn(s); got != want {
			t.Errorf("shapeOf(%+q).suspect = %v, want %v", s, got, want)
		}
	}
}

// TestASCIIEnd checks asciiEnd, which reads eight bytes at a time,
// against reading them one by one, from every start in texts whose first
// byte beyond ASCII stands at every place in a word of eight.
func TestASCIIEnd(t *testing.T) {
	texts := []string{"", "a", "plain ASCII text of some length", "é", cp1252(highBytes(40))}
	for k := range 20 {
		texts = append(texts, strings.Repeat("x", k)+"é"+strings.Repeat("y", 20-k), strings.Repeat("z", k)+"\xff")
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && s[want] < 0x80 {
				want++
			}
			if got := asciiEnd(s, i); got != want {
				t.Errorf("asciiEnd(%+q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}
