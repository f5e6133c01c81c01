package lede

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Boilerplate paragraphs: site furniture that arrives as ordinary text —
// cookie notices, ad labels, share and follow prompts, newsletter pitches,
// credit and copyright lines. Clean drops them at the start and end of a
// text, and Parse at the edges of an article's body; ad labels and "Read
// more:" pointers go wherever they stand. The same words inside a news
// sentence ("The regulator said the website uses cookies to track users.")
// are news and stay: every rule below matches a whole paragraph, or its
// opening words, never a phrase in the middle.
//
// The vocabulary is lower-case and matched case-insensitively.
var (
	// adLabels are whole paragraphs that mark an ad slot.
	adLabels = map[string]bool{
		"ad": true, "ads": true, "advert": true, "advertisement": true,
		"advertising": true, "sponsored": true, "sponsored content": true,
		"story continues below advertisement": true, "article continues below advertisement": true,
		"continue reading below": true, "scroll to continue with content": true,
		"werbung": true, "anzeige": true, "publicidad": true, "publicité": true, "pubblicità": true,
	}

	// pointerStarts open short paragraphs that point to other pages
	// ("Read more: Inflation hits 10-year high", "Lesen Sie auch: …"),
	// dropped anywhere: the "read also" and "you may also like" lines of
	// English, German, French, Spanish, Portuguese, Italian, Dutch and
	// Polish news sites.
	pointerStarts = newPrefixTable(
		"read more:", "read more -", "related:", "see also:", "more:", "also read:",
		"recommended:", "watch:", "listen:", "you may also like", "you might also like",
		"lesen sie auch", "lies auch", "auch interessant", "das könnte sie auch interessieren",
		"das könnte dich auch interessieren", "das thema könnte", "weiterlesen:", "mehr zum thema",
		"mehr dazu:", "weitere artikel", "weitere themen",
		"lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "sur le même sujet",
		"lee también", "le puede interesar", "te puede interesar", "también te puede interesar",
		"leia também", "leia mais:", "veja também", "leggi anche", "potrebbe interessarti",
		"lees ook", "lees meer:", "czytaj także", "czytaj też", "czytaj więcej", "zobacz też", "zobacz także",
	)

	// edgeWholes are whole paragraphs of furniture, dropped at the edges.
	edgeWholes = map[string]bool{
		"read more": true, "share this article": true, "share this story": true,
		"share": true, "share this:": true, "explore further": true, "comments": true,
		"share on facebook": true, "share on x": true, "share on twitter": true,
		"share via email": true, "print": true, "email": true, "learn more": true,
		"accept": true, "accept all": true, "accept cookies": true, "accept all cookies": true,
		"reject all": true, "manage cookies": true, "cookie settings": true, "manage preferences": true,
	}

	// edgeStarts open paragraphs of furniture, dropped at the edges.
	edgeStarts = newPrefixTable(
		// consent notices
		"this website uses cookies", "this site uses cookies", "we use cookies",
		"we and our partners", "by continuing to use this", "by using this site",
		// origin notes
		"this story was originally published", "this article was originally published",
		"this article originally appeared", "this story originally appeared",
		// follow and share prompts
		"follow us on ", "follow him on ", "follow her on ", "follow them on ",
		"follow @", "like us on facebook", "share this article", "share this story",
		"share on ",
		// newsletters, apps, subscriptions
		"sign up for ", "sign up to ", "subscribe to our ", "join our ",
		"download our app", "get our newsletter",
		// tips and contacts
		"have a tip?", "got a tip?", "send us a tip",
		// legal lines
		"copyright ©", "copyright (c)", "©", "this document is subject to copyright",
		"all rights reserved", "citation: ",
	)

	// creditStarts open credit lines when a name follows: "Reporting by
	// Ana Ruiz" but not "Reporting by the paper led to…".
	creditStarts = []string{
		"reporting by ", "additional reporting by ", "additional reporting from ",
		"editing by ", "writing by ", "compiled by ", "research by ",
	}

	// edgeEnds close paragraphs of furniture, dropped at the edges.
	edgeEnds = []string{
		"contributed to this report.", "contributed to this report",
		"contributed reporting.", "all rights reserved.", "all rights reserved",
	}

	// affiliateNotices name the disclosures of shopping articles and
	// advertiser relationships, in the languages of ctaVerbs; a paragraph
	// that contains one is furniture at the edges. The sentence that says
	// the site is paid ("We may earn a commission") is known by its shape
	// instead: see paysTheSite.
	affiliateNotices = []string{
		"contains affiliate links", "contain affiliate links", "affiliate disclosure",
		"advertiser disclosure", "advertising disclosure", "as an amazon associate",
		"contains references to products", "review products independently",
		"um affiliate-links", "sind affiliate-links", "enthält affiliate-links", "provisions-links", "werbelinks",
		"liens d'affiliation", "liens affiliés", "enlaces de afiliados", "enlaces de afiliado",
		"links de afiliados", "link di affiliazione", "link affiliati", "linki afiliacyjne",
	}
)

