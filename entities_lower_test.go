package lede

// cardinalAt is cardinalOf with the text lower-cased here, for the tests
// that read a number from a text's tokens alone.
func cardinalAt(text string, toks []etok, i int) (number, bool) {
	return cardinalOf(text, lowerASCIIText(text), toks, i)
}
