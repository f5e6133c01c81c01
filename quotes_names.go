package lede

import (
	"sort"
	"strings"
)

// Names and their resolution
//
// A full name is a run of two to four capitalized words ("Ken Hu",
// "Hillary Rodham Clinton", "John F. Kennedy"), with name particles ("de",
// "van", "bin") inside, after any titles ("President", "Sen.") have been
// set apart, and without the words that make it an organization ("White
// House", "Justice Department"). Speakers given by surname ("Hu") or
// pronoun ("he", "she") are resolved to the nearest full name before them:
// for a surname the nearest full name that ends with it; for a pronoun the
// nearest full name in its own paragraph, else the speaker of the nearest
// quote before, else the nearest full name.

// nameMention is a full name in the text.
type nameMention struct {
	textSpan
	name    string
	surname string
}

// findNames returns the full names in toks, in order.
func findNames(toks []word) []nameMention {
	var out []nameMention
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && isNameToken(toks, j, i) {
			j++
		}
		if j == i {
			i++
			continue
		}
		if m, ok := nameIn(toks, i, j); ok {
			out = append(out, m)
		}
		i = j
	}
	return out
}

// isNameToken reports whether toks[j] can continue a name that started at
// toks[start]: a capitalized word, or a particle inside the name.
func isNameToken(toks []word, j, start int) bool {
	t := toks[j]
	if t.punct {
		return false
	}
	if t.isCapitalized() {
		return true
	}
	return j > start && nameParticles[t.lower] && j+1 < len(toks) && toks[j+1].isCapitalized()
}

// nameIn returns the person's name in the capitalized run toks[i:j],
// without the titles before it, if it is one.
func nameIn(toks []word, i, j int) (nameMention, bool) {
	for i < j && (titleWords[strings.TrimSuffix(toks[i].lower, ".")] || notNameWords[toks[i].lower]) {
		i++
	}
	// Possessives end a name: "Clinton's campaign".
	for k := i; k < j; k++ {
		if strings.HasSuffix(toks[k].lower, "'s") || strings.HasSuffix(toks[k].lower, "’s") {
			j = k + 1
			break
		}
	}
	n := j - i
	if n < 2 || n > 4 {
		return nameMention{}, false
	}
	for k := i; k < j; k++ {
		if orgWords[toks[k].lower] || notNameWords[toks[k].lower] {
			return nameMention{}, false
		}
	}
	last := stripPossessive(toks[j-1].text)
	start, end := toks[i].start, toks[j-1].end
	name := stripPossessive(joinTokens(toks[i:j]))
	return nameMention{textSpan: textSpan{start, end}, name: name, surname: last}, true
}

func joinTokens(toks []word) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.text
	}
	return strings.Join(parts, " ")
}

func isPossessive(s string) bool {
	return strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s")
}

func stripPossessive(s string) string {
	s = strings.TrimSuffix(s, "'s")
	return strings.TrimSuffix(s, "’s")
}

// titleWords are titles and ranks written before names.
var titleWords = map[string]bool{
	"president": true, "vice": true, "senator": true, "sen": true, "rep": true,
	"representative": true, "gov": true, "governor": true, "mayor": true, "secretary": true,
	"minister": true, "prime": true, "chancellor": true, "judge": true, "justice": true,
	"gen": true, "general": true, "dr": true, "mr": true, "mrs": true, "ms": true, "miss": true,
	"prof": true, "professor": true, "chief": true, "director": true, "chairman": true,
	"chairwoman": true, "chair": true, "rev": true, "pope": true, "king": true, "queen": true,
	"prince": true, "princess": true, "sheriff": true, "officer": true, "detective": true,
	"sgt": true, "lt": true, "col": true, "capt": true, "adm": true, "attorney": true,
	"speaker": true, "leader": true, "commissioner": true, "ambassador": true, "former": true,
	"candidate": true, "nominee": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"coach": true, "manager": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"executive": true, "ceo": true, "founder": true, "analyst": true, "economist": true,
	"reporter": true, "host": true, "anchor": true, "congressman": true, "congresswoman": true,
	"councilman": true, "councilwoman": true, "councillor": true, "councilor": true,
	"assemblyman": true, "assemblywoman": true, "deputy": true, "assistant": true,
	"sergeant": true, "lieutenant": true, "captain": true, "colonel": true, "major": true,
	"admiral": true, "dean": true, "father": true, "sister": true, "brother": true, "rabbi": true,
	"imam": true, "bishop": true, "cardinal": true, "archbishop": true, "emir": true,
	"sheikh": true, "premier": true, "democrat": true, "republican": true,
	"senators": true, "governors": true, "presidents": true, "ministers": true, "mayors": true,
	"gop": true, "frontrunner": true, "presidential": true, "democratic": true,
	"state": true, "sens": true, "reps": true,
}

