package lede

import (
	"strings"
	"testing"
	"time"
)

// Pathological inputs: each family made a pass of lede quadratic once
// (a reader that rescanned a run from each of its tokens, a sentence
// without an end read whole per verb, spans scanned per sentence). The
// scaling test checks that the memory each entry point takes grows at most
// linearly with them; the benchmarks report their throughput; and the cap
// tests check that the readers stop where their doc comments say.

// family builds a pathological input of about n bytes.
type family struct {
	name string
	make func(n int) string
	run  func(s string)
}

func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, max(1, n/len(unit)))
}

var families = []family{
	{"number run", func(n int) string { return repeatTo("1 ", n) }, runFiguresAndDates},
	{"spelled number run", func(n int) string { return repeatTo("one hundred and ", n) }, runFiguresAndDates},
	{"dotted number run", func(n int) string { return repeatTo("1.", n) }, runFiguresAndDates},
	{"grouped digits", func(n int) string { return repeatTo("100 ", n) }, runFiguresAndDates},
	{"attribution run", func(n int) string { return repeatTo("he said, ", n) }, runQuotes},
	// A sentence of relative clauses on speech verbs, up to the 2,000
	// bytes a sentence may hold: reportedClauseEnd asked hasVerb over the
	// clause at each comma, and relativeEnd read to the sentence's end for
	// every other verb (see verbScan, relativeMemo).
	{"relative clauses on said", func(n int) string { return repeatTo("he said, which ", n) }, runQuotes},
	{"relative clauses on added", func(n int) string { return repeatTo("he added, which ", n) }, runQuotes},
	// reportedClauseEnd read the rest of the sentence for each verb, and
	// asked attributionAt at each comma, before the clause was refused for
	// its first word (see attributionMemo, mayOpenClauseAnyway).
	{"attributions before as", func(n int) string { return repeatTo("he said, as ", n) }, runQuotes},
	{"quotation marks", func(n int) string { return repeatTo("\"a 'b “c ‘d «e ", n) }, runQuotes},
	{"short quotes", func(n int) string { return repeatTo("\"Yes,\" he said.\n\n", n) }, runQuotes},
	{"a surname people of both sexes share", func(n int) string { return repeatTo("Mark Lee met Anna Lee. Lee said he was fine. ", n) }, runQuotes},
	{"high bytes", highBytes, func(s string) { Clean(s) }},
	{"tiny paragraphs", func(n int) string { return repeatTo("<p>a</p>", n) }, runParse},
	{"blank text nodes in a date line", func(n int) string {
		return `<div class="date">x` + repeatTo("<i> </i>", n) + "</div><p>The council voted to rebuild the pier.</p>"
	}, runParse},
	{"deep nesting", func(n int) string { return repeatTo("<div><b>", n) + "<p>text</p>" }, runParse},
	{"paragraphs", func(n int) string {
		return repeatTo("<p>The council voted to rebuild the pier, said the mayor, Anna Roth, who called it \"overdue\".</p>", n)
	}, runParse},
}

func runFiguresAndDates(s string) { FiguresAndDates(s, time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)) }
func runQuotes(s string)          { Quotes(s) }
func runParse(s string)           { Parse(strings.NewReader(s), nil) }

// highBytes is text of bytes 0x80 to 0xFF, which the mojibake repair reads.
func highBytes(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(0x80 + (i*7)%128)
	}
	return string(b)
}

// TestScaling checks that each family's allocations grow at most about
// linearly: four times the input may take at most 4.5 times as many. (A
// count, not bytes: slices that double their capacity make the bytes jump.)
func TestScaling(t *testing.T) {
	n := 16 << 10
	if testing.Short() {
		n = 4 << 10
	}
	for _, f := range families {
		t.Run(f.name, func(t *testing.T) {
			small, large := f.make(n), f.make(4*n)
			a := testing.AllocsPerRun(1, func() { f.run(small) })
			b := testing.AllocsPerRun(1, func() { f.run(large) })
			if ratio := b / max(a, 1); ratio > 4.5 {
				t.Errorf("%d bytes took %.0f allocations, %d bytes %.0f: %.1f times", len(small), a, len(large), b, ratio)
			}
		})
	}
}

// BenchmarkFamilies reports each family's throughput at 64 KB.
func BenchmarkFamilies(b *testing.B) {
	for _, f := range families {
		b.Run(strings.ReplaceAll(f.name, " ", "-"), func(b *testing.B) {
			s := f.make(64 << 10)
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				f.run(s)
			}
		})
	}
}

// TestReaderCaps checks that the readers stop at their documented caps
// instead of reading a whole run from each of its tokens.
func TestReaderCaps(t *testing.T) {
	spelled := repeatTo("one hundred and ", 4000)
	toks := entityTokens(spelled)
	if n, ok := cardinalOf(spelled, lowerASCIIText(spelled), toks, 0); !ok || n.end-n.first > maxNumberTokens {
		t.Errorf("a spelled number run read as one number of %d tokens, want at most %d", n.end-n.first, maxNumberTokens)
	}
	long := repeatTo("and so it goes on, ", 10000)
	for _, s := range sentences(long) {
		if s.End-s.Start > maxSentenceBytes {
			t.Fatalf("a sentence of %d bytes, want at most %d", s.End-s.Start, maxSentenceBytes)
		}
	}
	// A run of numbers with a hyphenated group of four in it is no phone
	// number, and the check stops reading it.
	run := repeatTo("12 ", 300) + "555-0134 " + repeatTo("12 ", 300)
	f := &figureFinder{text: run, toks: entityTokens(run)}
	if f.isPhoneNumber(number{first: 0, end: 1}) {
		t.Errorf("a run of 601 numbers was read as one phone number")
	}
	if f := (&figureFinder{text: "call 555-0134", toks: entityTokens("call 555-0134")}); !f.isPhoneNumber(number{first: 1, end: 2}) {
		t.Errorf("555-0134 is no phone number")
	}
}