// A site that says it is paid for what readers buy through its links
// speaks of itself (a first person: "we", "I", "wir", "nous", or a verb in
// the first person plural; in English also its own name with "may":
// "Deals Weekly may earn…"), of being paid (earn, receive, erhalten,
// percevoir, recibir…), of the pay (a commission, compensation, eine
// Provision, una comisión), and of what pays it: the links, the partners,
// the readers' purchases. "We may receive compensation if you visit
// partners we recommend", "Wenn du über diese Links etwas kaufst, erhalten
// wir eine kleine Provision", "nous percevons une commission sur les
// achats". News tells of others being paid ("Victims may receive
// compensation from the state fund"), or quotes them.
var (
	// affiliateSelf are the first persons of the languages of ctaVerbs,
	// with the first-person plural forms of the modal and pay verbs that
	// carry it in the Romance languages. English "I" is matched as written:
	// lower-cased it is the Italian article.
	affiliateSelf = setOf(
		"we", "us", "wir", "uns", "ich", "nous", "pouvons", "percevons", "recevons", "touchons",
		"podemos", "recibimos", "ganamos", "obtenemos", "noi", "possiamo", "potremmo",
		"riceviamo", "guadagniamo", "percepiamo", "recebemos", "ganhamos", "wij",
		"możemy", "otrzymujemy", "zarabiamy",
	)
	// affiliatePayVerbs are the verbs of being paid.
	affiliatePayVerbs = setOf(
		"earn", "earns", "receive", "receives", "get", "collect", "make", "compensated", "paid",
		"erhalten", "bekommen", "verdienen", "percevoir", "recevoir", "toucher", "percevons",
		"recevons", "touchons", "recibir", "ganar", "obtener", "recibimos", "ganamos", "obtenemos",
		"ricevere", "guadagnare", "percepire", "riceviamo", "guadagniamo", "percepiamo",
		"receber", "ganhar", "recebemos", "ganhamos", "ontvangen", "krijgen", "verdienen",
		"otrzymać", "otrzymujemy", "zarabiamy",
	)
	// affiliatePayNouns open the words for the pay.
	affiliatePayNouns = newPrefixTable(
		"commission", "compensat", "provision", "comisi", "comiss", "commissi",
		"vergoeding", "prowizj",
	)
	// affiliateSources open the words for what pays the site: links,
	// partners, purchases and buying.
	affiliateSources = newPrefixTable(
		"link", "partner", "purchas", "buy", "bought", "retailer", "affiliate",
		"kauf", "käuf", "einkauf", "lien", "achat", "enlace", "compra", "acquist",
		"aankoop", "koop", "gekocht", "zakup", "kupuj", "kupisz",
	)
)

// paysTheSite reports whether the paragraph s says that the site is paid
// for what readers buy; see affiliateSelf.
func paysTheSite(s string) bool {
	if strings.ContainsAny(s, "\"“”„«»") {
		return false // a quotation: someone else speaks
	}
	if !namesPay(s) {
		return false // most paragraphs, told apart in one cheap pass
	}
	var self, verb, noun, source, afterMay bool
	var buf [64]byte
	for rest := s; rest != ""; {
		var word string
		if word, rest = nextLetters(rest); word == "" {
			break
		}
		w := appendLower(buf[:0], word)
		if speechWords[string(w)] {
			return false
		}
		if string(w) == "be" || string(w) == "also" {
			continue // "may be compensated", "may also earn"
		}
		pay := affiliatePayVerbs[string(w)]
		self = self || word == "I" || affiliateSelf[string(w)] || pay && afterMay
		verb = verb || pay
		afterMay = string(w) == "may" || string(w) == "might"
		noun = noun || affiliatePayNouns.startsAny(w)
		source = source || affiliateSources.startsAny(w)
	}
	return self && verb && noun && source
}

