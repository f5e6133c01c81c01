package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/parser"
	"go/token"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

const page = `<html lang="en"><head><title>Pier to be rebuilt | Tidewater</title></head><body>
<article><h1>Pier to be rebuilt</h1><p>The council voted on Wednesday to rebuild the ferry pier at a cost of $4.2 million.</p></article></body></html>`

func TestBatch(t *testing.T) {
	htmlReq, _ := json.Marshal(map[string]any{"id": "a", "html": page, "url": "https://tidewater.example/2024/03/14/pier"})
	input := strings.Join([]string{
		string(htmlReq),
		`{"id": 7, "text": "Plain text stays as it is."}`,
		`{"id": 8, "text": "“We will rebuild the pier,” the mayor said."}`,
		`{"id": "broken", "html": 12}`,
		`not json at all`,
		``, // a blank line is answered too, so that lines and answers pair up
		`{"id": null}`,
		`{"id": "d", "html": "<p>By Jane Roe | 2 hours ago</p><p>A sentence that is long enough to be the article's only paragraph.</p>", "dct": "2016-11-07T16:12:00"}`,
		`{"id": "bad-date", "html": "<p>x</p>", "date": "next week"}`,
		`{"id": "e", "text": "Sales rose 5% to $2 billion on Tuesday.", "date": "2019-03-08"}`,
	}, "\n")
	var out, errOut bytes.Buffer
	if code := run([]string{"-jsonl", "-j", "3"}, strings.NewReader(input), &out, &errOut); code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 10 {
		t.Fatalf("got %d lines, want 10:\n%s", len(lines), out.String())
	}
	var got []map[string]any
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		got = append(got, m)
	}
	if got[0]["id"] != "a" || got[0]["title"] != "Pier to be rebuilt" ||
		got[0]["text"] != "The council voted on Wednesday to rebuild the ferry pier at a cost of $4.2 million." ||
		got[0]["published"] != "2024-03-14T00:00:00Z" || got[0]["site"] != "Tidewater" {
		t.Errorf("html response = %v", got[0])
	}
	if diff := cmp.Diff(map[string]any{"id": float64(7), "text": "Plain text stays as it is.",
		"quotes": []any{}, "figures": []any{}, "dates": []any{}}, got[1]); diff != "" {
		t.Errorf("text response (-want +got):\n%s", diff)
	}
	wantQuote := map[string]any{
		"text": "We will rebuild the pier", "start": float64(3), "end": float64(27), "type": "direct", "cue": "said",
		"speaker": map[string]any{"text": "the mayor", "start": float64(32), "end": float64(41), "name": ""},
	}
	if diff := cmp.Diff([]any{wantQuote}, got[2]["quotes"]); diff != "" {
		t.Errorf("quotes of a text request (-want +got):\n%s", diff)
	}
	wantFigures := []any{
		map[string]any{"text": "5%", "start": float64(11), "end": float64(13), "type": "percent", "value": float64(5), "unit": "%"},
		map[string]any{"text": "$2 billion", "start": float64(17), "end": float64(27), "type": "money", "value": float64(2e9), "unit": "USD"},
	}
	if diff := cmp.Diff(wantFigures, got[9]["figures"]); diff != "" {
		t.Errorf("figures of a text request (-want +got):\n%s", diff)
	}
	wantDates := []any{map[string]any{"text": "Tuesday", "start": float64(31), "end": float64(38), "type": "date", "value": "2019-03-05"}}
	if diff := cmp.Diff(wantDates, got[9]["dates"]); diff != "" {
		t.Errorf("dates of a text request, against its date (-want +got):\n%s", diff)
	}
	if got[7]["published"] != "2016-11-07T14:12:00Z" {
		t.Errorf("relative date against dct: %v", got[7])
	}
	if got[8]["id"] != "bad-date" || !strings.Contains(fmt.Sprint(got[8]["error"]), "invalid date") {
		t.Errorf("bad date: %v", got[8])
	}
	for i, want := range []struct {
		id    any
		error string
	}{
		{"broken", "line 4: invalid request: "},
		{nil, "line 5: invalid request: "},
		{nil, "line 6: blank line"},
		{nil, `request has neither "html" nor "text"`},
	} {
		r := got[3+i]
		if r["id"] != want.id || !strings.HasPrefix(fmt.Sprint(r["error"]), want.error) {
			t.Errorf("response %d = %v, want id %v and an error starting %q", 3+i, r, want.id, want.error)
		}
	}
}

