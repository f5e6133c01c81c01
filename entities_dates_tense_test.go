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
		{"expect", "Most voters expect him to win Monday's debate.", "date|Monday|2024-03-18"},
		{"expecting", "Traders are expecting a cut on Wednesday.", "date|Wednesday|2024-03-20"},
		// guards: the future stays the future
		{"next week", "The minister will visit next Monday.", "date|next Monday|2024-03-18"},
		{"is due", "The report is due on Friday.", "date|Friday|2024-03-15"},
	})
}

// TestNarratedLater checks an amount of time before "later" in a past
// narrative without a date before it: it counts from an event the story
// tells, not from the writing, so it is the duration TimeML annotates
// ("Three days later" is P3D, "later" its signal). Counted from a date
// written before it, or told in the future, it stays a date.
func TestNarratedLater(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"days later", "Three days later, the index fell again.", "duration|Three days|P3D"},
		{"an hour later", "Police arrived an hour later and sealed the street.", "duration|an hour|PT1H"},
		{"a few days later", "A few days later he resigned.", "duration|A few days|PXD"},
		{"a minute and a half later", "The engine failed a minute and a half later.", "duration|a minute and a half|PT1M30S"},
		{"historical present", "But a minute and a half later, a pilot calls in.", "duration|a minute and a half|PT1M30S"},
		// guards
		{"from a date", "The fire started on March 2 and was put out two days later.", "date|March 2|2024-03-02 ; date|two days later|2024-03-04"},
		{"in the future", "The court will rule three days later.", "date|three days later|2024-03-17"},
		{"a proposal", "\"Let's meet again a week later,\" she told him.", "date|a week later|2024-W12"},
		{"a proposal asked", "How about two days later?", "date|about two days later|2024-03-16"},
		{"earlier stays a date", "Profit fell from $2 million a year earlier.", "money|$2 million|2000000|USD ; date|a year earlier|2023"},
	})
}

// TestPeriodYearUnwritten checks the year of a quarter or half named
// without one (reference Thursday 2024-03-14, in the first quarter): a
// period still to come this year, told in the past, is last year's.
func TestPeriodYearUnwritten(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"fourth quarter in the past", "The carrier reported a loss for the fourth quarter.", "date|the fourth quarter|2023-Q4"},
		{"third-quarter adjective", "Shares fell after weak third-quarter sales were announced.", "date|third-quarter|2023-Q3"},
		{"second half in the past", "Exports slowed in the second half, the ministry said.", "date|the second half|2023-H2"},
		// guards
		{"fourth quarter ahead", "The carrier expects a loss in the fourth quarter.", "date|the fourth quarter|2024-Q4"},
		{"current quarter", "Sales rose in the first quarter, the company said.", "date|the first quarter|2024-Q1"},
	})
}

// TestHalfOfWhat checks that "the first half" and "the second half" are
// halves of a year only of a year: "of the year", "of 2023", "of this
// year", or alone; "of the 20th century" and "of the game" are halves of
// something else (whose "second" and "half" the figure finder reads).
func TestHalfOfWhat(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"of the year", "Sales will recover in the second half of the year.", "date|the second half|2024-H2 ; date|the year|2024"},
		{"of the fiscal year", "Costs rose in the first half of the fiscal year.", "date|the first half|2024-H1 ; date|the fiscal year|2024"},
		{"of a century", "The city grew in the second half of the 20th century.", "ordinal|second|2| ; number|half|0.5| ; date|the 20th century|19"},
		{"of a game", "He scored twice in the second half of the game.", "ordinal|second|2| ; number|half|0.5|"},
	})
}

// TestRoughAmountsAgo checks an amount made rough with "or so" or a
// second count before "ago" or "later": it counts as the first amount.
func TestRoughAmountsAgo(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"or so ago", "Then, a week or so ago, the general flew in.", "date|a week or so ago|2024-W10"},
		{"or two ago", "The plant closed a year or two ago.", "date|a year or two ago|2023"},
		{"decade or so", "The law passed a decade or so ago.", "date|a decade or so ago|201"},
		{"or so later, in the future", "The court will rule a month or so later.", "date|a month or so later|2024-04"},
		// guards
		{"or with a unit", "It takes a day or two weeks.", "duration|a day|P1D ; duration|two weeks|P2W"},
		{"or so alone", "It took a week or so.", "duration|a week|P1W"},
	})
}

