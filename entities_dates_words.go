package lede

import "time"

// Vocabularies of the date finder. Abbreviations are matched with or
// without their period ("Sept." and "Sept").

// monthNames maps month names and their news abbreviations to months.
// "May" and "March" are also words; the finder asks more of them.
var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// weekdayNames maps weekday names and abbreviations to weekdays.
var weekdayNames = map[string]time.Weekday{
	"monday": time.Monday, "mon": time.Monday, "tuesday": time.Tuesday, "tue": time.Tuesday,
	"tues": time.Tuesday, "wednesday": time.Wednesday, "wed": time.Wednesday,
	"thursday": time.Thursday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"friday": time.Friday, "fri": time.Friday, "saturday": time.Saturday, "sat": time.Saturday,
	"sunday": time.Sunday, "sun": time.Sunday,
}

// weekdayAbbreviations are the weekday forms that are also ordinary words
// ("sat", "wed", "sun"): they count only capitalized and next to a date.
var weekdayAbbreviations = map[string]bool{
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true,
	"thurs": true, "fri": true, "sat": true, "sun": true,
}

// seasons maps season names to their TIMEX3 codes.
var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

// partsOfDay maps the parts of a day to their TIMEX3 codes: MO, MI
// (midday), AF, EV, NI and DT (daytime) are all the codes TimeML has.
// The times of the main meals are given the code of the part of the day
// they fall in: lunchtime is midday, dinnertime and suppertime the
// evening. ("Teatime" is left out: late afternoon in the south of
// England, the evening meal in the north.)
var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
	"daytime": "DT", "lunchtime": "MI", "dinnertime": "EV", "suppertime": "EV",
}

// adjectivalParts are the parts of partsOfDay that are mostly
// adjectives ("the lunchtime crowd", "daytime television"): they count
// only after a preposition, with or without "the" ("at lunchtime", "by
// dinnertime", "in the daytime").
var adjectivalParts = map[string]bool{"lunchtime": true, "dinnertime": true, "suppertime": true, "daytime": true}

// dateUnits are the units of durations and relative dates, with their
// plainMonthAbbreviations are the month abbreviations that are neither
// English words nor common names ("Jan", "Mar" and "Sept" are not), so a
// preposition before them is enough to make them the month: "after Feb".
var plainMonthAbbreviations = map[string]bool{"feb": true, "apr": true, "aug": true, "oct": true, "nov": true, "dec": true}

// dayFollowers are the lower-case words that may follow a day written as
// an ordinal ("Fri 14th at noon") where other words make it an ordinal
// of a noun ("Friday, the fourth decline").
var dayFollowers = map[string]bool{
	"at": true, "and": true, "or": true, "of": true, "in": true, "on": true, "from": true, "to": true,
	"until": true, "till": true, "through": true, "for": true, "when": true, "as": true, "after": true,
	"before": true, "is": true, "was": true, "are": true, "were": true, "will": true, "would": true,
}

// TIMEX3 letters; time units are marked so that durations put a "T" before
// them ("PT2H").
var dateUnits = map[string]dateUnit{
	"year": {"Y", 1, false}, "years": {"Y", 1, false}, "yr": {"Y", 1, false}, "yrs": {"Y", 1, false},
	"month": {"M", 1, false}, "months": {"M", 1, false},
	"week": {"W", 1, false}, "weeks": {"W", 1, false}, "fortnight": {"W", 2, false}, "fortnights": {"W", 2, false},
	"day": {"D", 1, false}, "days": {"D", 1, false}, "night": {"D", 1, false}, "nights": {"D", 1, false},
	"hour": {"H", 1, true}, "hours": {"H", 1, true}, "h": {"H", 1, true}, "hr": {"H", 1, true}, "hrs": {"H", 1, true},
	"minute": {"M", 1, true}, "minutes": {"M", 1, true}, "min": {"M", 1, true}, "mins": {"M", 1, true},
	"second": {"S", 1, true}, "seconds": {"S", 1, true}, "sec": {"S", 1, true}, "secs": {"S", 1, true},
	"decade": {"Y", 10, false}, "decades": {"Y", 10, false},
	"century": {"Y", 100, false}, "centuries": {"Y", 100, false},
	"quarter": {"M", 3, false}, "quarters": {"M", 3, false},
}

