package lede

import (
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta holds the metadata evidence gathered from one page in a single
// walk of its tree; fill turns it into Article fields by ranking the sources.
type pageMeta struct {
	root     *html.Node
	base     *url.URL // what relative links resolve against; nil when unknown
	baseHref string   // the href of the page's first <base>

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
	timeStamps []string          // datetime of the first maxTimeStamps <time> elements
	declared   struct {          // declaredPublished's answer, once read
		read  bool
		times []time.Time
		shown bool
	}
	dateLines []dateLine // short texts of date-named elements and <time> elements
	ld        linkedData // JSON-LD
}

// dateLine is the text of an element that may state the page's date
// ("Veröffentlicht am 16.08.2019", "8 January 2020, 3:51 pm").
type dateLine struct {
	node *html.Node
	text string
}

// newPageMeta reads the metadata of doc, the page fetched from pageURL
// (an absolute http or https URL, or nil when unknown).
func newPageMeta(doc *html.Node, pageURL *url.URL) *pageMeta {
	p := &pageMeta{root: doc, meta: make(map[string]string), base: pageURL}
	p.walk(doc)
	if b := p.resolve(p.baseHref); b != "" {
		// <base href> sets the address that relative links resolve
		// against, itself resolved against the page's (HTML's rule).
		p.base, _ = url.Parse(b)
	}
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

// releaseTree drops p's references to the page's tree, which keep all of
// it alive, once the tree is no longer read: p then answers only from the
// texts it gathered (resolve, bylineAuthors, publishedInText).
func (p *pageMeta) releaseTree() {
	p.root = nil
	for i := range p.dateLines {
		p.dateLines[i].node = nil
	}
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
	case atom.Base:
		if p.baseHref == "" {
			p.baseHref = attr(n, "href")
		}
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

// maxTimeStamps bounds the <time> elements kept to find the local writing
// of a UTC timestamp (see localWriting): the article's own come first.
const maxTimeStamps = 32

func (p *pageMeta) addTime(n *html.Node) {
	dt := strings.TrimSpace(attr(n, "datetime"))
	if dt == "" {
		return
	}
	if p.firstTime == "" {
		p.firstTime = dt
	}
	if len(p.timeStamps) < maxTimeStamps {
		p.timeStamps = append(p.timeStamps, dt)
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
	if rest, name := stripSiteName(p.titleTag, "", p.host()); name != "" {
		// "Site - Headline - Section": the segment named after the host
		// is the site's name, whichever is stripped first.
		if _, other := stripSiteName(rest, "", p.host()); other != "" && namesHost(other, p.host()) && !namesHost(name, p.host()) {
			return other
		}
		return name
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
	t, name := stripSiteName(declared, site, p.host())
	if name == "" {
		return t
	}
	// "Site - Headline - Section": one more segment goes when the first
	// went from the front, or when it is the site's own name; not the
	// end of a headline that has a dash of its own ("… Are Here — And
	// They're Not Great | Digg").
	if rest, other := stripSiteName(t, site, p.host()); other != "" && (strings.HasPrefix(declared, name) || isSiteName(other, site, p.host())) {
		return rest
	}
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
		(host != "" && (strings.Contains(host, squashed) || strings.EqualFold(s, host) || namesHost(s, host)))
}

// namesHost reports a title segment that holds the name the site's host
// is called by, its letters run together: "Gregory Szorc's Digital Home"
// on gregoryszorc.com, "EFC Bayrische Bembel Regensburg" on
// bayrische-bembel.de, in a segment of at most maxSiteNameWords words
// cased as a name is.
// The name is the host's longest label before its
// top-level domain, of at least minHostNameLetters letters, so that
// "news" or "bbc" alone name nothing.
func namesHost(s, host string) bool {
	labels := strings.Split(host, ".")
	name := ""
	for _, l := range labels[:len(labels)-1] {
		if l = lettersOf(l); len(l) > len(name) {
			name = l
		}
	}
	return len(name) >= minHostNameLetters && wordCount(s) <= maxSiteNameWords && isNameCased(s) && strings.Contains(lettersOf(s), name)
}

// isNameCased reports a segment whose every word opens with a capital or
// a digit, as a name's do: "European Championships Munich 2022", not
// "Hochauflösende Schneekarten auf Gipfelbuch.ch", a headline that
// mentions the site.
func isNameCased(s string) bool {
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// maxSiteNameWords is the most words namesHost takes for a site's name: a
// longer segment that holds it is a headline about the site's owner
// ("… Feststellungen durch die Bundespolizei" on bundespolizei.de).
const maxSiteNameWords = 5

// minHostNameLetters is the shortest host name namesHost looks for.
const minHostNameLetters = 6

// lettersOf returns the ASCII letters and digits of s, lower-cased.
func lettersOf(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			b.WriteByte(c)
		case 'A' <= c && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		}
	}
	return b.String()
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
	if (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return "" // "//:0", a lazy loader's placeholder, names no host
	}
	return strings.ReplaceAll(ref, " ", "%20")
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