// notNameWords are capitalized words that are no part of a name: words
// that start sentences, days and months.
var notNameWords = map[string]bool{
	"the": true, "a": true, "an": true, "but": true, "and": true, "in": true, "on": true,
	"at": true, "for": true, "of": true, "to": true, "as": true, "if": true, "when": true,
	"while": true, "after": true, "before": true, "this": true, "that": true, "it": true,
	"he": true, "she": true, "they": true, "we": true, "i": true, "his": true, "her": true,
	"their": true, "our": true, "my": true, "your": true, "its": true, "there": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "mr.": true, "mrs.": true, "ms.": true,
	"dr.": true, "so": true, "yet": true, "still": true, "now": true, "then": true, "also": true,
	"according": true, "asked": true, "said": true, "says": true, "by": true, "with": true,
	"from": true, "what": true, "who": true, "how": true, "why": true, "where": true,
}

// orgWords make a capitalized run an organization or a place, not a
// person.
var orgWords = map[string]bool{
	"house": true, "department": true, "ministry": true, "party": true, "committee": true,
	"council": true, "agency": true, "bank": true, "inc": true, "inc.": true, "corp": true,
	"corp.": true, "company": true, "university": true, "college": true, "times": true,
	"post": true, "news": true, "reuters": true, "police": true, "court": true, "congress": true,
	"senate": true, "office": true, "union": true, "association": true, "institute": true,
	"foundation": true, "group": true, "administration": true, "campaign": true,
	"service": true, "bureau": true, "commission": true, "fund": true, "organization": true,
	"network": true, "affairs": true, "center": true, "centre": true, "street": true, "journal": true,
	"county": true, "city": true, "states": true, "united": true, "america": true,
	"american": true, "americans": true, "republicans": true, "democrats": true,
	"school": true, "hospital": true, "church": true, "club": true, "airlines": true,
	"motors": true, "international": true, "national": true, "federal": true, "press": true,
	"tribune": true, "herald": true, "magazine": true, "television": true, "radio": true,
	"fox": true, "cnn": true, "nbc": true, "abc": true, "cbs": true, "msnbc": true,
	"twitter": true, "facebook": true, "google": true, "ltd": true, "llc": true, "plc": true,
	"sa": true, "ag": true, "gmbh": true, "co": true, "co.": true, "board": true,
	"authority": true, "force": true, "army": true, "navy": true, "guard": true,
	"coalition": true, "alliance": true, "front": true, "movement": true, "state": true,
	"island": true, "river": true, "valley": true, "north": true, "south": true, "east": true,
	"west": true, "new": true, "york": true, "washington": true, "day": true, "week": true,
	"act": true, "bill": true, "law": true, "amendment": true, "convention": true,
}

// resolveSpeakers fills each speaker's name, title and organization; see
// the comment at the top of this file for how names are resolved.
func (d *quoteDoc) resolveSpeakers() {
	var lastNamed string // the name of the last speaker with one
	for i := range d.quotes {
		s := d.quotes[i].Speaker
		if s == nil {
			continue
		}
		if s.Name == "" {
			s.Name = d.nameFor(s, lastNamed)
		}
		if s.Name == "" && s.appositive.End > s.appositive.Start {
			// "Its leader, Ana Ruiz, said": the name is the appositive,
			// the mention the role.
			if m, ok := d.nameInside(s.appositive.Start, s.appositive.End); ok {
				s.Name, s.Title = m.name, roleOf(s.Text)
			}
		}
		if s.Title == "" {
			s.Title = titleOf(s.Text, s.Name)
		}
		s.Org, s.Title = orgOf(s.Title)
		if s.Org == "" && s.Name == "" {
			s.Org, _ = orgOf(s.Text) // "a spokeswoman for Acme Corp."
		}
		if s.Name != "" {
			lastNamed = s.Name
		}
	}
}

