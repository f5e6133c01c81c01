package lede

import (
	"slices"
	"testing"
	"unicode"
)

// TestByteOfMatchesCodePages checks that the slot table byteOf reads gives
// each code page's bytes as its map does, and no byte for the characters
// the code page lacks.
func TestByteOfMatchesCodePages(t *testing.T) {
	for k, e := range mojibakeCodecs {
		if e.index != k {
			t.Fatalf("code page %d has index %d", k, e.index)
		}
		for r := rune(0x80); r < 0x10000; r++ {
			want, wantOK := e.high[r]
			got, ok := e.byteOf(r)
			if ok != wantOK || got != want {
				t.Fatalf("code page %d: byteOf(%U) = %#x, %v; want %#x, %v", k, r, got, ok, want, wantOK)
			}
		}
	}
}

// TestDropSpacesBeforeSigns checks the one-pass removal of kept spaces
// against removing them one by one from the end.
func TestDropSpacesBeforeSigns(t *testing.T) {
	slow := func(out []rune, kept []int) []rune {
		for k := len(kept) - 1; k >= 0; k-- {
			if p := kept[k]; p+1 < len(out) && !isLetter(out[p+1]) {
				out = slices.Delete(out, p, p+1)
			}
		}
		return out
	}
	cases := []struct {
		name string
		out  string
		kept []int
	}{
		{"none", "città", nil},
		{"before a sign", "à »", []int{1}},
		{"before a letter", "à le", []int{1}},
		{"at the end", "città ", []int{5}},
		{"mixed", "à »à là .", []int{1, 4, 7}},
		{"all dropped", "à .à ,à )", []int{1, 4, 7}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := string(slow([]rune(c.out), c.kept))
			if got := string(dropSpacesBeforeSigns([]rune(c.out), c.kept)); got != want {
				t.Errorf("dropSpacesBeforeSigns(%q, %v) = %q, want %q", c.out, c.kept, got, want)
			}
		})
	}
}

// TestScriptCountsAddAll checks addAll, which adds the ASCII letters
// together, against adding each character on its own, also past the
// classes the counts hold.
func TestScriptCountsAddAll(t *testing.T) {
	naive := func(c *scriptCounts, rs []rune, delta int) {
		for _, r := range rs {
			if r < 0x80 && !isASCIILetter(r) {
				continue
			}
			if unicode.IsLetter(r) || isScriptSign(r) {
				c.add(script(r), delta)
			}
		}
	}
	for _, s := range []string{
		"", "plain words", "café au lait", "Ð Ð°Ð±Ð¾Ñ‚Ð° and more", "αβγ abc",
		"a α б ב ا ก ა ᄀ 中 ห ꙁ ⴰ ᚠ ሀ Ꭰ ᐁ x y z",
	} {
		rs := []rune(s)
		var got, want scriptCounts
		got.addAll(rs, 1)
		naive(&want, rs, 1)
		got.addAll(rs[:len(rs)/2], -1)
		naive(&want, rs[:len(rs)/2], -1)
		if got != want {
			t.Errorf("addAll(%q) = %+v, want %+v", s, got, want)
		}
	}
}

// TestRuneClasses checks the table of runeClasses against the unicode
// package.
func TestRuneClasses(t *testing.T) {
	for r := rune(0); r < runeClassesLow+0x100; r++ {
		for _, p := range []struct {
			name string
			is   bool
			flag runeClass
		}{
			{"IsLetter", unicode.IsLetter(r), classLetter}, {"IsUpper", unicode.IsUpper(r), classUpper},
			{"IsLower", unicode.IsLower(r), classLower}, {"IsDigit", unicode.IsDigit(r), classDigit},
			{"IsSpace", unicode.IsSpace(r), classSpace}, {"IsMark", unicode.IsMark(r), classMark},
			{"Mn", unicode.Is(unicode.Mn, r), classNonspacing},
		} {
			if hasClass(r, p.flag) != p.is {
				t.Errorf("%U: %s = %v in the table", r, p.name, !p.is)
			}
		}
		if isLetterOrDigit(r) != isLetter(r) {
			t.Errorf("%U: isLetterOrDigit differs from isLetter", r)
		}
	}
}