// TestHolidayWeek checks a holiday's week, "Easter week", "the week of
// Christmas": the ISO week the holiday falls in (reference Thursday
// 2024-03-14; Easter 2024 is 31 March).
func TestHolidayWeek(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"Easter week", "Protests are planned for Easter week.", "date|Easter week|2024-W13"},
		{"Christmas week", "Shops were busy in Christmas week.", "date|Christmas week|2023-W52"},
		{"the week of", "Flights sold out for the week of Christmas.", "date|the week of Christmas|2023-W52"},
		// guards
		{"the holiday alone", "Shops close on Christmas Day.", "date|Christmas Day|2023-12-25"},
		{"a weekend", "The Easter weekend was quiet.", "date|Easter|2024-03-31"},
	})
}

// TestTheDayBeforeADay checks "the day before" and "the day after" a
// named day: that day's neighbour, as "two days after Christmas" counts
// from Christmas.
func TestTheDayBeforeADay(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"after a holiday", "Stores open the day after Thanksgiving.", "date|the day after Thanksgiving|2023-11-24"},
		{"before a date", "He flew in the day before March 3.", "date|the day before March 3|2024-03-02"},
		{"before a relative day", "The day before last Tuesday's hearing, he flew in.", "date|The day before last Tuesday|2024-03-11"},
		// guards
		{"before an event", "He flew in the day before the vote.", "-"},
		{"after, ending the clause", "The fire started on Sunday and was put out the day after.", "date|Sunday|2024-03-10 ; date|the day after|2024-03-11"},
	})
}

// TestYearAgoQuarter checks a quarter named with "year-ago" or
// "year-earlier" before it: that quarter of the year before.
func TestYearAgoQuarter(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"year-ago third quarter", "Net rose 5% from the year-ago third quarter.", "percent|5%|5|% ; date|the year-ago third quarter|2022-Q3"},
		{"year-earlier first quarter", "Sales fell from the year-earlier first quarter.", "date|the year-earlier first quarter|2023-Q1"},
		// guards
		{"year-ago quarter", "Net fell from the year-ago quarter.", "date|the year-ago quarter|2023"},
		{"year-ago alone", "Profit doubled from year-ago levels.", "date|year-ago|2023"},
	})
}

// TestAmountBeforeAnAct checks an amount of time before "before" and
// the verb of an act ("wait 30 days before closing"): a duration, as
// before a clause ("three days before it was contained").
func TestAmountBeforeAnAct(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"before a gerund", "The banks must wait at least 30 days before closing the purchase.", "duration|at least 30 days|P30D"},
		{"before leaving", "He resigned two weeks before leaving office.", "duration|two weeks|P2W"},
		// guards
		{"before a day", "It happened two days before Christmas.", "date|two days before Christmas|2023-12-23"},
		{"before at the end", "He had left the city two days before.", "date|two days before|2024-03-12"},
		{"before the morning", "They met two days before, on Monday morning.", "date|two days before|2024-03-12 ; date|Monday morning|2024-03-11"},
	})
}

// TestThatYear checks "that year" and "that quarter": the year and the
// quarter the text named last, not the reference's.
func TestThatYear(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"year in the sentence", "Watch imports totalled $37 million in 1988, a small share of the market that year.", "money|$37 million|37000000|USD ; date|1988|1988 ; date|that year|1988"},
		{"year in the sentence before", "The firm was founded in 2015. That year, it hired 40 people.", "date|2015|2015 ; date|That year|2015 ; number|40|40|"},
		{"quarter", "Profit rose in the third quarter of 2022, and sales rose that quarter too.", "date|the third quarter of 2022|2022-Q3 ; date|that quarter|2022-Q3"},
		// guards
		{"no year before", "That year was hard, he said.", "date|That year|2024"},
		{"this year", "Sales rose in 1988 and will rise again this year.", "date|1988|1988 ; date|this year|2024"},
	})
}

// TestFollowingOpensSentence checks "The following month" and "The
// previous year" opening a sentence with no date in it: they go on from
// the last date the story gave, sentences back.
func TestFollowingOpensSentence(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"following month", "In March 2021, the firm received an offer. Its board met twice. The following month, it put itself up for sale.", "date|March 2021|2021-03 ; date|The following month|2021-04"},
		{"previous year", "The plant opened in June 2019. The previous year, its owner had sold two mills.", "date|June 2019|2019-06 ; date|The previous year|2018 ; number|two|2|"},
		// guards
		{"no date before", "The following month, the firm put itself up for sale.", "date|The following month|2024-04"},
		{"not opening its sentence", "In March 2021, the firm received an offer. Its board met in the following month.", "date|March 2021|2021-03 ; date|the following month|2024-04"},
	})
}
