package lede

import "strings"

// isDottedClock reports digits written as a British time, "6.45":
// one or two digits, a point, two digits.
func isDottedClock(text string, t *etok) bool {
	hh, mm, ok := strings.Cut(text[t.start:t.end], ".")
	return t.kind == tokNum && ok && len(hh) >= 1 && len(hh) <= 2 && len(mm) == 2 && isInteger(hh) && isInteger(mm)
}

// endsBareTime reports whether token k can follow a time written without
// "am" or "pm" ("at 6.45, he left", "at 6.45 on Friday"): punctuation, a
// time zone or a word that goes on to the day; not "billion" or "%".
func (f *dateFinder) endsBareTime(k int) bool {
	if k >= len(f.toks) || timeZones[f.word(k)] {
		return true
	}
	if f.toks[k].kind == tokSym {
		return f.word(k) != "%"
	}
	return is(f.lower, f.toks, k, "on", "in", "and", "to", "until", "today", "tonight", "tomorrow", "yesterday", "this", "last", "next")
}

// clockTime reads a time of day: "3 p.m.", "3pm", "10:30", "10:30 GMT",
// "15:00", "noon", "midnight", "9 o'clock". Its value is the reference
// day at that time ("2019-03-08T15:00"), or "T15:00" with no reference;
// joined reads a day written next to it.
func (f *dateFinder) clockTime(k int) (dateMatch, bool) {
	past := f.clockPast(k)
	if f.noClockAt(k, past) {
		return dateMatch{}, false // most numbers: no mark of a time next to them
	}
	return f.clockTimeFrom(k, past)
}

// noClockAt reports that clockTime finds no time at token k in digits
// that does not start one counted past or to the hour (past is
// clockPast(k)): there the digits must be an hour of one or two digits
// with a mark of a time next to them (see clockMarkNear), or a dotted
// time ("6.45").
func (f *dateFinder) noClockAt(k, past int) bool {
	if k >= len(f.toks) || f.toks[k].kind != tokNum || past != k {
		return false
	}
	if f.intAt(k, 2) {
		return !f.clockMarkNear(k)
	}
	return !isDottedClock(f.text, &f.toks[k])
}

// clockMarkNear reports whether the hour in digits at token k has what
// clockTimeFrom needs to read it as a time: minutes after it ("10:30"),
// a meridiem, "o'clock", "noon" or "midnight" after it ("3 pm", "12
// noon"), a word before it that expects a time ("at 5", "from 2"), or a
// range to an hour with its meridiem ("9-10 am").
func (f *dateFinder) clockMarkNear(k int) bool {
	toks := f.toks
	// The marks are words and signs: digits next to the hour (a run of
	// numbers, "1 2 3") are none, and are turned away before the lists.
	after := k+1 < len(toks) && toks[k+1].kind != tokNum
	before := k > 0 && toks[k-1].kind != tokNum
	return after && is(f.lower, toks, k+1, ":", ".") && glued(toks, k+1) ||
		after && is(f.lower, toks, k+1, "am", "pm", "a", "p", "o'clock", "oclock", "noon", "midnight") ||
		before && is(f.lower, toks, k-1, "from", "between", "at", "around", "about", "by", "until", "till", "before", "after", "circa") ||
		after && is(f.lower, toks, k+1, "-", "–", "to") && f.hourWithMeridiem(k+2) // "9-10 am", "6 - 7:30 p.m."
}

// hourWithMeridiem reports an hour in digits at token k, perhaps with
// its minutes, and a meridiem after it: "10 am", "7:30 p.m.".
func (f *dateFinder) hourWithMeridiem(k int) bool {
	if k >= len(f.toks) || f.toks[k].kind != tokNum {
		return false
	}
	if is(f.lower, f.toks, k+1, ":") && k+2 < len(f.toks) && f.toks[k+2].kind == tokNum {
		k += 2
	}
	return is(f.lower, f.toks, k+1, "am", "pm", "a", "p")
}

