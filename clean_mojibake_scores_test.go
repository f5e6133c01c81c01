package lede

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// scoreWords are words of real mojibake in several scripts, damaged once
// and twice, runs of stray bytes long enough for the search to keep their
// readings' scores, and plain text.
var scoreWords = []string{
	"Huaweiâ€™s", "Ã¢â‚¬Å“quotedÃ¢â‚¬Â\u009d", "VÃ¡Å¡a", "thÃ nh phá»‘ HÃ  Ná»™i",
	"Ð Ð°Ð±Ð¾Ñ‚Ð°", "Ä\u008cesky ÄÆvyko", "×ª×•×›× ×™×ª", "ÙƒØªØ§Ø¨ Ø¬Ø¯ÙŠØ¯",
	"Î•Î»Î»Î¬Î´Î±", "à¸‡à¸²à¸™", "cafÃƒÂ©Ãƒâ€šÃƒÂ©Ãƒâ€šÃƒÂ©Ãƒâ€š", "SÃƒÂ£o PaulÃƒÂ¶Ã‚Â½",
	"ä¸\u00adæ–‡ç½‘é¡µä¸\u00adæ–‡ç½‘é¡µä¸\u00adæ–‡ç½‘é¡µ", "ÐŸÑ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€ ÐŸÑ€Ð¸Ð²ÐµÑ‚",
	highBytes(40), highBytes(300), highBytes(1000),
	"plain words without damage", "Crème brûlée, naïve café",
}

// TestScoreKeepsBound checks score, which answers a reading scored before
// from what it kept, against implausibilityBelow: below the bound it is
// the score, at or above it at least the bound, whatever bounds the
// reading was scored at before and in whatever order.
func TestScoreKeepsBound(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, s := range scoreWords {
		line := []rune("« " + s + " »")
		i, j := 2, len(line)-2
		var scripts scriptCounts
		scripts.addAll(line, 1)
		var r repairSearch
		r.begin(line, i, j, &scripts, implausibility(line, i, j, &scripts))
		var readings [][]rune
		for _, e := range mojibakeCodecs[:6] {
			for _, lenient := range []bool{false, true} {
				if w, ok := e.redecode(line[i:j], lenient); ok {
					readings = append(readings, w)
				}
			}
		}
		readings = append(readings, line[i:j])
		for _, w := range readings {
			rs := slices.Concat(r.left, w, r.right)
			ws := r.without
			ws.addAll(w, 1)
			full := implausibility(rs, len(r.left), len(r.left)+len(w), &ws)
			for range 12 {
				bound := rng.IntN(full + 3)
				// A copy of the reading: the search meets equal readings
				// in other slices.
				got := r.score(slices.Clone(w), bound)
				if full < bound && got != full || full >= bound && got < bound {
					t.Errorf("%q: score(%q, %d) = %d; the score is %d", s, string(w), bound, got, full)
				}
			}
		}
	}
}

// considerAfresh is consider as it was before scores were kept: each
// reading is scored.
func (r *repairSearch) considerAfresh(w []rune) {
	scripts := r.without
	scripts.addAll(w, 1)
	buf := slices.Concat(r.left, w, r.right)
	by := &r.by[r.first]
	bound := r.found.cost
	if by.w != nil {
		bound = min(bound, by.cost)
	}
	c := implausibilityBelow(buf, len(r.left), len(r.left)+len(w), &scripts, bound)
	if c >= r.found.cost {
		return
	}
	if by.w == nil || c < by.cost {
		*by = repair{w, c}
	}
	r.bestCost = min(r.bestCost, c)
}

// TestSearchKeptScores checks that the search, which scores a reading it
// met before once, finds by each code page what the search that scores
// every reading finds, on words of several scripts and on runs of stray
// bytes cut as the repair cuts them.
func TestSearchKeptScores(t *testing.T) {
	lines := append(slices.Clone(scoreWords), highBytes(5000), repairInvalidUTF8(highBytes(3000)))
	for _, line := range lines {
		rs := []rune(line)
		var scripts scriptCounts
		scripts.addAll(rs, 1)
		for i := 0; i < len(rs); {
			j := wordEnd(rs, i)
			w := rs[i:j]
			if codecs := suspectCodecs(w); codecs != 0 {
				for _, depth := range []int{1, 3} {
					cost := implausibility(rs, i, j, &scripts) + depth/3
					var got, want repairSearch
					got.begin(rs, i, j, &scripts, cost)
					got.search(w, codecs, depth)
					want.begin(rs, i, j, &scripts, cost)
					want.searchEach(w, codecs, -1, depth, want.considerAfresh)
					for k := range got.by {
						g, e := got.by[k], want.by[k]
						if g.cost != e.cost || !slices.Equal(g.w, e.w) {
							t.Errorf("%.40q, depth %d, code page %d: %.40q %d, want %.40q %d", string(w), depth, k, string(g.w), g.cost, string(e.w), e.cost)
						}
					}
				}
			}
			i = j
		}
	}
}
