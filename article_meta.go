package lede

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta holds the metadata evidence gathered from one page in a single
// walk of its tree; fill turns it into Article fields by ranking the sources.
type pageMeta struct {
	base *url.URL // Options.URL, parsed; nil when unknown

	lang       string            // <html lang>
	titleTag   string            // <title>
	h1s        []string          // texts of the first few <h1>
	meta       map[string]string // first content per lower-case name, property or itemprop
	canonical  string            // <link rel=canonical>
	imageLink  string            // <link rel=image_src>
	relAuthors []string          // texts of rel=author links
	propAuthor []string          // texts of itemprop=author elements
	bylines    []string          // texts of elements whose class names a byline
	timeAttrs  []string          // datetime of <time> elements marked as publication times
	firstTime  string            // datetime of the first <time> element
	ld         linkedData        // JSON-LD
}

func newPageMeta(doc *html.Node, pageURL string) *pageMeta {
	p := &pageMeta{meta: make(map[string]string)}
	if u, err := url.Parse(pageURL); err == nil && u.IsAbs() {
		p.base = u
	}
	p.walk(doc)
	if p.base == nil {
		// Without the page's address, the one it declares for itself
		// resolves its relative links.
		for _, u := range []string{p.meta["og:url"], p.ld.url} {
			if b, err := url.Parse(strings.TrimSpace(u)); err == nil && b.IsAbs() && b.Host != "" {
				p.base = b
				break
			}
		}
	}
	return p
}

// maxH1 bounds how many <h1> texts are kept: the headline is among the first.
const maxH1 = 4

func (p *pageMeta) walk(n *html.Node) {
	if n.Type == html.ElementNode {
		if !p.visit(n) {
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.walk(c)
	}
}

// visit records n's metadata and reports whether its children need a visit.
func (p *pageMeta) visit(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html:
		p.lang = attr(n, "lang")
	case atom.Title:
		if p.titleTag == "" {
			p.titleTag = nodeText(n)
		}
		return false
	case atom.Meta:
		p.addMeta(n)
	case atom.Link:
		p.addLink(n)
	case atom.Script:
		if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
			p.ld.add(nodeText(n))
		}
		return false
	case atom.Style, atom.Noscript, atom.Template, atom.Svg:
		return false
	case atom.H1:
		if len(p.h1s) < maxH1 {
			if t := nodeText(n); t != "" {
				p.h1s = append(p.h1s, t)
			}
		}
	case atom.Time:
		p.addTime(n)
	case atom.A:
		if hasToken(attr(n, "rel"), "author") {
			p.relAuthors = append(p.relAuthors, nodeText(n))
		}
	}
	if prop := attr(n, "itemprop"); prop != "" {
		p.addItemprop(n, prop)
	}
	if isBylineElement(n) {
		p.bylines = append(p.bylines, nodeText(n))
	}
	return true
}

func (p *pageMeta) addMeta(n *html.Node) {
	content, ok := attrOK(n, "content")
	if !ok {
		return
	}
	content = collapseSpace(content)
	for _, key := range []string{"property", "name", "itemprop", "http-equiv"} {
		k := strings.ToLower(strings.TrimSpace(attr(n, key)))
		if k == "" {
			continue
		}
		if _, seen := p.meta[k]; !seen && content != "" {
			p.meta[k] = content
		}
	}
}

func (p *pageMeta) addLink(n *html.Node) {
	rel := attr(n, "rel")
	href := strings.TrimSpace(attr(n, "href"))
	switch {
	case href == "":
	case hasToken(rel, "canonical") && p.canonical == "":
		p.canonical = href
	case hasToken(rel, "image_src") && p.imageLink == "":
		p.imageLink = href
	case hasToken(rel, "author") && n.DataAtom == atom.A:
		p.relAuthors = append(p.relAuthors, nodeText(n))
	}
}

func (p *pageMeta) addTime(n *html.Node) {
	dt := strings.TrimSpace(attr(n, "datetime"))
	if dt == "" {
		return
	}
	if p.firstTime == "" {
		p.firstTime = dt
	}
	if _, ok := attrOK(n, "pubdate"); ok {
		p.timeAttrs = append(p.timeAttrs, dt)
	}
}