// shortUnitNames are the abbreviations among dateUnits, which after a
// word ("another sec") are more often something else than a count of
// one: "another SEC official", "another min".
var shortUnitNames = map[string]bool{
	"yr": true, "h": true, "hr": true, "min": true, "sec": true,
}

type dateUnit struct {
	letter string  // Y, M, W, D, H, M, S
	scale  float64 // a decade is 10 years
	time   bool    // hours, minutes, seconds
}

// vagueUnits are the TIMEX3 letters of an unknown number of a unit, for
// "several years" (PXY), "decades" (PXDE), "centuries" (PXCE).
var vagueUnits = map[string]string{
	"decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE",
}

// refWords are words that point at the present, the past or the future
// without a date: "now", "currently", "recently", "the future". Words
// that are more often manner than time are left out: "soon" ("as soon
// as"), "previously" ("previously announced").
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
	"nowadays": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
	"future": "FUTURE_REF",
}

// termWords are the words before "term" in the phrases that point at
// the future as "the future" does: "in the near term", "over the long
// term" (FUTURE_REF in TimeML). "In the long run" is left out: TimeBank
// does not annotate the idiom.
var termWords = map[string]bool{"near": true, "short": true, "medium": true, "long": true}

// setWords are adverbs of recurrence: "daily" is P1D. "Quarterly" is left
// out: in news it is mostly an adjective ("its quarterly dividend").
var setWords = map[string]string{
	"hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
	"fortnightly": "P2W", "monthly": "P1M", "annually": "P1Y",
	"yearly": "P1Y", "biannually": "P6M", "semiannually": "P6M",
}

// relativeWords start relative dates, with where they point: -1 back
// ("last year"), +1 ahead ("next month"), 0 the present ("this week").
var relativeWords = map[string]int{
	"last": -1, "past": -1, "previous": -1,
	"next": 1, "coming": 1, "following": 1,
	"this": 0, "current": 0, "that": 0,
}

