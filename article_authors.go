package lede

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxAuthors bounds the author list: pages with more credited names are
// listing staff, not a byline.
const maxAuthors = 12

// personNames turns raw author strings ("By Jane Roe and John Doe",
// "Jane Roe, Staff Writer", "https://facebook.com/jroe") into people's names,
// in order, without duplicates. Strings that hold no plausible name give
// nothing.
func personNames(raws []string) []string {
	return names(raws, false)
}

// bylineNames is personNames for the texts of byline elements, which hold
// the names among other words: a single word beside names of two or more
// is a tag or a label ("Marco Kratzenberg, Software, Internetrecht"), not
// a writer.
func bylineNames(raws []string) []string {
	found := personNames(raws)
	var full []string
	for _, n := range found {
		if strings.Contains(n, " ") {
			full = append(full, n)
		}
	}
	if len(full) > 0 {
		return full
	}
	return found
}

// authorNames is personNames for the values of fields that hold nothing but
// the author (rel=author links, hCard names, author meta tags and JSON-LD):
// there a single word in lower case or with digits is the author's handle
// ("gizzmo", "karstenruppert"), as blogs credit their writers.
func authorNames(raws []string) []string {
	return names(raws, true)
}

func names(raws []string, handles bool) []string {
	var names []string
	seen := make(map[string]bool)
	for _, raw := range raws {
		for _, part := range splitNames(raw) {
			name := cleanName(part)
			if name == "" && handles {
				name = handleName(part)
			}
			key := strings.ToLower(name)
			if name == "" || seen[key] {
				continue
			}
			seen[key] = true
			names = append(names, name)
			if len(names) == maxAuthors {
				return names
			}
		}
	}
	return names
}

// nameSeparators split a byline into its names.
var nameSeparators = strings.NewReplacer(
	" and ", "\x00", " And ", "\x00", " & ", "\x00", ",", "\x00", ";", "\x00",
	"|", "\x00", "\n", "\x00", " with ", "\x00", " / ", "\x00", " • ", "\x00",
	" and\u00a0", "\x00",
)

func splitNames(raw string) []string {
	raw = collapseSpace(raw)
	if raw == "" || looksLikeURL(raw) {
		return nil
	}
	return strings.Split(nameSeparators.Replace(raw), "\x00")
}

func looksLikeURL(s string) bool {
	return strings.Contains(s, "://") || strings.HasPrefix(s, "www.") ||
		strings.HasPrefix(s, "/") || strings.Contains(s, "@") && !strings.HasPrefix(s, "@")
}

// bylinePrefixes are the words that introduce names in a byline, longest
// first. Besides English, the languages most of lede's pages come in:
// German ("Von Anna Roth", "Geschrieben von …", "Eingestellt von …" as
// Blogger writes it), French ("Par"), Spanish and Portuguese ("Por"),
// Italian ("Di", "A cura di"), Dutch ("Door"), the Scandinavian languages
// ("Av", "Af"), and the "Author:" label in several of them. Other
// languages' bylines are found through markup and metadata only.
var bylinePrefixes = []string{
	"written by", "words by", "posted by", "reporting by", "reported by",
	"story by", "text by", "article by", "ein artikel von", "ein beitrag von",
	"text von", "geschrieben von", "erstellt von",
	"eingestellt von", "gespeichert von", "verfasst von", "veröffentlicht von",
	"publié par", "écrit par", "escrito por", "publicado por", "scritto da",
	"a cura di", "geschreven door", "skrevet af", "skrevet av", "skriven av",
	"by:", "author:", "autor:", "autorin:", "auteur:", "autore:", "auteur :",
	"by", "von", "par", "por", "di", "door", "av", "af", "from",
}

// nameStopWords end a name inside a byline: what follows is a date or a
// role ("Jane Roe Published 3 hours ago", "Jane Roe, Staff Writer").
var nameStopWords = map[string]bool{
	"published": true, "updated": true, "posted": true, "on": true, "at": true,
	"last": true, "—": true, "–": true, "-": true, "min": true, "read": true,
}

// lowerStopWords end a name only in lower case: the prepositions that
// introduce a byline's date in German, French, Spanish, Italian and
// Portuguese ("Erstellt von Fabian am 6. Mai", "par Anne Roux le 7 mai");
// capitalized, "Le" is part of names ("Marine Le Pen").
var lowerStopWords = map[string]bool{
	"am": true, "um": true, "le": true, "el": true, "il": true, "em": true,
}

// roleWords disqualify a name part: it names a job or a page element.
// The German, French, Spanish and Italian words for author are there too
// ("Autor"). An editorial team ("Business Punk Redaktion") is credited as
// the author, as the page says.
var roleWords = map[string]bool{
	"writer": true, "reporter": true, "correspondent": true, "editor": true,
	"columnist": true, "contributor": true, "staff": true, "follow": true,
	"email": true, "twitter": true, "author": true, "authors": true,
	"more": true, "view": true, "profile": true, "bio": true, "share": true,
	"contributing": true, "senior": true, "opinion": true, "author(s)": true,
	"autor": true, "autorin": true, "autoren": true, "auteur": true, "auteurs": true,
	"autore": true, "autores": true, "admin": true, "administrator": true, "webmaster": true,
}