// addItemprop records microdata: itemprop=author elements (whose name may be
// in a nested itemprop=name) and dates on non-meta elements.
func (p *pageMeta) addItemprop(n *html.Node, prop string) {
	switch {
	case hasToken(prop, "author") || hasToken(prop, "creator"):
		if n.DataAtom != atom.Meta && n.DataAtom != atom.Link {
			p.propAuthor = append(p.propAuthor, nodeText(n))
		}
	case hasToken(prop, "datePublished") && n.DataAtom != atom.Meta:
		if v := firstNonEmpty(attr(n, "datetime"), attr(n, "content")); v != "" {
			p.timeAttrs = append(p.timeAttrs, v)
		}
	}
}

// fill sets a's metadata fields from the gathered evidence.
func (p *pageMeta) fill(a *Article) {
	a.Site = normalize(p.site())
	a.Title = normalize(p.title(a.Site))
	a.Authors = p.authors()
	a.Published = p.published()
	a.Modified = p.modified()
	a.Language = p.language()
	a.URL = p.canonicalURL()
	a.Description = normalize(firstNonEmpty(p.meta["description"], p.meta["og:description"],
		p.ld.description, p.meta["twitter:description"]))
	a.Image = p.resolve(firstNonEmpty(p.meta["og:image"], p.meta["og:image:url"],
		p.meta["og:image:secure_url"], p.ld.image, p.meta["twitter:image"],
		p.meta["twitter:image:src"], p.imageLink))
}

// site names the publication. Without a declaration, the decoration that
// title stripping removes ("Headline | Site") is the site's name.
func (p *pageMeta) site() string {
	if s := firstNonEmpty(p.meta["og:site_name"], p.ld.publisher, p.meta["application-name"]); s != "" {
		return s
	}
	if _, suffix := stripSiteName(p.titleTag, "", p.host()); suffix != "" {
		return suffix
	}
	for _, h := range p.h1s {
		if rest := trimHeadline(p.titleTag, h); rest != "" {
			return rest
		}
	}
	return strings.TrimPrefix(p.meta["twitter:site"], "@")
}

// title picks the headline. The page's own <h1> is how readers see it, so it
// wins when another source confirms it; otherwise the social and JSON-LD
// titles, which sites write for sharing, come before the <title> tag, and
// whichever is used loses its " | Site" decoration.
func (p *pageMeta) title(site string) string {
	declared := firstNonEmpty(p.meta["og:title"], p.ld.headline,
		p.meta["twitter:title"], p.titleTag)
	for _, h := range p.h1s {
		if sameText(h, declared) || sameText(h, p.titleTag) ||
			(len(h) >= 10 && containsFold(p.titleTag, h)) || (len(h) >= 10 && containsFold(declared, h)) {
			return h
		}
	}
	if declared == "" && len(p.h1s) > 0 {
		return p.h1s[0]
	}
	t, _ := stripSiteName(declared, site, p.host())
	return t
}

func (p *pageMeta) host() string {
	if p.base == nil {
		return ""
	}
	return strings.TrimPrefix(p.base.Hostname(), "www.")
}

// titleSeparators are the marks pages put between a headline and the site
// name in <title>: "Headline | Site", "Site - Headline", "Headline — Site".
var titleSeparators = []string{" | ", " – ", " — ", " - ", " :: ", " · ", " » ", " // ", " • "}

// stripSiteName removes a site name decoration from a title and returns the
// headline and the removed name ("" when none). A segment is the site's
// name when it matches the site or host, or when it is the short last
// segment after a longer headline ("A long headline here | VentureBeat").
func stripSiteName(title, site, host string) (headline, name string) {
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		if isSiteName(tail, site, host) || (wordCount(tail) <= 4 && wordCount(head) >= 2*wordCount(tail)+1) {
			return head, tail
		}
		j := strings.Index(title, sep)
		if first := strings.TrimSpace(title[:j]); isSiteName(first, site, host) {
			return strings.TrimSpace(title[j+len(sep):]), first
		}
	}
	return title, ""
}

// trimHeadline returns what remains of title around the headline h when
// title is the headline decorated with one more segment ("h | Site" or
// "Site - h"), or "".
func trimHeadline(title, h string) string {
	for _, sep := range titleSeparators {
		if rest, ok := strings.CutPrefix(title, h+sep); ok {
			return strings.TrimSpace(rest)
		}
		if rest, ok := strings.CutSuffix(title, sep+h); ok {
			return strings.TrimSpace(rest)
		}
	}
	return ""
}

func isSiteName(s, site, host string) bool {
	if s == "" {
		return false
	}
	squashed := strings.ToLower(strings.ReplaceAll(s, " ", ""))
	return sameText(s, site) ||
		(host != "" && (strings.Contains(host, squashed) || strings.EqualFold(s, host)))
}

