package lede

import (
	"strings"
	"time"
)

// quarterDate reads quarters and halves: "the third quarter", "third-quarter",
// "the fourth quarter of 1989", "Q3 2021", "the first half", and
// "this year's third quarter" through the year before it.
func (f *dateFinder) quarterDate(k int) (dateMatch, bool) {
	toks := f.toks
	j := k
	// "Q3", "Q3 2021", "2021 Q3"; "H1 2020" (capital H: "h1" is a heading)
	if w := f.word(j); (w == "q" || w == "h" && f.isCapitalized(j)) && j+1 < len(toks) && glued(toks, j+1) && f.intAt(j+1, 1) {
		q := atoi(toks[j+1].in(f.lower))
		if q < 1 || q > 4 || w == "h" && q > 2 || glued(toks, j+2) && toks[j+2].kind == tokWord {
			return dateMatch{}, false // "H1N1", "H2O"
		}
		y, e := f.periodYear(j + 2)
		return dateMatch{end: e, kind: DateDate, value: y + "-" + strings.ToUpper(w) + itoa(q)}, true
	}
	n, ok := number{}, false
	if !countsHundredsAt(f.lower, toks, j) { // "one hundred and …": no quarter
		n, ok = f.number(j)
	}
	if is(f.lower, toks, j, "last", "latter") && is(f.lower, toks, j+1, "half") && is(f.lower, toks, j+2, "of") &&
		(f.isYearAt(j+3) || is(f.lower, toks, j+3, "this", "last", "next")) {
		n, ok = number{first: j, end: j + 1, value: 2, ordinal: true}, true // "the last half of 1989"
	}
	if !ok || !n.ordinal || n.value < 1 || n.value > 4 {
		return dateMatch{}, false
	}
	e := n.end
	adjective := false
	if is(f.lower, toks, e, "-") {
		e, adjective = e+1, true // "third-quarter": "the third-quarter loss" keeps no "the"
	}
	var code string
	switch f.word(e) {
	case "quarter":
		code = "Q" + itoa(int(n.value))
	case "half":
		if n.value > 2 {
			return dateMatch{}, false
		}
		code = "H" + itoa(int(n.value))
		if !is(f.lower, toks, e+1, "of") && !is(f.lower, toks, k-1, "the") {
			return dateMatch{}, false
		}
		if is(f.lower, toks, e+1, "of") && !f.isYearAt(e+2) && !is(f.lower, toks, e+2, "the", "this", "last", "next") ||
			is(f.lower, toks, e+1, "of") && is(f.lower, toks, e+2, "the") && !is(f.lower, toks, e+3, "year", "fiscal", "calendar") {
			return dateMatch{}, false // "the second half of the game", "the second half of the 20th century"
		}
	default:
		return dateMatch{}, false
	}
	e++
	if is(f.lower, toks, e, "of") || is(f.lower, toks, e, ",") {
		if y, ye, ok := f.yearAt(e + 1); ok {
			return dateMatch{end: ye, kind: DateDate, value: fourDigits(y) + "-" + code, takesThe: true}, true
		}
		if is(f.lower, toks, e+1, "this", "last", "next") && is(f.lower, toks, e+2, "year") {
			r, _ := f.relativeUnit(e + 1)
			return dateMatch{end: e + 3, kind: DateDate, value: r.value + "-" + code, takesThe: true}, true
		}
	}
	if y, ye, ok := f.yearAt(e); ok {
		return dateMatch{end: ye, kind: DateDate, value: fourDigits(y) + "-" + code, takesThe: true}, true
	}
	y := "XXXX"
	if !f.ref.IsZero() {
		y = fourDigits(f.periodYearUnwritten(k, e, code))
	}
	return dateMatch{end: e, kind: DateDate, value: y + "-" + code, takesThe: !adjective}, true
}

// periodYearUnwritten is the year of a quarter or half named without one
// at tokens [k, e): the reference's, or the year before when the period
// is still to come this year and the sentence speaks of the past, as an
// earnings report in January does of the year just ended ("announced a
// drop in profits for the fourth quarter").
func (f *dateFinder) periodYearUnwritten(k, e int, code string) int {
	y := f.ref.Year()
	n := int(code[1] - '0')
	current := (int(f.ref.Month())-1)/3 + 1 // the quarter of the reference
	if code[0] == 'H' {
		current = (int(f.ref.Month())-1)/6 + 1
	}
	if n > current && f.tense(k, e) < 0 {
		y--
	}
	return y
}

