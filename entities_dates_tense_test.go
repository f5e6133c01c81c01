package lede

import "testing"

// TestTenseCues checks the cues that point a weekday into the past or the
// future (reference Thursday 2024-03-14): "next to" is a place, no cue
// of the future; a deadline or plan put in the past perfect ("had been
// due to expire", "had been scheduled") has passed.
func TestTenseCues(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"next to a place", "A bomb exploded next to the embassy in Nairobi Monday.", "date|Monday|2024-03-11"},
		{"next to, no verb near", "Police found a car next to the central railway station in the capital Monday.", "date|Monday|2024-03-11"},
		{"had been due", "The offer had been due to expire Friday evening.", "date|Friday evening|2024-03-08"},
		{"had been scheduled", "The vote had previously been scheduled for Tuesday.", "date|Tuesday|2024-03-12"},
		{"had been set to", "The plant had been set to close on Monday.", "date|Monday|2024-03-11"},
		{"let's", "\"Let's talk on Monday,\" the mayor said.", "date|Monday|2024-03-18"},
		{"how about", "How about Friday for the vote?", "date|Friday|2024-03-15"},
		// guards: the future stays the future
		{"next week", "The minister will visit next Monday.", "date|next Monday|2024-03-18"},
		{"is due", "The report is due on Friday.", "date|Friday|2024-03-15"},
	})
}