// nameFor resolves one speaker mention.
func (d *quoteDoc) nameFor(s *Speaker, lastNamed string) string {
	mention := words(s.Text, 0, len(s.Text))
	if m, ok := d.nameInside(s.Start, s.End); ok {
		return m.name
	}
	if len(mention) == 1 && speakerPronouns[mention[0].lower] {
		switch mention[0].lower {
		case "who":
			// "Oliver, who hosts the show, said" and "Armin Laschet, the
			// leader of the opposition, who said": the name before, in
			// the same sentence.
			// Not "Trump mocked economists who said": a name that is
			// not right before "who" needs a comma before it.
			if m, ok := d.nameBefore(s.Start, ""); ok {
				between := strings.TrimSpace(d.text[m.End:s.Start])
				if between == "" || between == "," || strings.HasSuffix(between, ",") && !strings.ContainsAny(between, ".;:!?\n") {
					return m.name
				}
			}
		case "he", "she":
			if m, ok := d.nameBefore(s.Start, ""); ok && d.paraAt(m.Start) == d.paraAt(s.Start) {
				return m.name
			}
			if lastNamed != "" {
				return lastNamed
			}
			if m, ok := d.nameBefore(s.Start, ""); ok {
				return m.name
			}
		}
		return ""
	}
	// A surname, perhaps after a title: "Hu", "Mr. Hu", "Sen. Warren".
	last := mention[len(mention)-1]
	if last.isCapitalized() && !orgWords[last.lower] && len(mention) <= 3 {
		if m, ok := d.nameBefore(s.Start, stripPossessive(last.text)); ok {
			return m.name
		}
	}
	return ""
}

// nameInside returns a full name inside [start, end).
func (d *quoteDoc) nameInside(start, end int) (nameMention, bool) {
	k := sort.Search(len(d.names), func(k int) bool { return d.names[k].Start >= start })
	if k < len(d.names) && d.names[k].End <= end {
		return d.names[k], true
	}
	return nameMention{}, false
}

// nameBefore returns the nearest full name before byte i, with the given
// surname unless that is empty.
func (d *quoteDoc) nameBefore(i int, surname string) (nameMention, bool) {
	k := sort.Search(len(d.names), func(k int) bool { return d.names[k].Start >= i })
	for k--; k >= 0; k-- {
		if surname == "" || d.names[k].surname == surname {
			return d.names[k], true
		}
	}
	return nameMention{}, false
}

// orgOf finds the organization in a speaker's title: a possessive before
// the role ("Huawei's rotating chairman" gives "Huawei" and "rotating
// chairman"), or capitalized words after "of", "at", "for" or "with" ("a
// doctor at St Mary's Hospital" gives "St Mary's Hospital"). It returns
// the title without a possessive organization.
func orgOf(title string) (org, rest string) {
	toks := words(title, 0, len(title))
	if len(toks) >= 2 && toks[0].isCapitalized() && !titleWords[strings.TrimSuffix(toks[0].lower, ".")] {
		for i, t := range toks {
			if !t.isCapitalized() {
				break
			}
			if isPossessive(t.text) {
				org = stripPossessive(title[toks[0].start:t.end])
				if i+1 < len(toks) {
					rest = title[toks[i+1].start:]
				}
				return org, rest
			}
		}
	}
	for i, t := range toks {
		switch t.lower {
		case "of", "at", "for", "with":
		default:
			continue
		}
		j := i + 1
		if j < len(toks) && toks[j].lower == "the" && j+1 < len(toks) && toks[j+1].isCapitalized() {
			j++
		}
		k := j
		for k < len(toks) && (toks[k].isCapitalized() || k > j && nameParticles[toks[k].lower] && k+1 < len(toks) && toks[k+1].isCapitalized()) {
			k++
		}
		if k > j {
			end := toks[k-1].end
			if k < len(toks) && isPossessive(toks[k-1].text) {
				// "for Clinton’s presidential campaign": the whole phrase
				for k < len(toks) && !toks[k].punct {
					k++
				}
				end = toks[k-1].end
			}
			return title[toks[j].start:end], title
		}
	}
	return "", title
}

// roleOf returns a mention without its determiner: "Its leader" gives
// "leader".
func roleOf(mention string) string {
	for _, det := range []string{"the ", "a ", "an ", "its ", "their ", "his ", "her "} {
		if len(mention) > len(det) && strings.EqualFold(mention[:len(det)], det) {
			return mention[len(det):]
		}
	}
	return mention
}

// titleOf returns the words of a mention before the name in it, when they
// read as a role: "rotating chairman Ken Hu" gives "rotating chairman".
func titleOf(mention, name string) string {
	if name == "" {
		return ""
	}
	i := strings.Index(mention, name)
	if i <= 0 {
		return ""
	}
	title := strings.TrimSpace(mention[:i])
	return roleOf(strings.TrimSuffix(title, ","))
}
