package lede

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
