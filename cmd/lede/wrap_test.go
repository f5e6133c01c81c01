package main

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestWrap(t *testing.T) {
	tests := []struct {
		name, text, first, rest string
		limit                   int
		want                    []string
	}{
		{"breaks at spaces", "one two three four", "", "", 9,
			[]string{"one two", "three", "four"}},
		{"a line may be exactly full", "one two three", "", "", 7,
			[]string{"one two", "three"}},
		{"runs of white space become one space", "one  \t two\u00a0three", "", "", 80,
			[]string{"one two three"}},
		{"hanging indent", "Speaker: words that go on and on", "", "    ", 16,
			[]string{"Speaker: words", "    that go on", "    and on"}},
		{"a lead counts toward the width", "aa bb cc", "  - ", "    ", 9,
			[]string{"  - aa bb", "    cc"}},
		{"accents take one column", "café résumé naïve", "", "", 11,
			[]string{"café résumé", "naïve"}},
		{"CJK takes two columns and breaks between characters", "東京都の人口は増えた", "", "", 8,
			[]string{"東京都の", "人口は増", "えた"}},
		{"no line starts with closing punctuation", "東京都、大阪府。", "", "", 6,
			[]string{"東京", "都、大", "阪府。"}},
		{"no line ends with opening punctuation", "東京「大阪」", "", "", 6,
			[]string{"東京", "「大", "阪」"}},
		{"emoji take two columns", "ab 😀😀😀", "", "", 6,
			[]string{"ab 😀", "😀😀"}},
		{"a word longer than a line is cut", "see https://example.com/a/long/path", "", "  ", 12,
			[]string{"see", "  https://ex", "  ample.com/", "  a/long/pat", "  h"}},
		{"a lead wider than the line still gets a character a line", "abcdef", "", "12345", 4,
			[]string{"abcd", "12345e", "12345f"}},
		{"empty text keeps its lead, without trailing spaces", "", "  - ", "", 80,
			[]string{"  -"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, wrap(tt.text, tt.first, tt.rest, tt.limit)); diff != "" {
				t.Errorf("wrap (-want +got):\n%s", diff)
			}
		})
	}
}

// TestWrapKeepsText: a long multibyte paragraph wraps into lines of at most
// 80 runes and 80 columns, full enough, that read back as the paragraph.
func TestWrapKeepsText(t *testing.T) {
	words := []string{"Zürich", "café", "naïve", "😀", "Ångström", "東京都", "Ελλάδα", "Москва", "fiancée", "Kraków"}
	var b strings.Builder
	for i := range 300 {
		b.WriteString(words[i%len(words)] + " ")
	}
	text := strings.TrimSpace(b.String())
	lines := wrap(text, "", "    ", 80)
	for i, line := range lines {
		if n := utf8.RuneCountInString(line); n > 80 {
			t.Errorf("line %d has %d runes: %q", i, n, line)
		}
		if n := columns(line); n > 80 {
			t.Errorf("line %d takes %d columns: %q", i, n, line)
		}
		if i+1 < len(lines) && columns(line) < 70 {
			t.Errorf("line %d is short, %d columns, before %q", i, columns(line), lines[i+1])
		}
	}
	if got := strings.Join(strings.Fields(strings.Join(lines, " ")), " "); got != text {
		t.Errorf("the wrapped text reads back differently")
	}
}

func TestWrapLines(t *testing.T) {
	got := wrapLines("“First paragraph here.\n\nSecond one.”", "Q: ", "  ", 14)
	want := []string{"Q: “First", "  paragraph", "  here.", "", "  Second one.”"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("wrapLines (-want +got):\n%s", diff)
	}
}
