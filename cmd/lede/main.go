// Command lede extracts the article from a news page: its metadata, its body
// text, and the quotes, figures and dates in that text.
//
// Usage:
//
//	lede [flags] page.html    # one page; "-" reads standard input
//	lede -jsonl [flags]       # a batch: one JSON request per input line
//
// # One page
//
// With a file argument, lede prints one indented JSON object with the fields
// of a batch response (below), without "id". These flags apply:
//
//	-format json|text|markdown
//	    json (the default); text, a report for people to read in a terminal
//	    80 columns wide: the title, byline, dates, site and address, the
//	    body wrapped at 80 columns, then the quotes with their speakers, the
//	    figures by kind and the dates by kind; markdown, the article as
//	    Markdown, with its links and pictures.
//	-url URL
//	    the page's address: it resolves relative links, and a date in it is
//	    the publish date of last resort.
//	-markdown
//	    add the article as Markdown to the JSON, as "markdown" (in batch
//	    mode too, for page requests).
//	-date DATE
//	    the reference time for relative dates ("3 hours ago", "Tuesday"),
//	    "YYYY-MM-DD" or RFC 3339. The text's dates count from the page's
//	    publish date, else its last-modified date, else this one.
//
// # Batch
//
// With -jsonl, each line of standard input is a request, {"id": …, "html":
// "…", "url": "…", "date": "…"} for a page or {"id": …, "text": "…"} for
// plain text ("date", or its older name "dct", is the reference date), and
// each line of standard output is the response to the request on the same
// line number, echoing its "id": exactly one response per input line, in
// input order. A response carries "title", "authors", "published",
// "modified", "site", "language", "url" (canonical), "description",
// "image", "blocks", "text", "links" and "images" for a page, and "text"
// for text; both also carry "quotes", "figures" and "dates" found in the
// text (dates resolved against the page's publish date, else the
// request's date). The field names are stable: new fields may appear,
// existing ones keep their meaning.
//
// A request that cannot be served gets {"id": …, "error": "…"} and the
// batch goes on. A blank line, or one that is not a valid request, gets
// {"id": null, "error": "line N: …"}, N its 1-based line number, with the
// id it names when enough of the line reads as JSON to find it. A line
// longer than -max-bytes gets an error too (its id recovered when it comes
// before the long field), and so, with -timeout, does a request that takes
// longer. A UTF-8 byte order mark at the start of the input is ignored.
// When standard error is a terminal, the batch's progress (records done,
// records a second, errors) is shown there. These flags apply only to a
// batch:
//
//	-j N          requests served in parallel (default: the number of CPUs)
//	-clean        answer text requests with the cleaned text (lede.Clean),
//	              the findings' offsets counting in it
//	-timeout D    answer a request that takes longer than D (10s, 1m) with
//	              an error; 0, the default, means no limit
//	-max-bytes N  the longest request line served, in bytes
//
// # Offsets
//
// Findings point into the response's "text" by start and end offsets: the
// blocks, quotes (and their "parts"), speakers, figures and dates. By
// default they count bytes of UTF-8, as Go strings do. -offsets runes makes
// them count code points, as Python's str indexes do, and -offsets utf16
// UTF-16 code units, as JavaScript's and Java's do. It applies to both
// modes, with JSON output.
//
// -h (or -help, --help) prints a manual with examples, and -version the
// version lede was built from. Flags that do not apply to the chosen mode
// are usage errors, not silently ignored.
//
// # Exit status
//
// 0 on success, in a batch even when some requests were answered with an
// error; 1 when the page could not be read or parsed, or when reading the
// requests or writing the responses of a batch failed; 2 for a usage error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"net/url"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"strings"
	"time"

	"github.com/ledehq/lede"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit codes; see the package comment.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// settings are the command line's flags.
type settings struct {
	jsonl, clean, version bool
	markdown              bool
	workers, maxBytes     int
	timeout               time.Duration
	format, pageURL, date string
	offsets               string
}

