package lede

import (
	"strings"
	"testing"
)

// TestPlainNumberAtBeforeGroups checks numberAt's shortcut where three
// digits follow the number: a lead of four digits or more ("2019 300"),
// and the lead of a run of groups that spaceGroups turns away, against
// the full reading, and that it takes the shortcut there, both with the
// run of groups kept from token to token, as the memo keeps it, and
// found afresh at each.
func TestPlainNumberAtBeforeGroups(t *testing.T) {
	texts := []string{
		"100 100 100 100 100 100 100 100 100 100",
		"1 000 000 000 000 000 000 000 and 1 000 000 000 000 000 000",
		"12 345 678 901 234 567 890 123 456",
		"100 200 300 400 500 600 700,5 800 900 100 200 300 400 500 600 700 800",
		"in 2019 300 people, 12345 678 910 111",
		"100 100 100 100 100 100 100 1/2 100 100 100 100 100 100 100 100th",
		"100 100\u2009100\u00a0100 100\u202f100 100 100 100  100 100 100 100 100 100 100 100",
		"1 100 100 100 100 100 100 100 ½ 100 100 100 100 100 100 100 100 100-100",
		"100 100 100 100 100 100 1000 100 100 100 100 100 100 100 1,000 100",
	}
	texts = append(texts, strings.Repeat("999 ", 40), strings.Repeat("1 ", 10)+strings.Repeat("100 ", 10))
	grouped := 0
	for _, text := range texts {
		toks, lower := entityTokens(text), lowerASCIIText(text)
		var kept groupRun
		for k := range toks {
			want, wantOK := readNumberAt(text, lower, toks, k)
			n, ok := plainNumberAt(lower, toks, k, &kept)
			if fresh, freshOK := plainNumberAt(lower, toks, k, &groupRun{}); fresh != n || freshOK != ok {
				t.Errorf("%q at token %d: plainNumberAt reads %+v (%v) with the run kept, %+v (%v) afresh", text, k, n, ok, fresh, freshOK)
			}
			if !ok {
				continue
			}
			if k+1 < len(toks) && toks[k+1].end-toks[k+1].start == 3 {
				grouped++
			}
			if !wantOK || n != want {
				t.Errorf("%q at token %d: plainNumberAt reads %+v, readNumberAt %+v (%v)", text, k, n, want, wantOK)
			}
		}
	}
	if grouped < 50 {
		t.Errorf("plainNumberAt read %d numbers before three digits, want fifty or more", grouped)
	}
}