// clockTimeFrom is clockTime without its early exit; past is clockPast(k).
func (f *dateFinder) clockTimeFrom(k, past int) (dateMatch, bool) {
	toks := f.toks
	var h, m int
	seconds := -1 // none written
	end := k
	switch w := f.word(k); {
	case w == "noon" || w == "midday":
		h, end = 12, k+1
	case w == "midnight":
		h, end = 24, k+1
	case past > k:
		h, m, end = f.pastTime(k, past)
	case k < len(toks) && toks[k].kind == tokWord:
		// an hour in words: "six pm", "seven o'clock", "six forty-five
		// pm", "at three thirty"
		if f.countsHundreds(k) {
			return dateMatch{}, false
		}
		n, ok := f.number(k)
		if !ok || !n.words || n.ordinal || n.value < 1 || n.value > 12 || !isWhole(n.value) ||
			is(f.lower, toks, k-1, "-") && glued(toks, k) { // the "five" of "forty-five"
			return dateMatch{}, false
		}
		h, end = int(n.value), n.end
		minutes, me, hasMinutes := f.wordMinutes(end)
		if hasMinutes {
			m, end = minutes, me
		}
		meridiem, e := f.meridiem(end)
		switch {
		case meridiem != "":
			h, end = meridiemHour(h, meridiem), e
		case !hasMinutes && is(f.lower, toks, end, "o'clock", "oclock"):
			end++
		case hasMinutes && is(f.lower, toks, k-1, "at", "from", "to", "until", "till", "by", "between", "and", "around", "about") && f.endsBareTime(end):
		default:
			return dateMatch{}, false
		}
	case k < len(toks) && (f.intAt(k, 2) || isDottedClock(f.text, &toks[k])):
		end = k + 1
		hasMinutes := false
		if hh, mm, dotted := strings.Cut(toks[k].in(f.lower), "."); dotted {
			// "6.45 pm", "at 6.45": a decimal is a time only so marked
			if f.meridiemAt(end) == "" && (!is(f.lower, toks, k-1, "at") || !f.endsBareTime(end)) {
				return dateMatch{}, false // "at 2.46 billion guilders"
			}
			h, m, hasMinutes = atoi(hh), atoi(mm), true
		} else {
			h = atoi(toks[k].in(f.lower))
		}
		if !hasMinutes && is(f.lower, toks, end, ":", ".") && glued(toks, end) && glued(toks, end+1) && f.intAt(end+1, 2) && len(toks[end+1].in(f.lower)) == 2 {
			m = atoi(toks[end+1].in(f.lower))
			end += 2
			hasMinutes = true
			if sec, e, ok := f.clockSeconds(end); ok {
				seconds, end = sec, e
			}
		}
		meridiem, e := f.meridiem(end)
		switch {
		case meridiem != "":
			end = e
			if h < 1 || h > 12 {
				return dateMatch{}, false
			}
			h = meridiemHour(h, meridiem)
		case is(f.lower, toks, end, "o'clock", "oclock"):
			end++
		case h == 12 && is(f.lower, toks, end, "noon", "midnight"): // "12 noon"
			if f.word(end) == "midnight" {
				h = 24
			}
			end++
		case hasMinutes:
			// "10:30", "15:00", "at 6.45": minutes make it a time; "9:30
			// last night" is in the evening, "7:00 to 8:00 p.m." too
			if h < 12 {
				h = hourInPart(h, f.relativePartAt(end))
			}
			h = f.rangeStartHour(h, end)
		case (is(f.lower, toks, k-1, "from", "between") || is(f.lower, toks, end, "-", "–", "to") && h >= 1 && h <= 12) && f.rangeEndHour(end) >= 0:
			h = f.rangeStartHour(h, end) // "from 2 to 4 p.m.", "open 9-10 am"
		default:
			// "at 5 in the morning"; "ate 3 in the evening" counts
			if !is(f.lower, toks, k-1, "at", "around", "about", "by", "until", "till", "before", "after", "circa") || h < 1 || h > 12 {
				return dateMatch{}, false
			}
			if ph, pe := f.partOfDayAfter(h, end); pe > end {
				h, end = ph, pe
				break
			}
			// "at 9 this morning": joined adds the day and its part
			part := f.relativePartAt(end)
			if part == "" {
				return dateMatch{}, false
			}
			h = hourInPart(h, part)
		}
		if h > 24 || m > 59 {
			return dateMatch{}, false
		}
	default:
		return dateMatch{}, false
	}
	if timeZones[f.word(end)] {
		end++
	}
	value := "T" + twoDigits(h) + ":" + twoDigits(m)
	if seconds >= 0 {
		value += ":" + twoDigits(seconds)
	}
	if !f.ref.IsZero() {
		value = f.refDay().Format("2006-01-02") + value
	}
	return dateMatch{end: end, kind: DateTime, value: value}, true
}

