// Command lede extracts the article from a news page and prints it as JSON.
//
// Usage:
//
//	lede [flags] page.html    # one page ("-" reads standard input)
//
// Flags: -url the page's address, -date the reference time for relative
// dates ("YYYY-MM-DD" or RFC 3339), -format json or text.
//
//	lede -jsonl [-j N]        # batch: one JSON request per input line
//
// With a file argument, lede prints one JSON object with the fields of a
// batch response (below), or with -format text a short report for people.
//
// In batch mode, each input line is a request, {"id": …, "html": "…",
// "url": "…", "date": "…"} for a page or {"id": …, "text": "…"} for plain
// text ("date", or its older name "dct", is the reference date), and each
// output line the response to the request on the same line number, echoing
// its "id": exactly one response per input line, in order. A response
// carries "title", "authors", "published", "modified", "site", "language",
// "url" (canonical), "description", "image", "blocks" and "text" for a
// page, and "text" for text; both also carry "quotes", "figures" and
// "dates" found in the text (dates resolved against the
// request's date, or a page's publish date). A request that cannot be
// served gets {"id": …, "error": "…"} and the batch goes on; so does a
// request line longer than -max-bytes (its id recovered when it comes
// before the long field) and, with -timeout, a request that takes longer.
// A blank line, or one that is no valid request, gets {"id": null,
// "error": "line N: …"}, N its 1-based line number, with the id it names
// when enough of it reads as JSON. A UTF-8 byte order mark at the start of
// the input is ignored. When standard error is a terminal, the batch's
// progress (records done, records a second, errors) is shown there.
// The field names are stable: new fields may appear, existing ones keep
// their meaning.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/ledehq/lede"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("lede", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		jsonl   = fs.Bool("jsonl", false, "batch mode: JSON requests on stdin, one per line; JSON responses on stdout")
		clean   = fs.Bool("clean", false, "batch mode: answer text requests with the cleaned text (lede.Clean)")
		workers = fs.Int("j", runtime.GOMAXPROCS(0), "batch mode: number of requests served in parallel")
		format  = fs.String("format", "json", "output for a single page: json or text")
		pageURL = fs.String("url", "", "the page's address (resolves relative links; a date in it is a last-resort publish date)")
		refDate = fs.String("date", "", "reference date for relative dates such as \"3 hours ago\": YYYY-MM-DD or RFC 3339")
		timeout = fs.Duration("timeout", 0, "batch mode: the longest a request may take before it is answered with a timeout error (0: no limit)")
		maxReq  = fs.Int("max-bytes", DefaultMaxRequestBytes, "batch mode: the longest request line served; longer ones are answered with an error")
	)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: lede [flags] page.html|-\n       lede -jsonl [-j N] < requests.jsonl")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *jsonl {
		if fs.NArg() != 0 {
			fs.Usage()
			return 2
		}
		o := batchOptions{workers: max(*workers, 1), clean: *clean, timeout: *timeout, maxBytes: max(*maxReq, 1), serve: serve}
		if isTerminal(stderr) {
			o.progress = stderr
		}
		if err := serveBatch(stdin, stdout, o); err != nil {
			fmt.Fprintln(stderr, "lede:", err)
			return 1
		}
		return 0
	}
	if fs.NArg() != 1 || (*format != "json" && *format != "text") {
		fs.Usage()
		return 2
	}
	ref, err := parseRefDate(*refDate)
	if err != nil {
		fmt.Fprintln(stderr, "lede:", err)
		return 2
	}
	opts := &lede.Options{URL: *pageURL, Date: ref}
	if err := servePage(fs.Arg(0), opts, *format, stdin, stdout); err != nil {
		fmt.Fprintln(stderr, strings.TrimPrefix(err.Error(), "lede: ")+"")
		return 1
	}
	return 0
}

// servePage parses one page, from a file or "-" for stdin, and prints it.
func servePage(path string, opts *lede.Options, format string, stdin io.Reader, stdout io.Writer) error {
	in := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	a, err := lede.Parse(in, opts)
	if err != nil {
		return err
	}
	if format == "text" {
		return writeReport(stdout, a)
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	resp, err := articleResponse(context.Background(), nil, a, opts.Date)
	if err != nil {
		return err
	}
	return enc.Encode(resp)
}

// refDateLayouts are the forms a reference date may take on the command
// line and in batch requests.
var refDateLayouts = []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"}

// parseRefDate reads a reference date; "" is the zero time (unknown).
func parseRefDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range refDateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("invalid date %q: want YYYY-MM-DD or RFC 3339", s)
}

// writeReport prints the article for people: metadata lines, then the text.
func writeReport(w io.Writer, a *lede.Article) error {
	bw := bufio.NewWriter(w)
	line := func(label, value string) {
		if value != "" {
			fmt.Fprintf(bw, "%-11s %s\n", label+":", value)
		}
	}
	line("Title", a.Title)
	line("Authors", strings.Join(a.Authors, ", "))
	if !a.Published.IsZero() {
		line("Published", a.Published.Format("2006-01-02 15:04 MST"))
	}
	if !a.Modified.IsZero() {
		line("Modified", a.Modified.Format("2006-01-02 15:04 MST"))
	}
	line("Site", a.Site)
	line("Language", a.Language)
	line("URL", a.URL)
	line("Image", a.Image)
	fmt.Fprintf(bw, "%-11s %d blocks, %d words\n\n", "Body:", len(a.Blocks), len(strings.Fields(a.Text)))
	bw.WriteString(a.Text)
	bw.WriteString("\n")
	return bw.Flush()
}
