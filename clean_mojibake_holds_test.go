package lede

import (
	"testing"
	"unsafe"
)

// TestSearchMemoryHoldsNoLine checks that the searches repairMemory keeps
// of a long line hold copies of their text, not pieces of the line, so
// that a line of each round of the repair is let go once the round is
// over; and that the repairs a search returns read the word in the line
// itself.
func TestSearchMemoryHoldsNoLine(t *testing.T) {
	line := runesOf(cp1252(highBytes(2*longRepairLine)) + " Ã©tÃ© â€™s")
	var memory repairMemory
	repaired, changed := repairWords(line, &memory)
	if !changed || len(memory.searches) == 0 {
		t.Fatalf("the line was not repaired (%d searches)", len(memory.searches))
	}
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(line)))
	hi := lo + uintptr(len(line))*unsafe.Sizeof(line[0])
	for key, made := range memory.searches {
		p := uintptr(unsafe.Pointer(unsafe.SliceData(made.text)))
		if p >= lo && p < hi {
			t.Errorf("search %v holds a piece of the line", key)
		}
		if got, want := string(made.found.orig()), string(made.text[key.at:key.end]); got != want {
			t.Errorf("search %v: word %q, want %q", key, got, want)
		}
	}
	// Again on the same line: the searches kept give the same repairs.
	again, _ := repairWords(line, &memory)
	if string(again) != string(repaired) {
		t.Errorf("the line repaired again from memory differs")
	}
}
