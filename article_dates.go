package lede

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// This file reads the dates that pages state about themselves: timestamps
// in meta tags and JSON-LD, dates written in the page's language in
// bylines and date lines ("6. Mai 2014", "15 августа 2016", "May 19,
// 2020", "29.04.2020"), relative bylines ("3 hours ago") and dates in URLs.

// dateClassWords mark the class names, ids and itemprops of elements that
// hold a date line, matched inside longer names ("itemPostDate",
// "entry-meta-date", "field-published-at", "fecha-nota", "post-info",
// "meta-info", "publication", "publicado"). A false match costs little:
// the element's text must be short and still read as a date.
var dateClassWords = []string{"date", "datum", "fecha", "time", "publish", "publica", "posted", "submitted", "created", "byline", "meta", "info"}

// namesDate reports whether n's class, id or itemprop names a date line.
func namesDate(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" && a.Key != "itemprop" {
			continue
		}
		v := strings.ToLower(a.Val)
		for _, w := range dateClassWords {
			if strings.Contains(v, w) {
				return true
			}
		}
	}
	return false
}

// publishedKeys are the meta tags that carry a publication date, most
// specific first: Open Graph's article namespace, schema.org microdata on
// <meta> (datePublished, dateCreated, uploadDate), Dublin Core, the
// citation tags of Google Scholar's (Highwire) and bepress's conventions,
// PRISM, and the names of common publishing systems and analytics tags.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "article:published",
	"datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
	"published_date", "published-date", "parsely-pub-date", "sailthru.date",
	"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created",
	"dcterms.created", "citation_publication_date", "citation_date",
	"citation_online_date", "bepress_citation_date", "bepress_citation_online_date",
	"prism.publicationdate", "date", "article.published", "og:published_time",
	"og:pubdate", "release_date", "datecreated", "uploaddate",
}

var modifiedKeys = []string{
	"article:modified_time", "og:article:modified_time", "og:updated_time",
	"datemodified", "dcterms.modified", "dc.date.modified", "last-modified", "lastmod",
}

// published returns the publication time the page declares: in JSON-LD,
// meta tags, marked-up times, or else the date in its URL or its first
// <time> element. When the declarations disagree, the one whose day the
// page also shows in a date line wins: a stale JSON-LD date beside the
// meta tag and the byline's "15.12.2022" loses.
func (p *pageMeta) published() time.Time {
	if declared, _ := p.declaredPublished(); len(declared) > 0 {
		return declared[0]
	}
	if p.base != nil {
		if t, ok := dateFromPath(p.base.Path); ok {
			return t
		}
	}
	if t, ok := p.parseDate(p.firstTime); ok {
		return t
	}
	return time.Time{}
}

// declaredPublished returns the publication times the page declares in
// JSON-LD, meta tags and marked-up times, most trusted first, and whether
// the page also shows the day of one of them in a date line; that one
// then comes first.
func (p *pageMeta) declaredPublished() (declared []time.Time, shown bool) {
	if !p.declared.read { // asked twice per page: by fill and by shownOverDeclared
		p.declared.times, p.declared.shown = p.readDeclaredPublished()
		p.declared.read = true
	}
	return p.declared.times, p.declared.shown
}

func (p *pageMeta) readDeclaredPublished() (declared []time.Time, shown bool) {
	cands := []string{p.ld.published}
	for _, k := range publishedKeys {
		cands = append(cands, p.meta[k])
	}
	cands = append(cands, p.timeAttrs...)
	declared = p.declaredTimes(cands)
	days := p.shownDays()
	for i, t := range declared {
		if days[t.Format(time.DateOnly)] {
			return slices.Insert(slices.Delete(declared, i, i+1), 0, t), true
		}
	}
	return declared, false
}

