package lede

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// People
//
// A pronoun speaker ("she said") is resolved to a person the text named
// before, and only to one it can stand for: a person, not a place ("from
// Des Moines"), of the pronoun's sex when the text tells it. The text
// tells a person's sex by an honorific or a gendered title before the name
// ("Ms Gupta", "spokeswoman Ana Diaz", "Queen Rania"), by a gendered noun
// in the role after it (", a spokeswoman for the council,"), by a pronoun
// already resolved to the name, and, where it says nothing, by the given
// name: zgivennames.go holds the US Social Security Administration's first
// names with the sex that at least nine babies in ten given the name had.
// A name from outside that source (most names from outside the US) leaves
// the sex unknown, which agrees with either pronoun.

// sex is what the text tells of a person's sex, enough to agree a
// pronoun with a name.
type sex byte

const (
	sexUnknown sex = iota
	sexFemale
	sexMale
)

// agrees reports whether a person of sex s can be one of sex t.
func (s sex) agrees(t sex) bool { return s == sexUnknown || t == sexUnknown || s == t }

// pronounSex returns the sex a third-person pronoun says.
func pronounSex(lower string) sex {
	switch lower {
	case "he", "him", "his", "himself":
		return sexMale
	case "she", "her", "hers", "herself":
		return sexFemale
	}
	return sexUnknown
}

//go:generate go run gen_givennames.go -ssa $SSA_NAMES
//go:generate go run gen_countries.go

// givenNameSex looks a first name up in the table of given names: known
// reports whether it is there, and the sex is unknown for names given to
// both sexes ("Jordan", "Dana"). Case and accents do not matter ("JOSÉ"
// is "Jose"); a hyphenated name is looked up by its first part
// ("Mary-Kate").
func givenNameSex(name string) (s sex, known bool) {
	key := name // most words asked about are written as the table writes names
	if !isCanonicalName(name) {
		if i := indexMark(name, "-", "‐"); i > 0 {
			name = name[:i]
		}
		key = givenNameKey(name)
	}
	if len(key) < 2 {
		return sexUnknown, false
	}
	entry, ok := searchGivenNames(key)
	if !ok {
		return sexUnknown, false
	}
	switch entry {
	case 'F':
		return sexFemale, true
	case 'M':
		return sexMale, true
	}
	return sexUnknown, true
}

// givenNameKey writes name as the table does: ASCII letters, the first
// upper case and the rest lower case. It returns "" for a name with other
// characters once accents are taken off.
//
// It takes the accents off as canonical decomposition (NFD) followed by
// dropping the nonspacing marks would, one character at a time: each
// character's full decomposition is in the table norm reads, and the
// reordering of marks that NFD adds cannot move a letter. norm.NFD.String
// allocated a buffer of some hundreds of bytes a call, which took a tenth
// of the command's time on a page of high bytes (Ž, Ÿ, ÄËÒ, ÅÌÓ in every
// 128 bytes); TestGivenNameKeyDecomposesAsNFD compares the two.
func givenNameKey(name string) string {
	if isCanonicalName(name) {
		return name // the common case, without a copy
	}
	var buf [32]byte
	key := buf[:0]
	for i := 0; i < len(name); {
		r, size := rune(name[i]), 1
		var ok bool
		if r < utf8.RuneSelf {
			key, ok = appendKeyRune(key, r)
		} else {
			r, size = utf8.DecodeRuneInString(name[i:])
			key, ok = appendDecomposed(key, name[i:i+size], r)
		}
		if !ok {
			return ""
		}
		i += size
	}
	return string(key)
}

// appendDecomposed appends to key the letters of the character r, read
// from s, once decomposed, its marks dropped; ok is false when it holds
// something else. The Latin letters are read from latinKeyLetters.
func appendDecomposed(key []byte, s string, r rune) (_ []byte, ok bool) {
	if r < rune(len(latinKeyLetters)) {
		if c := latinKeyLetters[r]; c != 0 {
			return appendKeyRune(key, rune(c))
		}
		return key, false
	}
	return appendTableDecomposed(key, s, r)
}

