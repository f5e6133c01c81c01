package lede

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Boilerplate paragraphs: site furniture that arrives as ordinary text,
// such as credit lines, follow-us prompts and newsletter pitches. Parse
// drops such paragraphs where furniture sits, at the edges of the body;
// the same sentence-like line in the middle of an article is news ("The
// mayor urged residents to sign up for alerts.") and stays.
//
// The vocabulary is matched case-insensitively against the whole paragraph:
// boilerplateStarts at its start (after an opening parenthesis),
// boilerplateEnds at its end, boilerplateContains anywhere.
var (
	// creditStarts open credit lines, when a name follows: "Reporting by
	// Ana Ruiz" but not "Reporting by the paper led to…".
	creditStarts = []string{
		"reporting by ", "additional reporting by ", "additional reporting from ",
		"editing by ", "writing by ", "compiled by ", "research by ",
	}
	boilerplateStarts = []string{
		"this story was originally published", "this article was originally published",
		"this article originally appeared", "this story originally appeared",
		// follow and share prompts
		"follow us on ", "follow him on ", "follow her on ", "follow them on ",
		"follow @", "like us on facebook", "share this article", "share this story",
		"share on facebook",
		// newsletters, apps, subscriptions
		"sign up for ", "sign up to ", "subscribe to our ", "join our ",
		"download our app", "get our newsletter",
		// tips and contacts
		"have a tip?", "got a tip?", "send us a tip",
		// legal lines
		"copyright ©", "copyright (c)", "© ", "this document is subject to copyright",
		"citation: ",
		// pointers to other pages
		"read more:", "related:", "see also:", "explore further",
	}
	boilerplateEnds = []string{
		"contributed to this report.", "contributed to this report",
		"contributed reporting.", "all rights reserved.", "all rights reserved",
	}
	boilerplateContains = []string{
		"may earn an affiliate commission", "may receive a commission",
		"may earn a commission", "uses cookies to",
	}
)

// maxBoilerplateChars bounds the paragraphs tested: furniture lines are
// short, and a long paragraph that starts "Reporting by" is a story.
const maxBoilerplateChars = 400

// isBoilerplate reports whether the paragraph s is site furniture by the
// vocabulary above.
func isBoilerplate(s string) bool {
	if len(s) > maxBoilerplateChars {
		return false
	}
	s = strings.TrimLeft(s, " ([—–-")
	lower := strings.ToLower(s)
	for _, p := range creditStarts {
		if strings.HasPrefix(lower, p) && len(s) > len(p) && startsUpper(s[len(p):]) {
			return true
		}
	}
	for _, p := range boilerplateStarts {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	trimmed := strings.TrimRight(lower, " )]")
	for _, p := range boilerplateEnds {
		if strings.HasSuffix(trimmed, p) {
			return true
		}
	}
	for _, p := range boilerplateContains {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return false
}

// startsUpper reports whether s starts with an upper-case letter,
// as a name does.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
