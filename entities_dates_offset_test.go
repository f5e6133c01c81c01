package lede

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDatesCountedFromADay checks that an amount of time counted from a
// named day is that one day (TimeML's anchored date; the reference date
// is Thursday 14 March 2024), and that an amount counted from an event, a
// month or now, or in units that a calendar cannot count, is not.
func TestDatesCountedFromADay(t *testing.T) {
	type date struct {
		Text  string
		Kind  DateType
		Value string
	}
	tests := []struct {
		text string
		want []date
	}{
		{"Bids closed two weeks before May 13, 1999.", []date{{"two weeks before May 13, 1999", DateDate, "1999-04-29"}}},
		{"The sale ends three days after Christmas 2024.", []date{{"three days after Christmas 2024", DateDate, "2024-12-28"}}},
		{"The deal closes four months from tomorrow.", []date{{"four months from tomorrow", DateDate, "2024-07-15"}}},
		{"We meet a week after next Friday.", []date{{"a week after next Friday", DateDate, "2024-03-22"}}},
		{"Ten days after March 3, the ban lifted.", []date{{"Ten days after March 3", DateDate, "2024-03-13"}}},
		{"The ceasefire ended a fortnight after 1 June 2023.", []date{{"a fortnight after 1 June 2023", DateDate, "2023-06-15"}}},
		{"Rates reset two years after Jan. 1, 2020.", []date{{"two years after Jan. 1, 2020", DateDate, "2022-01-01"}}},

		// Not a day: counted from an event, a month, now; business days;
		// hours and minutes, which name no time of the day.
		{"He resigned two days after the vote.", []date{{"two days", DateDuration, "P2D"}}},
		{"Sales fell two months after March.", []date{{"two months", DateDuration, "P2M"}, {"March", DateDate, "2024-03"}}},
		{"Three years from now, we will see.", []date{{"Three years from now", DateDate, "2027"}}},
		{"Stocks fell eight trading days after Oct. 12, 2023.", []date{{"eight trading days", DateDuration, "P8D"}, {"Oct. 12, 2023", DateDate, "2023-10-12"}}},
		{"Refunds take five business days from Monday.", []date{{"five business days", DateDuration, "P5D"}, {"Monday", DateDate, "2024-03-11"}}},
		{"Let us start 3 minutes from today.", []date{{"3 minutes", DateDuration, "PT3M"}, {"today", DateDate, "2024-03-14"}}},
		{"Five years from the signing, the treaty lapses.", []date{{"Five years", DateDuration, "P5Y"}}},
	}
	for _, tt := range tests {
		var got []date
		for _, d := range Dates(tt.text, goldenRef) {
			got = append(got, date{d.Text, d.Type, d.Value})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Dates(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}
