package lede

import (
	"os"
	"testing"
)

// BenchmarkEntitiesPage measures FiguresAndDates on the text of the page
// named by LEDE_BENCH_PAGE (an HTML file), for profiling the figure and
// date finders on a page of one's choice; it is skipped without one.
func BenchmarkEntitiesPage(b *testing.B) {
	path := os.Getenv("LEDE_BENCH_PAGE")
	if path == "" {
		b.Skip("LEDE_BENCH_PAGE names no page")
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	a, err := Parse(f, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for b.Loop() {
		a.FiguresAndDates()
	}
}
