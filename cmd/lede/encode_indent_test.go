package main

import (
	"bytes"
	"encoding/json"
	"testing"
)

// indentCases are compact JSON values of every shape, with the strings
// that could fool a look at punctuation alone.
var indentCases = []string{
	`1`, `"x"`, `null`, `true`, `-1.5e+300`,
	`{}`, `[]`, `[[]]`, `{"a":{}}`, `[{},[],{"b":[]}]`,
	`{"a":1,"b":[1,2,{"c":null}],"d":{"e":"f"}}`,
	`{"text":"a, b: {c} [d]","q":"\"quoted\", she said","bs":"C:\\dir\\","u":"\u2028\ufffd"}`,
	`["\\\"",",",":","{","[","}","]"]`,
	`{"speaker":{"text":"the mayor","start":32,"end":41,"name":""},"parts":[[1,4],[10,20]]}`,
}

func TestAppendIndented(t *testing.T) {
	for _, src := range indentCases {
		for _, prefix := range []string{"", "  ", "    "} {
			var want bytes.Buffer
			if err := json.Indent(&want, []byte(src), prefix, "  "); err != nil {
				t.Fatalf("%s: %v", src, err)
			}
			got := appendIndented([]byte("before:"), []byte(src), prefix)
			if string(got) != "before:"+want.String() {
				t.Errorf("appendIndented(%s, %q) =\n%s\nwant\n%s", src, prefix, got[len("before:"):], want.String())
			}
		}
	}
}

// FuzzAppendIndented checks appendIndented against json.Indent on the
// compact form of any valid JSON.
func FuzzAppendIndented(f *testing.F) {
	for _, src := range indentCases {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var compact bytes.Buffer
		if json.Compact(&compact, data) != nil {
			return
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), "  ", "  "); err != nil {
			t.Fatal(err)
		}
		if got := appendIndented(nil, compact.Bytes(), "  "); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("appendIndented(%s) =\n%s\nwant\n%s", compact.Bytes(), got, want.Bytes())
		}
	})
}
