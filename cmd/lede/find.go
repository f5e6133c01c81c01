package main

import (
	"cmp"
	"context"
	"time"

	"github.com/ledehq/lede"
)

// findings are what an answer reports of a text besides the text itself.
type findings struct {
	quotes  []lede.Quote
	figures []lede.Figure
	dates   []lede.Date
}

// find finds the figures and dates of text, resolved against ref, and its
// quotes, with quotes (lede.QuotesContext, or an article's QuotesContext,
// which knows its block quotes). The two searches are independent and lede
// is safe for concurrent use: with together, they run at the same time (on
// a 15 MB page each takes about a second). Either way the error is that of
// figures and dates, else that of quotes, and a panic in either reaches
// the caller (see inParallel).
func find(ctx context.Context, text string, ref time.Time, quotes func(context.Context) ([]lede.Quote, error), together bool) (findings, error) {
	var f findings
	var entitiesErr, quotesErr error
	findEntities := func() { f.figures, f.dates, entitiesErr = lede.FiguresAndDatesContext(ctx, text, ref) }
	findQuotes := func() { f.quotes, quotesErr = quotes(ctx) }
	if together {
		inParallel(findEntities, findQuotes)
		return f, cmp.Or(entitiesErr, quotesErr)
	}
	if findEntities(); entitiesErr != nil {
		return f, entitiesErr
	}
	findQuotes()
	return f, quotesErr
}

// inParallel runs first and second at the same time, first in the calling
// goroutine and second in a new one, and returns when both are done.
//
// A panic in second is raised again in the calling goroutine once first
// is done, so that a recover there (serve's, which makes it the record's
// error) sees it: left in its own goroutine, it would end the process. A
// panic in first goes up as it is, after second is done, so that no work
// outlives the call; when both panic, first's wins, as it would if the two
// ran one after the other.
func inParallel(first, second func()) {
	panicked := make(chan any, 1)
	go func() {
		defer func() { panicked <- recover() }()
		second()
	}()
	firstDone := false
	defer func() {
		if p := <-panicked; p != nil && firstDone {
			panic(p)
		}
	}()
	first()
	firstDone = true
}
