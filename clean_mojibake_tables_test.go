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
