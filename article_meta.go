package lede

import (
	"net/url"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta holds the metadata evidence gathered from one page in a single
// walk of its tree; fill turns it into Article fields by ranking the sources.
type pageMeta struct {
	root *html.Node
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
	hcards     []string          // names in hCard author markup (class "author vcard" > "fn")
	timeAttrs  []string          // datetime of <time> elements marked as publication times
	updated    []string          // hAtom "updated" times
	firstTime  string            // datetime of the first <time> element
	dateLines  []dateLine        // short texts of date-named elements and <time> elements
	ld         linkedData        // JSON-LD
}

// dateLine is the text of an element that may state the page's date
// ("Veröffentlicht am 16.08.2019", "8 January 2020, 3:51 pm").
type dateLine struct {
	node *html.Node
	text string
}

func newPageMeta(doc *html.Node, pageURL string) *pageMeta {
	p := &pageMeta{root: doc, meta: make(map[string]string)}
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
	case atom.Abbr, atom.Span:
		p.addMicroformat(n)
	case atom.A:
		if hasToken(attr(n, "rel"), "author") {
			p.relAuthors = append(p.relAuthors, nodeText(n))
		}
	}
	if prop := attr(n, "itemprop"); prop != "" {
		p.addItemprop(n, prop)
	}
	if t, ok := bylineText(n); ok && t != "" {
		p.bylines = append(p.bylines, t)
	}
	if isHCardAuthor(n) {
		p.hcards = append(p.hcards, nodeText(n))
	}
	if n.DataAtom == atom.Time || namesDate(n) {
		if t, ok := boundedText(n, maxDateText); ok && t != "" {
			p.dateLines = append(p.dateLines, dateLine{n, t})
		}
	}
	return true
}

// dateClassWords mark the class names, ids and itemprops of elements that
// hold a date line, matched inside longer names ("itemPostDate",
// "entry-meta-date", "field-published-at", "fecha-nota", "post-info",
// "meta-info", "publication", "publicado"). A false match costs little: the element's text must be
// short and still read as a date.
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

// addMicroformat records hAtom times: <abbr class="published"
// title="2017-09-09T10:52:00+02:00">10:52</abbr>, as Blogger and older
// WordPress themes write them, and class "updated".
func (p *pageMeta) addMicroformat(n *html.Node) {
	title := strings.TrimSpace(attr(n, "title"))
	if title == "" {
		return
	}
	class := attr(n, "class")
	switch {
	case hasToken(class, "published"):
		p.timeAttrs = append(p.timeAttrs, title)
	case hasToken(class, "updated"):
		p.updated = append(p.updated, title)
	}
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
		// The date is in an attribute or, as in <span
		// itemprop="datePublished">May 19, 2020</span>, in the text.
		if v := firstNonEmpty(attr(n, "datetime"), attr(n, "content")); v != "" {
			p.timeAttrs = append(p.timeAttrs, v)
		} else if t, ok := boundedText(n, maxDateText); ok {
			p.timeAttrs = append(p.timeAttrs, t)
		}
	}
}