// relativeDays are the days named from the reference date.
var relativeDays = map[string]int{"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}

// holidays are the fixed-date holidays; moving ones are computed (see
// movingHolidays). Together they hold, by their English names, the public
// holidays of the national calendars English-language news is written
// under — the United States (5 U.S.C. 6103), the United Kingdom's bank
// holidays (Banking and Financial Dealings Act 1971), Ireland
// (Organisation of Working Time Act 1997), Canada (Holidays Act and the
// federal statutory list), Australia and New Zealand (national public
// holidays; Holidays Act 2003), India (gazetted national holidays) and
// South Africa (Public Holidays Act 1994) — with the feasts of the Western
// Christian calendar and the observances news dates by name (Halloween,
// Valentine's Day, the UN's International Women's Day).
//
// Left out, with the reason: holidays of lunar or lunisolar calendars
// (Lunar New Year, Eid al-Fitr and al-Adha, Ramadan, Diwali, Holi,
// Hanukkah, Passover, Rosh Hashanah, Yom Kippur, Vesak), whose day needs
// that calendar's tables; holidays whose day differs by state or province
// (Australia's King's Birthday and Labour Day, Canada's Civic Holiday);
// and names that different countries give to different days, which no
// date can be chosen for: "Freedom Day" (South Africa's 27 April, also
// said of Juneteenth), "Youth Day", "Women's Day", "Heritage Day", and
// "Labour Day" beyond its 1 May sense. "Independence Day" is the United
// States' 4 July; India's is its 15 August "Independence Day" only in
// Indian text, which this table cannot tell.
var holidays = map[string]struct {
	month time.Month
	day   int
}{
	// New Year, Christmas and the Christian fixed feasts
	"new year's day": {1, 1}, "new year's eve": {12, 31}, "new years eve": {12, 31}, "new years day": {1, 1},
	"hogmanay": {12, 31}, "twelfth night": {1, 5}, "epiphany": {1, 6},
	"christmas": {12, 25}, "christmas day": {12, 25}, "christmas eve": {12, 24},
	"boxing day": {12, 26}, "st stephen's day": {12, 26}, "st. stephen's day": {12, 26}, "saint stephen's day": {12, 26},
	"all saints' day": {11, 1}, "all saints day": {11, 1}, "all souls' day": {11, 2}, "all souls day": {11, 2},
	"assumption day": {8, 15},
	// national days
	"independence day": {7, 4}, "fourth of july": {7, 4}, "juneteenth": {6, 19},
	"veterans day": {11, 11}, "veterans' day": {11, 11}, "armistice day": {11, 11}, "remembrance day": {11, 11},
	"canada day": {7, 1}, "australia day": {1, 26}, "anzac day": {4, 25}, "waitangi day": {2, 6},
	"republic day": {1, 26}, "gandhi jayanti": {10, 2}, "bastille day": {7, 14},
	"human rights day": {3, 21}, "day of reconciliation": {12, 16}, "national women's day": {8, 9},
	"st patrick's day": {3, 17}, "saint patrick's day": {3, 17}, "st. patrick's day": {3, 17},
	"st david's day": {3, 1}, "saint david's day": {3, 1}, "st. david's day": {3, 1},
	"st george's day": {4, 23}, "saint george's day": {4, 23}, "st. george's day": {4, 23},
	"st andrew's day": {11, 30}, "saint andrew's day": {11, 30}, "st. andrew's day": {11, 30},
	"burns night": {1, 25}, "guy fawkes night": {11, 5}, "bonfire night": {11, 5},
	"may day": {5, 1}, "labour day": {5, 1},
	// observances dated by name
	"halloween": {10, 31}, "valentine's day": {2, 14}, "april fools' day": {4, 1}, "april fool's day": {4, 1},
	"groundhog day": {2, 2}, "earth day": {4, 22}, "cinco de mayo": {5, 5}, "flag day": {6, 14},
	"international women's day": {3, 8}, "world aids day": {12, 1}, "holocaust memorial day": {1, 27},
	"holocaust remembrance day": {1, 27},
}

// timeZones are the zone abbreviations written after a time ("10:30
// GMT"), kept in the expression's text; the value stays local.
var timeZones = map[string]bool{
	"gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "est": true, "edt": true,
	"cst": true, "cdt": true, "mst": true, "mdt": true, "pst": true, "pdt": true, "et": true,
	"pt": true, "ist": true, "jst": true, "aest": true, "hkt": true, "sgt": true, "msk": true, "z": true,
}

// futureCues and pastCues decide which way a weekday or a month without a
// year points: "will meet on Tuesday" is the coming Tuesday, "met on
// Tuesday" the last one.
var futureCues = map[string]bool{
	"will": true, "shall": true, "would": true, "going": true, "plans": true,
	"plan": true, "planning": true, "scheduled": true, "expect": true, "expects": true, "expecting": true, "due": true,
	"next": true, "upcoming": true, "tomorrow": true,
	"until": true, "till": true, // deadlines: "extended the offer until Tuesday"
}

var pastCues = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "said": true, "told": true,
	"ago": true, "last": true, "yesterday": true, "earlier": true, "since": true,
	"took": true, "came": true, "went": true, "made": true, "met": true, "won": true,
	"lost": true, "began": true, "fell": true, "rose": true, "gave": true, "got": true,
	"left": true, "held": true, "sold": true, "bought": true, "paid": true, "saw": true,
	"became": true, "found": true, "hit": true, "led": true, "ran": true, "spoke": true,
	"wrote": true, "knew": true, "thought": true, "brought": true, "struck": true,
}