// yearAgo reads the adjectives of earnings reports, "year-ago" and
// "year-earlier", with the period they qualify: "the year-ago quarter",
// "the year-earlier period", "the year-ago third quarter" (the third
// quarter of the year before), "year-earlier".
func (f *dateFinder) yearAgo(k int) (dateMatch, bool) {
	toks := f.toks
	if !is(f.lower, toks, k, "year") || !is(f.lower, toks, k+1, "-") || !is(f.lower, toks, k+2, "ago", "earlier") {
		return dateMatch{}, false
	}
	end := k + 3
	if q, ok := f.quarterDate(end); ok && !f.ref.IsZero() && !f.writesYear(end, q.end) {
		// "the year-ago third quarter": that quarter a year before the
		// one the text reports
		return dateMatch{end: q.end, kind: DateDate, value: fourDigits(atoi(q.value[:4])-1) + q.value[4:], takesThe: true}, true
	}
	noun := is(f.lower, toks, end, "quarter", "period")
	if noun {
		end++
	}
	v := f.yearBeforeQuarter()
	if f.ref.IsZero() {
		v = "XXXX"
	}
	return dateMatch{end: end, kind: DateDate, value: v, takesThe: noun}, true
}

// yearEnd reads "year-end", "year end" and "year's end": the end of the
// reference year, or of the year before after "since". TimeML gives the
// year as the value (with a modifier for its end, which Date leaves out).
func (f *dateFinder) yearEnd(k int) (dateMatch, bool) {
	toks := f.toks
	if !is(f.lower, toks, k, "year") {
		return dateMatch{}, false
	}
	end := k + 1
	switch {
	case is(f.lower, toks, end, "-"): // "year-end"
		end++
	case is(f.lower, toks, end, "'", "’") && is(f.lower, toks, end+1, "s"): // "year's end"
		end += 2
	}
	if !is(f.lower, toks, end, "end") || is(f.lower, toks, end+1, "-") {
		return dateMatch{}, false // "year-end-adjusted"
	}
	if is(f.lower, toks, k+1, "-") && end+1 < len(toks) && toks[end+1].kind == tokWord && !f.isCapitalized(end+1) &&
		!is(f.lower, toks, end+1, "and", "or", "when", "as") {
		return dateMatch{}, false // an adjective: "year-end bonuses"
	}
	if f.ref.IsZero() {
		return dateMatch{end: end + 1, kind: DateDate, value: "XXXX"}, true
	}
	y := f.ref.Year()
	if is(f.lower, toks, k-1, "since") || is(f.lower, toks, k-2, "since") && is(f.lower, toks, k-1, "the") {
		y--
	}
	return dateMatch{end: end + 1, kind: DateDate, value: fourDigits(y), takesThe: true}, true
}

// yearBeforeQuarter is the quarter named last, a year earlier, or the
// year before the reference when no quarter was named.
func (f *dateFinder) yearBeforeQuarter() string {
	if len(f.quarter) == 7 {
		if y := atoi(f.quarter[:4]); y > 0 {
			return fourDigits(y-1) + f.quarter[4:]
		}
	}
	return fourDigits(f.ref.Year() - 1)
}

// periodYear reads the year after a period ("Q3 2021", "Q3 '21") or
// gives the reference year.
func (f *dateFinder) periodYear(k int) (string, int) {
	if y, e, ok := f.yearAt(k); ok {
		return fourDigits(y), e
	}
	if f.ref.IsZero() {
		return "XXXX", k
	}
	return fourDigits(f.ref.Year()), k
}

func (f *dateFinder) isYearAt(k int) bool {
	_, _, ok := f.yearAt(k)
	return ok
}

