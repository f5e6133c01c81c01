package lede

import "testing"

// TestWrittenWords checks that the figures' scales and minor units read
// once give what wordsIn reads each time, and what the figures write.
func TestWrittenWords(t *testing.T) {
	texts := []string{
		"between 5 and 10 percent, 3 or 4 km, $3 to $5 million, 2, 3 or 4 million doses",
		"10 or 15 cents, 470 pence, 10bn and 20bn, €3.5m, one hundred and two hundred thousand",
	}
	want := map[string][2]float64{"$5 million": {1e6, 1}, "10bn": {1e9, 1}, "15 cents": {1, 0.01}, "470 pence": {1, 0.01}, "4 km": {1, 1}}
	for text, sm := range want {
		if scale, minor := wordsIn(text); scale != sm[0] || minor != sm[1] {
			t.Errorf("wordsIn(%q) = %v, %v, want %v, %v", text, scale, minor, sm[0], sm[1])
		}
	}
	for _, text := range texts {
		figs := Figures(text)
		w := writtenWords{figs: figs}
		for pass := 0; pass < 2; pass++ {
			for k := len(figs) - 1; k >= 0; k-- {
				scale, minor := wordsIn(figs[k].Text)
				if got := w.scale(k); got != scale {
					t.Errorf("scale of %q: %v, want %v", figs[k].Text, got, scale)
				}
				if got := w.minorUnit(k); got != minor {
					t.Errorf("minor unit of %q: %v, want %v", figs[k].Text, got, minor)
				}
			}
		}
	}
}