// newFlagSet defines lede's flags, to be parsed into s. The full help is
// writeHelp's: the texts here are reminders for readers of the code.
func newFlagSet(s *settings, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("lede", flag.ContinueOnError)
	fs.SetOutput(stderr)
	// Parse prints its own error message; the help goes to stdout, and
	// only when asked for (run handles flag.ErrHelp).
	fs.Usage = func() {}
	fs.BoolVar(&s.jsonl, "jsonl", false, "batch mode: JSON requests on stdin, one per line")
	fs.BoolVar(&s.clean, "clean", false, "batch: answer text requests with the cleaned text")
	fs.BoolVar(&s.markdown, "markdown", false, "JSON output: add the article as Markdown")
	fs.IntVar(&s.workers, "j", runtime.GOMAXPROCS(0), "batch: requests served in parallel")
	fs.DurationVar(&s.timeout, "timeout", 0, "batch: the longest a request may take (0: no limit)")
	fs.IntVar(&s.maxBytes, "max-bytes", DefaultMaxRequestBytes, "batch: the longest request line served")
	fs.StringVar(&s.format, "format", "json", "one page: json, text or markdown")
	fs.StringVar(&s.pageURL, "url", "", "one page: the page's address")
	fs.StringVar(&s.date, "date", "", "one page: reference date for relative dates")
	fs.StringVar(&s.offsets, "offsets", "bytes", "what offsets count: bytes, runes or utf16")
	fs.BoolVar(&s.version, "version", false, "print the version and exit")
	return fs
}

// batchOnly and pageOnly are the flags that belong to one mode. In a batch,
// each request carries its own url and date.
var (
	batchOnly = []string{"clean", "j", "timeout", "max-bytes"}
	pageOnly  = []string{"format", "url", "date"}
)

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var s settings
	fs := newFlagSet(&s, stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			writeHelp(stdout)
			return exitOK
		}
		fmt.Fprint(stderr, shortUsage)
		return exitUsage
	}
	if s.version {
		fmt.Fprintln(stdout, versionLine(debug.ReadBuildInfo()))
		return exitOK
	}
	unit, err := checkUsage(fs, s)
	if err != nil {
		fmt.Fprintf(stderr, "lede: %v\n%s", err, shortUsage)
		return exitUsage
	}
	if s.jsonl {
		return runBatch(s, unit, stdin, stdout, stderr)
	}
	return runPage(fs.Arg(0), s, unit, stdin, stdout, stderr)
}

// checkUsage reports a command line that asks for nothing lede can do,
// and returns the unit offsets are to count in.
func checkUsage(fs *flag.FlagSet, s settings) (offsetUnit, error) {
	if err := checkModeFlags(fs, s.jsonl); err != nil {
		return unitBytes, err
	}
	unit, err := parseOffsetUnit(s.offsets)
	if err != nil {
		return unitBytes, err
	}
	if s.jsonl {
		return unit, checkBatch(fs, s)
	}
	return unit, checkPage(fs, s, unit)
}

// checkModeFlags reports a flag of the other mode, which would otherwise
// be ignored without a word.
func checkModeFlags(fs *flag.FlagSet, jsonl bool) error {
	if !jsonl {
		if name := firstSet(fs, batchOnly); name != "" {
			return fmt.Errorf("-%s applies only with -jsonl", name)
		}
		return nil
	}
	if name := firstSet(fs, pageOnly); name != "" {
		return fmt.Errorf("-%s applies to a single page, not to -jsonl (requests carry their own url and date)", name)
	}
	return nil
}

func checkBatch(fs *flag.FlagSet, s settings) error {
	switch {
	case fs.NArg() != 0:
		return fmt.Errorf("-jsonl reads standard input and takes no file, got %q", fs.Arg(0))
	case s.workers < 1:
		return fmt.Errorf("-j %d: want at least 1", s.workers)
	case s.maxBytes < 1:
		return fmt.Errorf("-max-bytes %d: want at least 1", s.maxBytes)
	case s.timeout < 0:
		return fmt.Errorf("-timeout %v: want 0 (no limit) or more", s.timeout)
	}
	return nil
}

func checkPage(fs *flag.FlagSet, s settings, unit offsetUnit) error {
	switch {
	case fs.NArg() != 1:
		return fmt.Errorf("want one page (a file, or - for standard input), got %d arguments", fs.NArg())
	case s.format != "json" && s.format != "text" && s.format != "markdown":
		return fmt.Errorf("-format %q: want json, text or markdown", s.format)
	case s.format != "json" && unit != unitBytes:
		return fmt.Errorf("-offsets applies only to JSON output, not to -format %s", s.format)
	case s.format != "json" && s.markdown:
		return fmt.Errorf("-markdown adds a field to JSON output; for Markdown alone use -format markdown")
	}
	if _, err := parseRefDate(s.date); err != nil {
		return fmt.Errorf("-date: %v", err)
	}
	if _, err := parsePageURL(s.pageURL); err != nil {
		return fmt.Errorf("-url: %v", err)
	}
	return nil
}

