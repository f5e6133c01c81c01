package lede

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// TestBoilerplateWithoutLowering checks the boilerplate rules, which
// read paragraphs without lower-casing them into new strings, against
// the rules as first written, which did (the *ByLowering functions
// below), on the paragraphs of the test data, the rules' own vocabulary
// in several cases, and characters whose case is odd.
func TestBoilerplateWithoutLowering(t *testing.T) {
	paras := boilerplateProbes(t)
	for _, p := range paras {
		for _, c := range []struct {
			name      string
			got, want func(string) bool
		}{
			{"isBoilerplate", isBoilerplate, isBoilerplateByLowering},
			{"isAdLabel", isAdLabel, isAdLabelByLowering},
			{"isPointer", isPointer, isPointerByLowering},
			{"isCallToAction", isCallToAction, isCallToActionByLowering},
			{"paysTheSite", paysTheSite, paysTheSiteByLowering},
		} {
			if got, want := c.got(p), c.want(p); got != want {
				t.Errorf("%s(%q) = %v, want %v", c.name, p, got, want)
			}
		}
	}
	if len(paras) < 1000 {
		t.Errorf("only %d paragraphs to test", len(paras))
	}
}

func TestAppendLower(t *testing.T) {
	for _, s := range []string{"", "ABC def", "ÀÉÎ Õ Ü", "Ⱥ İ \u212a \u017f ǅ", "ΣΑΣ Москва", "bad \xff\xe2\x80 utf-8", "\ufffd"} {
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

// boilerplateProbes returns paragraphs to test the boilerplate rules
// on.
func boilerplateProbes(t *testing.T) []string {
	var paras []string
	files, _ := filepath.Glob("testdata/*/*")
	probes, _ := filepath.Glob("testdata/*/probes/*")
	for _, f := range append(files, probes...) {
		b, err := os.ReadFile(f)
		if err != nil {
			continue // a directory
		}
		for _, p := range strings.Split(string(b), "\n") {
			if p = strings.TrimSpace(p); p != "" && len(p) <= 2*maxBoilerplateChars {
				paras = append(paras, p)
			}
		}
	}
	var vocabulary []string
	for w := range adLabels {
		vocabulary = append(vocabulary, w)
	}
	for w := range edgeWholes {
		vocabulary = append(vocabulary, w)
	}
	for w := range ctaVerbs {
		vocabulary = append(vocabulary, w+" our newsletter", w+"-nous", w+" it")
	}
	vocabulary = append(vocabulary, pointerStarts.all...)
	vocabulary = append(vocabulary, edgeStarts.all...)
	vocabulary = append(vocabulary, creditStarts...)
	vocabulary = append(vocabulary, edgeEnds...)
	vocabulary = append(vocabulary, affiliateNotices...)
	for _, v := range vocabulary {
		paras = append(paras, v, v+" Ana Ruiz", "-- "+v+" --", "Before "+v+" after.",
			strings.ToUpper(v), strings.ToUpper(v[:1])+v[1:]+": X",
			strings.ReplaceAll(v, "s", "\u017f"), strings.ReplaceAll(v, "k", "\u212a"),
			strings.Map(func(r rune) rune {
				if r == 'a' {
					return 'Ⱥ'
				}
				return unicode.ToUpper(r)
			}, v))
	}
	paras = append(paras,
		"We may earn a commission when you buy through links on our site.",
		"WE MAY EARN A COMMISSION WHEN YOU BUY THROUGH LINKS ON OUR SITE.",
		"I may earn a commiſſion from purchases.",
		"Harbor Deals might earn a commission when you buy through links.",
		"Harbor Deals may also earn a commission when you buy through links.",
		"Harbor Deals may be compensated when you buy through our links.",
		"Harbor Deals will earn a commission when you buy through links.",
		"Deals Weekly may earn an affiliate commission when you buy through links, the owner said.",
		"Wenn du über diese Links etwas kaufst, erhalten wir eine kleine Provision.",
		"Nous pouvons percevoir une commission sur les achats faits via ces liens.",
		"Si compras a través de estos enlaces, podemos recibir una comisión.",
		"Als je via deze links iets koopt, ontvangen wij een kleine commissie.",
		"Jeśli kupisz przez te linki, możemy otrzymać prowizję.",
		"Copyright 2025 The Daily Example", "COPYRIGHT 20x5", "copyright 2025",
		"Ѕubscribe to our newsletter", "\xffSign up for our newsletter", "Share\xe2\x80 it",
		"Follow’s us on Instagram", "don’t miss our newsletter", "Don\u2019t miss our newsletter",
	)
	return paras
}

func paysTheSiteByLowering(s string) bool {
	if strings.ContainsAny(s, "\"“”„«»") {
		return false // a quotation: someone else speaks
	}
	var self, verb, noun, source bool
	prev := ""
	for _, word := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		w := strings.ToLower(word)
		if speechWords[w] {
			return false
		}
		if w == "be" || w == "also" {
			continue // "may be compensated", "may also earn"
		}
		pay := affiliatePayVerbs[w]
		self = self || word == "I" || affiliateSelf[w] || pay && (prev == "may" || prev == "might")
		verb = verb || pay
		prev = w
		noun = noun || hasAnyPrefixByLowering(w, affiliatePayNouns.all)
		source = source || hasAnyPrefixByLowering(w, affiliateSources.all)
	}
	return self && verb && noun && source
}
func isAdLabelByLowering(s string) bool {
	return len(s) <= 40 && adLabels[strings.ToLower(strings.Trim(s, " -–—:|"))]
}
func isPointerByLowering(s string) bool {
	if len(s) > maxPointerChars || strings.HasSuffix(s, ".") {
		return false
	}
	for _, p := range pointerStarts.all {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}
func isBoilerplateByLowering(s string) bool {
	if len(s) > maxBoilerplateChars {
		return false
	}
	if isAdLabelByLowering(s) || isPointerByLowering(s) {
		return true
	}
	s = strings.TrimLeft(s, " ([—–-")
	lower := strings.ToLower(s)
	if edgeWholes[strings.TrimRight(lower, " .!:|")] {
		return true
	}
	for _, p := range creditStarts {
		if strings.HasPrefix(lower, p) && startsUpper(s[min(len(s), len(p)):]) {
			return true
		}
	}
	for _, p := range edgeStarts.all {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	if isCopyrightLineByLowering(lower) || isCallToActionByLowering(s) {
		return true
	}
	trimmed := strings.TrimRight(lower, " )]")
	for _, p := range edgeEnds {
		if strings.HasSuffix(trimmed, p) {
			return true
		}
	}
	for _, p := range affiliateNotices {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return paysTheSiteByLowering(s)
}
func isCopyrightLineByLowering(lower string) bool {
	rest, ok := strings.CutPrefix(lower, "copyright ")
	return ok && len(rest) >= 4 && strings.IndexFunc(rest[:4], func(r rune) bool { return r < '0' || r > '9' }) < 0
}
func isCallToActionByLowering(s string) bool {
	if len(s) > maxBoilerplateChars || strings.ContainsAny(s, "\"“”„«»") {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’' && r != '@'
	})
	if len(words) == 0 || len(words) > maxCallWords || !ctaVerbs[strings.ReplaceAll(words[0], "’", "'")] {
		return false
	}
	object := hasClitic(words[0]) || siteVerbs[words[0]] && len(words) <= maxSiteCallWords
	for i, w := range words[1:] {
		if speechWords[w] {
			return false
		}
		if w == "x" && !regexp.MustCompile(`(^|[^\pL\pN])X($|[^\pL\pN])`).MatchString(s) {
			continue // the letter x, not the platform X
		}
		object = object || ctaObjects[w] || strings.HasPrefix(w, "@") ||
			shareVerbs[words[i]] && postPronouns[w] // "Like it? Share it!"
	}
	return object
}

// hasAnyPrefixByLowering reports whether w starts with one of prefixes.
func hasAnyPrefixByLowering(w string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