// yearDate reads years and decades: "1987", "in 2022" (the year alone),
// "fiscal 1990", "fiscal year 2008", "FY2020", "the 1990s", "the '80s", "1980s", "the
// nineties", "the 20th century". A four-digit number is a year unless it
// counts something ("2,000 people" has a comma; "1500 people" is below
// 1900 with no preposition; "2000 cars" reads as a year: news writes
// counts of that size with a comma).
func (f *dateFinder) yearDate(k int) (dateMatch, bool) {
	toks := f.toks
	if f.word(k) == "fy" && k+1 < len(toks) && toks[k+1].kind == tokNum {
		j := k + 1
		if y, e, ok := f.yearAt(j); ok {
			return dateMatch{end: e, kind: DateDate, value: fourDigits(y)}, true
		}
		if f.intAt(j, 2) && len(toks[j].in(f.lower)) == 2 {
			return dateMatch{end: j + 1, kind: DateDate, value: "20" + toks[j].in(f.lower)}, true
		}
	}
	if f.word(k) == "year" && k+1 < len(toks) && toks[k+1].kind == tokNum { // "fiscal year 2008"
		if y, e, ok := f.yearAt(k + 1); ok && !f.countsAfter(e) {
			return dateMatch{end: e, kind: DateDate, value: fourDigits(y), takesThe: true}, true
		}
	}
	if d, ok := f.decadeWord(k); ok {
		return d, true
	}
	if c, ok := f.century(k); ok {
		return c, true
	}
	y, e, ok := f.yearAt(k)
	if !ok {
		return dateMatch{}, false
	}
	if is(f.lower, toks, e, "s") && glued(toks, e) { // "1990s", "'80s"
		if y%100 == 0 && y < 2000 && toks[k].kind == tokNum && len(toks[k].in(f.lower)) == 4 { // "the 1800s": a century
			return dateMatch{end: e + 1, kind: DateDate, value: twoDigits(y / 100), takesThe: true}, true
		}
		return dateMatch{end: e + 1, kind: DateDate, value: itoa(y / 10), takesThe: true}, true
	}
	if toks[k].kind == tokNum && !f.isYearNumber(k, e, y) {
		return dateMatch{}, false
	}
	if is(f.lower, toks, k-1, "the") && is(f.lower, toks, e, "period", "quarter") { // "the 1988 period"
		v := fourDigits(y)
		if len(f.quarter) == 7 {
			v += f.quarter[4:]
		}
		return dateMatch{end: e + 1, kind: DateDate, value: v, takesThe: true}, true
	}
	q := e
	if is(f.lower, toks, q, "-") && glued(toks, q) {
		q++
	}
	if f.word(q) == "q" || f.word(q) == "h" { // "2017 Q1", "2017-q1", "2021 H1"
		if m, ok := f.quarterDate(q); ok {
			return dateMatch{end: m.end, kind: DateDate, value: fourDigits(y) + m.value[4:]}, true
		}
	}
	if mo, me, ok := f.monthAt(e); ok && toks[k].kind == tokNum { // "2017 April"
		return dateMatch{end: me, kind: DateDate, value: fourDigits(y) + "-" + twoDigits(int(mo))}, true
	}
	if is(f.lower, toks, e, "second", "first", "third", "fourth") { // "the 1988 second quarter"
		if q, ok := f.quarterDate(e); ok {
			return dateMatch{end: q.end, kind: DateDate, value: fourDigits(y) + q.value[4:], takesThe: true}, true
		}
	}
	// A year in words: "nineteen ninety-six" is one anywhere (no count is
	// written so); "two thousand" and "nineteen hundred" only where a year
	// is expected.
	spelled := toks[k].kind == tokWord
	if spelled && (is(f.lower, toks, k+1, "hundred", "thousand") || f.countsAfter(e)) && !is(f.lower, toks, k-1, "in", "of", "since", "year", "until", "by") {
		return dateMatch{}, false
	}
	return dateMatch{end: e, kind: DateDate, value: fourDigits(y)}, true
}

// century reads a century as an ordinal: "the 19th century", "the
// twenty-first century".
func (f *dateFinder) century(k int) (dateMatch, bool) {
	if countsHundredsAt(f.lower, f.toks, k) {
		return dateMatch{}, false // "one hundred and …": no century
	}
	if n, ok := f.number(k); ok && n.ordinal && n.value >= 1 && n.value <= 21 && is(f.lower, f.toks, n.end, "century") {
		return dateMatch{end: n.end + 1, kind: DateDate, value: twoDigits(int(n.value) - 1), takesThe: true}, true
	}
	return dateMatch{}, false
}

// isYearNumber decides whether the four digits at token k are a year.
func (f *dateFinder) isYearNumber(k, end, y int) bool {
	toks := f.toks
	if k > 0 && !toks[k].space && toks[k-1].kind != tokSym {
		return false
	}
	if k > 0 && glued(toks, k) && is(f.lower, toks, k-1, "-") && k > 1 && toks[k-2].kind == tokWord && glued(toks, k-1) && toks[k-2].in(f.lower) != "mid" {
		return false // "COVID-2019" style codes
	}
	if k > 0 {
		if _, ok := currencySign(f.text[toks[k-1].start:toks[k-1].end]); ok {
			return false
		}
	}
	if f.countsAfter(end) {
		return false
	}
	if y >= 1900 && y <= 2099 {
		return true
	}
	return is(f.lower, toks, k-1, "in", "since", "from", "until", "by", "before", "after", "during", "of", "circa", "c.", "around", "year") ||
		is(f.lower, toks, k-1, "to") && is(f.lower, toks, k-2, "back") // "dates back to 1865"
}