// namesPay reports whether a word of s, lower-cased, begins with one of
// affiliatePayNouns. A word whose first letter begins none is not
// lower-cased.
func namesPay(s string) bool {
	var buf [64]byte
	for rest := s; rest != ""; {
		var word string
		if word, rest = nextLetters(rest); word == "" {
			break
		}
		if word[0] < utf8.RuneSelf && len(affiliatePayNouns.byFirst[word[0]]) == 0 {
			continue
		}
		if affiliatePayNouns.startsAny(appendLower(buf[:0], word)) {
			return true
		}
	}
	return false
}

// nextLetters returns the first run of letters of s, the words
// paysTheSite reads, and what follows it; an empty word when s has none.
func nextLetters(s string) (word, rest string) {
	start := -1
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) && start < 0:
			start = i
		case !unicode.IsLetter(r) && start >= 0:
			return s[start:i], s[i:]
		}
	}
	if start < 0 {
		return "", ""
	}
	return s[start:], ""
}

// imageLabels open the lines that credit or describe a picture, in the
// languages of lede's pages ("Photo: AP", "Foto: dpa", "Bild: Springer",
// "Crédit photo : AFP", "Imagen: EFE"), dropped wherever they stand.
var imageLabels = newPrefixTable(
	"photo:", "photos:", "photo credit", "photograph:", "credit:", "image:", "images:",
	"picture:", "illustration:", "graphic:", "foto:", "fotos:", "bild:", "bilder:",
	"abbildung:", "grafik:", "crédit photo", "crédits photo", "photo :", "crédit :",
	"imagen:", "imágenes:", "fotografía:", "créditos:", "immagine:", "fonte foto",
)

// maxCreditChars bounds picture credit lines: a credit or a caption with
// its credit, not a paragraph.
const maxCreditChars = 200

