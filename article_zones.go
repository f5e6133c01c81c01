package lede

import (
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// This file puts the timestamps a page declares in UTC into the civil
// time of the page's readers. A publication date is the day the
// publisher's readers saw: a German page stamped "2021-11-04T23:00Z" was
// published on 5 November in Berlin (publishing systems store a date
// without a time as local midnight and write it out in UTC), and one
// stamped "2018-12-31T23:11:59+00:00" on New Year's Day.

// civilZone is the civil time of a region: a standard offset east of UTC,
// and whether the region keeps European summer time.
type civilZone struct {
	offset   int  // seconds east of UTC, standard time
	euSummer bool // an hour ahead from the last Sunday of March to the last Sunday of October
}

// at returns the instant t in the zone's civil time.
func (z civilZone) at(t time.Time) time.Time {
	off := z.offset
	if z.euSummer && inEUSummerTime(t) {
		off += 3600
	}
	return t.In(time.FixedZone("", off))
}

// inEUSummerTime reports whether t falls in European summer time, which
// runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
// Sunday of October in every country that keeps it (EU Directive
// 2000/84/EC; the United Kingdom, Norway, Switzerland, Ukraine and the
// Balkans keep the same dates). The rule is applied to every year: dates
// before 1996, when autumn came a month earlier in much of Europe, may be
// an hour off near midnight.
func inEUSummerTime(t time.Time) bool {
	t = t.UTC()
	y := t.Year()
	start := lastSunday(y, time.March).Add(time.Hour)
	end := lastSunday(y, time.October).Add(time.Hour)
	return !t.Before(start) && t.Before(end)
}

// lastSunday returns midnight UTC at the start of the last Sunday of month.
func lastSunday(year int, month time.Month) time.Time {
	d := time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC) // the month's last day
	return d.AddDate(0, 0, -int(d.Weekday()))
}

// Standard offsets, in seconds east of UTC.
const (
	utcPlus1  = 3600
	utcPlus2  = 2 * 3600
	utcPlus3  = 3 * 3600
	utcPlus4  = 4 * 3600
	utcPlus5  = 5 * 3600
	utcPlus7  = 7 * 3600
	utcPlus8  = 8 * 3600
	utcPlus9  = 9 * 3600
	utcMinus3 = -3 * 3600
	utcMinus5 = -5 * 3600
)

var (
	westernEurope = civilZone{0, true}
	centralEurope = civilZone{utcPlus1, true}
	easternEurope = civilZone{utcPlus2, true}
)