// countsAfter reports whether the token at end makes the four digits
// before it a count, not a year: a percent ("2019%"), a scale ("1990
// million"), a unit ("2000 tonnes"; not the one-letter ones, "in 2019 m"
// is rare), a currency ("1500 euros") or a second number of a range
// ("1500-2000").
func (f *dateFinder) countsAfter(end int) bool {
	toks := f.toks
	if end >= len(toks) {
		return false
	}
	next := toks[end].in(f.lower)
	if next == "%" || scaleWords[next] > 0 || next == "percent" || isUnitStart(next) && !is(f.lower, toks, end, "in", "m", "g", "t", "l") ||
		(next == "-" || next == "–") && f.intAt(end+1, 4) && !f.isYearAt(end+1) && f.shortYearAfter(end-1) == 0 {
		return true
	}
	_, money := currencyWord(next)
	return money && next != "p"
}

// shortYearAfter returns the year that the two digits after the year at
// token k write, glued to it by a dash or slash, when they are the next
// year: the "21" of "the 2020-21 season", the "20" of "2019/20"; 0 if
// none.
func (f *dateFinder) shortYearAfter(k int) int {
	toks := f.toks
	if !f.intAt(k, 4) || len(toks[k].in(f.lower)) != 4 || !is(f.lower, toks, k+1, "-", "–", "/") || !glued(toks, k+1) || !glued(toks, k+2) ||
		!f.intAt(k+2, 2) || len(toks[k+2].in(f.lower)) != 2 || glued(toks, k+3) && toks[k+3].kind != tokSym {
		return 0
	}
	y := atoi(toks[k].in(f.lower))
	if atoi(toks[k+2].in(f.lower)) != (y+1)%100 {
		return 0
	}
	return y + 1
}

// isUnitStart reports whether w starts a unit of measure.
func isUnitStart(w string) bool {
	_, ok := unitIndex[w]
	return ok
}

// decadeWord reads "the eighties", "the nineties", "the '80s".
func (f *dateFinder) decadeWord(k int) (dateMatch, bool) {
	if !isClass(f.toks, k, sYear) {
		return dateMatch{}, false
	}
	if d, ok := decadeWords[f.word(k)]; ok && is(f.lower, f.toks, k-1, "the", "early", "late", "mid", "-") {
		return dateMatch{end: k + 1, kind: DateDate, value: "19" + itoa(d), takesThe: true}, true
	}
	return dateMatch{}, false
}

// decadeWords name the decades of the twentieth century.
var decadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
	"seventies": 7, "eighties": 8, "nineties": 9,
}

// holiday reads holidays: "Christmas", "Christmas Eve", "New Year's Day",
// "Thanksgiving", "Easter", "Labor Day", with an optional year after.
func (f *dateFinder) holiday(k int) (dateMatch, bool) {
	name, end, ok := f.holidayName(k)
	if !ok {
		return dateMatch{}, false
	}
	year := 0
	if y, e, ok := f.yearAt(end); ok {
		year, end = y, e
	} else if !f.ref.IsZero() {
		year = f.holidayYear(k, end, name)
	}
	if f.word(end) == "week" && year != 0 { // "Easter week", "Christmas week": the ISO week the holiday falls in
		return dateMatch{end: end + 1, kind: DateDate, value: weekValue(holidayOf(name, year))}, true
	}
	return holidayMatch(name, year, end), true
}

// holidayName reads the name of a holiday at token k and returns its
// key in holidays or movingHolidays.
func (f *dateFinder) holidayName(k int) (string, int, bool) {
	if k >= len(f.toks) || !f.isCapitalized(k) && f.word(k) != "saint" && !is(f.lower, f.toks, k+1, "bank") && !is(f.lower, f.toks, k+2, "bank") &&
		!is(f.lower, f.toks, k-1, holidayLeads...) {
		// but "the spring bank holiday", "the early May bank holiday", and
		// a name written in lower case after a word of time: "last
		// easter", "before independence day" (not "an easter egg")
		return "", k, false
	}
	best, bestEnd := "", k
	var buf [48]byte // the longest name is "martin luther king day"
	phrase := buf[:0]
	for j := k; j < len(f.toks) && j < k+6; j++ { // "New Year's Eve" is five tokens
		switch w := f.word(j); {
		case w == "'" || w == "’":
			phrase = append(phrase, '\'')
			continue
		case w == ".":
			phrase = append(phrase, '.')
			continue
		case len(phrase) > 0 && (phrase[len(phrase)-1] != '\'' || w != "s"):
			phrase = append(phrase, ' ') // "Veterans' Day", but "Mother's Day"
			fallthrough
		default:
			phrase = append(phrase, w...)
		}
		if !holidayPrefixes[string(phrase)] {
			break // "New York": no holiday goes on so
		}
		if _, ok := holidays[string(phrase)]; ok || movingHolidays[string(phrase)] != nil {
			best, bestEnd = string(phrase), j+1
		}
	}
	return best, bestEnd, best != ""
}

