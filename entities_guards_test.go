package lede

import (
	"encoding/json"
	"testing"
)

// TestMoneyWordsOpenWithNoDigit checks what moneyAfter's early exit
// relies on: no currency word, base name, sign or code opens with a
// digit, so digits after a number are no money.
func TestMoneyWordsOpenWithNoDigit(t *testing.T) {
	tables := map[string][]string{}
	for w := range currencyWords {
		tables["currencyWords"] = append(tables["currencyWords"], w)
	}
	for w := range currencyBaseNames {
		tables["currencyBaseNames"] = append(tables["currencyBaseNames"], w)
	}
	for w := range currencyNames {
		tables["currencyNames"] = append(tables["currencyNames"], w)
	}
	for name, words := range tables {
		for _, w := range words {
			if opensWithDigit(w) {
				t.Errorf("%s has %q, which opens with a digit", name, w)
			}
		}
	}
}

// TestNumbersAfterNumbers checks the early exits for a number after a
// number (percentAfter, moneyAfter, withFraction, clockPast, …) on runs
// and lists of numbers with words and signs among them: the figures and
// dates, as JSON, are what the readers found before they had the exits.
func TestNumbersAfterNumbers(t *testing.T) {
	tests := []struct{ text, figures, dates string }{
		{"1 2 3 4 5", "[{\"text\":\"1\",\"start\":0,\"end\":1,\"type\":\"number\",\"value\":1},{\"text\":\"2\",\"start\":2,\"end\":3,\"type\":\"number\",\"value\":2},{\"text\":\"3\",\"start\":4,\"end\":5,\"type\":\"number\",\"value\":3},{\"text\":\"4\",\"start\":6,\"end\":7,\"type\":\"number\",\"value\":4},{\"text\":\"5\",\"start\":8,\"end\":9,\"type\":\"number\",\"value\":5}]", "null"},
		{"100 100 100 100 100 100 100 100", "[{\"text\":\"100\",\"start\":0,\"end\":3,\"type\":\"number\",\"value\":100},{\"text\":\"100 100 100 100 100 100 100\",\"start\":4,\"end\":31,\"type\":\"number\",\"value\":100100100100100000000}]", "null"},
		{"2019 2020 2021", "null", "[{\"text\":\"2019\",\"start\":0,\"end\":4,\"type\":\"date\",\"value\":\"2019\"},{\"text\":\"2020\",\"start\":5,\"end\":9,\"type\":\"date\",\"value\":\"2020\"},{\"text\":\"2021\",\"start\":10,\"end\":14,\"type\":\"date\",\"value\":\"2021\"}]"},
		{"at 5 6 7", "[{\"text\":\"5\",\"start\":3,\"end\":4,\"type\":\"number\",\"value\":5},{\"text\":\"6\",\"start\":5,\"end\":6,\"type\":\"number\",\"value\":6},{\"text\":\"7\",\"start\":7,\"end\":8,\"type\":\"number\",\"value\":7}]", "null"},
		{"1 2 pm", "[{\"text\":\"1\",\"start\":0,\"end\":1,\"type\":\"number\",\"value\":1}]", "[{\"text\":\"2 pm\",\"start\":2,\"end\":6,\"type\":\"time\",\"value\":\"2024-03-14T14:00\"}]"},
		{"3 1/2 years", "null", "[{\"text\":\"3 1/2 years\",\"start\":0,\"end\":11,\"type\":\"duration\",\"value\":\"P3Y6M\"}]"},
		{"1 2% 3", "[{\"text\":\"1\",\"start\":0,\"end\":1,\"type\":\"number\",\"value\":1},{\"text\":\"2%\",\"start\":2,\"end\":4,\"type\":\"percent\",\"value\":2,\"unit\":\"%\"},{\"text\":\"3\",\"start\":5,\"end\":6,\"type\":\"number\",\"value\":3}]", "null"},
		{"5 10 percent", "[{\"text\":\"5\",\"start\":0,\"end\":1,\"type\":\"number\",\"value\":5},{\"text\":\"10 percent\",\"start\":2,\"end\":12,\"type\":\"percent\",\"value\":10,\"unit\":\"%\"}]", "null"},
		{"aged 5 6", "[{\"text\":\"aged 5\",\"start\":0,\"end\":6,\"type\":\"quantity\",\"value\":5,\"unit\":\"year\"},{\"text\":\"6\",\"start\":7,\"end\":8,\"type\":\"number\",\"value\":6}]", "null"},
		{"1 2 dollars", "[{\"text\":\"1\",\"start\":0,\"end\":1,\"type\":\"number\",\"value\":1},{\"text\":\"2 dollars\",\"start\":2,\"end\":11,\"type\":\"money\",\"value\":2,\"unit\":\"USD\"}]", "null"},
		{"the 1 2nd", "[{\"text\":\"1\",\"start\":4,\"end\":5,\"type\":\"number\",\"value\":1},{\"text\":\"2nd\",\"start\":6,\"end\":9,\"type\":\"ordinal\",\"value\":2}]", "null"},
		{"1 2 past 3", "[{\"text\":\"1\",\"start\":0,\"end\":1,\"type\":\"number\",\"value\":1}]", "[{\"text\":\"2 past 3\",\"start\":2,\"end\":10,\"type\":\"time\",\"value\":\"2024-03-14T03:02\"}]"},
		{"1 2 - 3 and 4 out of 5", "[{\"text\":\"1\",\"start\":0,\"end\":1,\"type\":\"number\",\"value\":1},{\"text\":\"2 - 3\",\"start\":2,\"end\":7,\"type\":\"number\",\"value\":2,\"to\":3},{\"text\":\"4 out of 5\",\"start\":12,\"end\":22,\"type\":\"number\",\"value\":0.8}]", "null"},
		{"from 2 3 to 4 5 p.m.", "[{\"text\":\"2\",\"start\":5,\"end\":6,\"type\":\"number\",\"value\":2},{\"text\":\"3 to 4\",\"start\":7,\"end\":13,\"type\":\"number\",\"value\":3,\"to\":4}]", "[{\"text\":\"5 p.m.\",\"start\":14,\"end\":20,\"type\":\"time\",\"value\":\"2024-03-14T17:00\"}]"},
		{"0800 123 4567 and 555-0134 1 2", "null", "null"},
		{"1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 555-0134", "[{\"text\":\"1\",\"start\":0,\"end\":1,\"type\":\"number\",\"value\":1},{\"text\":\"2\",\"start\":2,\"end\":3,\"type\":\"number\",\"value\":2},{\"text\":\"3\",\"start\":4,\"end\":5,\"type\":\"number\",\"value\":3},{\"text\":\"4\",\"start\":6,\"end\":7,\"type\":\"number\",\"value\":4},{\"text\":\"5\",\"start\":8,\"end\":9,\"type\":\"number\",\"value\":5},{\"text\":\"32\",\"start\":84,\"end\":86,\"type\":\"number\",\"value\":32},{\"text\":\"33\",\"start\":87,\"end\":89,\"type\":\"number\",\"value\":33},{\"text\":\"555\",\"start\":90,\"end\":93,\"type\":\"number\",\"value\":555}]", "null"},
		{"4 3 2 1 ½ 1 .5 2.5 3,000 4 000 000", "[{\"text\":\"4\",\"start\":0,\"end\":1,\"type\":\"number\",\"value\":4},{\"text\":\"3\",\"start\":2,\"end\":3,\"type\":\"number\",\"value\":3},{\"text\":\"2\",\"start\":4,\"end\":5,\"type\":\"number\",\"value\":2},{\"text\":\"1 ½\",\"start\":6,\"end\":10,\"type\":\"number\",\"value\":1.5},{\"text\":\"1\",\"start\":11,\"end\":12,\"type\":\"number\",\"value\":1},{\"text\":\".5\",\"start\":13,\"end\":15,\"type\":\"number\",\"value\":0.5},{\"text\":\"2.5\",\"start\":16,\"end\":19,\"type\":\"number\",\"value\":2.5},{\"text\":\"3,000\",\"start\":20,\"end\":25,\"type\":\"number\",\"value\":3000},{\"text\":\"4 000 000\",\"start\":26,\"end\":35,\"type\":\"number\",\"value\":4000000}]", "null"},
	}
	for _, tt := range tests {
		figs, dates := FiguresAndDates(tt.text, goldenRef)
		f, _ := json.Marshal(figs)
		d, _ := json.Marshal(dates)
		if string(f) != tt.figures || string(d) != tt.dates {
			t.Errorf("FiguresAndDates(%q) =\n%s\n%s\nwant\n%s\n%s", tt.text, f, d, tt.figures, tt.dates)
		}
	}
}
