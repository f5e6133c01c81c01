package lede

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// dateFinder is the state of one run of Dates.
type dateFinder struct {
	text  string
	lower string // the text lower-cased, for the tokens' forms
	toks  []etok
	ref   time.Time // zero: unknown
	// quarter is the last quarter named so far ("1989-Q3"): earnings
	// stories compare it with "the year-ago quarter" and "a year
	// earlier", which then mean that quarter a year before.
	quarter string
	// year is the last year written so far ("in 1988", "March 1988"),
	// which "that year" means.
	year int
	// anchor is the last date read with its day or month, and anchorEnd
	// the token after it: "two days later" and "the following year"
	// count from it in its sentence (see anchoredRef).
	anchor     time.Time
	anchorEnd  int
	numbers    *numberMemo // numberAt at each token, shared with the figure finder
	lastAmount amountMemo
	tail       tokensAhead // see ahead
	digits     digitsRun   // see amongNumbers
}

// number is numberAt at token k, read once per call: several readers ask
// it of the same token.
func (f *dateFinder) number(k int) (number, bool) {
	return f.numbers.number(k)
}

// dateMatch is a date expression over tokens [first, end).
//
// Its flags sit together, so that the readers, which return it by value,
// copy ten words of it rather than eleven.
type dateMatch struct {
	first, end int
	kind       DateType
	value      string
	day        time.Time
	hasDay     bool // day is the calendar day the expression names
	takesThe   bool // a noun phrase that keeps its "the": "the third quarter"
	counted    bool // a date counted from the reference ("two years ago"), which takes "nearly"
}

// findDates reads the date expressions of the tokens, in order.
func findDates(stop *stopper, text string, toks []etok, numbers *numberMemo, ref time.Time) []dateMatch {
	f := &dateFinder{text: text, lower: numbers.lower, toks: toks, ref: ref, numbers: numbers}
	out, _ := f.scan(stop, 0, len(toks), nil)
	out = f.withCoordinatedFirsts(out, 0)
	f.orderRanges(out)
	return out
}

// scan reads the date expressions from token i on, appending them to out,
// until it reaches token to, and returns where it stopped: to, or the end
// of an expression that runs past it. It carries the last quarter and
// the anchor from one call to the next.
func (f *dateFinder) scan(stop *stopper, i, to int, out []dateMatch) ([]dateMatch, int) {
	toks := f.toks
	for i < to && !stop.now() {
		if !canStartDate(&toks[i]) {
			i = nextDateStart(toks, i+1, to) // most tokens: skipped a run at a time
			continue
		}
		if toks[i].kind == tokNum {
			if next := f.pastBareNumbers(i, to); next > i {
				i = next // numbers among numbers ("1 1 1 …"), a run at a time
				continue
			}
		}
		m, ok := f.dateAt(i)
		if !ok {
			i++
			continue
		}
		if strings.Contains(m.value, "-Q") && !m.counted {
			f.quarter = m.value
		}
		if y := writtenYearOf(m.value); y != 0 && f.writesYear(m.first, m.end) {
			f.year = y
		}
		if day, ok := monthOrDay(m.value); ok {
			f.anchor, f.anchorEnd = day, m.end
		}
		out = append(out, m)
		i = m.end
		if d, ok := f.secondDay(&out[len(out)-1]); ok {
			out = append(out, d)
			i = d.end
		} else if y := f.shortYearAfter(m.end - 1); y != 0 && m.value == itoa(y-1) {
			// "the 2020-21 season": the second year is a date too
			out = append(out, dateMatch{first: m.end + 1, end: m.end + 2, kind: DateDate, value: itoa(y)})
			i = m.end + 2
		}
	}
	return out, i
}

// nextDateStart returns the first token of toks[i:to] where a date may
// start (canStartDate), or to. The scan skips the tokens between as one
// unit of work: a look at the stopper for each, which the compiler does
// not inline, cost more than the test of the token.
func nextDateStart(toks []etok, i, to int) int {
	for i < to && !canStartDate(&toks[i]) {
		i++
	}
	return i
}

// withCoordinatedFirsts adds the first of two coordinated durations or
// days, which shares its unit or month with the second: "between six and
// nine weeks" is six weeks and nine weeks, "three or four days" three
// days and four, "on 3 and 4 March" 3 March and 4 March, "from 18 to 22
// March" 18 March and 22 March. A first must start at or after the end of
// the date before it, and the first of dates at or after after (0 when
// no date comes before them).
func (f *dateFinder) withCoordinatedFirsts(dates []dateMatch, after int) []dateMatch {
	var out []dateMatch // nil until a first is found: most texts have none
	for k, m := range dates {
		if k > 0 {
			after = dates[k-1].end
		}
		if first, ok := f.coordinatedFirst(m); ok && after <= first.first {
			if out == nil {
				out = append(make([]dateMatch, 0, len(dates)+1), dates[:k]...)
			}
			out = append(out, first)
		}
		if out != nil {
			out = append(out, m)
		}
	}
	if out == nil {
		return dates
	}
	return out
}

// coordinatedFirst reads the number before "and", "or", "to" or a dash
// in front of m as a date or duration like m.
func (f *dateFinder) coordinatedFirst(m dateMatch) (dateMatch, bool) {
	sep, k := m.first-1, m.first-2
	if k < 0 || !is(f.lower, f.toks, sep, "and", "or", "to", "-", "–") || m.first >= len(f.toks) {
		return dateMatch{}, false
	}
	n, ok := f.number(k)
	if !ok || n.first != k || n.end != sep || n.ordinal || n.value <= 0 || n.value != math.Trunc(n.value) {
		return dateMatch{}, false
	}
	v := int(n.value)
	if v >= 20 && v%10 == 0 && n.words && is(f.lower, f.toks, sep, "and") {
		return dateMatch{}, false // "twenty and four hours" is one number
	}
	switch {
	case m.kind == DateDuration && strings.HasPrefix(m.value, "P") && len(m.value) >= 3:
		prefix, unit := "P", m.value[len(m.value)-1:]
		if strings.HasPrefix(m.value, "PT") {
			prefix = "PT"
		}
		return dateMatch{first: k, end: sep, kind: DateDuration, value: prefix + itoa(v) + unit}, true
	case m.kind == DateDate && m.hasDay && f.toks[m.first].kind == tokNum && v < m.day.Day() && m.first+1 < m.end && isMonthWord(f.toks[m.first+1].in(f.lower)):
		// "3 and 4 March", not the numeric "10-1-2018-10-7-2018"
		day := time.Date(m.day.Year(), m.day.Month(), v, 0, 0, 0, 0, time.UTC)
		return dateMatch{first: k, end: sep, kind: DateDate, value: day.Format("2006-01-02"), day: day, hasDay: true}, true
	}
	return dateMatch{}, false
}

// secondDay reads a day of the month written alone after a day with its
// month: the "25" of "April 24 and 25", "April 24-25" or "from April 24
// to 27". A year after it is both days' ("April 24-25, 1999").
func (f *dateFinder) secondDay(first *dateMatch) (dateMatch, bool) {
	if !first.hasDay || first.kind != DateDate || !f.endsWithDay(first.end) ||
		!is(f.lower, f.toks, first.end, "and", "or", "to", "through", "until", "till", "-", "–") {
		return dateMatch{}, false
	}
	k := first.end + 1
	d, end, ok := f.dayAt(k)
	if !ok || f.toks[k].kind != tokNum || d <= first.day.Day() || f.nounAfter(end) || f.countsAfter(end) ||
		is(f.lower, f.toks, end, ":", ".") && f.intAt(end+1, 2) {
		return dateMatch{}, false
	}
	if _, _, ok := f.monthAt(end); ok {
		return dateMatch{}, false // "April 24 to 2 May" is read on its own
	}
	y, mo := first.day.Year(), first.day.Month()
	if wy, ye, ok := f.yearAfterDay(end); ok && !f.yearIsCount(ye) {
		y, end = wy, ye
		if isCalendarDay(y, mo, first.day.Day()) {
			start := first.first
			*first = f.dayMatch(first.end, y, mo, first.day.Day())
			first.first = start
		}
	}
	if !isCalendarDay(y, mo, d) {
		return dateMatch{}, false
	}
	m := f.dayMatch(end, y, mo, d)
	m.first = k
	return m, true
}

// endsWithDay reports whether the date before token end ends with its
// day in digits, no year after it: "April 24", "April 24th".
func (f *dateFinder) endsWithDay(end int) bool {
	k := end - 1
	if is(f.lower, f.toks, k, "st", "nd", "rd", "th") && glued(f.toks, k) {
		k--
	}
	return f.intAt(k, 2)
}

// orderRanges keeps the end of a range after its start when the end's
// year was not written: "from May to September", said in November of
// 2018 about the coming year, is May to September 2019, though
// September alone would be the last one.
func (f *dateFinder) orderRanges(out []dateMatch) {
	for i := 1; i < len(out); i++ {
		a, b := &out[i-1], &out[i]
		if b.first != a.end+1 {
			continue
		}
		timeRange := a.kind == DateTime && b.kind == DateTime &&
			(is(f.lower, f.toks, a.end, "to", "until", "till", "-", "–") || is(f.lower, f.toks, a.end, "and") && f.betweenBefore(a.end))
		switch {
		case a.hasDay && b.kind == DateTime && !b.hasDay && (timeRange || a.kind == DateDate && is(f.lower, f.toks, a.end, "from", "between")):
			// "Friday from 2 p.m. to 4 p.m.", "Jan. 15, 1 p.m. - 1:15 p.m.":
			// the times are on that day
			moveToDay(b, a.day)
			continue
		case timeRange && b.hasDay && !a.hasDay: // "2:00 - 2:30 p.m. on Tuesday"
			moveToDay(a, b.day)
			continue
		}
		if !is(f.lower, f.toks, a.end, "to", "through", "until", "till", "-", "–") {
			continue
		}
		if wd, ok := f.bareWeekday(b.first, b.end); ok && a.hasDay && b.hasDay && a.kind == DateDate && b.kind == DateDate && f.weekdayOnly(a.first, a.end) {
			// "from Monday until Thursday": the first Thursday after
			// the Monday, whichever week the Monday fell in ("from
			// Sept. 14 to Thursday" counts from the reference date).
			b.day = a.day.AddDate(0, 0, (int(wd)-int(a.day.Weekday())+6)%7+1)
			b.value = b.day.Format("2006-01-02")
			continue
		}
		if wd, ok := f.bareWeekday(a.first, a.end); ok && a.hasDay && b.hasDay && a.kind == DateDate && b.kind == DateDate && f.writesDay(b.first, b.end) {
			// "from Tuesday through Thursday, March 12": the last
			// Tuesday before the day the end writes.
			a.day = b.day.AddDate(0, 0, -((int(b.day.Weekday())-int(wd)+6)%7 + 1))
			a.value = a.day.Format("2006-01-02")
			continue
		}
		if !isCalendarValue(a.value) || !isCalendarValue(b.value) || len(a.value) != len(b.value) || b.value >= a.value {
			continue
		}
		if f.writesYear(b.first, b.end) || f.countsFromNow(b.first, b.end) {
			continue // "from Monday until last Thursday": the end is where it says
		}
		y := atoi(b.value[:4]) + 1
		if len(b.value) == 10 && !isCalendarDay(y, b.day.Month(), b.day.Day()) {
			continue
		}
		b.value = fourDigits(y) + b.value[4:]
		if b.hasDay {
			b.day = b.day.AddDate(1, 0, 0)
		}
	}
}

// bareWeekday reports an expression at toks[first:end] that is a
// weekday's name alone ("Thursday", "Thu."), and that weekday.
func (f *dateFinder) bareWeekday(first, end int) (time.Weekday, bool) {
	if end-first != 1 {
		return 0, false
	}
	wd, ok := weekdayNames[strings.TrimSuffix(f.word(first), ".")]
	return wd, ok
}

// weekdayOnly reports an expression at toks[first:end] that names a
// weekday and no more, perhaps with "this", "next" or "last" before it.
func (f *dateFinder) weekdayOnly(first, end int) bool {
	if end-first == 2 && is(f.lower, f.toks, first, "this", "next", "last") {
		first++
	}
	_, ok := f.bareWeekday(first, end)
	return ok
}

// writesDay reports an expression at toks[first:end] that writes its
// day of the month with a month's name: "Thursday, March 12", "12 March".
func (f *dateFinder) writesDay(first, end int) bool {
	month, day := false, false
	for k := first; k < end; k++ {
		if _, ok := monthNames[strings.TrimSuffix(f.word(k), ".")]; ok {
			month = true
		}
		if f.toks[k].kind == tokNum {
			day = true
		}
	}
	return month && day
}

// countsFromNow reports an expression at toks[first:end] placed by the
// reference date itself ("last Thursday", "next May", "yesterday"),
// whose year no range can move.
func (f *dateFinder) countsFromNow(first, end int) bool {
	for k := first; k < end; k++ {
		w := f.word(k)
		if _, ok := relativeWords[w]; ok && w != "that" {
			return true
		}
		if _, ok := relativeDays[w]; ok || w == "ago" {
			return true
		}
	}
	return false
}

