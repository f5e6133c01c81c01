package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// progressEvery is the least time between two progress updates: four a
// second reads as live without the terminal's writes costing the batch.
const progressEvery = 250 * time.Millisecond

// progress shows how far a batch has come on one terminal line, rewritten
// in place with a carriage return. A nil *progress shows nothing, so a
// batch whose stderr is not a terminal need not ask.
type progress struct {
	w              io.Writer
	now            func() time.Time // time.Now, or a test's clock
	start, shown   time.Time
	done, failed   int
	lastLineLength int // to blank out what a shorter line leaves behind
}

// newProgress starts showing progress on w, or returns nil when w is nil.
func newProgress(w io.Writer, now func() time.Time) *progress {
	if w == nil {
		return nil
	}
	t := now()
	return &progress{w: w, now: now, start: t, shown: t}
}

// record counts one response, an error when failed, and shows the counts
// when the last update is old enough.
func (p *progress) record(failed bool) {
	if p == nil {
		return
	}
	p.done++
	if failed {
		p.failed++
	}
	if t := p.now(); t.Sub(p.shown) >= progressEvery {
		p.show(t, "")
		p.shown = t
	}
}

// finish shows the final counts and ends their line.
func (p *progress) finish() {
	if p != nil {
		p.show(p.now(), "\n")
	}
}

func (p *progress) show(t time.Time, end string) {
	line := fmt.Sprintf("%d records, %s, %d errors", p.done, rate(p.done, t.Sub(p.start)), p.failed)
	pad := strings.Repeat(" ", max(p.lastLineLength-len(line), 0))
	p.lastLineLength = len(line)
	fmt.Fprint(p.w, "\r"+line+pad+end)
}

// rate is n records over d, per second.
func rate(n int, d time.Duration) string {
	if d <= 0 {
		return "- records/s"
	}
	return fmt.Sprintf("%.1f records/s", float64(n)/d.Seconds())
}

// isTerminal tells whether w is a terminal, where progress is welcome;
// redirected to a file, it would only clutter a log.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