// wordMinutes reads the minutes of a time in words after its hour:
// "thirty", "forty-five", "oh five".
func (f *dateFinder) wordMinutes(k int) (int, int, bool) {
	if !f.hasClass(k, sNumberWord) && f.word(k) != "oh" {
		return 0, k, false
	}
	if f.word(k) == "oh" {
		if n, ok := f.number(k + 1); ok && n.words && isWhole(n.value) && n.value >= 1 && n.value <= 9 {
			return int(n.value), n.end, true
		}
		return 0, k, false
	}
	n, ok := f.number(k)
	if !ok || !n.words || n.ordinal || !isWhole(n.value) || n.value < 10 || n.value > 59 {
		return 0, k, false
	}
	return int(n.value), n.end, true
}

// meridiemHour is hour h (1 to 12) of the meridiem on a 24-hour clock.
func meridiemHour(h int, meridiem string) int {
	switch {
	case meridiem == "pm" && h != 12:
		return h + 12
	case meridiem == "am" && h == 12:
		return 0
	}
	return h
}

// clockPast returns the token of the hour in "half past seven", "quarter
// to nine", "10 past 9", "twenty minutes past eight", or k when token k
// starts none. Only "quarter" and minutes named so take "to": "five to
// ten" is a range.
func (f *dateFinder) clockPast(k int) int {
	toks := f.toks
	if k >= len(toks) || toks[k].kind != tokNum && toks[k].class&(sNumberWord|sClock) == 0 {
		return k // only a number, "half" or "quarter" starts one
	}
	j := k
	switch {
	case is(f.lower, toks, k, "half", "quarter"):
		j = k + 1
	case f.countsHundreds(k): // "one hundred and …": no minutes
		return k
	default:
		n, ok := f.number(k)
		if !ok || n.ordinal || !isWhole(n.value) || n.value < 1 || n.value >= 60 {
			return k
		}
		j = n.end
		if is(f.lower, toks, j, "minutes", "minute", "min", "mins") {
			j++
		}
	}
	if j < len(toks) && toks[j].kind == tokNum {
		return k // a number after the number ("1 2"): none of the words below
	}
	if !is(f.lower, toks, j, "past", "after") && !(is(f.lower, toks, j, "to") && (is(f.lower, toks, k, "quarter") || is(f.lower, toks, j-1, "minutes", "minute", "min", "mins"))) {
		return k
	}
	if _, ok := f.clockHour(j + 1); !ok {
		return k
	}
	n, _ := f.number(j + 1)
	if marked := f.meridiemAt(n.end) != "" || is(f.lower, toks, n.end, "o'clock", "oclock"); !marked &&
		(is(f.lower, toks, n.end, "of", "percent", "%") || f.nounAfter(n.end)) {
		return k // "a quarter to three of them"
	}
	return j + 1
}

// clockHour reads an hour of the clock, 1 to 12, in digits or words.
func (f *dateFinder) clockHour(k int) (int, bool) {
	n, ok := f.number(k)
	if !ok || n.first != k || n.ordinal || n.value < 1 || n.value > 12 || !isWhole(n.value) {
		return 0, false
	}
	return int(n.value), true
}

