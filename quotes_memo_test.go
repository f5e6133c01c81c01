package lede

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestAttributionAfterMatchesRead checks that attributionAfter, which
// keeps its last answer, answers as readAttributionAfter does: each
// candidate is asked twice, as findDirect asks (the next one, then the
// one in hand), and again after it takes the runs of the next, as a split
// quote does (“Part one,” she said, “part two.” has an attribution after
// its first part, none after its second).
func TestAttributionAfterMatchesRead(t *testing.T) {
	texts := append([]string{
		"“Part one,” she said, “part two.” “Yes,” he said. “No,” said Ana Ruiz.",
		strings.Repeat("“Yes,” he said. ", 20),
	}, textsForSpeed(t)...)
	for _, text := range texts {
		d := newQuoteDoc(&stopper{}, text)
		cands := d.candidates()
		check := func(c *candidate) {
			t.Helper()
			got, gotOK := d.attributionAfter(c)
			want, wantOK := d.readAttributionAfter(c)
			if got != want || gotOK != wantOK {
				t.Fatalf("%q: attributionAfter(%v) = %v, %v; read %v, %v", trimForLog(text), c.runs, got, gotOK, want, wantOK)
			}
		}
		for i := range cands {
			c := &cands[i]
			if i+1 < len(cands) {
				check(&cands[i+1])
			}
			check(c)
			check(c)
			if i+1 < len(cands) {
				c.runs = append(c.runs, cands[i+1].runs...)
				check(c)
			}
		}
	}
}

// TestMentionWordsMatchWords checks that the words mentionWords keeps
// for the last mentions are still what words reads in them once Quotes
// is done with them (the readers must not change them), and that a text
// asked again is not read again.
func TestMentionWordsMatchWords(t *testing.T) {
	for _, text := range textsForSpeed(t) {
		d := newQuoteDoc(&stopper{}, text)
		d.findDirect()
		d.findReported()
		d.resolveSpeakers()
		for k, toks := range d.mentions.toks {
			mention := d.mentions.texts[k]
			if toks.src == nil {
				continue
			}
			want := words(mention)
			if toks.len() != want.len() {
				t.Fatalf("%q: %d words, want %d", mention, toks.len(), want.len())
			}
			for i, w := range toks.all() {
				if u, v := unpackWord(w), unpackWord(want.at(i)); u != v {
					t.Fatalf("%q: word %d = %+v, want %+v", mention, i, u, v)
				}
			}
		}
		if a, b := d.mentionWords("Ana Ruiz"), d.mentionWords("Ana Ruiz"); a.src != b.src {
			t.Fatalf("a mention is read again")
		}
	}
}

// TestNewSpeakerKeepsEachApart checks that the speakers newSpeaker puts
// in its slabs are each their own, and keep their values as more are
// made, slab after slab.
func TestNewSpeakerKeepsEachApart(t *testing.T) {
	d := &quoteDoc{}
	var made []*Speaker
	for i := range 3 * maxSpeakerSlab {
		made = append(made, d.newSpeaker(Speaker{Span: Span{i, i + 1}}))
	}
	for i, s := range made {
		if s.Start != i || i > 0 && s == made[i-1] {
			t.Fatalf("speaker %d = %+v at %p", i, *s, s)
		}
	}
}

// TestRelativeEndMatchesRead checks that relativeEnd, which keeps its
// last answers, answers as readRelativeEnd does: on generated sentences,
// asked from each word on (as contentAfterVerb asks for verb after
// verb), from words in any order, and with ends that differ, in one
// document. It checks too that the kept answers were used.
func TestRelativeEndMatchesRead(t *testing.T) {
	r := rand.New(rand.NewPCG(25, 24))
	texts := generatedClauses(400)
	d := newQuoteDoc(&stopper{}, strings.Join(texts, "\n"))
	asked, read := 0, 0
	for _, toks := range d.eachTokens(d.sents) {
		n := toks.len()
		check := func(from, end int) {
			t.Helper()
			before := d.relatives.next
			got := d.relativeEnd(toks, from, end)
			if _, want := readRelativeEnd(toks, from, end); got != want {
				t.Fatalf("%q: relativeEnd(%d, %d) = %d, read %d", d.text[toks.start(0):toks.end(n-1)], from, end, got, want)
			}
			asked++
			if d.relatives.next != before {
				read++
			}
		}
		for from := range n + 1 {
			check(from, n)
		}
		for range 2 * n {
			end := n - r.IntN(min(n, 3)+1)
			check(r.IntN(end+1), end)
		}
	}
	if read == asked {
		t.Errorf("all %d answers were read anew, none kept", asked)
	}
}

// TestAttributionMemoMatchesFirstWritten checks attributionAt, which now
// reads to a stop whatever the end, and attributionMemo, which keeps those
// reads by word, against attributionAt as first written (which read up
// to end): on generated sentences and parts of them, for every start and
// end, asked in turn from one sentence and another as reportedIn does.
func TestAttributionMemoMatchesFirstWritten(t *testing.T) {
	texts := append(generatedClauses(300), strings.Repeat("he said, as ", 60), "Smith, who said, which he said, as she argued,")
	var m attributionMemo
	r := rand.New(rand.NewPCG(3, 24))
	for i, text := range texts {
		toks := words(text)
		runs := []tokens{toks, toks.from(min(1, toks.len())), words(texts[(i+1)%len(texts)])}
		for range 4 * toks.len() {
			run := runs[r.IntN(len(runs))]
			if run.len() == 0 {
				continue
			}
			end := 1 + r.IntN(run.len())
			k := r.IntN(end)
			want, wantOK := attributionAtAsFirstWritten(run, k, end)
			if got, ok := attributionAt(run, k, end); got != want || ok != wantOK {
				t.Fatalf("%q: attributionAt(%d, %d) = %d, %v; first written %d, %v", text, k, end, got, ok, want, wantOK)
			}
			if got, ok := m.at(run, k, end); got != want || ok != wantOK {
				t.Fatalf("%q: memo at(%d, %d) = %d, %v; first written %d, %v", text, k, end, got, ok, want, wantOK)
			}
		}
	}
}

// attributionAtAsFirstWritten is attributionAt as first written: it
// reads the words from toks[k+1] up to end.
func attributionAtAsFirstWritten(toks tokens, k, end int) (verbEnd int, ok bool) {
	for j := k + 1; j < end && j-k <= maxSpeakerWords+2; j++ {
		if isBoundary(toks.at(j)) {
			return 0, false
		}
		if lemma, n, ok := speechVerbAt(toks, j); ok {
			if toks.lower(j-1) == "who" && isWeakVerb(lemma) {
				return 0, false
			}
			if isPassiveAt(toks, j) && !isParticiple(toks.lower(j)) {
				return 0, false
			}
			subj, _, ok := subjectBefore(toks, j)
			return j + n, ok && subj.from == k && j+n < end
		}
	}
	return 0, false
}
