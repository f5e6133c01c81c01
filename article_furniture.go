package lede

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Furniture vocabulary. A furniture word in a class name or id is evidence
// of one of two strengths.
//
// Strong words name regions whose text competes with an article in its own
// right and is never the article, however much prose they hold: comment
// threads, consent notices and other dialogs, rails of related stories.
//
// Weak words name the rest: page layout (sidebar, header, nav) and the small
// pieces set around a text (share bars, ad slots, bylines, captions,
// newsletter boxes). Their names also turn up on the wrappers of the article
// itself: "l-sidebar-fixed", "content-sidebar-wrap", a WordPress entry that a
// plugin gave the class "share", an "ads-helper" where ads are injected
// between paragraphs, a CMS's "blog_teaser_text" that holds the whole post.
// A weak-named element that holds most of the page's prose is taken for such
// a wrapper (see resolveFurniture).
type furnitureKind int

const (
	notFurniture furnitureKind = iota
	weakFurniture
	strongFurniture
)

// furnitureWords are matched against the words of each class name and id
// (split at '-', '_', ':' and '.'), lower-cased.
var furnitureWords = map[string]furnitureKind{
	// comments
	"comment": strongFurniture, "comments": strongFurniture, "disqus": strongFurniture,
	"respond": strongFurniture,
	// notices and dialogs
	"cookie": strongFurniture, "cookies": strongFurniture, "consent": strongFurniture,
	"gdpr": strongFurniture, "popup": strongFurniture, "modal": strongFurniture,
	// recirculation
	"related": strongFurniture, "recommended": strongFurniture, "recommendations": strongFurniture,
	"recirc": strongFurniture, "outbrain": strongFurniture, "taboola": strongFurniture,
	"trending": strongFurniture, "popular": strongFurniture, "mostread": strongFurniture,
	"teaser": weakFurniture,
	// sharing and social
	"share": weakFurniture, "sharing": weakFurniture, "sharebar": weakFurniture,
	"social": weakFurniture, "follow": weakFurniture,
	// marketing
	"newsletter": weakFurniture, "subscribe": weakFurniture, "subscription": weakFurniture,
	"signup": weakFurniture, "promo": weakFurniture, "advert": weakFurniture,
	"advertisement": weakFurniture, "ad": weakFurniture, "ads": weakFurniture,
	"adslot": weakFurniture, "sponsor": weakFurniture, "sponsored": weakFurniture,
	"donate": weakFurniture,
	// article furniture
	"byline": weakFurniture, "caption": weakFurniture, "credit": weakFurniture,
	"pullquote": weakFurniture, "copyright": weakFurniture,
	// standfirsts: the editor's summary above the text, which repeats it
	"standfirst": weakFurniture, "dek": weakFurniture, "abstract": weakFurniture,
	"keypoints": weakFurniture, "paywall": weakFurniture, "regwall": weakFurniture,
	"credits": weakFurniture, "tags": weakFurniture, "timestamp": weakFurniture,
	// page layout
	"sidebar": weakFurniture, "widget": weakFurniture, "nav": weakFurniture,
	"navbar": weakFurniture, "navigation": weakFurniture, "menu": weakFurniture,
	"breadcrumb": weakFurniture, "breadcrumbs": weakFurniture, "footer": weakFurniture,
	"header": weakFurniture, "masthead": weakFurniture, "toolbar": weakFurniture,
	"pagination": weakFurniture, "pager": weakFurniture, "rail": weakFurniture,
	"banner": weakFurniture, "overlay": weakFurniture, "meta": weakFurniture,
	"author": weakFurniture, "bio": weakFurniture, "date": weakFurniture,
	"hidden": weakFurniture,
}

// furnitureClasses are whole class names of furniture whose words alone say
// nothing ("sr-only": text for screen readers, such as "Advertisement").
var furnitureClasses = map[string]bool{
	"sr-only": true, "screen-reader-text": true, "visually-hidden": true,
	"visuallyhidden": true, "element-invisible": true, "pull-quote": true,
}

