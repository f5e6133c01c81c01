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
	// Markdown is the article as Markdown, with -markdown.
	Markdown *string `json:"markdown,omitempty"`
}

// answerOptions say what goes into an answer besides what every answer
// holds.
type answerOptions struct {
	clean    bool // a text request is answered with the cleaned text
	markdown bool // a page's answer carries its Markdown
	// together runs the search for quotes and the one for figures and
	// dates at the same time. A single page does; a batch, whose -j
	// workers already keep the CPUs busy, does not: it would gain
	// nothing, and each record would hold the two searches' memory at
	// once (on a 15 MB page, ~370 MB live instead of ~220 MB).
	together bool
}

// articleResponse answers a page request. The page's dates count from its
// publish date, or its last-modified date, or else the request's reference
// date ref.
func articleResponse(ctx context.Context, id json.RawMessage, a *lede.Article, ref time.Time, o answerOptions) (response, error) {
	for _, t := range []time.Time{a.Published, a.Modified} {
		if !t.IsZero() {
			ref = t
			break
		}
	}
	f, err := find(ctx, a.Text, ref, a.QuotesContext, o.together)
	if err != nil {
		return response{}, err
	}
	resp := response{ID: id, Article: a, Text: &a.Text, Quotes: nonNil(f.quotes),
		Figures: nonNil(f.figures), Dates: nonNil(f.dates)}
	if o.markdown {
		md := a.Markdown()
		resp.Markdown = &md
	}
	return resp, nil
}

// textResponse answers a text request: the text and what was found in it,
// dates resolved against ref.
func textResponse(ctx context.Context, id json.RawMessage, text string, ref time.Time, o answerOptions) (response, error) {
	quotes := func(ctx context.Context) ([]lede.Quote, error) { return lede.QuotesContext(ctx, text) }
	f, err := find(ctx, text, ref, quotes, o.together)
	if err != nil {
		return response{}, err
	}
	return response{ID: id, Text: &text, Quotes: nonNil(f.quotes),
		Figures: nonNil(f.figures), Dates: nonNil(f.dates)}, nil
}

// nonNil makes an empty list encode as [] rather than null.
func nonNil[T any](s []T) *[]T {
	if s == nil {
		s = []T{}
	}
	return &s
}

// decodeRequest reads one request line; a missing or null id is null.
func decodeRequest(line []byte) (request, error) {
	var req request
	if err := json.Unmarshal(line, &req); err != nil {
		return request{}, err
	}
	req.ID = orNull(req.ID)
	return req, nil
}

// serve answers one request, with what o asks for. When ctx is done first, the work stops and the answer
// is ctx's error. A panic inside lede, which would be a bug, becomes that
// record's error so that the rest of the batch is served.
func serve(ctx context.Context, req request, o answerOptions) (resp response) {
	defer func() {
		if r := recover(); r != nil {
			resp = response{ID: req.ID, Error: fmt.Sprintf("internal error: %v", r)}
		}
	}()
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
			resp, err = articleResponse(ctx, req.ID, a, ref, o)
		}
		return orError(req.ID, resp, err)
	case req.Text != nil && o.clean:
		resp, err := textResponse(ctx, req.ID, lede.Clean(*req.Text), ref, o)
		return orError(req.ID, resp, err)
	case req.Text != nil:
		resp, err := textResponse(ctx, req.ID, *req.Text, ref, o)
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

// idOf recovers the id of a line that is no valid request, so that the
// caller can still match the error to its record: from valid JSON of the
// wrong shape ({"id": 7, "html": 12}) or from the start of a line that
// breaks off ({"id": 7, "text": "… with no end); null when it cannot.
func idOf(line []byte) json.RawMessage {
	var partial struct {
		ID json.RawMessage `json:"id"`
	}
	if json.Unmarshal(line, &partial) == nil && len(partial.ID) > 0 {
		return partial.ID
	}
	return idFromPrefix(line)
}

// batchOptions are the settings of a batch.
type batchOptions struct {
	workers  int           // requests served at once
	answer   answerOptions // what goes into the answers
	timeout  time.Duration // per request; 0 means none
	maxBytes int           // the longest request line served
	offsets  offsetUnit    // what the responses' offsets count
	// serve answers one request: serve, unless a test needs a slow one.
	serve func(ctx context.Context, req request, o answerOptions) response
	// progress, when not nil, is where the batch's progress is shown: a
	// terminal, as the line is rewritten in place.
	progress io.Writer
}

// DefaultMaxRequestBytes is the longest request line a batch serves unless
// -max-bytes says otherwise: room for a page at lede.DefaultMaxBytes with
// its JSON escaping.
const DefaultMaxRequestBytes = 4 * lede.DefaultMaxBytes

// inputLine is one line of a batch's input, without its line break and
// surrounding white space.
type inputLine struct {
	n    int    // 1-based line number
	text []byte // the request, or its first prefixBytes when over
	over bool   // the line was longer than the -max-bytes limit
}

// answered is a response, encoded, on its way to the output.
type answered struct {
	line   []byte
	failed bool // the response is an error
}