// moveToDay gives time t the calendar day of day.
func moveToDay(t *dateMatch, day time.Time) {
	if at := strings.IndexByte(t.value, 'T'); at >= 0 {
		t.value = day.Format("2006-01-02") + t.value[at:]
		t.day, t.hasDay = day, true
	}
}

// isCalendarValue reports a TIMEX3 month or day, "2019-05" or
// "2019-05-08".
func isCalendarValue(v string) bool {
	if len(v) != 7 && len(v) != 10 || !isInteger(v[:4]) || v[4] != '-' || !isInteger(v[5:7]) {
		return false
	}
	return len(v) == 7 || v[7] == '-' && isInteger(v[8:])
}

// writesYear reports whether tokens [first, end) write a year.
func (f *dateFinder) writesYear(first, end int) bool {
	for k := first; k < end; k++ {
		if _, _, ok := f.yearAt(k); ok {
			return true
		}
	}
	return false
}

// datesOf returns the dates of the matches.
func datesOf(text string, toks []etok, matches []dateMatch) []Date {
	if matches == nil {
		return nil
	}
	out := make([]Date, len(matches))
	for i, m := range matches {
		start, end := toks[m.first].start, toks[m.end-1].end
		out[i] = Date{Text: text[start:end], Span: Span{start, end}, Type: m.kind, Value: m.value}
	}
	return out
}

// dateAt reads the date expression that starts at token i: modifiers
// ("early", "the end of", "nearly"), the expression itself, and a time or
// part of day joined to a day ("Friday night", "10 p.m. Wednesday").
func (f *dateFinder) dateAt(i int) (dateMatch, bool) {
	j, approx := f.modifiers(i)
	m, ok := f.offsetFromDay(j)
	if !ok {
		m, ok = f.coreAt(j)
	}
	if !ok {
		return dateMatch{}, false
	}
	switch {
	case j == i:
	case approx && m.kind != DateDuration && !m.counted:
		m.first = j // "about Tuesday": only durations take approximations
		if f.onlyThe(i, j) {
			return dateMatch{}, false
		}
	case f.onlyThe(i, j) && !m.takesThe:
		m.first = j
	default:
		m.first = i
	}
	return f.joined(m), true
}

// canStartDate reports whether a date expression can start at token t:
// digits, or a word of a date class (a modifier among them). dateAt
// finds none at any other token.
func canStartDate(t *etok) bool {
	return t.kind == tokNum || t.class&dateClasses != 0
}

// onlyThe reports whether the modifiers [i, j) are just "the".
func (f *dateFinder) onlyThe(i, j int) bool {
	return j == i+1 && f.toks[i].in(f.lower) == "the"
}

// modifiers skips the words before a date that belong to it: "the",
// "early", "late", "mid-", "the end of", "earlier", and approximations
// of durations ("nearly", "more than", "up to"), reported by approx.
func (f *dateFinder) modifiers(i int) (int, bool) {
	toks := f.toks
	j, approx := i, false
	for j < len(toks) && toks[j].class&sModifier != 0 {
		switch w := toks[j].in(f.lower); {
		case w == "the" || w == "early" || w == "late" || w == "fiscal":
			j++
		case w == "calendar" && is(f.lower, toks, j+1, "year"):
			j++
		case (w == "near" || w == "foreseeable" || w == "distant") && is(f.lower, toks, j+1, "future"):
			j++
		case w == "mid" && is(f.lower, toks, j+1, "-"):
			j += 2
		case w == "mid" || w == "end" && is(f.lower, toks, j+1, "-"):
			j++
			if is(f.lower, toks, j, "-") {
				j++
			}
		case (w == "end" || w == "beginning" || w == "start" || w == "middle" || w == "turn") && is(f.lower, toks, j+1, "of"):
			j += 2
		case w == "about" || w == "around" || w == "nearly" || w == "almost" || w == "roughly" ||
			w == "approximately":
			j, approx = j+1, true
		case (w == "more" || w == "less" || w == "fewer") && is(f.lower, toks, j+1, "than"):
			j, approx = j+2, true
		case w == "up" && is(f.lower, toks, j+1, "to"), w == "at" && is(f.lower, toks, j+1, "least", "most"):
			j, approx = j+2, true
		case w == "no" && is(f.lower, toks, j+1, "more", "less") && is(f.lower, toks, j+2, "than"):
			j, approx = j+3, true
		default:
			return j, approx
		}
	}
	return j, approx
}

// dateReader is a reader of one kind of date expression, with the
// classes of words it can start at (and whether digits can start it), so
// that coreAt tries at each token only the readers that can match there.
type dateReader struct {
	read   func(*dateFinder, int) (dateMatch, bool)
	starts wordClass
	digits bool
}

// wordClass is a set of classes of a word, looked up once per token (see
// wordClasses) so that the readers test a bit instead of a table.
type wordClass uint32

// Classes of words that start date expressions; see wordClasses.
const (
	sNumberWord wordClass = 1 << iota // "two", "third", "a", "half"
	sMonth
	sWeekday
	sRelDay   // "yesterday"
	sRelative // "last", "next", "this", "past"
	sVague    // "few", "several", "recent"
	sQuarter  // "q" of "Q3"
	sYear     // "fy", "'", "eighties"
	sClock    // "noon"
	sSet      // "daily", "every"
	sRef      // "now", "currently"
	sHoliday  // "christmas", "labor"
	sUnit     // "year", "weeks", "weekend", "latest"
	sThe      // "the" of "the 8th of March"
	sToDate   // "to" and "till" of "to date"

	sModifier    // "early", "the end of", "nearly": see modifiers
	sNumberStart // not a date class: the word can start a figure

	// Nor are these: the table a number word is in, so that the number
	// readers look its value up in that table only.
	sDigitWord   // digitWords: "zero" to "nine"
	sTeenWord    // teenWords: "ten" to "nineteen"
	sTensWord    // tensWords: "twenty" to "ninety"
	sScaleWord   // scaleWords: "hundred", "million", "dozen"
	sOrdinalWord // ordinalWords: "first", "twentieth", "millionth"
	sDenominator // a word that may name a fraction's denominator: see denominator
)

// dateClasses are the classes of words that start date expressions.
const dateClasses = sNumberStart - 1

// modifierWords are the words that start the modifiers of a date: the
// first word of each case of modifiers, which reads only at these.
var modifierWords = []string{"the", "early", "late", "fiscal", "calendar", "near", "foreseeable", "distant", "mid", "end",
	"beginning", "start", "middle", "turn", "about", "around", "nearly", "almost", "roughly", "approximately",
	"more", "less", "fewer", "up", "at", "no"}

var dateReaders = []dateReader{
	{(*dateFinder).numericDate, 0, true},
	{(*dateFinder).monthDate, sNumberWord | sMonth | sWeekday | sThe, true},
	{(*dateFinder).weekdayDate, sWeekday, false},
	{(*dateFinder).weekdayOfWeek, sWeekday | sRelative, false},
	{(*dateFinder).dayOfMonth, 0, true},
	{(*dateFinder).nthWeekdayOf, sNumberWord | sRelative | sVague, true},
	{(*dateFinder).nthWeekOf, sNumberWord | sRelative | sVague, true},
	{(*dateFinder).relativeDay, sRelDay | sUnit, false},
	{(*dateFinder).relativeUnit, sRelative, false},
	{(*dateFinder).agoDate, sNumberWord | sVague, true},
	{(*dateFinder).yearAgo, sUnit, false},
	{(*dateFinder).yearEnd, sUnit, false},
	{(*dateFinder).duration, sNumberWord | sVague | sUnit | sRelative, true},
	{(*dateFinder).quarterDate, sNumberWord | sQuarter | sRelative, true},
	{(*dateFinder).yearDate, sNumberWord | sYear, true},
	{(*dateFinder).clockTime, sClock | sNumberWord, true},
	{(*dateFinder).recurrence, sSet, false},
	{(*dateFinder).reference, sRef, false},
	{(*dateFinder).referencePhrase, sRef, false},
	{(*dateFinder).onePartOfDay, sNumberWord, false},
	{(*dateFinder).weekendsSet, sUnit, false},
	{(*dateFinder).untilNow, sToDate, false},
	{(*dateFinder).holiday, sHoliday, false},
	{(*dateFinder).theUnit, sUnit | sRelative, false},
}

// coreAt reads the longest date expression at token j.
func (f *dateFinder) coreAt(j int) (dateMatch, bool) {
	if j >= len(f.toks) {
		return dateMatch{}, false
	}
	best := dateMatch{end: j}
	for readers := readersAt(&f.toks[j]); readers != 0; {
		if m, ok := dateReaders[readers.next()].read(f, j); ok && m.end > best.end {
			best = m
		}
	}
	if best.end == j {
		return dateMatch{}, false
	}
	best.first = j
	return best, true
}

// joined extends a day by the time or part of day next to it ("Friday
// night", "yesterday afternoon", "Wednesday at 3 p.m."), and a time by
// the day after it ("10 p.m. Wednesday", "5 p.m. EST Nov. 9").
func (f *dateFinder) joined(m dateMatch) dateMatch {
	toks := f.toks
	if day, ok := dayOfMatch(m); ok {
		k := m.end
		if is(f.lower, toks, k, "at", ",") || f.word(k) == "t" && glued(toks, k) && glued(toks, k+1) {
			k++ // "Friday at 3 p.m.", "Tuesday, Jan. 15, 1 p.m.", "2024-03-13T10:00"
		}
		if t, ok := f.clockTime(k); ok {
			m.end, m.kind = t.end, DateTime
			m.value = day + t.value[strings.IndexByte(t.value, 'T'):]
			return m
		}
		if _, ok := partsOfDay[f.word(m.end)]; ok && m.kind == DateDate {
			// "Friday night" is Friday. TBAQ's gold goes both ways (15
			// with the part, "TNI", 10 without, and some spans stop
			// before "night"); the day alone scores the better value F1.
			m.end++
			return m
		}
	}
	if m.kind == DateTime && !m.hasDay {
		k := m.end
		if is(f.lower, toks, k, ",", "on") {
			k++
		}
		for _, read := range []func(int) (dateMatch, bool){f.weekdayDate, f.monthDate, f.relativeDay, f.relativeUnit} {
			d, ok := read(k)
			day, isDay := dayOfMatch(d)
			if ok && isDay {
				m.end, m.day, m.hasDay = d.end, d.day, d.hasDay
				m.value = day + m.value[strings.IndexByte(m.value, 'T'):]
				return m
			}
		}
	}
	return m
}

// dayOfMatch returns the day that m names, alone or with a part of it
// ("2019-03-08" of "this morning", "2019-03-08TMO"), as a TIMEX3 value.
func dayOfMatch(m dateMatch) (string, bool) {
	if m.hasDay && m.kind == DateDate {
		return m.value, true
	}
	day, part, ok := strings.Cut(m.value, "T")
	if m.kind != DateTime || !ok || len(day) != len("2006-01-02") {
		return "", false
	}
	for _, code := range partsOfDay {
		if part == code {
			return day, true
		}
	}
	return "", m.hasDay // "tonight" has its day
}

// hasClass reports whether token k is a word of class c.
func (f *dateFinder) hasClass(k int, c wordClass) bool {
	return k < len(f.toks) && f.toks[k].class&c != 0
}

// word returns the lower-cased token k, or "" past the end.
func (f *dateFinder) word(k int) string {
	if k < 0 || k >= len(f.toks) {
		return ""
	}
	return f.toks[k].in(f.lower)
}

// isCapitalized reports whether token k starts with an upper-case letter.
func (f *dateFinder) isCapitalized(k int) bool {
	c := f.text[f.toks[k].start]
	return 'A' <= c && c <= 'Z'
}

// abbrevEnd skips the period after an abbreviation ("Sept.", "Oct.",
// "Tues."), not after a full name that ends a sentence ("in April.").
func (f *dateFinder) abbrevEnd(k int) int {
	w := f.toks[k].in(f.lower)
	abbreviation := len(w) <= 4 && w != "may" && w != "june" && w != "july" || w == "sept" || w == "thurs"
	if abbreviation && is(f.lower, f.toks, k+1, ".") && glued(f.toks, k+1) {
		return k + 2
	}
	return k + 1
}

// monthAt reads a month name at token k. "May" and "March" (and the short
// forms) must be capitalized; "May" must also sit next to a day or a year
// or after a preposition ("in May"), since it is more often the verb.
func (f *dateFinder) monthAt(k int) (time.Month, int, bool) {
	w := f.word(k)
	if !isClass(f.toks, k, sMonth) {
		return 0, k, false
	}
	m, ok := monthNames[w]
	if !ok {
		return 0, k, false
	}
	if !f.isCapitalized(k) && (len(w) <= 3 || w == "march" || w == "may") {
		return 0, k, false
	}
	end := f.abbrevEnd(k)
	dayBefore := f.intAt(k-1, 2) && atoi(f.word(k-1)) <= 31 // "12 May", "3 Jan"
	// "after Feb": an abbreviation that is no word or name
	plainAfter := plainMonthAbbreviations[w] && is(f.lower, f.toks, k-1, "in", "since", "until", "till", "by", "before", "after", "from", "to", "through", "during")
	if len(w) <= 4 && w != "may" && w != "june" && w != "july" && end == k+1 && !dayBefore && !plainAfter {
		// "Jan" without its period is a name unless a day or year follows.
		_, _, day := f.dayAt(end)
		_, _, year := f.yearAt(end)
		if !day && !year {
			return 0, k, false
		}
	}
	if w == "may" && !dayBefore {
		_, _, day := f.dayAt(end)
		_, _, year := f.yearAt(end)
		if !day && !year && !is(f.lower, f.toks, k-1, "in", "of", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "-", "during", "through", "from", "to", "and") {
			return 0, k, false
		}
	}
	return m, end, true
}