// isImageCredit reports whether the paragraph s credits a picture: it
// opens with a picture label, or ends with a copyright credit ("… | ©
// Getty Images", "Foto © Vogelwarte", "AFP / MARCO BERTORELLO ©"). Such
// lines sit under pictures that the page lays out in the text flow.
func isImageCredit(s string) bool {
	if len(s) > maxCreditChars {
		return false
	}
	for _, p := range imageLabels.foldCandidates(s) {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	i := lastCopyrightSign(s)
	return i >= 0 && !strings.ContainsAny(s[i:], ".!?") || strings.HasSuffix(s, "©")
}

// lastCopyrightSign returns strings.LastIndex(s, "©"), which reads s
// backwards a byte at a time: most text holds no "©", which a forward
// search tells at once.
func lastCopyrightSign(s string) int {
	if !strings.Contains(s, "©") {
		return -1
	}
	return strings.LastIndex(s, "©")
}

// maxBoilerplateChars bounds the paragraphs tested: furniture lines are
// short, and a long paragraph that starts "Reporting by" is a story.
const maxBoilerplateChars = 400

// maxPointerChars bounds "Read more:" pointers, which are one headline.
const maxPointerChars = 160

// isAdLabel reports whether the paragraph s is an ad label, furniture
// wherever it stands.
func isAdLabel(s string) bool {
	if len(s) > maxAdLabelChars {
		return false
	}
	var buf [2 * maxAdLabelChars]byte
	return adLabels[string(appendLower(buf[:0], strings.Trim(s, " -–—:|")))]
}

// maxAdLabelChars bounds ad labels: "article continues below
// advertisement", the longest, and its dashes.
const maxAdLabelChars = 40

// isPointer reports whether the paragraph s points to another page ("Read
// more: Inflation hits 10-year high"), furniture wherever it stands.
func isPointer(s string) bool {
	if len(s) > maxPointerChars || strings.HasSuffix(s, ".") {
		return false
	}
	for _, p := range pointerStarts.foldCandidates(s) {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// hasPrefixFold reports whether s begins with the lower-case ASCII prefix,
// ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// isBoilerplate reports whether the paragraph s is furniture when it stands
// at the edge of a text: any of the above.
func isBoilerplate(s string) bool {
	if len(s) > maxBoilerplateChars {
		return false
	}
	if isAdLabel(s) || isPointer(s) {
		return true
	}
	s = strings.TrimLeft(s, " ([—–-")
	// The paragraph lower-cased, on the stack: lower-casing makes a
	// character at most half as long again ("Ⱥ" is "ⱥ").
	var buf [2 * maxBoilerplateChars]byte
	lower := appendLower(buf[:0], s)
	if edgeWholes[string(bytes.TrimRight(lower, " .!:|"))] {
		return true
	}
	for _, p := range creditStarts {
		if hasPrefixBytes(lower, p) && startsUpper(s[min(len(s), len(p)):]) {
			return true
		}
	}
	for _, p := range edgeStarts.candidates(lower) {
		if hasPrefixBytes(lower, p) {
			return true
		}
	}
	if isCopyrightLine(lower) || isCallToAction(s) {
		return true
	}
	trimmed := bytes.TrimRight(lower, " )]")
	for _, p := range edgeEnds {
		if len(trimmed) >= len(p) && string(trimmed[len(trimmed)-len(p):]) == p {
			return true
		}
	}
	for _, p := range affiliateNotices {
		if containsBytes(lower, p) {
			return true
		}
	}
	return paysTheSite(s)
}

// isCopyrightLine reports "copyright 2025 The Daily Example", but not
// "copyright lawyers said…": the word must be followed by a year.
func isCopyrightLine(lower []byte) bool {
	const word = "copyright "
	if !hasPrefixBytes(lower, word) || len(lower) < len(word)+4 {
		return false
	}
	for _, c := range lower[len(word) : len(word)+4] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// appendLower appends s lower-cased to dst: the bytes of
// strings.ToLower(s), without a string made for them.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := decodeTwo(s[i:]) // most often, without a call
		if n == 0 {
			r, n = utf8.DecodeRuneInString(s[i:]) // an invalid byte is U+FFFD
		}
		dst = utf8.AppendRune(dst, lowerRune(r))
		i += n
	}
	return dst
}

// hasPrefixBytes reports whether b begins with prefix.
func hasPrefixBytes(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && string(b[:len(prefix)]) == prefix
}

// containsBytes reports whether b holds s.
func containsBytes(b []byte, s string) bool {
	for len(b) >= len(s) {
		i := bytes.IndexByte(b, s[0])
		if i < 0 || len(b)-i < len(s) {
			return false
		}
		if string(b[i:i+len(s)]) == s {
			return true
		}
		b = b[i+1:]
	}
	return false
}

// prefixTable holds lower-case beginnings (of paragraphs, of words) by
// the ASCII characters their first character folds to, so that a text is
// compared with the few that can begin it.
type prefixTable struct {
	all     []string
	byFirst [utf8.RuneSelf][]string
}

func newPrefixTable(prefixes ...string) *prefixTable {
	t := &prefixTable{all: prefixes}
	for _, p := range prefixes {
		first, _ := utf8.DecodeRuneInString(p)
		for r := first; ; {
			if r < utf8.RuneSelf {
				t.byFirst[r] = append(t.byFirst[r], p)
			}
			if r = unicode.SimpleFold(r); r == first {
				break
			}
		}
	}
	return t
}

// candidates returns the prefixes that lower, a lower-cased text, can
// begin with: all of them when it begins beyond ASCII.
func (t *prefixTable) candidates(lower []byte) []string {
	if len(lower) > 0 && lower[0] < utf8.RuneSelf {
		return t.byFirst[lower[0]]
	}
	return t.all
}

// foldCandidates returns the prefixes that s can begin with, ignoring
// case as strings.EqualFold does: all of them when s begins beyond ASCII
// ("ſ" folds to "s").
func (t *prefixTable) foldCandidates(s string) []string {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return t.byFirst[s[0]]
	}
	return t.all
}

// startsAny reports whether the lower-cased word w begins with one of
// the prefixes.
func (t *prefixTable) startsAny(w []byte) bool {
	for _, p := range t.candidates(w) {
		if hasPrefixBytes(w, p) {
			return true
		}
	}
	return false
}

// startsUpper reports whether s starts with an upper-case letter, as a name
// does.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// Calls to action are short paragraphs that ask the reader to do something
// on the site rather than tell the news: subscribe, sign up, follow, get
// the app, skip to the content. They are known by their shape, not by
// their sentences: a verb of the class at the start (an imperative, or the
// polite form of languages that have one), something sites ask readers to
// take or follow (a newsletter, the app, an account, "us"), no reported
// speech, and few words. The verbs and nouns are those of the languages
// lede reads bylines in: English, German, French, Spanish, Portuguese,
// Italian and Dutch. Words are matched lower-cased, with clitics that
// carry the object written on ("síguenos", "suivez-nous").
var (
	// ctaVerbs open a call to action.
	ctaVerbs = setOf(
		// English
		"subscribe", "sign", "signup", "register", "join", "follow", "like", "download",
		"get", "install", "share", "click", "tap", "watch", "listen", "read", "continue",
		"skip", "jump", "go", "back", "stay", "support", "donate", "become", "try", "start",
		"enable", "turn", "allow", "log", "create", "check", "visit", "explore", "discover",
		"don't", "never", "keep", "find", "see",
		// German (imperatives and the polite infinitive forms)
		"abonnieren", "abonniere", "abonniert", "folgen", "folge", "folgt", "melden", "melde",
		"registrieren", "registriere", "laden", "lade", "teilen", "teile", "unterstützen",
		"unterstütze", "jetzt", "hier", "zum", "zur", "direkt", "springe", "weiterlesen",
		"holen", "hole", "entdecken", "entdecke", "bleiben", "bleib",
		// French
		"abonnez-vous", "abonne-toi", "suivez-nous", "suis-nous", "inscrivez-vous",
		"inscris-toi", "téléchargez", "télécharge", "partagez", "partage", "rejoignez-nous",
		"rejoins-nous", "recevez", "reçois", "aller", "passer", "allez", "retrouvez-nous",
		"cliquez", "lisez", "découvrez",
		// Spanish
		"suscríbete", "suscríbase", "síguenos", "síganos", "regístrate", "regístrese",
		"descarga", "descargue", "comparte", "comparta", "únete", "únase", "recibe",
		"reciba", "saltar", "ir", "haz", "lee", "mira", "descubre",
		// Portuguese
		"assine", "inscreva-se", "siga-nos", "baixe", "compartilhe", "cadastre-se",
		"receba", "pular", "clique", "leia", "veja", "acompanhe",
		// Italian
		"iscriviti", "seguici", "abbonati", "scarica", "condividi", "vai", "salta",
		"ricevi", "clicca", "leggi", "scopri",
		// Dutch
		"abonneer", "schrijf", "volg", "meld", "deel", "ga", "ontvang", "lees", "klik",
	)

	// ctaObjects are what a call to action asks readers to take, follow or
	// go to: the site's products and channels, "us", the platforms, and the
	// page parts of skip links.
	ctaObjects = setOf(
		// English
		"newsletter", "newsletters", "briefing", "briefings", "digest", "bulletin",
		"alerts", "notifications", "updates", "podcast", "podcasts", "app", "apps",
		"channel", "feed", "account", "membership", "subscription", "subscriber",
		"member", "our", "us", "here", "inbox", "rss", "journalism", "content",
		"navigation", "menu", "main", "top", "comments",
		// platforms
		"facebook", "twitter", "x", "instagram", "youtube", "tiktok", "linkedin",
		"whatsapp", "telegram", "threads", "bluesky", "mastodon", "pinterest", "snapchat",
		"flipboard", "google",
		// German
		"uns", "unseren", "unserem", "unsere", "unser", "kanal", "konto", "abo",
		"inhalt", "hauptinhalt", "hauptnavigation", "anmelden", "abonnieren",
		// French
		"notre", "nos", "lettre", "contenu", "compte", "chaîne",
		// Spanish
		"nuestro", "nuestra", "nuestros", "nuestras", "boletín", "contenido", "canal", "cuenta",
		// Portuguese
		"nossa", "nosso", "nossos", "nossas", "conteúdo", "conta",
		// Italian
		"nostra", "nostro", "nostri", "nostre", "contenuto", "canale",
		// Dutch
		"ons", "onze", "nieuwsbrief", "inhoud",
	)

	// speechWords mark reported speech, which a call to action never is
	// ("Get out and vote, the governor urged on Facebook.").
	speechWords = setOf(
		"said", "says", "told", "urged", "asked", "according", "wrote", "added",
		"sagte", "sagt", "erklärte", "dit", "déclaré", "dijo", "afirmó", "disse",
		"detto", "zei", "aldus",
	)
)

// writesPlatformX reports an "X" standing alone in s, as the platform's
// name is written ("Follow us on X", "Share: X"); a lower-case x is a
// letter or a variable ("Check that x is greater than zero").
func writesPlatformX(s string) bool {
	for i := strings.IndexByte(s, 'X'); i >= 0; {
		before, after := rune(' '), rune(' ')
		if i > 0 {
			before, _ = utf8.DecodeLastRuneInString(s[:i])
		}
		if i+1 < len(s) {
			after, _ = utf8.DecodeRuneInString(s[i+1:])
		}
		if !unicode.IsLetter(before) && !unicode.IsDigit(before) && !unicode.IsLetter(after) && !unicode.IsDigit(after) {
			return true
		}
		next := strings.IndexByte(s[i+1:], 'X')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// maxCallWords bounds a call to action: one line of a few words.
const maxCallWords = 25

// isCallToAction reports whether the paragraph s asks the reader to act on
// the site; see ctaVerbs.
func isCallToAction(s string) bool {
	if len(s) > maxBoilerplateChars || !opensWithCallVerb(s) || strings.ContainsAny(s, "\"“”„«»") {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(s), isCallBreak)
	if len(words) == 0 || len(words) > maxCallWords || !ctaVerbs[strings.ReplaceAll(words[0], "’", "'")] {
		return false
	}
	object := hasClitic(words[0]) || siteVerbs[words[0]] && len(words) <= maxSiteCallWords
	for i, w := range words[1:] {
		if speechWords[w] {
			return false
		}
		if w == "x" && !writesPlatformX(s) {
			continue // a letter, not the platform: "Find all integer solutions of x + y = 17."
		}
		object = object || ctaObjects[w] || strings.HasPrefix(w, "@") ||
			shareVerbs[words[i]] && postPronouns[w] // "Like it? Share it!"
	}
	return object
}

// siteVerbs ask for something only the site offers, so that they need no
// object to be a call to action: "Subscribe now for just $1 a week",
// "Jetzt abonnieren und 30 Tage gratis lesen" (the imperatives of
// subscribing in the languages of ctaVerbs). Donating and registering are
// not here: news tells readers where to give after a disaster.
var siteVerbs = setOf(
	"subscribe", "abonnieren", "abonniere", "abonnez-vous", "abonne-toi", "suscríbete",
	"suscríbase", "assine", "abbonati", "abonneer",
)

// maxSiteCallWords bounds a call of siteVerbs with no object: a line of
// an offer, not a paragraph that goes on.
const maxSiteCallWords = 12

// isCallBreak reports the characters that separate the words of a call
// to action, lower-cased.
func isCallBreak(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’' && r != '@'
}

// opensWithCallVerb reports whether the first word of s, lower-cased, is
// one of ctaVerbs: most paragraphs are told apart from calls to action
// by it, without their words made.
func opensWithCallVerb(s string) bool {
	var buf [32]byte
	word := buf[:0]
	for _, r := range s {
		r = unicode.ToLower(r)
		switch {
		case !isCallBreak(r):
			if r == '’' {
				r = '\''
			}
			word = utf8.AppendRune(word, r)
		case len(word) > 0:
			return ctaVerbs[string(word)]
		}
	}
	return ctaVerbs[string(word)]
}

// shareVerbs ask readers to pass the page on; after one, a pronoun is the
// page itself ("Like it? Share it!", "Teile ihn mit deinen Freunden").
// "Like" is not one: "Like it or not, …" opens news.
var shareVerbs = setOf(
	"share", "pin", "tweet", "repost", "teile", "teilen", "teilt", "partagez", "partage",
	"comparte", "comparta", "compartilhe", "condividi", "deel",
)

// postPronouns stand for the page after a share verb.
var postPronouns = setOf("it", "this", "ihn", "es", "le", "la", "lo", "het", "dit")

// hasClitic reports a verb that carries its object ("suivez-nous",
// "síguenos", "seguici", "inscreva-se"): the call names no other.
func hasClitic(verb string) bool {
	for _, end := range []string{"-nous", "-vous", "-toi", "-nos", "-se", "nos", "ci", "ti", "te"} {
		if strings.HasSuffix(verb, end) && len(verb) > len(end)+2 {
			return true
		}
	}
	return false
}

// setOf returns the set of words.
func setOf(words ...string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}
