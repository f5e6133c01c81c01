package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ledehq/lede"
)

// request is one line of batch input; see the package comment.
type request struct {
	ID   json.RawMessage `json:"id"`
	HTML *string         `json:"html"`
	Text *string         `json:"text"`
	URL  string          `json:"url"`
	Date string          `json:"date"`
	DCT  string          `json:"dct"` // older name of Date
}

// response is one line of batch output. Article fields are inlined; Text is
// the article body for a page and the input text for a text request.
type response struct {
	// ID echoes the request's id; absent only for a single page.
	ID    json.RawMessage `json:"id,omitempty"`
	Error string          `json:"error,omitempty"`
	*lede.Article
	Text *string `json:"text,omitempty"`
	// Quotes, Figures and Dates are absent on errors, and [] when there
	// are none.
	Quotes  *[]lede.Quote  `json:"quotes,omitempty"`
	Figures *[]lede.Figure `json:"figures,omitempty"`
	Dates   *[]lede.Date   `json:"dates,omitempty"`
}

// articleResponse answers a page request. The page's dates count from its
// publish date, or its last-modified date, or else the request's reference
// date ref.
func articleResponse(ctx context.Context, id json.RawMessage, a *lede.Article, ref time.Time) (response, error) {
	for _, t := range []time.Time{a.Published, a.Modified} {
		if !t.IsZero() {
			ref = t
			break
		}
	}
	figures, dates, err := lede.FiguresAndDatesContext(ctx, a.Text, ref)
	if err != nil {
		return response{}, err
	}
	quotes, err := a.QuotesContext(ctx)
	if err != nil {
		return response{}, err
	}
	return response{ID: id, Article: a, Text: &a.Text, Quotes: nonNil(quotes),
		Figures: nonNil(figures), Dates: nonNil(dates)}, nil
}

// textResponse answers a text request: the text and what was found in it,
// dates resolved against ref.
func textResponse(ctx context.Context, id json.RawMessage, text string, ref time.Time) (response, error) {
	figures, dates, err := lede.FiguresAndDatesContext(ctx, text, ref)
	if err != nil {
		return response{}, err
	}
	quotes, err := lede.QuotesContext(ctx, text)
	if err != nil {
		return response{}, err
	}
	return response{ID: id, Text: &text, Quotes: nonNil(quotes),
		Figures: nonNil(figures), Dates: nonNil(dates)}, nil
}

// nonNil makes an empty list encode as [] rather than null.
func nonNil[T any](s []T) *[]T {
	if s == nil {
		s = []T{}
	}
	return &s
}

// serve answers one request line; with clean, a text request is answered
// with the cleaned text. When ctx is done first, the work stops and the
// answer is ctx's error. A panic inside lede, which would be a bug, becomes
// that record's error so that the rest of the batch is served.
func serve(ctx context.Context, line []byte, clean bool) (resp response) {
	defer func() {
		if r := recover(); r != nil {
			resp = response{ID: idOf(line), Error: fmt.Sprintf("internal error: %v", r)}
		}
	}()
	var req request
	if err := json.Unmarshal(line, &req); err != nil {
		return response{ID: idOf(line), Error: "invalid request: " + err.Error()}
	}
	req.ID = orNull(req.ID)
	ref, err := parseRefDate(cmp.Or(req.Date, req.DCT))
	if err != nil {
		return response{ID: req.ID, Error: err.Error()}
	}
	switch {
	case req.HTML != nil:
		// The page arrives as a JSON string, already decoded: its own
		// charset declaration no longer describes these bytes.
		u, err := parsePageURL(req.URL)
		if err != nil {
			return response{ID: req.ID, Error: err.Error()}
		}
		opts := &lede.Options{URL: u, Date: ref, ContentType: "text/html; charset=utf-8"}
		a, err := lede.ParseContext(ctx, strings.NewReader(*req.HTML), opts)
		if err == nil {
			resp, err = articleResponse(ctx, req.ID, a, ref)
		}
		return orError(req.ID, resp, err)
	case req.Text != nil && clean:
		resp, err := textResponse(ctx, req.ID, lede.Clean(*req.Text), ref)
		return orError(req.ID, resp, err)
	case req.Text != nil:
		resp, err := textResponse(ctx, req.ID, *req.Text, ref)
		return orError(req.ID, resp, err)
	}
	return response{ID: req.ID, Error: `request has neither "html" nor "text"`}
}

// orError is resp, or the answer that reports err for request id.
func orError(id json.RawMessage, resp response, err error) response {
	if err != nil {
		return response{ID: id, Error: strings.TrimPrefix(err.Error(), "lede: ")}
	}
	return resp
}

