package lede

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// cleanBlocks normalizes the text of each block as Clean does, and drops
// blocks left empty. Preformatted blocks keep their text as written.
// Boilerplate was already judged block by block when the body was chosen.
//
// Cleaning is the longest stage of Parse after the HTML parser's (a third
// of it on a 15 MB page), and each block is cleaned alone: on a page with
// parallelCleanMin bytes of text or more, the blocks are shared out among
// as many goroutines as there are CPUs, which leaves the result as it
// was, block by block.
func cleanBlocks(stop *stopper, blocks []bodyBlock) []bodyBlock {
	if workers := cleaningWorkers(blocks); workers > 1 {
		cleanInParallel(stop, blocks, workers)
	} else {
		cleanRun(stop, blocks)
	}
	if stop.halted() {
		return nil
	}
	kept := blocks[:0]
	for _, b := range blocks {
		if b.Text != "" {
			kept = append(kept, b)
		}
	}
	return kept
}

// cleanRun cleans the text of blocks in place, until stop says to stop.
func cleanRun(stop *stopper, blocks []bodyBlock) {
	for i := range blocks {
		if stop.now() {
			return
		}
		if b := &blocks[i]; b.Type != BlockPre {
			b.normalizeInline(normalize(b.Text))
		}
	}
}

// parallelCleanMin is the text, in bytes, from which cleaning is shared
// among CPUs. Cleaning runs at about 50 MB/s: below a megabyte it takes a
// few milliseconds, and Parse's callers that serve many pages at once (as
// lede -jsonl does) keep the CPUs busy already.
const parallelCleanMin = 1 << 20

// cleanChunk is how many blocks a goroutine takes at a time: enough that
// taking them costs nothing, few enough that the goroutines end together.
const cleanChunk = 256

// cleaningWorkers is how many goroutines clean blocks: one per CPU for a
// page with much text, else one.
func cleaningWorkers(blocks []bodyBlock) int {
	size := 0
	for _, b := range blocks {
		size += len(b.Text)
	}
	if size < parallelCleanMin {
		return 1
	}
	return min(runtime.GOMAXPROCS(0), (len(blocks)+cleanChunk-1)/cleanChunk)
}

// cleanInParallel cleans blocks with workers goroutines, each taking the
// next cleanChunk blocks until none are left. Each has a stopper of its
// own on stop's context: a stopper counts its calls and is not shared.
func cleanInParallel(stop *stopper, blocks []bodyBlock, workers int) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			own := newStopper(stop.ctx)
			for !own.done {
				start := int(next.Add(cleanChunk)) - cleanChunk
				if start >= len(blocks) {
					return
				}
				cleanRun(own, blocks[start:min(start+cleanChunk, len(blocks))])
			}
		})
	}
	wg.Wait()
}