// firstSet is the first of names that the command line set, or "".
func firstSet(fs *flag.FlagSet, names []string) string {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	for _, name := range names {
		if set[name] {
			return name
		}
	}
	return ""
}

// runBatch serves the requests of stdin; see the package comment.
func runBatch(s settings, unit offsetUnit, stdin io.Reader, stdout, stderr io.Writer) int {
	o := batchOptions{workers: s.workers, answer: answerOptions{clean: s.clean, markdown: s.markdown}, timeout: s.timeout,
		maxBytes: s.maxBytes, offsets: unit, serve: serve}
	if isTerminal(stderr) {
		o.progress = stderr
	}
	if err := serveBatch(stdin, stdout, o); err != nil {
		fmt.Fprintln(stderr, "lede:", err)
		return exitFail
	}
	return exitOK
}

// runPage prints the article of one page, from a file or "-" for stdin.
func runPage(path string, s settings, unit offsetUnit, stdin io.Reader, stdout, stderr io.Writer) int {
	ref, _ := parseRefDate(s.date)  // checked by checkUsage
	u, _ := parsePageURL(s.pageURL) // checked by checkUsage
	opts := &lede.Options{URL: u, Date: ref}
	if err := servePage(path, opts, s.format, answerOptions{markdown: s.markdown, together: true}, unit, stdin, stdout); err != nil {
		fmt.Fprintln(stderr, "lede:", strings.TrimPrefix(err.Error(), "lede: "))
		return exitFail
	}
	return exitOK
}

// servePage parses one page, from a file or "-" for stdin, and prints it
// in format.
func servePage(path string, opts *lede.Options, format string, o answerOptions, unit offsetUnit, stdin io.Reader, stdout io.Writer) error {
	in := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
		if info, err := f.Stat(); err == nil {
			limitMemoryTo(pageMemoryLimit(info.Size()))
		}
	}
	a, err := lede.Parse(in, opts)
	if err != nil {
		return err
	}
	switch format {
	case "markdown":
		return writeMarkdown(stdout, a)
	case "json":
		return writePageJSON(stdout, a, opts.Date, o, unit)
	}
	resp, err := articleResponse(context.Background(), nil, a, opts.Date, o)
	if err != nil {
		return err
	}
	return writeReport(stdout, resp)
}

// writePageJSON prints the answer for a as indented JSON, its offsets
// counting unit. The head of the answer, the article and its text (on the
// 15 MB page, 40 of its 70 MB), is written while the quotes, figures and
// dates are found, which it comes before: the searches keep both CPUs of
// a small machine busy only until the shorter one ends, and the writing
// fills the other's place. An error of the searches (lede gives none
// without a deadline) comes after the head was written.
func writePageJSON(w io.Writer, a *lede.Article, ref time.Time, o answerOptions, unit offsetUnit) error {
	enc := newResponseEncoder(w, true)
	head := response{Article: a, Text: &a.Text}
	if unit != unitBytes {
		// convertOffsets rewrites the blocks', links' and images' offsets,
		// which the searches (block quotes) and Markdown read.
		head.Article = withOwnLists(a)
	}
	headDone := make(chan struct{})
	go func() {
		defer close(headDone)
		convertOffsets(&head, unit)
		enc.begin(head)
		enc.flush()
	}()
	resp, err := articleResponse(context.Background(), nil, a, ref, o)
	<-headDone
	if err != nil {
		return err
	}
	tail := response{Text: resp.Text, Quotes: resp.Quotes, Figures: resp.Figures, Dates: resp.Dates, Markdown: resp.Markdown}
	convertOffsets(&tail, unit)
	return enc.end(tail)
}

// withOwnLists is a copy of a with copies of its blocks, links and images,
// whose offsets can be rewritten without touching a's.
func withOwnLists(a *lede.Article) *lede.Article {
	c := *a
	c.Blocks, c.Links, c.Images = slices.Clone(a.Blocks), slices.Clone(a.Links), slices.Clone(a.Images)
	return &c
}

