package main

import (
	"cmp"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
)

// shortUsage follows the message of a usage error, on stderr.
const shortUsage = `usage: lede [flags] page.html|-
       lede -jsonl [flags] < requests.jsonl
Run lede -h for the flags, examples and exit codes.
`

// helpText is what -h prints. It is the package comment's manual in short,
// and fits a terminal 80 columns wide; %d is DefaultMaxRequestBytes.
const helpText = `lede extracts the article from a news page: its metadata, its body text, and
the quotes, figures and dates in that text.

Usage:
  lede [flags] page.html     one page ("-" reads standard input)
  lede -jsonl [flags]        a batch: JSON requests on standard input, one a
                             line; a JSON response for each on standard output

One page:
  -format json|text|markdown
        json (default): the article and its findings as indented JSON;
        text: a report to read in a terminal 80 columns wide (title, byline,
        dates, body, quotes with speakers, figures and dates by kind);
        markdown: the article as Markdown, with its links and pictures
  -url URL
        the page's address: resolves relative links; a date in it is the
        publish date of last resort
  -date DATE
        reference time for relative dates ("3 hours ago", "Tuesday"):
        YYYY-MM-DD or RFC 3339; the page's own publish date comes first

  A page read from a file runs under a soft memory limit of nine times
  its size, at least 64 MiB; the GOMEMLIMIT environment variable, when
  set, is the limit instead.

Batch:
  -jsonl        serve the JSON requests of standard input; the flags below
                apply only with it
  -j N          requests served in parallel (default: the number of CPUs)
  -clean        answer text requests with the cleaned text (lede.Clean)
  -timeout D    answer a request taking longer than D (10s, 1m) with an
                error (default 0: no limit)
  -max-bytes N  the longest request line served, in bytes; longer ones are
                answered with an error (default %d)

  A request is {"id": …, "html": "…", "url": "…", "date": "…"} for a page
  or {"id": …, "text": "…"} for plain text. Each input line gets exactly one
  response line, in order, echoing the id: the article's fields, "quotes",
  "figures" and "dates", or {"id": …, "error": "…"}. A blank or malformed
  line gets {"id": null, "error": "line N: …"}. Progress is shown on
  standard error when it is a terminal.

Both modes:
  -offsets bytes|runes|utf16
        what the start and end offsets into "text" count: UTF-8 bytes as in
        Go (default), code points as in Python, or UTF-16 code units as in
        JavaScript and Java (JSON output only)
  -markdown     add the article as Markdown to JSON output, as "markdown"
                (a page's answer only)
  -h, -help     print this help
  -version      print the version of lede

Examples:
  lede story.html                          the article as JSON
  lede -format text story.html | less      a report to read
  lede -format markdown story.html > story.md
  curl -s https://example.com/news/1 | lede -url https://example.com/news/1 -
  lede -date 2024-03-14 -offsets utf16 story.html
  lede -jsonl -j 8 < requests.jsonl > responses.jsonl
  lede -jsonl -clean -offsets runes < texts.jsonl
  lede -jsonl -timeout 10s -max-bytes 2000000 < requests.jsonl

Exit status:
  0  success; in a batch, even when some requests were answered with an error
  1  the page could not be read or parsed, or a batch could not read its
     requests or write its responses
  2  usage error: an unknown flag or bad value, a flag that does not apply
     to the mode, a missing or extra argument
`

// writeHelp prints the manual that -h asks for.
func writeHelp(w io.Writer) {
	fmt.Fprintf(w, helpText, DefaultMaxRequestBytes)
}

// versionLine is what -version prints, from the build information of the
// binary: the main module's version, "(devel)" when the build knew none,
// then the commit it was built from, when known and not already named by
// a pseudo-version (Go 1.24 and later stamp a source build with one,
// v0.0.0-20240314093000-4873c8d1a2b3, "+dirty" for a changed work tree),
// marked (modified) when the work tree had changes.
func versionLine(info *debug.BuildInfo, ok bool) string {
	if !ok {
		return "lede (unknown version)"
	}
	version := cmp.Or(info.Main.Version, "(devel)") // a test binary has none
	revision, modified := buildSetting(info, "vcs.revision"), buildSetting(info, "vcs.modified")
	if revision == "" || strings.Contains(version, revision[:min(12, len(revision))]) {
		return "lede " + version
	}
	line := "lede " + version + " " + revision
	if modified == "true" {
		line += " (modified)"
	}
	return line
}

// buildSetting is the value of the build setting key, or "".
func buildSetting(info *debug.BuildInfo, key string) string {
	for _, s := range info.Settings {
		if s.Key == key {
			return s.Value
		}
	}
	return ""
}