// shownOverDeclared returns the date the page shows at the article's top
// when none of the dates it declares is shown anywhere: what the readers
// see as the article's date wins over metadata that went stale (a
// republished story that keeps its first date in JSON-LD, an import date
// written by a publishing system). When that line shows the last update
// ("Updated Nov 13, 2019"), the update is the date: pages that show only
// it present the article as of that day, and the web set's annotators
// dated them so (5 of its pages; requiring the shown day to differ from
// the declared modification lost them all). A declared time on the shown
// day is returned for its time of day. A shown day that is the declared
// moment's day in UTC confirms the declaration: the page prints its
// timestamps in UTC.
func (p *pageMeta) shownOverDeclared(first *html.Node, lead []string) (time.Time, bool) {
	declared, shown := p.declaredPublished()
	if len(declared) == 0 || shown {
		return time.Time{}, false
	}
	top, ok := p.shownAtTop(first, lead)
	if !ok || top.Before(slices.MinFunc(declared, time.Time.Compare).AddDate(-1, 0, 0)) {
		// A date shown more than a year before every declaration is
		// the story's subject ("Twenty years after 11 September
		// 2001"), not its day.
		return time.Time{}, false
	}
	day := top.Format(time.DateOnly)
	for _, t := range declared {
		switch day {
		case t.Format(time.DateOnly):
			return t, true
		case t.UTC().Format(time.DateOnly):
			return time.Time{}, false
		}
	}
	return top, true
}

// shownAtTop returns the date the page shows at the article's top: on the
// date line closest above the body, else opening a part of the lines
// between the headline and the body (the nearest first: "By Jane Roe | 12
// May 2020", "Published 12 May 2020"), else as a part of the page's <title>
// by itself ("… - Información - 11/05/2022 - El País"). A date inside a
// sentence of those lines is what the story is about.
func (p *pageMeta) shownAtTop(first *html.Node, lead []string) (time.Time, bool) {
	if above, _, _ := p.dateLinesAround(first); !above.IsZero() {
		return above, true
	}
	lang := p.language()
	for i := len(lead) - 1; i >= 0; i-- {
		for _, part := range bylineParts(lead[i]) {
			if t, ok := parseDate(part); ok {
				return t, true
			}
			if t, ok := leadingDate(part, lang); ok {
				return t, true
			}
		}
	}
	for _, part := range titleParts(p.titleTag) {
		if t, ok := parseDate(part); ok {
			return t, true
		}
		if t, ok := readDate(part, lang); ok && len(strings.Fields(part)) <= maxDateLabelWords+3 {
			return t, true // the date and at most a short label: "vom 22.04.2020"
		}
	}
	return time.Time{}, false
}

// titleParts splits a <title> at the separators sites put between the
// headline, the section, the date and the site's name: a byline's (see
// bylineParts), and the hyphen and en dash.
func titleParts(title string) []string {
	return bylineParts(strings.NewReplacer(" - ", "|", "–", "|").Replace(title))
}

const (
	// maxDatelineBytes is how far into a paragraph a dateline may open
	// it: "27.1.2022 – Bei der Erinnerung…", "BERLIN, 12. Mai 2020 –".
	maxDatelineBytes = 40
	// maxDatelineParagraphs is how many of the text's first paragraphs may
	// open with the dateline: a standfirst or a byline may come first.
	maxDatelineParagraphs = 3
)

// publishedInText returns the date of last resort for pages that declare
// none and show none above or below the text: a dateline that opens one of
// the text's first paragraphs, or else a date in the page's title
// ("Bericht zur Coronalage vom 22.04.2020", "… | DW | 23.05.2011").
func (p *pageMeta) publishedInText(a *Article) time.Time {
	lang := p.language()
	paragraphs := 0
	for _, b := range a.Blocks {
		if b.Type != BlockParagraph {
			continue
		}
		if paragraphs++; paragraphs > maxDatelineParagraphs {
			break
		}
		opening := b.Text
		if len(opening) > maxDatelineBytes {
			opening = opening[:maxDatelineBytes]
			if i := strings.LastIndexByte(opening, ' '); i > 0 {
				opening = opening[:i]
			}
		}
		if t, ok := readDate(opening, lang); ok {
			return t
		}
	}
	for _, title := range []string{p.titleTag, p.meta["og:title"]} {
		if t, ok := readDate(title, lang); ok {
			return t
		}
	}
	return time.Time{}
}

