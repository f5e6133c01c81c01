package lede

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestIndexListsMatchAppend checks indexLists.add against appending to
// the map's lists, on keys of one name, of two (the room a key is given)
// and of more, added in turns so that a list that outgrows its room is
// copied before the next key's room is given: no list may write into
// another's.
func TestIndexListsMatchAppend(t *testing.T) {
	for _, keys := range [][]string{
		{"Ruiz"},
		{"Ruiz", "Ruiz", "Lee"},
		{"Ruiz", "Lee", "Ruiz", "Ruiz", "Okafor", "Lee", "Ruiz", "Lee", "Lee", "Chen"},
		{"a", "b", "c", "a", "b", "c", "a", "b", "c", "a"},
	} {
		got, want := map[string][]int{}, map[string][]int{}
		lists := newIndexLists(len(keys))
		for k, key := range keys {
			lists.add(got, key, k)
			want[key] = append(want[key], k)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("keys %v (-append +add):\n%s", keys, diff)
		}
	}
}

// TestPeopleIndexesMatchAppend checks the indexes of people that
// newQuoteDoc builds for the test texts against the same indexes built by
// appending, name by name.
func TestPeopleIndexesMatchAppend(t *testing.T) {
	for _, text := range textsForSpeed(t) {
		d := newQuoteDoc(&stopper{}, text)
		bySurname, byGiven, byRole := map[string][]int{}, map[string][]int{}, map[string][]int{}
		for k, m := range d.names {
			if m.role != "" && m.name != "" {
				byRole[m.role] = append(byRole[m.role], k)
			}
			if m.name != m.surname && strings.HasSuffix(m.name, m.surname) {
				bySurname[m.surname] = append(bySurname[m.surname], k)
				byGiven[firstWord(m.name)] = append(byGiven[firstWord(m.name)], k)
			}
		}
		for i, pair := range [][2]map[string][]int{{bySurname, d.people.bySurname}, {byGiven, d.people.byGiven}, {byRole, d.people.byRole}} {
			if diff := cmp.Diff(pair[0], pair[1]); diff != "" {
				t.Fatalf("%s: index %d (-append +index):\n%s", fmt.Sprintf("%.40q", text), i, diff)
			}
		}
	}
}
