package lede

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// wholeTok is a token with its lower-case form, as tokens once held it.
type wholeTok struct {
	etok
	lower string
}

// appendTokensWhole is appendTokens as it was before tokens lost their
// lower-case strings (and lowerWords before them): the
// lower-case forms sliced out of the whole text lower-cased at once
// (with strings.Map, not lowerASCIIText).
func appendTokensWhole(out []wholeTok, text string, from, to int) []wholeTok {
	lower := strings.Map(func(r rune) rune {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, text[from:to])
	space := true
	for i := from; i < to; {
		r, n := runeAt(text, i)
		switch {
		case isSpace(r):
			space = true
			i += n
			continue
		case r == '.' && space && i+1 < len(text) && isDigit(rune(text[i+1])):
			j := skipDigits(text, i+1)
			out = append(out, wholeTok{etok{start: i, end: j, kind: tokNum, space: space}, text[i:j]})
			i = j
		case isDigit(r):
			j := digitsEnd(text, i)
			out = append(out, wholeTok{etok{start: i, end: j, kind: tokNum, space: space}, text[i:j]})
			i = j
		case isLetter(r) && isURLAt(text, i):
			for i < len(text) {
				r, n := runeAt(text, i)
				if isSpace(r) {
					break
				}
				i += n
			}
			continue
		case isLetter(r):
			j := i + n
			for j < len(text) {
				r2, n2 := runeAt(text, j)
				if isLetter(r2) && !isDigit(r2) || (r2 == '\'' || r2 == '’') && isLetterAt(text, j+n2, len(text)) && !isPossessiveS(text, j+n2) {
					j += n2
					continue
				}
				break
			}
			out = append(out, wholeTok{etok{start: i, end: j, kind: tokWord, space: space}, lower[i-from : j-from]})
			i = j
		case r >= utf8.RuneSelf && vulgarFractions[r] != 0:
			out = append(out, wholeTok{etok{start: i, end: i + n, kind: tokNum, space: space}, text[i : i+n]})
			i += n
		default:
			out = append(out, wholeTok{etok{start: i, end: i + n, kind: tokSym, space: space}, text[i : i+n]})
			i += n
		}
		space = false
	}
	return out
}

// TestTokensAsWhole checks that appendTokens splits and lower-cases texts
// as appendTokensWhole does: a few texts of our own with capitals,
// apostrophes, addresses and characters beyond ASCII, and the entity
// test texts.
func TestTokensAsWhole(t *testing.T) {
	texts := []string{
		"", " ", "A", "IBM's Q3 O'Neill o'clock ROCK'N'ROLL Friday's",
		"See HTTP://X.COM and www.Example.org, then ÉCOLE Ünïcode CAFÉ ÀB.",
		"US$2bn 10KPH 5G COVID-19 .25% ½ ¾ 1,200.50 1.234.567,89 10.0.0.1",
		"\u00a0Tab\tNew\nLine\r\u200bZero\u2060Join \ufeffBOM\u0085Next",
		"٣ ARABIC٣DIGIT ‘Quoted’ “Mixed” CAPS—Dash–En",
	}
	files, _ := filepath.Glob("testdata/entities/*.txt")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		got, lower := splitTokens(text), lowerASCIIText(text)
		want := appendTokensWhole(nil, text, 0, len(text))
		if len(got) != len(want) {
			t.Errorf("%.40q: %d tokens, want %d", text, len(got), len(want))
			continue
		}
		for k := range got {
			if got[k] != want[k].etok || got[k].in(lower) != want[k].lower {
				t.Errorf("%.40q: token %d is %+v %q, want %+v", text, k, got[k], got[k].in(lower), want[k])
				break
			}
		}
	}
}