// latinKeyLetters holds, for each character up to U+024F (Latin-1 and
// Latin Extended-A and B), the ASCII letter that appendTableDecomposed
// makes of it ("é" e, "Ǖ" u), or 0 when it refuses it ("æ", "ß", "×"):
// each decomposes to one letter and marks, or to none. Words of high
// bytes are all such characters, and norm's table took a seventh of the
// quotes' time on them.
var latinKeyLetters = func() (t [0x250]byte) {
	var buf [utf8.UTFMax]byte
	for r := range rune(len(t)) {
		var key [8]byte
		if k, ok := appendTableDecomposed(key[:0], string(utf8.AppendRune(buf[:0], r)), r); ok && len(k) == 1 {
			t[r] = k[0] | 0x20
		}
	}
	return t
}()

// appendTableDecomposed is appendDecomposed, with the decomposition read
// from norm's table.
func appendTableDecomposed(key []byte, s string, r rune) (_ []byte, ok bool) {
	d := norm.NFD.PropertiesString(s).Decomposition()
	if d == nil {
		return appendKeyRune(key, r)
	}
	for _, r := range string(d) {
		if key, ok = appendKeyRune(key, r); !ok {
			return key, false
		}
	}
	return key, true
}

// appendKeyRune appends r to key, upper case when it comes first and lower
// case after, or nothing for a nonspacing mark; ok is false for any other
// character than an ASCII letter.
func appendKeyRune(key []byte, r rune) (_ []byte, ok bool) {
	switch {
	case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
		c := byte(r) | 0x20 // lower case
		if len(key) == 0 {
			c -= 'a' - 'A'
		}
		return append(key, c), true
	case r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r):
		return key, true
	}
	return key, false
}

// searchGivenNames finds key among the "\nName:S" entries of givenNames
// and returns its S.
func searchGivenNames(key string) (byte, bool) {
	s, ok := givenNameIndex()[key]
	return s, ok
}

// givenNameIndex maps each name of givenNames to its S. It is built the
// first time a name is looked up, once for the process, and only read
// after: names are looked up for most capitalized words of a text, which
// a binary search over the table's bytes made a tenth of Quotes' time.
var givenNameIndex = sync.OnceValue(func() map[string]byte {
	m := make(map[string]byte, 1<<15)
	for entry := range strings.SplitSeq(strings.Trim(givenNames, "\n"), "\n") {
		name, s, _ := strings.Cut(entry, ":")
		m[name] = s[0]
	}
	return m
})

// titleSex gives the sex that an honorific, a title or a role noun says:
// "Mrs", "Sir", "Queen", "spokeswoman", "chairman", "mother".
func titleSex(lower string) sex {
	return titleSexes[strings.TrimSuffix(lower, ".")]
}

