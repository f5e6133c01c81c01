package main

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/ledehq/lede"
)

// recovered runs f and returns what it panicked with, or nil.
func recovered(f func()) (p any) {
	defer func() { p = recover() }()
	f()
	return nil
}

func TestInParallel(t *testing.T) {
	var done atomic.Int32
	finish := func() { time.Sleep(10 * time.Millisecond); done.Add(1) }
	tests := []struct {
		name          string
		first, second func()
		want          any
		wantDone      int32 // how many of the two finished before the return
	}{
		{"no panic", finish, finish, nil, 2},
		{"second panics", finish, func() { panic("second") }, "second", 1},
		{"first panics", func() { panic("first") }, finish, "first", 1},
		{"both panic", func() { panic("first") }, func() { panic("second") }, "first", 0},
	}
	for _, tt := range tests {
		done.Store(0)
		got := recovered(func() { inParallel(tt.first, tt.second) })
		if got != tt.want {
			t.Errorf("%s: panic %v, want %v", tt.name, got, tt.want)
		}
		if done.Load() != tt.wantDone {
			t.Errorf("%s: %d done on return, want %d", tt.name, done.Load(), tt.wantDone)
		}
	}
}

// TestFindPanics checks that a panic in the quotes, found in a goroutine
// of their own, becomes the record's error as serve answers it, rather
// than ending the process.
func TestFindPanics(t *testing.T) {
	id := json.RawMessage(`3`)
	resp := func() (resp response) {
		defer func() {
			if r := recover(); r != nil {
				resp = response{ID: id, Error: "internal error: " + r.(error).Error()}
			}
		}()
		_, err := find(context.Background(), "Sales rose 5%.", time.Time{}, func(context.Context) ([]lede.Quote, error) {
			panic(errors.New("index out of range"))
		}, true)
		return orError(id, response{}, err)
	}()
	if resp.Error != "internal error: index out of range" {
		t.Errorf("answer %+v, want the panic as its error", resp)
	}
}

// TestFind checks that the two searches find the same together as one
// after the other, and that figures and dates' error comes first.
func TestFind(t *testing.T) {
	text := "“We will rebuild the pier,” the mayor said on Tuesday. It will cost $4.2 million, 5% more."
	ref := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	quotes := func(ctx context.Context) ([]lede.Quote, error) { return lede.QuotesContext(ctx, text) }
	apart, err := find(context.Background(), text, ref, quotes, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(apart.quotes) == 0 || len(apart.figures) == 0 || len(apart.dates) == 0 {
		t.Fatalf("found %+v, want quotes, figures and dates", apart)
	}
	together, err := find(context.Background(), text, ref, quotes, true)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(apart, together, cmp.AllowUnexported(findings{})); diff != "" {
		t.Errorf("found together (-apart +together):\n%s", diff)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	quotesErr := errors.New("quotes failed")
	failing := func(context.Context) ([]lede.Quote, error) { return nil, quotesErr }
	for _, together := range []bool{false, true} {
		_, err := find(ctx, text, ref, failing, together)
		if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "figures and dates") {
			t.Errorf("together %v: error %v, want figures and dates' cancellation", together, err)
		}
		_, err = find(context.Background(), text, ref, failing, together)
		if !errors.Is(err, quotesErr) {
			t.Errorf("together %v: error %v, want the quotes' error", together, err)
		}
	}
}
