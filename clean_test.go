package lede

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

type cleanCase struct {
	name, in, want string
}

func runCleanCases(t *testing.T, cases []cleanCase) {
	t.Helper()
	for _, tt := range cases {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("%s:\nClean(%q)\n got %q\nwant %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestCleanSpaces(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"no-break space", "10\u00a0km", "10 km"},
		{"narrow no-break space in a number", "4\u202f000 people", "4 000 people"},
		{"thin and em spaces", "a\u2009b\u2003c", "a b c"},
		{"run of spaces and tabs", "one  \t two", "one two"},
		{"trimmed lines", "  first line  \n  second line ", "first line\nsecond line"},
		{"CRLF", "one\r\ntwo\r\n\r\nthree", "one\ntwo\n\nthree"},
		{"blank-line runs", "one\n\n\n\n two", "one\n\ntwo"},
		{"line and paragraph separators", "one\u2028two\u2029three", "one\ntwo\n\nthree"},
		{"white-space-only lines are blank", "one\n \u00a0 \ntwo", "one\n\ntwo"},
		{"trimmed text", "\n\n  text  \n\n", "text"},
	})
}

func TestCleanInvisibles(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"byte order mark", "\ufeffHeadline", "Headline"},
		{"zero-width space", "over\u200bseas", "overseas"},
		{"word joiner", "co\u2060operate", "cooperate"},
		{"soft hyphen", "news\u00adpaper", "newspaper"},
		{"C0 controls", "bell\x07 and \x1bescape", "bell and escape"},
		{"directional marks", "left\u200e right\u200f", "left right"},
		{"zero-width joiner in an emoji stays", "👩\u200d💻 coder", "👩\u200d💻 coder"},
		{"zero-width non-joiner in Persian stays", "می\u200cخواهم", "می\u200cخواهم"},
		{"variation selector stays", "❤\ufe0f love", "❤\ufe0f love"},
		{"real hyphen stays", "well-known", "well-known"},
	})
}

func TestCleanCharacters(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"Latin ligatures folded", "\ufb01nal \ufb02ow e\ufb00ort", "final flow effort"},
		{"fullwidth Latin folded", "ＢＢＣ１２ report", "BBC12 report"},
		{"CJK punctuation kept", "東京、大阪。", "東京、大阪。"},
		{"compatibility signs kept", "10 m² and ½ cup, Brand™, № 5", "10 m² and ½ cup, Brand™, № 5"},
		{"decomposed accent composed", "cafe\u0301", "café"},
		{"singleton composed", "\u212bngstr\u00f6m", "Ångström"},
		{"curly quotes kept", "“Yes,” she said. ‘No.’", "“Yes,” she said. ‘No.’"},
		{"straight quotes kept", `"Yes," she said.`, `"Yes," she said.`},
		{"dashes and ellipses kept", "2010–2012 — and… then...", "2010–2012 — and… then..."},
		{"guillemets kept", "« Oui », dit-il.", "« Oui », dit-il."},
		{"C1 punctuation from Latin-1", "\u0093quoted\u0094 and \u0085", "“quoted” and …"},
		{"invalid UTF-8 read as windows-1252", "caf\xe9 \x93hi\x94", "café “hi”"},
	})
}

func TestCleanEntities(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"escaped once", "Fish &amp; chips", "Fish & chips"},
		{"escaped twice", "Fish &amp;amp; chips", "Fish & chips"},
		{"numeric", "it&#8217;s &#x2014; fine", "it’s — fine"},
		{"named", "Jos&eacute; &quot;Pepe&quot;", `José "Pepe"`},
		{"escaped numeric", "it&amp;#8217;s", "it’s"},
		{"bare ampersands stay", "AT&T and R&D", "AT&T and R&D"},
		{"unknown names stay", "&notanentity; &", "&notanentity; &"},
		{"no-break space entity", "10&nbsp;km", "10 km"},
	})
}