// holidayLeads are the words of time after which a holiday's name
// written in lower case is still the holiday: informal text writes "last
// easter" and "before independence day".
var holidayLeads = []string{
	"last", "next", "this", "previous", "following", "coming", "before", "after", "until", "till",
	"since", "by", "on", "over", "during", "around",
}

// holidayPrefixes are the names of holidays and every start of them that
// ends a word ("new", "new year", "new year's"), so that holidayName stops
// reading as soon as no name can go on.
var holidayPrefixes = buildHolidayPrefixes()

func buildHolidayPrefixes() map[string]bool {
	m := make(map[string]bool)
	addName := func(name string) {
		for i := range len(name) {
			if name[i] == ' ' || name[i] == '\'' || name[i] == '.' {
				m[name[:i]] = true
				m[name[:i+1]] = true
			}
		}
		m[name] = true
	}
	for name := range holidays {
		addName(name)
	}
	for name := range movingHolidays {
		addName(name)
	}
	return m
}

// holidayMatch is the holiday name of year (0: unknown) ending before
// token end.
func holidayMatch(name string, year, end int) dateMatch {
	if year == 0 {
		if h, ok := holidays[name]; ok {
			return dateMatch{end: end, kind: DateDate, value: "XXXX-" + twoDigits(int(h.month)) + "-" + twoDigits(h.day)}
		}
		return dateMatch{end: end, kind: DateDate, value: "XXXX-XX-XX"}
	}
	day := holidayOf(name, year)
	return dateMatch{end: end, kind: DateDate, value: day.Format("2006-01-02"), day: day, hasDay: true}
}

// holidayOf is the day of the holiday name in year.
func holidayOf(name string, year int) time.Time {
	if h, ok := holidays[name]; ok {
		return time.Date(year, h.month, h.day, 0, 0, 0, 0, time.UTC)
	}
	return movingHolidays[name](year)
}

// relativeHoliday reads a holiday after "last", "next" or "this" (dir
// -1, +1, 0): "last Easter" is the one before the reference date.
func (f *dateFinder) relativeHoliday(j, dir int) (dateMatch, bool) {
	name, end, ok := f.holidayName(j)
	if !ok {
		return dateMatch{}, false
	}
	if f.ref.IsZero() {
		return holidayMatch(name, 0, end), true
	}
	ref := f.refDay()
	year := ref.Year()
	day := holidayOf(name, year)
	switch {
	case dir < 0 && !day.Before(ref):
		year--
	case dir > 0 && !day.After(ref):
		year++
	}
	return holidayMatch(name, year, end), true
}

// holidayYear is the year whose holiday lies nearest the reference date.
func (f *dateFinder) holidayYear(k, end int, name string) int {
	day := holidayOf(name, f.ref.Year())
	return f.nearestYear(k, end, day.Month(), day.Day())
}

