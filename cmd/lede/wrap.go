package main

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// columns is how many terminal columns s takes: two for each East Asian
// wide or fullwidth character (漢字, かな, 한글, most emoji), one for any
// other. Counting one even for a combining mark, which takes none, keeps a
// line within its width in runes as well as in columns.
func columns(s string) int {
	n := 0
	for _, r := range s {
		n += runeColumns(r)
	}
	return n
}

func runeColumns(r rune) int {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// wrap breaks text into lines at most limit columns wide, the first led by
// first and the others by rest (a hanging indent). White space between
// words becomes one space. Lines break at spaces and between East Asian
// wide characters, as Chinese and Japanese text, which has no spaces,
// allows; a word longer than a line (a URL) is cut where the line ends.
// Empty text gives one line, first with its trailing spaces trimmed.
func wrap(text, first, rest string, limit int) []string {
	w := &wrapper{limit: limit, rest: rest}
	w.start(first)
	for _, word := range strings.Fields(text) {
		for i, piece := range wordPieces(word) {
			w.add(piece, i == 0)
		}
	}
	return append(w.lines, strings.TrimRight(w.line.String(), " "))
}

// wrapLines wraps each line of text on its own, keeping the line breaks
// the text has: a blank line stays blank.
func wrapLines(text, first, rest string, limit int) []string {
	var lines []string
	for i, line := range strings.Split(text, "\n") {
		lead := rest
		if i == 0 {
			lead = first
		}
		lines = append(lines, wrap(line, lead, rest, limit)...)
	}
	return lines
}

// wrapper fills lines one piece of text at a time.
type wrapper struct {
	limit int
	rest  string // what leads every line after the first
	lines []string
	line  strings.Builder
	used  int  // columns used on line, its lead included
	blank bool // line has nothing but its lead
}

func (w *wrapper) start(lead string) {
	w.line.Reset()
	w.line.WriteString(lead)
	w.used, w.blank = columns(lead), true
}

func (w *wrapper) newLine() {
	w.lines = append(w.lines, strings.TrimRight(w.line.String(), " "))
	w.start(w.rest)
}

// add puts piece on the line, after a space when spaced (it starts a
// word), or on a new line when it does not fit.
func (w *wrapper) add(piece string, spaced bool) {
	gap := 0
	if spaced && !w.blank {
		gap = 1
	}
	n := columns(piece)
	if !w.blank && w.used+gap+n > w.limit {
		w.newLine()
		gap = 0
	}
	if w.used+gap+n > w.limit {
		w.cut(piece)
		return
	}
	w.line.WriteString(strings.Repeat(" ", gap))
	w.line.WriteString(piece)
	w.used += gap + n
	w.blank = false
}

// cut puts a piece too long for any line on as many lines as it takes,
// at least one character a line even when the lead leaves no room.
func (w *wrapper) cut(piece string) {
	for _, r := range piece {
		if !w.blank && w.used+runeColumns(r) > w.limit {
			w.newLine()
		}
		w.line.WriteRune(r)
		w.used += runeColumns(r)
		w.blank = false
	}
}

// wordPieces splits a word where a line may break inside it: before and
// after each East Asian wide character, except before punctuation that
// closes (、。」) and after punctuation that opens (「（), which Japanese
// and Chinese typesetting keep with their neighbours. A word without wide
// characters is one piece.
func wordPieces(word string) []string {
	var pieces []string
	start := 0
	prev, _ := utf8.DecodeRuneInString(word)
	for i, r := range word {
		if i > 0 && breaksBetween(prev, r) {
			pieces = append(pieces, word[start:i])
			start = i
		}
		prev = r
	}
	return append(pieces, word[start:])
}

func breaksBetween(before, after rune) bool {
	wide := runeColumns(before) == 2 || runeColumns(after) == 2
	return wide && !strings.ContainsRune(opening, before) && !strings.ContainsRune(closing, after)
}

// opening and closing are the punctuation that must not end and must not
// start a line, after the Japanese rules (JIS X 4051 kinsoku), small kana
// and the prolonged sound mark included.
const (
	opening = "([{‘“（〔［｛〈《「『【"
	closing = ")]}’”.,;:!?%）〕］｝〉》」』】、。，．・：；！？ー々ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
)