// nameParticles are lower-case words that occur inside names.
var nameParticles = map[string]bool{
	"de": true, "da": true, "del": true, "della": true, "der": true, "van": true,
	"von": true, "bin": true, "al": true, "le": true, "la": true, "du": true, "dos": true,
	"di": true, "ibn": true, "el": true, "ter": true, "das": true, "den": true,
}

// minNameLetters rejects initials used as sign-offs ("AS", "J.R.").
const minNameLetters = 3

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// cleanName returns the person's name in part, or "" when part is no name:
// a name is one to five words, each capitalised or a particle, without
// digits or role words.
func cleanName(part string) string {
	part = strings.Trim(collapseSpace(part), " .:·-–—")
	part = stripBylinePrefix(part)
	words := strings.Fields(part)
	for i, w := range words {
		if nameStopWords[strings.ToLower(w)] || lowerStopWords[w] {
			words = words[:i]
			break
		}
	}
	if len(words) == 0 || len(words) > 5 || letterCount(strings.Join(words, "")) < minNameLetters {
		return ""
	}
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,:"))
		if roleWords[lw] {
			return ""
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || strings.IndexFunc(w, notNameRune) >= 0 ||
			(unicode.IsLower(r) && !nameParticles[lw]) {
			return ""
		}
	}
	if allParticles(words) {
		return "" // "von" alone
	}
	name := strings.Join(words, " ")
	if isShouted(name) {
		name = titleCase(name)
	}
	return name
}

// notNameRune reports characters that no written name holds: digits and
// punctuation other than the apostrophe, hyphen and period of "O'Neill",
// "Lange-Fricke", "J. R.", a comma after the name, and the slash of agency
// credits ("AFP/The Local", "dpa/lno").
func notNameRune(r rune) bool {
	switch {
	case unicode.IsLetter(r), unicode.Is(unicode.Mn, r):
		return false
	}
	switch r {
	case '\'', '’', '-', '.', ',', '/':
		return false
	}
	return true
}

// allParticles reports whether every word is a lower-case name particle.
func allParticles(words []string) bool {
	for _, w := range words {
		if !nameParticles[w] {
			return false
		}
	}
	return true
}

// handleName returns part when it is one word that can be a writer's
// handle: letters and digits with at most '.', '_' and '-', at least
// minNameLetters letters, no role word.
func handleName(part string) string {
	part = strings.Trim(collapseSpace(part), " .:·-–—")
	if part == "" || strings.ContainsAny(part, " @/") || letterCount(part) < minNameLetters || roleWords[strings.ToLower(part)] {
		return ""
	}
	for _, r := range part {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '_' && r != '-' {
			return ""
		}
	}
	return part
}

// isShouted reports a name written in capitals ("ANA LUCÍA PRADO"), as many
// bylines are styled; single initials ("J. R. Smith") do not count.
func isShouted(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 3
}

// titleCase capitalises the first letter of each word and lower-cases the
// rest, after apostrophes and hyphens too ("O'NEILL-DIAZ" → "O'Neill-Diaz").
func titleCase(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	start := true
	for _, r := range s {
		if start {
			sb.WriteRune(unicode.ToUpper(r))
		} else {
			sb.WriteRune(unicode.ToLower(r))
		}
		start = !unicode.IsLetter(r)
	}
	return sb.String()
}

// bylinePrefix returns the byline prefix that s opens with, or "". A prefix
// that is also a name particle ("von", "di") counts only before a name of
// two words or more: "Von Anna Roth" is a byline, "Di Maio" a name.
func bylinePrefix(s string) string {
	lower := strings.ToLower(s)
	for _, p := range bylinePrefixes {
		if !strings.HasPrefix(lower, p+" ") {
			continue
		}
		if nameParticles[p] && len(strings.Fields(s[len(p):])) < 2 {
			return ""
		}
		return p
	}
	return ""
}

// stripBylinePrefix returns s without its byline prefix.
func stripBylinePrefix(s string) string {
	if p := bylinePrefix(s); p != "" {
		return strings.TrimSpace(s[len(p)+1:])
	}
	return s
}

// hasBylinePrefix reports whether s opens like a byline ("By Jane Roe").
func hasBylinePrefix(s string) bool {
	p := bylinePrefix(s)
	return p != "" && p != "from"
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
	named := hasNameWord(n, func(w string) bool { return bylineClassWords[w] })
	if !named || inComments(n) {
		return "", false
	}
	return openingText(n, maxBylineText), true
}
