package lede

import (
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2019-11-19T07:03:25+00:00", time.Date(2019, 11, 19, 7, 3, 25, 0, time.UTC)},
		{"2019-11-19T07:03:25.123Z", time.Date(2019, 11, 19, 7, 3, 25, 123e6, time.UTC)},
		{"2019-11-19 07:03:25", time.Date(2019, 11, 19, 7, 3, 25, 0, time.UTC)},
		{"2019-11-19", time.Date(2019, 11, 19, 0, 0, 0, 0, time.UTC)},
		{"20191119", time.Date(2019, 11, 19, 0, 0, 0, 0, time.UTC)},
		{"Tue, 19 Nov 2019 07:03:25 GMT", time.Date(2019, 11, 19, 7, 3, 25, 0, time.UTC)},
		{"November 19, 2019", time.Date(2019, 11, 19, 0, 0, 0, 0, time.UTC)},
		{"Friday, 7 June 2019", time.Date(2019, 6, 7, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		if !ok || !got.Equal(tt.want) {
			t.Errorf("parseDate(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
	for _, bad := range []string{"", "yesterday", "1970-01-01", "3000-01-01", "2019-13-45"} {
		if got, ok := parseDate(bad); ok {
			t.Errorf("parseDate(%q) = %v, want no date", bad, got)
		}
	}
}

func TestRelativeDate(t *testing.T) {
	ref := time.Date(2024, 3, 14, 9, 30, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Time
	}{
		{"Published 3 hours ago", time.Date(2024, 3, 14, 6, 30, 0, 0, time.UTC)},
		{"Updated an hour ago", time.Date(2024, 3, 14, 8, 30, 0, 0, time.UTC)},
		{"45 mins ago", time.Date(2024, 3, 14, 8, 45, 0, 0, time.UTC)},
		{"2 days ago", time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)},
		{"Yesterday", time.Date(2024, 3, 13, 0, 0, 0, 0, time.UTC)},
		{"Posted today", time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		got, ok := relativeDate(tt.in, ref)
		if !ok || !got.Equal(tt.want) {
			t.Errorf("relativeDate(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
	for _, bad := range []string{"3 hours", "ago", "many years ago", "a story from long ago"} {
		if got, ok := relativeDate(bad, ref); ok {
			t.Errorf("relativeDate(%q) = %v, want none", bad, got)
		}
	}
	if _, ok := relativeDate("3 hours ago", time.Time{}); ok {
		t.Errorf("relativeDate resolved without a reference time")
	}
}

func TestReadDate(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name, in, lang string
		want           time.Time
	}{
		{"ISO date in a sentence", "Last edited 2019-11-10 13:28:18 by Mats", "en", day(2019, 11, 10)},
		{"German numeric date with time", "am 25.08.2015 22:30", "de", day(2015, 8, 25)},
		{"German date in a time element", "29.04.2020, 12:01 Uhr", "de", day(2020, 4, 29)},
		{"German long date with weekday", "Erstellt von Fabian am Dienstag 6. Mai 2014", "de", day(2014, 5, 6)},
		{"German abbreviated month", "21. Jan. 2015", "de", day(2015, 1, 21)},
		{"Austrian January", "Wien, 12. Jänner 2021", "de-AT", day(2021, 1, 12)},
		{"French long date", "le 07 Mai 2020", "fr", day(2020, 5, 7)},
		{"French date with accent", "30 septembre 2018", "fr", day(2018, 9, 30)},
		{"Spanish with de", "23 de julio de 2017", "es", day(2017, 7, 23)},
		{"Portuguese with de", "Publicado em 3 de maio de 2022", "pt-BR", day(2022, 5, 3)},
		{"Italian", "Pubblicato il 14 febbraio 2020", "it", day(2020, 2, 14)},
		{"Polish genitive", "12 listopada 2019", "pl", day(2019, 11, 12)},
		{"Russian genitive", "15 августа 2016, 13:43", "ru", day(2016, 8, 15)},
		{"Finnish partitive", "19. helmikuuta 2019", "fi", day(2019, 2, 19)},
		{"Hungarian year first", "2020. február 14.", "hu", day(2020, 2, 14)},
		{"Dutch", "5 november 2021", "nl", day(2021, 11, 5)},
		{"Turkish", "3 Mart 2021", "tr", day(2021, 3, 3)},
		{"English month first", "Published on August 19, 2019", "en", day(2019, 8, 19)},
		{"English ordinal", "Jan. 21st, 2015", "en", day(2015, 1, 21)},
		{"English day first", "8 January 2020, 3:51 pm", "en-GB", day(2020, 1, 8)},
		{"English numeric is month first", "Posted 4/5/2020", "en", day(2020, 4, 5)},
		{"French numeric is day first", "4/5/2020", "fr", day(2020, 5, 4)},
		{"a day above 12 settles the order", "13/05/2020", "en", day(2020, 5, 13)},
		{"month names of another language when unambiguous", "6. Mai 2014", "", day(2014, 5, 6)},
		{"Chinese", "2020年2月14日 10:47", "zh", day(2020, 2, 14)},
		{"Korean", "2020년 2월 14일", "ko", day(2020, 2, 14)},
		{"Swedish ISO short date", "Publicerad 2021-03-09", "sv", day(2021, 3, 9)},
		{"Croatian listopad is October", "5. listopada 2021.", "hr", day(2021, 10, 5)},
		{"Czech listopad is November", "5. listopadu 2021", "cs", day(2021, 11, 5)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := readDate(tt.in, tt.lang)
			if !ok || !got.Equal(tt.want) {
				t.Errorf("readDate(%q, %q) = %v, %v; want %v", tt.in, tt.lang, got, ok, tt.want)
			}
		})
	}
	for _, tt := range []struct {
		in, lang string
		want     time.Time
	}{
		{"23.09.22", "de", day(2022, 9, 23)},
		{"05/11/21 14:30", "en", day(2021, 5, 11)},
		{"05/11/21 14:30", "fr", day(2021, 11, 5)},
	} {
		if got, ok := readDateLine(tt.in, tt.lang); !ok || !got.Equal(tt.want) {
			t.Errorf("readDateLine(%q, %q) = %v, %v; want %v", tt.in, tt.lang, got, ok, tt.want)
		}
	}
	for _, bad := range []string{"Version 1.2.20", "23.09.22 und 24.09.22", "Seite 3/4/22 von 40"} {
		if got, ok := readDateLine(bad, "de"); ok {
			t.Errorf("readDateLine(%q) = %v, want no date", bad, got)
		}
	}
	for _, bad := range []struct{ in, lang string }{
		{"Version 1.2.2020.5", "en"},
		{"12:30 5 May", "en"},
		{"ISBN 978-3-16-148410-0", "en"},
		{"a ratio of 3,5 2020", "de"},
		{"listopad 2021", ""},
		{"30. Februar 2020", "de"},
		{"19.12.19", "de"},
		{"May the force be with you", "en"},
		{"Page 1 of 2020 results", "en"},
		{"12 500 tonnes", "en"},
		{"1. FC Köln 2020", "de"},
	} {
		if got, ok := readDate(bad.in, bad.lang); ok {
			t.Errorf("readDate(%q, %q) = %v, want no date", bad.in, bad.lang, got)
		}
	}
}

// TestPageDates: where pages state their publication date besides meta
// tags and JSON-LD, one case per form.
func TestLeadingDate(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		text, lang string
		want       time.Time // zero: no date opens the line
	}{
		{"Apr 7, 2009", "en", day(2009, 4, 7)},
		{"Monday, April 7, 2009 · Sports", "en", day(2009, 4, 7)},
		{"Posted on 7 April 2009", "en", day(2009, 4, 7)},
		{"Datum:26. Januar 2022", "de", day(2022, 1, 26)},
		{"am 20.09.2020 um 10:16 Uhr", "de", day(2020, 9, 20)},
		{"Data: 28-04-2021, 09:29", "pl", day(2021, 4, 28)},
		{"Publié le 3 mars 2021", "fr", day(2021, 3, 3)},
		{"11/05/2022 - 10:42", "es", day(2022, 5, 11)},
		{"2022年1月31日 15:58", "ja", day(2022, 1, 31)},
		{"Konzert in der Wiener Stadthalle am 02.11.2022", "de", time.Time{}},
		{"12:30 Uhr, 5. Mai 2020", "de", time.Time{}},
		{"Seite 3 von 12", "de", time.Time{}},
		{"Sports", "en", time.Time{}},
	}
	for _, tt := range tests {
		got, ok := leadingDate(tt.text, tt.lang)
		if ok != !tt.want.IsZero() || !got.Equal(tt.want) {
			t.Errorf("leadingDate(%q, %q) = %v, %v; want %v", tt.text, tt.lang, got, ok, tt.want)
		}
	}
}

func TestPageDates(t *testing.T) {
	para := "<p>" + para1 + "</p><p>" + para2 + "</p>"
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name      string
		page      string
		url       string
		published time.Time
	}{{
		name:      "the URL's date before a sidebar's time element",
		page:      `<aside><time datetime="2009-04-11 18:06:36">11. April 2009</time></aside>` + para,
		url:       "https://www.example.de/2019/10/22/alte-geraete/",
		published: day(2019, 10, 22),
	}, {
		name:      "a URL date with one-digit month",
		page:      para,
		url:       "https://www.example.de/home/2017/7/12/montauk",
		published: day(2017, 7, 12),
	}, {
		name: "declarations that disagree: the one the page shows wins",
		page: `<html lang="de"><script type="application/ld+json">{"@type":"Article","datePublished":"2021-12-06 14:36"}</script>
			<meta property="article:published_time" content="2022-12-15T09:13:00"><p class="author-date">Tina Klostermeier 15.12.2022</p>` + para + `</html>`,
		published: time.Date(2022, 12, 15, 9, 13, 0, 0, time.UTC),
	}, {
		name:      "Blogger's hAtom published time",
		page:      `<div class="post"><h3>Title</h3><div class="post-header"><abbr class="published" title="2017-09-09T10:52:00+02:00">10:52</abbr></div>` + para + `</div>`,
		published: time.Date(2017, 9, 9, 10, 52, 0, 0, time.FixedZone("", 2*3600)),
	}, {
		name:      "microdata date written as text",
		page:      `<article><span class="publishdate" itemprop="datePublished">May 19, 2020</span>` + para + `</article>`,
		published: day(2020, 5, 19),
	}, {
		name:      "German date line above the body",
		page:      `<html lang="de"><article><h1>Neue Brücke</h1><div class="info"><div class="date">20.06.2019 11:43</div></div>` + para + `</article></html>`,
		published: day(2019, 6, 20),
	}, {
		name: "the date line nearest the body wins over a rail's dates",
		page: `<html lang="de"><aside><ul><li><span class="date">03.01.2021</span> Andere Meldung</li></ul></aside>
			<main><h1>Neue Brücke</h1><p class="meta">Von Anna Roth | 14. Februar 2022</p>` + para + `</main></html>`,
		published: day(2022, 2, 14),
	}, {
		name:      "a date line under the text when none is above",
		page:      `<html lang="fr"><article>` + para + `<p class="post-info">Publié le 7 mai 2020</p></article></html>`,
		published: day(2020, 5, 7),
	}, {
		name:      "a time element without datetime",
		page:      `<html lang="de"><ul class="Infoline"><li><time>29.04.2020, 12:01 Uhr</time></li></ul>` + para + `</html>`,
		published: day(2020, 4, 29),
	}, {
		name:      "a plain line right above the body",
		page:      `<html lang="de"><h1>Ein Bruderduell</h1><p>Handball Schweiz • 02.02.2022</p>` + para + `</html>`,
		published: day(2022, 2, 2),
	}, {
		name:      "a dateline opening the text",
		page:      `<html lang="de"><article><h2>Auf Erholungskurs</h2><p>01.02.2022 „Der Arbeitsmarkt ist gut in das Jahr gestartet“, sagte die Chefin der Agentur.</p>` + para + `</article></html>`,
		published: day(2022, 2, 1),
	}, {
		name:      "a date in the page's title when nothing else has one",
		page:      `<html lang="de"><title>Bericht zur Coronalage vom 22.04.2020 – worauf wartet die Politik?</title>` + para + `</html>`,
		published: day(2020, 4, 22),
	}, {
		name:      "a date inside the first sentence is an event, not a dateline",
		page:      `<html lang="de"><p>Der Stadtrat hat nach langer Debatte am 12. Mai 2020 beschlossen, den Anleger neu zu bauen.</p>` + para + `</html>`,
		published: time.Time{},
	}, {
		name: "an unnamed date line under the headline, past a share box",
		page: `<html lang="pl"><h1>Sieć rusza z nową platformą</h1><div class="social"><ul><li><a href="/share">Udostępnij</a></li></ul></div>
			<div class="autor"><ul><li>Autor: redakcja</li><li>Data: 28-04-2021, 09:29</li></ul></div>` + para + `</html>`,
		published: day(2021, 4, 28),
	}, {
		name:      "an unnamed date line whose label is glued to the date",
		page:      `<html lang="de"><h1>Neue Taskforce</h1><ul class="info"><li><span>Datum:</span>26. Januar 2022</li></ul>` + para + `</html>`,
		published: day(2022, 1, 26),
	}, {
		name:      "a bare date in the lead picture's caption, above the headline",
		page:      `<html lang="en"><figure><img src="a.jpg"><figcaption><small>Apr 7, 2009 · Sports</small></figcaption></figure><h1>Coach steps down</h1>` + para + `</html>`,
		published: day(2009, 4, 7),
	}, {
		name:      "an unnamed French date line with its label",
		page:      `<html lang="fr"><h1>Le port rouvre</h1><div><span>Publié le 3 mars 2021</span></div>` + para + `</html>`,
		published: day(2021, 3, 3),
	}, {
		name:      "an unnamed date line just below a headline the body starts with",
		page:      `<html lang="de"><div id="content"><h2>Gold für das Duett</h2><div><b>Synchronschwimmen</b><br><span>01.02.2022</span></div>` + para + `</div></html>`,
		published: day(2022, 2, 1),
	}, {
		name: "an unnamed date line under the standfirst that opens the body",
		page: `<html lang="it"><meta name="description" content="Il comune ricostruirà il pontile dei traghetti, chiuso da due inverni di mareggiate, entro la fine del prossimo anno.">
			<h1>Il pontile rinasce</h1><div class="desc"><span>Il comune ricostruirà il pontile dei traghetti, chiuso da due inverni di mareggiate, entro la fine del prossimo anno.</span></div>
			<div><ul><li>Autore: redazione</li><li>Pubblicato il 12 marzo 2021</li></ul></div>` + para + `</html>`,
		published: day(2021, 3, 12),
	}, {
		name: "a rail's date far above the body is another story's",
		page: `<html lang="de"><ul><li>03.01.2021 Andere Meldung</li><li><a href="/1">Politik</a></li><li><a href="/2">Sport</a></li>
			<li><a href="/3">Kultur</a></li><li><a href="/4">Wetter</a></li><li><a href="/5">Reise</a></li><li><a href="/6">Auto</a></li></ul>
			<h1>Neue Brücke</h1>` + para + `</html>`,
		published: time.Time{},
	}, {
		name:      "a timeline after the first paragraph is the story's, not the page's",
		page:      `<html lang="en"><article><h1>How the outbreak spread</h1>` + para + `<ul><li>March 2, 2020: first case confirmed</li><li>March 9, 2020: schools close</li></ul></article></html>`,
		published: time.Time{},
	}, {
		name:      "Google Scholar citation meta",
		page:      `<meta name="citation_publication_date" content="2009/09/15">` + para,
		published: day(2009, 9, 15),
	}, {
		name:      "microdata uploadDate of a video page",
		page:      `<meta itemprop="uploadDate" content="2019-10-16T18:15:00Z">` + para,
		published: time.Date(2019, 10, 16, 18, 15, 0, 0, time.UTC),
	}, {
		name:      "a US numeric date in microdata",
		page:      `<html lang="en"><meta itemprop="dateCreated" content="06/13/2019">` + para + `</html>`,
		published: day(2019, 6, 13),
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(strings.NewReader(tt.page), &Options{URL: mustURL(tt.url)})
			if err != nil {
				t.Fatal(err)
			}
			if !a.Published.Equal(tt.published) {
				t.Errorf("Published = %v, want %v", a.Published, tt.published)
			}
		})
	}
	a, err := Parse(strings.NewReader(`<span class="updated" title="2013-04-04T18:52:11+00:00"></span>`+para), nil)
	if err != nil || !a.Modified.Equal(time.Date(2013, 4, 4, 18, 52, 11, 0, time.UTC)) {
		t.Errorf("hAtom updated: Modified = %v, %v", a.Modified, err)
	}
}