// dayAt reads a day of the month: "8", "8th", "the 8th", "eighth".
func (f *dateFinder) dayAt(k int) (int, int, bool) {
	if k >= len(f.toks) {
		return 0, k, false
	}
	t := &f.toks[k]
	if t.kind == tokNum && len(t.in(f.lower)) <= 2 && isInteger(t.in(f.lower)) {
		d := atoi(t.in(f.lower))
		if d < 1 || d > 31 {
			return 0, k, false
		}
		end := k + 1
		if glued(f.toks, end) && is(f.lower, f.toks, end, "st", "nd", "rd", "th") {
			end++
		}
		if end < len(f.toks) && glued(f.toks, end) && f.toks[end].kind != tokSym {
			return 0, k, false
		}
		return d, end, true
	}
	if countsHundredsAt(f.lower, f.toks, k) {
		return 0, k, false // "one hundred and …": no day
	}
	if n, ok := f.number(k); ok && n.ordinal && n.words && n.value >= 1 && n.value <= 31 {
		return int(n.value), n.end, true
	}
	return 0, k, false
}

// ordinalDay reads a day of the month written as an ordinal: "14th",
// "the 14th", "the twenty-seventh". A bare number is not one: in "on
// Tuesday 14 people died" it counts.
func (f *dateFinder) ordinalDay(k int) (int, int, bool) {
	if f.word(k) == "the" {
		k++
	}
	d, e, ok := f.dayAt(k)
	if !ok {
		return 0, k, false
	}
	if digits := f.toks[k].kind == tokNum; digits && e == k+1 || !digits && f.nounAfter(e) {
		return 0, k, false // "Friday, the fourth decline"
	}
	return d, e, true
}

// nounAfter reports whether token k is a lower-case word that an ordinal
// in words before it would qualify, rather than one that goes on to a
// date or a clause ("at", "and", "morning").
func (f *dateFinder) nounAfter(k int) bool {
	if k >= len(f.toks) || f.toks[k].kind != tokWord || f.isCapitalized(k) {
		return false
	}
	_, part := partsOfDay[f.word(k)]
	return !part && !dayFollowers[f.word(k)]
}

// nthWeekdayOf reads a weekday counted in its month: "the first Monday
// in October", "the third Thursday of November 2023", "the last Friday of
// March".
func (f *dateFinder) nthWeekdayOf(k int) (dateMatch, bool) {
	if !f.hasClass(k+1, sWeekday) && !f.hasClass(k+2, sWeekday) { // "first Monday", "1st Monday"
		return dateMatch{}, false
	}
	nth, j := -1, k+1 // "last"
	if f.word(k) != "last" {
		n, ok := f.number(k)
		if !ok || !n.ordinal || n.value < 1 || n.value > 5 {
			return dateMatch{}, false
		}
		nth, j = int(n.value), n.end
	}
	wd, j, ok := f.weekdayWord(j)
	if !ok || !is(f.lower, f.toks, j, "in", "of") {
		return dateMatch{}, false
	}
	mo, end, ok := f.countedMonthAt(j + 1)
	if !ok {
		return dateMatch{}, false
	}
	y, end, ok := f.countedMonthYear(k, end, mo)
	if !ok {
		return dateMatch{}, false // TIMEX3 has no value for it without a year
	}
	day := nthWeekday(y, mo, wd, nth)
	if day.Month() != mo {
		return dateMatch{}, false // no fifth Monday that month
	}
	m := f.dayMatch(end, y, mo, day.Day())
	m.takesThe = true
	return m, true
}

// countedMonthAt reads the month a week or a weekday is counted in
// ("the third Monday of Jan", "the first week of Sept"): after "of" or
// "in" there, a capitalized abbreviation is the month, which monthAt
// alone would read as a name ("Jan") without a day or year after it.
func (f *dateFinder) countedMonthAt(k int) (time.Month, int, bool) {
	if mo, end, ok := f.monthAt(k); ok {
		return mo, end, true
	}
	if mo, ok := monthNames[f.word(k)]; ok && f.isCapitalized(k) && f.word(k) != "may" && f.word(k) != "march" {
		return mo, f.abbrevEnd(k), true
	}
	return 0, k, false
}

// countedMonthYear returns the year of a month in which a week or a
// weekday is counted, from k to end: the year written after it ("the
// first week of June 2023"), or else the one nearest the reference date;
// end moves past a written year. Without either there is none.
func (f *dateFinder) countedMonthYear(k, end int, mo time.Month) (y, after int, ok bool) {
	if wy, ye, ok := f.yearAfterDay(end); ok && !f.yearIsCount(ye) {
		return wy, ye, true
	}
	if f.ref.IsZero() {
		return 0, end, false
	}
	return f.nearestYear(k, end, mo, 15), end, true
}

// nthWeekOf reads a week counted in its month: "the first week of
// April", "the 3rd week of Jan.", "the last week of June 2023". Its value
// is the ISO week that holds the fourth day of that seven-day stretch of
// the month (for the last week, of the month's last seven days), as ISO
// 8601 makes a year's first week the one that holds its fourth day.
func (f *dateFinder) nthWeekOf(k int) (dateMatch, bool) {
	if !isClass(f.toks, k+1, sUnit) && !isClass(f.toks, k+2, sUnit) {
		return dateMatch{}, false // "week" is a unit, one or two tokens on ("first week", "3rd week"): most numbers have none
	}
	nth, j := -1, k+1 // "last", "final"
	if w := f.word(k); w != "last" && w != "final" {
		n, ok := f.number(k)
		if !ok || !n.ordinal || n.value < 1 || n.value > 4 { // a fifth stretch of seven days has no fourth day
			return dateMatch{}, false
		}
		nth, j = int(n.value), n.end
	}
	if f.word(j) != "week" || !is(f.lower, f.toks, j+1, "of", "in") {
		return dateMatch{}, false
	}
	mo, end, ok := f.countedMonthAt(j + 2)
	if !ok {
		return dateMatch{}, false
	}
	y, end, ok := f.countedMonthYear(k, end, mo)
	if !ok {
		return dateMatch{}, false // TIMEX3 has no value for it without a year
	}
	day := time.Date(y, mo, 7*(nth-1)+4, 0, 0, 0, 0, time.UTC)
	if nth < 0 {
		day = time.Date(y, mo+1, -3, 0, 0, 0, 0, time.UTC) // the fourth day from the month's end
	}
	return dateMatch{end: end, kind: DateDate, value: weekValue(day), takesThe: true}, true
}

// dayOfMonth reads a day of the month named alone after a preposition:
// "on the 4th", "by the 15th". It is the day of the reference month, or
// of the month before or after when the tense points there ("it opened
// on the 28th", said on the 3rd).
func (f *dateFinder) dayOfMonth(k int) (dateMatch, bool) {
	if f.word(k-1) != "the" || !is(f.lower, f.toks, k-2, "on", "by", "until", "till", "since", "from") || f.toks[k].kind != tokNum {
		return dateMatch{}, false
	}
	d, end, ok := f.ordinalDay(k)
	if !ok || f.nounAfter(end) {
		return dateMatch{}, false
	}
	if _, _, ok := f.monthAt(end); ok || is(f.lower, f.toks, end, "of") || is(f.lower, f.toks, end, "-") {
		return dateMatch{}, false // "the 4th of July", "the 4th-largest": others read these
	}
	if f.ref.IsZero() {
		return dateMatch{end: end, kind: DateDate, value: "XXXX-XX-" + twoDigits(d), takesThe: true}, true
	}
	month := f.refDay().AddDate(0, 0, 1-f.ref.Day())
	switch tense := f.tense(k, end); {
	case tense < 0 && d > f.ref.Day():
		month = month.AddDate(0, -1, 0)
	case tense > 0 && d < f.ref.Day():
		month = month.AddDate(0, 1, 0)
	}
	if !isCalendarDay(month.Year(), month.Month(), d) {
		return dateMatch{}, false
	}
	m := f.dayMatch(end, month.Year(), month.Month(), d)
	m.takesThe = true
	return m, true
}

// weekdayOfMonth resolves a weekday with its day of the month ("Fri
// 14th") to the day d nearest the reference that falls on that weekday,
// or to day d of the reference month when none near does.
func (f *dateFinder) weekdayOfMonth(end int, wd time.Weekday, d int) dateMatch {
	if f.ref.IsZero() {
		return dateMatch{end: end, kind: DateDate, value: "XXXX-XX-" + twoDigits(d), hasDay: true}
	}
	ref := f.refDay()
	var best time.Time
	for off := -6; off <= 6; off++ {
		t := time.Date(ref.Year(), ref.Month()+time.Month(off), d, 0, 0, 0, 0, time.UTC)
		if t.Day() == d && t.Weekday() == wd && (best.IsZero() || t.Sub(ref).Abs() < best.Sub(ref).Abs()) {
			best = t
		}
	}
	if best.IsZero() { // no month near has it on that weekday: the reference month's, or the one before
		month := ref.AddDate(0, 0, 1-ref.Day())
		if !isCalendarDay(month.Year(), month.Month(), d) {
			month = month.AddDate(0, -1, 0)
		}
		best = time.Date(month.Year(), month.Month(), d, 0, 0, 0, 0, time.UTC)
	}
	return f.dayMatch(end, best.Year(), best.Month(), d)
}

// yearAt reads a year: "2019", "'98", "nineteen ninety-six", "two
// thousand and two".
func (f *dateFinder) yearAt(k int) (int, int, bool) {
	toks := f.toks
	if k >= len(toks) {
		return 0, k, false
	}
	t := &toks[k]
	if t.kind == tokNum && len(t.in(f.lower)) == 4 && isInteger(t.in(f.lower)) {
		y := atoi(t.in(f.lower))
		if y < 1000 || y > 2999 || glued(toks, k+1) && toks[k+1].kind == tokWord && toks[k+1].in(f.lower) != "s" {
			return 0, k, false
		}
		return y, k + 1, true
	}
	if (t.in(f.lower) == "'" || t.in(f.lower) == "’") && k+1 < len(toks) && glued(toks, k+1) && len(toks[k+1].in(f.lower)) == 2 && isInteger(toks[k+1].in(f.lower)) {
		y := atoi(toks[k+1].in(f.lower))
		if y < 30 {
			return 2000 + y, k + 2, true
		}
		return 1900 + y, k + 2, true
	}
	if t.kind == tokNum {
		return 0, k, false // digits that are no year of four: wordYear reads words
	}
	return f.wordYear(k)
}

