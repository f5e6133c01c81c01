package lede

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestQuotesGolden finds the quotes of each testdata/quotes/*.txt and
// compares them with the .json beside it; -update rewrites the JSON.
func TestQuotesGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/quotes/*.txt")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs in testdata/quotes (%v)", err)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			raw, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			quotes := Quotes(string(raw))
			checkQuoteOffsets(t, string(raw), quotes)
			goldenJSON(t, strings.TrimSuffix(in, ".txt")+".json", "Quotes", quotes)
		})
	}
}

// checkQuoteOffsets asserts that every offset is inside text, on a rune
// boundary, and that quotes and speakers read what their offsets hold.
func checkQuoteOffsets(t *testing.T, text string, quotes []Quote) {
	t.Helper()
	boundary := charBoundaries(text)
	ok := func(i int) bool {
		return i >= 0 && i <= len(text) && boundary[i]
	}
	for _, q := range quotes {
		if !ok(q.Start) || !ok(q.End) || q.Start > q.End {
			t.Fatalf("quote %q: bad offsets %d:%d", q.Text, q.Start, q.End)
		}
		if len(q.Parts) == 0 && text[q.Start:q.End] != q.Text {
			t.Errorf("quote text %q is not text[%d:%d] = %q", q.Text, q.Start, q.End, text[q.Start:q.End])
		}
		for _, p := range q.Parts {
			if !ok(p.Start) || !ok(p.End) || p.Start > p.End || p.Start < q.Start || p.End > q.End {
				t.Fatalf("quote %q: bad part %v", q.Text, p)
			}
		}
		if s := q.Speaker; s != nil {
			if !ok(s.Start) || !ok(s.End) || s.Start > s.End || text[s.Start:s.End] != s.Text {
				t.Errorf("speaker %q: bad offsets %d:%d", s.Text, s.Start, s.End)
			}
		}
	}
}

// quoteCase is one sentence or paragraph and the quote expected in it.
type quoteCase struct {
	name, text          string
	quote, kind         string // the quote's Text and Type; "" for no quote
	speaker, name2, cue string // Speaker.Text, Speaker.Name, Cue
}

// quoteTexts returns the texts of the quotes Quotes finds in text, each
// followed by " | " and its speaker's mention when withSpeakers.
func quoteTexts(text string, withSpeakers bool) []string {
	var out []string
	for _, q := range Quotes(text) {
		if !withSpeakers {
			out = append(out, q.Text)
			continue
		}
		sp := ""
		if q.Speaker != nil {
			sp = q.Speaker.Text
		}
		out = append(out, q.Text+" | "+sp)
	}
	return out
}

func runQuoteCases(t *testing.T, cases []quoteCase) {
	t.Helper()
	for _, tt := range cases {
		quotes := Quotes(tt.text)
		checkQuoteOffsets(t, tt.text, quotes)
		if tt.quote == "" {
			if len(quotes) != 0 {
				t.Errorf("%s: got %d quotes, want none: %+v", tt.name, len(quotes), quotes)
			}
			continue
		}
		var q *Quote
		for i := range quotes {
			if quotes[i].Text == tt.quote {
				q = &quotes[i]
			}
		}
		if q == nil {
			t.Errorf("%s: no quote %q in %+v", tt.name, tt.quote, quotes)
			continue
		}
		sp, name := "", ""
		if q.Speaker != nil {
			sp, name = q.Speaker.Text, q.Speaker.Name
		}
		if string(q.Type) != tt.kind || sp != tt.speaker || name != tt.name2 || q.Cue != tt.cue {
			t.Errorf("%s: got %s speaker %q name %q cue %q, want %s %q %q %q",
				tt.name, q.Type, sp, name, q.Cue, tt.kind, tt.speaker, tt.name2, tt.cue)
		}
	}
}

func TestQuotesDirect(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"said after, name after", "“We will rebuild,” said Ken Hu, the chairman.", "We will rebuild", "direct", "Ken Hu", "Ken Hu", "said"},
		{"name before said", "“We will rebuild,” Ken Hu said.", "We will rebuild", "direct", "Ken Hu", "Ken Hu", "said"},
		{"colon before", "Hugh Hill, a doctor, said: “The ward is full.”", "The ward is full.", "direct", "Hugh Hill", "Hugh Hill", "said"},
		{"told with listener", "The minister told reporters: “No decision has been made.”", "No decision has been made.", "direct", "The minister", "", "told"},
		{"straight quotes", `"We are ready," the coach said.`, "We are ready", "direct", "the coach", "", "said"},
		{"guillemets", "« Nous sommes prêts », a dit Marie Dubois, and Marie Dubois said so twice.", "", "", "", "", ""},
		{"guillemets with English attribution", "«We are ready,» said Marie Dubois.", "We are ready", "direct", "Marie Dubois", "Marie Dubois", "said"},
		{"German marks", "„Wir sind bereit“, said Jonas Weber.", "Wir sind bereit", "direct", "Jonas Weber", "Jonas Weber", "said"},
		{"NYT double apostrophes", "''It was a tough call,'' Mr. Ortiz said.", "It was a tough call", "direct", "Mr. Ortiz", "Ortiz", "said"},
		{"question ends its sentence", "“Why now?” Obama asked.", "Why now?", "direct", "Obama", "", "asked"},
		{"according to", "According to Maria Lopez, “the plan is dead.”", "the plan is dead.", "direct", "Maria Lopez", "Maria Lopez", "According to"},
		{"scare quote", "The so-called “pause” ended in May.", "", "", "", "", ""},
		{"title of a work", "She starred in “The Long Night” last year.", "", "", "", "", ""},
		{"nickname", "Dwayne “The Rock” Johnson arrived late.", "", "", "", "", ""},
		{"an elided year is no quote", "Rep. Ana Ruiz said in ‘08 that the town’s ‘90s boom was over.", "that the town’s ‘90s boom was over", "indirect", "Rep. Ana Ruiz", "Ana Ruiz", "said"},
		{"a show's title after a possessive", "Ana Ruiz said on ABC's “This Week With Tom Hale” that she would run.", "that she would run", "indirect", "Ana Ruiz", "Ana Ruiz", "said"},
		{"a speaker with a relative aside before a colon", "Trump, who has told aides he sees the issues as linked, said in a statement: “We cannot afford to wait.”", "We cannot afford to wait.", "direct", "Trump", "", "said"},
		{"a long tail before the colon", "The mayor spoke late.\n\nShe told her weary audience in the hall, to loud applause:\n\n“We are not done yet.”", "We are not done yet.", "direct", "She", "", "told"},
		{"apostrophes are no quotes", "The players’ union said it wasn’t consulted about the teams' plans.", "it wasn’t consulted about the teams' plans", "indirect", "The players’ union", "", "said"},
		{"the writer's words lead into the quote", "The agency missed the warnings and “should have acted sooner,” said the minister.", "The agency missed the warnings and “should have acted sooner,”", "mixed", "the minister", "", "said"},
		{"a lead-in with a verb of its own stays out", "Trump went after Bush, calling him “a total stiff,” the paper said.", "a total stiff", "direct", "the paper", "", "said"},
		{"a quote inside the writer's next sentence is no third part", "“It was a mistake,” the senator said. “It shows poor judgment.” Ruiz said both men are “out of their depth.”", "both men are “out of their depth.”", "mixed", "Ruiz", "", "said"},
		{"a topic between the verb and a short quote", "The mayor said of the fire, “It was awful.” She left soon after.", "It was awful.", "direct", "The mayor", "", "said"},
		{"a topic that runs into the quote is the clause's", "She mocked the claim, saying anyone who blames a microphone “is having a bad night.”", "anyone who blames a microphone “is having a bad night.”", "mixed", "She", "", "saying"},
		{"a party in parentheses after the speaker", "“We will be ready,” Sen. Ann Cole (D-Md.) said Tuesday. “The vote is close.”", "We will be ready The vote is close.", "direct", "Sen. Ann Cole (D-Md.)", "Ann Cole", "said"},
		{"a description before the speaker's name", "“She taught for years,” a close friend, Mariam Nour told reporters. “She was kind to everyone.”", "She taught for years She was kind to everyone.", "direct", "Mariam Nour", "Mariam Nour", "told"},
		{"a long appositive before the verb", "“The plan will not survive the winter,” Dana Holt, the former state treasurer and a candidate for governor, told reporters.", "The plan will not survive the winter", "direct", "Dana Holt", "Dana Holt", "told"},
		{"an age and a long job title", "“We lost everything in one night,” Cecily Marsh, 67, a retired school bus driver from Upper Falls, said on Sunday.", "We lost everything in one night", "direct", "Cecily Marsh", "Cecily Marsh", "said"},
		{"a role before the name and a title after", "“Wages are finally moving,” the economist Ravi Anand, a former adviser to the central bank, wrote on his blog.", "Wages are finally moving", "direct", "the economist Ravi Anand", "Ravi Anand", "wrote"},
		{"any past tense after a quote's comma", "“The port will never close,” an angry Mayor Ines Ward retaliated.", "The port will never close", "direct", "an angry Mayor Ines Ward", "Ines Ward", "retaliated"},
		{"a manner of speaking", "“This is a farce,” Mr. Okoro fumed on Tuesday.", "This is a farce", "direct", "Mr. Okoro", "Okoro", "fumed"},
		{"a verb and its particle", "“Who pays for it?” the minister shot back.", "Who pays for it?", "direct", "the minister", "", "shot back"},
		{"a letter reads", "“We are asking for one thing: safe streets,” the letter reads.", "We are asking for one thing: safe streets", "direct", "the letter", "", "reads"},
		{"a new sentence after a question is no attribution", "“Is that the best you can do?” The crowd booed.", "Is that the best you can do?", "direct", "", "", ""},
		{"a scare quote in the writer's sentence takes no verb", "Most voters now rank him as a ''protector'' before a ''provider,'' a new study concluded.", "", "", "", "", ""},
		{"a participle after the attribution of a question", "“We will see, right?” Clinton remarked, alluding to the film.", "We will see, right?", "direct", "Clinton", "Clinton", "remarked"},
		{"a quote inside the clause of its verb is a mixed quote", "Ms. Vance says “the whole scheme has failed” because “nobody checked the numbers.”", "“the whole scheme has failed” because “nobody checked the numbers.”", "mixed", "Ms. Vance", "Vance", "says"},
		{"a short quote inside the clause", "The chief said “there is hope” for the valley after the flood.", "“there is hope” for the valley after the flood", "mixed", "The chief", "", "said"},
		{"a quote after that inside the clause", "He argued that “most voters” would back the plan.", "that “most voters” would back the plan", "mixed", "He", "", "argued"},
		{"a quote that ends its sentence stays direct", "She said “we will win this.”", "we will win this.", "direct", "She", "", "said"},
		{"a chant goes on as its text", "Marchers chanted “no justice, no peace” and walked on.", "no justice, no peace", "direct", "Marchers", "", "chanted"},
		{"a sentence of taking a side leads into the quote", "Professor Lena Marsh agreed. “The numbers do not lie.”", "The numbers do not lie.", "direct", "Professor Lena Marsh", "Lena Marsh", "agreed"},
		{"a speech verb in a sentence before the quote", "The union objected on Friday. “This offer is an insult to every worker.”", "This offer is an insult to every worker.", "direct", "The union", "", "objected"},
		{"a lead sentence with a verb of speaking", "Mayor Rui Costa explained. “We had no choice but to close the bridge.”", "We had no choice but to close the bridge.", "direct", "Mayor Rui Costa", "Rui Costa", "explained"},
		{"a statement given in the sentence before", "“We will appeal,” said Dunham.\n\nThe club’s lawyer, Jeremy Rollins, had a more succinct statement. “This ruling is wrong in every way.”", "This ruling is wrong in every way.", "direct", "The club’s lawyer", "Jeremy Rollins", "had a more succinct statement"},
		{"an assessment offered in the sentence before", "Her coach offered a blunter assessment. “She was not ready for this level.”", "She was not ready for this level.", "direct", "Her coach", "", "offered a blunter assessment"},
		{"a statement with its setting", "The club made a statement on its website. “Nobody could have seen this coming at all.”", "Nobody could have seen this coming at all.", "direct", "The club", "", "made a statement"},
		{"a statement that is not the sentence's end", "The club made a statement on Friday that angered its fans. “Nobody could have seen this coming at all.”", "Nobody could have seen this coming at all.", "direct", "", "", ""},
		{"a statement after a ruling", "Prosecutor Jim Dunham said the ruling was fair.\n\nBolger’s lawyer, Jeremy Robinson, had a more succinct statement after the ruling on Thursday. “It is impossible to overstate the magnitude of this ruling.”", "It is impossible to overstate the magnitude of this ruling.", "direct", "Bolger’s lawyer", "Jeremy Robinson", "had a more succinct statement"},
		{"an answer after a match", "Coach Ana Ruiz gave a short answer after the match. “We were not good enough today.”", "We were not good enough today.", "direct", "Coach Ana Ruiz", "Ana Ruiz", "gave a short answer"},
		{"a sentence of events leads into nothing", "The plant closed in May. “It was a sad day for all of us.”", "It was a sad day for all of us.", "direct", "", "", ""},
		{"a verb with its particle before a short quote", "He blurted out, “Oh, no,” and left the room.", "Oh, no", "direct", "He", "", "blurted out"},
		{"a verb of confessing", "“I was wrong,” the coach confessed.", "I was wrong", "direct", "the coach", "", "confessed"},
		{"a verb of repeating", "The minister reiterated that the budget was final.", "that the budget was final", "indirect", "The minister", "", "reiterated"},
		{"a verb of lamenting", "Farmers lamented that the rain came too late.", "that the rain came too late", "indirect", "Farmers", "", "lamented"},
		{"a pull quote signed on the next line", "The launch went well.\n\n“Open licensing changed how museums share their work.”\n\n— Rhea Stone, chief executive\n\nMore news follows.", "Open licensing changed how museums share their work.", "direct", "Rhea Stone", "Rhea Stone", "—"},
		{"a signature with a hyphen", "“We finally have a machine that learns as it cuts.”\n\n-Chidi Okafor\n\nThe team plans more tests.", "We finally have a machine that learns as it cuts.", "direct", "Chidi Okafor", "Chidi Okafor", "-"},
		{"a dash that opens a sentence is no signature", "“Our players gave everything they had tonight.”\n\n- The team regrouped on Monday.", "Our players gave everything they had tonight.", "direct", "", "", ""},
		{"a verb of the mind before the speaker", "“Those goats were so smart,” remembers Shana Cole.", "Those goats were so smart", "direct", "Shana Cole", "Shana Cole", "remembers"},
		{"wondering before the speaker", "“Will it ever end?” wonders Tom Price, a farmer.", "Will it ever end?", "direct", "Tom Price", "Tom Price", "wonders"},
		{"a finding before a thing is no attribution", "“The river is rising fast tonight,” shows a video.", "The river is rising fast tonight", "direct", "", "", ""},
		{"a verb of retort", "“That is simply false,” the senator retorted.", "That is simply false", "direct", "the senator", "", "retorted"},
		{"a book's title after its noun is no quote", "Exile ended any hope of return, Ms. Vega wrote in her 2012 book, “A Long Road.”", "Exile ended any hope of return", "indirect", "Ms. Vega", "Vega", "wrote"},
		{"a title in an appositive is no name", "Tom Hale, author of “Empire of the Fund,” a new book on pensions, said the fees were too high.", "the fees were too high", "indirect", "Tom Hale", "Tom Hale", "said"},
		{"a title in doubled apostrophes ends the subject", "In his 2002 book, ''Save Early,'' Mr. Lee suggested that parents cut their spending.", "that parents cut their spending", "indirect", "Mr. Lee", "Lee", "suggested"},
	})
}

func TestQuotesListenerIsNoQuote(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"“We will win,” Ana Ruiz told CNN in an interview when asked about the race.", []string{"We will win"}},
		// The listener with a long setting after it is still no quote.
		{"“It is a critical moment,” the chancellor told reporters after the meeting that was held on a boat.", []string{"It is a critical moment"}},
		// A clause after the listener is.
		{"Citing “family duties,” his spokeswoman told POLITICO that Gore would skip the convention.", []string{"family duties", "that Gore would skip the convention"}},
	} {
		if diff := cmp.Diff(tt.want, quoteTexts(tt.text, false)); diff != "" {
			t.Errorf("%s: quotes (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestQuotesSplitAndParagraphs(t *testing.T) {
	text := "“We listened,” she said, “and we changed the design.”"
	q := Quotes(text)
	if len(q) != 1 || len(q[0].Parts) != 2 || q[0].Text != "We listened and we changed the design." {
		t.Fatalf("split quote: %+v", q)
	}

	text = "Councillor Tomas Vasa spoke last.\n\n“I have asked three times.\n\n“I will ask again,” Vasa added."
	q = Quotes(text)
	if len(q) != 1 || len(q[0].Parts) != 2 || q[0].Speaker == nil || q[0].Speaker.Name != "Tomas Vasa" || q[0].Cue != "added" {
		t.Fatalf("multi-paragraph quote: %+v", q)
	}

	text = "“The ward is full,” said Dr. Amara Osei.\n\n“We turned away twelve people last night alone.”"
	q = Quotes(text)
	if len(q) != 1 || len(q[0].Parts) != 2 || q[0].Text != "The ward is full\n\nWe turned away twelve people last night alone." || q[0].Speaker == nil || q[0].Speaker.Name != "Amara Osei" {
		t.Fatalf("a quote going on in the next paragraph: %+v", q)
	}

	text = "Dr. Amara Osei spoke first: “The ward is full.”\n\n“We turned away twelve people last night alone.”"
	q = Quotes(text)
	if len(q) != 2 || q[1].Speaker == nil || q[1].Speaker.Name != "Amara Osei" || q[1].Cue != "" {
		t.Fatalf("speaker carried to the next paragraph: %+v", q)
	}

	// An attribution the rules cannot read leaves the quotes on both
	// sides of it one quote in two parts, as a read one would.
	text = "“The market never failed the workers,” he shrugs in his office. “The workers failed the market.”"
	q = Quotes(text)
	if len(q) != 1 || len(q[0].Parts) != 2 || q[0].Text != "The market never failed the workers The workers failed the market." {
		t.Fatalf("quotes around an unread attribution: %+v", q)
	}

	// A sentence that ends in "X said:" introduces the quote after it; it
	// neither attributes nor continues the quote before.
	text = "“We are refugees,” Ms. Alawee said. “We are not thieves.” Mr. Zahed said: “We ran from this.”"
	q = Quotes(text)
	if len(q) != 2 || len(q[0].Parts) != 2 || q[1].Text != "We ran from this." || q[1].Speaker == nil || q[1].Speaker.Text != "Mr. Zahed" {
		t.Fatalf("colon attribution after a finished quote: %+v", q)
	}

	// Between the parts of a split quote, the writer's participle clause
	// reports speech of its own; the listener of "told" does not.
	text = "“We must wake up,” Mr. Cruz said, referring to young voters. “They decide.” “It works,” Lee told The Daily Post on Monday. “We agree.”"
	q = Quotes(text)
	if len(q) != 3 || q[1].Cue != "referring to" || q[1].Text != "young voters" || q[1].Speaker == nil || q[1].Speaker.Text != "Mr. Cruz" || q[2].Speaker == nil || q[2].Speaker.Text != "Lee" {
		t.Fatalf("reported speech between the parts of a split quote: %+v", q)
	}
}

// TestSpeakerModifiersShareTheirHead keeps modifiers joined by "and",
// "or" or "but" in one speaker phrase: the people are the officials, not
// "current".
func TestSpeakerModifiersShareTheirHead(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"subject first", "Current and former officials have said the inquiry is nearly over.", "the inquiry is nearly over", "indirect", "Current and former officials", "", "said"},
		{"subject after the clause", "The deal will hold, Israeli and Palestinian negotiators said.", "The deal will hold", "indirect", "Israeli and Palestinian negotiators", "", "said"},
		{"subject after a setting", "In a statement, state and local officials said the roads were closed.", "the roads were closed", "indirect", "state and local officials", "", "said"},
		{"according to", "Turnout was low, according to complete but unofficial returns.", "Turnout was low", "indirect", "complete but unofficial returns", "", "according to"},
		{"with a determiner", "The bridge is unsafe, the city and state engineers told reporters.", "The bridge is unsafe", "indirect", "the city and state engineers", "", "told"},
		{"a list keeps its first member", "The family, neighbours and local leaders have demanded that the police release the video.", "that the police release the video", "indirect", "The family, neighbours and local leaders", "", "demanded"},
		{"a count before a verb is a subject of its own", "Of the delegates, 39 say they back Lee and 160 have not announced a choice.", "they back Lee", "indirect", "39", "", "say"},
	})
}

// TestSpeakerIsNoVerbPhrase reads past a verb with its object to that
// verb's subject: a speaker is never "issued a statement".
func TestSpeakerIsNoVerbPhrase(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a relative pronoun after a comma", "The union, which released a statement Tuesday questioning whether the ruling was fair, plans to appeal.", "whether the ruling was fair, plans to appeal", "indirect", "which", "", "questioning"},
		{"a relative after a name", "Senator Ann Lee, who issued a statement on Monday urging calm, will speak today.", "calm", "indirect", "who", "Ann Lee", "urging"},
		{"a verb and its object after the subject", "The regulator published a report on Friday warning that prices would rise.", "that prices would rise", "indirect", "The regulator", "", "warning"},
		{"a relative clause inside the subject stays", "Of those who named a candidate, 27 percent said they could change their minds.", "they could change their minds", "indirect", "27 percent", "", "said"},
		{"a participle after a noun modifies it", "A memo released Friday said the archive was incomplete.", "the archive was incomplete", "indirect", "A memo released Friday", "", "said"},
	})
}

// TestSpeakerWithAParticiplePhrase reads a noun with a participle phrase
// and a name set off after it as one subject ("A pastor urging calm,
// Darran Whiting, said"): the name is the speaker, the participle reports
// no more than its own phrase, and the main verb keeps its clause.
func TestSpeakerWithAParticiplePhrase(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a name after the participle's object", "One pastor backing Mr. Cruz, Darran Whiting of Liberty Baptist Church, said he had made 150 calls.", "he had made 150 calls", "indirect", "One pastor", "Darran Whiting", "said"},
		{"the participle is a cue of its own", "A nurse urging calm, Ama Owusu, told reporters the ward was safe.", "calm", "indirect", "A nurse", "", "urging"},
		{"the main verb after it", "A nurse urging calm, Ama Owusu, told reporters the ward was safe.", "the ward was safe", "indirect", "A nurse", "Ama Owusu", "told"},
		{"a longer participle phrase", "A man wearing a red cap, Li Wei, shouted that the vote was rigged.", "that the vote was rigged", "indirect", "A man", "Li Wei", "shouted"},
		{"not after a finite verb", "The council isn't planning more cuts this year, the mayor, Ines Roth, told the paper.", "The council isn't planning more cuts this year", "indirect", "the mayor", "Ines Roth", "told"},
	})
}

// TestPronounPassesANameThatModifiesANoun resolves a pronoun past a name
// used as the modifier of a common noun ("the Golden Bear restaurant"),
// which names a place or a group, to the person named before it.
func TestPronounPassesANameThatModifiesANoun(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a restaurant", "“It is full,” said Dana Lake, a waitress at the Golden Bear restaurant. She said the place was busy.", "the place was busy", "indirect", "She", "Dana Lake", "said"},
		{"a diner", "“We close at six,” said Tom Reed, a cook at the Blue Heron diner. He said the kitchen was small.", "the kitchen was small", "indirect", "He", "Tom Reed", "said"},
		{"a family farm", "“We will rebuild,” said Ana Ruiz, whose home was near the Okafor family farm. She said the ground was soft.", "the ground was soft", "indirect", "She", "Ana Ruiz", "said"},
		{"a titled name stays a person", "Mayor Ruth Bell met Ana Ruiz at the Okafor farm. “We are ready,” said the Rev. Paul Mensah first. He said the vote was near.", "the vote was near", "indirect", "He", "Paul Mensah", "said"},
	})
}

// TestTitledNameOpensNoReportedClause keeps "Dr. Ferrante, the only
// physician here, said …" the subject of its verb when the words after
// the verb hold a relative clause that could read as an inverted
// speaker ("said three patients who …").
func TestTitledNameOpensNoReportedClause(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a doctor", "Dr. Ferrante, the only physician at the clinic, said three patients who rely on oxygen had been moved.", "three patients who rely on oxygen had been moved", "indirect", "Dr. Ferrante", "Ferrante", "said"},
		{"a sergeant", "Sgt. Mensah, a police spokesman, said two men who fled the scene were later arrested.", "two men who fled the scene were later arrested", "indirect", "Sgt. Mensah", "Mensah", "said"},
		{"a professor", "Prof. Lind, head of the institute, said students who missed the exam could sit it in June.", "students who missed the exam could sit it in June", "indirect", "Prof. Lind", "Lind", "said"},
		{"a captain", "Capt. Okoro, the ship's master, said crew members who fell ill had recovered.", "crew members who fell ill had recovered", "indirect", "Capt. Okoro", "Okoro", "said"},
	})
}

// TestAbbreviationInAnAppositive reads past the point of an abbreviation
// in the appositive right before the verb ("Sen. Roy Bell, R-Kan.,
// objected:"), which ends no sentence.
func TestAbbreviationInAnAppositive(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a party and state", "Sen. Roy Bell, R-Kan., objected: “It writes rules for wells in Kansas.”", "It writes rules for wells in Kansas.", "direct", "Sen. Roy Bell", "Roy Bell", "objected"},
		{"a dotted state", "Rep. Ann Cole, D-N.Y., warned: “This is a trap.”", "This is a trap.", "direct", "Rep. Ann Cole", "Ann Cole", "warned"},
		{"a suffix", "Tom Hale Jr., a farmer, insisted: “We cannot wait.”", "We cannot wait.", "direct", "Tom Hale Jr.", "Tom Hale Jr.", "insisted"},
		{"a mixed quote", "Sen. Ada Kerr, R-Neb., called the delay “a failure of nerve” in a letter.", "the delay “a failure of nerve”", "mixed", "Sen. Ada Kerr", "Ada Kerr", "called"},
		{"a place before a relative aside", "Donna Hill, 59, of Ashton, Md., who watched on a screen, said the day brought back memories.", "the day brought back memories", "indirect", "Donna Hill", "Donna Hill", "said"},
	})
}

// TestSourceAfterTheVerb reads "…, says a report by the council released
// last week" as the report's: a noun phrase with an article after an
// inverted verb, its modifiers running to the end of the sentence, is the
// source, and the clause before the verb what it says.
func TestSourceAfterTheVerb(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a report by a body", "Rents have risen for three years running, says a report by the housing council.", "Rents have risen for three years running", "indirect", "a report by the housing council", "", "says"},
		{"a participle and a time", "Fewer young people are buying homes, says a survey published this week.", "Fewer young people are buying homes", "indirect", "a survey published this week", "", "says"},
		{"a long name inside", "Regional rents have risen faster than city rents, says a report by the Regional Australia Housing Council released last week.", "Regional rents have risen faster than city rents", "indirect", "a report by the Regional Australia Housing Council released last week", "", "says"},
		{"a study from a place", "Prices will keep rising, says a study from two universities in Ghana.", "Prices will keep rising", "indirect", "a study from two universities in Ghana", "", "says"},
	})
}

// TestSpanAfterTheAttribution leaves a time measured from an event
// ("…, the company said on Friday, two days after workers walked out.")
// out of the attribution's tail and out of the words reported.
func TestSpanAfterTheAttribution(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"after a setting", "The plant will close in May, the company said on Friday, two days after workers walked out.", "The plant will close in May", "indirect", "the company", "", "said"},
		{"after a listener", "The talks will resume, Ana Lee told reporters on Monday, days before the vote.", "The talks will resume", "indirect", "Ana Lee", "Ana Lee", "told"},
		{"right after the verb", "The border will reopen, officials said, hours after the storm passed.", "The border will reopen", "indirect", "officials", "", "said"},
		{"shortly after", "The count was fair, the monitors said, shortly after the polls closed.", "The count was fair", "indirect", "the monitors", "", "said"},
		{"a week before", "Rates will stay on hold, the governor said, a week before the bank meets.", "Rates will stay on hold", "indirect", "the governor", "", "said"},
	})
}

// TestNamedListenerBeforeAClause leaves a named listener ("told the BBC",
// "told the Daily Graphic newspaper") out of the clause it is told when no
// "that" follows it.
func TestNamedListenerBeforeAClause(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"an agency", "Mr Osei told Reuters the bridge would reopen next month.", "the bridge would reopen next month", "indirect", "Mr Osei", "Osei", "told"},
		{"a broadcaster with its article", "Ms Diaz told the BBC the school had been warned twice.", "the school had been warned twice", "indirect", "Ms Diaz", "Diaz", "told"},
		{"a paper with its noun", "The mayor told the Daily Graphic newspaper the market will move.", "the market will move", "indirect", "The mayor", "", "told"},
		{"a body of state", "She told Parliament the talks have stalled.", "the talks have stalled", "indirect", "She", "", "told"},
	})
}

// TestSpeakerWithARelativeAside finds a speaker that no name makes, set
// off from its verb by a relative aside: "…,” one resident, who did not
// want to be named, said." Verbs inside the aside attribute nothing.
func TestSpeakerWithARelativeAside(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a verb of naming inside", "“It’s a disgrace,” one resident, who did not want to be named, said.", "It’s a disgrace", "direct", "one resident", "", "said"},
		{"a verb of speaking inside", "“We were never asked,” a nurse, who spoke on condition of anonymity, said.", "We were never asked", "direct", "a nurse", "", "said"},
		{"with a listener", "“The water is brown,” one mother, whose son was ill last week, told reporters.", "The water is brown", "direct", "one mother", "", "told"},
		{"reported speech", "Local traders, who have lost customers for months, said the road must reopen.", "the road must reopen", "indirect", "Local traders", "", "said"},
	})
}

// TestAskedAboutIsATopic reads what someone was asked about as the topic
// of a question, not words said: "Asked about the delay, Tan said …"
// reports only Tan's words; "asked whether …" keeps the question.
func TestAskedAboutIsATopic(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"an opening participle", "Asked about the delay, Mr Tan said: “We are working on it.”", "We are working on it.", "direct", "Mr Tan", "Tan", "said"},
		{"a passive", "She was asked about her health at the briefing.", "", "", "", "", ""},
		{"an active verb", "Reporters asked about the fire.", "", "", "", "", ""},
		{"a topic with on", "When asked on the matter, the minister smiled.", "", "", "", "", ""},
		{"a question stays", "Asked whether he would run again, the mayor smiled.", "whether he would run again", "indirect", "", "", "Asked"},
	})
}

// TestVerbsWithoutWords leaves out a speech verb that reports no words:
// one with a dash where its object would be ("Before Meadows announced —
// Bennett posted …") and "see" asking what will happen ("waited to see
// what the council would do").
func TestVerbsWithoutWords(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a dash after the verb", "Before Lee announced — and before anyone knew — Park posted photos online.", "", "", "", "", ""},
		{"a dash and a capital", "Hours after the mayor replied — Green Party members walked out.", "", "", "", "", ""},
		{"see what", "The group decided to wait to see what the council would do.", "", "", "", "", ""},
		{"see whether", "Traders are watching to see whether prices hold.", "", "", "", "", ""},
		{"see how", "Watch the video to see how the folding crib works.", "", "", "", "", ""},
		{"see as stays", "Voters see the tax as unfair.", "the tax as unfair", "indirect", "Voters", "", "see"},
	})
}

// TestVerbBeforeColonPastARelative takes the speech verb before a colon,
// "said" included, over a verb inside a relative clause on its subject:
// "The bouncer, who asked not to be named, said: '…'".
func TestVerbBeforeColonPastARelative(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"an aside in commas", "The bouncer, who asked not to be named, said after the hearing: 'I just want to get on with my life.'", "I just want to get on with my life.", "direct", "The bouncer", "", "said"},
		{"told with its listener", "Her sister, who answered the door, told us: “She is not here.”", "She is not here.", "direct", "Her sister", "", "told"},
		{"a relative without commas", "A neighbour who watched the fire wrote on Facebook: “Terrifying.”", "Terrifying.", "direct", "A neighbour who watched the fire", "", "wrote"},
		{"a plural subject", "Fans who queued overnight said: “It was worth it.”", "It was worth it.", "direct", "Fans who queued overnight", "", "said"},
	})
}

// TestListenerBeforeANamedSubject leaves the listener out of the clause
// told when the clause opens with a name ("told the court Carter had
// been asked to leave"), and a request made of someone in the passive
// ("had been asked to leave") reports no one's words.
func TestListenerBeforeANamedSubject(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a court", "Prosecutor Helen Ward told the court Carter had been asked to leave the club.", "Carter had been asked to leave the club", "indirect", "Prosecutor Helen Ward", "Helen Ward", "told"},
		{"reporters", "She told reporters Smith would resign on Friday.", "Smith would resign on Friday", "indirect", "She", "", "told"},
		{"a jury", "He told the jury Mr Lee was not at home.", "Mr Lee was not at home", "indirect", "He", "", "told"},
		{"a passive request", "Passengers may be asked to fold their bikes.", "", "", "", "", ""},
		{"an opening request stays", "Asked to comment, the firm said nothing.", "to comment", "indirect", "", "", "Asked"},
	})
}

// TestWritersVoiceContracted leaves the writer's own "we're", "I'd" and
// "we've" out, as plain "we" and "I" already were: a columnist's aside is
// nobody's quote.
func TestWritersVoiceContracted(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"we're", "We’re also curious to know how the update works.", "", "", "", "", ""},
		{"I'd", "I’d argue that the plan is flawed.", "", "", "", "", ""},
		{"we've", "We've said that the plan is flawed.", "", "", "", "", ""},
		{"they're stays", "They're saying that the plan is flawed.", "that the plan is flawed", "indirect", "They", "", "saying"},
	})
}

// TestSpeakerBeforeASpanAgo leaves a span of time counted back from now
// out of the speaker before it.
func TestSpeakerBeforeASpanAgo(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"less than", "The State Department less than two weeks ago said for the first time that the files were secret.", "that the files were secret", "indirect", "The State Department", "", "said"},
		{"a few", "Mayor Ann Lee a few days ago told reporters that the pier would reopen.", "that the pier would reopen", "indirect", "Mayor Ann Lee", "Ann Lee", "told"},
		{"a bare unit", "Officials years ago warned that the dam could fail.", "that the dam could fail", "indirect", "Officials", "", "warned"},
		{"an approximation", "The minister nearly a year ago promised that fares would fall.", "that fares would fall", "indirect", "The minister", "", "promised"},
	})
}

// TestSpeakerAfterATimeSetting keeps a capitalized time setting that
// opens the sentence out of the speaker: the person is in the appositive.
func TestSpeakerAfterATimeSetting(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"last week", "Last week, the FBI director, James Comey, recommended that no charges be filed.", "that no charges be filed", "indirect", "the FBI director", "James Comey", "recommended"},
		{"this spring", "This spring, the council's chair, Tom Reyes, warned that the budget was short.", "that the budget was short", "indirect", "the council's chair", "Tom Reyes", "warned"},
		{"yesterday", "Yesterday, the mayor, Ann Lee, said the pier would reopen.", "the pier would reopen", "indirect", "the mayor", "Ann Lee", "said"},
		{"a weekday", "Monday, the party leader, Ana Ruiz, said the vote would go ahead.", "the vote would go ahead", "indirect", "the party leader", "Ana Ruiz", "said"},
	})
}

// TestParticipleAfterAQuoteNeverInverts reads "…,” saying X …" as the
// sentence's subject saying something, never X as the speaker.
func TestParticipleAfterAQuoteNeverInverts(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"saying", "The senator gave a spirited defense of “rural values,” saying the region embodied the “grit and heart of the state.”", "the region embodied the “grit and heart of the state.”", "mixed", "The senator", "", "saying"},
		{"calling", "The coach praised the “young core,” calling the squad “the hungriest in years.”", "the squad “the hungriest in years.”", "mixed", "The coach", "", "calling"},
		{"adding", "Officials described the plan as “bold,” adding that it would cost “billions.”", "that it would cost “billions.”", "mixed", "Officials", "", "adding"},
		{"a finite verb still inverts", "“We will not back down,” said the mayor.", "We will not back down", "direct", "the mayor", "", "said"},
	})
}

// TestOpeningParticipleAttribution reads a participle of saying that
// opens its sentence as said by the subject after its comma, and ends
// what it says at that comma.
func TestOpeningParticipleAttribution(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a bare clause", "Saying the plan was reckless, Lee voted against it.", "the plan was reckless", "indirect", "Lee", "Lee", "Saying"},
		{"a that-clause", "Insisting that he had done nothing wrong, the senator left the chamber.", "that he had done nothing wrong", "indirect", "the senator", "", "Insisting"},
		{"an object ends at the comma", "Citing two officials, the paper reported that the deal was close.", "two officials", "indirect", "the paper", "", "Citing"},
		{"the main verb keeps its own", "Citing two officials, the paper reported that the deal was close.", "that the deal was close", "indirect", "the paper", "", "reported"},
		{"a perfect participle after a comma", "Clinton misjudged Assad, having referred to him as a \"reformer.\"", "him as a \"reformer.\"", "mixed", "Clinton", "Clinton", "referred to"},
		{"a participle before a preposition sets the scene", "Responding to questions, the campaign said it had no comment.", "it had no comment", "indirect", "the campaign", "", "said"},
	})
}

// TestShortThatClauses takes a clause of two words after "that", which
// makes it a clause whatever its length; without "that", two words are
// an object ("said nothing else").
func TestShortThatClauses(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"said that", "The mayor said that prices rose.", "that prices rose", "indirect", "The mayor", "", "said"},
		{"found that", "The survey found that turnout fell.", "that turnout fell", "indirect", "The survey", "", "found"},
		{"show that", "The data show that wages stalled.", "that wages stalled", "indirect", "The data", "", "show"},
		{"that as a pronoun", "He said that again.", "", "", "", "", ""},
		{"no that", "She said nothing else.", "", "", "", "", ""},
	})
}

// TestClaimTakesAClause reads "claim" as speech only before a clause:
// "claimed victory" and "claimed the coldest temperature" say nothing.
func TestClaimTakesAClause(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a record", "Cheorwon claimed the coldest temperature in the country on Monday.", "", "", "", "", ""},
		{"lives", "The storm claimed the lives of 20 people.", "", "", "", "", ""},
		{"victory", "Lee claimed victory in the race.", "", "", "", "", ""},
		{"a noun in -ing after it", "Cheorwon claimed the coldest temperature in the country in the morning.", "", "", "", "", ""},
		{"a meeting", "The club posted a photo of the team at the meeting.", "", "", "", "", ""},
		{"a clause", "She claims a new era has begun.", "a new era has begun", "indirect", "She", "", "claims"},
		{"a contracted verb", "Trump claims he's worth $10 billion.", "he's worth $10 billion", "indirect", "Trump", "", "claims"},
		{"an infinitive", "They claim to represent farmers.", "to represent farmers", "indirect", "They", "", "claim"},
	})
}

// TestFindWithAVerdict reads "found X liable for …" as a judgment, not a
// finding reported: the participle there is the charge, after its
// preposition.
func TestFindWithAVerdict(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"liable", "The court found the firm liable for misleading customers.", "", "", "", "", ""},
		{"useful", "The panel found the drug useful for treating pain.", "", "", "", "", ""},
		{"responsible", "Regulators found the bank responsible for laundering money.", "", "", "", "", ""},
		{"a small clause", "A poll found voters leaving the party.", "voters leaving the party", "indirect", "A poll", "", "found"},
		{"another small clause", "Inspectors found the staff ignoring alarms.", "the staff ignoring alarms", "indirect", "Inspectors", "", "found"},
	})
}

// TestTitleBeforeARole reads quoted title words that run on into a role
// and a name as the work the person is known by, in a subject or a
// listener, never as a quote.
func TestTitleBeforeARole(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a film before its director", "“Parasite” director Bong Joon-ho said the win was a surprise.", "the win was a surprise", "indirect", "director Bong Joon-ho", "Bong Joon-ho", "said"},
		{"a show before its star", "“Succession” star Brian Cox told reporters he was thrilled.", "he was thrilled", "indirect", "star Brian Cox", "Brian Cox", "told"},
		{"a show in the listener", "Asked why, Scott told “CBS This Morning” co-host Gayle King, “Because you have to reckon with us.”", "Because you have to reckon with us.", "direct", "Scott", "Scott", "told"},
		{"after a determiner", "Scott told the “Today” host Ana Ruiz, “We will be back.”", "We will be back.", "direct", "Scott", "Scott", "told"},
		{"a quoted word before a plural is no title", "“Stop” signs were stolen, police said.", "“Stop” signs were stolen", "mixed", "police", "", "said"},
	})
}

// TestInvertedVerbAfterQuote reads any past tense after a quote with its
// subject after it as the attribution, when the sentence ends there.
func TestInvertedVerbAfterQuote(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"fumed", "“My kids can't play outside,” fumed Larchfield resident Kelly Sharp, 38.", "My kids can't play outside", "direct", "Larchfield resident Kelly Sharp", "Kelly Sharp", "fumed"},
		{"snapped", "“We will not pay,” snapped the minister.", "We will not pay", "direct", "the minister", "", "snapped"},
		{"with a particle", "“Is that all?” shot back Senator Ann Lee.", "Is that all?", "direct", "Senator Ann Lee", "Ann Lee", "shot back"},
		{"a participle clause", "“The Long Road,” released in 2010, is her best book.", "", "", "", "", ""},
	})
}

// TestAccordingToANameWithAnd keeps "and" or "&" between capitalized
// words inside the source's name.
func TestAccordingToANameWithAnd(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"mid-sentence", "Steyer, according to a count from the Post and Courier, has the backing of six lawmakers.", "Steyer has the backing of six lawmakers", "indirect", "a count from the Post and Courier", "", "according to"},
		{"a company", "Sales fell in the third quarter, according to Procter and Gamble.", "Sales fell in the third quarter", "indirect", "Procter and Gamble", "", "according to"},
		{"an ampersand", "Prices rose in most cities, according to a survey by Ernst & Young.", "Prices rose in most cities", "indirect", "a survey by Ernst & Young", "", "according to"},
	})
}

// TestStatementBeforeColon gives the quote after "X had a blunt
// message:" to X, as "X objected:" does.
func TestStatementBeforeColon(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a statement", "Prosecutor Jim Dunham said the case was closed. Bolger’s lawyer, Jeremy Robinson, had a more succinct statement: “It is impossible to win this.”", "It is impossible to win this.", "direct", "Bolger’s lawyer", "Jeremy Robinson", "had"},
		{"a view", "Mayor Ann Lee said the pier was safe. Her rival, Tom Reyes, had a different view: “The pier is falling apart.”", "The pier is falling apart.", "direct", "Her rival", "Tom Reyes", "had"},
		{"a message for someone", "The coach was blunt. Striker Kofi Mensah had a simple message for fans: “We will be back.”", "We will be back.", "direct", "Striker Kofi Mensah", "Kofi Mensah", "had"},
		{"no statement noun", "The results were mixed: “Some schools improved.”", "", "", "", "", ""},
	})
}

// TestSpeechNounAsSubject reads a speech noun right before a finite verb
// as that verb's subject, not as a verb of saying; a gap after a subject
// or a relative word keeps the verb.
func TestSpeechNounAsSubject(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a plural noun", "Video calls tend to leave people more tired than meetings.", "", "", "", "", ""},
		{"a noun opening the sentence", "Caution is also advised for drivers on icy roads.", "", "", "", "", ""},
		{"a section name", "Special reports is the one section that grew.", "", "", "", "", ""},
		{"security reports", "Security reports are greatly appreciated by the team.", "", "", "", "", ""},
		{"a gap after a relative word", "The plan, which the paper reports is flawed, will cost more.", "is flawed, will cost more", "indirect", "the paper", "", "reports"},
	})
}

// TestReportedToSomeone reads "reported X to the police" as notifying,
// with no words reported; "reported plans to cut jobs" still reports.
func TestReportedToSomeone(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"the police", "The hospital reported the incident to the police.", "", "", "", "", ""},
		{"a named body", "The firm reported the breach to the Information Commissioner.", "", "", "", "", ""},
		{"officials", "The clinic reported the outbreak to health officials.", "", "", "", "", ""},
		{"an infinitive", "The paper reported plans to cut jobs at the plant.", "plans to cut jobs at the plant", "indirect", "The paper", "", "reported"},
	})
}

// TestLabelIsASpeakerOnlyForAPerson reads "Surname: …" as a transcript
// line only when the surname is a person's named in full before, not the
// last word of a setting or a body's name.
func TestLabelIsASpeakerOnlyForAPerson(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a setting", "Defensive Positioning sets how deep the line sits.\n\nPositioning: Marking for the user team", "", "", "", "", ""},
		{"a body", "The Harbor Trust ran the fair.\n\nTrust: the key to growth in our town", "", "", "", "", ""},
		{"a person", "Chris Matthews hosted the show.\n\nMatthews: Well, we will see what happens next.", "Well, we will see what happens next.", "indirect", "Matthews", "Chris Matthews", ":"},
		{"a setting's name in a headline", "Shipping: free on orders over 50 dollars", "", "", "", "", ""},
		{"another one", "Positioning: Marking for the user team", "", "", "", "", ""},
		{"a source in a headline", "Bush: We will win this war", "We will win this war", "indirect", "Bush", "", ":"},
	})
}

// TestSpeakerOfNounCue gives the content of a noun of saying that opens
// its clause to the noun phrase, or to the person its possessive names.
func TestSpeakerOfNounCue(t *testing.T) {
	cases := []struct{ text, quote, speaker, name string }{
		{"An explosive report that the mayor took bribes is prompting calls for him to quit.", "the mayor took bribes", "An explosive report", ""},
		{"A new internal estimate that costs will double alarmed the board.", "costs will double", "A new internal estimate", ""},
		{"Maria Lopez spoke in Leeds. Her latest claim that the count was rigged drew scorn.", "the count was rigged", "Her", "Maria Lopez"},
		{"The senator's fresh promise that taxes would fall was welcomed.", "taxes would fall", "", ""},
		{"Voters stayed home in the vain hope that the rain would stop.", "", "", ""},
	}
	for _, tt := range cases {
		quotes := Quotes(tt.text)
		checkQuoteOffsets(t, tt.text, quotes)
		var got *Quote
		for i := range quotes {
			if tt.quote != "" && strings.Contains(quotes[i].Text, tt.quote) {
				got = &quotes[i]
			}
		}
		switch {
		case tt.quote == "" && len(quotes) > 0:
			t.Errorf("%q: got %+v, want no quote", tt.text, quotes)
		case tt.quote == "" || tt.speaker == "" && got == nil:
		case got == nil || got.Speaker == nil:
			t.Errorf("%q: no quote %q with a speaker in %+v", tt.text, tt.quote, quotes)
		case got.Speaker.Text != tt.speaker || got.Speaker.Name != tt.name:
			t.Errorf("%q: speaker %q (%q), want %q (%q)", tt.text, got.Speaker.Text, got.Speaker.Name, tt.speaker, tt.name)
		}
	}
}

func TestSpeechNounsAreSpeechForms(t *testing.T) {
	for w := range speechNouns.words {
		if speechLemma[w] != w {
			t.Errorf("speechNouns holds %q, which is no base form in speechLemma", w)
		}
	}
}

func TestQuotesReported(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"said that", "The mayor said that the pier would reopen in May.", "that the pier would reopen in May", "indirect", "The mayor", "", "said"},
		{"a restrictive who names its phrase", "He was echoing some commentators who have suggested the count was rigged.", "the count was rigged", "indirect", "some commentators", "", "suggested"},
		{"a restrictive who after a preposition", "The vote handed fresh arguments to farmers who say the levy is unfair.", "the levy is unfair", "indirect", "farmers", "", "say"},
		{"a restrictive who after a title", "The union met a nurse who says she was fired unfairly.", "she was fired unfairly", "indirect", "a nurse", "", "says"},
		{"a restrictive who after a verb behind an adverb", "The coalition also includes farmers who claim the levy is unfair.", "the levy is unfair", "indirect", "farmers", "", "claim"},
		{"a restrictive who after now and a verb", "The union now represents workers who say the plan is flawed.", "the plan is flawed", "indirect", "workers", "", "say"},
		{"a restrictive who after still and a verb", "The list still names officials who argue the deal is bad.", "the deal is bad", "indirect", "officials", "", "argue"},
		{"a restrictive who after often and a verb", "The board often hires consultants who warn that costs will rise.", "that costs will rise", "indirect", "consultants", "", "warn"},
		{"a restrictive who after a place", "The retirement has angered some Republicans in the county who suspect he timed it to help a friend.", "he timed it to help a friend", "indirect", "some Republicans in the county", "", "suspect"},
		{"a verb form inside a noun phrase is no verb", "The center-left think tank said the plan would cost billions.", "the plan would cost billions", "indirect", "The center-left think tank", "", "said"},
		{"a noun-like verb after a verb form that is a noun", "The IPCC report states: “Emissions must fall by half by 2030.”", "Emissions must fall by half by 2030.", "direct", "The IPCC report", "", "states"},
		{"a verb form after a singular name is a noun", "New York state now has more than 900 cases.", "", "", "", "", ""},
		{"a report named by its body", "A Government Accountability Office report found that the agency had lost track of the money.", "that the agency had lost track of the money", "indirect", "A Government Accountability Office report", "", "found"},
		{"names in a coordination keep the verb", "Mr. Autor and Mr. Hanson say trade is one factor among many.", "trade is one factor among many", "indirect", "Mr. Autor and Mr. Hanson", "Hanson", "say"},
		{"a name ending a longer subject keeps the verb", "Supporters in Congress say the bill is dead.", "the bill is dead", "indirect", "Supporters in Congress", "", "say"},
		{"a share of people", "About 45% of voters say the economy is the top issue.", "the economy is the top issue", "indirect", "About 45% of voters", "", "say"},
		{"a share alone", "Some 60% say the economy is the top issue.", "the economy is the top issue", "indirect", "Some 60%", "", "say"},
		{"shares in a list", "45% of farmers, 28% of traders and 12% of teachers say prices will rise.", "prices will rise", "indirect", "45% of farmers, 28% of traders and 12% of teachers", "", "say"},
		{"two words, a plural noun and its verb", "Despite forecasts, the firm said profits rose.", "profits rose", "indirect", "the firm", "", "said"},
		{"two words, a name and its verb", "She said Trump lied.", "Trump lied", "indirect", "She", "", "said"},
		{"two words, a pronoun and a speech verb", "The envoy said they agreed.", "they agreed", "indirect", "The envoy", "", "said"},
		{"two words, an object", "He said nothing happened.", "", "", "", "", ""},
		{"two words after a setting are its clause", "The activist said before he died.", "", "", "", "", ""},
		{"two words after a comma, an idiom", "He said, she said.", "", "", "", "", ""},
		{"run counter to, no reply", "All ran counter to his account that the contact never occurred.", "", "", "", "", ""},
		{"counter to, an opening", "Counter to forecasts, the firm said profits rose.", "profits rose", "indirect", "the firm", "", "said"},
		{"countered that, a reply", "The minister countered that the figures were wrong.", "that the figures were wrong", "indirect", "The minister", "", "countered"},
		{"boasts, to have", "The free-trade zone still boasts just one small supermarket.", "", "", "", "", ""},
		{"boasts, a hotel's rooms", "The hotel boasts 200 rooms and a rooftop pool.", "", "", "", "", ""},
		{"boasted that, a claim", "He boasted that he had beaten the odds.", "that he had beaten the odds", "indirect", "He", "", "boasted"},
		{"wishful thinking, a noun", "The deal talk seems more like wishful thinking among investors desperate for an exit.", "", "", "", "", ""},
		{"critical thinking, a noun", "The course teaches critical thinking about sources and claims.", "", "", "", "", ""},
		{"careless talking, a noun", "Careless talking about the merger cost him his job.", "", "", "", "", ""},
		{"an adjective then a comma and a participle", "Officials were hopeful, saying the talks would resume.", "the talks would resume", "indirect", "Officials", "", "saying"},
		{"let's, the writer", "First, let’s discuss a few things you should know.", "", "", "", "", ""},
		{"let us, the writer", "Let us know how it went for you in the comments.", "", "", "", "", ""},
		{"let's, a look", "Let's take a look at the questions we received from readers.", "", "", "", "", ""},
		{"a passive after and goes on with the report", "A spokesperson said crews were called at 12.14am and the fire was not thought to be suspicious.", "crews were called at 12.14am and the fire was not thought to be suspicious", "indirect", "A spokesperson", "", "said"},
		{"an expected passive after and goes on", "Police said two men were arrested and the victim was expected to recover.", "two men were arrested and the victim was expected to recover", "indirect", "Police", "", "said"},
		{"an active attribution after and ends it", "He said the bridge was closed and the mayor said it would reopen.", "the bridge was closed", "indirect", "He", "", "said"},
		{"learn more, a call to action", "Want to learn more about our leaders? Read the series.", "", "", "", "", ""},
		{"learning, a skill", "I am learning new skills and really enjoying it.", "", "", "", "", ""},
		{"learned of, a topic", "Officials learned of the plot in May.", "", "", "", "", ""},
		{"learned that, a finding", "She learned that the plant would close in June.", "that the plant would close in June", "indirect", "She", "", "learned"},
		{"add with an object is no speech", "Bake for 20 minutes, then add a flourish of cream.", "", "", "", "", ""},
		{"add with a list is no speech", "Officials will add Madeira and the Azores next week.", "", "", "", "", ""},
		{"posted with an object is no speech", "The club posted a photo of the trophy on Sunday.", "", "", "", "", ""},
		{"an adverb of time is no clause", "Crews added two lanes to the bridge last year.", "", "", "", "", ""},
		{"adverbs on both sides", "The chef then added salt and pepper again.", "", "", "", "", ""},
		{"an adverb of time after the object", "The council posted the results earlier.", "", "", "", "", ""},
		{"an object before once", "She wrote the column once and never again.", "", "", "", "", ""},
		{"a clause after an adverb stays", "He added the talks would resume later this month.", "the talks would resume later this month", "indirect", "He", "", "added"},
		{"add with a clause is speech", "The minister added the plan was flawed.", "the plan was flawed", "indirect", "The minister", "", "added"},
		{"called names the object before it", "She joined a charity called Hope for Homes last year.", "", "", "", "", ""},
		{"called names the subject before its verb", "A Facebook group called “We support the police” has 20,000 members.", "", "", "", "", ""},
		{"called with a name and a list after it", "Fans flocked to a new podcast called Morning Ledger in June.", "", "", "", "", ""},
		{"called after a subject stays a verb", "The senator called the bill a disgrace.", "the bill a disgrace", "indirect", "The senator", "", "called"},
		{"called after a relative clause's object stays a verb", "One of the doctors who signed the letter called the host a quack.", "the host a quack", "indirect", "One of the doctors who signed the letter", "", "called"},
		{"the reader as listener explains", "Body fat percentage tells you how much of your weight is fat.", "", "", "", "", ""},
		{"the reader as listener of a warning", "The gauge warns you when the tank is low.", "", "", "", "", ""},
		{"a listener who is not the reader", "The gauge maker told reporters the tank was safe.", "the tank was safe", "indirect", "The gauge maker", "", "told"},
		{"an instruction is no quote", "Please note that the station will be closed on Sunday.", "", "", "", "", ""},
		{"a modifier before a verb form", "More black state lawmakers have backed her than him.", "", "", "", "", ""},
		{"a plural before the form keeps the verb", "Some economists think the plan will fail.", "the plan will fail", "indirect", "Some economists", "", "think"},
		{"a collective before the form keeps the verb", "The police say the suspect fled.", "the suspect fled", "indirect", "The police", "", "say"},
		{"a number before the form keeps the verb", "The two admit that the goals will be hard to reach.", "that the goals will be hard to reach", "indirect", "The two", "", "admit"},
		{"a phrase inside a larger subject keeps the verb", "People briefed on the situation say that the governor will decide soon.", "that the governor will decide soon", "indirect", "People briefed on the situation", "", "say"},
		{"a listener before a clause without that", "The governor told reporters it would save jobs.", "it would save jobs", "indirect", "The governor", "", "told"},
		{"a listener before a determiner's clause", "The gauge maker told reporters the tank was safe.", "the tank was safe", "indirect", "The gauge maker", "", "told"},
		{"a listener before a clause with an adjective", "She told voters the new plan will cut taxes.", "the new plan will cut taxes", "indirect", "She", "", "told"},
		{"a participle's listener", "The mayor toured the streets, warning local residents they should boil water.", "they should boil water", "indirect", "The mayor", "", "warning"},
		{"a body as the listener", "The coach reminded the crowd he had never lost a final.", "he had never lost a final", "indirect", "The coach", "", "reminded"},
		{"an object is no listener", "He told the story it had taken years to write.", "", "", "", "", ""},
		{"a that-clause belongs to the verb of a clause inside the setting", "Axelrod tweeted after Clinton argued that the plan was sound.", "that the plan was sound", "indirect", "Clinton", "Clinton", "argued"},
		{"a verb with its subject in a when-clause", "The mayor left when the chief warned that the dam could fail.", "that the dam could fail", "indirect", "the chief", "", "warned"},
		{"a participle in a setting keeps the verb's that-clause", "She said at a news conference announcing the suit that the law was unfair.", "that the law was unfair", "indirect", "She", "", "said"},
		{"the object of a verb of causing speaks", "The slide has led some allies to worry whether the campaign can recover.", "whether the campaign can recover", "indirect", "some allies", "", "worry"},
		{"prompted to warn", "The ruling prompted critics to warn that the court had gone too far.", "that the court had gone too far", "indirect", "critics", "", "warn"},
		{"moved quickly, an adverb and no object", "Aides moved quickly to deny the report that he was ill.", "the report that he was ill", "indirect", "Aides", "", "deny"},
		{"moved again, an adverb and no object", "The city moved again to deny the claim that the water was unsafe.", "the claim that the water was unsafe", "indirect", "The city", "", "deny"},
		{"moved swiftly, an adverb and no object", "The board moved swiftly to assure investors that the bank was safe.", "that the bank was safe", "indirect", "The board", "", "assure"},
		{"assured, a listener before the clause", "She assured reporters the plan was on track.", "the plan was on track", "indirect", "She", "", "assured"},
		{"left wondering", "The delay left residents wondering whether the bridge would ever reopen.", "whether the bridge would ever reopen", "indirect", "residents", "", "wondering"},
		{"a verb of speaking keeps its own subject", "Ms. Ortiz urged voters to reject the plan.", "voters to reject the plan", "indirect", "Ms. Ortiz", "Ortiz", "urged"},
		{"a subject's relative clause does not end a reported clause", "Mayor Ana Ruiz said the council will back the plan and residents who want to see change will vote for it.", "the council will back the plan and residents who want to see change will vote for it", "indirect", "Mayor Ana Ruiz", "Ana Ruiz", "said"},
		{"said without that", "Ana Ruiz said the vote was a betrayal.", "the vote was a betrayal", "indirect", "Ana Ruiz", "Ana Ruiz", "said"},
		{"told listener that", "Police told reporters that two men had been arrested.", "that two men had been arrested", "indirect", "Police", "", "told"},
		{"clause then speaker", "The plant will close in June, the company said.", "The plant will close in June", "indirect", "the company", "", "said"},
		{"clause then said name", "Prices will keep rising, said Lena Park, an economist at the bank.", "Prices will keep rising", "indirect", "Lena Park", "Lena Park", "said"},
		{"according to after", "Fares will rise by 5%, according to the operator.", "Fares will rise by 5%", "indirect", "the operator", "", "according to"},
		{"according to before", "According to the operator, fares will rise by 5%.", "fares will rise by 5%", "indirect", "the operator", "", "According to"},
		{"quoted words inside an according-to clause", "According to the trade paper, the show drew “record” ratings last week.", "the show drew “record” ratings last week", "mixed", "the trade paper", "", "According to"},
		{"according to in the middle", "At the heart of it, according to Dennis Ross, a former envoy, was a decision to keep away.", "At the heart of it was a decision to keep away", "indirect", "Dennis Ross", "Dennis Ross", "according to"},
		{"a verb after the source is no appositive", "Among the cases at risk, according to Ms. Epstein, are 16 on taxes.", "Among the cases at risk are 16 on taxes", "indirect", "Ms. Epstein", "Epstein", "according to"},
		{"mixed", "Ana Ruiz said the vote was “a betrayal of the town”.", "the vote was “a betrayal of the town”", "mixed", "Ana Ruiz", "Ana Ruiz", "said"},
		{"repeatedly said", "Ken Hu has repeatedly said the company would never sell.", "the company would never sell", "indirect", "Ken Hu", "Ken Hu", "said"},
		{"passive is no attribution", "The bridge is expected to open in May.", "", "", "", "", ""},
		{"attribution in the middle", "If the law conflicts with the order, Rubio said, judges must decide.", "If the law conflicts with the order judges must decide", "indirect", "Rubio", "", "said"},
		{"continues to is no speech", "The mayor continues to fly to every event on the city's plane.", "", "", "", "", ""},
		{"a noun after a possessive", "She appeared on CNN's show that night.", "", "", "", "", ""},
		{"show up", "Voters who might not show up in a primary worry the campaign.", "", "", "", "", ""},
		{"an object verb does not invert", "The senator said Wednesday she, too, wants an inquiry into the police.", "she, too, wants an inquiry into the police", "indirect", "The senator", "", "said"},
		{"an object verb ends no clause", "Until Thursday, the mayor refused.", "", "", "", "", ""},
		{"a clause ends at a dash before the next attribution", "Some friends say the mayor looks tired — others say he has never been fitter.", "he has never been fitter", "indirect", "others", "", "say"},
		{"a second that-clause after but", "The governor said the state must secure the border, but that he would not back mass deportation.", "the state must secure the border, but that he would not back mass deportation", "indirect", "The governor", "", "said"},
		{"a relative clause inside the subject", "Mr. Kerry said the annual talks, which started in 2009, had never mattered more.", "the annual talks, which started in 2009, had never mattered more", "indirect", "Mr. Kerry", "Kerry", "said"},
		{"a relative clause after the clause", "Mr. Kerry said the talks had never mattered more, which surprised his hosts.", "the talks had never mattered more", "indirect", "Mr. Kerry", "Kerry", "said"},
		{"a noun phrase after the clause is the writer's comment", "The firm said it would cut 3,000 jobs, a blow to the town that built it.", "it would cut 3,000 jobs", "indirect", "The firm", "", "said"},
		{"an appositive closed by a comma stays", "Ms. Lee said Mr. Diaz, a former mayor, could win the seat.", "Mr. Diaz, a former mayor, could win the seat", "indirect", "Ms. Lee", "Lee", "said"},
		{"the last item of a list stays", "The poll found voters cared about jobs, the economy and schools.", "voters cared about jobs, the economy and schools", "indirect", "The poll", "", "found"},
		{"a phrase before the clause keeps its comma", "Ms. Lee said that even in small towns, the vote was close.", "that even in small towns, the vote was close", "indirect", "Ms. Lee", "Lee", "said"},
		{"a mixed quote runs to the end of its quoted words", "He said reform “is a question of when. It is not a question of if.”", "reform “is a question of when. It is not a question of if.”", "mixed", "He", "", "said"},
		{"a quote after a participle and a comma stays direct", "She wrote the agents knew, saying, “They came often, but not daily. In public, all was calm.”", "They came often, but not daily. In public, all was calm.", "direct", "She", "", "saying"},
		{"a dash ends the clause before the writer's aside", "He said the economy was recovering - though few economists agree.", "the economy was recovering", "indirect", "He", "", "said"},
		{"a pair of dashes sets off an aside inside the clause", "She said the plan — a costly one — would pass.", "the plan — a costly one — would pass", "indirect", "She", "", "said"},
		{"a that-clause after a dash goes on", "She said moderates may help — and that others should be asked too.", "moderates may help — and that others should be asked too", "indirect", "She", "", "said"},
		{"a clause put before the main clause ends at its comma", "While the mayor promised the pier would reopen, the council cut its budget.", "the pier would reopen", "indirect", "the mayor", "", "promised"},
		{"a fronted clause may open with how long after", "Just days after the mayor promised the pier would reopen, the council cut its budget.", "the pier would reopen", "indirect", "the mayor", "", "promised"},
		{"a verb after ', but' shares the clause's subject", "She said she had hired him, but hasn't decided on a role.", "she had hired him, but hasn't decided on a role", "indirect", "She", "", "said"},
		{"a setting set off by commas before that", "Mr. Rogers said, in an email, that he did not approve the ad.", "that he did not approve the ad", "indirect", "Mr. Rogers", "Rogers", "said"},
		{"a long setting before that", "Cruz said Thursday during a taping of a town hall meeting in Buffalo, New York, that the ban was wrong.", "that the ban was wrong", "indirect", "Cruz", "Cruz", "said"},
		{"an aside inside the setting before that", "He said on CNN, where he is now a paid contributor, that the aide should be held to account.", "that the aide should be held to account", "indirect", "He", "", "said"},
		{"a setting after the listener before that", "He told reporters on Friday, after the vote, that the bill was dead.", "that the bill was dead", "indirect", "He", "", "told"},
		{"a which-clause ends before the sentence's own verb", "The paper, which first said it would cover the race as entertainment, said it would treat it as news.", "it would cover the race as entertainment", "indirect", "The paper", "", "said"},
		{"a relative clause before said is the subject's", "Steve Sweeney, who sits on the board, said contractors built the cost into their bids.", "contractors built the cost into their bids", "indirect", "Steve Sweeney", "Steve Sweeney", "said"},
		{"but said takes the subject before", "The director criticized the plan but said the agency would not block it.", "the agency would not block it", "indirect", "The director", "", "said"},
		{"a participle after the attribution at the end", "The plan is sickening, Hollande said Tuesday in Paris, noting that the vote was close.", "The plan is sickening", "indirect", "Hollande", "", "said"},
		{"the participle's own clause", "The plan is sickening, Hollande said Tuesday in Paris, noting that the vote was close.", "that the vote was close", "indirect", "Hollande", "", "noting"},
		{"an infinitive is no setting", "Since the war, Germany has pledged to bolster its army, reversing decades of pacifism.", "to bolster its army", "indirect", "Germany", "", "pledged"},
		{"a weekday after on", "The jet is his favorite toy, he said on Saturday.", "The jet is his favorite toy", "indirect", "he", "", "said"},
		{"a pronoun after a setting", "On Tuesday night she said the plan still posed a threat.", "the plan still posed a threat", "indirect", "she", "", "said"},
		{"a speech noun after a determiner is no verb", "A report in a Concord paper said that the senator had used the photos.", "that the senator had used the photos", "indirect", "A report in a Concord paper", "", "said"},
		{"a time setting before the verb", "Rep. Ana Ruiz last month joked to reporters that the budget was fiction.", "that the budget was fiction", "indirect", "Rep. Ana Ruiz", "Ana Ruiz", "joked"},
		{"a verb with an object does not invert", "Rahm Emanuel, his chief of staff, urged a strong stand.", "a strong stand", "indirect", "Rahm Emanuel", "Rahm Emanuel", "urged"},
		{"a number with a thousands comma", "Some 1,409 teachers said they wanted a new contract.", "they wanted a new contract", "indirect", "Some 1,409 teachers", "", "said"},
		{"a pronoun without its contraction", "As they've argued, the rule should change for every builder.", "the rule should change for every builder", "indirect", "they", "", "argued"},
		{"a past verb is no speaker", "Mr. Orszag left the agency and began writing op-eds defending the tax cuts.", "op-eds defending the tax cuts", "indirect", "Mr. Orszag", "Orszag", "writing"},
		{"who after an appositive names the one before", "His remarks were mocked by Armin Laschet, the opposition leader, who suggested that the minister keep quiet.", "that the minister keep quiet", "indirect", "who", "Armin Laschet", "suggested"},
		{"who without a comma is not the name before", "Mayor Ana Ruiz met economists who said the plan would fail.", "the plan would fail", "indirect", "economists", "", "said"},
		{"a clause ends before ', and when …'", "He said he had not seen the fight, and when asked about it later, he shrugged.", "he had not seen the fight", "indirect", "He", "", "said"},
		{"a noun in -ly is no adverb", "Scott's family has called on police to release the videos.", "police to release the videos", "indirect", "Scott's family", "", "called on"},
		{"a clause ends at the next attribution", "When the host noted that the mayor had not answered, the mayor said the pier would reopen.", "the pier would reopen", "indirect", "the mayor", "", "said"},
		{"a name before two appositives", "Lena Park, chief economist of Harbor Bank, a lender in Leeds, said rates would stay high.", "rates would stay high", "indirect", "Lena Park", "Lena Park", "said"},
		{"two appositives", "Ramil Carr, 31, a photographer from Leeds, said the fair had been a success.", "the fair had been a success", "indirect", "Ramil Carr", "Ramil Carr", "said"},
		{"transcript line", "WALLACE: Let us start with the news on the debate.", "Let us start with the news on the debate.", "indirect", "WALLACE", "WALLACE", ":"},
		{"a headline's source", "Clinton camp: Trump's plan threatens national security\n\nThe campaign spoke on Monday.", "Trump's plan threatens national security", "indirect", "Clinton camp", "", ":"},
		{"a surname as a transcript label", "Chris Matthews hosted the panel.\n\nMatthews: Well, speculation is bad for everyone.", "Well, speculation is bad for everyone.", "indirect", "Matthews", "Chris Matthews", ":"},
		{"a section heading is no label", "The panel met on Monday.\n\nFocus on security: The mayor, who is seen as a strong leader, walked to the pier.", "", "", "", "", ""},
		{"a label before a direct quote", "Jeb Bush and Ana Ruiz spoke.\n\nRuiz: “We must defeat them.” Bush: “The mission is to destroy them.”", "The mission is to destroy them.", "direct", "Bush", "Jeb Bush", ":"},
		{"a note is no transcript", "Correction: An earlier version misspelled the name of the mayor.", "", "", "", "", ""},
		{"coordinated verbs", "Police announced an arrest on Friday and said a curfew would continue.", "a curfew would continue", "indirect", "Police", "", "said"},
		{"according to after a colon", "It has not gone unnoticed: according to recent polls, the mayor holds only 14 percent.", "the mayor holds only 14 percent", "indirect", "recent polls", "", "according to"},
		{"according to after a coordinator", "But, according to the poll, 46 percent of voters — and a third of the rest — remain undecided.", "46 percent of voters — and a third of the rest — remain undecided", "indirect", "the poll", "", "according to"},
		{"according to a possessive's phrase with quoted words", "According to her “clawback” plan, firms moving abroad must repay any aid.", "firms moving abroad must repay any aid", "indirect", "her “clawback” plan", "", "According to"},
		{"according to inside a clause before a number", "The port receives, according to one report, $234 million a year from the state.", "The port receives $234 million a year from the state", "indirect", "one report", "", "according to"},
		{"according to without a comma", "The mayor now leads the race 46 percent to 39 percent according to a CBS poll.", "The mayor now leads the race 46 percent to 39 percent", "indirect", "a CBS poll", "", "according to"},
		{"according to after a dash", "More than half of his advice is wrong — according to a medical journal.", "More than half of his advice is wrong", "indirect", "a medical journal", "", "according to"},
		{"according to a work's title", "The mayor was paid $2 million by the firm, according to “Man of the Town,” a book by a friend.", "The mayor was paid $2 million by the firm", "indirect", "Man of the Town", "", "according to"},
		{"according to after a time", "About 10:03 p.m., according to a timeline, the guards left for the compound.", "About 10:03 p.m. the guards left for the compound", "indirect", "a timeline", "", "according to"},
		{"a name and its appositive do not invert", "But Megan Hester, a senior organizer at the institute, said parents still want neighborhood schools.", "parents still want neighborhood schools", "indirect", "Megan Hester", "Megan Hester", "said"},
		{"two settings after the verb", "Voters had cracked the glass ceiling, she said in a video message to the convention.", "Voters had cracked the glass ceiling", "indirect", "she", "", "said"},
		{"a show's title in a setting", "The plan was good for the city, he said Wednesday morning on WXTV's “Morning Hour.”", "The plan was good for the city", "indirect", "he", "", "said"},
		{"a bare answer", "Asked if the plan was illegal, 46 percent of voters said yes, compared with 23 percent in May.", "yes", "indirect", "46 percent of voters", "", "said"},
		{"a subject with a parenthesis between dashes", "Three in five insiders — and two-thirds of the voters — said that the mayor can't be toppled.", "that the mayor can't be toppled", "indirect", "Three in five insiders", "", "said"},
		{"a speech noun after an adjective", "An earlier report in a local paper said that the mayor had used the photos.", "that the mayor had used the photos", "indirect", "An earlier report in a local paper", "", "said"},
		{"people close to", "The mayor is tired of the job, people close to Ana Ruiz say.", "The mayor is tired of the job", "indirect", "people close to Ana Ruiz", "", "say"},
		{"advisers to", "But in recent days, advisers to Mr. Obama say, the president has grown tired.", "But in recent days the president has grown tired", "indirect", "advisers to Mr. Obama", "", "say"},
		{"a semicolon ends the attribution", "To win, candidates need 40 percent of the vote, analysts say; in 2012, the party won 27 percent.", "To win, candidates need 40 percent of the vote", "indirect", "analysts", "", "say"},
		{"a title-case headline", "Ana Ruiz Says The Pier Will Reopen In May\n\nThe mayor spoke on Monday.", "The Pier Will Reopen In May", "indirect", "Ana Ruiz", "Ana Ruiz", "Says"},
		{"a country's name is no headline verb", "Talks With The United States Stall Again\n\nNothing moved on Monday.", "", "", "", "", ""},
		{"a long listener", "He had been in his second year, a school spokesman told The Daily Harbour Gazette.", "He had been in his second year", "indirect", "a school spokesman", "", "told"},
		{"a party and state after the name", "In a fiery speech, Sen. Ana Ruiz (D-Vt.) called for a new inquiry.", "a new inquiry", "indirect", "Sen. Ana Ruiz (D-Vt.)", "Ana Ruiz", "called for"},
		{"a weak verb after and takes the sentence's subject", "Cruz knocked Rubio on trade and called him a “moderate.”", "him a “moderate.”", "mixed", "Cruz", "Cruz", "called"},
		{"a relative aside with a clause break", "Stuart Stevens, who served as chief strategist, called the remarks childish.", "the remarks childish", "indirect", "Stuart Stevens", "Stuart Stevens", "called"},
		{"a question that ends the sentence", "Nobody did it better, Ms. Ruiz said on Monday when asked what the mayor would do.", "what the mayor would do", "indirect", "", "", "asked"},
		{"a question after when asked whom", "When asked whom she supported, Ms. Ruiz smiled and said she was waiting.", "whom she supported", "indirect", "", "", "asked"},
		{"a title with a speech word", "Secretary of State Ana Ruiz said the talks would resume.", "the talks would resume", "indirect", "Secretary of State Ana Ruiz", "Ana Ruiz", "said"},
		{"and inside a name", "The Center for Media and Public Affairs found that coverage was negative.", "that coverage was negative", "indirect", "The Center for Media and Public Affairs", "", "found"},
		{"a list of speakers", "Crane, Kibbe and other activists said the rule was unfair.", "the rule was unfair", "indirect", "Crane, Kibbe and other activists", "", "said"},
		{"coordinated noun phrases", "Experts on trade and most economists say the tariff will fail.", "the tariff will fail", "indirect", "Experts on trade and most economists", "", "say"},
		{"a list with a comma before and", "But unions, green groups, and many lawmakers claim the deal will cost jobs.", "the deal will cost jobs", "indirect", "unions, green groups, and many lawmakers", "", "claim"},
		{"a list after a clause opener", "The ban came after the agency and 14 national bodies called for it.", "it", "indirect", "the agency and 14 national bodies", "", "called for"},
		{"a negated auxiliary", "Friends of the mayor don't think the council will last.", "the council will last", "indirect", "Friends of the mayor", "", "think"},
		{"the aside's clause ends before the sentence's verb", "Ms. Ruiz, who did not say that the mayor was unfit, said on Wednesday that he had not done his homework.", "that the mayor was unfit", "refusal", "who", "Ruiz", "say"},
		{"the sentence's verb after an aside", "Ms. Ruiz, who did not say that the mayor was unfit, said on Wednesday that he had not done his homework.", "that he had not done his homework", "indirect", "Ms. Ruiz", "Ruiz", "said"},
		{"a restrictive relative's object is no speaker", "Economists who favor the tax agree that the shift will be slow.", "that the shift will be slow", "indirect", "Economists", "", "agree"},
		{"a quantifier before a restrictive relative", "Some who advocate free speech argue that the companies are at risk.", "that the companies are at risk", "indirect", "Some", "", "argue"},
		{"a restrictive relative ends before a that-clause", "A woman who has accused the mayor of fraud said Sunday night that he was lying.", "that he was lying", "indirect", "A woman", "", "said"},
		{"a relative's object is no speaker", "Ms. Arnold, who helped found EDGE, a green group in Leeds, said she did not condone violence.", "she did not condone violence", "indirect", "Ms. Arnold", "Arnold", "said"},
		{"and between clauses", "The dam broke and officials said the town must be evacuated.", "the town must be evacuated", "indirect", "officials", "", "said"},
		{"a subject that opens with both", "During the debate, both candidates said the recount was no big deal.", "the recount was no big deal", "indirect", "both candidates", "", "said"},
		{"a count of people after about", "About four in 10 said they were angry with the government.", "they were angry with the government", "indirect", "About four in 10", "", "said"},
		{"some alone is a speaker", "Some say they hear echoes of a painful past.", "they hear echoes of a painful past", "indirect", "Some", "", "say"},
		{"a clause that opens with no", "A lawyer for the paper, David Schulz, said no decision had been made about an appeal.", "no decision had been made about an appeal", "indirect", "A lawyer for the paper", "David Schulz", "said"},
		{"said nothing is no clause", "The mayor said nothing about the pier.", "", "", "", "", ""},
		{"a clause ends before and with another attribution", "Many members said they will skip the convention and others have said they are not interested in speaking.", "they will skip the convention", "indirect", "Many members", "", "said"},
		{"the attribution after and", "Many members said they will skip the convention and others have said they are not interested in speaking.", "they are not interested in speaking", "indirect", "others", "", "said"},
		{"a noun-like verb after an auxiliary", "He did not name his rivals but did note that he had won the most states.", "that he had won the most states", "indirect", "He", "", "note"},
		{"a name with its party before an appositive", "Former governor Ed Rendell (D), a Clinton supporter, said the race was far from over.", "the race was far from over", "indirect", "Former governor Ed Rendell (D)", "Ed Rendell", "said"},
		{"a noun-like verb after an appositive", "Gerry O'Brien, a consultant, notes that the count is enough.", "that the count is enough", "indirect", "Gerry O'Brien", "Gerry O'Brien", "notes"},
		{"a weak verb form before a comma is a noun", "Mr. Huckabee won the caucuses with evangelical support, but he trails far behind this year.", "", "", "", "", ""},
		{"'As X reported,' opens a clause", "As the paper reported, the actor gave thousands to the campaign.", "the actor gave thousands to the campaign", "indirect", "the paper", "", "reported"},
		{"a comma inside the closing mark ends the clause before a participle", "The senator said the system was “corrupt,” noting that donors had written the rules.", "the system was “corrupt,”", "mixed", "The senator", "", "said"},
		{"the participle after it takes the subject", "The senator said the system was “corrupt,” noting that donors had written the rules.", "that donors had written the rules", "indirect", "The senator", "", "noting"},
		{"according to a source with a relative clause", "Talks have gone on for a year, but ''there is new engagement,'' according to an official who spoke on condition of anonymity.", "Talks have gone on for a year, but ''there is new engagement,''", "mixed", "an official", "", "according to"},
		{"a pronoun opens the clause after a setting", "Ms. Lee said after the vote she would not run again.", "she would not run again", "indirect", "Ms. Lee", "Lee", "said"},
		{"a pronoun after a listener and a setting", "The coach told reporters after the game he was proud of the team.", "he was proud of the team", "indirect", "The coach", "", "told"},
		{"a setting before a relative clause keeps its that", "Ms. Lee said in an interview she gave on Sunday that the pier would reopen.", "that the pier would reopen", "indirect", "Ms. Lee", "Lee", "said"},
		{"a participle after a direct quote takes its speaker", "“We will be back,” said Omar Haddad, the club's owner, adding that repairs would take a month.", "that repairs would take a month", "indirect", "Omar Haddad", "Omar Haddad", "adding"},
		{"a time with for before that", "The minister said for the first time that talks had begun.", "that talks had begun", "indirect", "The minister", "", "said"},
		{"a verb after and takes the subject of the verb before it", "It got worse when Ms. Lee defeated Mr. Diaz in the debate and called him a coward.", "him a coward", "indirect", "Ms. Lee", "Lee", "called"},
		{"a noun phrase after a quoted word and its comma is the writer's", "The mayor called the plan a “fantasy,” a rare rebuke from an ally.", "the plan a “fantasy,”", "mixed", "The mayor", "", "called"},
		{"an irregular past ends the sentence's subject", "The union cast the vote as a protest and warned that strikes would follow.", "that strikes would follow", "indirect", "The union", "", "warned"},
		{"with gives a participle its subject", "Teachers were early allies, with the union calling her a champion of schools.", "her a champion of schools", "indirect", "the union", "", "calling"},
		{"a participle after a setting and a comma", "He feuded with the mayor, at one point calling him a liar.", "him a liar", "indirect", "He", "", "calling"},
		{"a relative clause ends at a quoted word's comma", "Mr. Cole, who estimates the cost was “in the millions,” described the ruling as unfair.", "the cost was “in the millions,”", "mixed", "who", "Cole", "estimates"},
		{"been is an auxiliary before the verb", "While officials have been promising new staff for months, the office is still empty.", "new staff for months", "indirect", "officials", "", "promising"},
		{"a sentence subject after a fronted clause", "Once he was mayor, Mr. Diaz made housing a priority, announcing a plan to build 5,000 homes.", "a plan to build 5,000 homes", "indirect", "Mr. Diaz", "Diaz", "announcing"},
		{"a participle in a fronted clause takes the main clause's subject", "While saying that she respects the judge, Ms. Lee did not withdraw the complaint.", "that she respects the judge", "indirect", "Ms. Lee", "Lee", "saying"},
		{"a subject before an aside between spaced hyphens", "Some economists - including two on the board - warn that rates could rise.", "that rates could rise", "indirect", "Some economists", "", "warn"},
		{"a hyphen inside a word is no aside", "Mrs. Clinton, whose husband signed the Gramm-Leach-Bliley Act, says its repeal is a mistake.", "its repeal is a mistake", "indirect", "Mrs. Clinton", "Clinton", "says"},
		{"a participle after a dash aside takes the sentence's subject", "He dislikes one part of politics - fund-raising - conceding that he finds it tiring.", "that he finds it tiring", "indirect", "He", "", "conceding"},
		{"a verb after and looks past a speech word that was a noun", "While Ms. Lee is a vocal advocate of tax cuts and wrote the bill that passed, Mr. Diaz is just as vocal against it.", "the bill that passed", "indirect", "Ms. Lee", "Lee", "wrote"},
		{"a subject after a fronted clause and an aside", "After a backlash from donors, though, Mr. Diaz quickly dropped the plan and moved to emphasize school funding as a priority.", "school funding as a priority", "indirect", "Mr. Diaz", "Diaz", "emphasize"},
		{"a subject after a fronted clause led by shortly", "Shortly after the merger, the founders' families had mobilized, warning that the deal would ruin the firm.", "that the deal would ruin the firm", "indirect", "the founders' families", "", "warning"},
		{"a fronted clause ends before a main clause in the present", "While the mayor said the pier would reopen, she doubts it now.", "the pier would reopen", "indirect", "the mayor", "", "said"},
		{"a headline in title case", "Mayor Ana Ruiz Asked Voters To Back The Pier Plan", "Voters To Back The Pier Plan", "indirect", "Mayor Ana Ruiz", "Ana Ruiz", "Asked"},
		{"a base form after to in a headline", "City Council Votes To Condemn The New Parking Fees", "The New Parking Fees", "indirect", "City Council", "", "Condemn"},
		{"a name that holds a speech word stays a name in a headline", "Iowa State University Study Finds Farm Incomes Are Falling", "Farm Incomes Are Falling", "indirect", "Iowa State University Study", "", "Finds"},
		{"a clause ends at but after a quoted word's comma", "Reid said the two senators are “lightweights,” but he praised one of them.", "the two senators are “lightweights,”", "mixed", "Reid", "Reid", "said"},
		{"a contracted pronoun opens the clause after a setting", "Cruz has said for weeks he’s the only one who can win.", "he’s the only one who can win", "indirect", "Cruz", "Cruz", "said"},
		{"a question word opens the clause after a setting", "The senator can't say with any certainty what she'll do next.", "what she'll do next", "refusal", "The senator", "", "say"},
		{"words after the listener that open a clause are the clause", "He told me they'd be in jail for what she did.", "they'd be in jail for what she did", "indirect", "He", "", "told"},
		{"an adverb after a name ends the sentence's subject", "Mayor Ana Ruiz also joined the debate, announcing that the pier would reopen.", "that the pier would reopen", "indirect", "Mayor Ana Ruiz", "Ana Ruiz", "announcing"},
		{"a verb of mind after and stays in the clause", "The mayor said he was alarmed by the photos and wanted to see the pier himself.", "he was alarmed by the photos and wanted to see the pier himself", "indirect", "The mayor", "", "said"},
		{"an act after and is a new attribution", "The mayor noted that she had released her tax returns and challenged her rival to do the same.", "that she had released her tax returns", "indirect", "The mayor", "", "noted"},
		{"a present-tense verb makes a clause before a relative clause", "Mr. Diaz declared he plans to repeal the parking law, which was passed in 2010.", "he plans to repeal the parking law", "indirect", "Mr. Diaz", "Diaz", "declared"},
		{"a long listener before that", "She told a Wall Street Journal lunch group that her position remains firm.", "that her position remains firm", "indirect", "She", "", "told"},
		{"a who-clause ends before the sentence's own verb", "Mr. Lee, who said he would campaign with her, ultimately did not show up.", "he would campaign with her", "indirect", "who", "Lee", "said"},
		{"a whose-clause after the clause is the writer's", "He wrote that he penned the speech read by Ann Cole, whose son died in the fire.", "that he penned the speech read by Ann Cole", "indirect", "He", "", "wrote"},
		{"suspected that", "Mr. Diaz suspected that the count had been rigged.", "that the count had been rigged", "indirect", "Mr. Diaz", "Diaz", "suspected"},
		{"an elliptical clause of pronoun and auxiliary", "He asked the crowd whether she could stay, and they said she could.", "she could", "indirect", "they", "", "said"},
		{"a participle after an inverted verb opens a clause, not a speaker", "Yet many economists, like their rivals, say taxing fuel encourages saving and investment.", "taxing fuel encourages saving and investment", "indirect", "many economists", "", "say"},
		{"who opens a question after a setting", "The senator would not say for certain who her running mate would be.", "who her running mate would be", "refusal", "The senator", "", "say"},
		{"an inverted attribution with a setting after the name", "Even India has more pull through its films, says political scientist Dana Sayed in Almaty.", "Even India has more pull through its films", "indirect", "political scientist Dana Sayed", "Dana Sayed", "says"},
		{"an inverted name after a clause that ends in a relative clause", "The race will be decided by voters like Ms. Lee, who lives in a swing county, says Tom Hale, a strategist.", "The race will be decided by voters like Ms. Lee, who lives in a swing county", "indirect", "Tom Hale", "Tom Hale", "says"},
		{"a dash after an attribution opens the writer's aside", "Such a move could cost him votes, his allies believe — votes he will need in November.", "Such a move could cost him votes", "indirect", "his allies", "", "believe"},
		{"a present-tense speech verb before a speech noun", "Trump says praise from Putin helps the country.", "praise from Putin helps the country", "indirect", "Trump", "", "says"},
		{"said the same is an answer", "In March, 30 percent backed the plan. Last month, 26 percent said the same.", "the same", "indirect", "26 percent", "", "said"},
		{"says so is an answer", "The rule bars it, and a state court says so.", "so", "indirect", "a state court", "", "says"},
		{"a participle before its noun is no verb", "Ms. Cole leads by roughly 270 pledged delegates, as the season ends.", "", "", "", "", ""},
		{"a which-aside after the speaker", "The poll came after the Daily Post, which originally said it would ignore the race, said it would cover it as news.", "it would cover it as news", "indirect", "the Daily Post", "", "said"},
		{"a sentence adverb before a fronted clause", "Still, while the industry cannot block every post, people who fought other threats say it could do more.", "it could do more", "indirect", "people who fought other threats", "", "say"},
		{"and inside quotation marks is the speaker's", "The mayor lamented the “bickering and name calling” that filled the meeting.", "the “bickering and name calling” that filled the meeting", "mixed", "The mayor", "", "lamented"},
		{"a suspended hyphen is no dash", "Ms. Cole said the plan would use above- and below-ground sensors to find leaks.", "the plan would use above- and below-ground sensors to find leaks", "indirect", "Ms. Cole", "Cole", "said"},
		{"a passive report with its source after by", "The pier deal was first reported by The Harbour Times.", "The pier deal", "indirect", "The Harbour Times", "", "reported"},
		{"a passive stance with its source after by", "The rate rise was hotly criticized by left-leaning economists.", "The rate rise", "indirect", "left-leaning economists", "", "criticized"},
		{"a participle after its noun with its source", "The pier bill, opposed by the unions, never became law.", "The pier bill", "indirect", "the unions", "", "opposed"},
		{"the source's reason stays out of the source", "Mr. Lee has been criticized by his rivals for skipping the debate.", "Mr. Lee", "indirect", "his rivals", "", "criticized"},
		{"a passive stance beside another report", "He dismissed the labels altogether, a sentiment echoed by the crowd.", "the labels altogether", "indirect", "He", "", "dismissed"},
		{"the passive stance beside it", "He dismissed the labels altogether, a sentiment echoed by the crowd.", "a sentiment", "indirect", "the crowd", "", "echoed"},
		{"a relative before a passive is no quote", "Mr. Lee beat Judge Ann Cole, who was backed by the unions.", "", "", "", "", ""},
		{"as first reported by", "The council began selling the bonds this week, as first reported by the Daily Post on Tuesday.", "The council began selling the bonds this week", "indirect", "the Daily Post", "", "reported"},
		{"a passive asked with its question", "In an interview in July, the actress was asked if she had ever faced prejudice.", "if she had ever faced prejudice", "indirect", "", "", "asked"},
	})
}

func TestQuotesStances(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"called for", "Trump called for a ban on new arrivals following the attack.", "a ban on new arrivals", "indirect", "Trump", "", "called for"},
		{"an endorsement is an act, no quote", "The union endorsed Maria Lopez on Tuesday.", "", "", "", "", ""},
		{"a decision with a that-clause reports", "The board decided that the plant should close.", "that the plant should close", "indirect", "The board", "", "decided"},
		{"declined to comment", "A spokeswoman for the ministry declined to comment.", "to comment", "refusal", "A spokeswoman for the ministry", "", "declined"},
		{"declined to be interviewed", "Her lawyer declined to be interviewed.", "to be interviewed", "refusal", "Her lawyer", "", "declined"},
		{"an adverb before the verb of saying", "The company declined to publicly confirm the deal.", "to publicly confirm the deal", "refusal", "The company", "", "declined"},
		{"declined to address", "The warden declined to address whether the guards slept.", "to address whether the guards slept", "refusal", "The warden", "", "declined"},
		{"refused to provide details", "The ministry refused to provide details.", "to provide details", "refusal", "The ministry", "", "refused"},
		{"listener and infinitive", "Party leaders urged him to resign.", "him to resign", "indirect", "Party leaders", "", "urged"},
		{"talked about, then a participle", "Sanders talked about the cost of college, saying it was too high.", "the cost of college", "indirect", "Sanders", "Sanders", "talked about"},
		{"a year ends an object", "Mr. Band disclosed the memo in 2011 to the lawyers of the foundation.", "the memo", "indirect", "Mr. Band", "Band", "disclosed"},
		{"a number after a comma ends an object", "Delegates praised Ana Ruiz, 57 votes to 22, in a show of hands.", "Ana Ruiz", "indirect", "Delegates", "", "praised"},
		{"backing is an act, no quote", "Voters in the county backed Ana Ruiz, 57 percent to 22 percent.", "", "", "", "", ""},
		{"an offer is no quote", "The bank offers a range of plans to new customers.", "", "", "", "", ""},
		{"a vote is no quote", "The council voted for the new budget on Monday.", "", "", "", "", ""},
		{"a ruling with that reports", "The judge ruled that the search was unlawful.", "that the search was unlawful", "indirect", "The judge", "", "ruled"},
		{"maintaining with that reports", "Ana Ruiz has maintained that she did nothing wrong.", "that she did nothing wrong", "indirect", "Ana Ruiz", "Ana Ruiz", "maintained"},
		{"criticized, then a setting", "The senator criticized the budget deal in an interview with CNN.", "the budget deal", "indirect", "The senator", "", "criticized"},
		{"a finding", "The inspector concluded that the records had been kept carelessly.", "that the records had been kept carelessly", "indirect", "The inspector", "", "concluded"},
		{"a view as an object", "Ana Ruiz sees the new plan as a return to the old ways.", "the new plan as a return to the old ways", "indirect", "Ana Ruiz", "Ana Ruiz", "sees"},
		{"according to a long source", "According to a poll from the state university broadcast on local radio, most voters back the levy.", "most voters back the levy", "indirect", "a poll from the state university broadcast", "", "According to"},
		{"a clause after a colon", "The levy has not hurt trade: the port had its best year, according to the harbour board.", "the port had its best year", "indirect", "the harbour board", "", "according to"},
		{"a noun is no verb", "Most state parties release their delegates.", "", "", "", "", ""},
		{"a plural noun is no verb", "His remarks were short and subdued.", "", "", "", "", ""},
		{"that inside the clause", "He said the party will do that.", "the party will do that", "indirect", "He", "", "said"},
		{"participle after a direct quote", "“We listened to the town,” the mayor said, adding that the design “would change a great deal.”", "that the design “would change a great deal.”", "mixed", "the mayor", "", "adding"},
		{"participle ends the clause before it", "Trump has said he would curb critics, vowing to “open up” libel laws.", "to “open up” libel laws", "mixed", "Trump", "", "vowing"},
		{"a setting is no clause", "For his part, Bush tweeted Monday that Trump is a “loser,” a “liar” and a “whiner.”", "that Trump is a “loser,” a “liar” and a “whiner.”", "mixed", "Bush", "", "tweeted"},
		{"that before a setting", "Ana Ruiz said that in one case the council ignored the report.", "that in one case the council ignored the report", "indirect", "Ana Ruiz", "Ana Ruiz", "said"},
		{"and said after another verb", "In an interview, Ana Ruiz doubled down on her comments and said the judge was biased.", "the judge was biased", "indirect", "Ana Ruiz", "Ana Ruiz", "said"},
		{"subject with a relative clause", "Yet some voters who have heard him over the years, on television or at rallies, said he had lost his spark.", "he had lost his spark", "indirect", "some voters", "", "said"},
		{"asked opens a question", "Asked on Monday whether the mayor would run again, Ana Ruiz shook her head and said she would not.", "whether the mayor would run again", "indirect", "", "", "Asked"},
		{"the answer after the question", "Asked on Monday whether the mayor would run again, Ana Ruiz shook her head and said she would not.", "she would not", "indirect", "Ana Ruiz", "Ana Ruiz", "said"},
		{"called with a label", "Former Rep. Jane Harman called it “the least bad option under the circumstances.”", "the least bad option under the circumstances.", "direct", "Former Rep. Jane Harman", "Jane Harman", "called"},
		{"called with a longer label", "Harman called the plan they drafted “the least bad option.”", "the plan they drafted “the least bad option.”", "mixed", "Harman", "Harman", "called"},
		{"question before a direct quote", "Asked whether the campaign had been hard for him, Mr. Daley said: “Of course. He wanted to run.”", "whether the campaign had been hard for him", "indirect", "", "", "Asked"},
		{"about before a number", "McAuliffe has said about 20 people have shown an interest in the seat.", "about 20 people have shown an interest in the seat", "indirect", "McAuliffe", "", "said"},
		{"a participle after a joined subject", "The Times and a local paper filed a motion, arguing that the records were public.", "that the records were public", "indirect", "The Times and a local paper", "", "arguing"},
		{"participle of the sentence's subject", "The mayor closed the pier on Tuesday, citing fears of a storm.", "fears of a storm", "indirect", "The mayor", "", "citing"},
		{"the writer's participle", "“Cleveland will be a train wreck,” Wilkin said, eliciting jeers from the crowd.", "Cleveland will be a train wreck", "direct", "Wilkin", "", "said"},
		{"described as", "The coach described his defence as a “work in progress.”", "his defence as a “work in progress.”", "mixed", "The coach", "", "described"},
		{"progressive is no passive", "The mayor is stressing the need to repair the sea wall.", "the need to repair the sea wall", "indirect", "The mayor", "", "stressing"},
		{"participle after a preposition", "Trump said the ruling kept the country safe before claiming that open borders hurt families.", "that open borders hurt families", "indirect", "Trump", "", "claiming"},
		{"a poll's finding", "In a county poll released last week, 61 percent backed the new levy.", "61 percent backed the new levy", "indirect", "a county poll released last week", "", "In"},
		{"the writer's clause after but", "Rubio said the real extremist was his rival, but he offered no evidence for it.", "the real extremist was his rival", "indirect", "Rubio", "", "said"},
		{"a setting opens no subject", "On Thursday, the senator defended the plan, saying it would create jobs.", "it would create jobs", "indirect", "the senator", "", "saying"},
		{"a second verb with its object ends the object", "The union criticized the merger and ranked the chief among the worst bosses.", "the merger", "indirect", "The union", "", "criticized"},
		{"a second clause ends the object", "The mayor denied the charges and she called them a smear.", "the charges", "indirect", "The mayor", "", "denied"},
		{"wondered whether", "Several delegates wondered whether the rules would hold.", "whether the rules would hold", "indirect", "Several delegates", "", "wondered"},
		{"reminded a listener", "The governor reminded voters that the levy would expire in May.", "that the levy would expire in May", "indirect", "The governor", "", "reminded"},
		{"hinted at", "The coach hinted at a change in the lineup.", "a change in the lineup", "indirect", "The coach", "", "hinted at"},
		{"lashed out at", "The senator lashed out at the ruling in a late-night post.", "the ruling", "indirect", "The senator", "", "lashed out at"},
		{"railed against", "The senator railed against the debate moderators for weeks.", "the debate moderators for weeks", "indirect", "The senator", "", "railed against"},
		{"doubted a clause", "Few economists doubted that rates would rise.", "that rates would rise", "indirect", "Few economists", "", "doubted"},
		{"doubt as a noun", "There is no doubt the levy will pass.", "", "", "", "", ""},
		{"asked a listener to act", "During the service, the pastor asked the congregation to stand for a minute.", "the congregation to stand for a minute", "indirect", "the pastor", "", "asked"},
		{"a weekday setting after the subject", "Two House committees on Monday asked the department to open an inquiry.", "the department to open an inquiry", "indirect", "Two House committees", "", "asked"},
		{"a second verb shares a subject with its party and state", "Sen. Jack Reed (D-R.I.), said that he had not read the plan, but called it a “starting point.”", "it a “starting point.”", "mixed", "Sen. Jack Reed", "Jack Reed", "called"},
		{"an infinitive takes its governing verb's subject", "Mr. Obama appeared before reporters this month to discuss his strategy for the war.", "his strategy for the war", "indirect", "Mr. Obama", "Obama", "discuss"},
		{"an infinitive after there is no attribution", "There is no need to discuss the plan again.", "", "", "", "", ""},
		{"find a thing is no finding", "Young graduates often can't find jobs that pay well.", "", "", "", "", ""},
		{"a poll found", "The April survey found Clinton leading by seven points.", "Clinton leading by seven points", "indirect", "The April survey", "", "found"},
		{"saw a thing is no view", "Campus police saw the tweet and removed the two men.", "", "", "", "", ""},
		{"requested anonymity is no stance", "One former executive, who requested anonymity, described the meetings.", "the meetings", "indirect", "One former executive", "", "described"},
		{"found itself is no finding", "The bank has found itself at the center of the island's debt crisis.", "", "", "", "", ""},
		{"to found is to establish", "Ever since Ana Ruiz helped found the paper in 1996, it has grown every year.", "", "", "", "", ""},
		{"a noun after a noun is no verb", "Bob Hale, a talk show host at the station, said that he noticed the shift.", "that he noticed the shift", "indirect", "Bob Hale", "Bob Hale", "said"},
		{"a base form after a plural is a verb", "Polls in the state show that the race is tight.", "that the race is tight", "indirect", "Polls in the state", "", "show"},
		{"a title after a show is no quote", "The cake was made by Ana Ruiz, star of the reality show “Cake Queen.”", "", "", "", "", ""},
		{"support from its givers", "In the primary, Ms. Cole won strong support from union leaders across the state.", "Ms. Cole", "indirect", "union leaders across the state", "", "support"},
		{"rules as a noun", "And federal rules forbid using campaign money for private travel.", "", "", "", "", ""},
		{"a day between the listener and the infinitive", "Local lawmakers called on the council Wednesday to block the sale of the pier.", "the council Wednesday to block the sale of the pier", "indirect", "Local lawmakers", "", "called on"},
		{"a preposition after an occasion is no infinitive", "Ms. Cole urged a new tactic in a speech to retired teachers in Ohio.", "a new tactic", "indirect", "Ms. Cole", "Cole", "urged"},
		{"a plural noun that is also a verb opens a subject", "The coach did not back down, even as advocates in the town called for his dismissal.", "his dismissal", "indirect", "advocates in the town", "", "called for"},
		{"a role with the name as its appositive", "On radio Tuesday, his wife, Jane Ruiz, called for an open primary.", "an open primary", "indirect", "his wife", "Jane Ruiz", "called for"},
		{"a day between the verb and its preposition", "The mayor called Friday for an inquiry into the fire.", "an inquiry into the fire", "indirect", "The mayor", "", "called"},
	})
}

func TestQuotesSpeakerResolution(t *testing.T) {
	text := "Rotating chairman Ken Hu opened the meeting.\n\n" +
		"Hu said the company would grow. He said profits were up."
	q := Quotes(text)
	if len(q) != 2 {
		t.Fatalf("got %d quotes: %+v", len(q), q)
	}
	for _, x := range q {
		if x.Speaker == nil || x.Speaker.Name != "Ken Hu" {
			t.Errorf("%q: speaker %+v, want Ken Hu", x.Text, x.Speaker)
		}
	}
	q = Quotes("“We are ready,” said rotating chairman Ken Hu.")
	if len(q) != 1 || q[0].Speaker.Title != "rotating chairman" || q[0].Speaker.Name != "Ken Hu" {
		t.Errorf("title before name: %+v", q[0].Speaker)
	}
	q = Quotes("“We will keep investing,” said Huawei's rotating chairman Ken Hu.")
	if len(q) != 1 || q[0].Speaker.Org != "Huawei" || q[0].Speaker.Title != "rotating chairman" || q[0].Speaker.Name != "Ken Hu" {
		t.Errorf("organization before the title: %+v", q[0].Speaker)
	}
	q = Quotes("Hugh Hill, a doctor at St Mary's Hospital, said the ward was full.")
	if len(q) != 1 || q[0].Speaker.Org != "St Mary's Hospital" || q[0].Speaker.Title != "a doctor at St Mary's Hospital" {
		t.Errorf("organization in the appositive: %+v", q[0].Speaker)
	}
	// A title before a name names the office holder the text speaks of;
	// a role in an appositive stands in only when no title does.
	for _, tt := range []struct{ text, want string }{
		{"President Ana Lopes signed the order.\n\n“Growth is slowing,” said Rui Mota, president of the central bank.\n\nThe president said the tariffs would stay.", "Ana Lopes"},
		{"Governor Tom Reyes spoke first.\n\nDana Holt, governor of the reserve board, said rates would hold.\n\nThe governor said the budget was balanced.", "Tom Reyes"},
		{"“We will strike,” said Jane Doe, president of the teachers' union.\n\nThe president said talks would resume on Monday.", "Jane Doe"},
	} {
		qs := Quotes(tt.text)
		if len(qs) == 0 || qs[len(qs)-1].Speaker == nil || qs[len(qs)-1].Speaker.Name != tt.want {
			t.Errorf("%q: last speaker %+v, want %s", tt.text, qs, tt.want)
		}
	}
	// A dateline is a place: the pronoun after it finds no one.
	for _, text := range []string{
		"DES MOINES, Iowa — Voters packed the hall. “We came for answers,” she said.",
		"SAN JUAN, Puerto Rico (AP) — Crews worked all night. “The lights are back,” he said.",
		"BUENOS AIRES — Fans lined the streets. “We waited hours,” she said.",
	} {
		if q := Quotes(text); len(q) != 1 || q[0].Speaker == nil || q[0].Speaker.Name != "" {
			t.Errorf("%q: speaker %+v, want a pronoun without a name", text, q)
		}
	}
	q = Quotes("Its leader, Ana Ruiz, said the vote was a betrayal.")
	if len(q) != 1 || q[0].Speaker.Name != "Ana Ruiz" || q[0].Speaker.Title != "leader" {
		t.Errorf("name in the appositive: %+v", q[0].Speaker)
	}
}

func TestArticleQuotesBlockQuote(t *testing.T) {
	page := `<article><p>The minister wrote in a letter to the council:</p>
<blockquote><p>The funding will not be renewed after March.</p></blockquote>
<p>The council has asked for a meeting.</p></article>`
	a, err := Parse(strings.NewReader(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	q := a.Quotes()
	if len(q) == 0 || q[0].Text != "The funding will not be renewed after March." || q[0].Speaker == nil || q[0].Speaker.Text != "The minister" {
		t.Fatalf("block quote: %+v", q)
	}
}

// TestArticleQuotesLanguage: the English quote finder reads English and
// unlabelled articles, and leaves others alone.
func TestArticleQuotesLanguage(t *testing.T) {
	tests := []struct {
		lang, para string
		want       int
	}{
		{"en-GB", `“We will rebuild the pier,” the mayor said on Wednesday evening.`, 1},
		{"", `“We will rebuild the pier,” the mayor said on Wednesday evening.`, 1},
		{"de", `Der Bürgermeister sagte: „Wir bauen den Anleger neu auf.“`, 0},
		{"fr", `« Nous reconstruirons le quai », a déclaré le maire mercredi soir.`, 0},
		{"es-MX", `“Reconstruiremos el muelle”, dijo el alcalde el miércoles.`, 0},
	}
	for _, tt := range tests {
		page := `<html lang="` + tt.lang + `"><article><p>` + tt.para + `</p></article></html>`
		a, err := Parse(strings.NewReader(page), nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(a.Quotes()); got != tt.want {
			t.Errorf("lang %q: %d quotes, want %d", tt.lang, got, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	text := "Mr. Hu met Sen. Warren in the U.S. Capitol on Jan. 5. They talked. " +
		"John F. Kennedy was named. Is it 3.5 percent? Yes!\nA new line starts here. " +
		"Web pages put\u00a0no-break spaces after a period.\u00a0Like here. " +
		"It ran on Politico.com. The race was close at 10 p.m. on Tuesday. " +
		"It was first reported by ouest-france.fr. They had been away. " +
		"He spared his rivals, particularly Govs. Ana Ruiz and Tom Hale."
	var got []string
	for _, s := range sentences(text) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{
		"Mr. Hu met Sen. Warren in the U.S. Capitol on Jan. 5.",
		"They talked.",
		"John F. Kennedy was named.",
		"Is it 3.5 percent?",
		"Yes!",
		"A new line starts here.",
		"Web pages put\u00a0no-break spaces after a period.",
		"Like here.",
		"It ran on Politico.com.",
		"The race was close at 10 p.m. on Tuesday.",
		"It was first reported by ouest-france.fr.",
		"They had been away.",
		"He spared his rivals, particularly Govs. Ana Ruiz and Tom Hale.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sentences (-want +got):\n%s", diff)
	}
}

func FuzzQuotes(f *testing.F) {
	for _, s := range []string{
		"", "“", "”", "\"", "''", "“a,” he said, “b.”", "“x\n\n“y", "According to", ", said",
		"A said: “", "He said that.", "«»„“‹›", "''''''", "“We won,” said",
		"“\n“?", // a quote that ends between paragraphs
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkQuoteOffsets(t, text, Quotes(text))
	})
}

func BenchmarkQuotes(b *testing.B) {
	text := articleText(b, "testdata/quotes/*.txt")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Quotes(text)
	}
}

// BenchmarkQuotesNews runs Quotes on the news-style articles of
// testdata/quotes/news, one call per article as a caller would.
func BenchmarkQuotesNews(b *testing.B) {
	texts := loadFiles(b, "testdata/quotes/news/*.txt", false)
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Quotes(string(t))
		}
	}
}

// BenchmarkQuotes4MB runs Quotes on 4 MB of news-style text in one call:
// its MB/s beside BenchmarkQuotesNews shows whether the work is linear.
func BenchmarkQuotes4MB(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 4<<20 {
		for _, t := range loadFiles(b, "testdata/quotes/news/*.txt", false) {
			sb.Write(t)
			sb.WriteString("\n\n")
		}
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Quotes(text)
	}
}

// TestQuotesArePlainValues checks that quotes can be compared with go-cmp
// and reflect, and survive a JSON round trip, parts included.
func TestQuotesArePlainValues(t *testing.T) {
	text := "“We will rebuild,” said Mayor Ana Ruiz, “and we will start this year.”\n\n" +
		"Councillor Tom Reyes said the plan was too costly."
	quotes := Quotes(text)
	if len(quotes) != 2 || len(quotes[0].Parts) != 2 {
		t.Fatalf("Quotes = %+v; want a split quote and a reported one", quotes)
	}
	b, err := json.Marshal(quotes)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"parts":[[3,18],[47,75]]`) {
		t.Errorf("JSON parts are not [start, end] pairs: %s", b)
	}
	var back []Quote
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(quotes, back); diff != "" {
		t.Errorf("JSON round trip (-before +after):\n%s", diff)
	}
	built := Quote{
		Text:    "We will rebuild and we will start this year.",
		Span:    Span{3, 75},
		Parts:   []Span{{3, 18}, {47, 75}},
		Type:    QuoteDirect,
		Cue:     "said",
		Speaker: &Speaker{Text: "Mayor Ana Ruiz", Span: Span{28, 42}, Name: "Ana Ruiz", Title: "Mayor"},
	}
	if !reflect.DeepEqual(built, quotes[0]) {
		t.Errorf("Quotes[0] = %+v, want %+v", quotes[0], built)
	}
	for _, p := range quotes[0].Parts {
		if p.In(text) == "" {
			t.Errorf("part %v is not in the text", p)
		}
	}
}

// TestArticleQuotesTitledBox reads a block quotation under a box title
// ("Summary", "Key takeaways") as the page's own words, and one under a
// source's name as a quote.
func TestArticleQuotesTitledBox(t *testing.T) {
	for _, tt := range []struct {
		title string
		quote bool
	}{
		{"Summary", false},
		{"Key takeaways", false},
		{"The bottom line", false},
		{"Editor's note", false},
		{"The Verge", true},
	} {
		page := `<article><p>Skinfold calipers measure the fat under the skin at several sites of the body.</p>
<h3>` + tt.title + `</h3>
<blockquote><p>Estimating body fat with calipers is cheap, but the result depends on the skill of the tester.</p></blockquote>
<p>Body shape varies from person to person.</p></article>`
		a, err := Parse(strings.NewReader(page), nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(a.Quotes()) > 0; got != tt.quote {
			t.Errorf("under %q: quotes %+v, want a quote: %v", tt.title, a.Quotes(), tt.quote)
		}
	}
}

// TestNamedSpeakerAsksYou keeps a named character's or person's request
// to "you" as reported speech, and a text or tool speaking to its reader
// as none.
func TestNamedSpeakerAsksYou(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a character", "Penny asks you to try a recipe she found.", "you to try a recipe she found", "indirect", "Penny", "Penny", "asks"},
		{"a company", "Google asks you to sign in before you can post.", "you to sign in", "indirect", "Google", "", "asks"},
		{"a guide", "This guide tells you how to set up the printer.", "", "", "", "", ""},
		{"a measure", "Body fat percentage tells you how much of your weight is fat.", "", "", "", "", ""},
		{"the writer", "Before we start, I’ve got to warn you about something important.", "", "", "", "", ""},
	})
}

// TestClauseIsNoInvertedSpeaker reads the words after "said" that end in
// a past tense as a clause, not as a speaker after the verb: in "Ann
// Lee, author of ‘Salt Roads’, said the prize mattered", the quoted title
// is no quote.
func TestClauseIsNoInvertedSpeaker(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a single-quoted title", "Poet Ann Lee, author of ‘Salt Roads’, said the prize mattered.", "the prize mattered", "indirect", "Poet Ann Lee", "Ann Lee", "said"},
		{"a double-quoted title", "Critic Jo Marsh, author of “Still Waters,” said the show failed.", "the show failed", "indirect", "Critic Jo Marsh", "Jo Marsh", "said"},
		{"an adjective before its noun", "“We will win,” said the embattled mayor.", "We will win", "direct", "the embattled mayor", "", "said"},
		{"a participle before its preposition", "“We will win,” said one official involved in the talks.", "We will win", "direct", "one official involved", "", "said"},
	})
}

// TestParticipleIntroducesASecondQuote keeps apart the two quotes around
// "she said, adding, “…”": the participle of speech right before the
// second one is its own cue. A participle with words of its own, or one
// that ends its sentence, leaves the next quote the first one's next part.
func TestParticipleIntroducesASecondQuote(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"adding comma", "“The pier is safe,” Mayor Ann Lee said, adding, “We checked every beam.”", "We checked every beam.", "direct", "Mayor Ann Lee", "Ann Lee", "adding"},
		{"adding comma first part", "“The pier is safe,” Mayor Ann Lee said, adding, “We checked every beam.”", "The pier is safe", "direct", "Mayor Ann Lee", "Ann Lee", "said"},
		{"noting", "“Fares will rise,” the minister told MPs, noting, “Fuel costs have doubled.”", "Fuel costs have doubled.", "direct", "the minister", "", "noting"},
		{"adding colon", "“We lost,” Coach Dana Holt said, adding: “We will be back next year.”", "We will be back next year.", "direct", "Coach Dana Holt", "Dana Holt", "said"},
		{"a participle with words of its own", "“Prices are too high,” Ruiz said, arguing that wages lag. “People feel it.”", "Prices are too high People feel it.", "direct", "Ruiz", "", "said"},
		{"a participle that ends its sentence", "“Our method works,” the pollster said, smiling. “We are faster.”", "Our method works We are faster.", "direct", "the pollster", "", "said"},
	})
}

// TestOpeningSettingIsNoContent keeps the participle phrase that sets
// the scene of an attribution ("Speaking to reporters, the mayor
// agreed.") out of the quotes, while a gerund that is a clause's subject
// still opens reported speech.
func TestOpeningSettingIsNoContent(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"speaking to", "Speaking to reporters on Monday, the mayor agreed.", "", "", "", "", ""},
		{"turning to", "Turning to the budget, the minister said.", "", "", "", "", ""},
		{"weighing in on", "Weighing in on the debate, Senator Ann Lee agreed.", "", "", "", "", ""},
		{"looking ahead", "Looking ahead to next season, the coach said.", "", "", "", "", ""},
		{"a gerund subject", "Cutting the budget hurts schools, the mayor said.", "Cutting the budget hurts schools", "indirect", "the mayor", "", "said"},
		{"a gerund with a modal", "Raising taxes now would be a mistake, the minister said.", "Raising taxes now would be a mistake", "indirect", "the minister", "", "said"},
	})
}

// TestSpeechParticipleAfterAnInvertedSource ends the clause before "…,
// Nefzi said," at the attribution when a participle of speech follows:
// what the participle opens is a statement of its own, not the clause's
// second part.
func TestSpeechParticipleAfterAnInvertedSource(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"adding that", "The imam left early that night, Nefzi said, adding that he rarely stayed.", "The imam left early that night", "indirect", "Nefzi", "", "said"},
		{"adding that, own quote", "The imam left early that night, Nefzi said, adding that he rarely stayed.", "that he rarely stayed", "indirect", "Nefzi", "", "adding"},
		{"noting, a direct quote", "The ferry will run again in May, the operator said, noting, “Repairs are almost done.”", "Repairs are almost done.", "direct", "the operator", "", "noting"},
		{"noting, the clause before", "The ferry will run again in May, the operator said, noting, “Repairs are almost done.”", "The ferry will run again in May", "indirect", "the operator", "", "said"},
		{"a clause split by the attribution", "If the law changes, Rubio said, churches must obey it.", "If the law changes churches must obey it", "indirect", "Rubio", "", "said"},
	})
}

// TestSpeechInsideAQuoteIsPartOfIt keeps what a speaker reports inside
// their own quote, up to its closing mark, out of the quotes, so that its
// source never becomes the speaker of the quotes that follow.
func TestSpeechInsideAQuoteIsPartOfIt(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // the quotes' texts and speakers, "text | speaker"
	}{
		{"asked, at the closing mark",
			"“I will read a book today. Gunther asked me to say hi.”\n\n“I love the artifacts you found.”",
			[]string{"I will read a book today. Gunther asked me to say hi. | ", "I love the artifacts you found. | "}},
		{"told, with a nested quote",
			"“It was so peaceful. My father told me ‘never come back,’ and I did.”\n\n“Now I sleep well.”",
			[]string{"It was so peaceful. My father told me ‘never come back,’ and I did. | ", "Now I sleep well. | "}},
		{"said, before an attributed quote",
			"“We waited for hours. The mayor said the water was safe.”\n\n“It was not,” Ruth Adeyemi said.",
			[]string{"We waited for hours. The mayor said the water was safe. | ", "It was not | Ruth Adeyemi"}},
		{"reported speech after a quote stays",
			"“We waited for hours,” Ruth Adeyemi said. The mayor said the water was safe.",
			[]string{"We waited for hours | Ruth Adeyemi", "the water was safe | The mayor"}},
	}
	for _, tt := range cases {
		if diff := cmp.Diff(tt.want, quoteTexts(tt.text, true)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestRoleMentionNamesItsHolder resolves "the ROLE" speakers, with
// their modifiers, to the person the text gave that role in an
// appositive or a title before the name; a modifier the role was not
// given with, or one that changes the office ("former", "vice"), keeps
// them apart.
func TestRoleMentionNamesItsHolder(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"appositive with modifiers", "Chris Grayling, the Conservative MP for Epsom, spoke first. The Conservative MP said the line would reopen.", "the line would reopen", "indirect", "The Conservative MP", "Chris Grayling", "said"},
		{"appositive without article", "Ann Lee, spokeswoman for the harbour board, took questions. The spokeswoman said repairs would start in May.", "repairs would start in May", "indirect", "The spokeswoman", "Ann Lee", "said"},
		{"title with modifiers", "Former UN Ambassador John Bolton spoke on the radio. The former ambassador said the talks had failed.", "the talks had failed", "indirect", "The former ambassador", "John Bolton", "said"},
		{"a role of something", "Maria Okafor, the secretary of state, flew in on Sunday. The secretary of state said the border would stay open.", "the border would stay open", "indirect", "The secretary of state", "Maria Okafor", "said"},
		{"an age is no modifier", "Senator Claire Dunn spoke at the rally. The 63-year-old senator said she would run again.", "she would run again", "indirect", "The 63-year-old senator", "Claire Dunn", "said"},
		{"a former holder is not the holder", "Gary Emineth, a former state party chairman, became a delegate. The party chairman said the vote was fair.", "the vote was fair", "indirect", "The party chairman", "", "said"},
		{"another modifier", "Tim Kaine, the Democratic vice presidential nominee, spoke first. The Republican nominee said the debate was rigged.", "the debate was rigged", "indirect", "The Republican nominee", "", "said"},
		{"a modifier is a whole word", "Ana Ruiz, the neoconservative candidate, spoke first. The Conservative candidate said the count was wrong.", "the count was wrong", "indirect", "The Conservative candidate", "", "said"},
		{"a modifier the role was not given with", "Ana Ruiz, the Labour candidate, spoke first. The Green candidate said the count was wrong.", "the count was wrong", "indirect", "The Green candidate", "", "said"},
		{"an adviser to the campaign is not the campaign", "Mary Moore, an adviser to the campaign, spoke. The campaign said the tour would go on.", "the tour would go on", "indirect", "The campaign", "", "said"},
	})
}

// TestQuoteInsideASentenceKeepsItsSentence leaves a quote that stands
// inside the writer's sentence (its end, not its start) to that sentence:
// the attribution of the next sentence, which introduces a quote of its
// own, does not claim it.
func TestQuoteInsideASentenceKeepsItsSentence(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"says, then adds", "She says the plan is the “same rigged system as before.” She adds, “Who pays for it?”", "Who pays for it?", "direct", "She", "", "adds"},
		{"says, the mixed quote", "She says the plan is the “same rigged system as before.” She adds, “Who pays for it?”", "the plan is the “same rigged system as before.”", "mixed", "She", "", "says"},
		{"said that, then added", "Reid said that the campaign has energized \"a lot of young voters.\" He added, \"I am impressed.\"", "I am impressed.", "direct", "He", "Reid", "added"},
		{"a writer's quote, then a speaker", "The council called the plan “a disgrace to the town.” Mayor Ann Lee said, “We will fight it.”", "We will fight it.", "direct", "Mayor Ann Lee", "Ann Lee", "said"},
		{"a quote that opens its sentence still takes the next one", "“We are ready.” Lee said, pointing at the hall.", "We are ready.", "direct", "Lee", "Lee", "said"},
	})
}

// TestOpeningAdverbIsNoName keeps a sentence adverb that opens the
// sentence without its comma out of the speaker and the name; adverbs of
// degree, adjectives in -ly and given names stay.
func TestOpeningAdverbIsNoName(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"interestingly", "Christoph Blocher founded the party. Interestingly Blocher said the vote was fair.", "the vote was fair", "indirect", "Blocher", "Christoph Blocher", "said"},
		{"notably", "Notably Ann Lee said the vote was fair.", "the vote was fair", "indirect", "Ann Lee", "Ann Lee", "said"},
		{"reportedly", "Reportedly the mayor said the vote was fair.", "the vote was fair", "indirect", "the mayor", "", "said"},
		{"surprisingly", "Surprisingly Dana Holt agreed that the vote was fair.", "that the vote was fair", "indirect", "Dana Holt", "Dana Holt", "agreed"},
		{"an adverb of degree stays", "Nearly eight in 10 voters said the vote was fair.", "the vote was fair", "indirect", "Nearly eight in 10 voters", "", "said"},
		{"an adjective in -ly stays", "Likely Republican nominee Donald Trump said the vote was fair.", "the vote was fair", "indirect", "Likely Republican nominee Donald Trump", "Donald Trump", "said"},
		{"a given name in -ly stays", "Kelly Ayotte said the vote was fair.", "the vote was fair", "indirect", "Kelly Ayotte", "Kelly Ayotte", "said"},
	})
}

// TestHeadlineRubricIsNoSource reads the rubric before a headline's colon
// ("The Latest:", "Revealed:", "Explainer:") as no source, while a name or
// a noun phrase there still is one.
func TestHeadlineRubricIsNoSource(t *testing.T) {
	body := "\n\nThe council met on Monday."
	runQuoteCases(t, []quoteCase{
		{"the latest", "The Latest: Storm closes the coast road." + body, "", "", "", "", ""},
		{"revealed", "Revealed: The hidden cost of the new stadium." + body, "", "", "", "", ""},
		{"explainer", "Explainer: Why the ferry fares went up." + body, "", "", "", "", ""},
		{"confirmed", "Confirmed: Mayor to step down in June." + body, "", "", "", "", ""},
		{"a name stays", "Gingrich: Trump must pick a running mate soon." + body, "Trump must pick a running mate soon.", "indirect", "Gingrich", "", ":"},
		{"a noun phrase stays", "Poll: Most voters want a new bridge." + body, "Most voters want a new bridge.", "indirect", "Poll", "", ":"},
	})
}

// TestRespondToIsNoQuote reads "responded to X" as what was answered, not
// the answer: no quote, unless the answer is refused ("did not respond to
// requests for comment") or X holds someone's quoted words.
func TestRespondToIsNoQuote(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a request", "Zucker responded to Trump's request for a donation.", "", "", "", "", ""},
		{"polls", "People are responding to the latest polls on social media.", "", "", "", "", ""},
		{"an event", "City officials responded to the flooding with sandbags and pumps.", "", "", "", "", ""},
		{"a refusal stays", "The campaign did not respond to requests for comment.", "requests for comment", "refusal", "The campaign", "", "respond to"},
		{"quoted words stay", "Sanders responded to accusations that his backers were \"profane.\"", "accusations that his backers were \"profane.\"", "mixed", "Sanders", "Sanders", "responded to"},
		{"a clause stays", "Lee responded that the plan was fair.", "that the plan was fair", "indirect", "Lee", "Lee", "responded"},
	})
}

// TestStateAsANoun reads a form that may be a noun ("state", "note") as
// the noun that modifies the word after it when that is a title or a
// lower-case word that opens no clause; "that", a preposition or a quote
// after it leave it the verb.
func TestStateAsANoun(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"before a title", "Speakers included Illinois state Rep. Carol Ammons and Colorado state Rep. Joe Salazar.", "", "", "", "", ""},
		{"before an adjective", "Democrats would need to win back GOP-dominated state legislative chambers to redraw districts.", "", "", "", "", ""},
		{"before a noun", "Conservatives north of the Georgia state line have felt unsettled since April.", "", "", "", "", ""},
		{"a verb before that", "Officials state that the bridge is safe.", "that the bridge is safe", "indirect", "Officials", "", "state"},
		{"a verb before a setting", "\"The kingdom fights terror on all fronts,\" the Saudis state in the white paper.", "The kingdom fights terror on all fronts", "direct", "the Saudis", "", "state"},
	})
}

// TestSingleMarksSetOffSubheads reads an unattributed run in single marks
// as a subhead, title or scare quote in a text that writes its quotes in
// double marks; in a text that quotes in single marks (British style) it
// is still speech.
func TestSingleMarksSetOffSubheads(t *testing.T) {
	double := "“We start on Monday,” said Ana Ruiz. “The crews are ready.”\n\n“It will take a year,” Ruiz added.\n\n“We know the costs,” said Tom Reyes, the treasurer.\n\n"
	cases := []struct{ name, text, subhead string }{
		{"a subhead in straight marks", double + "'A really tough decision.'\n\nThe council voted on Tuesday.", "A really tough decision."},
		{"a pull quote in curly marks", double + "‘It is impossible to overstate the size of this ruling.’\n\nLawyers were surprised.", "It is impossible to overstate the size of this ruling."},
		{"a question as a subhead", double + "'Why now, and why here?'\n\nThe answer came in May.", "Why now, and why here?"},
	}
	for _, tt := range cases {
		for _, q := range Quotes(tt.text) {
			if q.Text == tt.subhead {
				t.Errorf("%s: the subhead %q is a quote", tt.name, q.Text)
			}
		}
	}
	british := "'We start on Monday,' said Ana Ruiz. 'The crews are ready.'\n\n'It will take a year,' Ruiz added.\n\n'We know the costs, and we have the money for them.'"
	found := false
	for _, q := range Quotes(british) {
		found = found || strings.HasSuffix(q.Text, "\n\nWe know the costs, and we have the money for them.")
	}
	if !found {
		t.Errorf("British style: a paragraph of speech in single marks is no quote: %+v", Quotes(british))
	}
}

// TestTopicLabelIsNoSpeaker reads a label that opens with a preposition
// ("Of Clinton:", "On Trump:") as the topic of the quote after it, whose
// speaker is the one quoted before; a name label stays a speaker.
func TestTopicLabelIsNoSpeaker(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"of", "\"I do not trust the system,\" she says. Of Clinton: \"I just do not believe a word she says.\"", "I just do not believe a word she says.", "direct", "she", "", ""},
		{"on", "Ana Ruiz spoke last. \"We are ready,\" she said. On Trump: \"He is not ready for this job at all.\"", "He is not ready for this job at all.", "direct", "she", "Ana Ruiz", ""},
		{"about", "\"We miss him,\" said Tom Reyes. About Lee: \"He was a good man and a friend to all of us.\"", "He was a good man and a friend to all of us.", "direct", "Tom Reyes", "Tom Reyes", ""},
		{"a name label stays", "WALLACE: Let us start with the debate tonight.", "Let us start with the debate tonight.", "indirect", "WALLACE", "WALLACE", ":"},
	})
}

// TestQuoteInAParticiplesClause keeps a quote that the clause of a
// participle of speech runs into (“…,” he said, noting that the players
// “…”) out of the first quote: it is part of that clause. After the
// clause's full stop, the next quote goes on with the first.
func TestQuoteInAParticiplesClause(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"saying that", "\"I do not know why I get this scrutiny,\" the candidate told CBS, saying that people -- unnamed -- \"are very threatened\" by him.",
			[]string{"I do not know why I get this scrutiny", "that people -- unnamed -- \"are very threatened\" by him"}},
		{"arguing that, after a dash", "\"The plan is weak,\" Ruiz said, arguing that the budget -- in her words -- \"will not survive the winter.\"",
			[]string{"The plan is weak", "that the budget -- in her words -- \"will not survive the winter.\""}},
		{"noting that, after a parenthesis", "\"Turnout was high,\" the clerk said, noting that voters (most of them young) \"wanted change this time.\"",
			[]string{"Turnout was high", "that voters (most of them young) \"wanted change this time.\""}},
		{"noting that", "\"We lost,\" the coach said Monday, noting that the players \"gave everything they had.\"",
			[]string{"We lost", "that the players \"gave everything they had.\""}},
		{"warning that", "\"Rates will rise,\" the bank said, warning that borrowers \"will feel it soon.\"",
			[]string{"Rates will rise", "will feel it soon."}},
		{"a new sentence after the clause", "\"Hillary cannot lead them like this,\" Jealous said, suggesting that a bolder platform could help her. \"We have a rival who runs to her left.\"",
			[]string{"Hillary cannot lead them like this We have a rival who runs to her left.", "that a bolder platform could help her"}},
	}
	for _, tt := range cases {
		if diff := cmp.Diff(tt.want, quoteTexts(tt.text, false)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestPerNamesASource reads "per X" after a comma or opening the
// sentence as "according to X", but not the "per" of rates, nor the
// interpreter after a speech verb.
func TestPerNamesASource(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"after the clause", "Warren leads among state legislators in New Hampshire, per a list compiled by Boris Shor.", "Warren leads among state legislators in New Hampshire", "indirect", "a list compiled by Boris Shor", "", "per"},
		{"opening the sentence", "Per the police report, the car crossed the center line at 60 mph.", "the car crossed the center line at 60 mph", "indirect", "the police report", "", "Per"},
		{"a name", "The campaign spent $2 million in the state, per Iowa Starting Line.", "The campaign spent $2 million in the state", "indirect", "Iowa Starting Line", "Iowa Starting Line", "per"},
		{"as per", "The plant may produce 40 tons a day, as per the permit.", "The plant may produce 40 tons a day", "indirect", "the permit", "", "per"},
		{"a rate", "Tickets cost $5 per person and $20 per family.", "", "", "", "", ""},
		{"per capita and per cent", "Income per capita rose 3 per cent last year.", "", "", "", "", ""},
	})
}

// TestImpersonalItIsTheWriter reads the writer's impersonal "it" ("it's
// worth noting", "it bears repeating", "it should be noted") as no
// source, while an "it" that stands for a company still speaks.
func TestImpersonalItIsTheWriter(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"worth, with a colon", "But it's worth emphasizing: most parts of the coalition have been unable to agree.", "", "", "", "", ""},
		{"worth, with that", "It is worth noting that the bridge reopened in May.", "", "", "", "", ""},
		{"bears", "It bears repeating that the vote was close.", "", "", "", "", ""},
		{"a passive", "It should be noted that the bridge reopened.", "", "", "", "", ""},
		{"a company's it", "The company said it would appeal. It said the ruling was wrong.", "the ruling was wrong", "indirect", "It", "", "said"},
	})
}

// TestUnresolvedRoleIsNoName leaves the name of a role mention that no
// earlier holder fits empty, rather than making a name of its
// capitalized words ("Conservative MP", "Utah Republican").
func TestUnresolvedRoleIsNoName(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"an MP", "Speaking in the Commons, the Conservative MP said: \"It does not need to be like this.\"", "It does not need to be like this.", "direct", "the Conservative MP", "", "said"},
		{"a party and a state", "The crowd cheered when the Utah Republican said the inquiry would go on.", "the inquiry would go on", "indirect", "the Utah Republican", "", "said"},
		{"a former governor", "In the debate, the former Florida governor said the plan would fail.", "the plan would fail", "indirect", "the former Florida governor", "", "said"},
		{"a name after a title stays", "The Rev. Al Sharpton said the march would go on.", "the march would go on", "indirect", "The Rev. Al Sharpton", "Al Sharpton", "said"},
		{"a holder named before", "Mayor Ann Lee opened the pier. The mayor said the beams were sound.", "the beams were sound", "indirect", "The mayor", "Ann Lee", "said"},
	})
}

// TestQuotesClosedByAnOpeningMark reads a “ in closing place, after a
// word or its punctuation and before no word, as the closing mark that
// careless copy writes it for.
func TestQuotesClosedByAnOpeningMark(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"before the verb", "“It is unusual,“ said Larry Noble, an attorney.", "It is unusual", "direct", "Larry Noble", "Larry Noble", "said"},
		{"before the speaker", "“We will win this seat,“ Ms Okafor told reporters.", "We will win this seat", "direct", "Ms Okafor", "Okafor", "told"},
		{"after a dash", "He promised: “I am going to do very well with them —.“", "I am going to do very well with them —.", "direct", "He", "", "promised"},
		{"an opening mark after a space still opens", "“First part. “Second part,” she said.", "First part. “Second part", "direct", "she", "", "said"},
	})
}

// TestReportBeforeAQuotesAttribution keeps the reported speech that
// opens a sentence whose later clause attributes a direct quote: the
// attribution takes the words from its subject on, not the whole
// sentence before the quote.
func TestReportBeforeAQuotesAttribution(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // the quotes' texts and speakers, "text | speaker"
	}{
		{"and when asked, he said",
			"He said he had not seen the clash in Dayton, and when asked whether he condoned it, he said, “I hope not.”",
			[]string{"he had not seen the clash in Dayton | He", "I hope not. | he"}},
		{"and when pressed, she said",
			"Ms. Osei said the plan was sound, and when pressed on its cost, she said: “We will find the money.”",
			[]string{"the plan was sound | Ms. Osei", "We will find the money. | she"}},
		{"but he added, with a colon",
			"The mayor said the bridge would reopen in May, but he added: “Nobody should hold me to that.”",
			[]string{"the bridge would reopen in May | The mayor", "Nobody should hold me to that. | he"}},
		{"and she warned, a colon after a coordinator alone",
			"The bridge will reopen in May, and she warned: “Nobody should hold me to that.”",
			[]string{"Nobody should hold me to that. | she"}},
		{"told, then a second speaker",
			"Officials told residents the water was safe, but Dr. Lena Marsh said, “Boil it first.”",
			[]string{"the water was safe | Officials", "Boil it first. | Dr. Lena Marsh"}},
		{"no report before: the setting stays in the attribution",
			"In a speech in Leeds on Friday, the minister said: “We will not back down.”",
			[]string{"We will not back down. | the minister"}},
		{"a relative clause of speech inside the subject",
			"Trump, who has told aides he sees it so, said: “It is a rigged system.”",
			[]string{"It is a rigged system. | Trump"}},
	}
	for _, tt := range cases {
		if diff := cmp.Diff(tt.want, quoteTexts(tt.text, true)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestSpeechVerbInAReducedPassiveClause reads a participle of speech
// right after "when", "if", "unless" or "though" as a passive clause
// without its subject ("when asked whether …"): the one asked is the
// subject of the sentence, and the asker is unnamed, so it reports no
// one. A reported clause before it ends at the coordinator that joins it.
func TestSpeechVerbInAReducedPassiveClause(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"when pressed, between commas",
			"The minister, when pressed on whether taxes would rise, said the budget was balanced.",
			[]string{"the budget was balanced | The minister"}},
		{"if asked, opening",
			"If asked about the merger, the company will say it has no comment on rumours.",
			[]string{"it has no comment on rumours | the company"}},
		{"unless told otherwise",
			"Unless told otherwise by the court, the agency says it will release the files in June.",
			[]string{"it will release the files in June | the agency"}},
		{"once is an adverb",
			"Clinton, who once praised the trade pact, said she would now block it.",
			[]string{"the trade pact | who", "she would now block it | Clinton"}},
		{"and, when asked, after a report",
			"She said the plan was sound and, when asked whether it would cost more, smiled.",
			[]string{"the plan was sound | She"}},
		{", and when asked, after a report",
			"The union said talks had stalled, and when asked whether a strike was near, its leader smiled.",
			[]string{"talks had stalled | The union"}},
		{", and if asked, after a report",
			"Ms. Adeyemi said the clinic would stay open, and if asked whether it could cope, she nodded.",
			[]string{"the clinic would stay open | Ms. Adeyemi"}},
		{"though when asked, after a report",
			"He wrote that the vote was fair, though when asked how he knew, he laughed.",
			[]string{"that the vote was fair | He"}},
		{"when with a subject is active",
			"When she asked whether the plant would close, the manager said it would stay open.",
			[]string{"whether the plant would close | she", "it would stay open | the manager"}},
	}
	for _, tt := range cases {
		if diff := cmp.Diff(tt.want, quoteTexts(tt.text, true)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestDenyThatWithholds reads "deny" with two objects as withholding
// ("denied him entry"), which reports no words, and "deny" with a claim
// or a clause as disputing it, which does.
func TestDenyThatWithholds(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a name, then what is withheld", "Her allies can deny Tom Reyes the nomination.", "", "", "", "", ""},
		{"a pronoun", "The guards denied him entry.", "", "", "", "", ""},
		{"a determiner's phrase", "The council denied the club a licence.", "", "", "", "", ""},
		{"a pronoun and a preposition after", "Officials denied them access to the site.", "", "", "", "", ""},
		{"the claims disputed", "The minister denied the allegations.", "the allegations", "indirect", "The minister", "", "denied"},
		{"a claim with a preposition", "She denied the claims of the union.", "the claims of the union", "indirect", "She", "", "denied"},
		{"a possessive's phrase", "They denied their involvement in the scheme.", "their involvement in the scheme", "indirect", "They", "", "denied"},
		{"a clause", "He denied he was there that night.", "he was there that night", "indirect", "He", "", "denied"},
	})
}

// TestQuotedObjectEndsBeforeAWritersClause ends a report whose content is
// an object with quoted words ("called inversions “unpatriotic,”") at
// the closing mark when ", and" opens a clause with its own subject: that
// clause is the writer's. A reported clause goes on past it ("said
// Sanders has been “…,” and Democrats would …").
func TestQuotedObjectEndsBeforeAWritersClause(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"called, a perfect", "President Obama has called inversions “unpatriotic,” and the Treasury has moved to curb them.", "inversions “unpatriotic,”", "mixed", "President Obama", "Obama", "called"},
		{"called, a past", "She called the plan “reckless,” and her party dropped it a week later.", "the plan “reckless,”", "mixed", "She", "", "called"},
		{"described as", "He described the deal as “a disaster,” and his aides have echoed him since.", "the deal as “a disaster,”", "mixed", "He", "", "described"},
		{"a reported clause goes on", "He said the senator has been “a vital ally,” and Democrats would need her in the fall.", "the senator has been “a vital ally,” and Democrats would need her in the fall", "mixed", "He", "", "said"},
		{"a second verb shares the subject", "She called the plan “reckless,” and said she would vote against it.", "the plan “reckless,”", "mixed", "She", "", "called"},
	})
}

// TestFrontedClauseEndsAtTheQuotesComma ends what a verb in a fronted
// clause reports ("Where he used to boast that …") at the closing mark
// whose comma ends the clause, when the main clause opens after it, at
// its subject or at a setting before it. The pairs of apostrophes that
// some archives write for marks count as marks, and the clause between
// marks may end with a comma of its own (“called the plan “reckless,” a
// charge …”). A setting after such a comma opens the main clause before
// its subject ("After the vote, on Tuesday night the president said").
func TestFrontedClauseEndsAtTheQuotesComma(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"where, a setting before the subject",
			"Where he used to boast that he had beaten “core Al Qaeda,” on Tuesday night the president said it still posed “a direct threat” to Americans.",
			[]string{"that he had beaten “core Al Qaeda,” | he", "it still posed “a direct threat” to Americans | the president"}},
		{"where, two-apostrophe marks",
			"Where he used to boast that he had beaten ''core Al Qaeda,'' on Tuesday night the president said it still posed ''a direct threat'' to Americans.",
			[]string{"that he had beaten ''core Al Qaeda,'' | he", "it still posed ''a direct threat'' to Americans | the president"}},
		{"although, the subject right after",
			"Although the mayor had promised that taxes would stay “flat,” the council raised them in June.",
			[]string{"that taxes would stay “flat,” | the mayor"}},
		{"a setting after a fronted clause's comma",
			"After the vote, on Tuesday night the president said the war was not over.",
			[]string{"the war was not over | the president"}},
		{"two-apostrophe marks before an appositive",
			"He called the plan ''reckless,'' a charge his rivals rejected.",
			[]string{"the plan ''reckless,'' | He"}},
		{"two-apostrophe marks before a participle of speech",
			"The senator was ''furious,'' noting that he had not been told.",
			[]string{"that he had not been told | The senator"}},
	}
	for _, tt := range cases {
		if diff := cmp.Diff(tt.want, quoteTexts(tt.text, true)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestPronounAppositiveEndsTheReport ends a reported clause at a comma
// before "one that …" or "something which …": an appositive that comments
// on the whole report is the writer's, as one opened by "a" or "the" is.
func TestPronounAppositiveEndsTheReport(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"one that", "Fleischer said there is an active debate within the group, one that will likely dominate its meeting.", "there is an active debate within the group", "indirect", "Fleischer", "", "said"},
		{"something that", "The minister said the reform would cut costs, something that critics doubt.", "the reform would cut costs", "indirect", "The minister", "", "said"},
		{"one which", "Analysts say the merger will close in May, one which few expected a year ago.", "the merger will close in May", "indirect", "Analysts", "", "say"},
		{"one inside the clause, no comma", "He said the fund had sold one that it held for years.", "the fund had sold one that it held for years", "indirect", "He", "", "said"},
		{"a noun phrase with no verb before the comma", "She praised the plan, one that her rivals had drafted.", "the plan, one that her rivals had drafted", "indirect", "She", "", "praised"},
	})
}

// TestVerbOfMindWithItsOwnThatClause splits a report at "and" before a
// verb of mind with a that-clause of its own ("and suspected immediately
// that …"), which a verb of mind without one does not ("and wanted to
// see"); an adverb between a verb and its "that" stays out of the report.
func TestVerbOfMindWithItsOwnThatClause(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"suspected, an adverb, that",
			"Bob said he first heard gunfire at 9:42 p.m. and suspected immediately that the compound was under attack.",
			[]string{"he first heard gunfire at 9:42 p.m. | Bob", "that the compound was under attack | Bob"}},
		{"hoped that",
			"She said she was tired and hoped that the talks would end soon.",
			[]string{"she was tired | She", "that the talks would end soon | She"}},
		{"feared that",
			"The farmer told reporters the river had risen overnight and feared that the levee would break.",
			[]string{"the river had risen overnight | The farmer", "that the levee would break | The farmer"}},
		{"wanted to, no that-clause",
			"He said he was alarmed and wanted to see for himself.",
			[]string{"he was alarmed and wanted to see for himself | He"}},
		{"an adverb before that",
			"The minister said repeatedly that taxes would not rise.",
			[]string{"that taxes would not rise | The minister"}},
	}
	for _, tt := range cases {
		if diff := cmp.Diff(tt.want, quoteTexts(tt.text, true)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestListenerAfterADirectQuotesVerb attributes a direct quote to the
// subject of a verb that names its listener after it ("…,” she assured
// reporters), as "told reporters" does, for each verb that takes a
// listener; "reassure", "inform" and "notify" are such verbs, and
// "reassure" reports words only in a clause (to reassure the public is
// no statement).
func TestListenerAfterADirectQuotesVerb(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"assured reporters", "“We are fine,” she assured reporters.", "We are fine", "direct", "she", "", "assured"},
		{"assured them", "“The bank is safe,” the governor assured them on Friday.", "The bank is safe", "direct", "the governor", "", "assured"},
		{"reminded voters", "“Nothing is decided,” Ms. Osei reminded voters.", "Nothing is decided", "direct", "Ms. Osei", "Osei", "reminded"},
		{"promised residents", "“The water will be back tonight,” the mayor promised residents.", "The water will be back tonight", "direct", "the mayor", "", "promised"},
		{"reassured them", "“All is well,” she reassured them.", "All is well", "direct", "she", "", "reassured"},
		{"reassured, a that-clause after the listener", "The bank reassured investors that its capital was sound.", "that its capital was sound", "indirect", "The bank", "", "reassured"},
		{"reassure with no clause reports nothing", "The government sought to reassure the public after the cases.", "", "", "", "", ""},
		{"informed, a that-clause after the listener", "Police informed the family that the suspect had been caught.", "that the suspect had been caught", "indirect", "Police", "", "informed"},
		{"notified, a clause after the listener", "The airline notified passengers the flight was cancelled.", "the flight was cancelled", "indirect", "The airline", "", "notified"},
	})
}

// TestNamingInAReducedRelative and a relative clause with a subject of
// its own: a name given in "the song she called “Blue Hour”" reports no
// words, as in "which he calls “Big Bertha”"; words quoted in "which
// Reyes called “a disaster”," end at the clause, before the verb of the
// sentence.
func TestNamingInAReducedRelative(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a pronoun names a song", "The song she called “Blue Hour” was never released.", "", "", "", "", ""},
		{"a name names a cycle", "The works include the cycle Pennick called ‘The Drowned Fields’, left to the gallery by his widow.", "", "", "", "", ""},
		{"a name naming in the main clause stays", "Yesterday Pennick called ‘The Drowned Fields’ his best work.", "‘The Drowned Fields’ his best work", "indirect", "Pennick", "Pennick", "called"},
		{"which with a name, words quoted", "The plan, which Reyes called “a disaster”, was dropped.", "“a disaster”", "mixed", "Reyes", "Reyes", "called"},
		{"which with a pronoun, words quoted", "The plan, which she called “a disaster,” was dropped in May.", "“a disaster,”", "mixed", "she", "", "called"},
	})
}

// TestParticipleAsideIsNoCue checks that a lone participle set off by
// commas after the speaker (a court report's counsel "defending", a
// manner such as "replying") leaves the verb after it as the cue.
func TestParticipleAsideIsNoCue(t *testing.T) {
	for _, tt := range []struct{ text, quote, cue, speaker string }{
		{"Michael Fitton, defending, said Hartley had 20 years of experience.", "Hartley had 20 years of experience", "said", "Michael Fitton"},
		{"Sarah Jones, prosecuting, told the court the defendant had lied.", "the defendant had lied", "told", "Sarah Jones"},
		{"Mr Ray, responding, argued that the fee was fair.", "that the fee was fair", "argued", "Ray"},
		{"Ms Kaur, replying, said the council had acted lawfully.", "the council had acted lawfully", "said", "Kaur"},
		{"The minister, interrupting, asked whether the figures were right.", "whether the figures were right", "asked", ""},
	} {
		quotes := Quotes(tt.text)
		if len(quotes) != 1 {
			t.Errorf("Quotes(%q) = %+v, want one quote", tt.text, quotes)
			continue
		}
		q := quotes[0]
		name := ""
		if q.Speaker != nil {
			name = q.Speaker.Name
		}
		if q.Text != tt.quote || q.Cue != tt.cue || name != tt.speaker {
			t.Errorf("Quotes(%q) = %q cue %q speaker %q, want %q cue %q speaker %q", tt.text, q.Text, q.Cue, name, tt.quote, tt.cue, tt.speaker)
		}
	}
}

// TestQuotesListenerWithAPossessive checks that a listener written with a
// possessive, an outlet's programme ("told NBC News' Today show") or a
// plural owner ("told the Saints' coach"), is left out of what was said.
func TestQuotesListenerWithAPossessive(t *testing.T) {
	for _, tt := range []struct{ text, quote string }{
		{"Dr Anthony Fauci told NBC News' Today show the final number of deaths would be lower.", "the final number of deaths would be lower"},
		{"She told CBS's Face the Nation the plan would pass.", "the plan would pass"},
		{"The mayor told ABC News' Good Morning America that schools would reopen.", "that schools would reopen"},
		{"The mayor told Fox News’ Hannity that schools would reopen.", "that schools would reopen"},
		{"The mayor told the Saints' coach that schools would reopen.", "that schools would reopen"},
		{"He told Reuters the final number of deaths would be lower.", "the final number of deaths would be lower"},
	} {
		checkOneQuote(t, tt.text, tt.quote)
	}
}

// TestQuotesSpanOfTimeAfterTheVerb checks that a span of time that dates
// the speech verb ("two weeks ago", "three days later", "48 hours after
// the storm") is no part of what was said, nor an object of its own.
func TestQuotesSpanOfTimeAfterTheVerb(t *testing.T) {
	for _, tt := range []struct {
		text   string
		quotes []string
	}{
		{"He announced two weeks ago that he would run.", []string{"that he would run"}},
		{"The ministry confirmed three days later that the talks had failed.", []string{"that the talks had failed"}},
		{"The council said 48 hours after the storm that the roads were open.", []string{"that the roads were open"}},
		{"She told reporters a week later that she had resigned.", []string{"that she had resigned"}},
		{"His retirement — revealed just 30 hours before the deadline — shocked rivals.", nil},
		{"“It never crossed my mind,” she said several months after her release, and a big reason for this was the rise of Trump.", []string{"It never crossed my mind"}},
		// The span opens what was said, or is the object.
		{"Hasib said shortly after ABC13 left his office, someone from the sheriff's office took a report.", []string{"shortly after ABC13 left his office, someone from the sheriff's office took a report"}},
		{"They discussed two hours of tape.", []string{"two hours of tape"}},
	} {
		var got []string
		for _, q := range Quotes(tt.text) {
			got = append(got, q.Text)
		}
		if diff := cmp.Diff(tt.quotes, got); diff != "" {
			t.Errorf("Quotes(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestQuotesVerbsOfBothTablesTakeClauses checks that a verb listed as a
// speech verb and as one that attributes by its object ("disclose",
// "reiterate", "lament", "bemoan", "recount") takes a clause after a
// setting as well as an object.
func TestQuotesVerbsOfBothTablesTakeClauses(t *testing.T) {
	for _, tt := range []struct{ text, quote string }{
		{"The firm disclosed on Monday that data was stolen.", "that data was stolen"},
		{"She reiterated in a statement that the plan was dead.", "that the plan was dead"},
		{"He lamented on Twitter that few people voted.", "that few people voted"},
		{"The coach bemoaned after the game that the referee was biased.", "that the referee was biased"},
		{"She recounted in court how the boat sank.", "how the boat sank"},
		{"The firm disclosed its losses.", "its losses"},
	} {
		checkOneQuote(t, tt.text, tt.quote)
	}
}

// checkOneQuote checks that Quotes finds one quote in text, with the text
// quote.
func checkOneQuote(t *testing.T, text, quote string) {
	t.Helper()
	quotes := Quotes(text)
	if len(quotes) != 1 || quotes[0].Text != quote {
		t.Errorf("Quotes(%q) = %+v, want one quote %q", text, quotes, quote)
	}
}

// TestQuotesProgrammeNamedInQuotationMarks checks that a programme or a
// paper named in quotation marks before its noun ("the ‘Today’ show") is
// no quote, and that a listener written so is left out of what was said.
func TestQuotesProgrammeNamedInQuotationMarks(t *testing.T) {
	for _, tt := range []struct{ text, quote string }{
		{"He told the 'Today' show that he was fine.", "that he was fine"},
		{"She told NBC's “Today” show that she would run.", "that she would run"},
		{"He told the “Good Morning Britain” programme that fees would rise.", "that fees would rise"},
		{"She told the “Rest Is Politics” podcast that the party had lost its way.", "that the party had lost its way"},
		{"He appeared on the “Keepin' It Real” radio program to say the vote mattered.", "the vote mattered"},
	} {
		checkOneQuote(t, tt.text, tt.quote)
	}
}

// TestQuotesBareQuestionsAreNoQuote checks that asking "questions" or "a
// question" with nothing about what was asked is no quote, while what
// follows "asked questions about" or a question word is what was asked.
func TestQuotesBareQuestionsAreNoQuote(t *testing.T) {
	checkNoQuotes(t,
		"ABC13 called the Harris County Sheriff's Office asking questions.",
		"She asked a question, then left.",
		"Someone once asked that question.",
		"Reporters asked more questions.",
	)
	checkOneQuote(t, "Reporters asked questions about the budget.", "questions about the budget")
	checkOneQuote(t, "She asked if questions could be sent by email.", "if questions could be sent by email")
}

// TestQuotesObjectBeforeAnotherClause checks that a verb with an object
// sense ("add", "post", "claim") takes no clause whose verb comes after a
// comma that opens another clause ("added pressure on the grid, and
// prices rose"), while a clause with an aside or a that-clause stays.
func TestQuotesObjectBeforeAnotherClause(t *testing.T) {
	checkNoQuotes(t,
		"The storm added pressure on the grid, and prices rose.",
		"Whether she's organizing volunteers, greeting people or adding emphasis through a bullhorn, her voice is trusted.",
		"Beauvillier added his seventh goal, and Varlamov stopped 27 shots.",
		"Gallinari added 25 points in his former home arena, and Noel had 15.",
	)
	checkOneQuote(t, "He added the plan, which was late, was flawed.", "the plan, which was late, was flawed")
	text := "A student wrote the local newspaper, The Perry Chief, that the chants had gone on for weeks."
	if quotes := Quotes(text); len(quotes) != 1 || !strings.HasSuffix(quotes[0].Text, "that the chants had gone on for weeks") {
		t.Errorf("Quotes(%q) = %+v, want one quote that ends in its that-clause", text, quotes)
	}
	checkOneQuote(t, "He added the plan was dead.", "the plan was dead")
}

// checkNoQuotes checks that Quotes finds no quote in any of texts.
func checkNoQuotes(t *testing.T, texts ...string) {
	t.Helper()
	for _, text := range texts {
		if quotes := Quotes(text); len(quotes) != 0 {
			t.Errorf("Quotes(%q) = %+v, want none", text, quotes)
		}
	}
}

// TestQuoteGoesOnInWholeParagraphs joins to a quote attributed after it
// the paragraphs that follow it and are nothing but quotation, with no
// attribution of their own: one statement in parts. An attribution of
// their own, the writer's words around them, a paragraph between, or an
// attribution that splits the first quote or comes before it leave them
// apart.
func TestQuoteGoesOnInWholeParagraphs(t *testing.T) {
	cases := []struct {
		name, text string
		parts      []int // the number of parts of each quote, in order
	}{
		{"wire copy, one paragraph on", "“The ward is full,” said Dr. Amara Osei, a surgeon.\n\n“We turned away twelve people last night alone.”", []int{2}},
		{"broadsheet, two paragraphs on", "“Cyber security is the biggest challenge,” Carson continued.\n\n“Our information is under attack every day.”\n\n“There is no excuse for an unsecured server.”", []int{3}},
		{"tabloid, single marks", "'We will appeal,' said club chairman Ian Platt.\n\n'The decision makes no sense to anyone who saw the match.'", []int{2}},
		{"press release", "“The tender will be reissued,” the municipal commissioner said in a statement.\n\n“All bidders will be told by email.”", []int{2}},
		{"split quote, then a paragraph", "“We listened,” she said, “and we changed the design.”\n\n“Now the whole street works again.”", []int{2, 0}},
		{"attribution before", "Dr. Amara Osei said: “The ward is full.”\n\n“We turned away twelve people last night alone.”", []int{0, 0}},
		{"own attribution", "“The ward is full,” said Dr. Amara Osei.\n\n“We turned people away,” she added.", []int{0, 0}},
		{"writer's words after the attribution", "“The ward is full,” said Dr. Amara Osei, who left at noon. The hospital was quiet.\n\n“We turned people away.”", []int{0, 0}},
		{"writer's words after the quote", "“The ward is full,” said Dr. Amara Osei.\n\n“We turned people away.” The board met on Friday.", []int{0, 0}},
		{"a paragraph between", "“The ward is full,” said Dr. Amara Osei.\n\nThe board met on Friday.\n\n“We turned people away.”", []int{0, 0}},
	}
	for _, tt := range cases {
		quotes := Quotes(tt.text)
		checkQuoteOffsets(t, tt.text, quotes)
		var got []int
		for _, q := range quotes {
			if q.Type == QuoteDirect {
				got = append(got, len(q.Parts))
			}
		}
		if !slices.Equal(got, tt.parts) {
			t.Errorf("%s: direct quotes with %v parts, want %v: %+v", tt.name, got, tt.parts, quotes)
		}
		for _, q := range quotes {
			if q.Type == QuoteDirect && q.Speaker == nil {
				t.Errorf("%s: %q has no speaker", tt.name, q.Text)
			}
		}
	}
}

// TestTitleBeforeAByline reads quoted words that a byline follows as the
// title of a work, no one's quote; a time or a lowercase word after "by"
// makes no byline.
func TestTitleBeforeAByline(t *testing.T) {
	titles := []string{
		"FAREWELL—\"The Living Room to close at the end of December,\" by Times' Ben Sisario: http://nyti.ms/x.",
		"She read “The Road Not Taken” by Robert Frost at the service, and the hall fell silent.",
		"The bestseller “Nothing Left to Lose,” by Tara Westover, tops the list for a third week.",
		"—‘Flood defences will not be ready until 2030,’ by the Yorkshire Post's Amy Holt. Read it here.",
		"Her favourite song is “Rain on the Tin Roof”, by the Nairobi band Sauti Sol.",
	}
	checkNoQuotes(t, titles...)
	quotes := []string{
		"“We will fight this in every court,” by Monday the union had filed its appeal, a spokesman said.",
		"“We are not going anywhere,” by all accounts, said Mayor Ruth Kibet.",
	}
	for _, text := range quotes {
		found := Quotes(text)
		if len(found) != 1 || found[0].Speaker == nil || !strings.Contains(found[0].Text, "We ") {
			t.Errorf("Quotes(%q) = %+v, want the quote with its speaker", text, found)
		}
	}
}

// TestGradedParticipleIsAnAdjective reads a speech form in -ing after a
// degree adverb as an adjective, which reports nothing.
func TestGradedParticipleIsAnAdjective(t *testing.T) {
	checkNoQuotes(t,
		"Perhaps most telling were the candidates’ favourite television shows.",
		"The presence of the vice president is the one that is most telling to Democrats close to the campaign.",
		"It is a very demanding job with long hours in the cold.",
		"Officials adopted a more threatening tone towards the protesters.",
		"The results were quite revealing about rural voters.",
	)
	runQuoteCases(t, []quoteCase{
		{name: "an adverb that also modifies verbs", text: "He was really saying that the deal is dead.",
			quote: "that the deal is dead", kind: "indirect", speaker: "He", cue: "saying"},
		{name: "a progressive", text: "Party leaders are increasingly admitting that they are nervous.",
			quote: "that they are nervous", kind: "indirect", speaker: "Party leaders", cue: "admitting"},
	})
}

// TestSpeakerBeforeAnAspectVerb takes the subject of "kept", "began" or
// "continued" before a speech form in -ing as the speaker.
func TestSpeakerBeforeAnAspectVerb(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "kept", text: "Dr. Amara Osei kept telling reporters that the ward was full.",
			quote: "that the ward was full", kind: "indirect", speaker: "Dr. Amara Osei", name2: "Amara Osei", cue: "telling"},
		{name: "keeps", text: "Mayor Ruth Kibet keeps saying that the budget is balanced.",
			quote: "that the budget is balanced", kind: "indirect", speaker: "Mayor Ruth Kibet", name2: "Ruth Kibet", cue: "saying"},
		{name: "began", text: "The minister began warning that the port would close.",
			quote: "that the port would close", kind: "indirect", speaker: "The minister", cue: "warning"},
		{name: "have started", text: "The unions have started saying that the strike will go ahead.",
			quote: "that the strike will go ahead", kind: "indirect", speaker: "The unions", cue: "saying"},
		{name: "continued", text: "Tom Reyes continued insisting that he had won the county.",
			quote: "that he had won the county", kind: "indirect", speaker: "Tom Reyes", name2: "Tom Reyes", cue: "insisting"},
	})
}

// TestWordsAfterAccordingToSource keep what follows the comma after an
// "according to" source out of the content when it is about the source
// or a clause of the writer's; words that finish the clause the source
// split go in.
func TestWordsAfterAccordingToSource(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "relative about the source", text: "The county lost 400 jobs last year, according to the labour ministry, which publishes the figures every quarter.",
			quote: "The county lost 400 jobs last year", kind: "indirect", speaker: "the labour ministry", cue: "according to"},
		{name: "appositive about the source", text: "The mine will close in March, according to Ruth Kibet, a union official who has worked there for 20 years.",
			quote: "The mine will close in March", kind: "indirect", speaker: "Ruth Kibet", name2: "Ruth Kibet", cue: "according to"},
		{name: "a book as source", text: "The singer was paid $2 million for the tour, according to “Loud Years,” a memoir published in May.",
			quote: "The singer was paid $2 million for the tour", kind: "indirect", speaker: "Loud Years", name2: "Loud Years", cue: "according to"},
		{name: "the writer's clause after so", text: "Forty percent of voters remain undecided, according to the poll, so late movement could still change the race.",
			quote: "Forty percent of voters remain undecided", kind: "indirect", speaker: "the poll", cue: "according to"},
		{name: "per, then but", text: "Biden has more endorsements than any other candidate, per the tracker, but the race is far from over.",
			quote: "Biden has more endorsements than any other candidate", kind: "indirect", speaker: "the tracker", cue: "per"},
		{name: "the source splits the clause", text: "The new stadium, according to city records, will cost twice the first estimate.",
			quote: "The new stadium will cost twice the first estimate", kind: "indirect", speaker: "city records", cue: "according to"},
		{name: "after a setting", text: "Since last November, according to Human Rights Watch, security forces have killed more than 400 protesters.",
			quote: "Since last November security forces have killed more than 400 protesters", kind: "indirect", speaker: "Human Rights Watch", name2: "Human Rights Watch", cue: "according to"},
	})
}

// TestSpeechFormsInOtherSenses keeps out speech forms that report no
// words: "add" with an object and "to", a text's cross-reference
// ("stated above"), a verdict or a discovery after "found", and a name
// in single marks after "called".
func TestSpeechFormsInOtherSenses(t *testing.T) {
	checkNoQuotes(t,
		"Safe Browsing adds them to the blocklist that is shared with the web industry.",
		"The bank added 2,000 jobs to its payroll last year.",
		"The airline will add a fee to every ticket sold online.",
		"Buses may refuse wheelchairs that exceed the dimensions stated above or if the bus is too crowded.",
		"For the reasons mentioned below, the trust closed the ward for a week.",
		"Customers with the tickets described above can travel on any later train.",
		"A jury found him guilty of manslaughter by a majority verdict of 10-2 following a two-week trial.",
		"Police found the man dead in his flat after neighbours raised the alarm.",
		"An inquiry found the contractor negligent in maintaining the lifts during the winter.",
		"A Facebook group called 'We support Anders Tegnell & co' has garnered some 85,000 members.",
		"A new charity called 'Homes for All' opened its doors on Friday.",
		"A podcast called ‘The Daily Grind’ will launch next month.",
	)
	runQuoteCases(t, []quoteCase{
		{name: "added, then a clause", text: "He added that the move to cut jobs was wrong.",
			quote: "that the move to cut jobs was wrong", kind: "indirect", speaker: "He", cue: "added"},
		{name: "above all", text: "The minister said above all that the port must reopen.",
			quote: "above all that the port must reopen", kind: "indirect", speaker: "The minister", cue: "said"},
		{name: "a small clause after found", text: "A poll found voters leaving the party.",
			quote: "voters leaving the party", kind: "indirect", speaker: "A poll", cue: "found"},
	})
}

// TestSpeakerAfterAVerbOfPerceiving takes the object of "heard", "saw"
// or "watched" before a bare verb of speech as the speaker.
func TestSpeakerAfterAVerbOfPerceiving(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "court reporting", text: "The court previously heard Andrew Hartley admit to forgetting to secure the boiler.",
			quote: "to forgetting to secure the boiler", kind: "indirect", speaker: "Andrew Hartley", name2: "Andrew Hartley", cue: "admit"},
		{name: "jurors", text: "Jurors heard the defendant say that he had never met the victim.",
			quote: "that he had never met the victim", kind: "indirect", speaker: "the defendant", cue: "say"},
		{name: "watched", text: "Reporters watched Senator Ruth Kibet deny that she had taken the money.",
			quote: "that she had taken the money", kind: "indirect", speaker: "Senator Ruth Kibet", name2: "Ruth Kibet", cue: "deny"},
		{name: "saw", text: "Voters saw the minister insist that the port would reopen by May.",
			quote: "that the port would reopen by May", kind: "indirect", speaker: "the minister", cue: "insist"},
		{name: "a finite verb after", text: "Residents who heard the mayor said the speech was too long.",
			quote: "the speech was too long", kind: "indirect", speaker: "Residents who heard the mayor", cue: "said"},
	})
}

// TestQuoteThatAddressesTheSpeakerIsAReply keeps a speaker from a quote
// that calls that speaker by name: the one named is spoken to.
func TestQuoteThatAddressesTheSpeakerIsAReply(t *testing.T) {
	cases := []struct{ name, text, reply string }{
		{"a name at the end", "“I made you a pie,” Penny said.\n\n“Thank you for the pie, Penny.”\n\n“It was nothing,” she said.", "Thank you for the pie, Penny."},
		{"a title and a name first", "Mayor Tom Lee spoke first: “The budget is balanced.”\n\n“Mr Lee, you are wrong about the numbers.”", "Mr Lee, you are wrong about the numbers."},
		{"a given name first", "“We leave at dawn,” said Ruth Kibet.\n\n“Ruth, the road is still closed.”", "Ruth, the road is still closed."},
		{"a name before a question mark", "“The vote is tomorrow,” Senator Ana Ruiz said.\n\n“Are you sure about that, Senator Ruiz?”", "Are you sure about that, Senator Ruiz?"},
	}
	for _, tt := range cases {
		found := false
		for _, q := range Quotes(tt.text) {
			if q.Text == tt.reply {
				found = true
				if q.Speaker != nil {
					t.Errorf("%s: the reply %q has speaker %q", tt.name, q.Text, q.Speaker.Text)
				}
			}
		}
		if !found {
			t.Errorf("%s: no quote %q in %+v", tt.name, tt.reply, Quotes(tt.text))
		}
	}
	// A name that is not called is no reply.
	runQuoteCases(t, []quoteCase{
		{name: "a name as a subject", text: "“We will win,” said Ruth Kibet.\n\n“Kibet is the best mayor this town has had.”",
			quote: "We will win\n\nKibet is the best mayor this town has had.", kind: "direct", speaker: "Ruth Kibet", name2: "Ruth Kibet", cue: "said"},
	})
}

// TestInterviewLabelsNameTheirSpeakers reads the given name of a person
// named in full as an interview's speaker label, and resolves a label in
// capitals to the full name it stands for.
func TestInterviewLabelsNameTheirSpeakers(t *testing.T) {
	interview := "Rick Viscomi leads the web team at Axios, and Marissa Lopez runs its newsroom.\n\n" +
		"Rick: We rebuilt the site in six weeks, and most of the code was new.\n\n" +
		"Marissa: The newsroom barely noticed, which was the point.\n\n" +
		"Note: This interview has been edited for length."
	transcript := "Fox News host Chris Wallace questioned Mike Pence on Sunday.\n\n" +
		"WALLACE: Governor, I have got to ask you about the language he uses about women.\n\n" +
		"PENCE: Well, the question really should be why the other campaign invited a celebrity."
	runQuoteCases(t, []quoteCase{
		{name: "a given name", text: interview, quote: "We rebuilt the site in six weeks, and most of the code was new.",
			kind: "indirect", speaker: "Rick", name2: "Rick Viscomi", cue: ":"},
		{name: "another given name", text: interview, quote: "The newsroom barely noticed, which was the point.",
			kind: "indirect", speaker: "Marissa", name2: "Marissa Lopez", cue: ":"},
		{name: "a surname in capitals", text: transcript, quote: "Well, the question really should be why the other campaign invited a celebrity.",
			kind: "indirect", speaker: "PENCE", name2: "Mike Pence", cue: ":"},
		{name: "an acronym names no one", text: "NASA said the launch would slip to March.",
			quote: "the launch would slip to March", kind: "indirect", speaker: "NASA", cue: "said"},
	})
	for _, q := range Quotes(interview) {
		if strings.Contains(q.Text, "edited for length") {
			t.Errorf("an editor's note is a quote: %+v", q)
		}
	}
}

// TestAttributiveParticipleIsNoVerb reads a form in -ed or -ing between a
// verb and a bare noun as the noun's modifier ("faced repeated calls"),
// and a speech noun after one as a noun ("joined growing calls for").
func TestAttributiveParticipleIsNoVerb(t *testing.T) {
	checkNoQuotes(t,
		"Biden joined growing calls on Thursday for the release of the report.",
		"The senator faced repeated calls for her resignation after the vote.",
		"Protesters made renewed demands for the mayor to resign.",
		"The club issued revised statements of its accounts for 2023.",
	)
	runQuoteCases(t, []quoteCase{
		{name: "a participle subject", text: "Those involved added that the talks had stalled.",
			quote: "that the talks had stalled", kind: "indirect", speaker: "Those involved", cue: "added"},
		{name: "an auxiliary", text: "The minister has repeatedly said that the port will reopen.",
			quote: "that the port will reopen", kind: "indirect", speaker: "The minister", cue: "said"},
		{name: "a participle after its noun", text: "People living nearby said the smell had lasted for weeks.",
			quote: "the smell had lasted for weeks", kind: "indirect", speaker: "People living nearby", cue: "said"},
		{name: "a passive", text: "A man who did not want to be named said the mosque was closed.",
			quote: "the mosque was closed", kind: "indirect", speaker: "A man", cue: "said"},
	})
}

// TestWhichSpeakerNamesItsBody gives a speaker "which" the organization
// named right before its comma; a country is no organization.
func TestWhichSpeakerNamesItsBody(t *testing.T) {
	cases := []struct{ text, org string }{
		{"The plan was backed by Larchfield District Council, which said it would pay half the cost.", "Larchfield District Council"},
		{"Bennett was endorsed by the Tea PAC, which said in a release that its board met on Sunday.", "Tea PAC"},
		{"The firm hired Carmody Foods Ltd, which said the deal would close in May.", "Carmody Foods Ltd"},
		{"Trade came from China and the United States, which together vowed to cut tariffs.", ""},
	}
	for _, tt := range cases {
		var got *Speaker
		for _, q := range Quotes(tt.text) {
			if q.Speaker != nil && q.Speaker.Text == "which" {
				got = q.Speaker
			}
		}
		if got == nil || got.Org != tt.org {
			t.Errorf("%q: speaker %+v, want \"which\" of %q", tt.text, got, tt.org)
		}
	}
}

// TestBlockQuoteSignature reads a block that signs the block quotation
// before it ("Ryan Merkley, CEO", "-Chinedum Okwudire", "— Ana Ruiz,
// mayor") as that quotation's speaker, never as a quote of its own.
func TestBlockQuoteSignature(t *testing.T) {
	quote := "<article><p>The charity helps people share their work with the world.</p><blockquote><p>Our work is to build a vibrant, usable commons, powered by collaboration.</p><p>%s</p></blockquote><p>The group works with many partners.</p></article>"
	cases := []struct{ signature, speaker string }{
		{"Ryan Merkley, CEO", "Ryan Merkley"},
		{"-Chinedum Okwudire", "Chinedum Okwudire"},
		{"— Ana Ruiz, mayor of Larchfield", "Ana Ruiz"},
		{"Creative Commons Platforms", ""},              // a heading signs nothing
		{"Larchfield Harbour Trust, Annual Report", ""}, // nor does a title that names no person
	}
	for _, tt := range cases {
		a, err := Parse(strings.NewReader(fmt.Sprintf(quote, tt.signature)), nil)
		if err != nil {
			t.Fatal(err)
		}
		q := a.Quotes()
		if len(q) == 0 || !strings.HasPrefix(q[0].Text, "Our work") {
			t.Fatalf("%q: no block quote in %+v", tt.signature, q)
		}
		got := ""
		if q[0].Speaker != nil {
			got = q[0].Speaker.Text
		}
		if got != tt.speaker {
			t.Errorf("%q: speaker %q, want %q", tt.signature, got, tt.speaker)
		}
		if tt.speaker != "" && len(q) > 1 && strings.Contains(q[1].Text, tt.speaker) {
			t.Errorf("%q: the signature is a quote: %+v", tt.signature, q[1])
		}
	}
}

// TestQuestionAuxiliaryIsNoGivenName keeps the auxiliary that opens a
// question out of the name after it ("Will Trump win Ohio?"), though
// "Will" and "May" are given names too.
func TestQuestionAuxiliaryIsNoGivenName(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "will", text: "Will Trump win Ohio?\n\nDonald Trump said on Monday that he would. Trump added that the polls were wrong.",
			quote: "that the polls were wrong", kind: "indirect", speaker: "Trump", name2: "Donald Trump", cue: "added"},
		{name: "can", text: "Can Warren survive the debate?\n\nElizabeth Warren said she was ready. Warren added that she had practised for weeks.",
			quote: "that she had practised for weeks", kind: "indirect", speaker: "Warren", name2: "Elizabeth Warren", cue: "added"},
		{name: "after another sentence", text: "Game over. Will Sanders come down off the pique?\n\nSanders said he would fight on.",
			quote: "he would fight on", kind: "indirect", speaker: "Sanders", name2: "Sanders", cue: "said"},
		{name: "a given name in a statement", text: "Will Doyle, a professor at Vanderbilt, said fees were high. Doyle added that they would rise.",
			quote: "that they would rise", kind: "indirect", speaker: "Doyle", name2: "Will Doyle", cue: "added"},
		{name: "did before a full name", text: "Did Donald Trump really scam students?\n\nTrump said the suit had no merit.",
			quote: "the suit had no merit", kind: "indirect", speaker: "Trump", name2: "Donald Trump", cue: "said"},
		{name: "a quoted question after a name", text: "May Chen, a nurse, asked: “Why did nobody call?” Chen said she was angry.",
			quote: "she was angry", kind: "indirect", speaker: "Chen", name2: "May Chen", cue: "said"},
	})
}

// TestHeadlineRunsAreNoNames reads a name in a headline that capitalizes
// every word only from a known given name and the word after it: "Gold
// Star Mom Corners Obama" names no one, and a later "Obama" is Barack
// Obama, named in the text.
func TestHeadlineRunsAreNoNames(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "a headline's run", text: "Gold Star Mom Corners Obama On His Refusal To Use The Words\n\nPresident Barack Obama answered her. “It is a false debate,” Obama said.",
			quote: "It is a false debate", kind: "direct", speaker: "Obama", name2: "Barack Obama", cue: "said"},
		{name: "a role before a name", text: "Trump Supporter Yells Slur At Rally, Crowd Cheers\n\nCaroline Hale, a supporter, said she meant no harm. “It just came out,” Hale said.",
			quote: "It just came out", kind: "direct", speaker: "Hale", name2: "Caroline Hale", cue: "said"},
		{name: "a given name and surname in a headline", text: "Donna Brazile Leak Shows Question Went To Campaign\n\n“I never had the questions,” Brazile said.",
			quote: "I never had the questions", kind: "direct", speaker: "Brazile", name2: "Donna Brazile", cue: "said"},
		{name: "names in a sentence with a verb", text: "Former New York Gov. George Pataki is endorsing John Kasich. Pataki ended his own campaign last year. He announced his support on Thursday night.",
			quote: "his support", kind: "indirect", speaker: "He", name2: "George Pataki", cue: "announced"},
	})
}

// TestDeterminerIsNoTitle keeps an article or a possessive that opens a
// mention out of the speaker's title.
func TestDeterminerIsNoTitle(t *testing.T) {
	for _, tt := range []struct{ text, title string }{
		{"The Blue Jays said the stadium would reopen.", ""},
		{"The Rev. Al Sharpton said the march would go ahead.", "Rev."},
		{"The rotating chairman Ken Hu said sales rose.", "rotating chairman"},
	} {
		q := Quotes(tt.text)
		if len(q) != 1 || q[0].Speaker == nil || q[0].Speaker.Title != tt.title {
			t.Errorf("%q: %+v, want the title %q", tt.text, q, tt.title)
		}
	}
}

// TestOrganizationSpeakerHasNoPersonName gives a body that speaks its
// name as Org, not as a person's Name; a person whose surname is an
// organization word keeps the name.
func TestOrganizationSpeakerHasNoPersonName(t *testing.T) {
	d := newQuoteDoc(&stopper{}, "Tom Fox, the coach, met Ms Emily Post and Dr Kai Street at the White House and the Federal Reserve Bank.")
	for name, want := range map[string]bool{"White House": true, "Federal Reserve Bank": true, "Tom Fox": false, "Emily Post": false, "Kai Street": false} {
		if got := d.isOrganizationName(name); got != want {
			t.Errorf("isOrganizationName(%q) = %v, want %v", name, got, want)
		}
	}
	for _, tt := range []struct{ text, name, org string }{
		{"The White House said the talks would go on.", "", "White House"},
		{"The Federal Reserve Bank said rates would hold.", "", "Federal Reserve Bank"},
		{"The European Union said the deal was fair.", "", "European Union"},
		{"Tom Fox, the coach, said the team was ready.", "Tom Fox", ""},
	} {
		q := Quotes(tt.text)
		last := q[len(q)-1]
		if last.Speaker == nil || last.Speaker.Name != tt.name || last.Speaker.Org != tt.org {
			t.Errorf("%q: speaker %+v, want name %q, org %q", tt.text, last.Speaker, tt.name, tt.org)
		}
	}
}

// TestSurnamesThatAreOrganizationWords reads a known given name before
// "Street", a surname too, as a person's name, and the words after an
// inverted verb that hold a verb as its clause, not its subject.
func TestSurnamesThatAreOrganizationWords(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "street", text: "Mark Street, a farmer, said the rain came too late.",
			quote: "the rain came too late", kind: "indirect", speaker: "Mark Street", name2: "Mark Street", cue: "said"},
		{name: "street with an appositive", text: "Della Street, the firm's secretary, said the files were gone.",
			quote: "the files were gone", kind: "indirect", speaker: "Della Street", name2: "Della Street", cue: "said"},
		{name: "no given name", text: "Wall Street said the deal was good.",
			quote: "the deal was good", kind: "indirect", speaker: "Wall Street", cue: "said"},
		{name: "an institution after a given name", text: "The Roman Catholic Church said the abbey would close.",
			quote: "the abbey would close", kind: "indirect", speaker: "The Roman Catholic Church", cue: "said"},
		{name: "the inverted verb's clause", text: "Ruth Kibet, a farmer, said the rain came too late.",
			quote: "the rain came too late", kind: "indirect", speaker: "Ruth Kibet", name2: "Ruth Kibet", cue: "said"},
		{name: "an inverted subject with a participle", text: "Residents should clear their gutters before October, says a report by the fire committee tabled at the meeting.",
			quote: "Residents should clear their gutters before October", kind: "indirect", speaker: "a report by the fire committee tabled at the meeting", cue: "says"},
	})
}

// TestShortFirstPartOfASplitClause joins the two parts of a reported
// clause that an attribution splits after a short subject or setting
// ("The plan, he said, was never going to work"); a relative aside is no
// attribution that splits a clause.
func TestShortFirstPartOfASplitClause(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "a two-word subject", text: "The plan, he said, was never going to work.",
			quote: "The plan was never going to work", kind: "indirect", speaker: "he", cue: "said"},
		{name: "a subject and a named speaker", text: "Those signs, Usman Hasib says, will now be posted outside the salon.",
			quote: "Those signs will now be posted outside the salon", kind: "indirect", speaker: "Usman Hasib", name2: "Usman Hasib", cue: "says"},
		{name: "a setting", text: "Too often, Mr. Clarke said, the debate over coal is infected with tribalism.",
			quote: "Too often the debate over coal is infected with tribalism", kind: "indirect", speaker: "Mr. Clarke", name2: "Clarke", cue: "said"},
		{name: "a short clause stays short", text: "Now, she said, the work begins.",
			quote: "the work begins", kind: "indirect", speaker: "she", cue: "said"},
	})
}

// TestBylineSignsEveryParagraphOfItsPost gives the author of an embedded
// post's byline to each paragraph of the post, not only to the last.
func TestBylineSignsEveryParagraphOfItsPost(t *testing.T) {
	page := `<article><p>The musician posted advice on Twitter.</p><blockquote>
<p>・Take photos of the groper without being seen.</p>
<p>・Make sure the face is in the picture.</p>
<p>・Always detain him with several men.</p>
<p>— マツモトケイジ (@keizi666) April 5, 2020</p></blockquote>
<p>The thread was shared widely, and the police thanked him.</p></article>`
	a, err := Parse(strings.NewReader(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	q := a.Quotes()
	if len(q) != 3 {
		t.Fatalf("want the post's 3 paragraphs, got %+v", q)
	}
	for _, x := range q {
		if x.Speaker == nil || x.Speaker.Text != "マツモトケイジ" {
			t.Errorf("%q: speaker %+v, want the byline's author", x.Text, x.Speaker)
		}
	}
}

// TestAspectVerbBeforeAnInfinitive reads "continue to" as how long
// something goes on, whatever that-clause follows further on, and a
// party's adjective as no part of a person's name.
func TestAspectVerbBeforeAnInfinitive(t *testing.T) {
	checkNoQuotes(t,
		"The EAG continues to monitor to make sure that the regrowth continues apace.",
		"Officials continued to check that the barriers held through the night.",
		"The board continues to review whether the fees are fair.",
	)
	runQuoteCases(t, []quoteCase{
		{name: "the speech verb after continue to", text: "The mayor continued to insist that the pier was safe.",
			quote: "that the pier was safe", kind: "indirect", speaker: "The mayor", cue: "insist"},
		{name: "continued after a quote", text: "“We will win,” he continued.",
			quote: "We will win", kind: "direct", speaker: "he", cue: "continued"},
		{name: "a party's adjective", text: "These Iowa and New Hampshire Democratic officials hoped that voters would move on.",
			quote: "that voters would move on", kind: "indirect", speaker: "These Iowa and New Hampshire Democratic officials", cue: "hoped"},
	})
}

// TestHeadingInCapitalsIsNoSpeaker reads one word in capitals before a
// colon as a speaker only when the text names that person or the label
// speaks more than once, as a transcript's labels do.
func TestHeadingInCapitalsIsNoSpeaker(t *testing.T) {
	for _, text := range []string{
		"The word of the day is maudlin.\n\nUSAGE: In this maudlin melodrama, all that was missing were the violins.",
		"The story was changed on Tuesday.\n\nCLARIFICATION: The first sentence has been clarified to reflect the chairman's view.",
		"Bake the cake a day ahead.\n\nTIPP: Wenn der Kuchen am Vortag gebacken wird, mit Backpapier abdecken.",
	} {
		for _, q := range Quotes(text) {
			if q.Speaker != nil && q.Cue == ":" {
				t.Errorf("%q: a heading is the speaker of %+v", text, q)
			}
		}
	}
	transcript := "The interview aired on Sunday.\n\nTAPPER: Do you think the campaign has been fair to you?\n\nFALLIN: I think the whole nation needs to work together.\n\nTAPPER: And what about the convention next week?"
	runQuoteCases(t, []quoteCase{
		{name: "a label that speaks twice", text: transcript, quote: "Do you think the campaign has been fair to you?", kind: "indirect", speaker: "TAPPER", cue: ":"},
	})
}

// TestQuotesVerbAfterCommaIsNoSpeaker checks that a lone word in -s after
// a comma, before a speech verb's form in -s, is the clause's verb and
// the form a noun ("too, raises questions"), while a plural subject with
// the bare form and a singular one with the form in -s stay speakers.
func TestQuotesVerbAfterCommaIsNoSpeaker(t *testing.T) {
	checkNoQuotes(t,
		"The project management, too, raises questions.",
		"The budget, however, poses questions.",
		"The new policy, too, faces charges.",
		"Her record, too, invites questions about her judgment.",
	)
	checkOneQuote(t, "The vote was rigged, critics say.", "The vote was rigged")
	checkOneQuote(t, "The plan is flawed, research shows.", "The plan is flawed")
	checkOneQuote(t, "Since May, the spate of strikes and protests demands that the council act.", "that the council act")
}

// TestQuotesAspectVerbBeforeInfinitive checks that "continued to" with a
// verb after it says how long something went on, not what was said,
// while "…, the minister continued." ending a sentence attributes it.
func TestQuotesAspectVerbBeforeInfinitive(t *testing.T) {
	checkNoQuotes(t,
		"Before a crowd of 15,000 people gathered outside the stage, the candidate continued to attack her record.",
		"Despite the ruling, the union continued to press its claim.",
		"In the months that followed, Ms. Rao continued to work at the clinic.",
	)
	checkOneQuote(t, "The talks will resume next week, the minister continued.", "The talks will resume next week")
}

// TestQuotesNoObjectBeforeDash checks that a verb whose object was left
// in a relative clause ("the speech she was talking about") takes no
// aside between dashes as what was said.
func TestQuotesNoObjectBeforeDash(t *testing.T) {
	checkNoQuotes(t,
		"The speech she was talking about - delivered in May - drew boos.",
		"None of the rallies he talked about – all held in Ohio – drew crowds.",
		"The plan they complained about — a toll on the bridge — was dropped.",
	)
	checkOneQuote(t, "The mayor talked about the bridge at the meeting.", "the bridge")
}

// TestQuotesNameAfterCalledIsNoQuote checks that a capitalized name in
// quotation marks after "called" that names a thing ("a script called
// “Wild Rose”") is no quote, while words said of something ("called the
// plan “a disaster”") and a name someone gives ("one he calls “…”") are.
func TestQuotesNameAfterCalledIsNoQuote(t *testing.T) {
	checkNoQuotes(t,
		"The charity runs a scheme called \"Warm Homes\" across the county.",
		"He starred in a film called “The Long Road” in 2004.",
		"The council backed a plan called ''Streets for All'' on Monday.",
		"She joined a band called “Night Owls” at 16.",
	)
	checkOneQuote(t, "She called the plan “a disaster.”", "the plan “a disaster.”")
	checkOneQuote(t, "Ryan laid out a vision, one he calls “Confident America.”", "“Confident America.”")
}

// TestQuotesRelativeOfSettingIsNoClause checks that "that" or "who" after
// the noun of a setting, with a verb in the past right after it, opens
// that noun's relative clause, not what the speech verb reports, while a
// "that" before a subject still opens the reported clause.
func TestQuotesRelativeOfSettingIsNoClause(t *testing.T) {
	checkNoQuotes(t,
		"The congressman will leave, a decision he disclosed in an interview with a radio station that aired around noon on Friday.",
		"The mayor will resign, a move she announced in a letter to staff that went out on Friday.",
		"The closure, which the city announced in a notice that appeared on its website, angered residents.",
	)
	text := "“I owe him everything,” the singer said on Sunday, referring to the producer who died in 2019."
	for _, q := range Quotes(text) {
		if strings.HasPrefix(q.Text, "who") {
			t.Errorf("Quotes(%q) has %q, the producer's relative clause", text, q.Text)
		}
	}
	checkOneQuote(t, "She said in a statement that reported cases rose.", "that reported cases rose")
	checkOneQuote(t, "He told reporters in Ohio that protesters had blocked the road.", "that protesters had blocked the road")
}

// TestQuotesNegatedPerfectIsRefusal checks that a verb of saying negated
// in the perfect ("has not responded", "hadn't disclosed", "have not yet
// said") records speech that did not happen, as "did not respond" does.
func TestQuotesNegatedPerfectIsRefusal(t *testing.T) {
	for _, text := range []string{
		"The ministry has not responded to repeated requests for comment.",
		"Officials had not disclosed the cost of the project.",
		"The company has not yet responded to questions from the paper.",
		"The senator has not said whether she will run.",
	} {
		quotes := Quotes(text)
		if len(quotes) != 1 || quotes[0].Type != QuoteRefusal {
			t.Errorf("Quotes(%q) = %+v, want one refusal", text, quotes)
		}
	}
	checkOneQuote(t, "The ministry has responded that the claims are false.", "that the claims are false")
}

// TestQuotesObjectEndsBeforeSecondVerb checks that the object of a verb
// such as "deny" or "announce" ends where "and" opens the subject's
// second verb phrase with a modal, a form of "be" or "have", or an
// adverb of sequence, while "and" inside a relative clause of the object
// goes on with it.
func TestQuotesObjectEndsBeforeSecondVerb(t *testing.T) {
	for _, tt := range []struct{ text, quote string }{
		{"Mr Khan, 52, denied the charges and will stand trial in March.", "the charges"},
		{"The firm denied the claims and was cleared in May.", "the claims"},
		{"The senator announced her retirement and then left the chamber.", "her retirement"},
		{"The union rejected the offer and has called a strike for Monday.", "the offer"},
	} {
		checkOneQuote(t, tt.text, tt.quote)
	}
	checkOneQuote(t, "The senator praised a judge who is known for caution and will be easy to confirm.", "a judge who is known for caution and will be easy to confirm")
}

// TestQuotesLabelsThatSayNothing checks that a label before a colon in
// the body opens someone's words only when the paragraph reads so: a
// transcript's speaker in capitals, a label that recurs, or words in the
// first or second person or a sentence after a person's name; not a
// dateline, a salutation, a team's heading or a list under names.
func TestQuotesLabelsThatSayNothing(t *testing.T) {
	checkNoQuotes(t,
		"Readers wrote in this week.\n\nDEAR ABBY: My husband never listens to me.",
		"Injury news from around the league.\n\nLakers: Kyle Kuzma left the game with a sore ankle.",
		"Arrests this week.\n\nElizabeth A. Burton: Possession of methamphetamine, theft.",
		"The fund grew in three steps.\n\nThe Plan Stage: Think and dream productively.",
	)
	text := "The report came in overnight.\n\nNEW DELHI: The government on Monday said it would extend the scheme."
	for _, q := range Quotes(text) {
		if q.Speaker != nil && q.Speaker.Text == "NEW DELHI" {
			t.Errorf("Quotes(%q) gives the dateline as a speaker: %+v", text, q)
		}
	}
	checkOneQuote(t, "The senator spoke at length.\n\nSen. Warren: We need to act now on prices.", "We need to act now on prices.")
	checkOneQuote(t, "The anchor opened the show.\n\nJAKE TAPPER: The governor released a video on Friday about the storm.", "The governor released a video on Friday about the storm.")
	checkOneQuote(t, "The panel went on.\n\nLuciana Lopez: The speculation is a different image for everyone.", "The speculation is a different image for everyone.")
}

// TestQuotesVerbsMoreOftenNouns checks the forms that news uses more
// often as nouns ("comments", "notes", "states", "state"): after a
// quote's closing mark a form in -s or -ed is the verb of the inverted
// attribution ("“…,” comments Robin Biesbroek"), a base form there or
// after a singular word is a noun ("state Senate leader", "Vermont state
// Senate candidate"), and after a pronoun, a plural or an auxiliary the
// base form is a verb.
func TestQuotesVerbsMoreOftenNouns(t *testing.T) {
	for _, tt := range []struct{ text, quote, speaker string }{
		{"“It was a mistake,” comments Robin Biesbroek, a researcher at the institute.", "It was a mistake", "Robin Biesbroek"},
		{"“Demand will fall,” notes the report.", "Demand will fall", "the report"},
		{"“We will appeal,” said state Senate leader Ann Roe.", "We will appeal", "state Senate leader Ann Roe"},
		{"The minister commented that the figures were encouraging.", "that the figures were encouraging", "The minister"},
		{"Critics note that the bridge is late.", "that the bridge is late", "Critics"},
	} {
		quotes := Quotes(tt.text)
		if len(quotes) != 1 || quotes[0].Text != tt.quote || quotes[0].Speaker == nil || quotes[0].Speaker.Text != tt.speaker {
			t.Errorf("Quotes(%q) = %+v, want %q by %q", tt.text, quotes, tt.quote, tt.speaker)
		}
	}
	checkNoQuotes(t,
		"Vermont state Senate candidate Chris Pearson joined the rally.",
		"His comments angered the union.",
		"Her March comment drew a rebuke.",
	)
}

// TestQuotesDoubledCurlySingleMarks checks that two curly single marks
// set for one double mark (’’ for ”, ‘‘ for “) open and close a quote,
// while a lone ’ stays an apostrophe.
func TestQuotesDoubledCurlySingleMarks(t *testing.T) {
	for _, tt := range []struct{ text, quote, speaker string }{
		{"“It was an attempt to mislead voters,’’ Will Moy, chief executive of Full Fact, told the BBC.", "It was an attempt to mislead voters", "Will Moy"},
		{"‘‘We will win,’’ said the coach.", "We will win", "the coach"},
		{"The mayor said: ‘‘The bridge opens in May.’’", "The bridge opens in May.", "The mayor"},
	} {
		quotes := Quotes(tt.text)
		if len(quotes) != 1 || quotes[0].Text != tt.quote || quotes[0].Speaker == nil || quotes[0].Speaker.Text != tt.speaker {
			t.Errorf("Quotes(%q) = %+v, want %q by %q", tt.text, quotes, tt.quote, tt.speaker)
		}
	}
}

// TestQuotesHypotheticalSpeech checks that what someone might, could or
// should say is no quote ("Some might say …", "As Sherlock would say,
// …"), while a negated modal is a refusal and "would later say" reports.
func TestQuotesHypotheticalSpeech(t *testing.T) {
	checkNoQuotes(t,
		"As Sherlock would say, the game is afoot.",
		"Some might say the plan is too ambitious.",
		"Critics could argue that the deal was a mistake.",
		"Voters may wonder whether the plan will work.",
		"Applicants must promise to repay the grant.",
	)
	checkOneQuote(t, "He would later say that he regretted the vote.", "that he regretted the vote")
	text := "The spokesman could not say when the road would reopen."
	if quotes := Quotes(text); len(quotes) != 1 || quotes[0].Type != QuoteRefusal {
		t.Errorf("Quotes(%q) = %+v, want one refusal", text, quotes)
	}
}

// TestQuotesCallingSomeoneIsNoSpeech checks that "call" with a name alone
// for its object is phoning or summoning ("call Crime Stoppers", "called
// LeVell onto the stage"), while a name and what it is called is a
// quote ("called Trump dangerous", "called Rubio “Little Marco”").
func TestQuotesCallingSomeoneIsNoSpeech(t *testing.T) {
	checkNoQuotes(t,
		"Anyone with information is asked to call Crime Stoppers.",
		"Witnesses should call Thames Valley Police.",
		"Trump called Bruce LeVell onto the stage.",
	)
	checkOneQuote(t, "She called Trump dangerous.", "Trump dangerous")
	checkOneQuote(t, "He called Rubio “Little Marco” at the rally.", "Rubio “Little Marco”")
}

// TestQuotesListenersAndSpansBeforeTheClause checks that a collective
// listener without -s ("told police", "told the inquiry") and a span of
// time after "argued for" ("for decades") stand outside what was said.
func TestQuotesListenersAndSpansBeforeTheClause(t *testing.T) {
	for _, tt := range []struct{ text, quote string }{
		{"The man told police he supported the group.", "he supported the group"},
		{"A witness told the inquiry she saw the fire start.", "she saw the fire start"},
		{"He argued for decades that the tax was unfair.", "that the tax was unfair"},
		{"She argued for the past few years that the law was flawed.", "that the law was flawed"},
	} {
		checkOneQuote(t, tt.text, tt.quote)
	}
	checkOneQuote(t, "He argued for a tax cut.", "a tax cut")
}

// TestQuotesPassiveReportInsideAnother checks that a passive report with
// its source ("was backed by the Treasury") inside what someone else said
// is part of that quote, and a report of its own elsewhere.
func TestQuotesPassiveReportInsideAnother(t *testing.T) {
	checkOneQuote(t, "He said the plan was backed by the Treasury.", "the plan was backed by the Treasury")
	checkOneQuote(t, "The mayor said the bill was opposed by the unions.", "the bill was opposed by the unions")
	checkOneQuote(t, "Officials said the deal was criticized by regulators in Brussels.", "the deal was criticized by regulators in Brussels")
	checkOneQuote(t, "The plan was backed by the Treasury.", "The plan")
}
