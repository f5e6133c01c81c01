package lede

import (
	"slices"
	"testing"
)

// TestLowRolesMatchSlots checks the roles the scans read by character
// against the roles of each character's slot, for every character below
// the end of the table and a block past it.
func TestLowRolesMatchSlots(t *testing.T) {
	for r := rune(0); r < roleTableLow+0x100; r++ {
		if got, want := mojibakeRoles.of(r), mojibakeRoles.roles[mojibakeRoles.slotOf(r)]; got != want {
			t.Fatalf("roles of %U = %+v, want %+v", r, got, want)
		}
	}
}

// TestIsLeadByte checks isLeadByte, which nextLead asks, against
// utf8SequenceLen on every byte.
func TestIsLeadByte(t *testing.T) {
	for b := range 256 {
		if got, want := isLeadByte(byte(b)), utf8SequenceLen(byte(b)) > 0; got != want {
			t.Errorf("isLeadByte(%#x) = %v, want %v", b, got, want)
		}
	}
}

// TestSuspectInMatchesSet checks suspectIn, which stops at the first pair
// of the code pages asked for, against the whole set of suspectCodecs,
// for each code page alone and for all, on mojibake of several scripts,
// lenient readings of stray bytes and plain text.
func TestSuspectInMatchesSet(t *testing.T) {
	texts := append([]string{"", "plain", "Ã ", "Ã s", "cafÃ?x", "â€?", "Ñ�", "naÃ ̄ve", "Ã\u00a0Paris"}, scoreWords...)
	var words [][]rune
	for _, s := range texts {
		words = append(words, []rune(s))
		for _, e := range mojibakeCodecs {
			if lenient, ok := e.redecode([]rune(s), true); ok {
				words = append(words, lenient)
			}
		}
	}
	for _, w := range words {
		set := suspectCodecs(w)
		for k := range mojibakeCodecs {
			if got, want := suspectIn(w, 1<<k), set&(1<<k) != 0; got != want {
				t.Errorf("suspectIn(%.30q, code page %d) = %v, want %v", string(w), k, got, want)
			}
		}
		if got, want := suspectIn(w, 1<<len(mojibakeCodecs)-1), set != 0; got != want {
			t.Errorf("suspectIn(%.30q, all) = %v, want %v", string(w), got, want)
		}
	}
}

// TestReadStrictAlike checks that a strict reading that refused no
// sequence is the lenient reading too, as readStrict reports and the
// search takes it, for each code page, on mojibake of several scripts,
// drawings and stray bytes; and that readDeeper gives the same whether
// readStrict came first or not.
func TestReadStrictAlike(t *testing.T) {
	texts := append([]string{"NESTLÉ®", "├┤a┼┐a", "Ã¢â‚¬Â\u009d", "comunitÃ Â»", "Â´", "┒(⌣˛⌣)┎"}, scoreWords...)
	alike, unlike := 0, 0
	for _, s := range texts {
		w := []rune(s)
		for k, e := range mojibakeCodecs {
			strict, changed, lenientAlike := e.readStrict(w)
			wantStrict, wantChanged := e.redecode(w, false)
			if changed != wantChanged || !slices.Equal(strict, wantStrict) {
				t.Errorf("%.30q, code page %d: readStrict differs from redecode", s, k)
			}
			lenient, lenientChanged := e.redecode(w, true)
			if lenientAlike {
				alike++
				if changed != lenientChanged || !slices.Equal(strict, lenient) {
					t.Errorf("%.30q, code page %d: strict %.30q %v, lenient %.30q %v, reported alike", s, k, string(strict), changed, string(lenient), lenientChanged)
				}
			} else {
				unlike++
			}
			var first, alone pageReadings
			first.readStrict(w, e)
			d1, c1 := first.readDeeper(w, e)
			d2, c2 := alone.readDeeper(w, e)
			if c1 != c2 || !slices.Equal(d1, d2) {
				t.Errorf("%.30q, code page %d: readDeeper after readStrict %.30q %v, alone %.30q %v", s, k, string(d1), c1, string(d2), c2)
			}
		}
	}
	if alike == 0 || unlike == 0 {
		t.Errorf("%d readings alike, %d not: want both", alike, unlike)
	}
}
