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

// east returns the offset of a civil time h hours and m minutes east of
// UTC, in seconds; west is negative.
func east(h, m int) int {
	if h < 0 {
		return h*3600 - m*60
	}
	return h*3600 + m*60
}

// The civil times of Europe, each with European summer time.
var (
	westernEurope = civilZone{0, true}
	centralEurope = civilZone{east(1, 0), true}
	easternEurope = civilZone{east(2, 0), true}
)

// territoryZones gives the civil time of the ISO 3166-1 territories that
// keep one civil time for (nearly) all their people, after the IANA time
// zone database's zone1970.tab as of its 2024 releases: those that keep
// European summer time, and those that keep no summer time at all.
// Portugal's Azores, Spain's Canaries, Ecuador's Galápagos and Papua New
// Guinea's Bougainville (under 5% of their people) are counted with the
// mainland. Left out: territories spread over several zones (the United
// States, Canada, Russia, Brazil, Mexico, Australia, Indonesia, the
// Democratic Republic of the Congo, Mongolia, Kiribati…), those whose
// summer time follows rules other than Europe's (Israel, Palestine,
// Egypt, Morocco, Lebanon, Moldova, Chile, Paraguay, Cuba, Haiti, New
// Zealand…), whose switch dates this file does not carry, and Kazakhstan,
// whose zones merged in 2024. The offsets are today's: dates from before
// a territory last changed its civil time (Turkey in 2016, Venezuela in
// 2016, Namibia in 2017, Iran's summer time until 2022) may be an hour off
// near midnight.
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

	// No summer time, west of Greenwich
	"AG": {east(-4, 0), false}, "AI": {east(-4, 0), false}, "AR": {east(-3, 0), false},
	"AW": {east(-4, 0), false}, "BB": {east(-4, 0), false}, "BO": {east(-4, 0), false},
	"BZ": {east(-6, 0), false}, "CO": {east(-5, 0), false}, "CR": {east(-6, 0), false},
	"CW": {east(-4, 0), false}, "DM": {east(-4, 0), false}, "DO": {east(-4, 0), false},
	"EC": {east(-5, 0), false}, "GD": {east(-4, 0), false}, "GF": {east(-3, 0), false},
	"GP": {east(-4, 0), false}, "GT": {east(-6, 0), false}, "GY": {east(-4, 0), false},
	"HN": {east(-6, 0), false}, "JM": {east(-5, 0), false}, "KN": {east(-4, 0), false},
	"KY": {east(-5, 0), false}, "LC": {east(-4, 0), false}, "MQ": {east(-4, 0), false},
	"NI": {east(-6, 0), false}, "PA": {east(-5, 0), false}, "PE": {east(-5, 0), false},
	"PR": {east(-4, 0), false}, "SR": {east(-3, 0), false}, "SV": {east(-6, 0), false},
	"TT": {east(-4, 0), false}, "UY": {east(-3, 0), false}, "VC": {east(-4, 0), false},
	"VE": {east(-4, 0), false}, "VG": {east(-4, 0), false}, "VI": {east(-4, 0), false},
	// No summer time, Africa
	"AO": {east(1, 0), false}, "BF": {0, false}, "BI": {east(2, 0), false},
	"BJ": {east(1, 0), false}, "BW": {east(2, 0), false}, "CF": {east(1, 0), false},
	"CG": {east(1, 0), false}, "CI": {0, false}, "CM": {east(1, 0), false},
	"CV": {east(-1, 0), false}, "DJ": {east(3, 0), false}, "DZ": {east(1, 0), false},
	"ER": {east(3, 0), false}, "ET": {east(3, 0), false}, "GA": {east(1, 0), false},
	"GH": {0, false}, "GM": {0, false}, "GN": {0, false}, "GQ": {east(1, 0), false},
	"GW": {0, false}, "KE": {east(3, 0), false}, "KM": {east(3, 0), false},
	"LR": {0, false}, "LS": {east(2, 0), false}, "LY": {east(2, 0), false},
	"MG": {east(3, 0), false}, "ML": {0, false}, "MR": {0, false}, "MU": {east(4, 0), false},
	"MW": {east(2, 0), false}, "MZ": {east(2, 0), false}, "NA": {east(2, 0), false},
	"NE": {east(1, 0), false}, "NG": {east(1, 0), false}, "RE": {east(4, 0), false},
	"RW": {east(2, 0), false}, "SC": {east(4, 0), false}, "SD": {east(2, 0), false},
	"SH": {0, false}, "SL": {0, false}, "SN": {0, false}, "SO": {east(3, 0), false},
	"SS": {east(2, 0), false}, "ST": {0, false}, "SZ": {east(2, 0), false},
	"TD": {east(1, 0), false}, "TG": {0, false}, "TN": {east(1, 0), false},
	"TZ": {east(3, 0), false}, "UG": {east(3, 0), false}, "YT": {east(3, 0), false},
	"ZA": {east(2, 0), false}, "ZM": {east(2, 0), false}, "ZW": {east(2, 0), false},
	// No summer time, Europe and Asia
	"AE": {east(4, 0), false}, "AF": {east(4, 30), false}, "AM": {east(4, 0), false},
	"AZ": {east(4, 0), false}, "BD": {east(6, 0), false}, "BH": {east(3, 0), false},
	"BN": {east(8, 0), false}, "BT": {east(6, 0), false}, "BY": {east(3, 0), false},
	"CN": {east(8, 0), false}, "GE": {east(4, 0), false}, "HK": {east(8, 0), false},
	"IN": {east(5, 30), false}, "IQ": {east(3, 0), false}, "IR": {east(3, 30), false},
	"IS": {0, false}, "JO": {east(3, 0), false}, "JP": {east(9, 0), false},
	"KG": {east(6, 0), false}, "KH": {east(7, 0), false}, "KP": {east(9, 0), false},
	"KR": {east(9, 0), false}, "KW": {east(3, 0), false}, "LA": {east(7, 0), false},
	"LK": {east(5, 30), false}, "MM": {east(6, 30), false}, "MO": {east(8, 0), false},
	"MV": {east(5, 0), false}, "MY": {east(8, 0), false}, "NP": {east(5, 45), false},
	"OM": {east(4, 0), false}, "PH": {east(8, 0), false}, "PK": {east(5, 0), false},
	"QA": {east(3, 0), false}, "SA": {east(3, 0), false}, "SG": {east(8, 0), false},
	"SY": {east(3, 0), false}, "TH": {east(7, 0), false}, "TJ": {east(5, 0), false},
	"TL": {east(9, 0), false}, "TM": {east(5, 0), false}, "TR": {east(3, 0), false},
	"TW": {east(8, 0), false}, "UZ": {east(5, 0), false}, "VN": {east(7, 0), false},
	"YE": {east(3, 0), false},
	// No summer time, Oceania
	"AS": {east(-11, 0), false}, "FJ": {east(12, 0), false}, "GU": {east(10, 0), false},
	"MH": {east(12, 0), false}, "MP": {east(10, 0), false}, "NC": {east(11, 0), false},
	"NR": {east(12, 0), false}, "NU": {east(-11, 0), false}, "PG": {east(10, 0), false},
	"PW": {east(9, 0), false}, "SB": {east(11, 0), false}, "TO": {east(13, 0), false},
	"TV": {east(12, 0), false}, "VU": {east(11, 0), false}, "WF": {east(12, 0), false},
	"WS": {east(13, 0), false},
}