func (p *pageMeta) authors() []string {
	sources := [][]string{
		p.ld.authorNames(),
		{p.meta["author"], p.meta["article:author"], p.meta["parsely-author"],
			p.meta["sailthru.author"], p.meta["dc.creator"], p.meta["byl"]},
		p.relAuthors,
		p.propAuthor,
		p.bylines,
	}
	for _, src := range sources {
		if names := personNames(src); len(names) > 0 {
			return names
		}
	}
	return nil
}

// publishedKeys are the meta tags that carry a publication date, most
// specific first.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "article:published",
	"datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
	"parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
	"dc.date", "dcterms.created", "date", "article.published", "og:published_time",
}

var modifiedKeys = []string{
	"article:modified_time", "og:article:modified_time", "og:updated_time",
	"datemodified", "dcterms.modified", "last-modified", "lastmod",
}

func (p *pageMeta) published() time.Time {
	cands := []string{p.ld.published}
	for _, k := range publishedKeys {
		cands = append(cands, p.meta[k])
	}
	cands = append(cands, p.timeAttrs...)
	cands = append(cands, p.firstTime)
	for _, c := range cands {
		if t, ok := parseDate(c); ok {
			return t
		}
	}
	if p.base != nil {
		if t, ok := dateFromPath(p.base.Path); ok {
			return t
		}
	}
	return time.Time{}
}

func (p *pageMeta) modified() time.Time {
	cands := []string{p.ld.modified}
	for _, k := range modifiedKeys {
		cands = append(cands, p.meta[k])
	}
	for _, c := range cands {
		if t, ok := parseDate(c); ok {
			return t
		}
	}
	return time.Time{}
}

func (p *pageMeta) language() string {
	lang := firstNonEmpty(p.lang, p.meta["content-language"], p.ld.language,
		p.meta["og:locale"], p.meta["language"])
	lang = strings.TrimSpace(strings.ReplaceAll(lang, "_", "-"))
	if i := strings.IndexAny(lang, ",; "); i >= 0 {
		lang = lang[:i]
	}
	return lang
}

func (p *pageMeta) canonicalURL() string {
	u := firstNonEmpty(p.canonical, p.meta["og:url"], p.ld.url)
	if u == "" && p.base != nil {
		return p.base.String()
	}
	return p.resolve(u)
}

// resolve makes ref absolute against the page URL when both allow it.
func (p *pageMeta) resolve(ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	if p.base != nil {
		return p.base.ResolveReference(u).String()
	}
	if u.Scheme == "" && strings.HasPrefix(ref, "//") {
		return "https:" + ref
	}
	return ref
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
	if len(s) < 8 || len(s) > 64 {
		return time.Time{}, false
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

// urlDate matches the /2019/11/19/ or /2019-11-19/ dates of news URLs.
var urlDate = regexp.MustCompile(`/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|-|$)`)

func dateFromPath(path string) (time.Time, bool) {
	m := urlDate.FindStringSubmatch(path)
	if m == nil {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3])
	return t, err == nil
}

// bylineClassWords are class-name words that mark an element holding the
// byline ("By Jane Roe"): checked as whole words of the class attribute.
var bylineClassWords = []string{"byline", "author", "author-name", "authors", "writer"}

func isBylineElement(n *html.Node) bool {
	if n.DataAtom == atom.Meta || n.DataAtom == atom.Link || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return false
	}
	class := strings.ToLower(attr(n, "class"))
	for _, w := range bylineClassWords {
		if hasToken(class, w) {
			return true
		}
	}
	return false
}

// fillFromLead completes a's authors and publish time from the text right
// above the body, for pages that write their byline as plain text:
// "by Renée Dubois — Friday, 7 June 2019", or "Published 3 hours ago" when
// the reference time ref is known.
func fillFromLead(a *Article, lead []string, ref time.Time) {
	for _, line := range lead {
		parts := strings.FieldsFunc(line, func(r rune) bool { return r == '—' || r == '|' || r == '·' })
		for i, part := range parts {
			part = strings.TrimSpace(part)
			if i == 0 && len(a.Authors) == 0 && hasBylinePrefix(part) {
				a.Authors = personNames([]string{part})
			}
			if !a.Published.IsZero() {
				continue
			}
			if t, ok := parseDate(part); ok {
				a.Published = t
			} else if t, ok := relativeDate(part, ref); ok {
				a.Published = t
			}
		}
	}
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