// territoryZones gives the civil time of the ISO 3166-1 territories that
// keep one civil time for (nearly) all their people, after the IANA time
// zone database's zone1970.tab; Portugal's Azores and Spain's Canaries
// (under 5% of their people) are counted with the mainland. Left out:
// territories spread over several zones (the United States, Canada,
// Russia, Brazil, Mexico, Australia, Indonesia, Kazakhstan…), and those
// whose summer time follows rules other than Europe's (Israel, Iran,
// Chile, Paraguay, Egypt, Morocco, Lebanon, New Zealand…), whose switch
// dates this file does not carry.
var territoryZones = map[string]civilZone{
	// Western European time, with summer time
	"FO": westernEurope, "GB": westernEurope, "GG": westernEurope, "IE": westernEurope,
	"IM": westernEurope, "JE": westernEurope, "PT": westernEurope,
	// Central European time, with summer time
	"AD": centralEurope, "AL": centralEurope, "AT": centralEurope, "BA": centralEurope,
	"BE": centralEurope, "CH": centralEurope, "CZ": centralEurope, "DE": centralEurope,
	"DK": centralEurope, "ES": centralEurope, "FR": centralEurope, "GI": centralEurope,
	"HR": centralEurope, "HU": centralEurope, "IT": centralEurope, "LI": centralEurope,
	"LU": centralEurope, "MC": centralEurope, "ME": centralEurope, "MK": centralEurope,
	"MT": centralEurope, "NL": centralEurope, "NO": centralEurope, "PL": centralEurope,
	"RS": centralEurope, "SE": centralEurope, "SI": centralEurope, "SK": centralEurope,
	"SM": centralEurope, "VA": centralEurope, "XK": centralEurope,
	// Eastern European time, with summer time
	"AX": easternEurope, "BG": easternEurope, "CY": easternEurope, "EE": easternEurope,
	"FI": easternEurope, "GR": easternEurope, "LT": easternEurope, "LV": easternEurope,
	"RO": easternEurope, "UA": easternEurope,
	// No summer time
	"IS": {0, false}, "GH": {0, false}, "SN": {0, false}, "CI": {0, false},
	"NG": {utcPlus1, false}, "CM": {utcPlus1, false}, "DZ": {utcPlus1, false}, "TN": {utcPlus1, false},
	"ZA": {utcPlus2, false}, "ZW": {utcPlus2, false}, "ZM": {utcPlus2, false}, "MZ": {utcPlus2, false},
	"RW": {utcPlus2, false}, "MW": {utcPlus2, false},
	"KE": {utcPlus3, false}, "TZ": {utcPlus3, false}, "UG": {utcPlus3, false}, "ET": {utcPlus3, false},
	"SA": {utcPlus3, false}, "QA": {utcPlus3, false}, "KW": {utcPlus3, false}, "BH": {utcPlus3, false},
	"IQ": {utcPlus3, false}, "BY": {utcPlus3, false},
	"AE": {utcPlus4, false}, "OM": {utcPlus4, false}, "GE": {utcPlus4, false}, "AM": {utcPlus4, false},
	"AZ": {utcPlus4, false},
	"PK": {utcPlus5, false}, "UZ": {utcPlus5, false},
	"IN": {5*3600 + 1800, false}, "LK": {5*3600 + 1800, false}, "NP": {5*3600 + 2700, false},
	"BD": {6 * 3600, false}, "MM": {6*3600 + 1800, false},
	"TH": {utcPlus7, false}, "VN": {utcPlus7, false}, "KH": {utcPlus7, false}, "LA": {utcPlus7, false},
	"CN": {utcPlus8, false}, "HK": {utcPlus8, false}, "MO": {utcPlus8, false}, "TW": {utcPlus8, false},
	"SG": {utcPlus8, false}, "MY": {utcPlus8, false}, "PH": {utcPlus8, false},
	"JP": {utcPlus9, false}, "KR": {utcPlus9, false},
	"AR": {utcMinus3, false}, "UY": {utcMinus3, false},
	"CO": {utcMinus5, false}, "PE": {utcMinus5, false}, "PA": {utcMinus5, false},
	"BO": {-4 * 3600, false}, "VE": {-4 * 3600, false},
}

// languageTerritories names, for a language tag without a region, the
// territory whose civil time its readers keep: languages whose native
// speakers live (nearly) all under one civil time, in the territory CLDR's
// likely subtags give (German in Germany, Austria and Switzerland alike;
// Chinese in China, Taiwan, Hong Kong and Singapore alike). Languages
// read across many zones (English, Spanish, French, Portuguese, Arabic,
// Russian, Malay…) are left out: without a region their pages' civil time
// is unknown.
var languageTerritories = map[string]string{
	"bg": "BG", "bs": "BA", "ca": "ES", "cs": "CZ", "cy": "GB", "da": "DK", "de": "DE",
	"el": "GR", "et": "EE", "eu": "ES", "fi": "FI", "fo": "FO", "ga": "IE", "gl": "ES",
	"hr": "HR", "hu": "HU", "hy": "AM", "is": "IS", "it": "IT", "ja": "JP", "ka": "GE",
	"km": "KH", "ko": "KR", "lb": "LU", "lo": "LA", "lt": "LT", "lv": "LV", "mk": "MK",
	"mt": "MT", "my": "MM", "nb": "NO", "ne": "NP", "nl": "NL", "nn": "NO", "no": "NO",
	"pl": "PL", "ro": "RO", "si": "LK", "sk": "SK", "sl": "SI", "sq": "AL", "sr": "RS",
	"sv": "SE", "ta": "IN", "th": "TH", "uk": "UA", "vi": "VN", "zh": "CN",
}

// civilZoneOf returns the civil time of a page in the language tag lang
// ("de", "en-GB", "pt_PT"): its region's, else its language's.
func civilZoneOf(lang string) (civilZone, bool) {
	tag, err := language.Parse(strings.ReplaceAll(lang, "_", "-"))
	if err != nil {
		return civilZone{}, false
	}
	if region, conf := tag.Region(); conf == language.Exact {
		z, ok := territoryZones[region.String()]
		return z, ok
	}
	base, _ := tag.Base()
	territory, ok := languageTerritories[base.String()]
	if !ok {
		return civilZone{}, false
	}
	return territoryZones[territory], true
}

