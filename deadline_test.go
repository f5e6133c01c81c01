package lede

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// canceled is a context that is already done.
func canceled() context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return ctx
}

// TestContextCanceled: every ...Context call given a done context returns
// nothing and an error that wraps the context's.
func TestContextCanceled(t *testing.T) {
	page, err := os.ReadFile("testdata/pages/newspaper-jsonld.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(strings.NewReader(string(page)), nil)
	if err != nil {
		t.Fatal(err)
	}
	ref := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	calls := []struct {
		name string
		run  func(ctx context.Context) (found int, err error)
	}{
		{"ParseContext", func(ctx context.Context) (int, error) {
			a, err := ParseContext(ctx, strings.NewReader(string(page)), nil)
			if a != nil {
				return 1, err
			}
			return 0, err
		}},
		{"QuotesContext", func(ctx context.Context) (int, error) {
			q, err := QuotesContext(ctx, a.Text)
			return len(q), err
		}},
		{"Article.QuotesContext", func(ctx context.Context) (int, error) {
			q, err := a.QuotesContext(ctx)
			return len(q), err
		}},
		{"FiguresAndDatesContext", func(ctx context.Context) (int, error) {
			f, d, err := FiguresAndDatesContext(ctx, a.Text, ref)
			return len(f) + len(d), err
		}},
		{"Article.FiguresAndDatesContext", func(ctx context.Context) (int, error) {
			f, d, err := a.FiguresAndDatesContext(ctx)
			return len(f) + len(d), err
		}},
	}
	for _, c := range calls {
		t.Run(c.name, func(t *testing.T) {
			n, err := c.run(canceled())
			if !errors.Is(err, context.Canceled) || n != 0 {
				t.Errorf("done context: found %d, error %v; want nothing and context.Canceled", n, err)
			}
			n, err = c.run(context.Background())
			if err != nil || n == 0 {
				t.Errorf("background context: found %d, error %v; want findings and no error", n, err)
			}
		})
	}
}

// TestContextSameResults: a context that never ends changes nothing.
func TestContextSameResults(t *testing.T) {
	page, err := os.ReadFile("testdata/pages/newspaper-jsonld.html")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	want, err := Parse(strings.NewReader(string(page)), nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ParseContext(ctx, strings.NewReader(string(page)), nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ParseContext differs from Parse (-want +got):\n%s", diff)
	}
	gotQ, err := got.QuotesContext(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.Quotes(), gotQ, cmp.AllowUnexported(Quote{}, Speaker{}, Span{})); diff != "" {
		t.Errorf("QuotesContext differs from Quotes (-want +got):\n%s", diff)
	}
	wantF, wantD := want.FiguresAndDates()
	gotF, gotD, err := got.FiguresAndDatesContext(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantF, gotF); diff != "" {
		t.Errorf("FiguresAndDatesContext figures differ (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantD, gotD); diff != "" {
		t.Errorf("FiguresAndDatesContext dates differ (-want +got):\n%s", diff)
	}
}

// TestContextStopsWork: a context that turns done once the work has begun
// stops the work itself, not just its answer. Allocations stand for work,
// which a clock could not count reliably: the stopped call must make far
// fewer than the full one. (ParseContext is left out: most of its work is
// the HTML parser's, which it cannot interrupt.)
func TestContextStopsWork(t *testing.T) {
	text := strings.Repeat("\"We will rebuild the pier by 2027,\" the mayor, Anna Roth, said on Tuesday. "+
		"It will cost $4.2 million, 12% more than planned, officials said.\n\n", 500)
	ref := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	calls := []struct {
		name string
		run  func(ctx context.Context)
	}{
		{"quotes", func(ctx context.Context) { QuotesContext(ctx, text) }},
		{"figures and dates", func(ctx context.Context) { FiguresAndDatesContext(ctx, text, ref) }},
	}
	for _, c := range calls {
		t.Run(c.name, func(t *testing.T) {
			full := testing.AllocsPerRun(2, func() { c.run(context.Background()) })
			// Contexts that turn done after the call began: between
			// its first stages, or inside its main loops.
			for _, looks := range []int{1, 5} {
				stopped := testing.AllocsPerRun(2, func() { c.run(&doneAfter{looks: looks}) })
				t.Logf("done after %d looks: %.0f allocations of %.0f", looks, stopped, full)
				if stopped > full*3/5 {
					t.Errorf("done after %d looks: %.0f allocations of the full call's %.0f: the work went on", looks, stopped, full)
				}
			}
		})
	}
}

// doneAfter is a context that turns done at its looks-th look (a call of
// Err) and stays done.
type doneAfter struct {
	context.Context
	looks int
	n     int
}

func (c *doneAfter) Done() <-chan struct{} { return make(chan struct{}) }

func (c *doneAfter) Err() error {
	if c.n++; c.n > c.looks {
		return context.DeadlineExceeded
	}
	return nil
}

// TestStopperLooksEveryFewCalls checks the stopper's countdown: a zero
// stopper never stops; one whose context is cancelled stops within
// stopEvery calls of now, and from then on every call says so, as does a
// stopper that halted saw done first.
func TestStopperLooksEveryFewCalls(t *testing.T) {
	var zero stopper
	for range 3 * stopEvery {
		if zero.now() {
			t.Fatal("a stopper without a context stopped")
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	s := newStopper(ctx)
	for range 2 * stopEvery {
		if s.now() {
			t.Fatal("stopped before the context was cancelled")
		}
	}
	cancel()
	calls := 0
	for !s.now() {
		if calls++; calls > stopEvery {
			t.Fatalf("still going %d calls after the cancel", calls)
		}
	}
	for range 2 * stopEvery {
		if !s.now() {
			t.Fatal("a stopper that stopped went on")
		}
	}
	s2 := newStopper(ctx)
	s2.left = stopEvery // between looks
	if !s2.halted() || !s2.now() {
		t.Fatal("now went on after halted saw the context done")
	}
}
