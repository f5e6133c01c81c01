package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fakeClock is a clock a test moves by hand.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time { return c.t }

// TestProgress: updates come at most every progressEvery, each rewriting
// the line with a carriage return, and the final counts end the line.
func TestProgress(t *testing.T) {
	var out bytes.Buffer
	clock := &fakeClock{t: time.Date(2024, 3, 14, 12, 0, 0, 0, time.UTC)}
	p := newProgress(&out, clock.now)
	for i := range 10 {
		clock.t = clock.t.Add(100 * time.Millisecond)
		p.record(i%4 == 0)
	}
	// At 100 ms steps, an update every 250 ms: at 300, 600 and 900 ms.
	updates := strings.Split(out.String(), "\r")[1:]
	want := []string{
		"3 records, 10.0 records/s, 1 errors",
		"6 records, 10.0 records/s, 2 errors",
		"9 records, 10.0 records/s, 3 errors",
	}
	if strings.Join(updates, "|") != strings.Join(want, "|") {
		t.Errorf("updates %q, want %q", updates, want)
	}
	out.Reset()
	clock.t = clock.t.Add(1000 * time.Millisecond)
	p.finish()
	if got, want := out.String(), "\r10 records, 5.0 records/s, 3 errors\n"; got != want {
		t.Errorf("final line %q, want %q", got, want)
	}
}

// TestProgressBlanksLeftovers: a line shorter than the one before it
// (the rate fell a digit) blanks what would be left of the longer one.
func TestProgressBlanksLeftovers(t *testing.T) {
	var out bytes.Buffer
	clock := &fakeClock{t: time.Date(2024, 3, 14, 12, 0, 0, 0, time.UTC)}
	p := newProgress(&out, clock.now)
	p.done = 9
	clock.t = clock.t.Add(time.Second)
	p.record(false) // ten records in a second
	clock.t = clock.t.Add(109 * time.Second)
	p.record(false) // then a long wait
	lines := strings.Split(out.String(), "\r")[1:]
	want := []string{"10 records, 10.0 records/s, 0 errors", "11 records, 0.1 records/s, 0 errors "}
	if strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Errorf("updates %q: the second should blank the first's end", lines)
	}
}

// TestBatchProgress: a batch shows its progress where told, and its
// responses are the same as without.
func TestBatchProgress(t *testing.T) {
	in := `{"id": 1, "text": "One."}` + "\n\n" + `{"id": 3, "text": "Three."}` + "\n"
	var out, withProgress, progress bytes.Buffer
	o := batchOptions{workers: 2, maxBytes: 1000, serve: serve}
	if err := serveBatch(strings.NewReader(in), &out, o); err != nil {
		t.Fatal(err)
	}
	o.progress = &progress
	if err := serveBatch(strings.NewReader(in), &withProgress, o); err != nil {
		t.Fatal(err)
	}
	if out.String() != withProgress.String() {
		t.Errorf("progress changed the responses:\n%s\n%s", out.String(), withProgress.String())
	}
	if got := progress.String(); !strings.HasPrefix(got, "\r3 records, ") || !strings.HasSuffix(got, ", 1 errors\n") {
		t.Errorf("progress %q, want the final counts of 3 records and 1 error", got)
	}
}

// TestIsTerminal: progress goes to a terminal only, not to a file or a
// pipe that collects a log.
func TestIsTerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) || isTerminal(&bytes.Buffer{}) {
		t.Error("a file or a buffer taken for a terminal")
	}
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		if !isTerminal(tty) {
			t.Error("/dev/tty not taken for a terminal")
		}
	}
}
