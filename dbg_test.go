package lede

import (
	"os"
	"strings"
	"testing"
)

func TestDbg(t *testing.T) {
	for _, s := range strings.Split(os.Getenv("DBG"), "|") {
		t.Logf("IN %q cost %d suspect %b", s, implausibility(s), suspectCodecs(s))
		for i, e := range mojibakeCodecs {
			if out, ok := e.redecode(s, false); ok {
				t.Logf("  %d %q cost %d", i, out, implausibility(out))
				for j, e2 := range mojibakeCodecs {
					if out2, ok := e2.redecode(out, false); ok {
						t.Logf("     %d %q cost %d", j, out2, implausibility(out2))
					}
				}
			}
		}
		t.Logf("CLEAN %q", Clean(s))
	}
}