// titleSexes are the honorifics, titles of nobility and office, and nouns
// for people that English marks for sex. Nouns whose use has become common
// for both sexes ("actor", "host") are left out.
var titleSexes = map[string]sex{
	// honorifics and forms of address
	"mr": sexMale, "mister": sexMale, "sir": sexMale, "lord": sexMale, "monsieur": sexMale,
	"herr": sexMale, "señor": sexMale, "senor": sexMale, "signor": sexMale, "shri": sexMale,
	"mrs": sexFemale, "ms": sexFemale, "miss": sexFemale, "madam": sexFemale,
	"madame": sexFemale, "mme": sexFemale, "dame": sexFemale, "lady": sexFemale,
	"frau": sexFemale, "señora": sexFemale, "senora": sexFemale, "signora": sexFemale,
	"smt": sexFemale,
	// nobility and monarchy
	"king": sexMale, "prince": sexMale, "duke": sexMale, "earl": sexMale, "baron": sexMale,
	"emperor": sexMale, "sultan": sexMale, "tsar": sexMale, "czar": sexMale,
	"queen": sexFemale, "princess": sexFemale, "duchess": sexFemale,
	"countess": sexFemale, "baroness": sexFemale, "empress": sexFemale,
	// religious titles
	"father": sexMale, "brother": sexMale, "monsignor": sexMale,
	"sister": sexFemale, "mother": sexFemale, "abbess": sexFemale,
	// offices and roles
	"chairman": sexMale, "spokesman": sexMale, "congressman": sexMale,
	"councilman": sexMale, "assemblyman": sexMale, "alderman": sexMale,
	"businessman": sexMale, "sportsman": sexMale, "policeman": sexMale,
	"fireman": sexMale, "headmaster": sexMale, "frontman": sexMale,
	"chairwoman": sexFemale, "spokeswoman": sexFemale, "congresswoman": sexFemale,
	"councilwoman": sexFemale, "assemblywoman": sexFemale, "alderwoman": sexFemale,
	"businesswoman": sexFemale, "sportswoman": sexFemale, "policewoman": sexFemale,
	"firewoman": sexFemale, "headmistress": sexFemale, "frontwoman": sexFemale,
	"actress": sexFemale, "waitress": sexFemale, "hostess": sexFemale,
	"heiress": sexFemale, "stewardess": sexFemale, "comedienne": sexFemale,
	// family and people
	"man": sexMale, "boy": sexMale, "husband": sexMale, "son": sexMale,
	"grandfather": sexMale, "grandson": sexMale, "uncle": sexMale, "nephew": sexMale,
	"widower": sexMale, "boyfriend": sexMale, "stepfather": sexMale, "dad": sexMale,
	"woman": sexFemale, "girl": sexFemale, "wife": sexFemale, "daughter": sexFemale,
	"grandmother": sexFemale, "granddaughter": sexFemale, "aunt": sexFemale,
	"niece": sexFemale, "widow": sexFemale, "girlfriend": sexFemale,
	"stepmother": sexFemale, "mum": sexFemale, "mom": sexFemale,
}

// sexOfPhrase returns the sex that the words of a role say, by the last
// word in it that marks one: "a spokeswoman for the council" is female.
func sexOfPhrase(text string) sex {
	s := sexUnknown
	for _, w := range words(text).all() {
		if t := titleSex(w.lower()); t != sexUnknown {
			s = t
		}
	}
	return s
}

// placePrepositions put the name after them in a place: "in San
// Antonio", "near Lake Placid", even where the place's first word is a
// given name too. After the weaker ones a name is a place only when no
// given name or title makes it a person's: "from Des Moines", but "a
// letter from Tom Lee".
var placePrepositions = map[string]bool{
	"in": true, "near": true, "across": true, "outside": true, "inside": true,
	"throughout": true, "within": true, "into": true, "via": true, "around": true,
	"toward": true, "towards": true,
	"from": false, "to": false, "at": false,
}

// people is what a text tells of the people it names.
type people struct {
	sexes   map[string]sex  // by full name
	persons map[string]bool // the names that some mention shows are people's
	// bySurname and byGiven index the full names (two words or more) by
	// their last and first words, in text order; byRole indexes the
	// names by the title or role before them ("Governor", "neighbour")
	// and the speakers by the role words in their titles.
	bySurname, byGiven, byRole map[string][]int
	// spokenRoles are the roles of speakers, in text order.
	spokenRoles map[string][]namedAt
	// appositiveRoles index the people named in full by the head noun
	// of the appositive after their name ("Chris Grayling, the
	// Conservative MP for Epsom,"), in text order.
	appositiveRoles map[string][]appositiveRole
}

// appositiveRole is a person named with an appositive, and the
// appositive's words in lower case.
type appositiveRole struct {
	namedAt
	words []string
}