// furnitureStrength reports whether n's class, id or ARIA role, or those of
// the heading that opens it, name site furniture, and how surely. The
// document's outer elements and <main> are never furniture, nor is an
// <article> by its own class: sites put layout classes on them.
func furnitureStrength(n *html.Node) furnitureKind {
	kind := notFurniture
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main:
		return notFurniture
	case atom.Figure:
		// A figure is a picture with its caption and credit, unless it
		// holds a data table or a code listing, which are text.
		if holdsTextFigure(n) {
			return notFurniture
		}
		return strongFurniture
	case atom.Article:
	default:
		if !(isHeading(n.DataAtom) && namesOnlyHeader(n)) {
			kind = ownFurniture(n)
		}
	}
	// A section is what its heading says it is: <div><h3
	// class="relatedpoststitle">You may also like</h3>…</div> is a related
	// stories rail, whatever the <div> is called. A heading named a
	// header ("recipeIngredients_header") says nothing of its section.
	if h := firstHeadingChild(n); h != nil {
		if hk := ownFurniture(h); hk > kind && !namesOnlyHeader(h) {
			kind = hk
		}
	}
	return kind
}

// holdsTextFigure reports whether figure n holds a <table> or <pre>.
func holdsTextFigure(n *html.Node) bool {
	found := false
	walkElements(n, func(c *html.Node) bool {
		found = c.DataAtom == atom.Table || c.DataAtom == atom.Pre
		return !found
	})
	return found
}

// namesOnlyHeader reports whether the only furniture word in heading h's
// class and id is "header".
func namesOnlyHeader(h *html.Node) bool {
	only := false
	for _, a := range h.Attr {
		if (a.Key != "class" && a.Key != "id") || a.Val == "" {
			continue
		}
		for name := range strings.FieldsSeq(strings.ToLower(a.Val)) {
			for w := range strings.FieldsFuncSeq(name, isWordSeparator) {
				switch {
				case w == "header":
					only = true
				case furnitureWords[w] != notFurniture || compoundFurniture(w) != notFurniture:
					return false
				}
			}
		}
	}
	return only
}

// ownFurniture judges n by its own class, id and role.
func ownFurniture(n *html.Node) furnitureKind {
	kind := notFurniture
	for _, a := range n.Attr {
		switch {
		case (a.Key == "class" || a.Key == "id") && a.Val != "":
			kind = max(kind, namesFurniture(a.Val))
		case a.Key == "role" && (a.Val == "navigation" || a.Val == "complementary" || a.Val == "contentinfo"):
			kind = max(kind, weakFurniture)
		}
	}
	return kind
}

// firstHeadingChild returns n's first element child if it is a heading.
func firstHeadingChild(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if isHeading(c.DataAtom) {
			return c
		}
		return nil
	}
	return nil
}

func namesFurniture(v string) furnitureKind {
	kind := notFurniture
	v = strings.ToLower(v)
	for name := range strings.FieldsSeq(v) {
		if furnitureClasses[name] {
			return strongFurniture
		}
		if isStateClass(name) {
			continue
		}
		nameKind := notFurniture
		for w := range strings.FieldsFuncSeq(name, isWordSeparator) {
			if neutralWords[w] {
				nameKind = notFurniture
				break
			}
			if w == "label" {
				// What follows says how a label shows: Drupal's
				// "field--label-hidden" and "field-label-inline" are on
				// the fields that hold an article's text.
				break
			}
			nameKind = max(nameKind, furnitureWords[w], compoundFurniture(w))
		}
		kind = max(kind, nameKind)
	}
	return kind
}

// minCompoundWord is the shortest furniture word looked for inside longer
// words ("relatedposts", "socialshare"); shorter ones ("ad", "nav") would
// match everywhere ("header", "canvas").
const minCompoundWord = 6

// compoundWords are the furniture words looked for inside longer words.
var compoundWords = longFurnitureWords()

func longFurnitureWords() []string {
	var ws []string
	for w := range furnitureWords {
		if len(w) >= minCompoundWord {
			ws = append(ws, w)
		}
	}
	slices.Sort(ws)
	return ws
}

// compoundFurniture returns the strongest furniture word of at least
// minCompoundWord letters inside w.
func compoundFurniture(w string) furnitureKind {
	kind := notFurniture
	if len(w) <= minCompoundWord {
		return kind
	}
	for _, fw := range compoundWords {
		// A participle says what the element's content is, not what the
		// element is: "text regwalled" is an article paragraph behind
		// a registration wall.
		if strings.Contains(w, fw) && !strings.HasSuffix(w, fw+"ed") {
			kind = max(kind, furnitureWords[fw])
		}
	}
	return kind
}

func isWordSeparator(r rune) bool { return r == '-' || r == '_' || r == ':' || r == '.' }

