package lede

import (
	"context"
	"fmt"
	"math"
)

// A caller's deadline. ParseContext, QuotesContext and
// FiguresAndDatesContext check their context between units of work (a
// block, a sentence, a token), every stopEvery units, and return its error
// once it is done; Parse, Quotes and FiguresAndDates never stop early.

// stopEvery is how many units of work pass between looks at the context:
// a look costs a little, and the units are microseconds.
const stopEvery = 64

// stopper tells the loops of one call when to give up. The zero stopper
// (no context) never does.
type stopper struct {
	ctx  context.Context
	left int // calls of now before it looks at the context again
	done bool
}

func newStopper(ctx context.Context) *stopper {
	if ctx == nil || ctx.Done() == nil {
		return &stopper{}
	}
	return &stopper{ctx: ctx, left: stopEvery}
}

// now reports whether the work should stop, looking at the context only
// every stopEvery calls: for the inner loops. It is small enough for the
// compiler to inline, so that the calls between looks cost a decrement.
func (s *stopper) now() bool {
	if s.left > 0 {
		s.left--
		return false
	}
	return s.look()
}

// look is now's look at the context, which it makes again stopEvery calls
// later; a stopper without a context never looks.
func (s *stopper) look() bool {
	if s.ctx == nil {
		s.left = math.MaxInt
		return false
	}
	if s.halted() {
		return true // and left stays 0: every call says so from now on
	}
	s.left = stopEvery - 1
	return false
}

// halted reports whether the context is done, looking at it now: for the
// boundaries between stages.
func (s *stopper) halted() bool {
	if !s.done && s.ctx != nil && s.ctx.Err() != nil {
		s.done, s.left = true, 0
	}
	return s.done
}

// failed returns the error that ends the work named what ("parsing") when
// the context is done, wrapping the context's error; nil otherwise.
func (s *stopper) failed(what string) error {
	if !s.halted() {
		return nil
	}
	return fmt.Errorf("lede: %s: %w", what, s.ctx.Err())
}
