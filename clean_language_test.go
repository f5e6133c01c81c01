package lede

import (
	"testing"
	"unicode"
)

func TestAlphabetsFit(t *testing.T) {
	if len(cldrExemplars) > maxLanguages {
		t.Fatalf("cldrExemplars has %d languages, a langSet holds %d: raise maxLanguages", len(cldrExemplars), maxLanguages)
	}
}

// TestLetterOf checks the table of letters against what it stands for,
// for every character: a letter beyond ASCII whose lower case is a
// letter of an alphabet.
func TestLetterOf(t *testing.T) {
	a := alphabets()
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want, wantOK := a.index[unicode.ToLower(r)]
		wantOK = wantOK && r > unicode.MaxASCII && unicode.IsLetter(r)
		got, ok := a.letterOf(r)
		if ok != wantOK || ok && got != want {
			t.Fatalf("letterOf(%U) = %d, %v; want %d, %v", r, got, ok, want, wantOK)
		}
	}
}

// TestLanguageOfLines checks the languages found letter by letter
// against the letters of the languages that write a whole line, as they
// were first found: the union of the letter sets of every language whose
// letters include the line's, or, when none does, how many letters the
// best-fitting one lacks.
func TestLanguageOfLines(t *testing.T) {
	lines := []string{
		"",
		"plain ASCII says nothing",
		"Zażółć gęślą jaźń",              // Polish
		"Şirketin genel müdürü açıkladı", // Turkish
		"Ελλάδα και Κύπρος",              // Greek
		"Москва — столица России, ёлка",        // Russian
		"Київ і Львів, ґанок",                  // Ukrainian
		"Tomas Váša řekl, že",                  // Czech
		"Anaïs Dubois à Paris, où l’été",       // French
		"Größe und Übermaß",                    // German
		"Thành phố Hồ Chí Minh đã",             // Vietnamese
		"שלום עולם",                            // Hebrew
		"مرحبا بالعالم",                        // Arabic
		"नमस्ते दुनिया",                        // Hindi
		"ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ꮳꮃꭹ",                       // Cherokee, both cases
		"東京で会議 서울에서",                           // no alphabet's letters
		"Zażółć and Москва",                    // two alphabets: no language
		"ß ø ñ ł ő ā",                          // letters of many languages
		"Kelvin \u212a and long \u017f, ǅ Ǉ ǈ", // letters with odd case orbits
		"Ŋ Ŧ Ʒ ȝ Ɛ",                            // rare letters
	}
	a := alphabets()
	probes := []rune{'a', 'é', 'É', 'ż', 'Ż', 'ş', 'ł', 'ё', 'Ё', 'ї', 'ά', 'ß', 'ẞ', 'ơ', 'ạ', 'Ạ', 'ש', 'ب', 'न', 'Ꮳ', 'ꮳ', '東', '서', '\u0301', '€', '\u212a', '\u017f'}
	for x := range a.index {
		probes = append(probes, x, unicode.ToUpper(x))
	}
	for _, line := range lines {
		rs := []rune(line)
		letters := a.newSet()
		addLetters(letters, rs)
		fitLetters, wantMisfit := languageOfByLetters(letters)
		langs := a.languagesOf(a.every, rs)
		if got := misfitOf(letters); got != wantMisfit {
			t.Errorf("%q: misfitOf = %d, want %d", line, got, wantMisfit)
		}
		if langs.empty() != (wantMisfit > 0) {
			t.Errorf("%q: languagesOf empty = %v, want misfit %d", line, langs.empty(), wantMisfit)
			continue
		}
		lang := lineLanguage{langs: langs, known: !langs.empty()}
		for _, r := range probes {
			if got, want := lang.writes(r), writesByLetters(fitLetters, r); got != want {
				t.Errorf("%q: writes(%q) = %v, want %v", line, r, got, want)
			}
		}
	}
}

// languageOfByLetters is how the languages of a line were first found:
// the union of the letters of every language that writes all of letters,
// or nil and how many letters the best-fitting language lacks.
func languageOfByLetters(letters letterSet) (letterSet, int) {
	a := alphabets()
	missing := func(lang letterSet) int {
		n := 0
		for i := range letters {
			for b := range 64 {
				if letters[i]&(1<<b) != 0 && lang[i]&(1<<b) == 0 {
					n++
				}
			}
		}
		return n
	}
	best := -1
	for _, lang := range a.langs {
		if m := missing(lang); best < 0 || m < best {
			best = m
		}
	}
	if best != 0 {
		return nil, best
	}
	fit := a.newSet()
	for _, lang := range a.langs {
		if missing(lang) == 0 {
			for i := range fit {
				fit[i] |= lang[i]
			}
		}
	}
	return fit, 0
}

// writesByLetters is lineLanguage.writes as it was first written, over
// the union of the letters of the languages of the line.
func writesByLetters(fit letterSet, r rune) bool {
	if r <= unicode.MaxASCII || fit == nil || !unicode.IsLetter(r) {
		return true
	}
	i, ok := alphabets().index[unicode.ToLower(r)]
	return !ok || fit.has(i)
}
