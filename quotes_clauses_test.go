package lede

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// clauseVocabulary holds the words generatedClauses draws from: the
// speech verbs, relative pronouns, pronouns, auxiliaries, commas,
// colons, semicolons and quotation marks that reportedClauseEnd,
// relativeEnd and clauseStart stop or go on at.
var clauseVocabulary = []string{
	"he", "she", "they", "Smith", "Ana", "Ruiz", "the", "a", "plan", "voters", "it",
	"said", "added", "says", "told", "believed", "wanted", "noting", "asked", "denied",
	"which", "who", "whom", "that", "and", "but", "though", "to", "not", "has", "was",
	"would", "quickly", "walked", "shook", "runs", "he's", "officials", "one",
	",", ",", ",", ";", ":", "10:03", "—", "“", "”", "\"", "before", "when", "while",
}

// generatedClauses returns n sentences of random words of
// clauseVocabulary, with the families that made these readers slow
// among them: "he said, which" and "he added, which" repeated.
func generatedClauses(n int) []string {
	r := rand.New(rand.NewPCG(12, 25))
	texts := []string{
		strings.Repeat("he said, which ", 40),
		strings.Repeat("he added, which ", 40),
		strings.Repeat("Smith, who said, which he added: ", 20),
	}
	for range n {
		ws := make([]string, 5+r.IntN(60))
		for i := range ws {
			ws[i] = clauseVocabulary[r.IntN(len(clauseVocabulary))]
		}
		texts = append(texts, strings.Join(ws, " "))
	}
	return texts
}

// TestVerbScanMatchesHasVerb checks that verbScan, which reads each word
// once, answers as hasVerb does for every clause from one word, asked in
// the order reportedClauseEnd asks (on and on) and in any order.
func TestVerbScanMatchesHasVerb(t *testing.T) {
	r := rand.New(rand.NewPCG(24, 12))
	for _, text := range generatedClauses(400) {
		toks := words(text)
		for from := range toks.len() + 1 {
			onward, anyOrder := newVerbScan(toks, from), newVerbScan(toks, from)
			for k := from; k <= toks.len(); k++ {
				want := hasVerb(toks.slice(from, k))
				if got := onward.before(k); got != want {
					t.Fatalf("%q from %d: before(%d) = %v, hasVerb %v", text, from, k, got, want)
				}
				j := from + r.IntN(toks.len()-from+1)
				if got, want := anyOrder.before(j), hasVerb(toks.slice(from, j)); got != want {
					t.Fatalf("%q from %d, any order: before(%d) = %v, hasVerb %v", text, from, j, got, want)
				}
			}
		}
	}
}

// TestClauseStartMatchesText checks clauseStart, which tells semicolons
// and colons by the packed words, against the same reading by the
// words' texts.
func TestClauseStartMatchesText(t *testing.T) {
	byText := func(toks tokens, i int) int {
		start := 0
		for k := i - 1; k >= 0; k-- {
			if t := toks.text(k); t == ";" || t == ":" && !(k+1 < i && toks.start(k+1) == toks.end(k)) {
				start = k + 1
				break
			}
		}
		if start < i && coordinators.has(toks.lower(start)) {
			start++
			if start < i && toks.text(start) == "," {
				start++
			}
		}
		return start
	}
	for _, text := range append(generatedClauses(400), "It rose at 10:03; then: and, later", "a;b:c ;: d；e：f") {
		toks := words(text)
		for i := range toks.len() {
			if got, want := clauseStart(toks, i), byText(toks, i); got != want {
				t.Fatalf("%q: clauseStart(%d) = %d, want %d", text, i, got, want)
			}
		}
	}
}

// TestMayOpenClauseAnywayCoversOpensClauseAnyway checks that a word
// mayOpenClauseAnyway turns away, which contentAfterVerb then refuses
// before it reads where the clause ends, is one that opensClauseAnyway
// never finds open a clause, whatever the words after it and the end:
// each word of notClauseStart and clauseVocabulary, before generated
// words and numbers.
func TestMayOpenClauseAnywayCoversOpensClauseAnyway(t *testing.T) {
	var starts []string
	for w := range notClauseStart.words {
		starts = append(starts, w)
	}
	starts = append(starts, clauseVocabulary...)
	rests := append(generatedClauses(60), "20 people were hurt", "decision had been made", "one was there")
	for _, w := range starts {
		for _, rest := range rests {
			toks := words("said " + w + " " + rest)
			c := 1
			if toks.lower(c) != w || mayOpenClauseAnyway(w) {
				continue // a word of more than one token, or one that may open a clause
			}
			for end := c + 1; end <= toks.len(); end++ {
				if opensClauseAnyway(toks, c, end) {
					t.Fatalf("opensClauseAnyway opens a clause at %q in %q, to word %d; mayOpenClauseAnyway(%q) is false", w, rest, end, w)
				}
			}
		}
	}
}