// wordYear reads a year in words: "nineteen ninety-six", "nineteen
// eighty six", "two thousand".
func (f *dateFinder) wordYear(k int) (int, int, bool) {
	toks := f.toks
	if isClass(toks, k, sTeenWord) { // the class, not teenWords: most words are no teen, and skip the lookup
		c := teenWords[f.word(k)]
		n, ok := f.number(k + 1)
		if ok && n.words && !n.ordinal && n.value >= 10 && n.value < 100 && n.value == float64(int(n.value)) {
			return int(c)*100 + int(n.value), n.end, true
		}
		if is(f.lower, toks, k+1, "hundred") {
			return int(c) * 100, k + 2, true
		}
		return 0, k, false
	}
	if is(f.lower, toks, k, "two") && is(f.lower, toks, k+1, "thousand") {
		n, ok := f.number(k)
		if ok && n.value >= 2000 && n.value < 2100 {
			return int(n.value), n.end, true
		}
	}
	return 0, k, false
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// numericDate reads dates in digits: "2019-03-08", "3/8/2019", "3/8/19",
// "10/1" (month/day, the American order news in English uses),
// "05-Aug-2016", "23.04.2022".
func (f *dateFinder) numericDate(k int) (dateMatch, bool) {
	if !glued(f.toks, k+1) || !is(f.lower, f.toks, k+1, "/", "-", ".") {
		return dateMatch{}, false // most numbers: every form below goes on with one of these
	}
	return f.readNumericDate(k)
}

// readNumericDate is numericDate without its early exit.
func (f *dateFinder) readNumericDate(k int) (dateMatch, bool) {
	toks := f.toks
	if k+2 >= len(toks) {
		return dateMatch{}, false
	}
	a := f.word(k)
	if m, ok := f.dottedDate(k); ok {
		return m, true
	}
	if toks[k].kind != tokNum || !isInteger(a) {
		return dateMatch{}, false
	}
	// ISO: 2019-03-08
	if len(a) == 4 && is(f.lower, toks, k+1, "-") && glued(toks, k+1) && f.intAt(k+2, 2) && is(f.lower, toks, k+3, "-") && glued(toks, k+3) && f.intAt(k+4, 2) && glued(toks, k+4) {
		y, mo, d := atoi(a), atoi(toks[k+2].in(f.lower)), atoi(toks[k+4].in(f.lower))
		if mo >= 1 && mo <= 12 && isCalendarDay(y, time.Month(mo), d) {
			return f.dayMatch(k+5, y, time.Month(mo), d), true
		}
	}
	// ISO month: 2015-03 (two digits for the month; "2019-20" is a season)
	if len(a) == 4 && is(f.lower, toks, k+1, "-") && glued(toks, k+1) && glued(toks, k+2) && f.intAt(k+2, 2) && len(toks[k+2].in(f.lower)) == 2 && !is(f.lower, toks, k+3, "-") {
		if mo := atoi(toks[k+2].in(f.lower)); mo >= 1 && mo <= 12 && atoi(a) >= 1000 {
			return dateMatch{end: k + 3, kind: DateDate, value: a + "-" + toks[k+2].in(f.lower)}, true
		}
	}
	// Dashes around a month name: 05-Aug-2016
	if len(a) <= 2 && is(f.lower, toks, k+1, "-") && glued(toks, k+1) && glued(toks, k+2) && is(f.lower, toks, k+3, "-") && glued(toks, k+3) && glued(toks, k+4) {
		mo, isMonth := monthNames[f.word(k+2)]
		if y, e, ok := f.yearAt(k + 4); isMonth && ok && toks[k+4].kind == tokNum {
			if d := atoi(a); isCalendarDay(y, mo, d) {
				return f.dayMatch(e, y, mo, d), true
			}
		}
	}
	// Slashes: 3/8/2019 and 3/8/19 (US: month first), 22/04/2019 (a day
	// above 12 comes first), and without a year 11/20 or 22/04.
	if len(a) <= 2 && is(f.lower, toks, k+1, "/") && glued(toks, k+1) && f.intAt(k+2, 2) && glued(toks, k+2) {
		mo, d := atoi(a), atoi(toks[k+2].in(f.lower))
		if mo > 12 && d <= 12 {
			mo, d = d, mo
		}
		if mo < 1 || mo > 12 || d < 1 || d > 31 {
			return dateMatch{}, false
		}
		if is(f.lower, toks, k+3, "/") && glued(toks, k+3) && k+4 < len(toks) && glued(toks, k+4) && toks[k+4].kind == tokNum && isInteger(toks[k+4].in(f.lower)) {
			y := atoi(toks[k+4].in(f.lower))
			switch len(toks[k+4].in(f.lower)) {
			case 2:
				y += 1900
				if y < 1950 {
					y += 100
				}
			case 4:
			default:
				return dateMatch{}, false
			}
			return f.dayMatch(k+5, y, time.Month(mo), d), true
		}
		if f.isSlashDay(k, atoi(a), atoi(toks[k+2].in(f.lower))) {
			return f.monthDayMatch(k, k+3, time.Month(mo), d), true
		}
	}
	return dateMatch{}, false
}

// onWeekday moves a day whose year was not written (the match from
// token j) to the year nearest the reference in which it falls on the
// weekday named with it: "Tuesday, Jan. 15" is the Jan. 15 that is a
// Tuesday, a year before or after the one the tense picked.
func (f *dateFinder) onWeekday(m dateMatch, j int, wd time.Weekday) dateMatch {
	if f.ref.IsZero() || m.day.Weekday() == wd || f.writesYear(j, m.end) {
		return m
	}
	mo, d := m.day.Month(), m.day.Day()
	for _, y := range []int{m.day.Year() - 1, m.day.Year() + 1} {
		if day := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC); day.Day() == d && day.Weekday() == wd {
			return f.dayMatch(m.end, y, mo, d)
		}
	}
	return m
}

// dottedDate reads a day written with points, day first as Europe
// writes it: "23.04.2022". The tokens are "23.04", ".", "2022"; a
// four-digit year is required, since "1.5.2" may be a version.
func (f *dateFinder) dottedDate(k int) (dateMatch, bool) {
	if f.toks[k].kind != tokNum || !is(f.lower, f.toks, k+1, ".") || !glued(f.toks, k+1) || !glued(f.toks, k+2) || !f.intAt(k+2, 4) {
		return dateMatch{}, false
	}
	dd, mm, dotted := strings.Cut(f.toks[k].in(f.lower), ".")
	if !dotted || len(dd) > 2 || len(mm) > 2 || !isInteger(dd) || len(f.toks[k+2].in(f.lower)) != 4 {
		return dateMatch{}, false
	}
	if glued(f.toks, k+3) && is(f.lower, f.toks, k+3, ".") && f.intAt(k+4, 4) {
		return dateMatch{}, false // "1.10.2020.3"
	}
	y, mo, d := atoi(f.toks[k+2].in(f.lower)), time.Month(atoi(mm)), atoi(dd)
	if mo < 1 || mo > 12 || !isCalendarDay(y, mo, d) {
		return dateMatch{}, false
	}
	return f.dayMatch(k+3, y, mo, d), true
}

// isSlashDay decides whether a/b at token k, with no year after it, is a
// day rather than a fraction: one of the two must be above 12 (no month)
// and not a usual denominator ("1/16 inch"), or a word that takes a day
// ("on 5/12") must come before.
func (f *dateFinder) isSlashDay(k, a, b int) bool {
	toks := f.toks
	if is(f.lower, toks, k+3, "/", "of", "-") || glued(toks, k+3) && toks[k+3].kind != tokSym || is(f.lower, toks, k-1, "/") && glued(toks, k) {
		return false // "1/3 of", "2/3/"
	}
	if _, ok := weekdayNames[f.word(k-1)]; ok || is(f.lower, toks, k-1, "on", "from", "until", "till", "by", "since", "before", "after", "next", "this", "last") {
		return true
	}
	if b == 16 || b == 32 || b == 64 {
		return false
	}
	return a > 12 || b > 12
}

// intAt reports whether token k is an integer of at most n digits.
func (f *dateFinder) intAt(k, n int) bool {
	return k >= 0 && k < len(f.toks) && f.toks[k].kind == tokNum && len(f.toks[k].in(f.lower)) <= n && isInteger(f.toks[k].in(f.lower))
}

// isCalendarDay reports whether day d exists in month mo of year y.
func isCalendarDay(y int, mo time.Month, d int) bool {
	return d >= 1 && time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).Day() == d
}

// dayMatch is a calendar day ending before token end.
func (f *dateFinder) dayMatch(end, y int, mo time.Month, d int) dateMatch {
	day := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	return dateMatch{end: end, kind: DateDate, value: day.Format("2006-01-02"), day: day, hasDay: true}
}

// dayOfRelativeMonth reads day d of a month named from the reference
// date at toks[j]: "next month", "last month", "this month", "the
// following month".
func (f *dateFinder) dayOfRelativeMonth(j, d int) (dateMatch, bool) {
	if f.word(j) == "the" {
		j++
	}
	off, ok := relativeWords[f.word(j)]
	if !ok || f.word(j) == "that" || f.word(j+1) != "month" {
		return dateMatch{}, false
	}
	end := j + 2
	if f.ref.IsZero() {
		return dateMatch{end: end, kind: DateDate, value: "XXXX-XX-" + twoDigits(d), hasDay: true}, true
	}
	month := f.refDay().AddDate(0, 0, 1-f.ref.Day()).AddDate(0, off, 0)
	if !isCalendarDay(month.Year(), month.Month(), d) {
		return dateMatch{}, false
	}
	return f.dayMatch(end, month.Year(), month.Month(), d), true
}

// monthDayMatch is a day given without its year. Its year is the one
// the tense of the sentence around tokens [k, end) points to, unless that
// is most of a year away; else the one that puts it nearest the reference
// date ("Jan. 2" written on Nov. 2 is next January, "Dec. 15" in February
// last December), the past one when both are about as near.
func (f *dateFinder) monthDayMatch(k, end int, mo time.Month, d int) dateMatch {
	if f.ref.IsZero() {
		return dateMatch{end: end, kind: DateDate, value: "XXXX-" + twoDigits(int(mo)) + "-" + twoDigits(d), hasDay: true}
	}
	return f.dayMatch(end, f.nearestYear(k, end, mo, d), mo, d)
}

// nearestYear picks the year of month mo, day d nearest the reference.
func (f *dateFinder) nearestYear(k, end int, mo time.Month, d int) int {
	ref := f.refDay()
	y := ref.Year()
	dist := func(y int) float64 {
		return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).Sub(ref).Hours() / 24
	}
	before, after := y, y // the nearest occurrence on or before ref, and after it
	if dist(y) > 0 {
		before = y - 1
	} else {
		after = y + 1
	}
	if dist(y) == 0 {
		return y
	}
	if is(f.lower, f.toks, k-1, "since") { // "has risen since August": it is past
		return before
	}
	back, ahead := -dist(before), dist(after)
	// The sentence's tense decides unless it would point most of a year
	// away; without one, the nearest occurrence wins, the past one when
	// both are about as near ("November" in May).
	const farthest, nearTie = 270, 31 // days
	switch tense := f.tense(k, end); {
	case tense < 0 && back <= farthest:
		return before
	case tense > 0 && ahead <= farthest:
		return after
	case back+nearTie < ahead:
		return before
	case ahead+nearTie < back:
		return after
	case tense > 0:
		return after
	}
	return before
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func fourDigits(y int) string {
	s := itoa(y)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

// monthDate reads dates with a month name: "March 8, 2019", "Oct. 23",
// "8 March 2019", "the 8th of March", "March 2019", "March", "Friday,
// Oct. 23".
func (f *dateFinder) monthDate(k int) (dateMatch, bool) {
	toks := f.toks
	start := k
	if wd, ok := f.weekdayName(k, f.word(k)); ok {
		j := f.abbrevEnd(k)
		if is(f.lower, toks, j, ",") {
			j++
		}
		if m, ok := f.monthDate(j); ok && m.hasDay {
			return f.onWeekday(m, j, wd), true // "Friday, Oct. 23" is Oct. 23
		}
		if m, ok := f.numericDate(j); ok && m.hasDay {
			return f.onWeekday(m, j, wd), true // "Friday 7/6"
		}
		if d, e, ok := f.ordinalDay(j); ok {
			return f.weekdayOfMonth(e, wd, d), true // "Fri 14th", "Monday the twenty-seventh"
		}
		return dateMatch{}, false
	}
	// day first: "8 March 2019", "the 8th of March", "twenty five January"
	if d, j, ok := f.dayAt(k); ok {
		if is(f.lower, toks, j, "of") {
			if m, ok := f.dayOfRelativeMonth(j+1, d); ok {
				return m, true // "3rd of next month"
			}
			j++
		}
		if mo, e, ok := f.monthAt(j); ok {
			return f.withYear(start, e, mo, d), true
		}
		return dateMatch{}, false
	}
	if f.word(k) == "the" {
		if d, j, ok := f.dayAt(k + 1); ok && is(f.lower, toks, j, "of") {
			if m, ok := f.dayOfRelativeMonth(j+1, d); ok {
				m.takesThe = true
				return m, true // "the 28th of last month"
			}
			if mo, e, ok := f.monthAt(j + 1); ok {
				m := f.withYear(start, e, mo, d)
				m.takesThe = true
				return m, true
			}
		}
		return dateMatch{}, false
	}
	mo, j, ok := f.monthAt(k)
	if !ok {
		return dateMatch{}, false
	}
	if d, e, ok := f.dayAt(j); ok && !(e < len(toks) && is(f.lower, toks, e, ":", ".") && f.intAt(e+1, 2)) {
		if y, ye, ok := f.yearAfterDay(e); ok && !f.yearIsCount(ye) {
			return f.dayMatch(ye, y, mo, d), true
		}
		if _, _, isYear := f.yearAt(j); !isYear || f.word(j) != "" && len(f.word(j)) <= 2 {
			return f.monthDayMatch(k, e, mo, d), true
		}
	}
	if is(f.lower, toks, j, ",") || is(f.lower, toks, j, "of") {
		if y, e, ok := f.yearAt(j + 1); ok {
			return dateMatch{end: e, kind: DateDate, value: fourDigits(y) + "-" + twoDigits(int(mo))}, true
		}
	}
	if y, e, ok := f.yearAt(j); ok && !f.yearIsCount(e) {
		return dateMatch{end: e, kind: DateDate, value: fourDigits(y) + "-" + twoDigits(int(mo))}, true
	}
	if is(f.lower, toks, j, "this", "last", "next") && is(f.lower, toks, j+1, "year") { // "June last year"
		year := "XXXX"
		if !f.ref.IsZero() {
			y, _ := f.relativeUnit(j)
			year = y.value
		}
		return dateMatch{end: j + 2, kind: DateDate, value: year + "-" + twoDigits(int(mo))}, true
	}
	return dateMatch{end: j, kind: DateDate, value: f.monthValue(k, j, mo)}, true
}

// yearAfterDay reads the year after "March 8": ", 2019", " 2019" or
// " of 2019".
func (f *dateFinder) yearAfterDay(k int) (int, int, bool) {
	if is(f.lower, f.toks, k, ",", "of") {
		k++
	}
	return f.yearAt(k)
}

// yearIsCount reports a number read as a year after a month that the
// word after it makes a count: "in March 2019 tonnes".
func (f *dateFinder) yearIsCount(end int) bool {
	return f.countsAfter(end)
}

// withYear finishes a day-first date: "8 March 2019", "8 March".
func (f *dateFinder) withYear(start, e int, mo time.Month, d int) dateMatch {
	k := e
	if is(f.lower, f.toks, k, ",") {
		k++
	}
	if is(f.lower, f.toks, k, "in") {
		k++
	}
	if y, ye, ok := f.yearAt(k); ok {
		return f.dayMatch(ye, y, mo, d)
	}
	return f.monthDayMatch(start, e, mo, d)
}

// monthValue resolves a month without a year: the last one before the
// reference date when the sentence speaks of the past, the next one when
// it speaks of the future, else the nearest (as monthDayMatch does).
func (f *dateFinder) monthValue(k, end int, mo time.Month) string {
	if f.ref.IsZero() {
		return "XXXX-" + twoDigits(int(mo))
	}
	y := f.ref.Year()
	if mo != f.ref.Month() {
		y = f.nearestYear(k, end, mo, 15)
	}
	return fourDigits(y) + "-" + twoDigits(int(mo))
}

// tense tells whether the sentence around tokens [k, end) speaks of the
// future (+1), the past (-1) or neither (0): the nearest cue before the
// expression in its sentence, else the first one after it.
func (f *dateFinder) tense(k, end int) int {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if f.sentenceBreak(j + 1) {
			break
		}
		if t := f.cue(j); t != 0 {
			return t
		}
	}
	for j := end; j < len(f.toks) && j < end+6; j++ {
		if f.sentenceBreak(j) {
			break
		}
		if t := f.cue(j); t != 0 {
			return t
		}
	}
	return 0
}