// movingHolidays compute the holidays whose date changes each year, from
// the same calendars as holidays: a weekday of a month, or a day counted
// from Easter (Western, and Orthodox where named so).
var movingHolidays = map[string]func(int) time.Time{
	// United States
	"martin luther king day":     nth(1, time.Monday, 3),
	"martin luther king jr. day": nth(1, time.Monday, 3),
	"mlk day":                    nth(1, time.Monday, 3),
	"presidents day":             nth(2, time.Monday, 3),
	"presidents' day":            nth(2, time.Monday, 3),
	"president's day":            nth(2, time.Monday, 3),
	"washington's birthday":      nth(2, time.Monday, 3),
	"memorial day":               nth(5, time.Monday, -1),
	"labor day":                  nth(9, time.Monday, 1),
	"columbus day":               nth(10, time.Monday, 2),
	"indigenous peoples' day":    nth(10, time.Monday, 2),
	"indigenous peoples day":     nth(10, time.Monday, 2),
	"thanksgiving":               nth(11, time.Thursday, 4),
	"thanksgiving day":           nth(11, time.Thursday, 4),
	"black friday":               func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4).AddDate(0, 0, 1) },
	"cyber monday":               func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4).AddDate(0, 0, 4) },
	"election day":               func(y int) time.Time { return nthWeekday(y, 11, time.Monday, 1).AddDate(0, 0, 1) }, // the Tuesday after the first Monday
	"mother's day":               nth(5, time.Sunday, 2),
	"father's day":               nth(6, time.Sunday, 3),
	// United Kingdom (England and Wales for the August holiday)
	"early may bank holiday": nth(5, time.Monday, 1),
	"spring bank holiday":    nth(5, time.Monday, -1),
	"summer bank holiday":    nth(8, time.Monday, -1),
	"august bank holiday":    nth(8, time.Monday, -1),
	"remembrance sunday":     nth(11, time.Sunday, 2),
	"mothering sunday":       fromEaster(-21),
	// Canada
	"victoria day": func(y int) time.Time { // the last Monday before 25 May
		d := time.Date(y, 5, 24, 0, 0, 0, 0, time.UTC)
		return d.AddDate(0, 0, -((int(d.Weekday()) - int(time.Monday) + 7) % 7))
	},
	"family day": nth(2, time.Monday, 3),
	// Easter and the feasts counted from it
	"shrove tuesday":     fromEaster(-47),
	"pancake day":        fromEaster(-47),
	"mardi gras":         fromEaster(-47),
	"ash wednesday":      fromEaster(-46),
	"palm sunday":        fromEaster(-7),
	"maundy thursday":    fromEaster(-3),
	"holy thursday":      fromEaster(-3),
	"good friday":        fromEaster(-2),
	"holy saturday":      fromEaster(-1),
	"easter":             fromEaster(0),
	"easter sunday":      fromEaster(0),
	"easter monday":      fromEaster(1),
	"ascension day":      fromEaster(39),
	"pentecost":          fromEaster(49),
	"whit sunday":        fromEaster(49),
	"whitsunday":         fromEaster(49),
	"whit monday":        fromEaster(50),
	"trinity sunday":     fromEaster(56),
	"corpus christi":     fromEaster(60),
	"orthodox easter":    orthodoxEaster,
	"orthodox christmas": func(y int) time.Time { return time.Date(y, 1, 7, 0, 0, 0, 0, time.UTC) }, // 25 December of the Julian calendar, 1900–2099
}

// nth is the holiday on the n-th weekday wd of month m (n = -1: the last).
func nth(m time.Month, wd time.Weekday, n int) func(int) time.Time {
	return func(y int) time.Time { return nthWeekday(y, m, wd, n) }
}

// fromEaster is the holiday days after Easter Sunday (before it when
// negative).
func fromEaster(days int) func(int) time.Time {
	return func(y int) time.Time { return easter(y).AddDate(0, 0, days) }
}

// orthodoxEaster is Easter Sunday of year y in the Julian computus of the
// Orthodox churches (Meeus's Julian algorithm), given on the Gregorian
// calendar.
func orthodoxEaster(y int) time.Time {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	julianToGregorian := y/100 - y/400 - 2 // 13 days from 1900 to 2099
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, julianToGregorian)
}

// nthWeekday is the n-th weekday wd of a month (n = -1: the last one).
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) time.Time {
	if n < 0 {
		last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
		return last.AddDate(0, 0, -((int(last.Weekday()) - int(wd) + 7) % 7))
	}
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return first.AddDate(0, 0, (int(wd)-int(first.Weekday())+7)%7+7*(n-1))
}

// easter is Easter Sunday of year y in the Gregorian calendar (the
// anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	g := (8*b + 13) / 25
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 19*l) / 433
	month := (h + l - 7*m + 90) / 25
	day := (h + l - 7*m + 33*month + 19) % 32
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// reference reads words that point at the present, past or future:
// "now", "currently", "recently", "the past", "the future", "soon".
func (f *dateFinder) reference(k int) (dateMatch, bool) {
	w := f.word(k)
	v, ok := refWords[w]
	if !ok {
		return dateMatch{}, false
	}
	switch w {
	case "current":
		if k+1 >= len(f.toks) || f.toks[k+1].kind != tokWord || f.toks[k+1].in(f.lower) == "account" {
			return dateMatch{}, false // "the current" (a noun); "current account"
		}
	case "future":
		if !is(f.lower, f.toks, k-1, "the", "in", "near", "foreseeable", "distant") {
			return dateMatch{}, false // "future plans" is no date
		}
	case "now":
		if is(f.lower, f.toks, k-1, "from", "until", "till") && is(f.lower, f.toks, k-2, "years", "months", "weeks", "days") {
			return dateMatch{}, false
		}
	}
	return dateMatch{end: k + 1, kind: DateDate, value: v, takesThe: w == "future"}, true
}