// hasNameWord reports whether match accepts a word of n's class or id:
// the names split at spaces and word separators, lower-cased
// ("Tech-Author" gives "tech" and "author").
func hasNameWord(n *html.Node, match func(string) bool) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for w := range strings.FieldsFuncSeq(strings.ToLower(a.Val), func(r rune) bool { return r == ' ' || isWordSeparator(r) }) {
			if match(w) {
				return true
			}
		}
	}
	return false
}

// stateClassPrefixes mark class names that describe a state or a feature of
// the element rather than what it is: "has-sidebar" and "with-comments" are
// put on article containers. Taxonomy classes say what a post is about:
// WordPress's post_class gives the article element "tag-{slug}",
// "category-{slug}", "format-{format}", "status-{status}" and
// "type-{post type}" ("tag-social-media", "category-comments"), and
// body_class gives "single-format-…"; Drupal writes "node--type-…".
var stateClassPrefixes = []string{
	"has-", "has_", "with-", "no-", "is-", "show-", "hide-", "enable-", "js-",
	"tag-", "category-", "format-", "post_format-", "single-format-", "status-", "type-", "node--type-",
}

// neutralWords inside a class name cancel its furniture words: states
// ("content-with-sidebar"), embedded posts ("social-media-embed" holds a
// quoted tweet, which is article content), opinion pieces, whose names
// hold "comment" ("article-commentary"), and style settings, which say how
// a part is laid out, not what it is ("header-content-align-left" on a
// recipe card).
var neutralWords = map[string]bool{
	"with": true, "has": true, "no": true, "without": true, "embed": true, "embedded": true,
	"commentary": true, "commentaries": true, "commentator": true, "align": true, "alignment": true,
}

func isStateClass(name string) bool {
	for _, p := range stateClassPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// wrapperShare is the share of the page's prose above which a weak-named
// element, or a run of weak-named siblings, is a wrapper around the
// article, not furniture. A sidebar or a share bar holding half the page's
// paragraphs is no sidebar or share bar.
const wrapperShare = 0.5

// siblingKey groups the elements under one parent whose class lists open
// with the same name.
type siblingKey struct {
	parent *html.Node
	name   string
}

func keyOf(n *html.Node) siblingKey {
	name, _, _ := strings.Cut(strings.TrimSpace(attr(n, "class")), " ")
	return siblingKey{n.Parent, strings.ToLower(name)}
}

// resolveFurniture sets each flag's furniture, which its blocks read (see
// textBlock.furnitureIn): the nearest enclosing furniture-named element
// that is not a wrapper around the article.
func resolveFurniture(blocks []textBlock, flags []furnitureFlag) {
	if len(flags) == 0 {
		return
	}
	// Flags come in document order, so a flag's parent has a lower index:
	// sums run from the last flag up, and resolution from the first down.
	prose := make([]float64, len(flags))
	total := 0.0
	for i := range blocks {
		if b := &blocks[i]; b.flag >= 0 && b.is(markProse) {
			prose[b.flag] += float64(b.chars)
		}
		if blocks[i].is(markProse) {
			total += float64(blocks[i].chars)
		}
	}
	for f := len(flags) - 1; f >= 0; f-- {
		if p := flags[f].parent; p >= 0 {
			prose[p] += prose[f]
		}
	}
	// Page builders give every text box of an article the same weak name
	// ("elementor-element elementor-widget …"): siblings whose names begin
	// alike hold the article together.
	siblings := make(map[siblingKey]float64)
	for f := range flags {
		if !flags[f].strong {
			siblings[keyOf(flags[f].node)] += prose[f]
		}
	}
	for f := range flags {
		flag := &flags[f]
		p := flag.parent
		// A box inside a wrapper that holds all of the wrapper's prose is
		// the same wrapper ("elementor-widget-container" in its widget).
		inner := p >= 0 && flags[p].wrapper && prose[f] >= prose[p]
		flag.wrapper = !flag.strong && (inner || max(prose[f], siblings[keyOf(flag.node)]) > wrapperShare*total)
		flag.furniture, flag.strongAt = -1, -1
		switch {
		case !flag.wrapper:
			flag.furniture = int32(f)
		case p >= 0:
			flag.furniture = flags[p].furniture
		}
		switch {
		case flag.strong:
			flag.strongAt = int32(f)
		case p >= 0:
			flag.strongAt = flags[p].strongAt
		}
	}
}
