package lede

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// The mojibake probes in testdata/clean/probes, written for lede:
//
//   - sentences.tsv: correct news sentences in 37 languages. Each must come
//     out of Clean unchanged, and each is damaged here the ways real text is
//     (see damages): its UTF-8 read in the code page of a reader of that
//     language, or in windows-1252, once or twice, with the no-break spaces
//     of the damage turned into ordinary ones. Every damaged copy must come
//     back as the sentence.
//   - negatives.tsv: correct text that holds what mojibake holds (accented
//     capitals beside symbols, "×€", letters of two scripts): it must come
//     out unchanged.
//   - literal.tsv: damage that cannot be made from a sentence by a rule
//     (lost bytes, a byte read in a single-byte code page as another,
//     compatibility-normalized mojibake), written out, with escapes.
//
// TestCleanProbes fails when fewer than cleanProbeFloor of them pass, and
// lists every failure.
func TestCleanProbes(t *testing.T) {
	var cases []cleanCase
	for _, f := range readTSV(t, "testdata/clean/probes/sentences.tsv", 2) {
		lang, text := f[0], f[1]
		cases = append(cases, cleanCase{lang + " as written", text, text})
		for _, d := range damagesFor(lang) {
			if in, ok := d.apply(text); ok {
				cases = append(cases, cleanCase{lang + " " + d.name, in, text})
			}
		}
	}
	for _, f := range readTSV(t, "testdata/clean/probes/negatives.tsv", 3) {
		cases = append(cases, cleanCase{f[0] + " " + f[1] + " kept", f[2], f[2]})
	}
	for _, f := range readTSV(t, "testdata/clean/probes/literal.tsv", 3) {
		cases = append(cases, cleanCase{f[0], unescapeProbe(f[1]), unescapeProbe(f[2])})
	}
	passed := 0
	for _, c := range cases {
		if got := Clean(c.in); got == c.want {
			passed++
		} else {
			t.Logf("%s:\n  in   %q\n  got  %q\n  want %q", c.name, c.in, got, c.want)
		}
	}
	rate := float64(passed) / float64(len(cases))
	t.Logf("%d of %d probes pass (%.3f)", passed, len(cases), rate)
	if rate < cleanProbeFloor {
		t.Errorf("%d of %d probes pass (%.3f), below %.2f", passed, len(cases), rate, cleanProbeFloor)
	}
}

// cleanProbeFloor is the share of probes Clean must pass.
const cleanProbeFloor = 0.96

// A damage is one way text gets damaged: its UTF-8 bytes read through one
// code page, then again through another (or not), and the no-break spaces
// that shows turned into ordinary spaces (or not).
type damage struct {
	name       string
	first      *charmap.Charmap
	second     *charmap.Charmap // nil: damaged once
	lostSpaces bool
}

// apply damages text, or reports that the damage leaves nothing to read:
// a byte the code page leaves undefined above 0x9F shows as U+FFFD, which
// no repair can undo, and text without a byte above 0x7F is not damaged.
func (d damage) apply(text string) (string, bool) {
	s, ok := misread(text, d.first)
	if ok && d.second != nil {
		s, ok = misread(s, d.second)
	}
	if !ok || s == text {
		return "", false
	}
	if d.lostSpaces {
		if !strings.ContainsRune(s, '\u00a0') {
			return "", false
		}
		s = strings.ReplaceAll(s, "\u00a0", " ")
	}
	return s, true
}

// misread decodes the UTF-8 bytes of s as cm does, bytes 0x80 to 0x9F it
// leaves undefined as the C1 controls browsers show.
func misread(s string, cm *charmap.Charmap) (string, bool) {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		r := cm.DecodeByte(s[i])
		if r == utf8.RuneError {
			if s[i] >= 0xA0 {
				return "", false
			}
			r = rune(s[i])
		}
		sb.WriteRune(r)
	}
	return sb.String(), true
}

// damagesFor returns the damages a text in lang suffers: read in
// windows-1252, the default of most of the world's software, once, twice,
// and with lost no-break spaces; and read in the code pages that readers
// of lang have set.
func damagesFor(lang string) []damage {
	ds := []damage{
		{name: "read as windows-1252", first: charmap.Windows1252},
		{name: "read as windows-1252 twice", first: charmap.Windows1252, second: charmap.Windows1252},
		{name: "read as windows-1252, no-break spaces lost", first: charmap.Windows1252, lostSpaces: true},
	}
	for _, cm := range localCodePages[lang] {
		name := "read as " + cm.String()
		ds = append(ds,
			damage{name: name, first: cm},
			damage{name: name + ", no-break spaces lost", first: cm, lostSpaces: true})
	}
	return ds
}

// localCodePages are the single-byte code pages of systems set up for
// each language: the Windows code page of its script, and the ISO, KOI8
// and Mac pages still met.
var localCodePages = map[string][]*charmap.Charmap{
	"fr": {charmap.ISO8859_15, charmap.Macintosh},
	"de": {charmap.ISO8859_15, charmap.CodePage850},
	"es": {charmap.Macintosh},
	"pt": {charmap.CodePage850},
	"it": {charmap.ISO8859_15},
	"cs": {charmap.Windows1250, charmap.ISO8859_2},
	"sk": {charmap.Windows1250, charmap.ISO8859_2},
	"pl": {charmap.Windows1250, charmap.ISO8859_2},
	"hu": {charmap.Windows1250, charmap.ISO8859_2},
	"hr": {charmap.Windows1250},
	"sl": {charmap.Windows1250},
	"ro": {charmap.Windows1250, charmap.ISO8859_16},
	"ru": {charmap.Windows1251, charmap.KOI8R},
	"uk": {charmap.Windows1251, charmap.KOI8U},
	"bg": {charmap.Windows1251},
	"sr": {charmap.Windows1251},
	"el": {charmap.Windows1253, charmap.ISO8859_7},
	"tr": {charmap.Windows1254},
	"he": {charmap.Windows1255},
	"ar": {charmap.Windows1256},
	"lt": {charmap.Windows1257, charmap.ISO8859_13},
	"lv": {charmap.Windows1257, charmap.ISO8859_13},
	"et": {charmap.Windows1257},
	"vi": {charmap.Windows1258},
	"th": {charmap.Windows874},
}

