package lede

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// checkedFigure is the part of a Figure these tables check.
type checkedFigure struct {
	Text  string
	Kind  FigureType
	Value float64
	Unit  string
}

// figureCase is a sentence and the figures expected in it.
type figureCase struct {
	name, text string
	want       []checkedFigure
}

// runFigureCases checks Figures on each case; values compare to about
// nine significant digits ("a third of a billion").
func runFigureCases(t *testing.T, cases []figureCase) {
	t.Helper()
	closeEnough := cmp.Comparer(func(a, b float64) bool { return a == b || (a-b)*(a-b) < 1e-18*(a*a+b*b) })
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			var got []checkedFigure
			for _, f := range Figures(tt.text) {
				got = append(got, checkedFigure{f.Text, f.Type, f.Value, f.Unit})
			}
			if diff := cmp.Diff(tt.want, got, closeEnough); diff != "" {
				t.Errorf("Figures(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestNumberGrammar covers the ways news writes the digits of one number:
// grouped by spaces of any width, by points and a decimal comma, by
// apostrophes, a decimal without its zero, and the dotted codes that are
// no numbers at all.
func TestNumberGrammar(t *testing.T) {
	runFigureCases(t, []figureCase{
		{"one space group", "The ship carried 12 500 tonnes of grain.", []checkedFigure{{"12 500 tonnes", FigureQuantity, 12500, "t"}}},
		{"one space group alone", "A crowd of 45 000 gathered.", []checkedFigure{{"45 000", FigureNumber, 45000, ""}}},
		{"thin spaces", "About 3\u2009250\u2009000 people voted.", []checkedFigure{{"3\u2009250\u2009000", FigureNumber, 3250000, ""}}},
		{"narrow no-break spaces", "It cost 7\u202f800 euros.", []checkedFigure{{"7\u202f800 euros", FigureMoney, 7800, "EUR"}}},
		{"a day of the month before a count", "On March 12 500 people marched.", []checkedFigure{{"500", FigureNumber, 500, ""}}},
		{"a number after the group ends it", "The codes were 12 345 678 9 in all.", []checkedFigure{{"12 345 678", FigureNumber, 12345678, ""}, {"9", FigureNumber, 9, ""}}},
		{"a point before the digits", "Rates fell .25% on Tuesday.", []checkedFigure{{".25%", FigurePercent, 0.25, "%"}}},
		{"a batting average", "He was batting .312 this season.", []checkedFigure{{".312", FigureNumber, 0.312, ""}}},
		{"a point after a bracket is no decimal", "(.5 is the share).", []checkedFigure{{"5", FigureNumber, 5, ""}}},
		{"points group thousands", "It weighed 1.234.567,89 kg.", []checkedFigure{{"1.234.567,89 kg", FigureQuantity, 1234567.89, "kg"}}},
		{"points and a decimal comma", "The bill came to 2.345,50 euros.", []checkedFigure{{"2.345,50 euros", FigureMoney, 2345.5, "EUR"}}},
		{"points without a decimal", "The city has 3.500.000 residents.", []checkedFigure{{"3.500.000", FigureNumber, 3500000, ""}}},
		{"one point is English", "The index rose 1.234 points.", []checkedFigure{{"1.234", FigureNumber, 1.234, ""}}},
		{"apostrophes group thousands", "The Swiss sold 1'000 watches.", []checkedFigure{{"1'000", FigureNumber, 1000, ""}}},
		{"curly apostrophes and a decimal", "It fetched CHF 1’250’000.50 at auction.", []checkedFigure{{"CHF 1’250’000.50", FigureMoney, 1250000.5, "CHF"}}},
		{"a decimal comma", "Italy's inflation eased to 2,4%.", []checkedFigure{{"2,4%", FigurePercent, 2.4, "%"}}},
		{"a decimal comma before a currency", "A coffee costs 2,50 euros in Rome.", []checkedFigure{{"2,50 euros", FigureMoney, 2.5, "EUR"}}},
		{"spaces and a decimal comma", "The fund reported 1 234 567,89 euros.", []checkedFigure{{"1 234 567,89 euros", FigureMoney, 1234567.89, "EUR"}}},
		{"grouping commas stay", "It has 12,345 members.", []checkedFigure{{"12,345", FigureNumber, 12345, ""}}},
		{"a spaced phone number", "Call the helpline on 0800 123 4567.", nil},
		{"an international phone number", "Readers can call +44 20 7946 0958 for details.", nil},
		{"a house number", "The prime minister returned to 10 Downing Street.", nil},
		{"a numbered avenue", "Fans queued along Fifth Avenue.", nil},
		{"a street number with a count", "Some 300 people marched down 5th Street.", []checkedFigure{{"300", FigureNumber, 300, ""}}},
		{"an address is no number", "The server at 10.0.0.1 went down.", nil},
		{"another address", "Connect to 192.168.1.20 now.", nil},
		{"a version is no number", "Upgrade to version 2.4.1 now.", nil},
	})
	// A date written with points stays a date.
	if d := Dates("It opened on 23.07.2017.", time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)); len(d) != 1 || d[0].Value != "2017-07-23" {
		t.Errorf("Dates(23.07.2017) = %+v", d)
	}
}

// TestCurrencies covers money in every ISO 4217 currency and the symbols
// CLDR gives them, beyond the ones development text used.
func TestCurrencies(t *testing.T) {
	runFigureCases(t, []figureCase{
		{"a code glued to a dollar sign", "The fare is sgd$ 40 now.", []checkedFigure{{"sgd$ 40", FigureMoney, 40, "SGD"}}},
		{"a capital code glued to a dollar sign", "Prices rose to HKD$ 120.", []checkedFigure{{"HKD$ 120", FigureMoney, 120, "HKD"}}},
		{"another dollar code", "Tickets cost JMD$ 500.", []checkedFigure{{"JMD$ 500", FigureMoney, 500, "JMD"}}},
		{"a prefixed pound", "Bread costs E£ 20 in Cairo.", []checkedFigure{{"E£ 20", FigureMoney, 20, "EGP"}}},
		{"a prefixed yen sign", "It sold for CN¥ 300.", []checkedFigure{{"CN¥ 300", FigureMoney, 300, "CNY"}}},
		{"a lari sign", "A meal costs ₾20 in Tbilisi.", []checkedFigure{{"₾20", FigureMoney, 20, "GEL"}}},
		{"a tenge sign", "Fuel rose to ₸250 a litre.", []checkedFigure{{"₸250", FigureMoney, 250, "KZT"}}},
		{"a colón sign", "The fee is ₡5,000.", []checkedFigure{{"₡5,000", FigureMoney, 5000, "CRC"}}},
		{"zloty letters after", "It costs 40 zł.", []checkedFigure{{"40 zł", FigureMoney, 40, "PLN"}}},
		{"koruna letters after", "A beer is 60 Kč in Prague.", []checkedFigure{{"60 Kč", FigureMoney, 60, "CZK"}}},
		{"forint letters after", "Rent rose to 250,000 Ft.", []checkedFigure{{"250,000 Ft", FigureMoney, 250000, "HUF"}}},
		{"lei after", "Salaries reached 4,000 lei.", []checkedFigure{{"4,000 lei", FigureMoney, 4000, "RON"}}},
		{"krona by default", "The ticket was 250 kr.", []checkedFigure{{"250 kr", FigureMoney, 250, "SEK"}}},
		{"a code after", "It was priced at 300 GHS.", []checkedFigure{{"300 GHS", FigureMoney, 300, "GHS"}}},
		{"a rare code before", "Aid of MNT 2 billion arrived.", []checkedFigure{{"MNT 2 billion", FigureMoney, 2e9, "MNT"}}},
		{"C$ is the Canadian dollar", "Shares closed at C$ 100.", []checkedFigure{{"C$ 100", FigureMoney, 100, "CAD"}}},
		{"bln", "Sberbank lent 700 bln roubles.", []checkedFigure{{"700 bln roubles", FigureMoney, 7e11, "RUB"}}},
		{"tln", "Banks extended 4.9 tln yuan.", []checkedFigure{{"4.9 tln yuan", FigureMoney, 4.9e12, "CNY"}}},
		{"a code that is a word in a headline", "ALL 500 JOBS AXED", []checkedFigure{{"500", FigureNumber, 500, ""}}},
		{"knots are no kuna", "Winds reached 20 kn offshore.", []checkedFigure{{"20", FigureNumber, 20, ""}}},
	})
}

// TestScalesFractionsAndAdjectives covers a scale word before an ordinal
// adjective, fractions joined to a scale by a hyphen, "a first", cents
// per unit and amounts used as adjectives.
// TestCurrencyNamesFromCLDR reads the English names CLDR gives every
// currency, in full and, where one current currency has it, by its last
// word; words English uses in other senses are no money on their own.
func TestCurrencyNamesFromCLDR(t *testing.T) {
	runFigureCases(t, []figureCase{
		{"a bare name one currency has", "A bowl of pho costs 25,000 dong.", []checkedFigure{{"25,000 dong", FigureMoney, 25000, "VND"}}},
		{"a plural bare name", "Coffee costs 1,200 forints.", []checkedFigure{{"1,200 forints", FigureMoney, 1200, "HUF"}}},
		{"a full name of several words", "The loan was 5 million Central African CFA francs.", []checkedFigure{{"5 million Central African CFA francs", FigureMoney, 5e6, "XAF"}}},
		{"a full name decides a shared word", "He was paid 300 Hong Kong dollars.", []checkedFigure{{"300 Hong Kong dollars", FigureMoney, 300, "HKD"}}},
		{"a full name with a plural", "They paid 2,000 Czech korunas.", []checkedFigure{{"2,000 Czech korunas", FigureMoney, 2000, "CZK"}}},
		{"another bare name", "Bread costs 900 hryvnias.", []checkedFigure{{"900 hryvnias", FigureMoney, 900, "UAH"}}},
		{"a word in another sense", "He won 5 real battles.", []checkedFigure{{"5", FigureNumber, 5, ""}}},
		{"a metal is no currency", "She won 5 gold medals.", []checkedFigure{{"5", FigureNumber, 5, ""}}},
	})
}

// TestPointGroupsWholeCurrencies reads ".000" in an amount of a currency
// paid without minor units as thousands, and keeps it a decimal point
// elsewhere.
func TestPointGroupsWholeCurrencies(t *testing.T) {
	runFigureCases(t, []figureCase{
		{"rupiah after a sign", "A ticket costs Rp 50.000.", []checkedFigure{{"Rp 50.000", FigureMoney, 50000, "IDR"}}},
		{"yen after a sign", "The fare is ¥1.500.", []checkedFigure{{"¥1.500", FigureMoney, 1500, "JPY"}}},
		{"dong after the amount", "Pho costs 25.000 dong.", []checkedFigure{{"25.000 dong", FigureMoney, 25000, "VND"}}},
		{"a code before", "The fine was KRW 250.000.", []checkedFigure{{"KRW 250.000", FigureMoney, 250000, "KRW"}}},
		{"a currency with cents keeps its point", "Gas was $3.499 a gallon.", []checkedFigure{{"$3.499", FigureMoney, 3.499, "USD"}}},
		{"a euro amount stays a decimal", "It cost €1.500.", []checkedFigure{{"€1.500", FigureMoney, 1.5, "EUR"}}},
	})
}

func TestScalesFractionsAndAdjectives(t *testing.T) {
	runFigureCases(t, []figureCase{
		{"a scale before a quarter", "It posted a $1.2 billion second-quarter loss.", []checkedFigure{{"$1.2 billion", FigureMoney, 1.2e9, "USD"}}},
		{"a scale before first-time", "There are 3 million first-time buyers.", []checkedFigure{{"3 million", FigureNumber, 3e6, ""}}},
		{"a scale before third-party", "Some 40 thousand third-party sellers left.", []checkedFigure{{"40 thousand", FigureNumber, 40000, ""}}},
		{"a scale before a ranking compound", "About 2 million second-largest shareholders.", []checkedFigure{{"2 million", FigureNumber, 2e6, ""}, {"second", FigureOrdinal, 2, ""}}},
		{"a half-billion", "It raised a half-billion euros.", []checkedFigure{{"a half-billion euros", FigureMoney, 5e8, "EUR"}}},
		{"a quarter-million", "A quarter-million people marched.", []checkedFigure{{"A quarter-million", FigureNumber, 250000, ""}}},
		{"a fraction of a scale", "It costs a third of a billion dollars.", []checkedFigure{{"a third of a billion dollars", FigureMoney, 1e9 / 3, "USD"}}},
		{"two thirds of a million", "Two thirds of a million homes lost power.", []checkedFigure{{"Two thirds of a million", FigureNumber, 2e6 / 3, ""}}},
		{"half a percentage point", "The bank cut rates by half a percentage point.", []checkedFigure{{"half a percentage point", FigurePercent, 0.5, "pp"}}},
		{"three quarters of a percentage point", "Yields rose three quarters of a percentage point.", []checkedFigure{{"three quarters of a percentage point", FigurePercent, 0.75, "pp"}}},
		{"half a percent", "Prices fell half a percent.", []checkedFigure{{"half a percent", FigurePercent, 0.5, "%"}}},
		{"half a dozen", "Half a dozen people came.", []checkedFigure{{"Half a dozen", FigureNumber, 6, ""}}},
		{"a fraction of a group is no scale", "A third of the voters stayed home.", []checkedFigure{{"A third", FigureNumber, 1.0 / 3, ""}}},
		{"a first is no fraction", "It was a first for the club.", nil},
		{"a first-round pick", "He was a first-round pick.", nil},
		{"a third-party seller is no fraction", "It was a third-party seller order.", nil},
		{"a fifth-generation farmer is no fraction", "She is a fifth-generation farmer.", nil},
		{"idiomatic compounds rank nothing", "First-time buyers want second-hand cars, first-class seats and first-hand news.", nil},
		{"legal and grammatical compounds", "A first-degree murder told in the third-person.", nil},
		{"ranking compounds stay", "The second-largest bank has a 10th-floor office.", []checkedFigure{{"second", FigureOrdinal, 2, ""}, {"10th", FigureOrdinal, 10, ""}}},
		{"the first stays an ordinal", "She was the first to arrive.", []checkedFigure{{"first", FigureOrdinal, 1, ""}}},
		{"cents a share", "The dividend was 11c a share.", []checkedFigure{{"11c", FigureMoney, 0.11, "USD"}}},
		{"cents per litre", "Petrol rose 9c per litre.", []checkedFigure{{"9c", FigureMoney, 0.09, "USD"}}},
		{"degrees stay degrees", "Highs of 40C today.", []checkedFigure{{"40C", FigureQuantity, 40, "°C"}}},
		{"cents in a range", "Its dividend rose by 11c to 17c a share.", []checkedFigure{{"11c", FigureMoney, 0.11, "USD"}, {"17c", FigureMoney, 0.17, "USD"}}},
		{"cents in a share price", "Shares fell 4c to 93c.", []checkedFigure{{"4c", FigureMoney, 0.04, "USD"}, {"93c", FigureMoney, 0.93, "USD"}}},
		{"cents with a decimal", "The stock closed up 2.5c on Friday.", []checkedFigure{{"2.5c", FigureMoney, 0.025, "USD"}}},
		{"cents outweigh the heat", "Petrol rose 4c in the heatwave.", []checkedFigure{{"4c", FigureMoney, 0.04, "USD"}}},
		{"a lower-case c in the weather", "It will be a scorching 34c, forecasters said.", []checkedFigure{{"34c", FigureQuantity, 34, "°C"}}},
		{"a lower-case c in the kitchen", "Preheat the oven to 180c.", []checkedFigure{{"180c", FigureQuantity, 180, "°C"}}},
		{"a capital C without a cue", "Water boils at 100C.", []checkedFigure{{"100C", FigureQuantity, 100, "°C"}}},
		{"ages in a list", "Two boys, aged 14 and 15, were held.", []checkedFigure{{"Two", FigureNumber, 2, ""}, {"aged 14", FigureQuantity, 14, "year"}, {"15", FigureQuantity, 15, "year"}}},
		{"three ages", "People aged 16, 17 or 18 can vote.", []checkedFigure{{"aged 16", FigureQuantity, 16, "year"}, {"17", FigureQuantity, 17, "year"}, {"18", FigureQuantity, 18, "year"}}},
		{"ages between", "Voters aged between 18 and 24 stayed home.", []checkedFigure{{"18", FigureQuantity, 18, "year"}, {"24", FigureQuantity, 24, "year"}}},
		{"an age range", "Children aged 5 to 11 are eligible.", []checkedFigure{{"aged 5 to 11", FigureQuantity, 5, "year"}}},
		{"a smaller number ends the ages", "A woman aged 40 and 3 children died.", []checkedFigure{{"aged 40", FigureQuantity, 40, "year"}, {"3", FigureNumber, 3, ""}}},
		{"the cent sign", "Candy bars cost 75¢ in 1990.", []checkedFigure{{"75¢", FigureMoney, 0.75, "USD"}}},
		{"the cedi after its country's letters", "Tickets cost GH₵ 200 or GH¢50.", []checkedFigure{{"GH₵ 200", FigureMoney, 200, "GHS"}, {"GH¢50", FigureMoney, 50, "GHS"}}},
		{"signs of Unicode's currency block", "Fuel costs ₼1.10 a litre; a meal is ₨500; a ride is ₵30.", []checkedFigure{{"₼1.10", FigureMoney, 1.1, "AZN"}, {"₨500", FigureMoney, 500, "INR"}, {"₵30", FigureMoney, 30, "GHS"}}},
		{"a degree sign before a slash", "Bake at 180 °C/160 °C fan.", []checkedFigure{{"180 °C", FigureQuantity, 180, "°C"}, {"160 °C", FigureQuantity, 160, "°C"}}},
		{"a Celsius word is no letter c", "It was 10.5 celcius at noon.", []checkedFigure{{"10.5 celcius", FigureQuantity, 10.5, "°C"}}},
		{"a dollar adjective", "She found a 10-dollar bill.", []checkedFigure{{"10-dollar", FigureMoney, 10, "USD"}}},
		{"a euro adjective in words", "He paid with a five-euro note.", []checkedFigure{{"five-euro", FigureMoney, 5, "EUR"}}},
		{"a cent adjective", "It paid a 45-cent dividend.", []checkedFigure{{"45-cent", FigureMoney, 0.45, "USD"}}},
		{"coordinated percents", "Inflation will be between 5 and 10 percent.", []checkedFigure{{"5", FigurePercent, 5, "%"}, {"10 percent", FigurePercent, 10, "%"}}},
		{"coordinated lengths", "The lakes are 3 or 4 km apart.", []checkedFigure{{"3", FigureQuantity, 3, "km"}, {"4 km", FigureQuantity, 4, "km"}}},
		{"money sharing its scale", "Prices range from $3 to $5 million.", []checkedFigure{{"$3", FigureMoney, 3e6, "USD"}, {"$5 million", FigureMoney, 5e6, "USD"}}},
		{"money with its own scale", "It will cost $3 million to $5 billion.", []checkedFigure{{"$3 million", FigureMoney, 3e6, "USD"}, {"$5 billion", FigureMoney, 5e9, "USD"}}},
		{"a list shares its scale", "The maker will ship 2, 3 or 4 million doses.", []checkedFigure{{"2", FigureNumber, 2e6, ""}, {"3", FigureNumber, 3e6, ""}, {"4 million", FigureNumber, 4e6, ""}}},
		{"a sentence that opens with between", "Between 5 and 10 million households could lose coverage.", []checkedFigure{{"5", FigureNumber, 5e6, ""}, {"10 million", FigureNumber, 1e7, ""}}},
		{"minor units shared", "Fares will rise by 10 or 15 cents.", []checkedFigure{{"10", FigureMoney, 0.1, "USD"}, {"15 cents", FigureMoney, 0.15, "USD"}}},
		{"no sharing across a clause", "He scored 3 and she scored 40 percent.", []checkedFigure{{"3", FigureNumber, 3, ""}, {"40 percent", FigurePercent, 40, "%"}}},
	})
}

// TestAnchoredDates covers the expressions that count from a date
// written before them in their sentence, not from the time of writing.
func TestAnchoredDates(t *testing.T) {
	ref := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ text, expr, want string }{
		{"The storm hit on Saturday, and power was restored two days later.", "two days later", "2024-03-11"},
		{"The strike was called off on 2 March, and the deal was signed two days later.", "two days later", "2024-03-04"},
		{"The couple married in June 2015 and divorced the following year.", "the following year", "2016"},
		{"The plant opened on 1 May 2019, and it had been approved a year earlier.", "a year earlier", "2018"},
		{"The minister resigned two days later.", "two days later", "P2D"},                     // no date before, told in the past: a duration from a told event (narratedLater)
		{"The storm hit on Saturday. Power returned two days later.", "two days later", "P2D"}, // not across sentences
		{"The minister will resign two days later.", "two days later", "2024-03-16"},           // told in the future: from the time of writing
		{"He was arrested on Tuesday and will appear in court next week.", "next week", "2024-W12"},
		{"The vote will be held on March 20, with results expected the day after.", "the day after", "2024-03-21"},
		{"The plane left Lagos on 9 March and landed in Liège the day after.", "the day after", "2024-03-10"},
		{"Police charged the man on Wednesday over an attack the previous day.", "the previous day", "2024-03-12"},
		{"The fire started on Sunday and was put out the next day.", "the next day", "2024-03-11"},
		{"The polls closed on 5 March, and the count began the morning after.", "the morning after", "2024-03-06TMO"},
		{"Fans queued on Friday, having camped out the night before.", "the night before", "2024-03-07TNI"},
		{"Talks ended on Tuesday; the ministers had dined together the evening before.", "the evening before", "2024-03-13TEV"}, // not across a semicolon: the time of writing
		{"She had packed her bags the night before.", "the night before", "2024-03-13TNI"},
		{"The night before the vote, the streets were quiet.", "the night before", ""}, // counts from an event
	} {
		var got string
		for _, d := range Dates(tt.text, ref) {
			if strings.Contains(d.Text, tt.expr) || strings.Contains(tt.expr, d.Text) && len(d.Text) > 4 {
				got = d.Value
			}
		}
		if got != tt.want {
			t.Errorf("%q: %q is %q, want %q (%+v)", tt.text, tt.expr, got, tt.want, Dates(tt.text, ref))
		}
	}
}

// TestWeekendSets covers every weekend as a TimeML set, however the
// recurrence is written.
func TestWeekendSets(t *testing.T) {
	ref := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{"The market opens every weekend.", "Each weekend, volunteers clean the beach.", "She visits her father every weekend in summer."} {
		ds := Dates(text, ref)
		if len(ds) == 0 || ds[0].Type != DateSet || ds[0].Value != "XXXX-WXX-WE" || !strings.HasSuffix(ds[0].Text, "weekend") {
			t.Errorf("%q: dates %+v, want a set XXXX-WXX-WE of \"… weekend\"", text, ds)
		}
	}
}

// TestCoordinatedDates covers the first of two coordinated durations or
// days, which shares its unit or month with the second (TimeML marks
// each end of a range).
func TestCoordinatedDates(t *testing.T) {
	ref := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ text, want string }{
		{"Recovery would take between six and nine weeks.", "six=P6W nine weeks=P9W"},
		{"Symptoms usually last three or four days.", "three=P3D four days=P4D"},
		{"The crossing takes 15 or 20 minutes.", "15=PT15M 20 minutes=PT20M"},
		{"Leaders met in Brussels on 3 and 4 March.", "3=2024-03-03 4 March=2024-03-04"},
		{"Roadworks will close the bridge from 18 to 22 March.", "18=2024-03-18 22 March=2024-03-22"},
		{"I'll leave for twenty and four hours.", "four hours=PT4H"},
		{"The carmaker expects a $1.2 billion second-quarter loss.", "second-quarter=2024-Q2"},
		{"She ran 100 metres in 9.8 seconds.", "9.8 seconds=PT9.8S"},
	} {
		var got []string
		for _, d := range Dates(tt.text, ref) {
			got = append(got, d.Text+"="+d.Value)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q: got %s, want %s", tt.text, g, tt.want)
		}
	}
}

// TestWholeUnitDurations reads one whole unit of time without a count as
// a duration of one unit; "all day", which TimeBank leaves out, and a
// whole part of a day stay out.
func TestWholeUnitDurations(t *testing.T) {
	ref := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ text, span, value string }{
		{"The plant ran the whole year.", "the whole year", "P1Y"},
		{"Fans queued for a whole day.", "a whole day", "P1D"},
		{"They waited an entire week.", "an entire week", "P1W"},
		{"The strike lasted the entire month.", "the entire month", "P1M"},
		{"It took the whole night.", "", ""},
		{"The roads were closed all day.", "", ""},
	} {
		ds := Dates(tt.text, ref)
		switch {
		case tt.span == "" && len(ds) > 0:
			t.Errorf("%q: dates %+v, want none", tt.text, ds)
		case tt.span != "" && (len(ds) != 1 || ds[0].Text != tt.span || ds[0].Type != DateDuration || ds[0].Value != tt.value):
			t.Errorf("%q: dates %+v, want the duration %q %s", tt.text, ds, tt.span, tt.value)
		}
	}
}