// withRole returns the name of the person who last had role before byte
// i as a title before the name, or else in a speaker's title.
func (p people) withRole(names []nameMention, role string, i int) string {
	var best namedAt
	at := p.byRole[role]
	if k := sort.Search(len(at), func(k int) bool { return names[at[k]].Start >= i }); k > 0 {
		best = namedAt{names[at[k-1]].name, names[at[k-1]].Start}
	}
	if best.name != "" {
		// A title the text writes before a name ("President Trump",
		// "Governor Lee") names the holder of the office it speaks of; a
		// role in a speaker's appositive ("John Williams, president of
		// the New York Fed") stands in only when no title does.
		return best.name
	}
	spoken := p.spokenRoles[role]
	if k := sort.Search(len(spoken), func(k int) bool { return spoken[k].at >= i }); k > 0 {
		best = spoken[k-1]
	}
	if a := p.withAppositive(roleMention{head: role}, i); a.at >= best.at {
		best = a // the later of a speaker's role and an appositive's
	}
	return best.name
}

// roleMention is a speaker mention that names a role: "the Conservative
// MP", "the former secretary of state". head is the role noun
// ("mp", "secretary") and modifiers the other words, in lower case.
type roleMention struct {
	head      string
	modifiers []string
}

// withAppositive returns the person who last had an appositive before
// byte i that fits the role mention r: its head noun, every modifier of
// r among its words, and the words that change an office's holder
// (symmetricModifiers) in both or neither.
func (p people) withAppositive(r roleMention, i int) namedAt {
	at := p.appositiveRoles[r.head]
	last := sort.Search(len(at), func(k int) bool { return at[k].at >= i }) - 1
	for k := last; k >= 0 && last-k < maxPronounLookback; k-- { // as many as a pronoun tries
		if fitsRole(at[k].words, r) {
			return at[k].namedAt
		}
	}
	return namedAt{}
}

// fitsRole reports whether the words of a role's holder (an appositive,
// or the title before a name), in lower case, fit the role mention r.
func fitsRole(words []string, r roleMention) bool {
	for _, m := range r.modifiers {
		if !slices.Contains(words, m) {
			return false
		}
	}
	for _, w := range symmetricModifiers {
		if slices.Contains(words, w) && !slices.Contains(r.modifiers, w) {
			return false // "a former state party chairman" is not "the party chairman"
		}
	}
	return true
}

// symmetricModifiers change who holds a role: "the former president" is
// not the president, nor "the vice president".
var symmetricModifiers = []string{
	"former", "ex", "vice", "deputy", "assistant", "associate", "acting", "interim", "retired", "late",
	"lieutenant", "co",
}

// freeModifier reports a word that describes a role's holder without
// narrowing the role: "the 63-year-old senator", "the longtime mayor"
// are the senator and the mayor.
func freeModifier(w string) bool {
	return strings.HasSuffix(w, "-year-old") || w == "longtime" || w == "veteran" || w == "current" || w == "sitting"
}

// maxAppositiveRoleWords bounds the words of an appositive's noun phrase
// read for its head: "the longtime Conservative MP".
const maxAppositiveRoleWords = 5

// learnAppositiveRoles indexes the people named in full by the head noun
// of the appositive after their name, "Chris Grayling, the Conservative
// MP for Epsom, …", "Keyosha Jackson, a driver from Gary, …", so that a
// later "the Conservative MP said" or "the driver said" stands for them.
// The head is the last word before the appositive's comma, preposition
// or relative pronoun.
func (d *quoteDoc) learnAppositiveRoles() {
	for _, m := range d.names {
		if !strings.Contains(m.name, " ") || !d.people.isPerson(m) {
			continue
		}
		if role, words := d.appositiveHead(m.End); role != "" {
			d.people.appositiveRoles[role] = append(d.people.appositiveRoles[role], appositiveRole{namedAt{m.name, m.Start}, words})
		}
	}
}