// pastTime reads the time that starts at token k and has its hour at
// token at (see clockPast): its hour, minute and end, with the "o'clock",
// meridiem or "in the evening" after it.
func (f *dateFinder) pastTime(k, at int) (h, m, end int) {
	toks := f.toks
	h, _ = f.clockHour(at)
	n, _ := f.number(at)
	end = n.end
	switch w := f.word(k); {
	case w == "half":
		m = 30
	case w == "quarter":
		m = 15
	default:
		n, _ := f.number(k)
		m = int(n.value)
	}
	if is(f.lower, toks, at-1, "to") {
		h, m = h-1, 60-m
		if h == 0 {
			h = 12
		}
	}
	switch meridiem, e := f.meridiem(end); {
	case meridiem != "":
		h, end = meridiemHour(h, meridiem), e
	case is(f.lower, toks, end, "o'clock", "oclock"):
		end++
	default:
		h, end = f.partOfDayAfter(h, end)
	}
	return h, m, end
}

// partOfDayAfter reads "in the morning", "in the afternoon", "in the
// evening" or "at night" after an hour h ending before token k, and
// returns the hour on a 24-hour clock and the end; k when none follows,
// or when a noun makes it a phrase of its own ("5 in the morning raid").
func (f *dateFinder) partOfDayAfter(h, k int) (int, int) {
	toks := f.toks
	var end int
	switch {
	case is(f.lower, toks, k, "in") && is(f.lower, toks, k+1, "the") && is(f.lower, toks, k+2, "morning", "afternoon", "evening"):
		end = k + 3
	case is(f.lower, toks, k, "at") && is(f.lower, toks, k+1, "night"):
		end = k + 2
	default:
		return h, k
	}
	if f.nounAfter(end) {
		return h, k
	}
	return hourInPart(h, f.word(end-1)), end
}

// hourInPart is hour h (1 to 12) in the part of the day on a 24-hour
// clock: 12 in the morning is 0, 4 in the afternoon 16, 11 at night 23.
func hourInPart(h int, part string) int {
	switch {
	case part == "morning" && h == 12:
		return 0
	case part == "night" && h == 12:
		return 24
	case (part == "afternoon" || part == "evening" || part == "night" && h >= 6) && h < 12:
		return h + 12
	}
	return h
}

// rangeEndHour returns the hour, on a 24-hour clock, of the time with
// its meridiem written ("4 p.m.") that ends a range whose start ends
// before token k ("2 to 4 p.m.", "between 2 and 4 p.m."); -1 if none.
func (f *dateFinder) rangeEndHour(k int) int {
	if !is(f.lower, f.toks, k, "to", "until", "till", "-", "–") && !(is(f.lower, f.toks, k, "and") && f.betweenBefore(k)) {
		return -1
	}
	t, ok := f.clockTime(k + 1)
	if !ok {
		return -1
	}
	for j := k + 1; j < t.end; j++ {
		if f.meridiemAt(j) != "" {
			at := strings.IndexByte(t.value, 'T')
			return atoi(t.value[at+1 : at+3])
		}
	}
	return -1 // "2 to 4:30": no meridiem to share
}

// betweenBefore reports whether "between" stands a few tokens before k.
func (f *dateFinder) betweenBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if f.word(j) == "between" {
			return true
		}
	}
	return false
}

// rangeStartHour is hour h of a range's start written without its
// meridiem, the range ending before token k: it takes the end's
// afternoon when it comes before it ("2 to 4 p.m." is 14:00; "11 to 1
// p.m." stays 11:00).
func (f *dateFinder) rangeStartHour(h, k int) int {
	if end := f.rangeEndHour(k); h >= 1 && h < 12 && end >= 12 && h+12 <= end {
		return h + 12
	}
	return h
}

// relativePartAt returns the part of the day that tokens k on name
// relative to the reference day: "this morning", "last night",
// "tonight"; "" if none.
func (f *dateFinder) relativePartAt(k int) string {
	switch w := f.word(k + 1); {
	case f.word(k) == "tonight":
		return "night"
	case f.word(k) == "this" && partsOfDay[w] != "" && w != "overnight", f.word(k) == "last" && w == "night":
		return w
	}
	return ""
}

