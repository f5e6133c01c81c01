package lede

import "testing"

// TestCountedScripts checks countedScripts, which addAll reads for the
// characters below countedLow, against the letters and signs it counts
// and their scripts, on every such character.
func TestCountedScripts(t *testing.T) {
	for r := rune(0x80); r < countedLow; r++ {
		want := 0
		if hasClass(r, classLetter) || isScriptSign(r) {
			want = script(r) + 1
		}
		if got := int(countedScripts[r]); got != want {
			t.Errorf("countedScripts[%U] = %d, want %d", r, got, want)
		}
	}
}

// TestAddAllCountsEachCharacter checks addAll, which reads a table and
// adds runs of one script at once, against adding each counted
// character on its own, on texts of several scripts, mojibake and stray
// bytes, with both signs of delta.
func TestAddAllCountsEachCharacter(t *testing.T) {
	texts := []string{
		"", "plain ASCII text", "Huaweiâ€™s phone", "Ð Ð°Ð±Ð¾Ñ‚Ð° и работа", "×ª×•×›× ×™×ª עברית",
		"Ελληνικά and 日本語 한국어", "ܐܒܓ ߀߁ ࠀ ऄ ก ა", cp1252(highBytes(700)), highBytes(300),
		"1 2 3 é ẞ ǅ ˆ ̀ ͅ ؠ", "αβγ abc абв αβγ",
	}
	for _, text := range texts {
		rs := []rune(text)
		for _, delta := range []int{1, -1} {
			var got, want scriptCounts
			got.addAll(rs, delta)
			for _, r := range rs {
				counted := isASCIILetter(r)
				if r >= 0x80 {
					counted = hasClass(r, classLetter) || isScriptSign(r)
				}
				if counted {
					want.add(script(r), delta)
				}
			}
			if got != want {
				t.Errorf("addAll(%.20q, %d) = %+v, want %+v", text, delta, got, want)
			}
		}
	}
}