// cue is the tense token j points to: +1, -1 or 0.
func (f *dateFinder) cue(j int) int {
	w := f.toks[j].in(f.lower)
	switch {
	case (w == "until" || w == "till") && f.lastedBefore(j):
		return -1 // "the debate ran until 11 p.m. Wednesday"
	case w == "next" && is(f.lower, f.toks, j+1, "to"):
		return 0 // "exploded next to the embassy Friday": a place
	case w == "let" && is(f.lower, f.toks, j+1, "'", "’") && is(f.lower, f.toks, j+2, "s"),
		w == "about" && is(f.lower, f.toks, j-1, "what", "how"):
		return 1 // a proposal: "let's meet Tuesday", "how about 30 minutes later?"
	case futureCues[w] || (w == "is" || w == "are" || w == "set" || w == "planned" || w == "expected" || w == "poised" ||
		w == "slated") && is(f.lower, f.toks, j+1, "to"): // "is to resume trading Tuesday", "set to resume Monday"
		if f.pastPerfectBefore(j) {
			return -1 // "had been due to expire Friday", "had been scheduled for Tuesday": the time has passed
		}
		return 1
	case w == "as" && is(f.lower, f.toks, j-1, "soon", "early") && is(f.lower, f.toks, j-2, "as"):
		return 1 // "as soon as Tuesday"
	case pastCues[w]:
		return -1
	case len(w) > 4 && strings.HasSuffix(w, "ed") && w != "expected" && w != "scheduled" && w != "planned" && w != "slated" &&
		!f.isCapitalized(j): // "the United States" is no verb
		// A past participle after an auxiliary ("will be named", "has
		// extended") is not a past tense.
		if is(f.lower, f.toks, j-1, "be", "been", "being", "is", "are", "to", "has", "have", "will", "would") ||
			is(f.lower, f.toks, j-2, "will", "would", "has", "have") {
			return 0
		}
		return -1
	}
	return 0
}

// pastPerfectBefore reports "had been" before token j, with a word
// between them or not ("had been due", "had previously been scheduled"):
// a plan or a deadline told in the past perfect was for a time before
// the writing.
func (f *dateFinder) pastPerfectBefore(j int) bool {
	return is(f.lower, f.toks, j-1, "been") && (is(f.lower, f.toks, j-2, "had") || is(f.lower, f.toks, j-3, "had"))
}

// lastedBefore reports a past verb of lasting a few words before the
// "until" at j: what ran, stayed or lasted until a time had ended by it,
// where an offer extended until a time runs on to it.
func (f *dateFinder) lastedBefore(j int) bool {
	for i := j - 1; i >= 0 && i >= j-5; i-- {
		if lastedVerbs[f.toks[i].in(f.lower)] {
			return true
		}
		if f.sentenceBreak(i + 1) {
			return false
		}
	}
	return false
}

// lastedVerbs are the past forms of the verbs of lasting.
var lastedVerbs = setOf("ran", "lasted", "stayed", "remained", "continued", "went", "worked",
	"waited", "stood", "sat", "kept", "slept", "stretched", "dragged", "raged", "burned",
	"burnt", "lingered", "persisted", "held", "played", "partied", "queued", "camped")

// sentenceBreak reports a sentence or paragraph boundary before token j.
func (f *dateFinder) sentenceBreak(j int) bool {
	if j <= 0 || j >= len(f.toks) {
		return true
	}
	prev := &f.toks[j-1]
	if lineBreakBefore(f.text, f.toks, j) {
		return true
	}
	if prev.in(f.lower) == "." && j >= 2 && len(f.toks[j-2].in(f.lower)) == 1 && glued(f.toks, j-1) {
		return false // the end of "a.m." or "U.S."
	}
	return (prev.in(f.lower) == "." || prev.in(f.lower) == "?" || prev.in(f.lower) == "!") && f.toks[j].space && f.isCapitalized(j)
}

// weekdayDate reads a weekday: "Tuesday", "Tues.", and resolves it to the
// day of the reference week that the tense points to (the reference day
// itself when it is that weekday, as news uses).
func (f *dateFinder) weekdayDate(k int) (dateMatch, bool) {
	w := f.word(k)
	plural := strings.HasSuffix(w, "days") // "on Tuesdays": every Tuesday
	if plural {
		w = strings.TrimSuffix(w, "s")
	}
	wd, ok := f.weekdayName(k, w)
	if !ok {
		return dateMatch{}, false
	}
	end := f.abbrevEnd(k)
	if weekdayAbbreviations[w] {
		if _, _, ok := f.dayAt(end); !ok && end == k+1 {
			return dateMatch{}, false
		}
	}
	if f.word(end) == "s" {
		return dateMatch{}, false
	}
	if plural {
		return dateMatch{end: end, kind: DateSet, value: "XXXX-WXX-" + itoa(isoWeekday(wd))}, true
	}
	if part, ok := strings.CutSuffix(f.word(end), "s"); ok && partsOfDay[part] != "" { // "Friday mornings"
		return dateMatch{end: end + 1, kind: DateSet, value: "XXXX-WXX-" + itoa(isoWeekday(wd)) + "T" + partsOfDay[part]}, true
	}
	return f.weekdayMatch(k, end, wd, f.tense(k, end)), true
}

// weekdayName reads w, token k or its singular, as a weekday: capitalized,
// or long enough to be no other word ("wed", "sat" and "sun" are).
func (f *dateFinder) weekdayName(k int, w string) (time.Weekday, bool) {
	if !isClass(f.toks, k, sWeekday) {
		return 0, false // the class covers the names and their plurals
	}
	wd, ok := weekdayNames[w]
	return wd, ok && (f.isCapitalized(k) || len(w) > 5)
}

// weekdayWord reads the weekday after "last", "next" or "every": a
// capitalized name, or a long one ("next tuesday"); abbreviations need
// their period ("every Wed."), since "that Sun" is more likely a name.
func (f *dateFinder) weekdayWord(j int) (time.Weekday, int, bool) {
	w := f.word(j)
	wd, ok := f.weekdayName(j, w)
	if !ok {
		return 0, j, false
	}
	end := f.abbrevEnd(j)
	if weekdayAbbreviations[w] && end == j+1 {
		return 0, j, false
	}
	return wd, end, true
}

// weekdayMatch resolves a weekday in the direction dir (+1 coming, -1
// past, 0 by nearest past unless it is the reference day).
func (f *dateFinder) weekdayMatch(k, end int, wd time.Weekday, dir int) dateMatch {
	if f.ref.IsZero() {
		return dateMatch{end: end, kind: DateDate, value: "XXXX-WXX-" + itoa(isoWeekday(wd))}
	}
	delta := int(wd) - int(f.ref.Weekday())
	switch {
	case dir > 0 && delta < 0:
		delta += 7
	case dir <= 0 && delta > 0:
		delta -= 7
	}
	day := f.refDay().AddDate(0, 0, delta)
	return dateMatch{end: end, kind: DateDate, value: day.Format("2006-01-02"), day: day, hasDay: true}
}

// weekdayOfWeek reads a weekday with the week it falls in: "Tuesday of
// last week", "Monday of the following week", "next week Wednesday",
// "next week on Friday". The week decides the day, not the tense.
func (f *dateFinder) weekdayOfWeek(k int) (dateMatch, bool) {
	toks := f.toks
	if wd, ok := f.weekdayName(k, f.word(k)); ok {
		j := f.abbrevEnd(k)
		if !is(f.lower, toks, j, "of") {
			return dateMatch{}, false
		}
		j++
		if is(f.lower, toks, j, "the") {
			j++
		}
		if f.word(j+1) != "week" {
			return dateMatch{}, false
		}
		if week, ok := f.relativeUnit(j); ok && week.end == j+2 {
			return f.dayOfWeek(week, wd), true
		}
		return dateMatch{}, false
	}
	if f.word(k+1) != "week" {
		return dateMatch{}, false
	}
	week, ok := f.relativeUnit(k)
	if !ok || week.end != k+2 {
		return dateMatch{}, false
	}
	j := week.end
	if is(f.lower, toks, j, "on") {
		j++
	}
	wd, end, ok := f.weekdayWord(j)
	if !ok {
		return dateMatch{}, false
	}
	week.end = end
	return f.dayOfWeek(week, wd), true
}

// dayOfWeek is weekday wd of the ISO week the match names, ending where
// the match ends.
func (f *dateFinder) dayOfWeek(week dateMatch, wd time.Weekday) dateMatch {
	if f.ref.IsZero() {
		return dateMatch{end: week.end, kind: DateDate, value: "XXXX-WXX-" + itoa(isoWeekday(wd))}
	}
	y, w := atoi(week.value[:4]), atoi(week.value[6:]) // weekValue's "2019-W07"
	monday := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC) // in ISO week 1
	monday = monday.AddDate(0, 0, 1-isoWeekday(monday.Weekday())+7*(w-1))
	day := monday.AddDate(0, 0, isoWeekday(wd)-1)
	return dateMatch{end: week.end, kind: DateDate, value: day.Format("2006-01-02"), day: day, hasDay: true}
}

func isoWeekday(wd time.Weekday) int {
	if wd == time.Sunday {
		return 7
	}
	return int(wd)
}

// refDay is the reference date at midnight.
// anchoredRef returns the day that an anchored expression at token k
// counts from: the date written before it in its sentence ("The storm hit
// on Saturday, and power was restored two days later"; "married in June
// 2015 and divorced the following year"), else the reference day. Only
// the words that count from a time in the text anchor ("later",
// "earlier", "before", "following", "previous"); "ago", "next" and "last"
// count from the time of writing.
func (f *dateFinder) anchoredRef(k int) time.Time {
	if day, ok := f.anchorBefore(k); ok {
		return day
	}
	return f.refDay()
}

// storyAnchor returns the date with its month or day read last before
// "the following" or "the previous" at token k that opens its sentence
// and has no date before it in the sentence: "In March, ... . The
// following month, the company put itself up for sale" goes on with the
// story's last date, however far back.
func (f *dateFinder) storyAnchor(k int) (time.Time, bool) {
	if _, ok := f.anchorBefore(k); ok || f.anchor.IsZero() || f.anchorEnd > k {
		return time.Time{}, false
	}
	if !is(f.lower, f.toks, k-1, "the") || !f.sentenceBreak(k-1) {
		return time.Time{}, false
	}
	return f.anchor, true
}

// anchorBefore returns the date written before token k in its sentence.
func (f *dateFinder) anchorBefore(k int) (time.Time, bool) {
	if f.anchor.IsZero() || f.anchorEnd > k || k-f.anchorEnd > maxAnchorTokens {
		return time.Time{}, false
	}
	for j := f.anchorEnd; j < k; j++ {
		if is(f.lower, f.toks, j, ".", "!", "?", ";") {
			return time.Time{}, false
		}
	}
	return f.anchor, true
}

// subjectsAfterBefore open a clause after "before" or "after": a conjunction,
// not a preposition of time ("three days before it was contained").
var subjectsAfterBefore = []string{"it", "he", "she", "they", "we", "i", "you", "there", "its", "his", "her", "their"}

// maxAnchorTokens bounds how far after its anchor an anchored expression
// may stand: a sentence's length.
const maxAnchorTokens = 40

// writtenYearOf returns the year a date value opens with ("1988",
// "1988-03", "1988-Q3"), or 0.
func writtenYearOf(value string) int {
	if len(value) < 4 || !isInteger(value[:4]) || len(value) > 4 && value[4] != '-' {
		return 0
	}
	return atoi(value[:4])
}