// serveBatch answers each line of in with a line on out, in input order,
// serving up to o.workers requests at once.
func serveBatch(in io.Reader, out io.Writer, o batchOptions) error {
	type job struct {
		inputLine
		result chan answered
	}
	jobs := make(chan job, o.workers)
	pending := make(chan chan answered, 2*o.workers)
	for range o.workers {
		go func() {
			lines := newLineEncoder()
			for j := range jobs {
				resp := answer(j.inputLine, o)
				j.result <- answered{line: lines.encode(resp), failed: resp.Error != ""}
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(pending)
		defer close(jobs)
		readErr <- readLines(in, o.maxBytes, func(l inputLine) {
			j := job{inputLine: l, result: make(chan answered, 1)}
			pending <- j.result
			jobs <- j
		})
	}()
	err := writeAnswers(out, pending, newProgress(o.progress, time.Now))
	if rerr := <-readErr; rerr != nil {
		return fmt.Errorf("reading requests: %w", rerr)
	}
	return err
}

// writeAnswers writes each response to out as it comes, in the order of
// pending. After a write error it goes on draining pending, so that the
// workers finish, and returns that error.
func writeAnswers(out io.Writer, pending <-chan chan answered, p *progress) error {
	w := bufio.NewWriter(out)
	var writeErr error
	for res := range pending {
		a := <-res
		p.record(a.failed)
		if writeErr == nil {
			if _, writeErr = w.Write(a.line); writeErr == nil {
				writeErr = w.Flush()
			}
		}
	}
	p.finish()
	return writeErr
}

// utf8BOM is the byte order mark some Windows tools put at the start of a
// UTF-8 file.
var utf8BOM = []byte("\xEF\xBB\xBF")

// readLines calls each for every line of in, in order: a blank line too,
// so that each input line gets its response. A final line break ends the
// last line rather than starting an empty one. The error is nil at the end
// of the input.
func readLines(in io.Reader, maxBytes int, each func(inputLine)) error {
	r := bufio.NewReaderSize(in, 1<<20)
	for n := 1; ; n++ {
		text, over, err := readRequest(r, maxBytes)
		if n == 1 {
			text = bytes.TrimPrefix(text, utf8BOM)
		}
		if err == nil || len(text) > 0 {
			each(inputLine{n: n, text: bytes.TrimSpace(text), over: over})
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// answer is the response to one input line.
func answer(l inputLine, o batchOptions) response {
	if l.over {
		msg := fmt.Sprintf("request exceeds -max-bytes (%d bytes)", o.maxBytes)
		return response{ID: idFromPrefix(l.text), Error: msg}
	}
	if len(l.text) == 0 {
		return response{ID: json.RawMessage("null"), Error: fmt.Sprintf("line %d: blank line, want a JSON request", l.n)}
	}
	req, err := decodeRequest(l.text)
	if err != nil {
		return response{ID: idOf(l.text), Error: fmt.Sprintf("line %d: invalid request: %v", l.n, err)}
	}
	resp := serveWithin(req, o)
	convertOffsets(&resp, o.offsets)
	return resp
}

// serveWithin serves req as o.serve does, or answers a timeout error when
// that takes longer than o.timeout. The answer comes on time even from a
// stage that does not watch the context (the HTML parser); the work itself
// stops at lede's next look at it.
func serveWithin(req request, o batchOptions) response {
	if o.timeout <= 0 {
		return o.serve(context.Background(), req, o.answer)
	}
	ctx, cancel := context.WithTimeout(context.Background(), o.timeout)
	defer cancel()
	done := make(chan response, 1)
	go func() { done <- o.serve(ctx, req, o.answer) }()
	select {
	case r := <-done:
		if r.Error == "" || ctx.Err() == nil {
			return r // done in time, or failed for its own reason
		}
	case <-ctx.Done():
	}
	return response{ID: req.ID, Error: fmt.Sprintf("timeout after %v", o.timeout)}
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

// lineEncoder encodes a batch's responses, a line each, reusing its
// buffers from one response to the next: a new responseEncoder for each
// would grow them anew, and allocate three times as much as
// json.Encoder, whose buffers encoding/json pools.
type lineEncoder struct {
	line bytes.Buffer
	enc  *responseEncoder // writes to line
}

// keepBuffersUpTo is the most a lineEncoder keeps of its buffers from
// one response to the next: a huge line (a 15 MB page's is 35 MB) is not
// held until the batch ends.
const keepBuffersUpTo = 1 << 20

func newLineEncoder() *lineEncoder {
	l := &lineEncoder{}
	l.renew()
	return l
}

// renew starts l afresh, with empty buffers.
func (l *lineEncoder) renew() {
	l.line = bytes.Buffer{}
	l.enc = newResponseEncoder(&l.line, false)
}

// encode is r as a line of JSON, or, when r cannot be encoded, a line
// that reports it. The line is whole before it is written, so that a
// failure midway is still answered by one line.
func (l *lineEncoder) encode(r response) []byte {
	if l.line.Cap() > keepBuffersUpTo || l.enc.buf.Cap() > keepBuffersUpTo {
		l.renew()
	}
	l.line.Reset()
	if err := l.enc.encode(r); err != nil {
		l.line.Reset()
		msg, _ := json.Marshal("encoding response: " + err.Error())
		fmt.Fprintf(&l.line, "{\"id\":%s,\"error\":%s}\n", orNull(r.ID), msg)
	}
	return bytes.Clone(l.line.Bytes())
}

func orNull(id json.RawMessage) json.RawMessage {
	if len(id) == 0 {
		return json.RawMessage("null")
	}
	return id
}