// appositiveHead returns the head noun, in lower case, of an appositive
// that opens at byte i with a comma and an article, and the appositive's
// words up to its comma (see appositiveRole); or "".
func (d *quoteDoc) appositiveHead(i int) (head string, words []string) {
	end := min(len(d.text), i+200) // more than the comma, article and role words take
	toks := d.tokens(i, end)
	if toks.len() < 3 || toks.text(0) != "," {
		return "", nil
	}
	first := 1 // "Ann Lee, a spokeswoman …" or, without the article, "Ann Lee, spokeswoman …"
	if articles.has(toks.lower(1)) {
		first = 2
	} else if r, _ := utf8.DecodeRuneInString(toks.text(1)); !unicode.IsLower(r) {
		return "", nil // "Lee, Jones and Smith", "Lee, 61,"
	}
	k := first
	for ; k < toks.len() && k <= first+maxAppositiveRoleWords; k++ {
		if w := toks.lower(k); toks.punct(k) || prepositions[w] || w == "of" || w == "to" || isRelative(w) || w == "and" {
			break
		}
	}
	if k == first || k >= toks.len() || toks.lower(k) == "and" || toks.punct(k) && toks.text(k) != "," {
		return "", nil // no head, or a sentence going on: ", a day after the vote."
	}
	if r, _ := utf8.DecodeRuneInString(toks.text(k - 1)); !unicode.IsLetter(r) {
		return "", nil
	}
	stop := first
	for stop < toks.len() && stop-first < 2*maxAppositiveRoleWords && toks.text(stop) != "," {
		stop++
	}
	return strings.TrimSuffix(toks.lower(k-1), "."), lowerWords(toks, first, stop)
}

// lowerWords returns the words of toks[from:to] in lower case, without a
// final point ("u.n." is "u.n").
func lowerWords(toks tokens, from, to int) []string {
	out := make([]string, 0, to-from)
	for k := from; k < to; k++ {
		out = append(out, strings.TrimSuffix(toks.lower(k), "."))
	}
	return out
}

// newPeople reads what names says of the people in it, and gives each
// single name after a title the full name before it that it stands for:
// "Ravi Patel … Mr Patel" is Ravi Patel, "Sir Nicholas Farrant … Sir
// Nicholas" Nicholas Farrant; "Amy Corcoran … Mr Corcoran" is not Amy.
func newPeople(names []nameMention) people {
	p := people{
		sexes: map[string]sex{}, persons: map[string]bool{}, bySurname: map[string][]int{},
		byGiven: map[string][]int{}, byRole: map[string][]int{}, spokenRoles: map[string][]namedAt{},
		appositiveRoles: map[string][]appositiveRole{},
	}
	lists := newIndexLists(2 * len(names))
	for k := range names {
		m := &names[k]
		if m.name == m.surname {
			if full, ok := p.fullName(names, m.surname, m.Start, m.sex); ok {
				m.name = full.name
			}
		} else {
			lists.add(p.bySurname, m.surname, k)
			lists.add(p.byGiven, firstWord(m.name), k)
		}
		if p.sexes[m.name] == sexUnknown {
			p.sexes[m.name] = m.sex
		}
		if m.isPerson {
			p.persons[m.name] = true
		}
	}
	return p
}

// fullName returns the full name before byte i that a single name w
// stands for, as its surname or else as its given name, of a sex that
// agrees with s: the first person so named (firstPerson), else the
// nearest name that no word makes a person's.
func (p people) fullName(names []nameMention, w string, i int, s sex) (nameMention, bool) {
	for _, index := range []map[string][]int{p.bySurname, p.byGiven} {
		at := index[w]
		before := sort.Search(len(at), func(k int) bool { return names[at[k]].Start >= i })
		if m, ok := p.firstPerson(names, at[:min(before, maxNameCandidates)], s); ok {
			return m, true
		}
		for k := before - 1; k >= max(0, before-maxNameCandidates); k-- {
			if m := names[at[k]]; p.sexes[m.name].agrees(s) {
				return m, true
			}
		}
	}
	return nameMention{}, false
}

// firstPerson returns the first of the mentions names[at[k]] that a word
// makes a person's and that agrees with sex s: news calls the person a
// story is about by surname alone and introduces the others who share it
// later, by given name ("Mark Meadows … his wife Debbie … Meadows
// said").
func (p people) firstPerson(names []nameMention, at []int, s sex) (nameMention, bool) {
	for _, k := range at {
		if m := names[k]; p.sexes[m.name].agrees(s) && p.isPerson(m) {
			return m, true
		}
	}
	return nameMention{}, false
}

