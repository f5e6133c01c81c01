package lede

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// goldenRef is the reference date of the golden entity texts: the day
// their fictional articles were published (a Thursday).
var goldenRef = time.Date(2024, time.March, 14, 0, 0, 0, 0, time.UTC)

// TestEntitiesGolden finds the figures and dates of each
// testdata/entities/*.txt, against goldenRef, and compares them with the
// .json beside it; -update rewrites the JSON.
func TestEntitiesGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/entities/*.txt")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs in testdata/entities (%v)", err)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			raw, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			text := string(raw)
			found := struct {
				Figures []Figure `json:"figures"`
				Dates   []Date   `json:"dates"`
			}{Figures(text), Dates(text, goldenRef)}
			checkEntityOffsets(t, text, found.Figures, found.Dates)
			goldenJSON(t, strings.TrimSuffix(in, ".txt")+".json", "entities", found)
		})
	}
}

// checkEntityOffsets asserts that every finding lies inside text, on
// character boundaries, and reads what its offsets hold.
func checkEntityOffsets(t *testing.T, text string, figures []Figure, dates []Date) {
	t.Helper()
	boundary := charBoundaries(text)
	check := func(what string, start, end int, s string) {
		if start < 0 || end > len(text) || start >= end || text[start:end] != s {
			t.Fatalf("%s %q: text[%d:%d] does not hold it", what, s, start, end)
		}
		if !boundary[start] || !boundary[end] {
			t.Fatalf("%s %q: offsets [%d, %d) split a character", what, s, start, end)
		}
	}
	for _, f := range figures {
		check("figure", f.Start, f.End, f.Text)
	}
	for _, d := range dates {
		check("date", d.Start, d.End, d.Text)
	}
}

func TestFigures(t *testing.T) {
	type fig struct {
		Text  string
		Kind  FigureType
		Value float64
		To    float64
		Unit  string
		Ap    string
		Per   string
	}
	tests := []struct {
		name, text string
		want       []fig
	}{
		{"dollars with scale", "It will cost $2 billion over five years.", []fig{{"$2 billion", FigureMoney, 2e9, 0, "USD", "", ""}}},
		{"web address", "see https://example.com/a?b=20%25&c=2019 for more", nil},
		{"degree sign and scale", "Water boils at 100° Celsius", []fig{{"100° Celsius", FigureQuantity, 100, 0, "°C", "", ""}}},
		{"ratio", "nine out of 10 doctors", []fig{{"nine out of 10", FigureNumber, 0.9, 0, "", "", ""}}},
		{"age after aged", "a man aged 87 died", []fig{{"aged 87", FigureQuantity, 87, 0, "year", "", ""}}},
		{"metres after a contraction", "I'm 1.8m tall.", []fig{{"1.8m", FigureQuantity, 1.8, 0, "m", "", ""}}},
		{"yuan sign after", "the cost is 100元!", []fig{{"100元", FigureMoney, 100, 0, "CNY", "", ""}}},
		{"code glued to the next amount", "3 USD50 cards", []fig{{"3", FigureNumber, 3, 0, "", "", ""}, {"USD50", FigureMoney, 50, 0, "USD", "", ""}}},
		{"cents at the end of a clause", "It costs 15 dollars 50.", []fig{{"15 dollars 50", FigureMoney, 15.5, 0, "USD", "", ""}}},
		{"no cents before a noun", "It cost 5 dollars and 3 people came", []fig{{"5 dollars", FigureMoney, 5, 0, "USD", "", ""}, {"3", FigureNumber, 3, 0, "", "", ""}}},
		{"scale ordinal", "the three trillionth visitor", []fig{{"three trillionth", FigureOrdinal, 3e12, 0, "", "", ""}}},
		{"whole and compound fraction", "two and fifty-four hundredths", []fig{{"two and fifty-four hundredths", FigureNumber, 2.54, 0, "", "", ""}}},
		{"country dollar glued abbreviation", "a US$2bn loan", []fig{{"US$2bn", FigureMoney, 2e9, 0, "USD", "", ""}}},
		{"euro m", "a €3.5m grant", []fig{{"€3.5m", FigureMoney, 3.5e6, 0, "EUR", "", ""}}},
		{"pounds with separators", "fined £400,000 on appeal", []fig{{"£400,000", FigureMoney, 4e5, 0, "GBP", "", ""}}},
		{"hong kong dollars", "HK$1.2 trillion in reserves", []fig{{"HK$1.2 trillion", FigureMoney, 1.2e12, 0, "HKD", "", ""}}},
		{"rupees abbreviated", "a Rs 500 crore plan and Rs. 2,000 fees", []fig{{"Rs 500 crore", FigureMoney, 5e9, 0, "INR", "", ""}, {"Rs. 2,000", FigureMoney, 2000, 0, "INR", "", ""}}},
		{"ringgit abbreviated", "RM2 billion", []fig{{"RM2 billion", FigureMoney, 2e9, 0, "MYR", "", ""}}},
		{"yuan after", "20 billion yuan of bonds", []fig{{"20 billion yuan", FigureMoney, 2e10, 0, "CNY", "", ""}}},
		{"dollars in words", "5 million dollars", []fig{{"5 million dollars", FigureMoney, 5e6, 0, "USD", "", ""}}},
		{"money range shares the scale", "worth $2-3 billion", []fig{{"$2-3 billion", FigureMoney, 2e9, 3e9, "USD", "", ""}}},
		{"pence are hundredths of a pound", "a bid of 470 pence a share", []fig{{"470 pence", FigureMoney, 4.7, 0, "GBP", "", "share"}}},
		{"code before amount", "priced at USD 22.5 million", []fig{{"USD 22.5 million", FigureMoney, 22.5e6, 0, "USD", "", ""}}},
		{"approximation and rate", "about $20 billion a year", []fig{{"$20 billion", FigureMoney, 2e10, 0, "USD", "about", "year"}}},
		{"more than", "more than 1,200 people", []fig{{"1,200", FigureNumber, 1200, 0, "", "more than", ""}}},
		{"percent sign", "rose 5% in May", []fig{{"5%", FigurePercent, 5, 0, "%", "", ""}}},
		{"per cent words", "five per cent", []fig{{"five per cent", FigurePercent, 5, 0, "%", "", ""}}},
		{"percent spelled", "grew 12.5 percent", []fig{{"12.5 percent", FigurePercent, 12.5, 0, "%", "", ""}}},
		{"percentage points", "3 percentage points", []fig{{"3 percentage points", FigurePercent, 3, 0, "pp", "", ""}}},
		{"hyphenated percentage point", "a 0.25 percentage-point cut", []fig{{"0.25 percentage-point", FigurePercent, 0.25, 0, "pp", "", ""}}},
		{"basis points", "raised rates by 25 basis points", []fig{{"25 basis points", FigurePercent, 25, 0, "bp", "", ""}}},
		{"basis points glued", "yields rose 30bps on Monday", []fig{{"30bps", FigurePercent, 30, 0, "bp", "", ""}}},
		{"basis points spaced", "the bank cut rates by 25 bps", []fig{{"25 bps", FigurePercent, 25, 0, "bp", "", ""}}},
		{"one basis point abbreviated", "spreads widened 12bp", []fig{{"12bp", FigurePercent, 12, 0, "bp", "", ""}}},
		{"bpts", "margins fell 40 bpts", []fig{{"40 bpts", FigurePercent, 40, 0, "bp", "", ""}}},
		{"pc glued", "inflation of 2.1pc", []fig{{"2.1pc", FigurePercent, 2.1, 0, "%", "", ""}}},
		{"m before a plural is millions", "1.5m people and a 2m wall", []fig{{"1.5m", FigureNumber, 1.5e6, 0, "", "", ""}, {"2m", FigureQuantity, 2, 0, "m", "", ""}}},
		{"number words", "two hundred and six seats", []fig{{"two hundred and six", FigureNumber, 206, 0, "", "", ""}}},
		{"stacked scales multiply", "a billion billion grains", []fig{{"a billion billion", FigureNumber, 1e18, 0, "", "", ""}}},
		{"British thousand million", "a thousand million people", []fig{{"a thousand million", FigureNumber, 1e9, 0, "", "", ""}}},
		{"stacked scales after a number", "two million million stars", []fig{{"two million million", FigureNumber, 2e12, 0, "", "", ""}}},
		{"dozen", "a dozen eggs", []fig{{"a dozen", FigureNumber, 12, 0, "", "", ""}}},
		{"half", "half the budget", []fig{{"half", FigureNumber, 0.5, 0, "", "", ""}}},
		{"fraction hyphenated", "two-thirds of voters", []fig{{"two-thirds", FigureNumber, 2.0 / 3, 0, "", "", ""}}},
		{"million with decimals", "1.2 million homes", []fig{{"1.2 million", FigureNumber, 1.2e6, 0, "", "", ""}}},
		{"fraction with a compound denominator", "one twenty-fifth of the land", []fig{{"one twenty-fifth", FigureNumber, 0.04, 0, "", "", ""}}},
		{"a century is a date, not a fraction", "a twenty-first century city", nil},
		{"fraction of a scale", "five and a half million", []fig{{"five and a half million", FigureNumber, 5.5e6, 0, "", "", ""}}},
		{"fraction after a scale", "3 million and a quarter", []fig{{"3 million and a quarter", FigureNumber, 3.25e6, 0, "", "", ""}}},
		{"mixed number after a scale", "two hundred and fifty-four hundredths", []fig{{"two hundred and fifty-four hundredths", FigureNumber, 200.54, 0, "", "", ""}}},
		{"improper fraction after and", "one hundred and thirty fifths", []fig{{"one hundred and thirty fifths", FigureNumber, 26, 0, "", "", ""}}},
		{"fraction with over", "odds of 1 over three, or one over 3.", []fig{{"1 over three", FigureNumber, 1.0 / 3, 0, "", "", ""}, {"one over 3", FigureNumber, 1.0 / 3, 0, "", "", ""}}},
		{"over before a unit is no fraction", "earn $2000 over 3 years", []fig{{"$2000", FigureMoney, 2000, 0, "USD", "", ""}}},
		{"a decimal after and starts a number", "3 hundred and 2.12 hundred", []fig{{"3 hundred", FigureNumber, 300, 0, "", "", ""}, {"2.12 hundred", FigureNumber, 212, 0, "", "", ""}}},
		{"power", "a factor of 1.1^23 or 2.5^-1", []fig{{"1.1^23", FigureNumber, 8.954302432552389, 0, "", "", ""}, {"2.5^-1", FigureNumber, 0.4, 0, "", "", ""}}},
		{"ordinal digits", "the 30th time", []fig{{"30th", FigureOrdinal, 30, 0, "", "", ""}}},
		{"ordinal words", "the twenty-fifth day of talks", []fig{{"twenty-fifth", FigureOrdinal, 25, 0, "", "", ""}}},
		{"kilometres", "a 300 km pipeline", []fig{{"300 km", FigureQuantity, 300, 0, "km", "", ""}}},
		{"tonnes", "5 tonnes of rice", []fig{{"5 tonnes", FigureQuantity, 5, 0, "t", "", ""}}},
		{"celsius glued", "highs of 40C today", []fig{{"40C", FigureQuantity, 40, 0, "°C", "", ""}}},
		{"age", "a 12-year-old boy", []fig{{"12-year-old", FigureQuantity, 12, 0, "year", "", ""}}},
		{"age spaced", "She is 60 years old.", []fig{{"60 years old", FigureQuantity, 60, 0, "year", "", ""}}},
		{"barrels a day", "500,000 barrels a day", []fig{{"500,000 barrels", FigureQuantity, 5e5, 0, "bbl", "", "day"}}},
		{"feet and inches", "he is 5 feet 2 inches", []fig{{"5 feet 2 inches", FigureQuantity, 5 + 2.0/12, 0, "ft", "", ""}}},
		{"5G is a name", "the 5G network", nil},
		{"COVID-19 is a name", "COVID-19 cases", nil},
		{"Boeing 737 is a name", "a Boeing 737 jet", nil},
		{"an index named by an acronym", "The FTSE 100 fell.", nil},
		{"a one-letter symbol with cents", "Diesel costs R23.50 a litre", []fig{{"R23.50", FigureMoney, 23.5, 0, "ZAR", "", "litre"}}},
		{"a one-letter symbol with a scale", "a R5bn deal", []fig{{"R5bn", FigureMoney, 5e9, 0, "ZAR", "", ""}}},
		{"a one-letter symbol grouped", "L1,200 a month", []fig{{"L1,200", FigureMoney, 1200, 0, "HNL", "", "month"}}},
		{"letters before plain numbers are names", "in Q3, the K2 climb and the P5 nations", nil},
		{"m after a noun that counts is a million", "Lagos has a population of 15m.", []fig{{"15m", FigureNumber, 15e6, 0, "", "", ""}}},
		{"m after an audience", "an audience of 2.5m watched", []fig{{"2.5m", FigureNumber, 2.5e6, 0, "", "", ""}}},
		{"m after a height is metres", "a height of 15m.", []fig{{"15m", FigureQuantity, 15, 0, "m", "", ""}}},
		{"acronyms of other indices and stations", "the CAC 40, the ASX 200 and ABC 7", nil},
		{"a currency code is no name", "It costs USD 100.", []fig{{"USD 100", FigureMoney, 100, 0, "USD", "", ""}}},
		{"a percent after an acronym is a figure", "GDP 2% higher", []fig{{"2%", FigurePercent, 2, 0, "%", "", ""}}},
		{"a headline in capitals has no names", "PRICES UP 5 TIMES", []fig{{"5", FigureNumber, 5, 0, "", "", ""}}},
		{"a hyphened count after an acronym", "an EPIC 4-word warning", []fig{{"4", FigureNumber, 4, 0, "", "", ""}}},
		{"a sentence opener is no name", "Then 300 workers left. Yesterday 40 more quit.", []fig{{"300", FigureNumber, 300, 0, "", "", ""}, {"40", FigureNumber, 40, 0, "", "", ""}}},
		{"iPhone 15 is a name", "the iPhone 15 launch", nil},
		{"phone number", "Call 555-0134 now", nil},
		{"years are dates", "In 2019, sales fell.", nil},
		{"a date's numbers are the date's", "on March 8, 2019 at 3 p.m.", nil},
		{"pronoun one", "that one is better", nil},
		{"weight pounds", "this baby is over two pounds", []fig{{"two pounds", FigureQuantity, 2, 0, "lb", "over", ""}}},
		{"money pounds with scale", "2 million pounds", []fig{{"2 million pounds", FigureMoney, 2e6, 0, "GBP", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []fig
			for _, f := range Figures(tt.text) {
				got = append(got, fig{f.Text, f.Type, f.Value, rangeEnd(f), f.Unit, f.Approx, f.Per})
			}
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b float64) bool { return a == b || (a-b)*(a-b) < 1e-18*(a*a+b*b) })); diff != "" {
				t.Errorf("Figures(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestDates(t *testing.T) {
	type date struct {
		Text  string
		Kind  DateType
		Value string
	}
	tests := []struct {
		name, text string
		want       []date
	}{
		{"month day year", "It opened on March 8, 2019.", []date{{"March 8, 2019", DateDate, "2019-03-08"}}},
		{"day month year", "on 8 March 2019", []date{{"8 March 2019", DateDate, "2019-03-08"}}},
		{"ISO", "filed 2019-03-08", []date{{"2019-03-08", DateDate, "2019-03-08"}}},
		{"US slashes", "due 3/8/2019", []date{{"3/8/2019", DateDate, "2019-03-08"}}},
		{"day with points", "valid from 23.04.2022 14:55 and 1.5.2019", []date{{"23.04.2022 14:55", DateTime, "2022-04-23T14:55"}, {"1.5.2019", DateDate, "2019-05-01"}}},
		{"no day past the month", "on 31.02.2020", []date{{"2020", DateDate, "2020"}}},
		{"second day of a month", "talks on April 24 and 25 were", []date{{"April 24", DateDate, "2024-04-24"}, {"25", DateDate, "2024-04-25"}}},
		{"second day takes the year", "on April 24-25, 2001", []date{{"April 24", DateDate, "2001-04-24"}, {"25, 2001", DateDate, "2001-04-25"}}},
		{"second day is no count", "On March 3 and 4 people died.", []date{{"March 3", DateDate, "2024-03-03"}}},
		{"day before May", "from April 24 to 2 May", []date{{"April 24", DateDate, "2024-04-24"}, {"2 May", DateDate, "2024-05-02"}}},
		{"day of the month alone", "The vote is on the 20th. It opened on the 28th.", []date{{"the 20th", DateDate, "2024-03-20"}, {"the 28th", DateDate, "2024-02-28"}}},
		{"ordinal of a noun is no day", "on the 4th floor", nil},
		{"bare abbreviation after a preposition", "We can leave after Feb, when it thaws.", []date{{"Feb", DateDate, "2024-02"}}},
		{"since points back", "Sales have risen since August.", []date{{"August", DateDate, "2023-08"}}},
		{"May opens the text", "May I ask?", nil},
		{"year after in", "in 2022 the plant closed", []date{{"2022", DateDate, "2022"}}},
		{"decade", "since the 1990s", []date{{"the 1990s", DateDate, "199"}}},
		{"hundreds are a century", "in the 1800s", []date{{"the 1800s", DateDate, "18"}}},
		{"ISO date and time", "stamped 2024-03-13T10:00:00Z", []date{{"2024-03-13T10:00:00Z", DateTime, "2024-03-13T10:00:00"}}},
		{"quarter with year", "in Q3 2021", []date{{"Q3 2021", DateDate, "2021-Q3"}}},
		{"half-year abbreviation", "profits in H1 2020 and 2021 H2; the H1N1 virus", []date{{"H1 2020", DateDate, "2020-H1"}, {"2021 H2", DateDate, "2021-H2"}}},
		{"season across two years", "the 2020-21 season and the 2019/20 fiscal year", []date{{"2020", DateDate, "2020"}, {"21", DateDate, "2021"}, {"2019", DateDate, "2019"}, {"20", DateDate, "2020"}}},
		{"fiscal year", "in fiscal 2020", []date{{"fiscal 2020", DateDate, "2020"}}},
		{"fiscal year with its noun", "in fiscal year 2008 and calendar year 2009", []date{{"fiscal year 2008", DateDate, "2008"}, {"calendar year 2009", DateDate, "2009"}}},
		{"abbreviated month, nearest year", "The vote is Dec. 15.", []date{{"Dec. 15", DateDate, "2023-12-15"}}},
		{"month ahead, nearest year", "payable April 2", []date{{"April 2", DateDate, "2024-04-02"}}},
		{"beyond the calendar", "formed 4.5 billion years ago", []date{{"4.5 billion years ago", DateDate, "PAST_REF"}}},
		{"June last year", "in June last year", []date{{"June last year", DateDate, "2023-06"}}},
		{"future: set to", "talks are set to resume Monday", []date{{"Monday", DateDate, "2024-03-18"}}},
		{"future: as soon as", "could arrive as soon as Tuesday", []date{{"Tuesday", DateDate, "2024-03-19"}}},
		{"a name is no past verb", "She would fly to the United States Friday.", []date{{"Friday", DateDate, "2024-03-15"}}},
		{"the year ended", "revenue for the year ended Dec. 31", []date{{"the year", DateDuration, "P1Y"}, {"Dec. 31", DateDate, "2023-12-31"}}},
		{"tense within the year", "The plant closed in December.", []date{{"December", DateDate, "2023-12"}}},
		{"no tense: nearest", "a vote in April", []date{{"April", DateDate, "2024-04"}}},
		{"year-end", "to close by year-end.", []date{{"year-end", DateDate, "2024"}}},
		{"year-end adjective", "year-end bonuses", nil},
		{"since year end", "shares are up 8% since year end", []date{{"year end", DateDate, "2023"}}},
		{"the end of the month", "by the end of the month", []date{{"the end of the month", DateDate, "2024-03"}}},
		{"the fiscal year", "earnings for the fiscal year", []date{{"the fiscal year", DateDate, "2024"}}},
		{"year in words", "Atlanta, nineteen ninety-six.", []date{{"nineteen ninety-six", DateDate, "1996"}}},
		{"vague ago", "closed several years ago", []date{{"several years ago", DateDate, "PAST_REF"}}},
		{"a couple of", "for a couple of years", []date{{"a couple of years", DateDuration, "P2Y"}}},
		{"fraction of a year", "for 2 1/2 years", []date{{"2 1/2 years", DateDuration, "P2Y6M"}}},
		{"fraction of an hour", "about 5 1/2 hours", []date{{"about 5 1/2 hours", DateDuration, "PT5H30M"}}},
		{"one and a half", "for one and a half hours", []date{{"one and a half hours", DateDuration, "PT1H30M"}}},
		{"hours glued", "a 3h delay", []date{{"3h", DateDuration, "PT3H"}}},
		{"end of year without the", "due by end of year", []date{{"end of year", DateDate, "2024"}}},
		{"counted quarters", "sales for the last 2 quarters", []date{{"the last 2 quarters", DateDuration, "P6M"}}},
		{"quarters of a year", "the first two quarters of 1990", []date{{"the first two quarters of 1990", DateDate, "1990-H1"}}},
		{"a fraction in quarters", "three quarters of voters", nil},
		{"business days", "within the next 4 business days", []date{{"the next 4 business days", DateDuration, "P4D"}}},
		{"half a day", "for a day and a half", []date{{"a day and a half", DateDuration, "P1DT12H"}}},
		{"that Sun is a name", "that Sun's profit rose", nil},
		{"last half of a year", "in the last half of 1989", []date{{"the last half of 1989", DateDate, "1989-H2"}}},
		{"last half of something else", "the last half of the game", nil},
		{"the week of", "a hearing the week of March 4", []date{{"the week of March 4", DateDate, "2024-W10"}}},
		{"the early summer", "from the low levels of the early summer", []date{{"the early summer", DateDate, "2024-SU"}}},
		{"mid afternoon", "By mid afternoon, sources said", []date{{"mid afternoon", DateTime, "2024-03-14TAF"}}},
		{"hour in words", "They meet at six p.m. sharp.", []date{{"six p.m.", DateTime, "2024-03-14T18:00"}}},
		{"half past", "at half past seven o'clock", []date{{"half past seven o'clock", DateTime, "2024-03-14T07:30"}}},
		{"minutes past in the evening", "ten past 9 in the evening", []date{{"ten past 9 in the evening", DateTime, "2024-03-14T21:10"}}},
		{"quarter to", "by quarter to nine", []date{{"quarter to nine", DateTime, "2024-03-14T08:45"}}},
		{"seconds", "at 7:56:30 am", []date{{"7:56:30 am", DateTime, "2024-03-14T07:56:30"}}},
		{"12 noon", "until 12 noon", []date{{"12 noon", DateTime, "2024-03-14T12:00"}}},
		{"hour and part of day", "leave at 4 in the morning or at 10 at night", []date{{"4 in the morning", DateTime, "2024-03-14T04:00"}, {"10 at night", DateTime, "2024-03-14T22:00"}}},
		{"a count in the evening", "He ate 3 in the evening.", []date{{"the evening", DateTime, "2024-03-14TEV"}}},
		{"plural weekday", "The market opens on Tuesdays and Friday mornings.", []date{{"Tuesdays", DateSet, "XXXX-WXX-2"}, {"Friday mornings", DateSet, "XXXX-WXX-5TMO"}}},
		{"every other", "every other Friday and every other week", []date{{"every other Friday", DateSet, "XXXX-WXX-5"}, {"every other week", DateSet, "P2W"}}},
		{"half an hour", "in half an hour", []date{{"half an hour", DateDuration, "PT30M"}}},
		{"a range is no time", "from five to ten, or 12 to 3", nil},
		{"a fraction of a count is no time", "a quarter to three of them", nil},
		{"British time", "back before 2.30pm", []date{{"2.30pm", DateTime, "2024-03-14T14:30"}}},
		{"British time after at", "They met at 6.45, police said.", []date{{"6.45", DateTime, "2024-03-14T06:45"}}},
		{"a decimal after at", "sales at 2.46 billion guilders", nil},
		{"day above 12 first", "see you on 22/04", []date{{"22/04", DateDate, "2024-04-22"}}},
		{"European slashes with year", "born 22/04/2019", []date{{"22/04/2019", DateDate, "2019-04-22"}}},
		{"slash day after on", "on 5/12", []date{{"5/12", DateDate, "2024-05-12"}}},
		{"day, month name and year between dashes", "filed 05-Aug-2016, not 31-Feb-2016", []date{{"05-Aug-2016", DateDate, "2016-08-05"}}},
		{"year then month", "back in 2017 April", []date{{"2017 April", DateDate, "2017-04"}}},
		{"year then quarter", "sales in 2017 Q1 and 2018-q1", []date{{"2017 Q1", DateDate, "2017-Q1"}, {"2018-q1", DateDate, "2018-Q1"}}},
		{"year after of", "born July 4th of 1995", []date{{"July 4th of 1995", DateDate, "1995-07-04"}}},
		{"may after a year is a verb", "In 2017 may be the year.", []date{{"2017", DateDate, "2017"}, {"the year", DateDate, "2024"}}},
		{"a range ends after it starts", "The show will run from February to April.", []date{{"February", DateDate, "2024-02"}, {"April", DateDate, "2024-04"}}},
		{"a range's end after its start", "Talks will run from October to February.", []date{{"October", DateDate, "2024-10"}, {"February", DateDate, "2025-02"}}},
		{"a day of next month", "Parliament returns on the 3rd of next month.", []date{{"3rd of next month", DateDate, "2024-04-03"}}},
		{"a day of last month", "It closed on the 28th of last month.", []date{{"28th of last month", DateDate, "2024-02-28"}}},
		{"a day of this month", "Bids are due by the 15th of this month.", []date{{"15th of this month", DateDate, "2024-03-15"}}},
		{"a spelled day of the following month", "Pay rises on the first of the following month.", []date{{"first of the following month", DateDate, "2024-04-01"}}},
		{"a range's end counted from now stays", "The strike ran from Monday until last Thursday.", []date{{"Monday", DateDate, "2024-03-11"}, {"last Thursday", DateDate, "2024-03-07"}}},
		{"a range's end with next", "Talks run from October to next February.", []date{{"October", DateDate, "2024-10"}, {"next February", DateDate, "2025-02"}}},
		{"a range's end yesterday", "Flights were cut from Friday until yesterday.", []date{{"Friday", DateDate, "2024-03-08"}, {"yesterday", DateDate, "2024-03-13"}}},
		{"a range with written years", "It ran from May 2023 to April 2023.", []date{{"May 2023", DateDate, "2023-05"}, {"April 2023", DateDate, "2023-04"}}},
		{"an hour range shares its meridiem", "Visits are 9-10 am daily.", []date{{"9", DateTime, "2024-03-14T09:00"}, {"10 am", DateTime, "2024-03-14T10:00"}, {"daily", DateSet, "P1D"}}},
		{"an hour range in the evening", "Polls close 7 - 8 p.m. local time.", []date{{"7", DateTime, "2024-03-14T19:00"}, {"8 p.m.", DateTime, "2024-03-14T20:00"}}},
		{"an hour range to minutes", "Doors open 6 to 7:30 p.m.", []date{{"6", DateTime, "2024-03-14T18:00"}, {"7:30 p.m.", DateTime, "2024-03-14T19:30"}}},
		{"an hour range on a weekday", "The clinic opens Monday 8-9am.", []date{{"Monday 8", DateTime, "2024-03-11T08:00"}, {"9am", DateTime, "2024-03-11T09:00"}}},
		{"a score is no hour range", "The score was 3-4 at the break.", nil},
		{"a weekday range ends in the start's week", "The fair runs from Monday until Thursday.", []date{{"Monday", DateDate, "2024-03-18"}, {"Thursday", DateDate, "2024-03-21"}}},
		{"a weekday range across a weekend", "Trains will stop from Saturday to Monday.", []date{{"Saturday", DateDate, "2024-03-16"}, {"Monday", DateDate, "2024-03-18"}}},
		{"a weekday range after next", "Hearings run from next Monday to Wednesday.", []date{{"next Monday", DateDate, "2024-03-18"}, {"Wednesday", DateDate, "2024-03-20"}}},
		{"a weekday start before a written day", "The festival runs from Tuesday through Thursday, March 21.", []date{{"Tuesday", DateDate, "2024-03-19"}, {"Thursday, March 21", DateDate, "2024-03-21"}}},
		{"a weekday end after a written day counts from now", "Shares were bought from Feb. 20 to Wednesday.", []date{{"Feb. 20", DateDate, "2024-02-20"}, {"Wednesday", DateDate, "2024-03-13"}}},
		{"weekday with slash date", "The call is Friday 7/6.", []date{{"Friday 7/6", DateDate, "2024-07-06"}}},
		{"weekday with ordinal day", "Fri 15th at noon", []date{{"Fri 15th at noon", DateTime, "2024-03-15T12:00"}}},
		{"weekday with ordinal day in words", "on monday the twenty-fifth", []date{{"monday the twenty-fifth", DateDate, "2024-03-25"}}},
		{"weekday, then an ordinal of a noun", "Prices fell Friday, the fourth decline.", []date{{"Friday", DateDate, "2024-03-08"}}},
		{"weekday, then a count", "On Tuesday 14 people died.", []date{{"Tuesday", DateDate, "2024-03-12"}}},
		{"a fraction is no day", "a 2/3 majority of 1/16 inch", nil},
		{"last Easter", "since last Easter", []date{{"last Easter", DateDate, "2023-04-09"}}},
		{"next Christmas", "until next Christmas", []date{{"next Christmas", DateDate, "2024-12-25"}}},
		{"a holiday in lower case after last", "we met last easter in Rome", []date{{"last easter", DateDate, "2023-04-09"}}},
		{"a holiday in lower case after before", "can we meet before independence day?", []date{{"independence day", DateDate, "2024-07-04"}}},
		{"a holiday in lower case after on", "the shop was shut on christmas day", []date{{"christmas day", DateDate, "2023-12-25"}}},
		{"a holiday in lower case after until", "the sale runs until thanksgiving", []date{{"thanksgiving", DateDate, "2024-11-28"}}},
		{"a name in lower case elsewhere is no holiday", "the game hides an easter egg, and we had a family day out", nil},
		{"to date before a verb", "Sales to date have risen.", []date{{"to date", DateDate, "PRESENT_REF"}}},
		{"to date ending a clause", "It is the largest deal to date.", []date{{"to date", DateDate, "PRESENT_REF"}}},
		{"to date opening a sentence", "To date, no one has claimed it.", []date{{"To date", DateDate, "PRESENT_REF"}}},
		{"till date", "The ministry has paid 40 claims till date.", []date{{"till date", DateDate, "PRESENT_REF"}}},
		{"up to date is no date", "Keep the list up to date, and an up-to-date copy online.", nil},
		{"the verb to date", "It is too early to date the fossil.", nil},
		{"season after in", "work starts in spring", []date{{"spring", DateDate, "2024-SP"}}},
		{"yesterday", "said yesterday", []date{{"yesterday", DateDate, "2024-03-13"}}},
		{"today", "today", []date{{"today", DateDate, "2024-03-14"}}},
		{"tomorrow", "tomorrow", []date{{"tomorrow", DateDate, "2024-03-15"}}},
		{"weekday of last week", "It opened on Tuesday of last week.", []date{{"Tuesday of last week", DateDate, "2024-03-05"}}},
		{"week, then its weekday", "They meet next week on Wednesday.", []date{{"next week on Wednesday", DateDate, "2024-03-20"}}},
		{"weekday past by default", "The council met on Tuesday.", []date{{"Tuesday", DateDate, "2024-03-12"}}},
		{"weekday future with will", "The council will meet on Tuesday.", []date{{"Tuesday", DateDate, "2024-03-19"}}},
		{"weekday of the reference day", "said Thursday", []date{{"Thursday", DateDate, "2024-03-14"}}},
		{"weekday possessive", "Friday's vote", []date{{"Friday", DateDate, "2024-03-08"}}},
		{"last week", "last week", []date{{"last week", DateDate, "2024-W10"}}},
		{"next month", "next month", []date{{"next month", DateDate, "2024-04"}}},
		{"this year", "this year", []date{{"this year", DateDate, "2024"}}},
		{"last April", "last April", []date{{"last April", DateDate, "2023-04"}}},
		{"day before yesterday", "the day before yesterday and the day after tomorrow", []date{{"the day before yesterday", DateDate, "2024-03-12"}, {"the day after tomorrow", DateDate, "2024-03-16"}}},
		{"days ago", "two days ago", []date{{"two days ago", DateDate, "2024-03-12"}}},
		{"years ago with approximation", "nearly four years ago", []date{{"nearly four years ago", DateDate, "2020"}}},
		{"duration", "for five years", []date{{"five years", DateDuration, "P5Y"}}},
		{"duration months", "18 months", []date{{"18 months", DateDuration, "P18M"}}},
		{"duration with the next", "over the next five years", []date{{"the next five years", DateDuration, "P5Y"}}},
		{"hyphenated duration", "a 16-hour shift", []date{{"16-hour", DateDuration, "PT16H"}}},
		{"vague duration", "a few days", []date{{"a few days", DateDuration, "PXD"}}},
		{"time pm", "at 3 p.m.", []date{{"3 p.m.", DateTime, "2024-03-14T15:00"}}},
		{"noon", "at noon", []date{{"noon", DateTime, "2024-03-14T12:00"}}},
		{"time with zone", "at 10:30 GMT", []date{{"10:30 GMT", DateTime, "2024-03-14T10:30"}}},
		{"time then day", "at 10 p.m. Wednesday", []date{{"10 p.m. Wednesday", DateTime, "2024-03-13T22:00"}}},
		{"time this morning", "at 8 a.m. this morning", []date{{"8 a.m. this morning", DateTime, "2024-03-14T08:00"}}},
		{"hour in last night", "shot at 11 last night", []date{{"11 last night", DateTime, "2024-03-13T23:00"}}},
		{"minutes in this afternoon", "closed at 4:30 this afternoon", []date{{"4:30 this afternoon", DateTime, "2024-03-14T16:30"}}},
		{"time tonight", "at 10 p.m. tonight", []date{{"10 p.m. tonight", DateTime, "2024-03-14T22:00"}}},
		{"part of day, then time", "this afternoon at 3 p.m.", []date{{"this afternoon at 3 p.m.", DateTime, "2024-03-14T15:00"}}},
		{"mid- part of day with its day", "at mid-afternoon yesterday", []date{{"mid-afternoon yesterday", DateTime, "2024-03-13TAF"}}},
		{"this past season", "this past spring", []date{{"this past spring", DateDate, "2023-SP"}}},
		{"weekday agrees with the year", "on Wednesday, Jan. 15, 1 p.m. - 1:15 p.m.", []date{{"Wednesday, Jan. 15, 1 p.m.", DateTime, "2025-01-15T13:00"}, {"1:15 p.m.", DateTime, "2025-01-15T13:15"}}},
		{"times of a range take its day and meridiem", "on Friday between 2 and 4 p.m.", []date{{"Friday", DateDate, "2024-03-08"}, {"2", DateTime, "2024-03-08T14:00"}, {"4 p.m.", DateTime, "2024-03-08T16:00"}}},
		{"range end with a zone", "from 2 to 4 p.m. EST", []date{{"2", DateTime, "2024-03-14T14:00"}, {"4 p.m. EST", DateTime, "2024-03-14T16:00"}}},
		{"range start keeps its morning", "from 11 to 1 p.m.", []date{{"11", DateTime, "2024-03-14T11:00"}, {"1 p.m.", DateTime, "2024-03-14T13:00"}}},
		{"range start takes the day after", "2:00 - 2:30 p.m. on Tuesday", []date{{"2:00", DateTime, "2024-03-12T14:00"}, {"2:30 p.m. on Tuesday", DateTime, "2024-03-12T14:30"}}},
		{"counts are no times", "between 2 and 4 people", nil},
		{"time in words with minutes", "at six forty-five p.m. and at seven oh five, he left", []date{{"six forty-five p.m.", DateTime, "2024-03-14T18:45"}, {"seven oh five", DateTime, "2024-03-14T07:05"}}},
		{"price in words is no time", "sold at two fifty a share", nil},
		{"every week", "every week", []date{{"every week", DateSet, "P1W"}}},
		{"annually", "paid annually", []date{{"annually", DateSet, "P1Y"}}},
		{"now", "is now closed", []date{{"now", DateDate, "PRESENT_REF"}}},
		{"the third quarter", "in the third quarter", []date{{"the third quarter", DateDate, "2024-Q3"}}},
		{"adjectival quarter keeps no the", "the third-quarter loss", []date{{"third-quarter", DateDate, "2024-Q3"}}},
		{"century", "a twenty-first century city", []date{{"twenty-first century", DateDate, "20"}}},
		{"season", "in the summer", []date{{"the summer", DateDate, "2024-SU"}}},
		{"season of a year", "the winter of 1994", []date{{"the winter of 1994", DateDate, "1994-WI"}}},
		{"christmas", "by Christmas", []date{{"Christmas", DateDate, "2023-12-25"}}},
		{"easter computed", "Easter 2024", []date{{"Easter 2024", DateDate, "2024-03-31"}}},
		{"holiday names of five tokens", "on New Year's Eve and New Year's Day", []date{{"New Year's Eve", DateDate, "2023-12-31"}, {"New Year's Day", DateDate, "2024-01-01"}}},
		{"plural possessive holiday", "closed on Presidents' Day", []date{{"Presidents' Day", DateDate, "2024-02-19"}}},
		{"black friday", "on Black Friday 2023", []date{{"Black Friday 2023", DateDate, "2023-11-24"}}},
		{"nth weekday of a month", "on the third Thursday of November 2023 and the last Friday of March", []date{{"the third Thursday of November 2023", DateDate, "2023-11-16"}, {"the last Friday of March", DateDate, "2024-03-29"}}},
		{"a feast counted from Easter", "on Whit Monday 2024 and Ash Wednesday 2024", []date{{"Whit Monday 2024", DateDate, "2024-05-20"}, {"Ash Wednesday 2024", DateDate, "2024-02-14"}}},
		{"orthodox easter", "Orthodox Easter 2024 and Orthodox Easter 2023", []date{{"Orthodox Easter 2024", DateDate, "2024-05-05"}, {"Orthodox Easter 2023", DateDate, "2023-04-16"}}},
		{"mothering sunday", "by Mothering Sunday 2024", []date{{"Mothering Sunday 2024", DateDate, "2024-03-10"}}},
		{"a Monday before a day of May", "on Victoria Day 2023", []date{{"Victoria Day 2023", DateDate, "2023-05-22"}}},
		{"a bank holiday in lower case", "after the spring bank holiday 2024", []date{{"spring bank holiday 2024", DateDate, "2024-05-27"}}},
		{"a second Sunday", "on Remembrance Sunday 2023", []date{{"Remembrance Sunday 2023", DateDate, "2023-11-12"}}},
		{"a national day", "on Anzac Day 2024, then Canada Day 2024", []date{{"Anzac Day 2024", DateDate, "2024-04-25"}, {"Canada Day 2024", DateDate, "2024-07-01"}}},
		{"a second Monday", "closed on Indigenous Peoples' Day 2023", []date{{"Indigenous Peoples' Day 2023", DateDate, "2023-10-09"}}},
		{"US election day", "before Election Day 2020", []date{{"Election Day 2020", DateDate, "2020-11-03"}}},
		{"may the verb", "He may resign.", nil},
		{"jan the name", "Jan Kavan said", nil},
		{"counts are no years", "sold 2,000 cars", nil},
		{"old year after back to", "The feud dates back to 1865.", []date{{"1865", DateDate, "1865"}}},
		{"ages are figures", "a 12-year-old boy", nil},
		// a part of day next to the date before it in the sentence
		{"the next morning after a day", "The fire started on Sunday and was out the next morning.", []date{{"Sunday", DateDate, "2024-03-10"}, {"the next morning", DateTime, "2024-03-11TMO"}}},
		{"the previous evening", "He was arrested on Tuesday after a brawl the previous evening.", []date{{"Tuesday", DateDate, "2024-03-12"}, {"the previous evening", DateTime, "2024-03-11TEV"}}},
		{"the following afternoon, no date before", "They met the following afternoon.", []date{{"the following afternoon", DateTime, "2024-03-15TAF"}}},
		{"the next night after a date", "Polls closed on 3 March, and results came the next night.", []date{{"3 March", DateDate, "2024-03-03"}, {"the next night", DateTime, "2024-03-04TNI"}}},
		// units two away, and next to the date before them
		{"the week after next", "They will report the week after next.", []date{{"the week after next", DateDate, "2024-W13"}}},
		{"the month before last", "Sales fell the month before last.", []date{{"the month before last", DateDate, "2024-01"}}},
		{"the year after next", "The bridge opens the year after next.", []date{{"the year after next", DateDate, "2026"}}},
		{"the week after, anchored", "Results are due on 28 March, and the board meets the week after.", []date{{"28 March", DateDate, "2024-03-28"}, {"the week after", DateDate, "2024-W14"}}},
		{"the month before, anchored", "Sales rose in June from the month before.", []date{{"June", DateDate, "2024-06"}, {"the month before", DateDate, "2024-05"}}},
		{"the week after the vote is no date", "the week after the vote", nil},
		{"the day before, ending the text", "What happened the day before", []date{{"the day before", DateDate, "2024-03-13"}}},
		{"the day after, before a question mark", "What are your plans for the day after?", []date{{"the day after", DateDate, "2024-03-15"}}},
		{"the day before, before and", "She left the day before and never came back.", []date{{"the day before", DateDate, "2024-03-13"}}},
		{"the year before an event left open", "Sales fell last year, down from the year before.", []date{{"last year", DateDate, "2023"}}},
		// "before" that opens a clause
		{"days before a clause", "It burned for three days before it was contained.", []date{{"three days", DateDuration, "P3D"}}},
		{"weeks before a clause", "She trained for six weeks before they let her race.", []date{{"six weeks", DateDuration, "P6W"}}},
		{"hours before there was", "The road was shut for two hours before there was any news.", []date{{"two hours", DateDuration, "PT2H"}}},
		// rates: a quantity's unit takes them, a count is a set
		{"speed", "winds of 120 kilometres per hour", nil},
		{"output a year", "The mine produced 2 million tonnes a year.", nil},
		{"flow a day", "It carries 500,000 barrels a day.", nil},
		{"count a day", "They serve 300 meals a day.", []date{{"a day", DateSet, "P1D"}}},
		{"count an hour in words", "The plant makes forty cars an hour.", []date{{"an hour", DateSet, "PT1H"}}},
		{"money a year stays a set", "It pays $5 a year.", []date{{"a year", DateSet, "P1Y"}}},
		// "until" after a verb of lasting looks back; after others, ahead
		{"ran until a weekday", "The debate ran until 11 p.m. Wednesday.", []date{{"11 p.m. Wednesday", DateTime, "2024-03-13T23:00"}}},
		{"stayed open until", "The shop stayed open until Tuesday.", []date{{"Tuesday", DateDate, "2024-03-12"}}},
		{"lasted until", "The strike lasted until Monday.", []date{{"Monday", DateDate, "2024-03-11"}}},
		{"extended until looks ahead", "The company extended the offer until Tuesday.", []date{{"Tuesday", DateDate, "2024-03-19"}}},
		{"will run until looks ahead", "The talks will run until Wednesday.", []date{{"Wednesday", DateDate, "2024-03-20"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []date
			for _, d := range Dates(tt.text, goldenRef) {
				got = append(got, date{d.Text, d.Type, d.Value})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Dates(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestDatesWithoutReference checks that with no reference date relative
// expressions keep X where the text leaves the value open.
func TestDatesWithoutReference(t *testing.T) {
	var got []string
	text := "On Tuesday, March 8, the board met; it meets again on March 20 and in 2025. " +
		"It met this morning and at 10 p.m. last night."
	for _, d := range Dates(text, time.Time{}) {
		got = append(got, d.Text+"="+d.Value)
	}
	want := []string{"Tuesday, March 8=XXXX-03-08", "March 20=XXXX-03-20", "2025=2025",
		"this morning=XXXX-XX-XXTMO", "10 p.m. last night=XXXX-XX-XXT22:00"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// FuzzEntities checks the finders' invariants on arbitrary text: no
// panic, offsets inside the text and on character boundaries.
func FuzzEntities(f *testing.F) {
	for _, p := range loadFiles(f, "testdata/entities/*.txt", false) {
		f.Add(string(p))
	}
	for _, s := range []string{"", "$", "-", "1/", "5 ½", "$2-", "’s", "1e", "x10^", "Q", "the", "3:", "12,34,", "MUSD", "fifty -"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		figures, dates := FiguresAndDates(text, goldenRef)
		checkEntityOffsets(t, text, figures, dates)
		if diff := cmp.Diff(Figures(text), figures, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("Figures and FiguresAndDates differ (-Figures +FiguresAndDates):\n%s", diff)
		}
		if diff := cmp.Diff(Dates(text, goldenRef), dates, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("Dates and FiguresAndDates differ (-Dates +FiguresAndDates):\n%s", diff)
		}
		Dates(text, time.Time{})
	})
}

// BenchmarkEntities measures figures and dates together on article text:
// the fixture pages' bodies and the golden entity texts.
func BenchmarkEntities(b *testing.B) {
	text := articleText(b, "testdata/entities/*.txt")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		FiguresAndDates(text, goldenRef)
	}
}

// rangeEnd is a figure's upper bound, or 0 when it is not a range; the
// table tests write no range as 0 (TestFigureRangeEnds tells the two apart).
func rangeEnd(f Figure) float64 {
	if f.To == nil {
		return 0
	}
	return *f.To
}

func TestFigureRangeEnds(t *testing.T) {
	tests := []struct {
		text     string
		from, to float64
	}{
		{"lows of -5 to 0C overnight", -5, 0},
		{"0-5% growth", 0, 5},
		{"rates of 0 to 0.25 percent", 0, 0.25},
		{"$0-5 million", 0, 5e6},
		{"a change of -3 to 0 points", -3, 0},
		{"from 0 to 10 km", 0, 10},
	}
	for _, tt := range tests {
		figs := Figures(tt.text)
		if len(figs) != 1 || figs[0].To == nil {
			t.Errorf("Figures(%q) = %+v, want one range", tt.text, figs)
			continue
		}
		if f := figs[0]; f.Value != tt.from || *f.To != tt.to {
			t.Errorf("Figures(%q) = %v to %v, want %v to %v", tt.text, f.Value, *f.To, tt.from, tt.to)
		}
	}
	for _, text := range []string{"0 people", "5 km", "-5C"} {
		if figs := Figures(text); len(figs) != 1 || figs[0].To != nil {
			t.Errorf("Figures(%q) = %+v, want one figure that is no range", text, figs)
		}
	}
}
