package lede

import (
	"runtime"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// Parse's memory on pages of tiny elements, where it is largest for the
// page's size: each element is a node of x/net/html's tree (112 bytes) and
// each run of text a block of lede's. The test measures bytes, not time:
// the live heap after a collection at the stages that hold the most (the
// tree with the blocks cut from it and the body picked among them; then,
// the tree let go, the body built), and the bytes allocated in all, per
// byte of page. Both are exact counts of what the code keeps and
// allocates, the same from run to run.

// memoryFamily is a page of one tiny element repeated, and the bounds its
// memory must keep, in bytes per byte of the page.
type memoryFamily struct {
	name string
	unit string // repeated in the page's <article>
	// own bounds what lede holds besides the tree at its largest: the
	// blocks cut from the tree, or those with the body picked from them.
	own float64
	// built bounds what lede holds once the tree is let go and the body
	// built: the blocks and the body's blocks.
	built float64
	// allocated bounds all the bytes Parse allocates, the tree included.
	allocated float64
}

var memoryFamilies = []memoryFamily{
	{"tiny paragraphs", "<p>a</p>", 6.5, 1, 44},
	{"lines cut by <br>", "a<br>", 10.5, 1, 68},
	{"a list of links", `<li><a href="/x">a</a></li>`, 6, 1, 33},
	{"short sentences", "<p>He said no.</p>", 5, 1, 26},
	// Each box is a furniture flag besides its block.
	{"furniture-named boxes", `<div class="share">a</div>`, 3.5, 1, 26},
	// Pictures with no text after them wait in the segmenter for a block.
	{"pictures", `<img src="a.jpg">`, 1, 1, 38},
	// Short paragraphs that are all the article's text: its body is
	// built once the tree is gone.
	{"short paragraphs of prose", "<p>The mayor said it was overdue.</p>", 2, 5, 22},
	{"paragraphs", "<p>The council voted to rebuild the pier. It was overdue, the mayor said.</p>\n", 1.5, 3, 20},
}

// memoryPage is a page whose <article> holds unit repeated to about n bytes.
func memoryPage(unit string, n int) string {
	return "<!doctype html><html><head><title>T</title></head><body><article>" + repeatTo(unit, n) + "</article></body></html>"
}

// liveHeap returns the bytes of heap that a collection finds live. It
// collects twice: what sync.Pools held at the first collection (the
// parser's and the formatters' buffers) goes only at the second.
func liveHeap() int64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapAlloc)
}

// ownMemory returns, per byte of page, the size of its tree; what lede
// holds besides the tree at its largest, with the blocks segment cuts or
// with those findBody picks the body among; and what it holds once the
// tree is let go and the body built, as Parse does.
func ownMemory(page string) (treeSize, withTree, built float64) {
	before := liveHeap()
	doc, _ := html.Parse(strings.NewReader(page))
	tree := liveHeap()
	bs, flags := segment(doc)
	withBlocks := liveHeap()
	runtime.KeepAlive(bs)
	runtime.KeepAlive(flags)
	b := findBody(doc, pageHints{})
	withPicked := liveHeap()
	doc, b.first = nil, nil
	if b.picked != nil {
		b.picked.releaseTree()
	}
	b.build()
	withBuilt := liveHeap()
	runtime.KeepAlive(b)
	n := float64(len(page))
	return float64(tree-before) / n, float64(max(withBlocks, withPicked)-tree) / n, float64(withBuilt-before) / n
}

// allocatedBytes returns the bytes that Parse of page allocates, per byte.
func allocatedBytes(page string) float64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	Parse(strings.NewReader(page), nil)
	runtime.ReadMemStats(&after)
	return float64(after.TotalAlloc-before.TotalAlloc) / float64(len(page))
}

// TestParseMemory checks that on pages of tiny elements Parse holds no
// more than a few bytes of its own per byte of page besides the tree, and
// allocates in all a bounded number of bytes per byte, the same at four
// times the size. It must not run in parallel with other tests: it reads
// the process's heap.
func TestParseMemory(t *testing.T) {
	n := 256 << 10
	if testing.Short() {
		n = 32 << 10
	}
	for _, f := range memoryFamilies {
		t.Run(f.name, func(t *testing.T) {
			for _, size := range []int{n, 4 * n} {
				page := memoryPage(f.unit, size)
				tree, withTree, built := ownMemory(page)
				allocated := allocatedBytes(page)
				t.Logf("%d bytes: tree %.1f, lede's with the tree %.1f, built %.1f, allocated %.1f bytes per byte", len(page), tree, withTree, built, allocated)
				if withTree > f.own {
					t.Errorf("%d bytes: lede holds %.1f bytes per byte besides the tree, want at most %.1f", len(page), withTree, f.own)
				}
				if built > f.built {
					t.Errorf("%d bytes: lede holds %.1f bytes per byte with the body built, want at most %.1f", len(page), built, f.built)
				}
				if allocated > f.allocated {
					t.Errorf("%d bytes: Parse allocates %.1f bytes per byte, want at most %.0f", len(page), allocated, f.allocated)
				}
			}
		})
	}
}