// fill sets a's metadata fields from the gathered evidence.
func (p *pageMeta) fill(a *Article) {
	a.Site = normalize(p.site())
	a.Title = normalize(p.title(a.Site))
	a.Authors = p.authors(a.Site)
	a.Published = p.published()
	a.Modified = p.modified()
	a.Language = p.language()
	a.URL = p.canonicalURL()
	a.Description = normalize(firstNonEmpty(p.meta["description"], p.meta["og:description"],
		p.ld.description, p.meta["twitter:description"]))
	for _, img := range []string{p.meta["og:image"], p.meta["og:image:url"],
		p.meta["og:image:secure_url"], p.ld.image, p.meta["twitter:image"],
		p.meta["twitter:image:src"], p.imageLink} {
		if a.Image = p.resolve(img); a.Image != "" {
			break
		}
	}
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
		if sameText(h, site) && !sameText(h, declared) {
			continue // a blog's name set as its <h1>
		}
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
	// Blogger writes "Blog name: Post title"; a colon is a headline's own
	// mark too ("Brexit: what happens next"), so only the site's name
	// before it is decoration.
	if first, rest, ok := strings.Cut(title, ": "); ok && isSiteName(strings.TrimSpace(first), site, host) && rest != "" {
		return strings.TrimSpace(rest), strings.TrimSpace(first)
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

// authors returns the article's authors from the first source that names
// any. The publication credited as its own author ("finanztreff.de" in an
// author meta tag) counts only when no source names anyone else: on a
// personal site the site's name is its writer's.
func (p *pageMeta) authors(site string) []string {
	var siteNamed []string
	for _, names := range p.authorSources() {
		if writers := p.notSite(names, site); len(writers) > 0 {
			return writers
		}
		if siteNamed == nil {
			siteNamed = names
		}
	}
	return siteNamed
}

// authorSources returns the names each source of authors gives, most
// trusted first.
func (p *pageMeta) authorSources() [][]string {
	// Fields that hold nothing but the author may name a handle.
	fields := [][]string{
		p.ld.authorNames(),
		{p.meta["author"], p.meta["article:author"], p.meta["og:article:author"],
			p.meta["parsely-author"], p.meta["sailthru.author"], p.meta["dc.creator"],
			p.meta["dc:creator"], p.meta["dcterms.creator"], p.meta["citation_author"], p.meta["byl"]},
		p.relAuthors,
		p.propAuthor,
		p.hcards,
		p.twitterAuthors(),
	}
	var sources [][]string
	for _, src := range fields {
		if names := authorNames(src); len(names) > 0 {
			sources = append(sources, names)
		}
	}
	if names := bylineNames(p.bylines); len(names) > 0 {
		sources = append(sources, names)
	}
	return sources
}

// twitterAuthors returns the values of Twitter's label and data pairs
// whose label credits the writer: WordPress SEO plugins write
// twitter:label1 "Written by" (or "Verfasst von", "Écrit par") with
// twitter:data1 the name.
func (p *pageMeta) twitterAuthors() []string {
	var names []string
	for i := 1; i <= 4; i++ {
		label := strings.TrimSpace(p.meta["twitter:label"+strconv.Itoa(i)])
		if label != "" && bylinePrefix(label+" x x") != "" {
			names = append(names, p.meta["twitter:data"+strconv.Itoa(i)])
		}
	}
	return names
}

// notSite drops from names the site's name and its host ("finanztreff.de",
// "stylegart" on stylegart.de): author fields that credit the publication
// name no writer.
func (p *pageMeta) notSite(names []string, site string) []string {
	host := p.host()
	var kept []string
	for _, n := range names {
		squashed := strings.ToLower(strings.ReplaceAll(n, " ", ""))
		if sameText(n, site) || (host != "" && (strings.EqualFold(n, host) || strings.Contains(host, squashed))) {
			continue
		}
		kept = append(kept, n)
	}
	if len(kept) == 0 {
		return nil
	}
	return kept
}

// bylineAuthors returns the names of the first date line that opens as a
// byline ("Erstellt von Fabian am Dienstag 6. Mai 2014", "Gespeichert von
// rasos am 24. Juli 2017"), or else of a short line opening or closing the
// text that does ("Von Cosima Künzel"), for pages that credit their writer
// nowhere else. After the byline's own words, a single word is the
// writer's handle.
func (p *pageMeta) bylineAuthors(blocks []Block) []string {
	lines := make([]string, 0, len(p.dateLines)+2*maxBylineBlocks)
	for _, l := range p.dateLines {
		lines = append(lines, l.text)
	}
	for i, b := range blocks {
		if (i < maxBylineBlocks || i >= len(blocks)-maxBylineBlocks) && len(b.Text) <= maxBylineText {
			lines = append(lines, b.Text)
		}
	}
	for _, line := range lines {
		for _, part := range bylineParts(line) {
			if hasBylinePrefix(part) {
				if names := authorNames([]string{part}); len(names) > 0 {
					return names
				}
			}
		}
	}
	return nil
}

// maxBylineBlocks is how many of the body's first and last blocks may be
// its byline.
const maxBylineBlocks = 2

// bylineParts cuts a byline into its parts: "By Jane Roe | May 5, 2020".
func bylineParts(line string) []string {
	parts := strings.FieldsFunc(line, func(r rune) bool { return r == '—' || r == '|' || r == '·' || r == '•' })
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// isHCardAuthor reports the name of an hCard author: an element of class
// "fn" in one of class "author" or "vcard" (hAtom's author markup, which
// WordPress and Blogger themes write: <span class="author vcard"><a
// class="url fn n">gizzmo</a></span>).
func isHCardAuthor(n *html.Node) bool {
	if !hasToken(attr(n, "class"), "fn") {
		return false
	}
	for a, d := n, 0; a != nil && a.Type == html.ElementNode && d <= 3; a, d = a.Parent, d+1 {
		if class := attr(a, "class"); hasToken(class, "author") || hasToken(class, "vcard") {
			return !inComments(n)
		}
	}
	return false
}

// inComments reports whether n sits in a comment thread, whose hCards
// name the commenters ("comment-author vcard").
func inComments(n *html.Node) bool {
	for ; n != nil && n.Type == html.ElementNode; n = n.Parent {
		for _, a := range n.Attr {
			if (a.Key == "class" || a.Key == "id") && strings.Contains(strings.ToLower(a.Val), "comment") {
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
	cands := []string{p.ld.published}
	for _, k := range publishedKeys {
		cands = append(cands, p.meta[k])
	}
	cands = append(cands, p.timeAttrs...)
	var declared []time.Time
	for _, c := range cands {
		if t, ok := p.parseDate(c); ok {
			declared = append(declared, t)
		}
	}
	if len(declared) > 0 {
		shown := p.shownDays()
		for _, t := range declared {
			if shown[t.Format(time.DateOnly)] {
				return t
			}
		}
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
		if b.Kind != Paragraph {
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
	}
	return days
}

// publishedNear returns the date of the date line closest above the body's
// first element (the byline's "Posted 12 May 2020"), or else of the first
// one below it (a date under the text), for pages that state their date
// nowhere else; zero when no date line reads as a date. Date lines further
// up are other stories' dates, in rails and teasers.
func (p *pageMeta) publishedNear(first *html.Node) time.Time {
	if len(p.dateLines) == 0 || first == nil {
		return time.Time{}
	}
	lines := make(map[*html.Node]string, len(p.dateLines))
	for _, l := range p.dateLines {
		lines[l.node] = l.text
	}
	lang := p.language()
	var above, below time.Time
	passed := false
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
	switch {
	case !passed:
		return time.Time{} // the body came from a hidden copy
	case !above.IsZero():
		return above
	}
	return below
}

func (p *pageMeta) modified() time.Time {
	cands := []string{p.ld.modified}
	for _, k := range modifiedKeys {
		cands = append(cands, p.meta[k])
	}
	cands = append(cands, p.updated...)
	for _, c := range cands {
		if t, ok := p.parseDate(c); ok {
			return t
		}
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
	for _, u := range []string{p.canonical, p.meta["og:url"], p.ld.url} {
		if r := p.resolve(u); r != "" {
			return r
		}
	}
	if p.base != nil {
		return p.resolve(p.base.String())
	}
	return ""
}

// resolve makes ref absolute against the page URL when both allow it.
//
// Only web addresses leave lede: the result is an absolute http or https
// URL, or "" for a relative one that nothing resolves and for any other
// scheme ("javascript:", "data:", "file:"), which a program that follows
// or shows the link must not meet.
func (p *pageMeta) resolve(ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	switch {
	case p.base != nil:
		u = p.base.ResolveReference(u)
		ref = u.String()
	case u.Scheme == "" && strings.HasPrefix(ref, "//"):
		u.Scheme = "https"
		ref = "https:" + ref
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return ref
}

// bylineClassWords are the words of class names and ids that mark an
// element holding the byline ("By Jane Roe"): "byline", "author-name",
// "Tech-Author", "author_header", and German and French "autor", "auteur".
var bylineClassWords = map[string]bool{
	"byline": true, "author": true, "authors": true, "writer": true, "autor": true, "auteur": true,
}

// maxBylineText bounds the text read from a byline element: the names come
// first ("Georg Quaas, 21. Jan. 2015" before the rating widget the element
// also holds); further on are biographies and lists of articles.
const maxBylineText = 120

// bylineText returns the opening text of n when its class or id names a
// byline; comment threads' author names are no bylines.
func bylineText(n *html.Node) (string, bool) {
	if n.DataAtom == atom.Meta || n.DataAtom == atom.Link || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return "", false
	}
	named := false
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for w := range strings.FieldsFuncSeq(strings.ToLower(a.Val), func(r rune) bool { return r == ' ' || isWordSeparator(r) }) {
			named = named || bylineClassWords[w]
		}
	}
	if !named || inComments(n) {
		return "", false
	}
	return openingText(n, maxBylineText), true
}

// fillFromLead completes a's authors and publish time from the text right
// above the body, for pages that write their byline as plain text:
// "by Renée Dubois — Friday, 7 June 2019", or "Published 3 hours ago" when
// the reference time ref is known.
func fillFromLead(a *Article, lead []string, ref time.Time) {
	for _, line := range lead {
		for i, part := range bylineParts(line) {
			if i == 0 && len(a.Authors) == 0 && hasBylinePrefix(part) {
				a.Authors = personNames([]string{part})
			}
			if !a.Published.IsZero() {
				continue
			}
			if t, ok := parseDate(part); ok {
				a.Published = t
			} else if t, ok := readDate(part, a.Language); ok {
				a.Published = t
			} else if t, ok := relativeDate(part, ref); ok {
				a.Published = t
			}
		}
	}
}
