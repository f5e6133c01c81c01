package lede

import "testing"

// phraseCase is a sentence and its findings, written as probeFindings
// writes them (reference date Thursday 2024-03-14).
type phraseCase struct {
	name, sentence, want string
}

func checkPhraseCases(t *testing.T, cases []phraseCase) {
	t.Helper()
	for _, c := range cases {
		want := c.want
		if want == "-" {
			want = ""
		}
		if got := probeFindings(c.sentence); got != want {
			t.Errorf("%s: %q\n\tgot  %s\n\twant %s", c.name, c.sentence, got, want)
		}
	}
}

// TestReferencePhrases checks the phrases of more than one word that
// point at the present or the future without a date, as TimeML values
// them: "the near term" is FUTURE_REF, "these days" PRESENT_REF.
func TestReferencePhrases(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"near term", "The carrier warned that fares would stay high in the near term.", "date|the near term|FUTURE_REF"},
		{"short term", "Analysts see little relief for borrowers over the short term.", "date|the short term|FUTURE_REF"},
		{"medium term", "The central bank expects inflation to settle in the medium term.", "date|the medium term|FUTURE_REF"},
		{"long term", "Pension funds invest for the long term, the minister said.", "date|the long term|FUTURE_REF"},
		{"these days", "Few commuters pay cash these days, the operator said.", "date|these days|PRESENT_REF"},
		{"these days opens", "These days the harbour is quiet.", "date|These days|PRESENT_REF"},
		// guards
		{"adjective with a hyphen", "The company repaid its short-term debt.", "-"},
		{"term of office", "She won a second term in office.", "-"},
		{"long run idiom", "Tariffs hurt everyone in the long run.", "-"},
		{"term without the", "Near term demand is weak.", "-"},
		{"these without days", "These figures are provisional.", "-"},
		{"days counted", "These three days were the hottest on record.", "duration|three days|P3D"},
	})
}

// TestTheUnitPossessive checks a calendar unit named with "the" and
// written as a possessive ("the week's busiest session"): the unit is
// the date, as without the possessive.
func TestTheUnitPossessive(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"week's", "Shares rose in the week's busiest session.", "date|the week|2024-W11"},
		{"year's", "The film was the year's biggest hit, distributors said.", "date|the year|2024"},
		{"month's curly", "The month’s rainfall broke a record.", "date|The month|2024-03"},
		{"weekend's", "Police will brace for the weekend's protests.", "date|the weekend|2024-W11-WE"},
		// guards
		{"of a name", "Organisers named it the year of the dragon.", "-"},
		{"possessive of a name", "The Week's editor resigned.", "-"},
	})
}

// TestRelativeWeekForms checks the forms of the week that a relative
// word names as it names "week": the working week ("this working week",
// "next workweek") is the week; a fortnight counted from now ("the past
// fortnight") is the two weeks, as "the past two weeks" is.
func TestRelativeWeekForms(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"this working week", "Parliament sits for three days this working week.", "duration|three days|P3D ; date|this working week|2024-W11"},
		{"next work week", "The strike will disrupt trains next work week.", "date|next work week|2024-W12"},
		{"last workweek", "Hiring slowed last workweek, the survey found.", "date|last workweek|2024-W10"},
		{"past fortnight", "Prices have doubled over the past fortnight.", "duration|the past fortnight|P2W"},
		{"next fortnight", "Ballots arrive in the next fortnight.", "duration|the next fortnight|P2W"},
		{"last fortnight", "Rain fell on eleven days of the last fortnight.", "duration|eleven days|P11D ; duration|the last fortnight|P2W"},
		// guards
		{"work week compound", "Unions want a four-day work week.", "duration|four-day|P4D"},
		{"week of work", "It was the last week of work before the holiday.", "date|the last week|2024-W10"},
		{"working alone", "This working group meets monthly.", "set|monthly|P1M"},
	})
}

// TestPartsOfDayForms checks the parts of a day beyond morning,
// afternoon, evening and night — the daytime and the times of meals,
// given the TimeML codes of the part of the day they fall in — and a
// part of a day counted as one ("one evening"), which names a day left
// open.
func TestPartsOfDayForms(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"in the daytime", "The pass is open only in the daytime.", "time|the daytime|2024-03-14TDT"},
		{"at lunchtime", "The minister will resign at lunchtime, aides said.", "time|lunchtime|2024-03-14TMI"},
		{"by lunchtime", "Shares had recovered by lunchtime.", "time|lunchtime|2024-03-14TMI"},
		{"weekday lunchtime", "Crowds gathered on Friday lunchtime.", "date|Friday lunchtime|2024-03-08"},
		{"this lunchtime", "The verdict is due this lunchtime.", "time|this lunchtime|2024-03-14TMI"},
		{"after dinnertime", "The streets empty after dinnertime.", "time|dinnertime|2024-03-14TEV"},
		{"one morning", "One morning in June, the river rose by a metre.", "time|One morning|XXXX-XX-XXTMO ; date|June|2024-06"},
		{"one evening", "He was arrested one evening outside the station.", "time|one evening|XXXX-XX-XXTEV"},
		{"one afternoon", "The fire broke out one afternoon last week.", "time|one afternoon|XXXX-XX-XXTAF ; date|last week|2024-W10"},
		// guards
		{"lunchtime adjective", "The lunchtime crowd thinned.", "-"},
		{"daytime adjective", "She hosts a daytime talk show.", "-"},
		{"daytime adjective with the", "Viewers left the daytime show.", "-"},
		{"one night is a duration", "He spent one night in jail.", "duration|one night|P1D"},
		{"one of the mornings", "It was one of the coldest mornings on record.", "number|one|1|"},
	})
}

