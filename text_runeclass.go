package lede

import "unicode"

// runeClass holds the Unicode properties that the readers ask of every
// character: the mojibake plausibility score of each character of each
// reading of a word, and isLetter of every character the tokenizers read.
// Asking the unicode package's range tables each time was the most of the
// score's cost.
type runeClass uint8

const (
	classLetter     runeClass = 1 << iota // unicode.IsLetter
	classUpper                            // unicode.IsUpper
	classLower                            // unicode.IsLower
	classDigit                            // unicode.IsDigit
	classSpace                            // unicode.IsSpace
	classMark                             // unicode.IsMark
	classNonspacing                       // unicode.Mn
)

// runeClassesLow is where the table of runeClasses ends: the Basic
// Multilingual Plane, which holds the characters of nearly all text and
// all those the mojibake code pages decode to (see roleTableLow).
const runeClassesLow = 0x10000

// classTables are the unicode package's tables of the properties of
// runeClass, from which runeClasses is filled range by range: asking each
// of 65,536 characters would cost the package's init a lot more.
var classTables = [...]struct {
	flag  runeClass
	table *unicode.RangeTable
}{
	{classLetter, unicode.Letter}, {classUpper, unicode.Upper}, {classLower, unicode.Lower},
	{classDigit, unicode.Digit}, {classSpace, unicode.White_Space}, {classMark, unicode.Mark},
	{classNonspacing, unicode.Mn},
}

// runeClasses is built once and only read. Latin-1, where the unicode
// package answers from a table of its own, is asked character by
// character.
var runeClasses = func() (t [runeClassesLow]runeClass) {
	for _, c := range classTables {
		for _, r16 := range c.table.R16 {
			for r := uint32(r16.Lo); r <= uint32(r16.Hi); r += uint32(r16.Stride) {
				t[r] |= c.flag
			}
		}
		for _, r32 := range c.table.R32 {
			for r := r32.Lo; r <= r32.Hi && r < runeClassesLow; r += r32.Stride {
				t[r] |= c.flag
			}
		}
	}
	for r := range rune(unicode.MaxLatin1 + 1) {
		t[r] = 0
		for flag := classLetter; flag <= classNonspacing; flag <<= 1 {
			if lookUpClass(r, flag) {
				t[r] |= flag
			}
		}
	}
	return t
}()

// hasClass reports whether r has one of the properties of flags. It is
// small enough for the compiler to inline its table lookup into the
// score's loop; the rest of Unicode is asked in lookUpClasses.
func hasClass(r rune, flags runeClass) bool {
	if uint32(r) < runeClassesLow {
		return runeClasses[r]&flags != 0
	}
	return lookUpClasses(r, flags)
}

// lookUpClasses reports whether r has one of the properties of flags,
// from the unicode package.
func lookUpClasses(r rune, flags runeClass) bool {
	for flag := classLetter; flag <= classNonspacing; flag <<= 1 {
		if flags&flag != 0 && lookUpClass(r, flag) {
			return true
		}
	}
	return false
}

// lookUpClass asks the unicode package whether r has the property flag.
func lookUpClass(r rune, flag runeClass) bool {
	switch flag {
	case classLetter:
		return unicode.IsLetter(r)
	case classUpper:
		return unicode.IsUpper(r)
	case classLower:
		return unicode.IsLower(r)
	case classDigit:
		return unicode.IsDigit(r)
	case classSpace:
		return unicode.IsSpace(r)
	case classMark:
		return unicode.IsMark(r)
	case classNonspacing:
		return unicode.Is(unicode.Mn, r)
	}
	return false
}