func TestCleanMojibake(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"windows-1252 apostrophe", "Huaweiâ€™s profits", "Huawei’s profits"},
		{"windows-1252 accents", "SÃ£o Paulo and MÃ¼nchen", "São Paulo and München"},
		{"windows-1252 quotes and dashes", "â€œYesâ€\u009d â€” he said", "“Yes” — he said"},
		{"Latin-1 with C1 controls", "the mayor\u00e2\u0080\u0099s office", "the mayor’s office"},
		{"damaged twice", "the stateÃ¢â‚¬â„¢s bank", "the state’s bank"},
		{"euro sign", "cost â‚¬48 million", "cost €48 million"},
		{"windows-1250", "Å½luÅ¥ouÄ\u008dkÃ½ kÅ¯Å\u0088", "Žluťoučký kůň"},
		{"Cyrillic read as windows-1252", "ÐŸÑ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€", "Привет, мир"},
		{"only part damaged", "naïve text with cafÃ© in it", "naïve text with café in it"},
		{"lost no-break space", "voilÃ le travail", "voilà le travail"},
		{"lost no-break space before a full stop", "La cittÃ . Poi", "La città. Poi"},
		{"lost no-break space before a comma", "a la comarca del SegriÃ , i", "a la comarca del Segrià, i"},
		{"lost no-break space before a bracket", "(voilÃ ) et", "(voilà) et"},
		{"a dash after a Cyrillic letter stays apart", "SENSÐ• - Oleg", "SENSÐ• - Oleg"},
		{"Korean", "ì„œìš¸ ì‹œìž¥ì\u009d€ ë§\u0090í–ˆë‹¤", "서울 시장은 말했다"},
		{"Greek letter in a gene name", "the IL6RÎ² receptor", "the IL6Rβ receptor"},
		{"windows-1257", "Å\u00a0iandien ÄÆvyko susitikimas", "Šiandien įvyko susitikimas"},
		{"Mac OS Roman", "caf√© cr√®me", "café crème"},
		{"damaged twice with accents", "MÃƒÂ¼llerÃ¢â‚¬â„¢s cafÃƒÂ©", "Müller’s café"},
		{"Mac OS Roman three times", "‚Äö√†√∂‚àö¬¢lection r‚Äö√†√∂¬¨¬©ussie", "Élection réussie"},
		{"drawing damaged twice", "(Ã¢â€¢Â¯Ã‚Â°Ã¢â€“Â¡Ã‚Â°)Ã¢â€¢Â¯", "(╯°□°)╯"},
		{"byte lost to U+FFFD", "Ð´Ð¾Ñ�Ð¾Ð³Ð°", "до�ога"},
		{"letter-spaced capitals kept", "N O T Í C I A S", "N O T Í C I A S"},
		{"unit letter kept", "a gap of 3 Å between", "a gap of 3 Å between"},
		{"Korean kept", "서울 시장은 말했다", "서울 시장은 말했다"},
		{"accented capitals kept", "NESTLÉ® and ÉCOLE", "NESTLÉ® and ÉCOLE"},
		{"French kept", "Ça coûte très cher à Genève.", "Ça coûte très cher à Genève."},
		{"German kept", "Größe, Übermaß, Äpfel", "Größe, Übermaß, Äpfel"},
		{"Polish kept", "Zażółć gęślą jaźń", "Zażółć gęślą jaźń"},
		{"symbols kept", "±5 °C, ¼ of £3, ©2024", "±5 °C, ¼ of £3, ©2024"},
		{"Greek kept", "Η ανατροφή των παιδιών", "Η ανατροφή των παιδιών"},
		// A soft hyphen after "ß" reads as UTF-8 like an NKo mark (DF AD);
		// between small letters it is a hyphenation point, and policy
		// drops it.
		{"soft hyphen after ß", "bei Groß\u00adtheoretikern wie", "bei Großtheoretikern wie"},
		{"soft hyphen after ß in a compound", "Sto\u00df\u00addämpfer und Federung", "Stoßdämpfer und Federung"},
		{"soft hyphens in a long word", "Fuß\u00adball\u00admann\u00adschaft", "Fußballmannschaft"},
		{"soft hyphen of mojibake still repaired", "MartÃ\u00adn GarcÃ\u00ada", "Martín García"},
		// A no-break space lost to an ordinary one, after any lead, in
		// any code page; the space stays where it broke words.
		{"lost no-break space before a word", "Il habite Ã Paris", "Il habite à Paris"},
		{"lost no-break space in Cyrillic", "Ð Ð°Ð±Ð¾Ñ‚Ð°", "Работа"},
		{"lost no-break space in windows-1251", "Il habite Г  Paris", "Il habite à Paris"},
		{"lost no-break space in Greek", "Î Î±Ï\u0081Î¯ÏƒÎ¹", "Παρίσι"},
		{"Portuguese contraction", "chega Ã s 9 horas", "chega às 9 horas"},
		{"elision after à", "signe Ã s'Ã©loigner", "signe à s'éloigner"},
		{"lost byte before punctuation", "comunitÃ Â», disse", "comunità», disse"},
		{"CESU-8", "Great í ½í¸€ day", "Great 😀 day"},
		{"ISO-8859-2", "Ĺ\u0081ĂłdĹş i KrakĂłw", "Łódź i Kraków"},
		{"KOI8-R", "п°п╬я│п╨п╡п╟", "Москва"},
		{"C1 byte of ISO-8859-15 reading", "Die StraÃ\u009fe", "Die Straße"},
		{"Mac OS Roman read as Latin-1", "Coatl\u0087n conf\u0092an", "Coatlán confían"},
		{"mojibake normalized to NFKC", "a naÃ \u0304ve plan", "a naïve plan"},
		{"mojibake decomposed", "FranA\u0303\u0083A\u0302§ois", "François"},
		{"real no-break space kept", "HÄ\u00a0MEENLINNA", "HÄ MEENLINNA"},
		{"sign of another script kept", "Price 3×€5", "Price 3×€5"},
		{"Cyrillic letter before a dash kept", "SENSЕ - Oleg", "SENSЕ - Oleg"},
		// Damaged twice with bytes lost: the outer damage is undone, and
		// what the lost bytes leave stays.
		{"damage undone down to lost bytes", "the realÃ¢€world cost", "the realâ€world cost"},
		{"Turkish dotless i", "yapÄ±lmasÄ±nÄ± oy", "yapılmasını oy"},
	})
}