// monthOrDay reads a TIMEX3 value that names a month or a day
// ("2015-06", "2024-03-09") as the first day it covers. It reads the
// digits itself, as time.Parse with the layouts "2006-01-02" (of the
// value's first ten bytes) and "2006-01" would: the scan asks it of every
// date it finds, and time.Parse took a few hundred instructions each.
// TestMonthOrDayAsTimeParse compares the two.
func monthOrDay(value string) (time.Time, bool) {
	if !opensYearMonth(value) {
		// Most values ("P5Y", "PAST_REF", "2019-Q3", "XXXX-03-08").
		return time.Time{}, false
	}
	y, mo := atoi(value[:4]), time.Month(atoi(value[5:7]))
	if mo < time.January || mo > time.December {
		return time.Time{}, false
	}
	if len(value) >= 10 && value[7] == '-' && isInteger(value[8:10]) {
		if d := atoi(value[8:10]); isCalendarDay(y, mo, d) {
			return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), true
		}
	}
	if len(value) == 7 {
		return time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// opensYearMonth reports whether value opens with four digits, a hyphen
// and two digits, as every value that monthOrDay reads does.
func opensYearMonth(value string) bool {
	return len(value) >= 7 && isInteger(value[:4]) && value[4] == '-' && isInteger(value[5:7])
}

func (f *dateFinder) refDay() time.Time {
	y, m, d := f.ref.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// relativeDay reads "yesterday", "today", "tomorrow", "tonight", and
// "the day before yesterday", "the day after tomorrow" (from "day"; the
// "the" is a modifier the match keeps).
func (f *dateFinder) relativeDay(k int) (dateMatch, bool) {
	if m, ok := f.unitNextTo(k); ok {
		return m, true
	}
	if f.word(k) == "day" && is(f.lower, f.toks, k+1, "before", "after") {
		w := f.word(k + 2)
		if w == "yesterday" && f.word(k+1) == "before" || w == "tomorrow" && f.word(k+1) == "after" {
			m := f.dayOffset(k+3, 2*relativeDays[w], false)
			m.takesThe = true
			return m, true
		}
		if day, ok := f.dayNextTo(k); ok {
			return dateMatch{end: k + 2, kind: DateDate, value: day.Format("2006-01-02"), day: day, hasDay: true, takesThe: true}, true
		}
		return dateMatch{}, false
	}
	if m, ok := f.partOfDayNextTo(k); ok {
		return m, true
	}
	off, ok := relativeDays[f.word(k)]
	if !ok {
		return dateMatch{}, false
	}
	return f.dayOffset(k+1, off, f.word(k) == "tonight"), true
}

// partOfDayNextTo reads "the morning after", "the night before", ending
// their clause, from the part of the day at k: that part of the day
// dayNextTo gives. "The night before the vote" counts from an event and
// is left alone.
func (f *dateFinder) partOfDayNextTo(k int) (dateMatch, bool) {
	code, ok := partsOfDay[f.word(k)]
	if !ok {
		return dateMatch{}, false
	}
	day, ok := f.dayNextTo(k)
	if !ok {
		return dateMatch{}, false
	}
	return dateMatch{end: k + 2, kind: DateTime, value: day.Format("2006-01-02") + "T" + code, takesThe: true}, true
}

// dayNextTo reads "the day after", "the morning before" … ending their
// clause, from the word at k: the day next to the date written before
// them in the sentence, or next to the time of writing.
func (f *dateFinder) dayNextTo(k int) (time.Time, bool) {
	if !is(f.lower, f.toks, k-1, "the") || !is(f.lower, f.toks, k+1, "before", "after") || !f.endsClause(k+2) || f.ref.IsZero() {
		return time.Time{}, false
	}
	off := 1
	if f.word(k+1) == "before" {
		off = -1
	}
	return f.anchoredRef(k).AddDate(0, 0, off), true
}

// unitNextTo reads "the week after next", "the month before last" (two
// units from the reference date) and, ending their clause, "the week
// after", "the year before" (the unit next to the date written before
// them in the sentence), from the unit's word at k.
func (f *dateFinder) unitNextTo(k int) (dateMatch, bool) {
	unit := f.word(k)
	if (unit != "week" && unit != "month" && unit != "year") || !is(f.lower, f.toks, k-1, "the") || !is(f.lower, f.toks, k+1, "after", "before") || f.ref.IsZero() {
		return dateMatch{}, false
	}
	dir := 1
	if f.word(k+1) == "before" {
		dir = -1
	}
	switch {
	case dir > 0 && is(f.lower, f.toks, k+2, "next"), dir < 0 && is(f.lower, f.toks, k+2, "last"):
		return dateMatch{end: k + 3, kind: DateDate, value: unitValue(unit, f.refDay(), 2*dir), takesThe: true}, true
	case f.endsClause(k + 2):
		// Only a date written before them anchors these: "last year …
		// the year before" counts from an event the text leaves open.
		if anchor, ok := f.anchorBefore(k); ok {
			return dateMatch{end: k + 2, kind: DateDate, value: unitValue(unit, anchor, dir), takesThe: true}, true
		}
	}
	return dateMatch{}, false
}

// endsClause reports whether token k ends a clause or the text: "the day
// after" at the end of its clause counts from a time; "the day after the
// vote" counts from an event.
func (f *dateFinder) endsClause(k int) bool {
	return k >= len(f.toks) || f.toks[k].kind == tokSym || is(f.lower, f.toks, k, "and", "but")
}

// unitValue is the TIMEX3 value of the week, month or year n of them
// after the one day is in.
func unitValue(unit string, day time.Time, n int) string {
	switch unit {
	case "week":
		return weekValue(day.AddDate(0, 0, 7*n))
	case "month":
		return day.AddDate(0, n, 1-day.Day()).Format("2006-01")
	}
	return fourDigits(day.Year() + n)
}

// dayOffset is the day off days after the reference date.
func (f *dateFinder) dayOffset(end, off int, night bool) dateMatch {
	if f.ref.IsZero() {
		if night {
			return dateMatch{end: end, kind: DateTime, value: "XXXX-XX-XXTNI"}
		}
		return dateMatch{end: end, kind: DateDate, value: "XXXX-XX-XX"}
	}
	day := f.refDay().AddDate(0, 0, off)
	m := dateMatch{end: end, kind: DateDate, value: day.Format("2006-01-02"), day: day, hasDay: true}
	if night {
		m.kind, m.value = DateTime, m.value+"TNI"
	}
	return m
}

// relativeUnit reads "last year", "next month", "this week", "the past
// year", "last April", "next Tuesday", "this summer", "last quarter".
func (f *dateFinder) relativeUnit(k int) (dateMatch, bool) {
	if !f.mayBeRelativeUnit(k) {
		return dateMatch{}, false
	}
	return f.readRelativeUnit(k)
}

// relativeUnitClasses are the classes of the words that a relative word
// can name a date with: a unit or a season ("next year", "last
// spring"), a month, a weekday and a holiday ("last Easter").
const relativeUnitClasses = sUnit | sMonth | sWeekday | sHoliday

// mayBeRelativeUnit reports whether the relative word at token k
// ("this", "that", "last", "next") may start a date that
// readRelativeUnit reads: it says no when the word it would read names
// no unit, part of day, month, weekday or holiday ("that company", "last
// said"), as "this" and "that" mostly do, before the reader works out
// the reference day. TestRelativeUnitExit reads texts without it too.
func (f *dateFinder) mayBeRelativeUnit(k int) bool {
	j := k + 1
	if is(f.lower, f.toks, j, "past", "coming") {
		j++
	}
	if is(f.lower, f.toks, j, "fiscal", "calendar") {
		j++
	}
	return isClass(f.toks, j, relativeUnitClasses) || partsOfDay[f.word(j)] != "" ||
		partsOfDay[f.word(k+1)] != "" || f.word(k) == "tonight" || f.workWeekEnd(j) > 0
}

// workWeekEnd returns the end of the working week named at token j,
// "working week", "work week" or "workweek", or 0: a relative word names
// it as it names the week ("this working week" is this week).
func (f *dateFinder) workWeekEnd(j int) int {
	switch {
	case is(f.lower, f.toks, j, "workweek"):
		return j + 1
	case is(f.lower, f.toks, j, "working", "work") && is(f.lower, f.toks, j+1, "week"):
		return j + 2
	}
	return 0
}

// readRelativeUnit is relativeUnit without its early exit.
func (f *dateFinder) readRelativeUnit(k int) (dateMatch, bool) {
	dir, ok := relativeWords[f.word(k)]
	if !ok {
		return dateMatch{}, false
	}
	j := k + 1
	if dir == 0 && is(f.lower, f.toks, j, "past", "coming") {
		j++ // "this past spring"
		dir = relativeWords[f.word(k+1)]
	}
	if is(f.lower, f.toks, j, "fiscal", "calendar") {
		j++ // "this fiscal year"
	}
	w := f.word(j)
	end := j + 1
	if e := f.workWeekEnd(j); e > 0 {
		w, end = "week", e
	}
	if part := f.relativePartAt(k); part != "" { // "this morning", "last night"
		day := "XXXX-XX-XX"
		if !f.ref.IsZero() {
			day = f.refDay().AddDate(0, 0, min(dir, 0)).Format("2006-01-02")
		}
		return dateMatch{end: end, kind: DateTime, value: day + "T" + partsOfDay[part]}, true
	}
	if f.ref.IsZero() && w != "" {
		if _, ok := dateUnits[w]; ok && !strings.HasSuffix(w, "s") {
			return dateMatch{end: end, kind: DateDate, value: "XXXX"}, true
		}
	}
	ref := f.refDay()
	if is(f.lower, f.toks, k, "following", "previous") {
		ref = f.anchoredRef(k)
		if day, ok := f.storyAnchor(k); ok {
			ref = day
		}
	}
	if code, ok := partsOfDay[w]; ok && dir != 0 && is(f.lower, f.toks, k-1, "the") {
		// "the next morning", "the previous evening": the part of the
		// day next to the date written before them, or to today.
		if anchor, ok := f.anchorBefore(k); ok {
			ref = anchor
		}
		day := ref.AddDate(0, 0, dir)
		return dateMatch{end: end, kind: DateTime, value: day.Format("2006-01-02") + "T" + code, takesThe: true}, true
	}
	switch w {
	case "day":
		if anchor, ok := f.anchorBefore(k); ok && is(f.lower, f.toks, k-1, "the") && dir != 0 {
			// "the next day", "the previous day": the day next to the date
			// written before them in the sentence.
			day := anchor.AddDate(0, 0, dir)
			return dateMatch{end: end, kind: DateDate, value: day.Format("2006-01-02"), day: day, hasDay: true, takesThe: true}, true
		}
		return dateMatch{}, false
	case "year":
		if f.word(k) == "that" && f.year != 0 {
			return dateMatch{end: end, kind: DateDate, value: fourDigits(f.year), takesThe: true}, true // "in 1988 … that year"
		}
		y := fourDigits(ref.Year() + dir)
		if is(f.lower, f.toks, end, "'", "’") && is(f.lower, f.toks, end+1, "s") { // "this year's third quarter"
			if q, ok := f.quarterDate(end + 2); ok {
				return dateMatch{end: q.end, kind: DateDate, value: y + q.value[4:]}, true
			}
		}
		return dateMatch{end: end, kind: DateDate, value: y, takesThe: true}, true
	case "month":
		m := ref.AddDate(0, dir, 1-ref.Day())
		return dateMatch{end: end, kind: DateDate, value: m.Format("2006-01"), takesThe: true}, true
	case "week":
		return dateMatch{end: end, kind: DateDate, value: weekValue(ref.AddDate(0, 0, 7*dir)), takesThe: true}, true
	case "weekend":
		return dateMatch{end: end, kind: DateDate, value: weekValue(ref.AddDate(0, 0, 7*dir)) + "-WE", takesThe: true}, true
	case "fortnight": // "the past fortnight" is two weeks, as "the past two weeks" is
		return dateMatch{end: end, kind: DateDuration, value: "P2W", takesThe: true}, true
	case "quarter":
		if f.word(k) == "that" && f.quarter != "" {
			return dateMatch{end: end, kind: DateDate, value: f.quarter, takesThe: true}, true // "the third quarter … that quarter"
		}
		q := (int(ref.Month())-1)/3 + 1 + dir
		y := ref.Year()
		if q < 1 {
			q, y = 4, y-1
		} else if q > 4 {
			q, y = 1, y+1
		}
		return dateMatch{end: end, kind: DateDate, value: fourDigits(y) + "-Q" + itoa(q), takesThe: true}, true
	case "decade":
		return dateMatch{end: end, kind: DateDate, value: itoa(ref.Year()/10 + dir), takesThe: true}, true
	case "century":
		return dateMatch{end: end, kind: DateDate, value: itoa(ref.Year()/100 + dir), takesThe: true}, true
	}
	if code, ok := seasons[w]; ok {
		return dateMatch{end: end, kind: DateDate, value: f.seasonValue(code, dir)}, true
	}
	if m, ok := f.relativeHoliday(j, dir); ok { // "last Easter"
		return m, true
	}
	if mo, e, ok := f.monthAt(j); ok {
		if f.ref.IsZero() {
			if d, de, ok := f.dayAt(e); ok { // "last Oct. 23"
				return dateMatch{end: de, kind: DateDate, value: "XXXX-" + twoDigits(int(mo)) + "-" + twoDigits(d)}, true
			}
			return dateMatch{end: e, kind: DateDate, value: "XXXX-" + twoDigits(int(mo))}, true
		}
		y := ref.Year()
		switch {
		case dir < 0 && mo >= ref.Month():
			y--
		case dir > 0 && mo <= ref.Month():
			y++
		}
		if d, de, ok := f.dayAt(e); ok { // "last Oct. 23"
			return f.dayMatch(de, y, mo, d), true
		}
		return dateMatch{end: e, kind: DateDate, value: fourDigits(y) + "-" + twoDigits(int(mo))}, true
	}
	if wd, e, ok := f.weekdayWord(j); ok {
		if f.ref.IsZero() {
			return dateMatch{end: e, kind: DateDate, value: "XXXX-WXX-" + itoa(isoWeekday(wd))}, true
		}
		delta := int(wd) - int(ref.Weekday())
		switch {
		case dir < 0 && delta >= 0:
			delta -= 7
		case dir > 0 && delta <= 0:
			delta += 7
		}
		day := ref.AddDate(0, 0, delta)
		return dateMatch{end: e, kind: DateDate, value: day.Format("2006-01-02"), day: day, hasDay: true}, true
	}
	return dateMatch{}, false
}

// seasonValue resolves "last fall", "this summer", "next winter".
func (f *dateFinder) seasonValue(code string, dir int) string {
	if f.ref.IsZero() {
		return "XXXX-" + code
	}
	y := f.ref.Year()
	switch start := seasonStarts[code]; {
	case dir < 0 && start > f.ref.Month()-1:
		y--
	case dir > 0 && start <= f.ref.Month():
		y++
	}
	return fourDigits(y) + "-" + code
}

// seasonStarts are the first months of the seasons (northern, as news
// in English mostly means).
var seasonStarts = map[string]time.Month{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// weekValue formats the ISO week of t: "2019-W07".
func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	return fourDigits(y) + "-W" + twoDigits(w)
}

// offsetFromDay reads an amount of time counted from a named day, which
// names one day: "two weeks before May 13, 1999", "three days after
// Christmas", "four months from tomorrow", "a week after next Friday",
// "the day before Christmas".
// Amounts counted from an event ("two days after the vote") or from a
// month or year stay durations, read elsewhere; so do hours and minutes
// ("3 minutes from today"), which would move a day to no time of it.
func (f *dateFinder) offsetFromDay(k int) (dateMatch, bool) {
	n, unit, e, ok := f.amount(k)
	if !ok && f.word(k) == "day" && is(f.lower, f.toks, k-1, "the") {
		n, unit, e, ok = 1, dateUnits["day"], k+1, true // "the day before Christmas", "the day after March 3"
	}
	if !ok || unit.time || !isWhole(n*unit.scale) || !is(f.lower, f.toks, e, "before", "after", "from") {
		return dateMatch{}, false
	}
	if is(f.lower, f.toks, e-2, "business", "working", "trading", "school", "banking", "work") {
		return dateMatch{}, false // "eight trading days after Oct. 12": no calendar count
	}
	anchor, ok := f.coreAt(e + 1)
	if !ok || anchor.kind != DateDate || !anchor.hasDay || len(anchor.value) != len("2006-01-02") || !isCalendarValue(anchor.value) {
		return dateMatch{}, false
	}
	count := int(math.Round(n * unit.scale))
	if is(f.lower, f.toks, e, "before") {
		count = -count
	}
	day := anchor.day
	switch unit.letter {
	case "Y":
		day = day.AddDate(count, 0, 0)
	case "M":
		day = day.AddDate(0, count, 0)
	case "W":
		day = day.AddDate(0, 0, 7*count)
	default:
		day = day.AddDate(0, 0, count)
	}
	return dateMatch{first: k, end: anchor.end, kind: DateDate, value: day.Format("2006-01-02"), day: day, hasDay: true, takesThe: true}, true
}

// agoDate reads a date counted from the reference: "two days ago", "a
// year earlier", "six weeks ago", "three years from now"; its value has
// the unit's precision.
func (f *dateFinder) agoDate(k int) (dateMatch, bool) {
	m, ok := f.countedDate(k)
	m.counted = true
	return m, ok
}

func (f *dateFinder) countedDate(k int) (dateMatch, bool) {
	n, unit, j, ok := f.amount(k)
	if !ok {
		return dateMatch{}, false
	}
	j = f.roughlyEnd(j)
	dir, anchored := 0, is(f.lower, f.toks, j, "later", "earlier", "before")
	if is(f.lower, f.toks, j, "before") && (is(f.lower, f.toks, j+1, subjectsAfterBefore...) || f.gerundAt(j+1)) {
		// "burned for three days before it was contained", "must wait 30
		// days before closing the purchase": "before" opens a clause or
		// names an act; the days are a duration.
		return dateMatch{}, false
	}
	switch {
	case is(f.lower, f.toks, j, "ago", "earlier", "before", "previously"):
		dir, j = -1, j+1
	case f.narratedLater(k, j):
		return dateMatch{}, false // a duration: see narratedLater
	case is(f.lower, f.toks, j, "later", "hence"):
		dir, j = 1, j+1
	case is(f.lower, f.toks, j, "from") && is(f.lower, f.toks, j+1, "now"):
		dir, j = 1, j+2
	default:
		return dateMatch{}, false
	}
	if f.ref.IsZero() {
		return dateMatch{end: j, kind: DateDate, value: "XXXX-XX-XX"}, true
	}
	amount := n * unit.scale * float64(dir)
	if beyondCalendar(amount, unit) { // "4.5 billion years ago"
		value := "PAST_REF"
		if dir > 0 {
			value = "FUTURE_REF"
		}
		return dateMatch{end: j, kind: DateDate, value: value}, true
	}
	ref := f.refDay()
	if anchored {
		ref = f.anchoredRef(k)
	}
	if unit.time {
		per := map[string]time.Duration{"H": time.Hour, "M": time.Minute, "S": time.Second}[unit.letter]
		t := f.ref.Add(time.Duration(amount * float64(per)))
		return dateMatch{end: j, kind: DateTime, value: t.Format("2006-01-02T15:04")}, true
	}
	switch unit.letter {
	case "Y":
		if amount == -1 && unit.scale == 1 && f.quarter != "" {
			return dateMatch{end: j, kind: DateDate, value: f.yearBeforeQuarter()}, true
		}
		y := ref.Year() + int(amount)
		if unit.scale >= 10 {
			return dateMatch{end: j, kind: DateDate, value: itoa(y / 10)}, true
		}
		return dateMatch{end: j, kind: DateDate, value: fourDigits(y)}, true
	case "M":
		return dateMatch{end: j, kind: DateDate, value: ref.AddDate(0, int(amount), 1-ref.Day()).Format("2006-01")}, true
	case "W":
		return dateMatch{end: j, kind: DateDate, value: weekValue(ref.AddDate(0, 0, 7*int(amount)))}, true
	case "D":
		day := ref.AddDate(0, 0, int(amount))
		return dateMatch{end: j, kind: DateDate, value: day.Format("2006-01-02"), day: day, hasDay: true}, true
	}
	return dateMatch{}, false
}

// gerundAt reports a lower-case word in "-ing" at token k, the verb of
// an act after "before" ("before closing", "before leaving office").
// "Morning" and "evening" end so and are no acts.
func (f *dateFinder) gerundAt(k int) bool {
	w := f.word(k)
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !f.isCapitalized(k) && partsOfDay[w] == ""
}

// roughlyEnd skips the words after an amount of time that make it
// rough, "or so" and "or" with a second count ("a week or so ago", "a
// year or two ago"), and returns the token after them, or j: the amount
// counts back or on as the first one does.
func (f *dateFinder) roughlyEnd(j int) int {
	if !is(f.lower, f.toks, j, "or") {
		return j
	}
	if is(f.lower, f.toks, j+1, "so") {
		return j + 2
	}
	if n, ok := f.number(j + 1); ok && n.first == j+1 && !n.ordinal && is(f.lower, f.toks, n.end, "ago", "later", "earlier") {
		return n.end // "a year or two ago"; not "a year or two years"
	}
	return j
}

// narratedLater reports an amount of time at tokens [k, e) before
// "later" in a sentence not told in the future, with no date written
// before it: "Three days later, the index fell", "Police arrived an hour
// later", "But a minute and a half later, a pilot calls in" (the
// historical present of broadcast news). It counts from an event the
// story tells, not from the writing, and TimeML (TimeBank) annotates the
// amount as a duration, with "later" its signal. Counted from a date
// before it ("on March 2 ... two days later") or told in the future
// ("will rule three days later"), it is a date.
func (f *dateFinder) narratedLater(k, e int) bool {
	if !is(f.lower, f.toks, e, "later") || f.tense(k, e) > 0 {
		return false
	}
	_, anchored := f.anchorBefore(k)
	return !anchored
}

// beyondCalendar reports whether amount units away from the reference
// falls outside the four-digit years that TIMEX3 dates can write.
func beyondCalendar(amount float64, unit dateUnit) bool {
	var perYear float64
	switch {
	case unit.time && unit.letter == "H":
		perYear = 8766
	case unit.time && unit.letter == "M":
		perYear = 525960
	case unit.time:
		perYear = 31557600
	case unit.letter == "Y":
		perYear = 1
	case unit.letter == "M":
		perYear = 12
	case unit.letter == "W":
		perYear = 52
	default:
		perYear = 365
	}
	return math.Abs(amount)/perYear > 5000
}

// amount reads a count of a unit: "two days", "a year", "18 months",
// "2 1/2 years", "16-hour", "a minute and a half"; it returns the count,
// the unit and the token after them. It remembers its last answer:
// agoDate and duration both read the amount at the token coreAt tries.
func (f *dateFinder) amount(k int) (float64, dateUnit, int, bool) {
	m := &f.lastAmount
	if m.k1 != k+1 {
		m.n, m.unit, m.end, m.ok = f.readAmount(k)
		m.k1 = k + 1
	}
	return m.n, m.unit, m.end, m.ok
}

// amountWordsAfter is how many tokens readAmount may skip between a
// count and its unit: a hyphen ("16-hour"), "more" ("two more days") and
// "business" ("4 business days"), one each.
const amountWordsAfter = 3

// hasClassWithin reports whether a token of toks[from:to+1] is a word of
// class c.
func hasClassWithin(toks []etok, from, to int, c wordClass) bool {
	for k := max(from, 0); k <= to && k < len(toks); k++ {
		if toks[k].class&c != 0 {
			return true
		}
	}
	return false
}

// amountMemo is amount's answer at token k1-1 (zero: none yet).
type amountMemo struct {
	k1   int
	n    float64
	unit dateUnit
	end  int
	ok   bool
}

func (f *dateFinder) readAmount(k int) (float64, dateUnit, int, bool) {
	v, j, ok := f.countAt(k)
	if !ok || !hasClassWithin(f.toks, j, j+amountWordsAfter, sUnit) {
		// Most counts: no unit of time where the words after them may
		// end. TestAmountExit reads the texts without this exit too.
		return 0, dateUnit{}, k, false
	}
	return f.unitOfCount(k, v, j)
}

// countAt reads the count of an amount of time at token k, "two", "a",
// "half an", "18", "2 1/2", and returns it with the token after it; ok is
// false when there is none, or no unit of time in the rest of the text.
func (f *dateFinder) countAt(k int) (v float64, j int, ok bool) {
	if !f.unitAhead(k) {
		return 0, k, false // no unit of time to count
	}
	toks := f.toks
	j = k
	switch {
	case is(f.lower, toks, k, "half") && is(f.lower, toks, k+1, "a", "an"): // "half an hour"
		v, j = 0.5, k+2
	case is(f.lower, toks, k, "one") && is(f.lower, toks, k+1, "and"): // "one and a half hours"
		n, ok := f.number(k)
		if !ok || n.ordinal {
			return 0, k, false
		}
		v, j = n.value, n.end
	case is(f.lower, toks, k, "a", "an", "one") && !isClass(toks, k+1, sScaleWord):
		v, j = 1, k+1
	case is(f.lower, toks, k, "a", "an"):
		n, ok := f.number(k + 1)
		if !ok {
			return 0, k, false
		}
		v, j = n.value, n.end
	default:
		n, ok := f.number(k)
		if !ok || n.ordinal || n.value <= 0 || n.first != k {
			return 0, k, false
		}
		v, j = n.value, n.end
		if n.fraction && is(f.lower, toks, j-1, "quarters") && is(f.lower, toks, k-1, "last", "past", "next", "previous", "first", "coming") {
			if c, ok := cardinalOf(f.text, f.lower, toks, k); ok { // "the last 2 quarters" counts quarters
				v, j = c.value, c.end
			}
		}
	}
	if !isFinite(v) {
		return 0, k, false // "1e400 years"
	}
	return v, j, true
}

// unitOfCount reads the unit of time after the count v of an amount at
// token k, which ends at token j: "two more days", "16-hour", "a minute
// and a half"; it returns the count, the unit and the token after them.
func (f *dateFinder) unitOfCount(k int, v float64, j int) (float64, dateUnit, int, bool) {
	toks := f.toks
	if is(f.lower, toks, j, "-") && glued(toks, j) && glued(toks, j+1) {
		j++ // "16-hour", "one-year"
	}
	if is(f.lower, toks, j, "more", "additional", "full", "straight", "consecutive", "whole", "entire") {
		j++ // "two more days", "a whole day", "an entire week"
	}
	if is(f.lower, toks, j, "business", "working", "trading") && is(f.lower, toks, j+1, "days", "day") {
		j++ // "the next 4 business days"
	}
	// "quarters" is a count of quarters of a year after "last" or "next"
	// ("the last 2 quarters"), else more likely a fraction ("three quarters").
	quarters := f.word(j) == "quarters" && is(f.lower, toks, k-1, "last", "past", "next", "previous", "first", "coming")
	u, ok := f.unitAt(j)
	if !ok || (f.word(j) == "quarter" || f.word(j) == "quarters") && !quarters || is(f.lower, toks, j+1, "-") && is(f.lower, toks, j+2, "ago", "earlier", "old") {
		return 0, dateUnit{}, k, false // "a year-earlier" is yearAgo's
	}
	if f.word(j) == "second" && v == 1 && !is(f.lower, toks, k, "one") {
		return 0, dateUnit{}, k, false // "a second" is also an ordinal
	}
	if f.word(j) == "second" && is(f.lower, toks, j+1, "-", "‑") && glued(toks, j+1) {
		return 0, dateUnit{}, k, false // an ordinal adjective: "$1.2 billion second-quarter loss"
	}
	j++
	if is(f.lower, toks, j, "and") && is(f.lower, toks, j+1, "a") && is(f.lower, toks, j+2, "half") {
		v += 0.5
		j += 3
	}
	return v, u, j, true
}

// duration reads a span of time: "five years", "the past two months", "the
// next five years", "16-hour", "a few days", "several months", "recent
// weeks", "decades", "the nine months", "a minute and a half".
func (f *dateFinder) duration(k int) (dateMatch, bool) {
	if !f.unitAhead(k) {
		// Every form names a unit of time at k or after it ("five years",
		// "the whole year", "several weeks"): a spelled run has none.
		// TestAheadExits reads the texts without this exit too.
		return dateMatch{}, false
	}
	toks := f.toks
	j := k
	if toks[k].class&durationModifierClasses != 0 && is(f.lower, toks, j, durationModifiers...) {
		j++
	}
	if m, ok := f.wholeUnit(k); ok {
		return m, true
	}
	if m, ok := f.anotherUnit(k); ok {
		return m, true
	}
	if n, unit, e, ok := f.amount(j); ok {
		if j == k && n == 1 && f.afterUnit(k) {
			return dateMatch{}, false // "barrels a day": the quantity's rate
		}
		if j == k && n == 1 && f.afterFigure(k) {
			// "4 per cent a year", "$5 a share": a rate, which TimeML
			// calls a set.
			return dateMatch{end: e, kind: DateSet, value: durationValue(1, unit)}, true
		}
		if y, ye, ok := f.yearAt(e + 1); ok && n == 2 && unit.scale == 3 && is(f.lower, toks, k, "first") && is(f.lower, toks, e, "of") {
			// "the first two quarters of 1990" is the first half of it (TimeBank
			// keeps "the first nine months" and "of 1997" apart)
			return dateMatch{end: ye, kind: DateDate, value: fourDigits(y) + "-H1", takesThe: true}, true
		}
		if is(f.lower, toks, e, "ago", "earlier", "hence", "old") || is(f.lower, toks, e, "later") && !f.narratedLater(k, e) ||
			is(f.lower, toks, e, "from") && is(f.lower, toks, e+1, "now") ||
			is(f.lower, toks, e, "-") && is(f.lower, toks, e+1, "old") || is(f.lower, toks, e, "of") && is(f.lower, toks, e+1, "age") {
			// Dates counted from now; ages, which are figures. An amount
			// counted from anything else ("3 minutes from today", "five
			// years from the signing") is a duration.
			return dateMatch{}, false
		}
		return dateMatch{end: e, kind: DateDuration, value: durationValue(n, unit), takesThe: true}, true
	}
	if j < len(toks) && toks[j].kind == tokNum {
		return dateMatch{}, false // an amount in digits is read above
	}
	return f.vagueDuration(k, j)
}

// durationModifiers are the words before the amount of a duration:
// "the past two months", "the next five years", "the whole year".
var durationModifiers = []string{"past", "last", "next", "coming", "first", "latest", "previous", "following",
	"entire", "full", "whole", "same", "final", "initial", "recent", "another"}

// durationModifierClasses are classes that each of durationModifiers has
// (TestDurationModifierClasses), so that duration asks the list only of
// words of them; digits have none.
const durationModifierClasses = sRelative | sVague | sUnit

// anotherUnit reads one more unit of time, "another day", "another
// year": a count of one, as "a day" is. "Another two weeks" and "another
// few months" are read as amounts after the modifier "another".
func (f *dateFinder) anotherUnit(k int) (dateMatch, bool) {
	if !is(f.lower, f.toks, k, "another") {
		return dateMatch{}, false
	}
	w := f.word(k + 1)
	u, ok := f.unitAt(k + 1)
	if !ok || strings.HasSuffix(w, "s") || u.letter == "" || w == "quarter" || w == "second" ||
		f.isCapitalized(k+1) || shortUnitNames[w] {
		return dateMatch{}, false // "another quarter of the budget", "another second-half goal", "another SEC official"
	}
	return dateMatch{end: k + 2, kind: DateDuration, value: durationValue(1, u)}, true
}

// wholeUnit reads one whole unit of time without a count: "the whole
// year", "the entire month" (one year, one month: TimeML's P1Y, P1M).
// "All day" and "all week" stay out, as TimeBank leaves them (the
// Recognizers-Text cases mark them; the two disagree).
func (f *dateFinder) wholeUnit(k int) (dateMatch, bool) {
	if !is(f.lower, f.toks, k, "whole", "entire") {
		return dateMatch{}, false
	}
	w := f.word(k + 1)
	u, ok := f.unitAt(k + 1)
	if !ok || strings.HasSuffix(w, "s") || u.letter == "" || w == "quarter" || w == "second" || partsOfDay[w] != "" {
		return dateMatch{}, false // "whole quarters"; "the whole night" is no day
	}
	return dateMatch{end: k + 2, kind: DateDuration, value: durationValue(1, u), takesThe: true}, true
}

// vagueDuration reads a duration whose amount is words, not a number
// (token j, after the modifier at k if any): "a few days", "several
// months", "recent weeks", "years".
func (f *dateFinder) vagueDuration(k, j int) (dateMatch, bool) {
	if !hasClassWithin(f.toks, j, j+vagueWordsBefore, sUnit) {
		// Most tokens: no unit of time where the unit may be.
		// TestVagueDurationExit reads texts without this exit too.
		return dateMatch{}, false
	}
	return f.readVagueDuration(k, j)
}

// vagueWordsBefore is how many tokens readVagueDuration may read before
// the unit: "a couple of" (three), "a few" (two), "several" (one).
const vagueWordsBefore = 3

// readVagueDuration is vagueDuration without its early exit.
func (f *dateFinder) readVagueDuration(k, j int) (dateMatch, bool) {
	toks := f.toks
	e := j
	if is(f.lower, toks, e, "a") && is(f.lower, toks, e+1, "few", "couple") {
		e++
	}
	couple := is(f.lower, toks, e, "couple") // "a couple of years", "the next couple of years": two
	if couple {
		e++
		if is(f.lower, toks, e, "of") {
			e++
		}
	} else if is(f.lower, toks, e, "few", "several", "many", "some", "coming", "recent") {
		e++
	}
	w := f.word(e)
	u, unit := f.unitAt(e)
	if unit && couple && strings.HasSuffix(w, "s") {
		return dateMatch{end: e + 1, kind: DateDuration, value: durationValue(2, u), takesThe: true}, true
	}
	if unit && strings.HasSuffix(w, "s") && w != "seconds" && w != "quarters" {
		if e == k && !is(f.lower, toks, k-1, "for", "in", "over", "within", "of", "took", "take", "takes", "lasted") {
			return dateMatch{}, false // a bare plural counts only after "for", "in", "over"
		}
		if is(f.lower, toks, e+1, "ago") { // "several years ago": some time before
			return dateMatch{end: e + 2, kind: DateDate, value: "PAST_REF"}, true
		}
		letter := u.letter
		if v, ok := vagueUnits[w]; ok {
			letter = v
		}
		if u.time {
			letter = "T" + letter
			return dateMatch{end: e + 1, kind: DateDuration, value: "PTX" + letter[1:], takesThe: true}, true
		}
		return dateMatch{end: e + 1, kind: DateDuration, value: "PX" + letter, takesThe: true}, true
	}
	return dateMatch{}, false
}

// unitAt returns the unit of time that token k names ("days", "year"),
// looked up only for words of its class.
func (f *dateFinder) unitAt(k int) (dateUnit, bool) {
	if !isClass(f.toks, k, sUnit) {
		return dateUnit{}, false
	}
	u, ok := dateUnits[f.toks[k].in(f.lower)]
	return u, ok
}

// afterUnit reports whether the "a" or "per" at token k follows the unit
// of a quantity ("120 kilometres per hour", "2 million tonnes a year").
func (f *dateFinder) afterUnit(k int) bool {
	return k > 0 && is(f.lower, f.toks, k, "a", "an", "per") && unitEnds[f.toks[k-1].in(f.lower)]
}

// afterFigure reports whether the "a" or "per" at token k follows a
// figure: a number, a percent or a currency word, or a count of things
// ("300 meals a day", "forty cars an hour").
func (f *dateFinder) afterFigure(k int) bool {
	if !is(f.lower, f.toks, k, "a", "an", "per") || k == 0 {
		return false
	}
	p := &f.toks[k-1]
	if p.kind == tokNum || p.in(f.lower) == "%" || p.in(f.lower) == "cent" || p.in(f.lower) == "percent" {
		return true
	}
	_, money := currencyWord(p.in(f.lower))
	return money || scaleWords[p.in(f.lower)] > 0 || scaleAbbreviations[p.in(f.lower)] > 0 || f.countedNoun(k-1)
}

// countedNoun reports a plural noun at token k that a number counts:
// "300 meals", "forty cars", "2 million visitors".
func (f *dateFinder) countedNoun(k int) bool {
	w := &f.toks[k]
	if k == 0 || w.kind != tokWord || len(w.in(f.lower)) < 3 || !strings.HasSuffix(w.in(f.lower), "s") || f.text[w.start:w.end] != w.in(f.lower) {
		return false
	}
	if _, ok := dateUnits[w.in(f.lower)]; ok {
		return false // "12 hours a day" is a duration's rate, left to TimeML's reading
	}
	p := &f.toks[k-1]
	return p.kind == tokNum || startsCardinal(f.text, p) || scaleWords[p.in(f.lower)] > 0 || scaleAbbreviations[p.in(f.lower)] > 0
}

// durationValue formats n units as a TIMEX3 duration: P5Y, PT16H, P20Y
// for two decades. A fraction goes to the next smaller unit when it
// makes a whole number of it, as TimeML writes it: P2Y6M for two and a
// half years, PT5H30M, P1DT12H; other fractions stay decimal (P1.2Y).
func durationValue(n float64, u dateUnit) string {
	v := n * u.scale
	whole, frac := math.Modf(v)
	if sub, per, ok := smallerUnit(u); ok && frac != 0 && isWhole(frac*per) {
		head := ""
		if whole != 0 {
			head = formatNumber(whole) + u.letter
		}
		tail := formatNumber(math.Round(frac*per)) + sub.letter
		switch {
		case sub.time && !u.time:
			return "P" + head + "T" + tail
		case sub.time:
			return "PT" + head + tail
		}
		return "P" + head + tail
	}
	if u.time {
		return "PT" + formatNumber(v) + u.letter
	}
	return "P" + formatNumber(v) + u.letter
}

// smallerUnit is the unit below u, and how many of it make one u.
func smallerUnit(u dateUnit) (dateUnit, float64, bool) {
	switch {
	case u.time && u.letter == "H":
		return dateUnit{"M", 1, true}, 60, true
	case u.time && u.letter == "M":
		return dateUnit{"S", 1, true}, 60, true
	case u.time:
		return dateUnit{}, 0, false
	case u.letter == "Y":
		return dateUnit{"M", 1, false}, 12, true
	case u.letter == "W":
		return dateUnit{"D", 1, false}, 7, true
	case u.letter == "D":
		return dateUnit{"H", 1, true}, 24, true
	}
	return dateUnit{}, 0, false
}

// isWhole reports whether v is a whole number, give or take rounding.
func isWhole(v float64) bool { return math.Abs(v-math.Round(v)) < 1e-9 }

// formatNumber writes v in decimal, without exponent or trailing zeros.
func formatNumber(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}
