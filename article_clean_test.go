package lede

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

// testBlocks are the blocks of every test page, all of them (furniture
// too), with lines of the clean test texts (mojibake, stray bytes, odd
// spaces) as blocks of their own, repeated to over size bytes of text.
func testBlocks(t *testing.T, size int) []bodyBlock {
	t.Helper()
	var once []bodyBlock
	pages, _ := filepath.Glob("testdata/pages/*.html")
	for _, path := range pages {
		page, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(strings.NewReader(string(page)))
		if err != nil {
			t.Fatal(err)
		}
		tbs, _ := segment(doc)
		for _, tb := range tbs {
			once = append(once, tb.body())
		}
	}
	texts, _ := filepath.Glob("testdata/clean/*.txt")
	for _, path := range texts {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(string(text)) {
			once = append(once, bodyBlock{Block: Block{Type: BlockParagraph, Text: line}})
		}
	}
	var blocks []bodyBlock
	for total := 0; total < size; {
		for _, b := range once {
			b.links, b.images = slices.Clone(b.links), slices.Clone(b.images)
			blocks = append(blocks, b)
			total += len(b.Text)
		}
	}
	return blocks
}

// TestCleanBlocksInParallel checks that cleaning a long page's blocks
// among several goroutines gives what cleaning them one after the other
// gives: texts, links and pictures, block by block.
func TestCleanBlocksInParallel(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	blocks := testBlocks(t, parallelCleanMin+1)
	if w := cleaningWorkers(blocks); w != 4 {
		t.Fatalf("%d workers for %d blocks, want 4", w, len(blocks))
	}
	serial := slices.Clone(blocks)
	for i := range serial {
		serial[i].links, serial[i].images = slices.Clone(serial[i].links), slices.Clone(serial[i].images)
	}
	cleanRun(&stopper{}, serial)
	serial = slices.DeleteFunc(serial, func(b bodyBlock) bool { return b.Text == "" })
	got := cleanBlocks(&stopper{}, blocks)
	if diff := cmp.Diff(serial, got, cmp.AllowUnexported(bodyBlock{}, inlineLink{}, inlineImage{})); diff != "" {
		t.Errorf("blocks cleaned in parallel (-one by one +in parallel):\n%s", diff)
	}
}

// TestCleanBlocksInParallelStops: a done context stops every goroutine
// and cleanBlocks returns no blocks, as it does cleaning them in turn.
func TestCleanBlocksInParallelStops(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if got := cleanBlocks(newStopper(ctx), testBlocks(t, parallelCleanMin+1)); got != nil {
		t.Errorf("cleanBlocks after the deadline kept %d blocks, want none", len(got))
	}
}