// pageMemoryLimit is the soft memory limit for one page of size bytes:
// pageMemoryFactor times the page, and at least minPageMemory. Without a
// limit the garbage collector lets the heap grow to twice what is live,
// which on a large page is far more than the page needs; with it, the
// process stays near what lede holds (about six times a page of ordinary
// paragraphs), at the cost of collecting more often.
func pageMemoryLimit(size int64) int64 {
	return max(minPageMemory, pageMemoryFactor*size)
}

const (
	pageMemoryFactor = 9
	minPageMemory    = 64 << 20
)

// limitMemoryTo sets a soft memory limit of bytes, unless the GOMEMLIMIT
// environment variable sets one already: the caller's choice wins.
//
// The limit only helps while what lede holds fits under it with room to
// spare. A page of tiny elements holds far more than pageMemoryFactor
// times its size (4 MB of "<p>a</p>" repeated is a tree of 170 MB), and a
// limit near or under the live heap makes the garbage collector run back
// to back for little memory back: that page took 1.2 s of CPU instead of
// 0.5. So once the limit costs too much (limitCostsTooMuch), it is lifted,
// and the collector goes on at its usual pace (GOGC).
func limitMemoryTo(bytes int64) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(bytes)
	afterEachGC(func(s gcStats) bool {
		if limitCostsTooMuch(s, bytes) {
			debug.SetMemoryLimit(math.MaxInt64)
			return false
		}
		return true
	})
}

// limitCostsTooMuch reports whether a memory limit of limit bytes makes
// the collector work past its own pace, judged after a collection: the
// live heap is over half the limit, so that the limit, not the pace of
// twice the live heap, sets when the collector runs; and the collector
// has taken over a quarter of the CPU time, the share that it is designed
// to take while it runs.
//
// Lifting the limit whenever the live heap outgrew it, whatever the
// collector cost, doubled the memory of 4 MB of high bytes (324 MB instead
// of 168), whose collections are cheap, for a tenth less time.
func limitCostsTooMuch(s gcStats, limit int64) bool {
	return s.live > uint64(limit)/2 && s.gcCPU > (s.gcCPU+s.userCPU)/4
}

// gcStats is the state of the heap and of the CPU time after a collection.
type gcStats struct {
	live    uint64  // bytes of heap that the collection found live
	gcCPU   float64 // seconds of CPU time spent collecting, since the start (see afterEachGC)
	userCPU float64 // seconds of CPU time spent running the program's code
}

// afterEachGC calls f with the gcStats after each garbage collection from
// now on, for as long as f returns true. It is called from the runtime's
// cleanup goroutine: a cleanup on an object that nothing holds runs once a
// collection has found it garbage.
//
// The collector's CPU time leaves out the marking it does on idle CPUs,
// which takes nothing from the program and grows with the number of CPUs:
// counted in, it made a quarter of the time on two CPUs on 4 MB of
// ordinary paragraphs, and lifted their limit for nothing.
func afterEachGC(f func(gcStats) bool) {
	runtime.AddCleanup(new(gcMark), func(int) {
		sample := []metrics.Sample{
			{Name: "/gc/heap/live:bytes"},
			{Name: "/cpu/classes/gc/total:cpu-seconds"},
			{Name: "/cpu/classes/gc/mark/idle:cpu-seconds"},
			{Name: "/cpu/classes/user:cpu-seconds"},
		}
		metrics.Read(sample)
		s := gcStats{live: sample[0].Value.Uint64(), gcCPU: sample[1].Value.Float64() - sample[2].Value.Float64(), userCPU: sample[3].Value.Float64()}
		if f(s) {
			afterEachGC(f)
		}
	}, 0)
}

// gcMark is the object whose collection afterEachGC watches for. It holds
// a pointer so that it is not one of the tiny objects that the allocator
// packs together, which are only collected all at once.
type gcMark struct{ _ *byte }

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

// parsePageURL reads a page's address; "" is nil (unknown). An address
// that is not an absolute http or https URL resolves nothing.
func parsePageURL(s string) (*url.URL, error) {
	if s == "" {
		return nil, nil
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("invalid url %q: %w", s, err)
	}
	return u, nil
}