// statesUTC reports whether a timestamp names UTC as its zone: "…Z",
// "…+00:00", "… GMT". A timestamp with no zone is the publisher's wall
// clock already.
func statesUTC(s string) bool {
	s = strings.TrimSpace(s)
	for _, suffix := range []string{"Z", "+00:00", "+0000", "+00", "-00:00", "-0000", " GMT", " UTC", " +0000 UTC"} {
		if strings.HasSuffix(s, suffix) && len(s) > len(suffix) && isDigit(rune(s[len(s)-len(suffix)-1])) {
			return true
		}
	}
	return false
}

// maxZoneOffset is the widest offset of a civil time from UTC (Kiribati's
// +14:00).
const maxZoneOffset = 14 * time.Hour

// oddOffsets are the civil times off UTC by a quarter or three quarters of
// an hour (IANA tz: Nepal, Chatham Islands, Eucla); the others are whole
// or half hours off.
var oddOffsets = []time.Duration{
	5*time.Hour + 45*time.Minute, 12*time.Hour + 45*time.Minute, 8*time.Hour + 45*time.Minute,
}

// isCivilOffset reports whether some civil time is d away from UTC.
func isCivilOffset(d time.Duration) bool {
	if d > maxZoneOffset || d < -maxZoneOffset {
		return false
	}
	return d%(30*time.Minute) == 0 || slices.Contains(oddOffsets, d)
}

// declaredTimes parses the timestamps a page declares, in order, and puts
// each one written in UTC into the publisher's civil time: the page's own
// local writing of the same moment when it has one, else the civil time of
// the page's language (civilZoneOf).
func (p *pageMeta) declaredTimes(cands []string) []time.Time {
	var out []time.Time
	var utc []bool
	for _, c := range cands {
		if t, ok := p.parseDate(c); ok {
			out = append(out, t)
			utc = append(utc, statesUTC(c))
		}
	}
	// The local writing may be among the declarations, or on any of the
	// page's <time> elements (the byline's need not be marked as the
	// publication time); the declarations are tried first, since rails
	// and teasers hold <time>s too.
	var locals []time.Time
	for i, t := range out {
		if !utc[i] {
			locals = append(locals, t)
		}
	}
	for _, c := range p.timeStamps {
		if t, ok := parseDate(c); ok && !statesUTC(c) {
			locals = append(locals, t)
		}
	}
	zone, zoned := civilZoneOf(p.language())
	for i, t := range out {
		if !utc[i] {
			continue
		}
		if local, ok := localWriting(t, locals); ok && (!zoned || zone.offsetAt(t) == offsetOf(local)) {
			out[i] = local
		} else if zoned && !t.Equal(day(t)) {
			// UTC midnight is a date stored without a time of day:
			// its day stands.
			out[i] = zone.at(t)
		}
	}
	return out
}

// offsetAt returns the zone's offset from UTC at the instant t.
func (z civilZone) offsetAt(t time.Time) time.Duration {
	return offsetOf(z.at(t))
}

// offsetOf returns the offset from UTC of t's location.
func offsetOf(t time.Time) time.Duration {
	_, off := t.Zone()
	return time.Duration(off) * time.Second
}

// localWriting finds the moment u, written in UTC, among the page's
// timestamps written in local time, and returns u in that local time. A
// page that gives "2022-05-04T03:37:37+00:00" in its meta tags and
// "2022-05-03T23:37:37-04:00" on its <time> was published on 3 May for its
// readers; one that gives "2023-11-09T05:30:59Z" and the bare wall clock
// "2023-11-08 23:30:59" was published on 8 November, six hours behind UTC.
// A bare wall clock matches when it differs from u by an offset that some
// civil time has and gives the seconds: a date alone, or a time to the
// minute, is too often another story's moment.
func localWriting(u time.Time, locals []time.Time) (time.Time, bool) {
	for _, t := range locals {
		if offsetOf(t) != 0 {
			if t.Equal(u) {
				return t, true
			}
			continue
		}
		d := t.Sub(u) // the wall clock read as UTC, less the UTC moment
		if d == 0 || !isCivilOffset(d) || t.Second() == 0 {
			continue
		}
		return u.In(time.FixedZone("", int(d/time.Second))), true
	}
	return time.Time{}, false
}