// languageTerritories names, for a language tag without a region, the
// territory whose civil time its readers keep: languages whose native
// speakers live (nearly) all under one civil time, in the territory CLDR's
// likely subtags give (German in Germany, Austria and Switzerland alike;
// Chinese in China, Taiwan, Hong Kong and Singapore alike). Languages
// read across many zones (English, Spanish, French, Portuguese, Arabic,
// Russian, Malay…) are left out: without a region their pages' civil time
// is unknown, as are those of languages whose territories differ (Bengali
// in Bangladesh and India, Urdu in Pakistan and India, Hebrew under
// Israel's own summer time).
var languageTerritories = map[string]string{
	"am": "ET", "az": "AZ", "be": "BY", "bg": "BG", "bs": "BA", "ca": "ES", "cs": "CZ",
	"cy": "GB", "da": "DK", "de": "DE", "dz": "BT", "el": "GR", "et": "EE", "eu": "ES",
	"fa": "IR", "fi": "FI", "fil": "PH", "fo": "FO", "ga": "IE", "gl": "ES", "hr": "HR",
	"hu": "HU", "hy": "AM", "is": "IS", "it": "IT", "ja": "JP", "ka": "GE", "km": "KH",
	"ko": "KR", "ky": "KG", "lb": "LU", "lo": "LA", "lt": "LT", "lv": "LV", "mk": "MK",
	"mt": "MT", "my": "MM", "nb": "NO", "ne": "NP", "nl": "NL", "nn": "NO", "no": "NO",
	"pl": "PL", "ro": "RO", "si": "LK", "sk": "SK", "sl": "SI", "so": "SO", "sq": "AL",
	"sr": "RS", "sv": "SE", "ta": "IN", "tg": "TJ", "th": "TH", "tk": "TM", "tl": "PH",
	"tr": "TR", "uk": "UA", "uz": "UZ", "vi": "VN", "zh": "CN",
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
	if !slices.Contains(utc, true) {
		return out
	}
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