// TestBatchLines: every input line gets exactly one response, in order,
// whatever the line holds; an error for a line that is no request names
// its line number and whatever id can be read from it.
func TestBatchLines(t *testing.T) {
	tests := []struct {
		name, input string
		want        []string // the responses, whole
	}{
		{"a byte order mark before the first request is ignored",
			"\uFEFF{\"id\": 1, \"text\": \"\"}\n",
			[]string{`{"id":1,"text":"","quotes":[],"figures":[],"dates":[]}`}},
		{"a byte order mark on a later line is no white space",
			"{\"id\": 1, \"text\": \"\"}\n\uFEFF{\"id\": 2}\n",
			[]string{`{"id":1,"text":"","quotes":[],"figures":[],"dates":[]}`,
				`{"id":null,"error":"line 2: invalid request: invalid character 'ï' looking for beginning of value"}`}},
		{"blank lines, of spaces too, are answered with their numbers",
			"\n   \n{\"id\": \"x\", \"text\": \"\"}\n\t\n",
			[]string{`{"id":null,"error":"line 1: blank line, want a JSON request"}`,
				`{"id":null,"error":"line 2: blank line, want a JSON request"}`,
				`{"id":"x","text":"","quotes":[],"figures":[],"dates":[]}`,
				`{"id":null,"error":"line 4: blank line, want a JSON request"}`}},
		{"windows line ends are line ends",
			"{\"id\": 1, \"text\": \"\"}\r\n\r\n",
			[]string{`{"id":1,"text":"","quotes":[],"figures":[],"dates":[]}`,
				`{"id":null,"error":"line 2: blank line, want a JSON request"}`}},
		{"a last line without a line break is a line",
			"{\"id\": 1, \"text\": \"\"}\n{\"id\": 2, \"text\": \"\"}",
			[]string{`{"id":1,"text":"","quotes":[],"figures":[],"dates":[]}`,
				`{"id":2,"text":"","quotes":[],"figures":[],"dates":[]}`}},
		{"the id of a request cut short is recovered",
			`{"id": "cut", "text": "no end`,
			[]string{`{"id":"cut","error":"line 1: invalid request: unexpected end of JSON input"}`}},
		{"the id of a request of the wrong shape is recovered",
			`{"id": [1, 2], "text": 3}`,
			[]string{`{"id":[1,2],"error":"line 1: invalid request: json: cannot unmarshal number into Go struct field request.text of type string"}`}},
		{"no id in a line that is not JSON",
			`id: 3`,
			[]string{`{"id":null,"error":"line 1: invalid request: invalid character 'i' looking for beginning of value"}`}},
		{"empty input, no responses", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			if code := run([]string{"-jsonl", "-j", "2"}, strings.NewReader(tt.input), &out, &bytes.Buffer{}); code != 0 {
				t.Fatalf("exit %d", code)
			}
			got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
			if out.Len() == 0 {
				got = nil
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("responses (-want +got):\n%s", diff)
			}
		})
	}
}