// maxNameCandidates bounds the full names fullName weighs for a single
// name: the first ones for a person, the nearest ones else. A story names
// the people who share a surname early; the bound keeps a text that
// repeats one name thousands of times linear.
const maxNameCandidates = 64

// firstWord returns the text before the first space of s.
func firstWord(s string) string {
	first, _, _ := strings.Cut(s, " ")
	return first
}

// isPerson reports whether a word of the text makes m a person's name: a
// title or a given name at its mention, or a title, given name or
// pronoun at another mention of the name.
func (p people) isPerson(m nameMention) bool {
	return m.isPerson || p.sexes[m.name] != sexUnknown || p.persons[m.name]
}

// sexOf returns what the text tells of the sex of the person named name.
func (p people) sexOf(name string) sex { return p.sexes[name] }

// learn takes in what a resolved speaker tells of its person's sex: the
// pronoun ("she said") or a gendered role ("a spokeswoman for the
// council").
func (p people) learn(s *Speaker) {
	if p.sexes == nil {
		return
	}
	p.persons[s.Name] = true
	for _, w := range words(s.Title).all() {
		if isTitleWord(w) || titleSex(w.lower()) != sexUnknown {
			role := strings.TrimSuffix(w.lower(), ".")
			p.spokenRoles[role] = append(p.spokenRoles[role], namedAt{s.Name, s.Start})
		}
	}
	if p.sexes[s.Name] != sexUnknown {
		return
	}
	t := pronounSex(strings.ToLower(s.Text))
	if t == sexUnknown {
		t = sexOfPhrase(s.Title)
	}
	if t == sexUnknown {
		t = sexOfPhrase(s.Text)
	}
	p.sexes[s.Name] = t
}

