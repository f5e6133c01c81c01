package lede

import "testing"

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