// clockSeconds reads the seconds glued after "7:56": ":30".
func (f *dateFinder) clockSeconds(k int) (int, int, bool) {
	toks := f.toks
	if !is(f.lower, toks, k, ":") || !glued(toks, k) || !glued(toks, k+1) || !f.intAt(k+1, 2) || len(toks[k+1].in(f.lower)) != 2 {
		return 0, k, false
	}
	s := atoi(toks[k+1].in(f.lower))
	return s, k + 2, s < 60
}

// meridiemAt is the meridiem at token k, or "".
func (f *dateFinder) meridiemAt(k int) string {
	m, _ := f.meridiem(k)
	return m
}

// meridiem reads "a.m.", "p.m.", "am", "pm", "AM" at token k.
func (f *dateFinder) meridiem(k int) (string, int) {
	w := f.word(k)
	switch {
	case w == "am" || w == "pm":
		return w, k + 1
	case (w == "a" || w == "p") && is(f.lower, f.toks, k+1, ".") && glued(f.toks, k+1) && is(f.lower, f.toks, k+2, "m") && glued(f.toks, k+2):
		end := k + 3
		if is(f.lower, f.toks, end, ".") && glued(f.toks, end) {
			end++
		}
		return w + "m", end
	}
	return "", k
}

// recurrence reads sets: "daily", "annually", "every week", "each
// year", "every Sunday", "every two weeks", "once a week", "twice a
// year".
func (f *dateFinder) recurrence(k int) (dateMatch, bool) {
	toks := f.toks
	w := f.word(k)
	if v, ok := setWords[w]; ok {
		return dateMatch{end: k + 1, kind: DateSet, value: v}, true
	}
	if w == "once" || w == "twice" || w == "thrice" {
		if is(f.lower, toks, k+1, "a", "an", "per", "every", "each") {
			if u, ok := dateUnits[f.word(k+2)]; ok && !strings.HasSuffix(f.word(k+2), "s") {
				return dateMatch{end: k + 3, kind: DateSet, value: durationValue(1, u)}, true
			}
		}
		return dateMatch{}, false
	}
	if w != "every" && w != "each" && w != "per" || f.afterUnit(k) {
		return dateMatch{}, false
	}
	j := k + 1
	if is(f.lower, toks, j, "other") && w == "every" { // "every other Friday", "every other week"
		if wd, end, ok := f.weekdayWord(j + 1); ok {
			return dateMatch{end: end, kind: DateSet, value: "XXXX-WXX-" + itoa(isoWeekday(wd))}, true
		}
		if u, ok := dateUnits[f.word(j+1)]; ok && !strings.HasSuffix(f.word(j+1), "s") {
			return dateMatch{end: j + 2, kind: DateSet, value: durationValue(2, u)}, true
		}
	}
	if wd, end, ok := f.weekdayWord(j); ok {
		return dateMatch{end: end, kind: DateSet, value: "XXXX-WXX-" + itoa(isoWeekday(wd))}, true
	}
	if code, ok := partsOfDay[f.word(j)]; ok {
		return dateMatch{end: j + 1, kind: DateSet, value: "T" + code}, true
	}
	if f.word(j) == "weekend" {
		return dateMatch{end: j + 1, kind: DateSet, value: "XXXX-WXX-WE"}, true // "every weekend"
	}
	if mo, e, ok := f.monthAt(j); ok {
		return dateMatch{end: e, kind: DateSet, value: "XXXX-" + twoDigits(int(mo))}, true
	}
	if n, u, e, ok := f.amount(j); ok && w != "per" {
		return dateMatch{end: e, kind: DateSet, value: durationValue(n, u)}, true
	}
	if u, ok := dateUnits[f.word(j)]; ok && !strings.HasSuffix(f.word(j), "s") {
		return dateMatch{end: j + 1, kind: DateSet, value: durationValue(1, u)}, true
	}
	return dateMatch{}, false
}