// isCanonicalName reports an ASCII name written as the table writes it:
// "Anna", not "ANNA" or "anna".
func isCanonicalName(s string) bool {
	if len(s) == 0 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// withShortMentions adds to names the single words of toks that name a
// person named in full before ("Lutz and Price spoke", "Achieng moved"),
// so that a pronoun after them can stand for that person. Words that a
// name already covers are left alone. A word that names a place or a body
// in full before ("Marlow" for Marlow Heights) is a mention too, but a
// person only when the full name is one (isPerson), so a pronoun passes
// over it.
//
// A known given name standing alone that the text also capitalizes inside
// a sentence is a person named by one name ("Oprah spoke to the crowd.
// “…,” she said."): capitalizedInside tells.
func (p people) withShortMentions(toks tokens, names []nameMention, capitalizedInside func(word) bool) []nameMention {
	out := make([]nameMention, 0, len(names))
	k := 0
	// Only a capitalized word can be a mention: the loop steps from one
	// to the next, and the names before it go out first. It read every
	// word's start against the names; one word in six of news is
	// capitalized.
	for i := nextCapitalized(toks, 0); i < toks.len(); i = nextCapitalized(toks, i+1) {
		start := toks.start(i)
		for k < len(names) && names[k].End <= start {
			out = append(out, names[k])
			k++
		}
		if k < len(names) && names[k].Start <= start {
			continue
		}
		t := toks.at(i)
		if notNameWords.has(t.lower()) {
			continue
		}
		if i > 0 && isNameToken(toks, i-1, i-1) || i+1 < toks.len() && isNameToken(toks, i+1, i+1) {
			continue // a word of a longer run: "North Fenshire Police"
		}
		w := stripPossessive(t.text())
		if full, ok := p.fullName(names, w, t.start(), p.surnameSex(names, toks, i, w)); ok {
			out = append(out, nameMention{
				Span: Span{t.start(), t.end()}, name: full.name, surname: w,
				sex: full.sex, isPerson: p.isPerson(full),
			})
			continue
		}
		if s, known := givenNameSex(w); known && s != sexUnknown && isOneName(toks, i) && capitalizedInside(t) {
			out = append(out, nameMention{Span: Span{t.start(), t.end()}, name: w, surname: w, sex: s, isPerson: true})
			if p.sexes[w] == sexUnknown {
				p.sexes[w] = s
			}
		}
	}
	out = append(out, names[k:]...)
	p.index(out)
	return out
}

// surnameSex returns the sex that the pronouns of its sentence give a
// surname w alone at toks[i], when people of both sexes share it ("Mark
// Meadows … his wife, Debbie Meadows … In announcing his retirement,
// Meadows said he …"); unknown when they do not, or when the sentence's
// pronouns are of both sexes ("Meadows told her he …").
func (p people) surnameSex(names []nameMention, toks tokens, i int, w string) sex {
	at := p.bySurname[w]
	if len(at) < 2 {
		return sexUnknown
	}
	at = at[:min(len(at), maxNameCandidates)]
	first := p.sexes[names[at[0]].name]
	shared := false
	for _, k := range at[1:] {
		if s := p.sexes[names[k].name]; s != sexUnknown && first != sexUnknown && s != first {
			shared = true
			break
		}
	}
	if !shared {
		return sexUnknown
	}
	return pronounSexAround(toks, i)
}

// pronounSexAround returns the one sex of the third-person pronouns in
// the sentence around toks[i], read at most maxPronounWindow words either
// way; unknown when there are none or both.
func pronounSexAround(toks tokens, i int) sex {
	found := sexUnknown
	for _, step := range [2]int{-1, 1} {
		for k := i + step; k >= 0 && k < toks.len() && (k-i)*step <= maxPronounWindow; k += step {
			if w := toks.text(k); w == "." || w == "?" || w == "!" {
				break
			}
			s := pronounSex(toks.lower(k))
			switch {
			case s == sexUnknown:
			case found == sexUnknown:
				found = s
			case found != s:
				return sexUnknown
			}
		}
	}
	return found
}

// maxPronounWindow bounds the words pronounSexAround reads each way.
const maxPronounWindow = 24

// isOneName reports a word at toks[i] that can be a person named by one
// name: no acronym ("ISIS"), place or organization word ("America"), and
// no determiner before it.
func isOneName(toks tokens, i int) bool {
	t := toks.at(i)
	w, lower := stripPossessive(t.text()), stripPossessive(t.lower())
	if isUpperCased(w) || orgWords.has(lower) || countryNames[w] || placeStarters.has(lower) {
		return false
	}
	return !(i > 0 && determiners[toks.lower(i-1)])
}

// index indexes the full names among names by surname and given name.
func (p people) index(names []nameMention) {
	clear(p.bySurname)
	clear(p.byGiven)
	clear(p.byRole)
	lists := newIndexLists(3 * len(names)) // a name has a key in each index at most
	for k, m := range names {
		if m.role != "" && m.name != "" {
			lists.add(p.byRole, m.role, k)
		}
		if m.name != m.surname && strings.HasSuffix(m.name, m.surname) {
			lists.add(p.bySurname, m.surname, k)
			lists.add(p.byGiven, firstWord(m.name), k)
		}
	}
}

// indexLists gives the lists of an index of people their first room,
// from one slice: appended to from nil, each key's list took an
// allocation or two, a sixth of Quotes' allocations on news, where most
// keys have one name or two.
type indexLists struct{ room []int }

// listRoom is the room a key's list is given: a list that grows past it
// is copied, as append copies.
const listRoom = 2

// newIndexLists returns room for the lists of up to keys keys.
func newIndexLists(keys int) indexLists {
	return indexLists{room: make([]int, 0, listRoom*keys)}
}

// add appends name to the list of key in index.
func (l *indexLists) add(index map[string][]int, key string, name int) {
	list, ok := index[key]
	if !ok {
		n := len(l.room)
		list, l.room = l.room[n:n:n+listRoom], l.room[:n+listRoom]
	}
	index[key] = append(list, name)
}

// isGivenName reports a word that the given-name table holds.
func isGivenName(w string) bool {
	_, ok := givenNameSex(w)
	return ok
}