// readTSV reads the rows of a tab-separated file with n fields, skipping
// blank lines and lines starting with "#".
func readTSV(t *testing.T, path string, n int) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != n {
			t.Fatalf("%s:%d: %d fields, want %d", path, line, len(fields), n)
		}
		rows = append(rows, fields)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// unescapeProbe reads the \uXXXX escapes of literal.tsv, which spell the
// characters a reader cannot see.
func unescapeProbe(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.HasPrefix(s[i:], `\u`) && i+6 <= len(s) {
			var r rune
			ok := true
			for _, c := range s[i+2 : i+6] {
				switch {
				case c >= '0' && c <= '9':
					r = r<<4 | (c - '0')
				case c >= 'a' && c <= 'f', c >= 'A' && c <= 'F':
					r = r<<4 | (c | 0x20 - 'a' + 10)
				default:
					ok = false
				}
			}
			if ok {
				sb.WriteRune(r)
				i += 5
				continue
			}
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}

// TestCleanLanguageCoherence: where two code pages repair a word equally
// well, the line's other letters tell the language, and the language the
// letter ("ż" in Polish, not "ş"; "è" in Italian, not "Ú").
func TestCleanLanguageCoherence(t *testing.T) {
	tests := []struct {
		text string
		cm   *charmap.Charmap
	}{
		{"Już w środę ministerstwo przedstawi nową ustawę o żłobkach.", charmap.ISO8859_2},
		{"Zarząd spółki uznał, że żadna z ofert nie spełnia warunków.", charmap.ISO8859_2},
		{"Il sindaco ha detto che la città è pronta e che la piazza è già chiusa.", charmap.ISO8859_15},
		{"Perché il treno è in ritardo? La linea è interrotta a Bologna.", charmap.ISO8859_15},
		{"Vláda schválila návrh zákona o štátnom rozpočte na budúci rok.", charmap.ISO8859_2},
		{"Ministr řekl, že příští týden představí plán na výstavbu silnic.", charmap.ISO8859_2},
	}
	for _, tt := range tests {
		checkRepair(t, tt.text, tt.cm, false)
	}
}

// TestCleanVietnameseLostSpaces: Vietnamese text misread with its
// no-break spaces made ordinary ones keeps its syllables whole ("thành",
// not "thà nh"), while French "voilà le" keeps its word break.
func TestCleanVietnameseLostSpaces(t *testing.T) {
	tests := []struct {
		text string
		cm   *charmap.Charmap
	}{
		{"Thành phố sẽ hoàn thành tuyến đường mới vào tháng tới.", charmap.Windows1252},
		{"Ông ấy nói rằng tài sản của công ty đã tăng gấp đôi.", charmap.Windows1258},
		{"Người dân đổ ra đường ăn mừng chiến thắng của đội tuyển.", charmap.Windows1252},
		{"Chính phủ đã thông qua kế hoạch xây dựng nhà máy điện mới.", charmap.Windows1252},
	}
	for _, tt := range tests {
		checkRepair(t, tt.text, tt.cm, true)
	}
	for _, s := range []string{"voilÃ le travail", "Il a dit : voilÃ un an."} {
		if got := Clean(s); strings.Contains(got, "àle") || strings.Contains(got, "àun") {
			t.Errorf("Clean(%q) = %q: a French word break was joined", s, got)
		}
	}
	for _, s := range []string{"Bộ Y tế và y tế cơ sở", "Hà Nội và o tô"} {
		if got := Clean(s); got != s {
			t.Errorf("Clean(%q) = %q: correct Vietnamese changed", s, got)
		}
	}
}

// TestCleanLostSpaceBeforeSequence: a lost no-break space between two
// sequences of mojibake belongs to the first ("×ª×•×›× ×™×ª" is "תוכנית"),
// in every script whose letters end in the byte 0xA0 (Hebrew "נ", Greek
// "Π", Cyrillic "Р").
func TestCleanLostSpaceBeforeSequence(t *testing.T) {
	for _, text := range []string{
		"העירייה אישרה תוכנית חדשה לבניית גנים ציבוריים.",
		"Η Περιφέρεια Αττικής ανακοίνωσε νέο Πρόγραμμα για τις Παραλίες.",
		"Правительство России утвердило План развития Региона.",
	} {
		checkRepair(t, text, charmap.Windows1252, true)
	}
}

// checkRepair misreads text through cm, with its no-break spaces made
// ordinary ones when lostSpaces, and checks that Clean gives text back.
func checkRepair(t *testing.T, text string, cm *charmap.Charmap, lostSpaces bool) {
	t.Helper()
	damaged, ok := misread(text, cm)
	if !ok {
		t.Fatalf("%q cannot be misread", text)
	}
	if lostSpaces {
		damaged = strings.ReplaceAll(damaged, "\u00a0", " ")
	}
	if got := Clean(damaged); got != text {
		t.Errorf("Clean(%q)\n got  %q\n want %q", damaged, got, text)
	}
}