// referencePhrase reads the phrases of two words that point at the
// present or the future: "these days" (PRESENT_REF) and "the near term",
// "the long term" (FUTURE_REF, with their "the"; "short-term debt" and
// "near term demand" are adjectives).
func (f *dateFinder) referencePhrase(k int) (dateMatch, bool) {
	w := f.word(k)
	switch {
	case w == "these" && f.word(k+1) == "days":
		return dateMatch{end: k + 2, kind: DateDate, value: "PRESENT_REF"}, true
	case termWords[w] && f.word(k+1) == "term" && is(f.lower, f.toks, k-1, "the"):
		return dateMatch{end: k + 2, kind: DateDate, value: "FUTURE_REF", takesThe: true}, true
	}
	return dateMatch{}, false
}

// onePartOfDay reads a part of a day counted as one, "one morning",
// "one evening": a time of a day the text leaves open. "One night" is
// left to the durations ("spent one night in jail").
func (f *dateFinder) onePartOfDay(k int) (dateMatch, bool) {
	if f.word(k) != "one" {
		return dateMatch{}, false
	}
	w := f.word(k + 1)
	if w == "night" || w == "overnight" || partsOfDay[w] == "" {
		return dateMatch{}, false
	}
	return dateMatch{end: k + 2, kind: DateTime, value: "XXXX-XX-XXT" + partsOfDay[w]}, true
}

// weekendsSet reads the weekends named as a recurrence, "on weekends",
// "at weekends", "on the weekends", "all weekends": the set of weekends,
// XXXX-WXX-WE, as "every weekend" is. Counted weekends ("three
// weekends") and weekends as a subject are left alone. (Weekdays have no
// TIMEX3 code and stay out.)
func (f *dateFinder) weekendsSet(k int) (dateMatch, bool) {
	if f.word(k) != "weekends" {
		return dateMatch{}, false
	}
	p := k - 1
	if is(f.lower, f.toks, p, "the") {
		p--
	}
	if !is(f.lower, f.toks, p, "on", "at", "during", "over", "all") {
		return dateMatch{}, false
	}
	return dateMatch{end: k + 1, kind: DateSet, value: "XXXX-WXX-WE"}, true
}

// untilNow reads "to date" or "till date" at token k, the adverb of time
// "until now", as the present: ending its clause or before the verb
// ("the largest to date.", "Sales to date have risen", "To date, no one
// …"); not "up to date" or the verb of "to date the fossil".
func (f *dateFinder) untilNow(k int) (dateMatch, bool) {
	if f.word(k+1) != "date" || is(f.lower, f.toks, k-1, "up") || is(f.lower, f.toks, k-1, "-") {
		return dateMatch{}, false
	}
	next := k + 2
	if next < len(f.toks) && f.toks[next].kind == tokWord &&
		!is(f.lower, f.toks, next, "have", "has", "had", "is", "are", "was", "were", "remain", "remains", "stands", "stand") {
		return dateMatch{}, false
	}
	return dateMatch{end: next, kind: DateDate, value: "PRESENT_REF"}, true
}

