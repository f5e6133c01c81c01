package lede

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"
)

// TestCleanNoHarmRealText runs the normalization over real text — the body
// text of the development pages, before Parse cleans it, and the texts of
// the quote and date corpora — and lists every change that is not the
// documented policy (NFC, spaces and line breaks, invisible characters,
// ligatures and compatibility letters, entities), for a reader to judge:
// the corpora hold real mojibake ("PeÃ±a" for "Peña"), which is repaired.
// It fails when a change brings in a script the text did not have: real
// text "repaired" into another script ("Groß\u00adtheoretiker" into NKo)
// is the harm a cleaner must never do. It needs ../shared/data and skips
// without it.
func TestCleanNoHarmRealText(t *testing.T) {
	const data = "../shared/data"
	if _, err := os.Stat(data); err != nil {
		t.Skip("../shared/data is not here")
	}
	if testing.Short() {
		t.Skip("reads every development text")
	}
	var texts []realText
	texts = append(texts, pageTexts(t, filepath.Join(data, "extract/html/*.html.gz"), true)...)
	texts = append(texts, pageTexts(t, filepath.Join(data, "web/html/*/*.html"), false)...)
	for _, f := range []string{"quotes/dev.jsonl", "entities/dates-tbaq.dev.jsonl", "entities/dates-rt.dev.jsonl", "entities/figures-rt.dev.jsonl"} {
		texts = append(texts, corpusTexts(t, filepath.Join(data, f))...)
	}
	changed := 0
	for _, rt := range texts {
		got, want := normalize(rt.text), policyOnly(rt.text)
		if got == want {
			continue
		}
		changed++
		if sc := newScripts(want, got); sc != "" {
			t.Errorf("%s: Clean turns real text into %s:\n%s", rt.source, sc, firstDifference(want, got))
		} else {
			t.Logf("%s: repaired:\n%s", rt.source, firstDifference(want, got))
		}
	}
	t.Logf("%d texts, %d changed beyond policy", len(texts), changed)
}

// newScripts names the scripts of letters and marks in got that want has
// none of (Common and Inherited aside), or "".
func newScripts(want, got string) string {
	have := make(map[string]bool)
	for _, r := range want {
		have[scriptName(r)] = true
	}
	var names []string
	for _, r := range got {
		if name := scriptName(r); name != "" && !have[name] {
			have[name] = true
			names = append(names, name)
		}
	}
	return strings.Join(names, ", ")
}

// scriptName returns the Unicode script of a letter or mark r, or "" for
// other characters and the Common and Inherited scripts.
func scriptName(r rune) string {
	if r < 0x80 || !(unicode.IsLetter(r) || unicode.IsMark(r)) {
		return ""
	}
	for name, table := range unicode.Scripts {
		if name != "Common" && name != "Inherited" && unicode.Is(table, r) {
			return name
		}
	}
	return ""
}

// realText is a text and where it came from.
type realText struct{ source, text string }

// policyOnly is normalize without the repairs: what Clean may do to
// correct text.
func policyOnly(s string) string {
	for range maxNormalizeRounds {
		next := decodeEntities(s)
		next = mapRunes(next)
		if !norm.NFC.IsNormalString(next) {
			next = norm.NFC.String(next)
		}
		next = layOut(next)
		if next == s {
			break
		}
		s = next
	}
	return s
}

// firstDifference shows where want and got first differ, with context.
func firstDifference(want, got string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	lo := max(0, i-40)
	for lo > 0 && !isRuneStart(want, lo) {
		lo--
	}
	cut := func(s string) string {
		hi := min(len(s), i+40)
		for hi < len(s) && !isRuneStart(s, hi) {
			hi++
		}
		return s[min(lo, len(s)):hi]
	}
	return fmt.Sprintf("  want %q\n  got  %q", cut(want), cut(got))
}

func isRuneStart(s string, i int) bool { return s[i]&0xC0 != 0x80 }

// pageTexts returns the raw body text of each page matched by pattern.
func pageTexts(t *testing.T, pattern string, gzipped bool) []realText {
	t.Helper()
	names, pages := loadNamedFiles(t, pattern, gzipped)
	var out []realText
	for k, raw := range pages {
		doc, err := html.Parse(strings.NewReader(decode(raw, "")))
		if err != nil {
			continue
		}
		meta := newPageMeta(doc, nil)
		a := &Article{}
		meta.fill(a)
		var sb strings.Builder
		for _, b := range extractBody(doc, pageHints{title: a.Title, description: a.Description, declared: meta.ld.body}).blocks {
			if b.Type != BlockPre {
				sb.WriteString(b.Text + "\n\n")
			}
		}
		out = append(out, realText{filepath.Base(names[k]), sb.String()})
	}
	return out
}

// corpusTexts returns the "text" (or "input") field of each line of a
// JSONL corpus.
func corpusTexts(t *testing.T, path string) []realText {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []realText
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var rec struct{ ID, Text, Input string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		out = append(out, realText{filepath.Base(path) + " " + rec.ID, rec.Text + rec.Input})
	}
	return out
}