func TestCleanBoilerplate(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			"cookie notice first",
			"This website uses cookies to ensure you get the best experience on our website. Learn more\n\nThe council met on Monday.",
			"The council met on Monday.",
		},
		{
			"ad label in the middle",
			"First paragraph.\n\nAdvertisement\n\nSecond paragraph.",
			"First paragraph.\n\nSecond paragraph.",
		},
		{
			"read-more pointer in the middle",
			"First paragraph.\n\nRead more: Council delays vote\n\nSecond paragraph.",
			"First paragraph.\n\nSecond paragraph.",
		},
		{
			"share prompt and copyright last",
			"The council met on Monday.\n\nShare this article\n\n© 2026 Coastline Courier. All rights reserved.",
			"The council met on Monday.",
		},
		{
			"news about cookies kept",
			"The regulator said the website uses cookies without consent, and fined it.",
			"The regulator said the website uses cookies without consent, and fined it.",
		},
		{
			"news about advertising kept",
			"Advertisement spending fell 4% last year.",
			"Advertisement spending fell 4% last year.",
		},
		{
			"furniture in the middle of the text kept",
			"First paragraph.\n\nFollow us on Twitter for updates.\n\nSecond paragraph.",
			"First paragraph.\n\nFollow us on Twitter for updates.\n\nSecond paragraph.",
		},
		{"text of only boilerplate", "Advertisement\n\nShare this article", ""},
	})
}

// TestCleanFurnitureOnce checks Clean, which reads each paragraph once
// for ad labels and pointers and remembers where they stand, against the
// two passes it replaced: one to know whether any paragraph goes, one to
// drop them.
func TestCleanFurnitureOnce(t *testing.T) {
	twoPasses := func(text string) string {
		paras := strings.Split(text, "\n\n")
		some := isBoilerplate(paras[0]) || isBoilerplate(paras[len(paras)-1])
		for _, p := range paras {
			some = some || isAdLabel(p) || isPointer(p)
		}
		if !some {
			return text
		}
		kept := paras[:0]
		for _, p := range paras {
			if !isAdLabel(p) && !isPointer(p) {
				kept = append(kept, p)
			}
		}
		for len(kept) > 0 && isBoilerplate(kept[0]) {
			kept = kept[1:]
		}
		for len(kept) > 0 && isBoilerplate(kept[len(kept)-1]) {
			kept = kept[:len(kept)-1]
		}
		return strings.Join(kept, "\n\n")
	}
	news := "The council met on Monday."
	texts := []string{
		"", news, news + "\n\n" + news, "Advertisement",
		"Advertisement\n\n" + news, news + "\n\nAdvertisement",
		news + "\n\nRead more: Council delays vote\n\nA second paragraph.",
		"Share this article\n\n" + news + "\n\nShare this article",
		// More furniture than Clean keeps room for on the stack.
		strings.Repeat("Advertisement\n\n"+news+"\n\n", 12) + "© 2026 Coastline Courier. All rights reserved.",
		"Werbung\n\nРабота идёт.\n\nΗ βουλή συνεδρίασε.\n\n議会は月曜日に開かれた。\n\nAnzeige",
		strings.Repeat(news+"\n\n", 100) + "Sponsored",
	}
	for _, text := range texts {
		if got, want := Clean(text), twoPasses(normalize(text)); got != want {
			t.Errorf("Clean(%.40q) = %.60q, want %.60q", text, got, want)
		}
	}
}

