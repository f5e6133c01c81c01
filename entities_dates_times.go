package lede

import "strings"

// isDottedClock reports digits written as a British time, "6.45":
// one or two digits, a point, two digits.
func isDottedClock(t etok) bool {
	hh, mm, ok := strings.Cut(t.lower, ".")
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
	return is(f.toks, k, "on", "in", "and", "to", "until", "today", "tonight", "tomorrow", "yesterday", "this", "last", "next")
}

// clockTime reads a time of day: "3 p.m.", "3pm", "10:30", "10:30 GMT",
// "15:00", "noon", "midnight", "9 o'clock". Its value is the reference
// day at that time ("2019-03-08T15:00"), or "T15:00" with no reference;
// joined reads a day written next to it.
func (f *dateFinder) clockTime(k int) (dateMatch, bool) {
	toks := f.toks
	var h, m int
	end := k
	switch w := f.word(k); {
	case w == "noon" || w == "midday":
		h, end = 12, k+1
	case w == "midnight":
		h, end = 24, k+1
	case k < len(toks) && (f.intAt(k, 2) || isDottedClock(toks[k])):
		end = k + 1
		hasMinutes := false
		if hh, mm, dotted := strings.Cut(toks[k].lower, "."); dotted {
			// "6.45 pm", "at 6.45": a decimal is a time only so marked
			if f.meridiemAt(end) == "" && (!is(toks, k-1, "at") || !f.endsBareTime(end)) {
				return dateMatch{}, false // "at 2.46 billion guilders"
			}
			h, m, hasMinutes = atoi(hh), atoi(mm), true
		} else {
			h = atoi(toks[k].lower)
		}
		if !hasMinutes && is(toks, end, ":", ".") && glued(toks, end) && glued(toks, end+1) && f.intAt(end+1, 2) && len(toks[end+1].lower) == 2 {
			m = atoi(toks[end+1].lower)
			end += 2
			hasMinutes = true
		}
		meridiem, e := f.meridiem(end)
		switch {
		case meridiem != "":
			end = e
			if h < 1 || h > 12 {
				return dateMatch{}, false
			}
			if meridiem == "pm" && h != 12 {
				h += 12
			} else if meridiem == "am" && h == 12 {
				h = 0
			}
		case is(toks, end, "o'clock", "oclock"):
			end++
		case hasMinutes:
			// "10:30", "15:00", "at 6.45": minutes make it a time
		default:
			return dateMatch{}, false
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
	if !f.ref.IsZero() {
		value = f.refDay().Format("2006-01-02") + value
	}
	return dateMatch{end: end, kind: TimeExpr, value: value}, true
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
	case (w == "a" || w == "p") && is(f.toks, k+1, ".") && glued(f.toks, k+1) && is(f.toks, k+2, "m") && glued(f.toks, k+2):
		end := k + 3
		if is(f.toks, end, ".") && glued(f.toks, end) {
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
		return dateMatch{end: k + 1, kind: Set, value: v}, true
	}
	if w == "once" || w == "twice" || w == "thrice" {
		if is(toks, k+1, "a", "an", "per", "every", "each") {
			if u, ok := dateUnits[f.word(k+2)]; ok && !strings.HasSuffix(f.word(k+2), "s") {
				return dateMatch{end: k + 3, kind: Set, value: durationValue(1, u)}, true
			}
		}
		return dateMatch{}, false
	}
	if w != "every" && w != "each" && w != "per" {
		return dateMatch{}, false
	}
	j := k + 1
	if wd, end, ok := f.weekdayWord(j); ok {
		return dateMatch{end: end, kind: Set, value: "XXXX-WXX-" + itoa(isoWeekday(wd))}, true
	}
	if code, ok := partsOfDay[f.word(j)]; ok {
		return dateMatch{end: j + 1, kind: Set, value: "T" + code}, true
	}
	if mo, e, ok := f.monthAt(j); ok {
		return dateMatch{end: e, kind: Set, value: "XXXX-" + twoDigits(int(mo))}, true
	}
	if n, u, e, ok := f.amount(j); ok && w != "per" {
		return dateMatch{end: e, kind: Set, value: durationValue(n, u)}, true
	}
	if u, ok := dateUnits[f.word(j)]; ok && !strings.HasSuffix(f.word(j), "s") {
		return dateMatch{end: j + 1, kind: Set, value: durationValue(1, u)}, true
	}
	return dateMatch{}, false
}
