package lede

// Punctuation beyond ASCII. News text writes its quotation marks, dashes
// and ellipses as characters of the General Punctuation block (“ ” ‘ ’ –
// — …) and guillemets (« »), and a page of quotes has one every few
// bytes. appendTokens read each by decoding it and asking in turn whether
// it is white space, a digit, a letter or a vulgar fraction, the slowest
// path of the tokenizer; these ranges hold none of them, so the bytes
// alone say that the character is a sign token by itself.

// punctuationAt returns the length of the punctuation mark at text[i]
// when it is one of U+2010 to U+2027 (dashes, quotation marks, bullets,
// "…"), U+2030 to U+203E (per mille, primes, "‹ ›", "‼") or "«" and "»";
// 0 when another character is there. TestPunctuationIsSign checks that
// the slow path makes each of them a sign token.
func punctuationAt(text string, i int) int {
	switch text[i] {
	case 0xC2: // « and »
		if i+1 < len(text) && (text[i+1] == 0xAB || text[i+1] == 0xBB) {
			return 2
		}
	case 0xE2:
		if i+2 < len(text) && text[i+1] == 0x80 {
			if c := text[i+2]; 0x90 <= c && c <= 0xA7 || 0xB0 <= c && c <= 0xBE {
				return 3
			}
		}
	}
	return 0
}

// endsWordAt reports whether the punctuation at text[j], after a word,
// ends it: every mark of punctuationAt but "’", which may join letters
// ("o’clock") and which tokenWordEnd reads the slow way.
func endsWordAt(text string, j int) bool {
	return punctuationAt(text, j) > 0 && !(text[j] == 0xE2 && text[j+2] == 0x99)
}