// TestWeekOfMonth checks a week counted in its month, "the first week of
// April", "the last week of June": the ISO week that holds the 4th day
// of that seven-day stretch of the month, as ISO 8601 counts a year's
// first week.
func TestWeekOfMonth(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"last week of", "Ballots will be counted in the last week of June.", "date|the last week of June|2024-W26"},
		{"first week of", "The ferry resumes in the first week of April.", "date|the first week of April|2024-W14"},
		{"with a year", "Sales slumped in the second week of March 2023.", "date|the second week of March 2023|2023-W10"},
		{"digits, short month", "Talks are planned for the 3rd week of Jan.", "date|the 3rd week of Jan.|2024-W03"},
		{"short month without its period", "Talks resume in the 3rd week of Jan", "date|the 3rd week of Jan|2024-W03"},
		{"weekday of a short month", "Polls will close on the first Monday of Nov", "date|the first Monday of Nov|2024-11-04"},
		{"final week of", "Exams fall in the final week of May.", "date|the final week of May|2024-W22"},
		// guards
		{"week of an event", "It was the first week of the trial.", "ordinal|first|1|"},
		{"week of a campaign", "It was the final week of the campaign.", "-"},
		{"the last week alone", "Prices fell in the last week.", "date|the last week|2024-W10"},
	})
}

// TestAnotherAmount checks an amount of time counted with "another",
// which counts as "a" does, or adds its number: "another day" is P1D,
// "another two weeks" P2W.
func TestAnotherAmount(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"another day", "Rescuers searched the ruins for another day.", "duration|another day|P1D"},
		{"another two weeks", "The talks will run for another two weeks.", "duration|another two weeks|P2W"},
		{"another 10 years", "The reactor may operate for another 10 years.", "duration|another 10 years|P10Y"},
		{"another year of", "Farmers face another year of drought.", "duration|another year|P1Y"},
		{"another few months", "The inquiry will take another few months.", "duration|another few months|PXM"},
		// guards
		{"another person", "Another person was injured.", "-"},
		{"another time", "The match will be replayed another time.", "-"},
		{"another agency", "Another SEC official resigned.", "-"},
		{"another abbreviation", "The bill needs another min of debate.", "-"},
		{"another quarter of", "Another quarter of the budget went on fuel.", "-"},
		{"another figure", "Another 300 jobs will go.", "number|300|300|"},
	})
}

// TestDayAndFortnightWithThe checks "for the day" (the day of writing:
// "closed for the day") and "the fortnight" (two weeks, as "the past
// fortnight" is).
func TestDayAndFortnightWithThe(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"halted for the day", "Trading was halted for the day.", "date|the day|2024-03-14"},
		{"adjourned for the day", "Lawmakers adjourned for the day without a vote.", "date|the day|2024-03-14"},
		{"closed for the day after", "The museum closed for the day after a power cut.", "date|the day|2024-03-14"},
		{"for the fortnight", "Fans camp out in the park for the fortnight.", "duration|the fortnight|P2W"},
		{"over the fortnight", "Over the fortnight, the index fell sharply.", "duration|the fortnight|P2W"},
		// guards
		{"heat of the day", "Players rested in the heat of the day.", "-"},
		{"the day before the vote", "Polls opened the day before the vote.", "-"},
	})
}

// TestWeekendsSet checks the weekends named as a recurrence, "on
// weekends", "at weekends", "on the weekends": TimeML's set of weekends,
// XXXX-WXX-WE, as "every weekend" is.
func TestWeekendsSet(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"on weekends", "The museum opens on weekends.", "set|weekends|XXXX-WXX-WE"},
		{"at weekends", "Trains run less often at weekends.", "set|weekends|XXXX-WXX-WE"},
		{"on the weekends", "Volunteers staff the desk on the weekends.", "set|weekends|XXXX-WXX-WE"},
		{"all weekends", "The pool is closed all weekends.", "set|weekends|XXXX-WXX-WE"},
		{"every weekend", "The market runs every weekend.", "set|every weekend|XXXX-WXX-WE"},
		// guards
		{"counted weekends", "Storms hit on three weekends.", "number|three|3|"},
		{"weekends as a subject", "Weekends are busy for the ferry.", "-"},
	})
}
