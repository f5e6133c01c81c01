package lede

import (
	"encoding/json"
	"strings"
)

// linkedData is what the page's JSON-LD says about the article. Pages often
// carry several scripts and @graph arrays describing the site, the page,
// breadcrumbs and people; the article object is preferred over a web page
// object, and the first value found wins.
type linkedData struct {
	headline    string
	authors     any               // the author (or creator) value; see authorNames
	names       map[string]string // "@id" → "name" of every object that has both
	published   string
	modified    string
	publisher   string
	image       string
	description string
	language    string
	url         string
	body        string // articleBody

	rank int // rank of the object the fields came from; see ldRank
}

// add reads one JSON-LD script. Pages often write JSON with trailing commas
// or raw line breaks in strings; such scripts are repaired, and any other
// invalid JSON is ignored, since the other metadata sources remain.
func (ld *linkedData) add(src string) {
	var v any
	b := []byte(strings.TrimSpace(src))
	if err := json.Unmarshal(b, &v); err != nil {
		if json.Unmarshal(repairJSON(b), &v) != nil {
			return
		}
	}
	ld.visit(v, 0)
}

// authorNames returns the names of the article's authors. Authors given as
// references ({"@id": "…#/schema/person/1"}) are looked up among the page's
// other JSON-LD objects; organisations credited as authors ("BBC News") are
// left out, since Article.Authors lists people.
func (ld *linkedData) authorNames() []string {
	return ld.namesOf(ld.authors, 0)
}

func (ld *linkedData) namesOf(v any, depth int) []string {
	if depth > maxLDDepth {
		return nil
	}
	switch x := v.(type) {
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ld.namesOf(e, depth+1)...)
		}
		return out
	case map[string]any:
		for _, t := range ldStrings(x["@type"]) {
			if strings.HasSuffix(t, "Organization") || t == "NewsMediaOrganization" {
				return nil
			}
		}
		if _, named := x["name"]; !named {
			if name := ld.names[ldString(x["@id"])]; name != "" {
				return []string{name}
			}
		}
	}
	return ldNames(v)
}

// repairJSON fixes the two faults most common in hand-written JSON-LD:
// commas before a closing bracket, and control characters inside strings.
func repairJSON(b []byte) []byte {
	out := make([]byte, 0, len(b))
	inString, escaped := false, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			case c < 0x20:
				c = ' '
			}
		case c == '"':
			inString = true
		case c == ',' && closesNext(b[i+1:]):
			continue
		}
		out = append(out, c)
	}
	return out
}

// closesNext reports whether the next non-space byte of b closes an array
// or object.
func closesNext(b []byte) bool {
	for _, c := range b {
		switch c {
		case ' ', '\t', '\n', '\r':
			continue
		case ']', '}':
			return true
		}
		return false
	}
	return false
}

// maxLDDepth bounds recursion into nested JSON-LD.
const maxLDDepth = 8

func (ld *linkedData) visit(v any, depth int) {
	if depth > maxLDDepth {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			ld.visit(e, depth+1)
		}
	case map[string]any:
		if id, name := ldString(x["@id"]), ldString(x["name"]); id != "" && name != "" {
			if ld.names == nil {
				ld.names = make(map[string]string)
			}
			ld.names[id] = name
		}
		if r := ldRank(x["@type"]); r > ld.rank {
			ld.take(x, r)
		}
		if g, ok := x["@graph"]; ok {
			ld.visit(g, depth+1)
		}
		if m, ok := x["mainEntity"]; ok {
			ld.visit(m, depth+1)
		}
	}
}

// ldRank orders schema.org types by how surely they describe the article:
// an Article type (NewsArticle, BlogPosting, ReportageNewsArticle, …) beats a
// WebPage, and anything else is not used.
func ldRank(t any) int {
	best := 0
	for _, name := range ldStrings(t) {
		switch {
		case strings.HasSuffix(name, "Article") || name == "BlogPosting" ||
			name == "LiveBlogPosting" || name == "Report" || name == "SocialMediaPosting":
			best = max(best, 2)
		case strings.HasSuffix(name, "WebPage"):
			best = max(best, 1)
		}
	}
	return best
}

func (ld *linkedData) take(x map[string]any, rank int) {
	fresh := linkedData{rank: rank, names: ld.names}
	fresh.headline = firstNonEmpty(ldString(x["headline"]), ldString(x["name"]))
	fresh.authors = firstValue(x["author"], x["creator"])
	fresh.published = firstNonEmpty(ldString(x["datePublished"]), ldString(x["dateCreated"]))
	fresh.modified = ldString(x["dateModified"])
	fresh.publisher = firstNonEmpty(ldNames(x["publisher"])...)
	fresh.image = ldURL(x["image"])
	fresh.description = ldString(x["description"])
	fresh.language = ldString(x["inLanguage"])
	fresh.url = firstNonEmpty(ldString(x["url"]), ldURL(x["mainEntityOfPage"]))
	// The body keeps its line breaks: they may be all that is left of its
	// paragraphs.
	fresh.body = strings.TrimSpace(ldText(x["articleBody"]))
	// A lower-ranked object seen earlier may still fill what this one lacks.
	*ld = mergeLD(fresh, *ld)
}

func mergeLD(a, b linkedData) linkedData {
	a.headline = firstNonEmpty(a.headline, b.headline)
	a.authors = firstValue(a.authors, b.authors)
	a.published = firstNonEmpty(a.published, b.published)
	a.modified = firstNonEmpty(a.modified, b.modified)
	a.publisher = firstNonEmpty(a.publisher, b.publisher)
	a.image = firstNonEmpty(a.image, b.image)
	a.description = firstNonEmpty(a.description, b.description)
	a.language = firstNonEmpty(a.language, b.language)
	a.url = firstNonEmpty(a.url, b.url)
	a.body = firstNonEmpty(a.body, b.body)
	return a
}

func firstValue(vs ...any) any {
	for _, v := range vs {
		if v != nil {
			return v
		}
	}
	return nil
}

// ldString returns a JSON-LD value as text with its white space collapsed:
// a string itself, the first of a list, or the @value of a value object.
func ldString(v any) string {
	return collapseSpace(ldText(v))
}

// ldText is ldString with the white space as written.
func ldText(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		if len(x) > 0 {
			return ldText(x[0])
		}
	case map[string]any:
		return ldText(x["@value"])
	}
	return ""
}

func ldStrings(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// ldNames returns the names of a Person or Organization value: a bare
// string, an object with "name", or a list of either.
func ldNames(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{collapseSpace(x)}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
		return out
	case map[string]any:
		if n := ldString(x["name"]); n != "" {
			return []string{n}
		}
	}
	return nil
}

// ldURL returns the address of an ImageObject or WebPage value: a bare
// string, an object with "url" or "@id", or the first of a list.
func ldURL(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		if len(x) > 0 {
			return ldURL(x[0])
		}
	case map[string]any:
		return firstNonEmpty(ldString(x["url"]), ldString(x["@id"]))
	}
	return ""
}
