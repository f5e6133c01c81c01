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
	var names []string
	seen := make(map[string]bool)
	for _, raw := range raws {
		for _, part := range splitNames(raw) {
			name := cleanName(part)
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

// bylinePrefixes are the words that introduce names in a byline.
var bylinePrefixes = []string{
	"written by", "words by", "posted by", "reporting by", "reported by",
	"story by", "text by", "article by", "by:", "by", "from",
}

// nameStopWords end a name inside a byline: what follows is a date or a
// role ("Jane Roe Published 3 hours ago", "Jane Roe, Staff Writer").
var nameStopWords = map[string]bool{
	"published": true, "updated": true, "posted": true, "on": true, "at": true,
	"last": true, "—": true, "–": true, "-": true, "min": true, "read": true,
}

// roleWords disqualify a name part: it names a job or a page element.
var roleWords = map[string]bool{
	"writer": true, "reporter": true, "correspondent": true, "editor": true,
	"columnist": true, "contributor": true, "staff": true, "follow": true,
	"email": true, "twitter": true, "author": true, "authors": true,
	"more": true, "view": true, "profile": true, "bio": true, "share": true,
	"contributing": true, "senior": true, "opinion": true,
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
	lower := strings.ToLower(part)
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(lower, p+" ") {
			part = strings.TrimSpace(part[len(p)+1:])
			break
		}
	}
	words := strings.Fields(part)
	for i, w := range words {
		if nameStopWords[strings.ToLower(w)] {
			words = words[:i]
			break
		}
	}
	if len(words) == 0 || len(words) > 5 || letterCount(strings.Join(words, "")) < minNameLetters {
		return ""
	}
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if roleWords[lw] {
			return ""
		}
		r, _ := utf8.DecodeRuneInString(w)
		if strings.ContainsFunc(w, unicode.IsDigit) || !unicode.IsLetter(r) ||
			(unicode.IsLower(r) && !nameParticles[lw]) {
			return ""
		}
	}
	name := strings.Join(words, " ")
	if isShouted(name) {
		name = titleCase(name)
	}
	return name
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

// hasBylinePrefix reports whether s opens like a byline ("By Jane Roe").
func hasBylinePrefix(s string) bool {
	lower := strings.ToLower(s)
	for _, p := range bylinePrefixes {
		if p != "from" && strings.HasPrefix(lower, p+" ") {
			return true
		}
	}
	return false
}