// idOf recovers the id of a request that is not valid as a whole, so that
// the caller can still match the error to its record; null when it cannot.
func idOf(line []byte) json.RawMessage {
	var partial struct {
		ID json.RawMessage `json:"id"`
	}
	if json.Unmarshal(line, &partial) == nil && len(partial.ID) > 0 {
		return partial.ID
	}
	return json.RawMessage("null")
}

// batchOptions are the settings of a batch.
type batchOptions struct {
	workers  int           // requests served at once
	clean    bool          // answer text requests with the cleaned text
	timeout  time.Duration // per request; 0 means none
	maxBytes int           // the longest request line served
	// serve answers one request: serve, unless a test needs a slow one.
	serve func(ctx context.Context, line []byte, clean bool) response
}

// DefaultMaxRequestBytes is the longest request line a batch serves unless
// -max-bytes says otherwise: room for a page at lede.DefaultMaxBytes with
// its JSON escaping.
const DefaultMaxRequestBytes = 4 * lede.DefaultMaxBytes

// serveBatch answers each line of in with a line on out, in input order,
// serving up to o.workers requests at once.
func serveBatch(in io.Reader, out io.Writer, o batchOptions) error {
	type job struct {
		line   []byte
		over   bool // the line was longer than o.maxBytes; line is its start
		result chan []byte
	}
	jobs := make(chan job, o.workers)
	pending := make(chan chan []byte, 2*o.workers)
	for range o.workers {
		go func() {
			for j := range jobs {
				if j.over {
					msg := fmt.Sprintf("request exceeds -max-bytes (%d bytes)", o.maxBytes)
					j.result <- encodeResponse(response{ID: idFromPrefix(j.line), Error: msg})
					continue
				}
				j.result <- encodeResponse(serveWithin(j.line, o))
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(pending)
		defer close(jobs)
		r := bufio.NewReaderSize(in, 1<<20)
		for {
			line, over, err := readRequest(r, o.maxBytes)
			if line = bytes.TrimSpace(line); len(line) > 0 {
				j := job{line: line, over: over, result: make(chan []byte, 1)}
				pending <- j.result
				jobs <- j
			}
			if err != nil {
				if errors.Is(err, io.EOF) {
					err = nil
				}
				readErr <- err
				return
			}
		}
	}()
	w := bufio.NewWriter(out)
	var writeErr error
	for res := range pending {
		b := <-res
		if writeErr == nil {
			if _, writeErr = w.Write(b); writeErr == nil {
				writeErr = w.Flush()
			}
		}
	}
	if err := <-readErr; err != nil {
		return fmt.Errorf("reading requests: %w", err)
	}
	return writeErr
}

// serveWithin serves line as serve does, or answers a timeout error when
// that takes longer than o.timeout. The answer comes on time even from a
// stage that does not watch the context (the HTML parser); the work itself
// stops at lede's next look at it.
func serveWithin(line []byte, o batchOptions) response {
	if o.timeout <= 0 {
		return o.serve(context.Background(), line, o.clean)
	}
	ctx, cancel := context.WithTimeout(context.Background(), o.timeout)
	defer cancel()
	done := make(chan response, 1)
	go func() { done <- o.serve(ctx, line, o.clean) }()
	select {
	case r := <-done:
		if r.Error == "" || ctx.Err() == nil {
			return r // done in time, or failed for its own reason
		}
	case <-ctx.Done():
	}
	return response{ID: idOf(line), Error: fmt.Sprintf("timeout after %v", o.timeout)}
}

// prefixBytes is how much of an over-long request is kept to recover its
// id.
const prefixBytes = 4096

// readRequest reads one line of r. A line longer than limit is not held in
// memory: its first prefixBytes are returned with over set, and the rest is
// skipped.
func readRequest(r *bufio.Reader, limit int) (line []byte, over bool, err error) {
	for {
		chunk, err := r.ReadSlice('\n')
		switch {
		case over:
		case len(line)+len(chunk) > limit:
			over = true
			line = append(line, chunk...)
			line = line[:min(len(line), prefixBytes)]
		default:
			line = append(line, chunk...)
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return line, over, err
		}
	}
}

// idFromPrefix recovers the id from the start of a request too long to
// read whole, when the id comes before the long field; null otherwise.
func idFromPrefix(prefix []byte) json.RawMessage {
	dec := json.NewDecoder(bytes.NewReader(prefix))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return json.RawMessage("null")
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			break
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			break
		}
		if key == "id" {
			return v
		}
	}
	return json.RawMessage("null")
}

func encodeResponse(r response) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		buf.Reset()
		msg, _ := json.Marshal("encoding response: " + err.Error())
		fmt.Fprintf(&buf, "{\"id\":%s,\"error\":%s}\n", orNull(r.ID), msg)
	}
	return buf.Bytes()
}

func orNull(id json.RawMessage) json.RawMessage {
	if len(id) == 0 {
		return json.RawMessage("null")
	}
	return id
}