// TestBatchDecodesOnce checks that a page sent in a JSON string, which is
// text already, is not decoded again with the charset its markup declares:
// the declaration described the page's original bytes, not these.
func TestBatchDecodesOnce(t *testing.T) {
	tests := []struct{ name, charset, para string }{
		{"chinese page declared gb2312", "gb2312", "市政府周三宣布，新的地铁线路将于明年年底前建成通车。"},
		{"japanese page declared shift_jis", "shift_jis", "市議会は水曜日、新しい橋の建設計画を承認したと発表した。"},
		{"french page declared windows-1252", "windows-1252", "Le conseil a voté mercredi la rénovation du pont, à l'été prochain."},
		{"russian page declared koi8-r", "koi8-r", "Городской совет в среду одобрил план ремонта старого моста."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><meta charset="` + tt.charset + `"><title>t</title></head><body><article><p>` +
				tt.para + `</p></article></body></html>`
			req, _ := json.Marshal(map[string]any{"id": 1, "html": page})
			var out bytes.Buffer
			if code := run([]string{"-jsonl"}, bytes.NewReader(req), &out, &bytes.Buffer{}); code != 0 {
				t.Fatalf("exit %d", code)
			}
			var r struct{ Text string }
			if err := json.Unmarshal(out.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			if r.Text != tt.para {
				t.Errorf("text = %q, want %q", r.Text, tt.para)
			}
		})
	}
}

// TestBatchReferenceDate: a page without dates of its own resolves its
// text's relative dates against the request's reference date, as a text
// request does.
func TestBatchReferenceDate(t *testing.T) {
	in := `{"id": "h", "html": "<p>They met on Tuesday to agree the budget for the new ferry pier at last.</p>", "date": "2024-03-14"}` + "\n" +
		`{"id": "t", "text": "They met on Tuesday to agree the budget for the new ferry pier at last.", "date": "2024-03-14"}`
	var out bytes.Buffer
	if code := run([]string{"-jsonl"}, strings.NewReader(in), &out, &bytes.Buffer{}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	dec := json.NewDecoder(&out)
	for range 2 {
		var r struct {
			ID    string
			Dates []struct{ Value string }
		}
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		if len(r.Dates) != 1 || r.Dates[0].Value != "2024-03-12" {
			t.Errorf("%s request: dates %v, want Tuesday 2024-03-12", r.ID, r.Dates)
		}
	}
}

// TestBatchLimits: a request too long or too slow is answered with an
// error that names its id, and the batch goes on.
func TestBatchLimits(t *testing.T) {
	stopped := make(chan struct{})
	slowServe := func(ctx context.Context, req request, o answerOptions) response {
		if string(req.ID) == `"slow"` {
			<-ctx.Done() // the work of a request that never ends on its own
			close(stopped)
		}
		return serve(ctx, req, o)
	}
	long := `{"id": "long", "text": "` + strings.Repeat("word ", 2000) + `"}`
	in := strings.Join([]string{
		`{"id": 1, "text": "First."}`,
		long,
		`{"id": "slow", "text": "Takes forever."}`,
		`{"id": 2, "text": "Last."}`,
	}, "\n")
	var out bytes.Buffer
	o := batchOptions{workers: 2, timeout: 50 * time.Millisecond, maxBytes: 1000, serve: slowServe}
	if err := serveBatch(strings.NewReader(in), &out, o); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	dec := json.NewDecoder(&out)
	for dec.More() {
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			t.Fatal(err)
		}
		got = append(got, m)
	}
	if len(got) != 4 {
		t.Fatalf("got %d responses, want 4: %v", len(got), got)
	}
	if got[0]["id"] != float64(1) || got[0]["error"] != nil || got[3]["id"] != float64(2) || got[3]["error"] != nil {
		t.Errorf("the short requests were not served: %v, %v", got[0], got[3])
	}
	if got[1]["id"] != "long" || !strings.Contains(fmt.Sprint(got[1]["error"]), "max-bytes") {
		t.Errorf("long request: %v", got[1])
	}
	if got[2]["id"] != "slow" || !strings.Contains(fmt.Sprint(got[2]["error"]), "timeout") {
		t.Errorf("slow request: %v", got[2])
	}
	select {
	case <-stopped:
	case <-time.After(10 * time.Second):
		t.Error("the slow request's context was never canceled")
	}
}

// TestBatchOrder sends many requests through several workers and checks
// that the responses come back in input order.
func TestBatchOrder(t *testing.T) {
	var in strings.Builder
	for i := range 200 {
		body := strings.Repeat(fmt.Sprintf("Sentence %d of a fairly long paragraph. ", i), i%20+1)
		req, _ := json.Marshal(map[string]any{"id": i, "html": "<p>" + body + "</p>"})
		in.Write(req)
		in.WriteByte('\n')
	}
	var out bytes.Buffer
	if code := run([]string{"-jsonl", "-j", "4"}, strings.NewReader(in.String()), &out, &bytes.Buffer{}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	dec := json.NewDecoder(&out)
	for i := range 200 {
		var r struct {
			ID   int    `json:"id"`
			Text string `json:"text"`
		}
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("response %d: %v", i, err)
		}
		if r.ID != i || !strings.HasPrefix(r.Text, fmt.Sprintf("Sentence %d ", i)) {
			t.Fatalf("response %d has id %d, text %.30q", i, r.ID, r.Text)
		}
	}
}

func TestSinglePage(t *testing.T) {
	var out bytes.Buffer
	if code := run([]string{"-url", "https://tidewater.example/x", "-"}, strings.NewReader(page), &out, &bytes.Buffer{}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	var r map[string]any
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r["title"] != "Pier to be rebuilt" || r["url"] != "https://tidewater.example/x" || r["blocks"] == nil {
		t.Errorf("response = %v", r)
	}
	if _, ok := r["id"]; ok {
		t.Errorf("single-page response has an id: %v", r)
	}
}

// TestSinglePageText: the report shows the article and what was found in
// it, the page's dates resolved against -date as in JSON output.
func TestSinglePageText(t *testing.T) {
	var out bytes.Buffer
	if code := run([]string{"-format", "text", "-date", "2024-03-14", "-"}, strings.NewReader(page), &out, &bytes.Buffer{}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	want := `Pier to be rebuilt
==================
Tidewater

The council voted on Wednesday to rebuild the ferry pier at a cost of $4.2
million.

Figures (1)
===========
Money
  $4.2 million → 4,200,000 USD

Dates (1)
=========
Date
  Wednesday → 2024-03-13
`
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("report (-want +got):\n%s", diff)
	}
}

// TestSinglePageMarkdown checks only that the body comes out: what
// Markdown the library makes of it is the library's to test.
func TestSinglePageMarkdown(t *testing.T) {
	var out bytes.Buffer
	if code := run([]string{"-format", "markdown", "-"}, strings.NewReader(page), &out, &bytes.Buffer{}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.HasPrefix(out.String(), "# ") || !strings.Contains(out.String(), "The council voted on Wednesday") || strings.Contains(out.String(), `"title"`) {
		t.Errorf("markdown output:\n%s", out.String())
	}
}

// TestMarkdownField: -markdown adds the article's Markdown to the JSON of a
// page, alone or in a batch, and to no text request's answer.
func TestMarkdownField(t *testing.T) {
	var one bytes.Buffer
	if code := run([]string{"-markdown", "-"}, strings.NewReader(page), &one, &bytes.Buffer{}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	var r struct{ Markdown *string }
	if err := json.Unmarshal(one.Bytes(), &r); err != nil || r.Markdown == nil || !strings.Contains(*r.Markdown, "The council voted on Wednesday") {
		t.Errorf("single page with -markdown: %v\n%s", err, one.String())
	}
	pageJSON, _ := json.Marshal(page)
	batch := `{"id":1,"html":` + string(pageJSON) + `}` + "\n" + `{"id":2,"text":"The council met."}` + "\n"
	var out bytes.Buffer
	if code := run([]string{"-jsonl", "-markdown"}, strings.NewReader(batch), &out, &bytes.Buffer{}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], `"markdown":"`) || strings.Contains(lines[1], `"markdown"`) {
		t.Errorf("batch with -markdown:\n%s", out.String())
	}
	var plain bytes.Buffer
	run([]string{"-"}, strings.NewReader(page), &plain, &bytes.Buffer{})
	if strings.Contains(plain.String(), `"markdown"`) {
		t.Errorf("JSON without -markdown has a markdown field")
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args    []string
		message string // what stderr must say
	}{
		{[]string{}, "want one page"},
		{[]string{"a.html", "b.html"}, "got 2 arguments"},
		{[]string{"-format", "xml", "page.html"}, `-format "xml"`},
		{[]string{"-jsonl", "extra-arg"}, "takes no file"},
		{[]string{"-date", "soon", "page.html"}, "invalid date"},
		{[]string{"-no-such-flag"}, "flag provided but not defined: -no-such-flag"},
		{[]string{"-j", "lots", "-jsonl"}, `invalid value "lots" for flag -j`},
		{[]string{"-jsonl", "-j", "0"}, "-j 0: want at least 1"},
		{[]string{"-jsonl", "-max-bytes", "-5"}, "-max-bytes -5: want at least 1"},
		{[]string{"-jsonl", "-timeout", "-1s"}, "-timeout -1s: want 0"},
		{[]string{"-offsets", "words", "page.html"}, `-offsets "words"`},
		{[]string{"-offsets", "runes", "-format", "text", "page.html"}, "-offsets applies only to JSON output"},
		{[]string{"-markdown", "-format", "markdown", "page.html"}, "-markdown adds a field to JSON output"},
		// Batch flags with a single page.
		{[]string{"-clean", "page.html"}, "-clean applies only with -jsonl"},
		{[]string{"-j", "4", "page.html"}, "-j applies only with -jsonl"},
		{[]string{"-timeout", "5s", "page.html"}, "-timeout applies only with -jsonl"},
		{[]string{"-max-bytes", "100", "page.html"}, "-max-bytes applies only with -jsonl"},
		// Single-page flags in a batch, where requests carry them.
		{[]string{"-jsonl", "-format", "text"}, "-format applies to a single page"},
		{[]string{"-jsonl", "-url", "https://a.example/"}, "-url applies to a single page"},
		{[]string{"-date", "2024-03-14", "-jsonl"}, "-date applies to a single page"},
		// Set to its default value, a flag is still set.
		{[]string{"-jsonl", "-format", "json"}, "-format applies to a single page"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		code := run(tt.args, strings.NewReader(""), &out, &errOut)
		if code != 2 || !strings.Contains(errOut.String(), tt.message) || !strings.Contains(errOut.String(), "lede -h") {
			t.Errorf("run(%q): exit %d, stderr %q; want 2 and a message with %q and a pointer to -h", tt.args, code, errOut.String(), tt.message)
		}
		if out.Len() != 0 {
			t.Errorf("run(%q) wrote to stdout: %q", tt.args, out.String())
		}
	}
}

func TestReadErrors(t *testing.T) {
	var errOut bytes.Buffer
	if code := run([]string{"/no/such/file.html"}, nil, &bytes.Buffer{}, &errOut); code != 1 || !strings.Contains(errOut.String(), "no such file") {
		t.Errorf("missing file: exit %d, stderr %q", code, errOut.String())
	}
	errOut.Reset()
	failing := io.MultiReader(strings.NewReader(`{"id": 1, "text": "x"}`+"\n"), iotest.ErrReader(errors.New("disk on fire")))
	var out bytes.Buffer
	if code := run([]string{"-jsonl"}, failing, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "disk on fire") {
		t.Errorf("failing input: exit %d, stderr %q", code, errOut.String())
	}
	if !strings.HasPrefix(out.String(), `{"id":1,`) {
		t.Errorf("the request read before the failure was not answered: %q", out.String())
	}
}

// TestHelp: -h, -help and --help print the manual on stdout, and it
// covers every flag, each mode's examples and the exit codes, in lines a
// terminal 80 columns wide shows whole.
func TestHelp(t *testing.T) {
	for _, arg := range []string{"-h", "-help", "--help"} {
		var out, errOut bytes.Buffer
		if code := run([]string{arg}, nil, &out, &errOut); code != 0 || errOut.Len() != 0 {
			t.Fatalf("%s: exit %d, stderr %q", arg, code, errOut.String())
		}
		help := out.String()
		newFlagSet(&settings{}, io.Discard).VisitAll(func(f *flag.Flag) {
			if !strings.Contains(help, "  -"+f.Name+" ") {
				t.Errorf("%s: the help does not explain -%s", arg, f.Name)
			}
		})
		for _, want := range []string{"-format text", "-format markdown", " -\n", "-jsonl -j", "-clean",
			"-timeout 10s", "-max-bytes 2000000", "-offsets utf16", "Exit status", "  0  ", "  1  ", "  2  "} {
			if !strings.Contains(help, want) {
				t.Errorf("%s: the help lacks %q", arg, want)
			}
		}
		for _, line := range strings.Split(help, "\n") {
			if n := utf8.RuneCountInString(line); n > 80 {
				t.Errorf("%s: help line of %d runes: %q", arg, n, line)
			}
		}
	}
}

// TestPackageDoc keeps the package comment, the manual of go doc, in step
// with the flags.
func TestPackageDoc(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "main.go", nil, parser.PackageClauseOnly|parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	doc := f.Doc.Text()
	newFlagSet(&settings{}, io.Discard).VisitAll(func(f *flag.Flag) {
		if !strings.Contains(doc, "-"+f.Name) {
			t.Errorf("the package comment does not mention -%s", f.Name)
		}
	})
	for _, want := range []string{"runes", "utf16", "Exit status", "line N"} {
		if !strings.Contains(doc, want) {
			t.Errorf("the package comment lacks %q", want)
		}
	}
}

func TestVersion(t *testing.T) {
	var out bytes.Buffer
	if code := run([]string{"-version"}, nil, &out, &bytes.Buffer{}); code != 0 || !strings.HasPrefix(out.String(), "lede ") {
		t.Errorf("-version: exit %d, output %q", code, out.String())
	}
	tests := []struct {
		name string
		info *debug.BuildInfo
		ok   bool
		want string
	}{
		{"installed from a tag", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}}, true, "lede v1.2.0"},
		{"built from a checkout", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "4873c8d"}, {Key: "vcs.modified", Value: "false"}}},
			true, "lede (devel) 4873c8d"},
		{"built from a changed checkout", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "4873c8d"}, {Key: "vcs.modified", Value: "true"}}},
			true, "lede (devel) 4873c8d (modified)"},
		{"built without version control", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, true, "lede (devel)"},
		{"a pseudo-version names the revision already", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20240314093000-4873c8d1a2b3+dirty"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "4873c8d1a2b3c4d5e6f7"}, {Key: "vcs.modified", Value: "true"}}},
			true, "lede v0.0.0-20240314093000-4873c8d1a2b3+dirty"},
		{"a release built from its tag", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "4873c8d1a2b3c4d5e6f7"}, {Key: "vcs.modified", Value: "false"}}},
			true, "lede v1.2.0 4873c8d1a2b3c4d5e6f7"},
		{"a test binary", &debug.BuildInfo{}, true, "lede (devel)"},
		{"no build information", nil, false, "lede (unknown version)"},
	}
	for _, tt := range tests {
		if got := versionLine(tt.info, tt.ok); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestPageMemoryLimit(t *testing.T) {
	for _, tt := range []struct{ size, want int64 }{
		{0, minPageMemory},
		{1 << 20, minPageMemory},
		{15 << 20, 15 << 20 * pageMemoryFactor},
	} {
		if got := pageMemoryLimit(tt.size); got != tt.want {
			t.Errorf("pageMemoryLimit(%d) = %d, want %d", tt.size, got, tt.want)
		}
	}
}

// TestLimitCostsTooMuch checks when a page's memory limit is lifted: the
// live heap over half the limit and the collector over a quarter of the
// CPU time, both.
func TestLimitCostsTooMuch(t *testing.T) {
	for _, tt := range []struct {
		name string
		s    gcStats
		want bool
	}{
		{"live heap far under the limit", gcStats{live: 10, gcCPU: 9, userCPU: 1}, false},
		{"live heap at half the limit", gcStats{live: 50, gcCPU: 9, userCPU: 1}, false},
		{"collector at its own share", gcStats{live: 90, gcCPU: 1, userCPU: 3}, false},
		{"collector past its share", gcStats{live: 60, gcCPU: 1.1, userCPU: 3}, true},
		{"live heap over the limit, collector cheap", gcStats{live: 200, gcCPU: 0.1, userCPU: 3}, false},
		{"live heap over the limit, collector dear", gcStats{live: 200, gcCPU: 2, userCPU: 3}, true},
	} {
		if got := limitCostsTooMuch(tt.s, 100); got != tt.want {
			t.Errorf("%s: %v", tt.name, got)
		}
	}
}

// TestAfterEachGC checks that afterEachGC calls back once per collection
// with the live heap, until told to stop. (When limitMemoryTo lifts its
// limit depends on the CPU time the collector takes, which no test can
// set; TestLimitCostsTooMuch checks the rule.)
func TestAfterEachGC(t *testing.T) {
	calls := make(chan gcStats, 10)
	n := 0
	afterEachGC(func(s gcStats) bool {
		calls <- s
		n++
		return n < 3
	})
	deadline := time.After(10 * time.Second)
	for range 3 {
		// A collection may begin before the cleanup that re-arms the
		// watch ends; the next one sees it.
	wait:
		for {
			runtime.GC()
			select {
			case s := <-calls:
				if s.live == 0 || s.gcCPU <= 0 {
					t.Errorf("after a collection: %+v", s)
				}
				break wait
			case <-deadline:
				t.Fatal("no call after collections")
			case <-time.After(time.Millisecond):
			}
		}
	}
	runtime.GC()
	runtime.GC()
	select {
	case <-calls:
		t.Error("called again after returning false")
	case <-time.After(50 * time.Millisecond):
	}
}
