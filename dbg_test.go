package lede

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestDbgQuotes(t *testing.T) {
	f, _ := os.ReadFile("../shared/data/quotes/dev.jsonl")
	needle := os.Getenv("NEEDLE")
	for _, line := range strings.Split(string(f), "\n") {
		if !strings.Contains(line, needle) {
			continue
		}
		var doc struct{ ID, Text string }
		json.Unmarshal([]byte(line), &doc)
		i := strings.Index(doc.Text, needle)
		if i < 0 {
			continue
		}
		d := newQuoteDoc(doc.Text)
		t.Logf("sentence: %q", doc.Text[d.sentenceAt(i).Start:d.sentenceAt(i).End])
		t.Logf("covered: %v", d.isCovered(d.sentenceAt(i).Start, d.sentenceAt(i).End))
		for _, q := range Quotes(doc.Text) {
			if q.End >= i-300 && q.Start <= i+300 {
				sp := ""
				if q.Speaker != nil {
					sp = q.Speaker.Text + " [" + q.Speaker.Name + "]"
				}
				t.Logf("%s %q | %s | %s", q.Type, q.Text, q.Cue, sp)
			}
		}
		return
	}
}
