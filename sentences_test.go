package lede

import (
	"strings"
	"testing"
)

// TestIsListedAbbreviation checks the allocation-free lookup against the
// plain one, strings.ToLower and the map, on every listed abbreviation in
// three cases and on words that must miss.
func TestIsListedAbbreviation(t *testing.T) {
	words := []string{
		"", "a", "Mister", "messrs", "MESSRS", "Messrsx", "approx", "Approx.", "Dr", "dR",
		"\u212a", "Sept", "İst", "Ñ", "über", "Mr\u00e9", "no", "No", "NOS", "nose",
	}
	for w := range sentenceAbbreviations {
		if len(w) > maxAbbreviationLen {
			t.Errorf("%q is longer than maxAbbreviationLen (%d)", w, maxAbbreviationLen)
		}
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for _, w := range words {
		if got, want := isListedAbbreviation(w), sentenceAbbreviations[strings.ToLower(w)]; got != want {
			t.Errorf("isListedAbbreviation(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestTitleAbbreviationsEndNoSentence keeps an abbreviated title with its
// name, whatever the country that writes it: "Smt. Devi", "Cllr. Ann Lee".
func TestTitleAbbreviationsEndNoSentence(t *testing.T) {
	for _, text := range []string{
		"The prize went to Smt. Devi of Lucknow.",
		"The canal was opened by Shri. Ramesh Kumar on Monday.",
		"The bins were inspected by Cllr. Ann Lee yesterday.",
		"The troops were met by Brig. Tom Hale at the gate.",
		"The ship was commanded by Cdr. Sarah Odhiambo last year.",
	} {
		if got := sentences(text); len(got) != 1 {
			t.Errorf("%q: %d sentences, want 1", text, len(got))
		}
	}
}

// TestNextSentenceMarkAsByteLoop compares the eight-bytes-at-a-time scan
// with a loop over mayEndSentence, from every start, on text with every
// mark at every offset of a word of eight bytes.
func TestNextSentenceMarkAsByteLoop(t *testing.T) {
	texts := []string{
		"", "a", "plain words with no end at all here", "one. two! three? four\nfive",
		"quotes “like this” and an ellipsis… and a dash — too", "émigré café naïve façade résumé",
	}
	for _, mark := range []string{".", "!", "?", "\n", "“", "—"} {
		for pad := 0; pad < 17; pad++ {
			texts = append(texts, strings.Repeat("x", pad)+mark+strings.Repeat("y", 9))
		}
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && !mayEndSentence(s[want]) {
				want++
			}
			if got := nextSentenceMark(s, i, len(s)); got != want {
				t.Errorf("nextSentenceMark(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// TestLastWordAsLastIndexAny compares lastWord and trimInlineSpace with
// the strings functions they replaced, on every tail of texts with each
// character they look for, other spaces and invalid UTF-8.
func TestLastWordAsLastIndexAny(t *testing.T) {
	texts := []string{
		"", "a", "Mr", "said Sen", "(Rep", "“Dr", "\"Gov", "Mr.\u00a0Smith", "x\tJan", "a\nNo",
		"\u00a0", "“", "\xC2", "\x80\x9C", "\xE2\x80", "a\xA0b", "a\x9Cb", "\xE2\xC2\xA0z", "\xF0\xE2\x80\x9Cq",
		"  \t \u00a0 Next", " \u2003 Em", "\r\v\fx", " \n x", "\u0085y", "   ", "\xffz", " \xA0z",
	}
	for _, text := range texts {
		for i := 0; i <= len(text); i++ {
			s := text[i:]
			want := s[strings.LastIndexAny(s, " \t\n\u00a0(“\"")+1:]
			if got := lastWord(s); got != want {
				t.Errorf("lastWord(%q) = %q, want %q", s, got, want)
			}
			if got, want := trimInlineSpace(s), strings.TrimLeftFunc(s, isInlineSpace); got != want {
				t.Errorf("trimInlineSpace(%q) = %q, want %q", s, got, want)
			}
		}
	}
}
