package lede

import "testing"

// TestCurrencyNameBeforeAmount checks a currency named by its word before
// the amount, as South Asian and some wire copy write it ("Rupees 2
// lakh", "rupees 500 crore", "pounds 30,000"): money, when the amount is
// written as money is (grouped, scaled or with cents), so that "Euro
// 2016", "the dollar 1.5 per cent higher" and "won 1,200 votes" stay out.
func TestCurrencyNameBeforeAmount(t *testing.T) {
	checkPhraseCases(t, []phraseCase{
		{"rupees crore", "The state approved rupees 500 crore for the dam.", "money|rupees 500 crore|5000000000|INR"},
		{"Rupees lakh", "Each family will get Rupees 2 lakh in compensation.", "money|Rupees 2 lakh|200000|INR"},
		{"pounds grouped", "He was fined pounds 30,000 by the court.", "money|pounds 30,000|30000|GBP"},
		{"yuan scaled", "Officials put the cost at yuan 4.8 billion.", "money|yuan 4.8 billion|4800000000|CNY"},
		{"dollar with cents", "Shares closed at dollar 12.75 each.", "money|dollar 12.75|12.75|USD"},
		// guards
		{"tournament", "Euro 2016 was held in France.", "date|2016|2016"},
		{"currency as a subject", "The dollar 1.5 per cent higher was a surprise.", "percent|1.5 per cent|1.5|%"},
		{"won the verb", "She won 1,200 votes in the first round.", "number|1,200|1200| ; ordinal|first|1|"},
		{"team name", "Bucks 110, Celtics 100.", "-"},
		{"minor unit before", "Page p 1,200 of the report.", "number|1,200|1200|"},
	})
}