// maxShownDates bounds the date lines shownDays reads: the article's own
// are near the top.
const maxShownDates = 50

// shownDays returns the days (YYYY-MM-DD) that the page's date lines show.
func (p *pageMeta) shownDays() map[string]bool {
	days := make(map[string]bool)
	lang := p.language()
	for _, l := range p.dateLines[:min(len(p.dateLines), maxShownDates)] {
		if t, ok := readDateLine(l.text, lang); ok {
			days[t.Format(time.DateOnly)] = true
		}
		for _, day := range ambiguousSlashDays(l.text) {
			days[day] = true
		}
	}
	return days
}

// slashDate matches a numeric date with slashes, "11/01/2021".
var slashDate = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b`)

// ambiguousSlashDays returns both readings of the slashed dates in s whose
// day and month could be either way round ("11/01/2021" is 11 January or
// 1 November): pages quote dates in the order of their software, which
// need not be their language's (a German page showing "11/01/2021" for 1
// November).
func ambiguousSlashDays(s string) []string {
	var days []string
	for _, m := range slashDate.FindAllStringSubmatch(s, -1) {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		if a > 12 || b > 12 {
			continue // only one reading
		}
		for _, dm := range [][2]int{{a, b}, {b, a}} {
			if t, ok := validDate(y, dm[1], dm[0]); ok {
				days = append(days, t.Format(time.DateOnly))
			}
		}
	}
	return days
}

// publishedNear returns the date of the date line closest above the body's
// first element (the byline's "Posted 12 May 2020"), or else of the first
// one below it (a date under the text), or else of an unnamed line near
// the body's start (see unnamedDateNear), for pages that state their date
// nowhere else; zero when none reads as a date. Date lines further up are
// other stories' dates, in rails and teasers.
func (p *pageMeta) publishedNear(first *html.Node) time.Time {
	above, below, passed := p.dateLinesAround(first)
	switch {
	case !passed:
		return time.Time{} // the body came from a hidden copy
	case !above.IsZero():
		return above
	case !below.IsZero():
		return below
	}
	return p.unnamedDateNear(first, p.language())
}

// dateLinesAround returns the dates of the date lines closest above and
// below the body's first element, and whether the walk met that element
// at all.
func (p *pageMeta) dateLinesAround(first *html.Node) (above, below time.Time, passed bool) {
	if first == nil {
		return time.Time{}, time.Time{}, false
	}
	lines := make(map[*html.Node]string, len(p.dateLines))
	for _, l := range p.dateLines {
		lines[l.node] = l.text
	}
	lang := p.language()
	walkElements(p.root, func(n *html.Node) bool {
		if n == first {
			passed = true
			return above.IsZero()
		}
		text, ok := lines[n]
		if !ok {
			return true
		}
		t, ok := readDateLine(text, lang)
		switch {
		case !ok:
		case !passed:
			above = t
		default:
			below = t
			return false
		}
		return true
	})
	return above, below, passed
}

// maxUnnamedDateText bounds an unnamed date line: a date with a label or a
// place ("Datum: 26. Januar 2022", "31.01.2022 | Sport").
const maxUnnamedDateText = 80

// maxUnnamedDateDistance is how many lines of text an unnamed date line may
// lie from the body's first element: it belongs to the headline's block
// (above or below the headline, beside the lead picture), not to a rail.
const maxUnnamedDateDistance = 6

// unnamedDateNear returns the date of the nearest short line above first
// that opens with a date, or else of the first such line just below it
// and above the prose, for pages that mark their date line with no name
// at all (a bare <span>, <small> or <p> under the headline). Such a line
// is trusted only close to the body's start: rails and teasers further
// off show other stories' dates.
func (p *pageMeta) unnamedDateNear(first *html.Node, lang string) time.Time {
	var above []time.Time // the text lines passed, newest last; zero when not a date
	passed, inFirst, below := false, false, 0
	after := elementAfter(first)
	var found time.Time
	walkElements(p.root, func(n *html.Node) bool {
		if n == after {
			inFirst = false
		}
		if n == first {
			inFirst = true
			passed = true
			for i := len(above) - 1; i >= 0 && i >= len(above)-maxUnnamedDateDistance; i-- {
				if !above[i].IsZero() {
					found = above[i]
					return false
				}
			}
		}
		if isNonText(n) || !hasOwnText(n) {
			return true
		}
		var d time.Time
		t, short := boundedText(n, maxUnnamedDateText)
		if short && strings.ContainsAny(t, "0123456789") { // every date has its year
			d, _ = leadingDate(t, lang)
		}
		if !passed {
			above = append(above, d)
			return true
		}
		if !short && !inFirst {
			// The prose began (past a standfirst that opens the body):
			// dates further down are the story's own (a timeline).
			return false
		}
		if below++; !d.IsZero() {
			found = d
		}
		return found.IsZero() && below < maxUnnamedDateDistance
	})
	return found
}

// elementAfter returns the element that follows n and its subtree in
// document order, or nil.
func elementAfter(n *html.Node) *html.Node {
	for ; n != nil; n = n.Parent {
		for s := n.NextSibling; s != nil; s = s.NextSibling {
			if s.Type == html.ElementNode {
				return s
			}
		}
	}
	return nil
}

// hasOwnText reports whether n holds text of its own, not only inside its
// child elements.
func hasOwnText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return true
		}
	}
	return false
}

// maxDateLabelWords is how many words may come before a date that opens
// a line: "Datum:", "Published on", "Veröffentlicht am".
const maxDateLabelWords = 3

// leadingDate reads a date that opens s, after at most a short label of
// words: "Apr 7, 2009", "Datum: 26. Januar 2022", "am 20.09.2020 um 10:16".
// A date further in ("Konzert in Wien am 2.11.") is not the line's date.
func leadingDate(s, lang string) (time.Time, bool) {
	if !strings.ContainsAny(s, "0123456789") {
		return time.Time{}, false // every date read has its year in digits
	}
	lang = baseLanguage(lang)
	toks := tokenizeDate(s)
	for i, words := 0, 0; i < len(toks) && words <= maxDateLabelWords; i++ {
		if t, ok := dateAt(toks, i, lang); ok {
			return t, true
		}
		switch {
		case toks[i].isWord():
			words++
		case toks[i].text == ":" || toks[i].text == ",":
		default:
			return time.Time{}, false
		}
	}
	return time.Time{}, false
}

func (p *pageMeta) modified() time.Time {
	cands := []string{p.ld.modified}
	for _, k := range modifiedKeys {
		cands = append(cands, p.meta[k])
	}
	cands = append(cands, p.updated...)
	if declared := p.declaredTimes(cands); len(declared) > 0 {
		return declared[0]
	}
	return time.Time{}
}

// parseDate reads a timestamp as sites write them in metadata, or failing
// that a date written in the page's language ("06/13/2019", "20.06.2019
// 11:43").
func (p *pageMeta) parseDate(s string) (time.Time, bool) {
	if t, ok := parseDate(s); ok {
		return t, true
	}
	return readDate(s, p.language())
}

// dateLayouts are the date formats met in meta tags and JSON-LD, most
// common first.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02",
	"20060102",
	"20060102150405",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon Jan 2 2006 15:04:05 GMT-0700",
	"January 2, 2006 3:04 PM",
	"January 2, 2006",
	"Monday, January 2, 2006",
	"Monday, 2 January 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
}

// parseDate reads a date in any of dateLayouts. Years outside 1990–2100 are
// rejected: they come from placeholder values, not publication dates.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 8 || len(s) > 64 || !strings.ContainsAny(s, "0123456789") {
		return time.Time{}, false // every layout writes the year in digits
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			if t.Year() < 1990 || t.Year() > 2100 {
				return time.Time{}, false
			}
			return t, true
		}
	}
	return time.Time{}, false
}

// urlDate matches the /2019/11/19/ or /2019-11-19/ dates of news URLs,
// and the /2017/7/12/ of Squarespace's.
var urlDate = regexp.MustCompile(`/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|-|$)`)

func dateFromPath(path string) (time.Time, bool) {
	m := urlDate.FindStringSubmatch(path)
	if m == nil {
		return time.Time{}, false
	}
	year, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	day, _ := strconv.Atoi(m[3])
	return validDate(year, month, day)
}

// relativeUnits are the units of "N units ago" in bylines.
var relativeUnits = map[string]time.Duration{
	"second": time.Second, "seconds": time.Second, "sec": time.Second, "secs": time.Second,
	"minute": time.Minute, "minutes": time.Minute, "min": time.Minute, "mins": time.Minute,
	"hour": time.Hour, "hours": time.Hour, "hr": time.Hour, "hrs": time.Hour,
	"day": 24 * time.Hour, "days": 24 * time.Hour,
	"week": 7 * 24 * time.Hour, "weeks": 7 * 24 * time.Hour,
}

// relativeDate reads a byline's relative time ("Published 3 hours ago",
// "Updated an hour ago", "yesterday") against ref, or fails when ref is
// zero. Days resolve to the day, not the hour: "2 days ago" on a page
// fetched at 09:00 says nothing about the time of day.
func relativeDate(s string, ref time.Time) (time.Time, bool) {
	if ref.IsZero() {
		return time.Time{}, false
	}
	words := strings.Fields(strings.ToLower(strings.Trim(s, " .:")))
	for i := len(words) - 1; i >= 0; i-- {
		switch words[i] {
		case "today":
			return day(ref), true
		case "yesterday":
			return day(ref).AddDate(0, 0, -1), true
		case "ago":
			if i < 2 {
				return time.Time{}, false
			}
			unit, ok := relativeUnits[words[i-1]]
			if !ok {
				return time.Time{}, false
			}
			n, err := strconv.Atoi(words[i-2])
			if words[i-2] == "a" || words[i-2] == "an" {
				n, err = 1, nil
			}
			if err != nil || n < 0 || n > 1000 {
				return time.Time{}, false
			}
			t := ref.Add(-time.Duration(n) * unit)
			if unit >= 24*time.Hour {
				t = day(t)
			}
			return t, true
		}
	}
	return time.Time{}, false
}

// day returns midnight at the start of t's day, in t's location.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

//go:generate go run gen_months.go -cldr $CLDR_JSON

// Dates written in words and numbers
//
// readDate finds a date in text such as a byline or a date line, in the
// forms pages use around the world:
//
//	numbers  "2020-04-29", "29.04.2020", "29/04/2020", "4/29/2020", "2020. 04. 29."
//	names    "29. April 2020", "29 avril 2020", "29 de abril de 2020",
//	         "29 апреля 2020", "April 29, 2020", "Apr. 29th, 2020", "2020. április 29."
//	CJK      "2020年4月29日", "2020년 4월 29일"
//
// Month names come from CLDR for every language it covers at its modern
// level (zmonths.go). A name is read in the page's language first; a name
// that the page's language does not have counts when it names the same
// month in every language that has it ("listopad" is November in Polish
// and Czech but October in Croatian, so it needs the page's language).
// Numbers in day-month order are read in the page language's order (CLDR's
// short date format: "4/5/2020" is April 5 in English, 4 May in French and
// German), unless a number above 12 settles it. Two-digit years are not
// read: "19.12.19" is as often a version or a score as a date.

// dateToken is one piece of a date text: a number, a word, or one
// punctuation mark.
type dateToken struct {
	text  string // the word lower-cased, the digits, or the mark
	num   int    // the value of a number, -1 otherwise
	space bool   // white space follows
}

func (t dateToken) isNum() bool  { return t.num >= 0 }
func (t dateToken) isWord() bool { return t.num < 0 && len(t.text) > 0 && isLetterStart(t.text) }

func isLetterStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// maxDateText bounds the text readDate looks at: date lines are short, and
// the reader must stay cheap on whatever a page puts in a date-named element.
const maxDateText = 200

// tokenizeDate cuts s into numbers, words and marks.
func tokenizeDate(s string) []dateToken {
	var toks []dateToken
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			if len(toks) > 0 {
				toks[len(toks)-1].space = true
			}
			i += size
		case r >= '0' && r <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			n := -1
			if j-i <= 4 {
				n, _ = strconv.Atoi(s[i:j])
			}
			toks = append(toks, dateToken{text: s[i:j], num: n})
			if n < 0 {
				toks[len(toks)-1].num = 1 << 20 // too long to be part of a date
			}
			i = j
		case unicode.IsLetter(r) && !isCJKDateMark(r):
			j := i
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) && !unicode.Is(unicode.Mn, r2) || isCJKDateMark(r2) {
					break
				}
				j += n
			}
			toks = append(toks, dateToken{text: strings.ToLower(s[i:j]), num: -1})
			i = j
		default:
			toks = append(toks, dateToken{text: s[i : i+size], num: -1})
			i += size
		}
	}
	return toks
}

// isCJKDateMark reports the characters that follow year, month and day
// numbers in Chinese, Japanese and Korean dates.
func isCJKDateMark(r rune) bool {
	switch r {
	case '年', '月', '日', '년', '월', '일':
		return true
	}
	return false
}

// readDate returns the first date written in s, read in the language lang
// (a BCP 47 tag; "" when unknown), at midnight UTC; see the section comment.
func readDate(s, lang string) (time.Time, bool) {
	if len(s) > maxDateText {
		s = s[:maxDateText]
	}
	if !strings.ContainsAny(s, "0123456789") {
		return time.Time{}, false // every date read has its year in digits
	}
	lang = baseLanguage(lang)
	toks := tokenizeDate(s)
	for i := range toks {
		if t, ok := dateAt(toks, i, lang); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// dateAt returns the valid date that starts at toks[i], if any reader
// reads one there.
func dateAt(toks []dateToken, i int, lang string) (time.Time, bool) {
	for _, read := range pageDateReaders {
		if y, m, d, ok := read(toks, i, lang); ok {
			if t, ok := validDate(y, m, d); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// pageDateReaders each try to read a date starting at toks[i].
var pageDateReaders = []func(toks []dateToken, i int, lang string) (y, m, d int, ok bool){
	numericDate, dayMonthYear, monthDayYear, yearMonthDay, cjkDate,
}

// numericDate reads three numbers joined by one kind of mark: "2020-04-29",
// "29.04.2020", "4/29/2020", "2020. 04. 29.".
func numericDate(toks []dateToken, i int, lang string) (y, m, d int, ok bool) {
	if i+4 >= len(toks) || !toks[i].isNum() || !toks[i+2].isNum() || !toks[i+4].isNum() {
		return 0, 0, 0, false
	}
	sep := toks[i+1].text
	if sep != toks[i+3].text || (sep != "." && sep != "/" && sep != "-") {
		return 0, 0, 0, false
	}
	if toks[i+1].space != toks[i+3].space || (toks[i].space || toks[i+2].space) {
		return 0, 0, 0, false // "3 . 5 . 2020" is no date
	}
	a, b, c := toks[i], toks[i+2], toks[i+4]
	switch {
	case len(a.text) == 4 && len(b.text) <= 2 && len(c.text) <= 2:
		return a.num, b.num, c.num, true
	case len(c.text) == 4 && len(a.text) <= 2 && len(b.text) <= 2:
		if i+5 < len(toks) && toks[i+5].text == sep && !toks[i+4].space {
			return 0, 0, 0, false // "1.2.2020.5": a version number
		}
		d, m := dayAndMonth(a.num, b.num, lang)
		return c.num, m, d, true
	}
	return 0, 0, 0, false
}

// dayAndMonth tells which of the first two numbers of a date that ends
// with its year is the day: the one above 12 if either is, else the one
// that the language's date order puts first or second.
func dayAndMonth(a, b int, lang string) (day, month int) {
	if a <= 12 && (b > 12 || cldrDateOrder[lang] == "mdy") {
		return b, a
	}
	return a, b
}

// dayMonthYear reads "29. April 2020", "29 avril 2020", "29 de abril de
// 2020", "29-Apr-2020".
func dayMonthYear(toks []dateToken, i int, lang string) (y, m, d int, ok bool) {
	if !isDayNumber(toks, i) {
		return 0, 0, 0, false
	}
	j := skipMarks(toks, i+1)
	j = skipFiller(toks, j, lang)
	if j >= len(toks) {
		return 0, 0, 0, false
	}
	month, ok := monthOf(toks[j].text, lang)
	if !ok {
		return 0, 0, 0, false
	}
	k := skipFiller(toks, skipMarks(toks, j+1), lang)
	if k >= len(toks) || !isYearNumber(toks[k]) {
		return 0, 0, 0, false
	}
	return toks[k].num, month, toks[i].num, true
}

// monthDayYear reads "April 29, 2020", "Apr. 29th 2020".
func monthDayYear(toks []dateToken, i int, lang string) (y, m, d int, ok bool) {
	if !toks[i].isWord() {
		return 0, 0, 0, false
	}
	month, ok := monthOf(toks[i].text, lang)
	if !ok {
		return 0, 0, 0, false
	}
	j := skipMarks(toks, i+1)
	if !isDayNumber(toks, j) {
		return 0, 0, 0, false
	}
	k := j + 1
	if k < len(toks) && ordinalSuffixes[toks[k].text] {
		k++
	}
	k = skipMarks(toks, k)
	if k >= len(toks) || !isYearNumber(toks[k]) {
		return 0, 0, 0, false
	}
	return toks[k].num, month, toks[j].num, true
}

// yearMonthDay reads "2020. április 29." and "2020 m. balandžio 29 d.".
func yearMonthDay(toks []dateToken, i int, lang string) (y, m, d int, ok bool) {
	if !isYearNumber(toks[i]) {
		return 0, 0, 0, false
	}
	j := skipFiller(toks, skipMarks(toks, i+1), lang)
	j = skipMarks(toks, j)
	if j >= len(toks) {
		return 0, 0, 0, false
	}
	month, ok := monthOf(toks[j].text, lang)
	if !ok {
		return 0, 0, 0, false
	}
	k := skipMarks(toks, j+1)
	if !isDayNumber(toks, k) {
		return 0, 0, 0, false
	}
	return toks[i].num, month, toks[k].num, true
}

// cjkDate reads "2020年4月29日" and "2020년 4월 29일".
func cjkDate(toks []dateToken, i int, lang string) (y, m, d int, ok bool) {
	if i+5 >= len(toks) || !isYearNumber(toks[i]) || !toks[i+2].isNum() || !toks[i+4].isNum() {
		return 0, 0, 0, false
	}
	y1, m1, d1 := toks[i+1].text, toks[i+3].text, toks[i+5].text
	if (y1 == "年" && m1 == "月" && d1 == "日") || (y1 == "년" && m1 == "월" && d1 == "일") {
		return toks[i].num, toks[i+2].num, toks[i+4].num, true
	}
	return 0, 0, 0, false
}

// shortYearLine matches a date line that holds nothing but a day with a
// two-digit year and perhaps a time: "23.09.22", "05/11/21 14:30".
var shortYearLine = regexp.MustCompile(`^(\d{1,2})([./-])(\d{1,2})([./-])(\d{2})(?:[ ,]+\d{1,2}[:.]\d{2}\D*)?$`)

// readDateLine reads the text of an element that the page names as a date
// line. There a date alone with a two-digit year is a date of this
// century ("23.09.22"), which readDate refuses in running text.
func readDateLine(s, lang string) (time.Time, bool) {
	if t, ok := readDate(s, lang); ok {
		return t, true
	}
	m := shortYearLine.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || m[2] != m[4] {
		return time.Time{}, false
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[3])
	y, _ := strconv.Atoi(m[5])
	d, mo := dayAndMonth(a, b, baseLanguage(lang))
	return validDate(2000+y, mo, d)
}

// isNumberMark reports a ":" or "," glued between numbers ("12:30",
// "3,5"); after a word it is a label's ("Datum:26. Januar 2022").
func isNumberMark(toks []dateToken, i int) bool {
	return (toks[i].text == ":" || toks[i].text == ",") && i > 0 && toks[i-1].isNum()
}

// ordinalSuffixes follow English day numbers ("29th").
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// isDayNumber reports a number of one or two digits at toks[i] that is not
// glued to a longer numeric expression ("12:30", "3,5").
func isDayNumber(toks []dateToken, i int) bool {
	if i >= len(toks) || !toks[i].isNum() || len(toks[i].text) > 2 || toks[i].num < 1 || toks[i].num > 31 {
		return false
	}
	if i > 0 && !toks[i-1].space && (toks[i-1].isNum() || isNumberMark(toks, i-1)) {
		return false
	}
	if i+1 >= len(toks) || toks[i].space {
		return true
	}
	next := toks[i+1].text
	glued := next == "," && !toks[i+1].space && i+2 < len(toks) && toks[i+2].isNum()
	return next != ":" && !glued
}

func isYearNumber(t dateToken) bool { return t.isNum() && len(t.text) == 4 }

// skipMarks skips the marks that sit inside dates: "29. April", "Apr.
// 29,", "29-Apr-2020".
func skipMarks(toks []dateToken, i int) int {
	for n := 0; i < len(toks) && n < 2; i, n = i+1, n+1 {
		switch toks[i].text {
		case ".", ",", "-", "/":
		default:
			return i
		}
	}
	return i
}

// skipFiller skips one short word that sits between the parts of a date in
// some languages ("29 de abril de 2020", "2020 m. balandžio", "le 29") when
// it is not a month name itself.
func skipFiller(toks []dateToken, i int, lang string) int {
	if i < len(toks) && toks[i].isWord() && utf8.RuneCountInString(toks[i].text) <= 3 {
		if _, isMonth := monthOf(toks[i].text, lang); !isMonth {
			return skipMarks(toks, i+1)
		}
	}
	return i
}

// monthOf returns the month that name (lower case) names in lang, or in
// every language that has the name.
func monthOf(name, lang string) (int, bool) {
	if m, ok := cldrMonths[lang][name]; ok {
		return int(m), true
	}
	m, ok := unambiguousMonths[name]
	return int(m), ok
}

// unambiguousMonths holds the month names of all languages that name the
// same month wherever they occur.
var unambiguousMonths = func() map[string]uint8 {
	all := make(map[string]uint8)
	clash := make(map[string]bool)
	for _, names := range cldrMonths {
		for name, m := range names {
			if old, ok := all[name]; ok && old != m {
				clash[name] = true
			}
			all[name] = m
		}
	}
	for name := range clash {
		delete(all, name)
	}
	return all
}()

// baseLanguage returns the language subtag of a BCP 47 tag, lower-cased:
// "pt" for "pt-BR".
func baseLanguage(tag string) string {
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return strings.ToLower(strings.TrimSpace(tag))
}

// validDate returns the date y-m-d at midnight UTC when it exists and lies
// in the years publication dates do (see parseDate).
func validDate(y, m, d int) (time.Time, bool) {
	if y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false // February 30
	}
	return t, true
}