// theUnit reads a calendar unit named with "the": "the year", "the
// week", "the quarter" (the last quarter reported: the one before the
// reference's), "the weekend", "the day", "the past", "the morning".
func (f *dateFinder) theUnit(k int) (dateMatch, bool) {
	w, end := f.word(k), k+1
	switch {
	case adjectivalParts[w]: // "at lunchtime", "in the daytime"; not "the lunchtime crowd"
		p := k - 1
		if is(f.lower, f.toks, p, "the") {
			p--
		}
		if !is(f.lower, f.toks, p, "at", "by", "until", "till", "before", "after", "around", "over", "during", "in") {
			return dateMatch{}, false
		}
	case is(f.lower, f.toks, k-1, "the"):
	case is(f.lower, f.toks, k-1, "late", "early", "mid") && partsOfDay[w] != "": // "late afternoon" needs no "the"
	case is(f.lower, f.toks, k-1, "-") && is(f.lower, f.toks, k-2, "mid") && partsOfDay[w] != "": // "mid-afternoon"
	case is(f.lower, f.toks, k-1, "late", "early") && is(f.lower, f.toks, k-2, "the") && seasons[w] != "": // "the early summer"
	case is(f.lower, f.toks, k-1, "in", "during", "by", "until", "since", "through") && seasons[w] != "": // "in spring"
	case is(f.lower, f.toks, k-1, "of") && is(f.lower, f.toks, k-2, "end", "start", "beginning", "middle") &&
		(w == "year" || w == "month" || w == "week"): // "by end of year"
	case w == "year" && is(f.lower, f.toks, k-1, "fiscal") && is(f.lower, f.toks, k-2, "the"):
		w = "fiscal year" // "the fiscal year", its "fiscal" read as a modifier
	default:
		return dateMatch{}, false
	}
	if w == "latest" || w == "current" || w == "same" {
		w, end = f.word(k+1), k+2 // "the latest quarter"
		if w == "period" && f.word(k) == "latest" {
			w = "quarter" // earnings reports: "the latest period" is the quarter reported
		}
	}
	if (w == "full" || w == "fiscal") && is(f.lower, f.toks, end, "year") {
		w, end = w+" year", end+1 // "the full year", "the latest fiscal year"
	}
	if code, ok := seasons[w]; ok { // "the summer", "the winter of 1994"
		if is(f.lower, f.toks, end, "of") {
			if y, e, ok := f.yearAt(end + 1); ok {
				return dateMatch{end: e, kind: DateDate, value: fourDigits(y) + "-" + code, takesThe: true}, true
			}
		}
		return dateMatch{end: end, kind: DateDate, value: f.seasonValue(code, 0), takesThe: true}, true
	}
	if w == "week" && is(f.lower, f.toks, end, "of") { // "the week of March 6", "the week of Christmas"
		if d, ok := f.monthDate(end + 1); ok && d.hasDay {
			return dateMatch{end: d.end, kind: DateDate, value: weekValue(d.day), takesThe: true}, true
		}
		if d, ok := f.holiday(end + 1); ok && d.hasDay {
			return dateMatch{end: d.end, kind: DateDate, value: weekValue(d.day), takesThe: true}, true
		}
	}
	if is(f.lower, f.toks, end, "of") || is(f.lower, f.toks, k+1, "before", "after") && w != "day" {
		return dateMatch{}, false // "the year of the dragon"
	}
	if is(f.lower, f.toks, end, "'", "’") && (!is(f.lower, f.toks, end+1, "s") || f.isCapitalized(k)) {
		return dateMatch{}, false // "the year's best film" is the year; "The Week's editor" a name
	}
	m := dateMatch{end: end, kind: DateDate, takesThe: true}
	if w == "past" {
		m.value = "PAST_REF"
		return m, true
	}
	if (w == "year" || w == "fiscal year") && is(f.lower, f.toks, end, "ended", "ending") {
		// "for the year ended March 31": a year's span, named by its end
		return dateMatch{end: end, kind: DateDuration, value: "P1Y", takesThe: true}, true
	}
	if w == "year" {
		if y, e, ok := f.yearAt(end); ok { // "the year two thousand"
			return dateMatch{end: e, kind: DateDate, value: fourDigits(y), takesThe: true}, true
		}
	}
	if f.ref.IsZero() {
		return dateMatch{}, false
	}
	ref := f.refDay()
	switch w {
	case "year", "full year", "fiscal year":
		m.value = fourDigits(ref.Year())
	case "week":
		m.value = weekValue(ref)
	case "month": // "by the end of the month"
		m.value = ref.Format("2006-01")
	case "quarter":
		q := (int(ref.Month())-1)/3 + 1 - 1
		y := ref.Year()
		if q == 0 {
			q, y = 4, y-1
		}
		m.value = fourDigits(y) + "-Q" + itoa(q)
	case "weekend":
		back := 0
		if ref.Weekday() >= time.Monday && ref.Weekday() <= time.Thursday && f.tense(k, k+1) <= 0 {
			back = -7
		}
		m.value = weekValue(ref.AddDate(0, 0, back)) + "-WE"
	case "day": // "halted for the day": the day of writing; "the heat of the day" is no date
		if !is(f.lower, f.toks, k-2, "for") {
			return dateMatch{}, false
		}
		m.value, m.day, m.hasDay = ref.Format("2006-01-02"), ref, true
	case "fortnight": // "for the fortnight": two weeks, as "the past fortnight" is
		m.kind, m.value = DateDuration, "P2W"
	case "morning", "afternoon", "evening", "daytime", "lunchtime", "dinnertime", "suppertime":
		m.kind, m.value = DateTime, ref.Format("2006-01-02")+"T"+partsOfDay[w]
	default:
		return dateMatch{}, false
	}
	return m, true
}
