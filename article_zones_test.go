package lede

import (
	"strings"
	"testing"
	"time"
)

// TestPublishedInCivilTime checks that a publication time written in UTC
// is given in the publisher's civil time, whose day the readers saw.
func TestPublishedInCivilTime(t *testing.T) {
	const body = `<article><p>The council met on the harbour plan for the third time this year and voted to go ahead with the works.</p></article>`
	tests := []struct {
		name, head, lang string
		want             string // a.Published in RFC 3339
	}{{
		name: "German page: local midnight stored as 23:00 UTC in winter",
		lang: "de", head: `<meta property="article:published_time" content="2021-11-04T23:00Z">`,
		want: "2021-11-05T00:00:00+01:00",
	}, {
		name: "Austrian page in summer time",
		lang: "de-AT", head: `<meta property="article:published_time" content="2022-07-01T22:15:00+00:00">`,
		want: "2022-07-02T00:15:00+02:00",
	}, {
		name: "French page from France, before the March switch",
		lang: "fr-FR", head: `<meta property="article:published_time" content="2024-03-30T23:30:00Z">`,
		want: "2024-03-31T00:30:00+01:00",
	}, {
		name: "Finnish page, Eastern European summer time",
		lang: "fi", head: `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-06-18T21:10:00Z"}</script>`,
		want: "2019-06-19T00:10:00+03:00",
	}, {
		name: "Japanese page, no summer time",
		lang: "ja", head: `<meta property="article:published_time" content="2018-08-16T16:29:20Z">`,
		want: "2018-08-17T01:29:20+09:00",
	}, {
		name: "English without a region keeps UTC: its readers span many zones",
		lang: "en", head: `<meta property="article:published_time" content="2020-08-14T23:30:04Z">`,
		want: "2020-08-14T23:30:04Z",
	}, {
		name: "UTC midnight is a date alone and keeps its day",
		lang: "es-AR", head: `<meta property="article:published_time" content="2022-05-04T00:00:00Z">`,
		want: "2022-05-04T00:00:00Z",
	}, {
		name: "a wall clock with no zone is local already",
		lang: "de", head: `<meta property="article:published_time" content="2022-05-10T23:35:55">`,
		want: "2022-05-10T23:35:55Z",
	}, {
		name: "the page's <time> writes the same moment with its offset",
		lang: "en-US", head: `<meta property="article:published_time" content="2022-05-04T03:37:37+00:00">`,
		want: "2022-05-03T23:37:37-04:00",
	}, {
		name: "the page's <time> writes the same moment as a bare wall clock",
		lang: "en", head: `<meta property="article:published_time" content="2023-11-09T05:30:59Z">`,
		want: "2023-11-08T23:30:59-06:00",
	}, {
		name: "a bare wall clock on the hour is too likely another moment",
		lang: "en", head: `<meta property="article:published_time" content="2023-11-09T05:00:00Z">`,
		want: "2023-11-09T05:00:00Z",
	}, {
		name: "a teaser's time at an offset no civil time has",
		lang: "en", head: `<meta property="article:published_time" content="2023-11-09T05:30:17Z">`,
		want: "2023-11-09T05:30:17Z",
	}, {
		name: "a teaser's time to the minute",
		lang: "en", head: `<meta property="article:published_time" content="2023-11-09T05:30:00Z">`,
		want: "2023-11-09T05:30:00Z",
	}}
	times := map[string]string{
		"the page's <time> writes the same moment with its offset":      `<time datetime="2022-05-03T23:37:37-04:00">3 May, 2022, 11:37 pm</time>`,
		"the page's <time> writes the same moment as a bare wall clock": `<time datetime="2023-11-08 23:30:59">November 8, 2023 at 11:30 p.m.</time>`,
		"a bare wall clock on the hour is too likely another moment":    `<time datetime="2023-11-08 23:00:00">November 8, 2023 at 11 p.m.</time>`,
		"a teaser's time at an offset no civil time has":                `<aside><time datetime="2023-11-08T23:45:17">11:45 p.m.</time></aside>`,
		"a teaser's time to the minute":                                 `<aside><time datetime="2023-11-08T23:30">11:30 p.m.</time></aside>`,
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html lang="` + tt.lang + `"><head>` + tt.head + `</head><body>` + times[tt.name] + body + `</body></html>`
			a, err := Parse(strings.NewReader(page), nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published.Format(time.RFC3339); got != tt.want {
				t.Errorf("Published = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestInEUSummerTime(t *testing.T) {
	tests := []struct {
		at   string
		want bool
	}{
		{"2024-03-31T00:59:59Z", false}, // the last Sunday of March, before 01:00 UTC
		{"2024-03-31T01:00:00Z", true},
		{"2024-10-27T00:59:59Z", true}, // the last Sunday of October
		{"2024-10-27T01:00:00Z", false},
		{"2021-03-28T01:00:00Z", true}, // March 28 is the last Sunday in 2021
		{"2021-03-27T12:00:00Z", false},
		{"2022-12-25T12:00:00Z", false},
	}
	for _, tt := range tests {
		at, err := time.Parse(time.RFC3339, tt.at)
		if err != nil {
			t.Fatal(err)
		}
		if got := inEUSummerTime(at); got != tt.want {
			t.Errorf("inEUSummerTime(%s) = %v, want %v", tt.at, got, tt.want)
		}
	}
}

func TestStatesUTC(t *testing.T) {
	for s, want := range map[string]bool{
		"2021-11-04T23:00Z":               true,
		"2022-11-06T23:00:00.000Z":        true,
		"2018-12-31T23:11:59+00:00":       true,
		"Mon, 02 Jan 2006 15:04:05 GMT":   true,
		"2006-01-02 15:04:05 +0000 UTC":   true,
		"2022-05-03T23:37:37-04:00":       false,
		"2023-11-08 23:30:59":             false,
		"2022-05-04":                      false,
		"Mon, 02 Jan 2006 15:04:05 +0100": false,
	} {
		if got := statesUTC(s); got != want {
			t.Errorf("statesUTC(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestCivilZoneOf(t *testing.T) {
	for lang, want := range map[string]int{ // standard offset in hours; -99: unknown
		"de": 1, "de-CH": 1, "de_AT": 1, "pl-PL": 1, "fi": 2, "el": 2, "en-GB": 0, "pt-PT": 0,
		"ja": 9, "zh-TW": 8, "es-AR": -3, "en": -99, "en-US": -99, "es": -99, "pt": -99, "ru": -99, "": -99,
		"tr": 3, "am": 3, "es-CO": -5, "en-NG": 1, "en-IN": 5, "pt-BR": -99, "es-MX": -99, "he": -99, "bn": -99, "fr-CA": -99,
	} {
		z, ok := civilZoneOf(lang)
		got := -99
		if ok {
			got = z.offset / 3600
		}
		if got != want {
			t.Errorf("civilZoneOf(%q) = %d hours, want %d", lang, got, want)
		}
	}
}

// TestShownOverDeclared checks that a date the page shows at the article's
// top wins over declared dates that the page shows nowhere.
func TestShownOverDeclared(t *testing.T) {
	para := "<p>" + para1 + "</p><p>" + para2 + "</p>"
	tests := []struct {
		name, page string
		want       string // a.Published in RFC 3339
	}{{
		name: "a stale JSON-LD date loses to the date line above the body",
		page: `<html lang="en"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-08-29T21:54:39Z"}</script>
			<h1>Pier to be rebuilt</h1><div class="post-date">May 6, 2019</div><article>` + para + `</article></html>`,
		want: "2019-05-06T00:00:00Z",
	}, {
		name: "a German import date loses to the byline's date",
		page: `<html lang="de"><meta property="article:published_time" content="2021-12-14T15:41:07+01:00">
			<h1>Neue Brücke</h1><p class="article-date">04.02.2022</p><article>` + para + `</article></html>`,
		want: "2022-02-04T00:00:00Z",
	}, {
		name: "the shown day keeps the declared time of that day",
		page: `<html lang="es"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-05-03 13:32:45"}</script>
			<meta property="article:modified_time" content="2022-05-04T08:10:00-05:00">
			<meta property="og:updated_time" content="2022-05-04T08:10:00-05:00">
			<time datetime="2022-05-04T07:55:00-05:00" pubdate></time>
			<article><h1>Candidatos</h1><p>Por Redacción | 4 de mayo de 2022</p>` + para + `</article></html>`,
		want: "2022-05-04T07:55:00-05:00",
	}, {
		name: "a date in the lines between the headline and the body",
		page: `<html lang="en"><meta property="article:published_time" content="2018-02-20T10:00:00Z">
			<article><h1>Printing a bridge</h1><p>By Jane Roe | February 20, 2020</p>` + para + `</article></html>`,
		want: "2020-02-20T00:00:00Z",
	}, {
		name: "a declared date the page shows elsewhere stands",
		page: `<html lang="en"><meta property="article:published_time" content="2019-11-08T15:30:00-05:00">
			<h1>Air quality</h1><div class="date">November 13, 2019</div><article>` + para + `</article><footer><span class="date">November 8, 2019</span></footer></html>`,
		want: "2019-11-08T15:30:00-05:00",
	}, {
		name: "a slashed date confirms either reading",
		page: `<html lang="de"><meta property="article:published_time" content="2021-11-01T06:00:00+01:00">
			<h1>Elektroroller</h1><div class="datum">11/01/2021</div><article>` + para + `</article></html>`,
		want: "2021-11-01T06:00:00+01:00",
	}, {
		name: "the shown day is the declared moment's day in UTC",
		page: `<html lang="de"><meta property="article:published_time" content="2022-11-06T23:00:00.000Z">
			<h1>Südfrankreich</h1><div class="date">6.11.22</div><article>` + para + `</article></html>`,
		want: "2022-11-07T00:00:00+01:00",
	}, {
		name: "a date in the title's own part",
		page: `<html lang="es"><head><title>Gobierno acusa al sindicato - Información - 11/05/2022 - El Diario</title>
			<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-05-10T23:35:55"}</script></head>
			<article>` + para + `</article></html>`,
		want: "2022-05-11T00:00:00Z",
	}, {
		name: "an event date in the title is the story's subject",
		page: `<html lang="en"><head><title>Twenty years after 11 September 2001 | The Ledger</title>
			<meta property="article:published_time" content="2021-09-10T08:00:00+01:00"></head><article>` + para + `</article></html>`,
		want: "2021-09-10T08:00:00+01:00",
	}, {
		name: "an event date in the standfirst is the story's subject",
		page: `<html lang="en"><meta property="article:published_time" content="2021-09-10T08:00:00+01:00">
			<article><h1>The flood, a year on</h1><p>The river rose on 12 May 2020 and took the old bridge.</p>` + para + `</article></html>`,
		want: "2021-09-10T08:00:00+01:00",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(strings.NewReader(tt.page), nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published.Format(time.RFC3339); got != tt.want {
				t.Errorf("Published = %s, want %s", got, tt.want)
			}
		})
	}
}