// TestCleanGolden cleans each testdata/clean/*.txt and compares the result
// with the .want file beside it; -update rewrites the .want files.
func TestCleanGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/clean/*.txt")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs in testdata/clean (%v)", err)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			raw, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got := Clean(string(raw)) + "\n"
			want, ok := golden(t, strings.TrimSuffix(in, ".txt")+".want", []byte(got))
			if !ok {
				return
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("Clean mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// cleanProperties checks what Clean promises for any input: valid UTF-8,
// idempotence, and clean text coming back unchanged.
func cleanProperties(t *testing.T, in string) {
	t.Helper()
	out := Clean(in)
	if !utf8.ValidString(out) {
		t.Fatalf("Clean(%q) = %q: invalid UTF-8", in, out)
	}
	if again := Clean(out); again != out {
		t.Fatalf("Clean is not idempotent on %q:\n once  %q\n twice %q", in, out, again)
	}
}

func TestCleanProperties(t *testing.T) {
	inputs := []string{
		"", " ", "\n\n", "&", "&amp;", "&amp;amp;amp;amp;amp;amp;", "\xff\xfe\x00",
		"Ã", "Ã\u00a0", "â€", "Ã¢â‚¬â„¢Ã¢â‚¬â„¢", "a\u2029\u2029b", "\u0085\u0093",
		"Advertisement", "x\n\nAdvertisement\n\ny",
	}
	for _, in := range inputs {
		cleanProperties(t, in)
	}
	pages, _ := filepath.Glob("testdata/clean/*.txt")
	for _, p := range pages {
		raw, _ := os.ReadFile(p)
		cleanProperties(t, string(raw))
	}
}

// TestCleanKeepsCleanText checks that text already clean comes back
// byte-identical: the texts Parse produced for the fixture pages.
func TestCleanKeepsCleanText(t *testing.T) {
	pages, _ := filepath.Glob("testdata/pages/*.html")
	for _, p := range pages {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Parse(bytes.NewReader(raw), nil)
		if err != nil || hasPre(a) {
			continue // preformatted blocks keep white space Clean would fold
		}
		if got := Clean(a.Text); got != a.Text {
			t.Errorf("%s: Clean changed clean text:\n%s", p, cmp.Diff(a.Text, got))
		}
	}
}

// TestCleanLinear checks that long inputs of the shapes that make naive
// repair loops quadratic (one long line of mojibake, entities, spaces)
// finish: the test would time out otherwise.
func TestCleanLinear(t *testing.T) {
	for _, unit := range []string{"Ã©", "&amp;amp;", " \u00a0", "â€™s ", "x\n\n", "é"} {
		in := strings.Repeat(unit, 200_000)
		cleanProperties(t, in)
	}
}

func hasPre(a *Article) bool {
	for _, b := range a.Blocks {
		if b.Type == BlockPre {
			return true
		}
	}
	return false
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"", "Huaweiâ€™s", "&amp;amp;", "Ã\u00a0", "Advertisement\n\ntext", "\xe2\x80", "voilÃ le",
		"Ð\u00a0С—", "t‚Äö√†√∂", "a\u2028b\u2029c", "ﬁ ＢＢＣ", "e\u0301", "\ufeff\u200b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		cleanProperties(t, in)
	})
}

// TestInertInNFC checks isInertInNFC against x/text's tables: each
// character it names is NFC on its own, a starter, and combines with
// nothing before it.
func TestInertInNFC(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !isInertInNFC(r) {
			continue
		}
		s := string(r)
		if p := norm.NFC.PropertiesString(s); !norm.NFC.IsNormalString(s) || p.CCC() != 0 || !p.BoundaryBefore() {
			t.Errorf("%U is not inert in NFC", r)
		}
	}
}

// TestIsNormal checks isNormal, which reads a text in one pass, against
// what it stands for: normalize leaves the text alone. Each case is a
// text isNormal accepts or one that a round of normalization changes.
func TestIsNormal(t *testing.T) {
	texts := []string{
		"", "plain", "explicó el presidente", "Councillor José said “yes”.",
		"Es gibt Bücher – „Die Salzwiesen“ gehört dazu.\n\nZweiter Absatz.",
		"Huaweiâ€™s phone", "voilÃ le", "cafe\u0301", "a  b", " a", "a\n\n\nb",
		"AT&T", "&amp;", "Ã©tÃ© 2024", "Ð Ð°Ð±Ð¾Ñ‚Ð°", "이것은 한국어", "日本語のテキスト",
		"naïve café\nrésumé à Paris", "ÄÆvyko", "x\u00a0y", "Ο Σ", "Москва́",
		"café? oui", "Ã?", "Ñ� x", "Ã a", "Ã\nb", "a b  c", "a & b", "a &amp; b", "a\tb",
	}
	pages, _ := filepath.Glob("testdata/clean/*.txt")
	for _, p := range pages {
		raw, _ := os.ReadFile(p)
		texts = append(texts, strings.Split(string(raw), "\n")...)
	}
	for _, s := range texts {
		normal := isNormal(s)
		if unchanged := normalizeOnce(s, repairedLine{}, &repairMemory{}) == s; normal && !unchanged {
			t.Errorf("isNormal(%q) = true, but normalization changes it", s)
		}
		shape := shapeOf(s)
		if shape.layout && shape.ascii && !normal {
			t.Errorf("isNormal(%q) = false for ASCII text with a normal layout", s)
		}
		if shape.layout && shape.suspect != hasSuspectIn(s) {
			t.Errorf("shapeOf(%q).suspect = %v, want %v", s, shape.suspect, !shape.suspect)
		}
	}
	// Clean text with pairs the repair looks at and leaves alone.
	for _, s := range []string{
		"explicó el presidente", "« Beaucoup de familles », explique-t-elle.",
		"À partir du 1er septembre, la médiathèque ouvrira à 14 heures.",
		"Councillor José Almeida said the vote was “a long time coming”.",
	} {
		if !isNormal(s) {
			t.Errorf("isNormal(%q) = false, want true", s)
		}
	}
}

// TestNormalizeOnceKnownRepair checks that a round given the repair of a
// line that checkNormal made gives what a round that makes it again does.
func TestNormalizeOnceKnownRepair(t *testing.T) {
	for _, s := range []string{
		"Huaweiâ€™s phone", "voilÃ le", "Ã©tÃ© 2024\nÃ©tÃ© 2024", "Ð Ð°Ð±Ð¾Ñ‚Ð°",
		"clean line\nthe stateâ€™s bank\nanother", "Atelier SÃ£o Bento",
	} {
		normal, known := checkNormal(s, false, &repairMemory{})
		if normal || known.line == "" {
			t.Errorf("checkNormal(%q) = %v, %q: want the line it repairs", s, normal, known.line)
			continue
		}
		if got, want := normalizeOnce(s, known, &repairMemory{}), normalizeOnce(s, repairedLine{}, &repairMemory{}); got != want {
			t.Errorf("normalizeOnce(%q) with the known repair = %q, want %q", s, got, want)
		}
	}
}

// TestStableLines checks the lines normalize records as stable: the
// repair leaves each alone, and normalizing with them gives what
// normalizing afresh each round gives.
func TestStableLines(t *testing.T) {
	afresh := func(s string) string {
		for range maxNormalizeRounds {
			if isNormal(s) {
				return s
			}
			next := normalizeOnce(s, repairedLine{}, &repairMemory{})
			if next == s {
				return s
			}
			s = next
		}
		return s
	}
	texts := []string{
		"Huaweiâ€™s phone", "Ã¢â‚¬Å“quotedÃ¢â‚¬Â\u009d", "Tomas VÃ¡Å¡a said",
		"thÃ nh phá»‘ HÃ  Ná»™i", highBytes(2 << 10),
	}
	pages, _ := filepath.Glob("testdata/clean/*.txt")
	for _, p := range pages {
		raw, _ := os.ReadFile(p)
		texts = append(texts, string(raw))
	}
	for _, s := range texts {
		if got, want := normalize(s), afresh(s); got != want {
			t.Errorf("normalize(%q) = %q, afresh %q", s, got, want)
		}
		var memory repairMemory
		normalizeOnce(s, repairedLine{}, &memory)
		for line := range memory.stable {
			if repaired := repairLine(line); repaired != line {
				t.Errorf("%q recorded stable, but the repair makes it %q", line, repaired)
			}
		}
	}
}

// isNormal is checkNormal alone, for the tests.
func isNormal(s string) bool {
	normal, _ := checkNormal(s, false, &repairMemory{})
	return normal
}

// repairLine repairs one line as the normalizer's rounds do, for the
// tests.
func repairLine(line string) string {
	if !hasSuspectIn(line) {
		return line
	}
	repaired, _ := repairRounds(line, &repairMemory{})
	return repaired
}

// TestReadC1LineBounded checks readC1Line, which stops scoring a reading
// once it is as implausible as the best and reads no further once one has
// no cost, against scoring every reading whole.
func TestReadC1LineBounded(t *testing.T) {
	scoredWhole := func(line string) string {
		best, bestCost := "", 0
		for k, cm := range c1Readings {
			read := strings.Map(func(r rune) rune {
				if r >= 0x80 && r <= 0xff && (k > 0 || isC1(r)) {
					if d := cm.DecodeByte(byte(r)); d != utf8.RuneError {
						return d
					} else if k == 0 {
						return -1
					}
				}
				return r
			}, line)
			rs := []rune(read)
			var scripts scriptCounts
			scripts.addAll(rs, 1)
			if cost := implausibility(rs, 0, len(rs), &scripts); k == 0 || cost < bestCost {
				best, bestCost = read, cost
			}
		}
		return best
	}
	lines := []string{
		"\u0093quoted\u0094", "Coatl\u0087n", "Mar\u0092a said caf\u008e",
		"Работа \u0093идёт\u0094 дальше", "Η βουλή \u0085 συνεδρίασε", "議会は\u0093月曜日\u0094に開かれた",
		"emoji 😀\u0096 ok", "mixed Ω б é \u0080 \u0081 \u009d", latin1Run(300),
		// The readings are table lookups (see c1Tables): mojibake left
		// with C1 controls in several languages, clean accented text
		// beside them, and a long run of stray bytes.
		"Huaweiâ\u0080\u0099s \u0093new\u0094 phone", "Zaï¿½ó\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144 \u0084cytat\u0094",
		"Ελληνικά \u0091κείμενο\u0092 µε λάθη", "Fran\u008dois, d\u008ej\u0088 vu", "M\u0081nchen \u0094 Stra\u00e1e",
		"Crème brûlée, naïve façade", latin1Run(5000),
	}
	for _, line := range lines {
		if got, want := readC1Line(line), scoredWhole(line); got != want {
			t.Errorf("readC1Line(%q) = %q, want %q", line, got, want)
		}
	}
}

// latin1Run is highBytes read as Latin-1: n characters of U+0080 to U+00FF.
func latin1Run(n int) string {
	var sb strings.Builder
	for i := range n {
		sb.WriteRune(rune(0x80 + (i*7)%128))
	}
	return sb.String()
}

// TestLetterListsAreNoMojibake keeps a line that names letters (two
// different capitals beyond ASCII standing alone, no sign of damage) as
// it is: a named letter before a space is no lead byte whose no-break
// space was lost. Mojibake that repeats one lead is still repaired.
func TestLetterListsAreNoMojibake(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Bokstäverna Å, Ä och Ö kommer sist i det svenska alfabetet.", "Bokstäverna Å, Ä och Ö kommer sist i det svenska alfabetet."},
		{"Letters like Ã and Õ appear in Portuguese.", "Letters like Ã and Õ appear in Portuguese."},
		{"Ä och Ö", "Ä och Ö"},
		{"Die Umlaute Ä, Ö und Ü stehen am Ende des Alphabets.", "Die Umlaute Ä, Ö und Ü stehen am Ende des Alphabets."},
		{"Le conseil se rÃ©unit Ã 18 heures Ã la mairie.", "Le conseil se réunit à 18 heures à la mairie."},
		{"Il habite Ã Paris", "Il habite à Paris"},
		{"Å koda a Å tÄ›pÃ¡n", "Škoda a Štěpán"},
	} {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
