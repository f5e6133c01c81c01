package lede

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestGivenNameSex(t *testing.T) {
	// Every entry of the table is found by the search, first and last
	// included.
	entries := strings.Split(strings.Trim(givenNames, "\n"), "\n")
	if len(entries) < 10000 {
		t.Fatalf("table holds %d names", len(entries))
	}
	for i, e := range entries {
		name, s, _ := strings.Cut(e, ":")
		if prev, _, _ := strings.Cut(entries[max(i-1, 0)], ":"); i > 0 && prev >= name {
			t.Fatalf("the table is not sorted without repeats: %q before %q", prev, name)
		}
		got, ok := searchGivenNames(name)
		if !ok || got != s[0] {
			t.Fatalf("%s: got %c %v, want %s", name, got, ok, s)
		}
	}
	// The index gives what a binary search over the table's bytes gives,
	// for names that are not there too.
	for _, key := range []string{"", "A", "Aa", "Aaden", "Aadenx", "Zyra", "Zz", "Anna", "Annax", "Jordan", "Mary-kate", "Jose", "Ωmega", "anna"} {
		s, ok := searchGivenNames(key)
		ws, wok := searchGivenNamesSorted(key)
		if s != ws || ok != wok {
			t.Errorf("searchGivenNames(%q) = %c, %v; the binary search gives %c, %v", key, s, ok, ws, wok)
		}
	}
	for _, tt := range []struct {
		name  string
		sex   sex
		known bool
	}{
		{"Anna", sexFemale, true},
		{"Tom", sexMale, true},
		{"Priya", sexFemale, true},
		{"Rahul", sexMale, true},
		{"Jordan", sexUnknown, true}, // given to both
		{"Dana", sexUnknown, true},
		{"ANNA", sexFemale, true}, // headline case
		{"José", sexMale, true},   // accents off: Jose
		{"Zoë", sexFemale, true},
		{"Mary-Kate", sexFemale, true}, // by its first part
		{"Des", sexUnknown, false},     // Des Moines
		{"Riverside", sexUnknown, false},
		{"Reuters", sexUnknown, false},
		{"Ъ", sexUnknown, false},
		{"", sexUnknown, false},
		{"Aaa", sexUnknown, false}, // before the first entry
		{"Zzzzz", sexUnknown, false},
	} {
		s, known := givenNameSex(tt.name)
		if s != tt.sex || known != tt.known {
			t.Errorf("givenNameSex(%q) = %v, %v; want %v, %v", tt.name, s, known, tt.sex, tt.known)
		}
	}
}

// speakerCase is a text, a quote in it and its speaker's name.
type speakerCase struct {
	name, text, quote, speaker string
}

func runSpeakerCases(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, tt := range cases {
		quotes := Quotes(tt.text)
		checkQuoteOffsets(t, tt.text, quotes)
		found := false
		for _, q := range quotes {
			if !strings.Contains(q.Text, tt.quote) {
				continue
			}
			found = true
			got := ""
			if q.Speaker != nil {
				got = q.Speaker.Name
			}
			if got != tt.speaker {
				t.Errorf("%s: %q has speaker name %q, want %q (%+v)", tt.name, q.Text, got, tt.speaker, q.Speaker)
			}
		}
		if !found {
			t.Errorf("%s: no quote with %q in %+v", tt.name, tt.quote, quotes)
		}
	}
}

func TestSpeakerIsTheHeadOfTheMention(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a place before the role", "Harbor Hill resident Tom Reyes, 61, said the water had risen overnight.", "the water had risen", "Tom Reyes"},
		{"a person before the role", "Bernie Sanders supporter Maya Chen said the primary was fair.", "the primary was fair", "Maya Chen"},
		{"a team before the role", "Chelsea striker Kofi Mensah said the club had let fans down.", "let fans down", "Kofi Mensah"},
		{"a company before the title", "Acme Foods chief executive Lena Ortiz said sales had doubled.", "sales had doubled", "Lena Ortiz"},
		{"an owner is no speaker", "Mr. Vasa's rival, Councillor Lee Park, said the plan was rushed.", "the plan was rushed", "Lee Park"},
		{"the one named after a preposition is not the speaker", "An aide to Senator Jane Doe said the bill would pass.", "the bill would pass", ""},
		{"a spokeswoman for someone", "A spokeswoman for Governor Tom Lee said he was resting.", "he was resting", ""},
		{"a preposition inside a title", "Secretary of State Ana Ruiz said the talks would go on.", "the talks would go on", "Ana Ruiz"},
	})
}

func TestSpeakerAfterTitlesAndOrganizations(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"county, office and rank", "Riverside County Sheriff's Deputy Ana Cruz said the driver fled on foot.", "the driver fled", "Ana Cruz"},
		{"city, service and rank", "Springfield Fire Chief Dana Holt said the blaze started in the kitchen.", "the blaze started", "Dana Holt"},
		{"state office", "Ohio Attorney General Mark Reed said the case was closed.", "the case was closed", "Mark Reed"},
		{"police rank", "Metropolitan Police Commander Priya Nair said two men were held.", "two men were held", "Priya Nair"},
		{"a title alone names the person after it", "“The train was late,” said Mr Patel.", "The train was late", "Patel"},
		{"a single name after a royal title", "“Children need schools,” said Queen Rania.", "Children need schools", "Rania"},
		{"a title and surname take the full name before", "Ravi Patel runs the shop.\n\n“Trade is slow,” Mr Patel said.", "Trade is slow", "Ravi Patel"},
	})
}

func TestSpeakerWordsThatAreAlsoPlaces(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"Bill as a given name", "Bill Moreno, the county treasurer, said the budget was balanced.", "the budget was balanced", "Bill Moreno"},
		{"West as a surname", "Kanye West said the album would be out in May.", "the album would be out", "Kanye West"},
		{"Fox as a surname", "Tom Fox, a lawyer for the family, said they would appeal.", "they would appeal", "Tom Fox"},
		{"Day as a surname", "Rosa Day said the shelter was full.", "the shelter was full", "Rosa Day"},
		{"a direction starts a place", "West Virginia officials said the roads were closed.", "the roads were closed", ""},
		{"a news organization", "Fox News reported that the talks had failed.", "the talks had failed", ""},
	})
}

// TestPronounSkipsShortMentionsOfPlaces keeps a place or a school named
// again by its first word ("Marlow" for Marlow Heights) from standing
// for the person a pronoun means: a short mention is a person only when
// its full name is.
func TestPronounSkipsShortMentionsOfPlaces(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a place", "Nurse Dana Whitfield grew up in Marlow Heights. Marlow has lost two shops this year. “We are tired,” she said.", "We are tired", "Dana Whitfield"},
		{"a junction", "Farmer Kwame Asante sells his beans in Kintampo Junction. Prices at Kintampo fell again this week. “We cannot go on,” he said.", "We cannot go on", "Kwame Asante"},
		{"a school", "Parent Dana Whitfield has two children at Birchwood Elementary. Her son has been at Birchwood since kindergarten. “We will fight this,” she said.", "We will fight this", "Dana Whitfield"},
		{"a person's surname still resolves", "Nurse Dana Whitfield spoke first. Whitfield has worked nights for years. “We are tired,” she said.", "We are tired", "Dana Whitfield"},
	})
}

// TestNameWithANickname reads a nickname in quotation marks inside a name
// as no part of it: the surname said later stands for the whole name.
func TestNameWithANickname(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"straight marks", "Utility lineman Jim \"Hoss\" Garner, 58, drove down from Ohio. \"I've never seen ice this thick,\" Garner said.", "never seen ice", "Jim Garner"},
		{"curly marks", "Boxer Muhammad “The Greatest” Ali came home. “I am glad,” Ali said.", "I am glad", "Muhammad Ali"},
		{"single marks after a title", "Former MP Thomas ‘Tommy’ Burke spoke first. “We need a plan,” Burke said.", "We need a plan", "Thomas Burke"},
		{"a title before a role is no nickname", "“Parasite” director Bong Joon-ho said the win was a surprise.", "the win was a surprise", "Bong Joon-ho"},
	})
}

// TestOrganizationByItsKind resolves "the council", "the ministry" to the
// organization of that kind named before, as its Org.
func TestOrganizationByItsKind(t *testing.T) {
	cases := []struct{ text, org string }{
		{"The Tri-County Food Alliance runs a mobile pantry. The alliance said it served 48,000 households.", "Tri-County Food Alliance"},
		{"Larchfield District Council voted on Monday. The council said bins would be collected weekly.", "Larchfield District Council"},
		{"The Ministry of Health issued new rules. The ministry said clinics must stay open.", "Ministry of Health"},
		{"The Council met. The council said nothing would change this year.", ""},
		{"Officials met on Monday. The council said nothing would change this year.", ""},
		{"Suryaveer Motors will build a plant in Pune. The company said it would invest Rs 3,200 crore.", "Suryaveer Motors"},
		{"Carmody Foods closed its plant. The firm said 300 jobs would go.", "Carmody Foods"},
		{"Analysts on Wall Street met on Monday. The company said profits would fall.", ""},
	}
	for _, tt := range cases {
		quotes := Quotes(tt.text)
		if len(quotes) != 1 || quotes[0].Speaker == nil {
			t.Errorf("%q: got %+v, want one quote with a speaker", tt.text, quotes)
			continue
		}
		if got := quotes[0].Speaker.Org; got != tt.org {
			t.Errorf("%q: org %q, want %q", tt.text, got, tt.org)
		}
	}
}

// TestPronounPassesOverThoseTalkedAbout resolves a pronoun to the person
// who speaks or acts, not to one named inside a quote or as an owner
// ("during Hartley's trial").
func TestPronounPassesOverThoseTalkedAbout(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"named inside the quote before", "Gas engineer Andrew Hartley was jailed on Friday.\n\nMichael Fitton, for the defence, said Hartley had 20 years of experience.\n\nHe said that Hartley had closed his business.", "Hartley had closed his business", "Michael Fitton"},
		{"an owner", "Gas engineer Andrew Hartley was jailed on Friday.\n\nChris Anderson had taken the witness box during Hartley's trial. He told the jury that his daughter loved New York.", "his daughter loved New York", "Chris Anderson"},
		{"an owner before a quote", "Striker Mark Bell was hurt in March. Coach Tom Reyes spoke after Bell's operation. “We will miss him,” he said.", "We will miss him", "Tom Reyes"},
	})
}

func TestPronounAgreesWithItsPerson(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"she skips a man named after the woman", "Mayor Anna Berg met Governor Tom Lee on Monday. “We agreed,” she said.", "We agreed", "Anna Berg"},
		{"he skips a woman named after the man", "Mr Patel met Ms Gupta at the station. “The train was late,” he said.", "The train was late", "Patel"},
		{"an honorific gives the sex", "Dr Sam Okoro spoke after Mrs Ada Bello. “It is a good day,” he said.", "It is a good day", "Sam Okoro"},
		{"a gendered role gives the sex", "The company's spokeswoman, Jordan Blake, stood beside chairman Alex Kim. “We are sorry,” she said.", "We are sorry", "Jordan Blake"},
		{"a pronoun resolved before gives the sex", "“We will appeal,” Jordan Blake said. “The ruling is wrong,” she added.\n\nAlex Kim, the lawyer, listened. “It will take a year,” she said.", "It will take a year", "Jordan Blake"},
		{"a place is no person", "The caucus results came in late from Des Moines. “It was a long night,” she said.", "It was a long night", ""},
		{"a place after in", "Maria Costa grew up in San Antonio. “It shaped me,” she said.", "It shaped me", "Maria Costa"},
		{"the attribution before a quote paragraph carries over", "Dr Ruth Okafor, a surgeon at St Mary's, said: “We saw four patients in an hour.”\n\n“It was chaos,” she added.", "It was chaos", "Ruth Okafor"},
	})
}

func TestQuotesVerbBeforeColon(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"objected", "Union spokesman Karl Weber objected: “The offer is too low.”", "The offer is too low.", "direct", "Union spokesman Karl Weber", "Karl Weber", "objected"},
		{"conceded", "The minister conceded: “We got the timing wrong.”", "We got the timing wrong.", "direct", "The minister", "", "conceded"},
		{"fumed", "Coach Lisa Moyo fumed: “That was not a penalty.”", "That was not a penalty.", "direct", "Coach Lisa Moyo", "Lisa Moyo", "fumed"},
		{"reasoned, in straight quotes", `Farmers' leader Amos Otieno reasoned: "Without rain there is no harvest."`, "Without rain there is no harvest.", "direct", "Farmers' leader Amos Otieno", "Amos Otieno", "reasoned"},
		{"a setting between the verb and the colon", "Deputy Governor Nora Page objected in a statement published with the decision: “The cut comes too late.”", "The cut comes too late.", "direct", "Deputy Governor Nora Page", "Nora Page", "objected"},
		{"an appositive and a setting", "Ana Ruiz, the union's lawyer, protested at the hearing: “My client was never warned.”", "My client was never warned.", "direct", "Ana Ruiz", "Ana Ruiz", "protested"},
		{"a passive before the colon is no attribution", "The results were mixed: “some gains, some losses.”", "", "", "", "", ""},
	})
}

func TestQuotesInStraightSingleQuotes(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"British tabloid style", "'We will win,' he said. 'There is no doubt about it.'", "We will win There is no doubt about it.", "direct", "he", "", "said"},
		{"apostrophes inside", "'It's the council's job to fix it,' Sarah Jones said.", "It's the council's job to fix it", "direct", "Sarah Jones", "Sarah Jones", "said"},
		{"name before the quote", "Inspector Raj Mehta said: 'The suspect fled on foot.'", "The suspect fled on foot.", "direct", "Inspector Raj Mehta", "Raj Mehta", "said"},
		{"an elided word is no quote", "Fans stayed 'til midnight, the club said.", "Fans stayed 'til midnight", "indirect", "the club", "", "said"},
		{"an elided year is no quote", "The band's '90s hits sold well, its label said.", "The band's '90s hits sold well", "indirect", "its label", "", "said"},
	})
}

func TestQuotesSpeechVerbsInOtherSenses(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"called the police", "Neighbours called the police after midnight.", "", "", "", "", ""},
		{"called an ambulance", "A passer-by called an ambulance.", "", "", "", "", ""},
		{"called a meeting", "The chairman called a meeting of the board for Friday.", "", "", "", "", ""},
		{"called names something", "The mayor called the plan reckless.", "the plan reckless", "indirect", "The mayor", "", "called"},
		{"called someone something", "Critics called him a liar.", "him a liar", "indirect", "Critics", "", "called"},
		{"add to costs", "The new rules will add to costs for small firms.", "", "", "", "", ""},
		{"said to someone", "The coach said to the players that the season was over.", "that the season was over", "indirect", "The coach", "", "said"},
		{"wrote to an office", "The firm wrote to the regulator about the delay.", "", "", "", "", ""},
		{"finds fame", "The singer finds fame late in life.", "", "", "", "", ""},
		{"found ways", "Smaller firms found ways around the rules.", "", "", "", "", ""},
		{"a poll finds a lead", "A new poll finds Ana Ruiz with a narrow lead.", "Ana Ruiz with a narrow lead", "indirect", "A new poll", "", "finds"},
		{"found that", "The inquiry found that the checks were skipped.", "that the checks were skipped", "indirect", "The inquiry", "", "found"},
		{"found fame", "The beach found fame last year when a video of its fish fry spread online.", "", "", "", "", ""},
		{"a poll found voters", "The poll found voters cared most about prices.", "voters cared most about prices", "indirect", "The poll", "", "found"},
		{"called an election", "The prime minister called an election for June.", "", "", "", "", ""},
		{"called the police as", "Some residents called the police as water reached their doorsteps.", "", "", "", "", ""},
		{"called a word in marks", "Critics called a “disaster” what the minister called a success.", "a “disaster” what the minister called a success", "mixed", "Critics", "", "called"},
		{"declared a state of emergency", "Gov. Lyle Hammond declared a state of emergency on Saturday night.", "", "", "", "", ""},
		{"declared victory", "The senator declared victory before the count was done.", "", "", "", "", ""},
		{"a chart shows", "The standard view shows the candlestick chart of each day.", "", "", "", "", ""},
		{"a setting shows", "This setting shows the tension of the goal net.", "", "", "", "", ""},
		{"a poll shows", "A new poll shows Ana Ruiz with a narrow lead.", "Ana Ruiz with a narrow lead", "indirect", "A new poll", "", "shows"},
		{"records show", "Court records show that the firm paid the fine.", "that the firm paid the fine", "indirect", "Court records", "", "show"},
		{"declared a clause", "Mr. Diaz declared he would repeal the parking law.", "he would repeal the parking law", "indirect", "Mr. Diaz", "Diaz", "declared"},
	})
}

func TestQuotesRefusals(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"would not say", "The minister would not say whether the talks would resume.", "whether the talks would resume", "refusal", "The minister", "", "say"},
		{"could not say", "A fire officer could not say when the road would reopen.", "when the road would reopen", "refusal", "A fire officer", "", "say"},
		{"declined to comment", "Lena Ortiz declined to comment on the report.", "to comment", "refusal", "Lena Ortiz", "Lena Ortiz", "declined"},
		{"refused to say", "The company refused to say how many jobs would go.", "to say how many jobs would go", "refusal", "The company", "", "refused"},
		{"did not elaborate", "Police did not immediately say whether anyone had been arrested.", "whether anyone had been arrested", "refusal", "Police", "", "say"},
		{"a refusal of another act is a stance", "The union refused to sign the deal.", "to sign the deal", "indirect", "The union", "", "refused"},
		{"said is no refusal", "The minister said the talks would resume.", "the talks would resume", "indirect", "The minister", "", "said"},
	})
}

func TestQuotesNamedListener(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"an agency", "Bernie Sanders supporter Maya Chen told Reuters she believes the primary was fair.", "she believes the primary was fair", "indirect", "Bernie Sanders supporter Maya Chen", "Maya Chen", "told"},
		{"a paper with its article", "The coach told The Daily Post they would appeal.", "they would appeal", "indirect", "The coach", "", "told"},
		{"a broadcaster", "Ravi Shah told NDTV he had not been consulted.", "he had not been consulted", "indirect", "Ravi Shah", "Ravi Shah", "told"},
		{"a listener before that", "The senator told CNN that the bill was dead.", "that the bill was dead", "indirect", "The senator", "", "told"},
	})
}

func TestQuotesWritersVoice(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a site speaking to its readers", "We may offer a range of plans to new customers.", "", "", "", "", ""},
		{"the reader addressed", "You will find that the settings menu has moved.", "", "", "", "", ""},
		{"a named subject still reports", "The bank may offer a range of plans to new customers, its chief said.", "The bank may offer a range of plans to new customers", "indirect", "its chief", "", "said"},
	})
}

func TestSpeakerNamesAfterRolesAndByGivenName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a capitalized role before a given name", "Neighbor Marcus Hope said he smelled smoke.", "he smelled smoke", "Marcus Hope"},
		{"a long office before a given name", "Emergency Management Administrator Joan Pryor said generators were on the way.", "generators were on the way", "Joan Pryor"},
		{"an honorific the titles do not list", "Pensioner Ray Dunn said the bins had not been emptied for weeks.", "the bins had not been emptied", "Ray Dunn"},
		{"a minister of a department", "Minister of Electricity Thandi Mokoena said the cuts would end.", "the cuts would end", "Thandi Mokoena"},
		{"an initial stays", "Chief Minister K. Ravi Kumar said relief would be released.", "relief would be released", "K. Ravi Kumar"},
		{"name particles in a row", "Pieter van der Merwe said the coolers could not run.", "the coolers could not run", "Pieter van der Merwe"},
		{"a given name alone", "Priya Yadav topped the state.\n\n“I studied every night,” Priya said.", "I studied every night", "Priya Yadav"},
		{"a title and given name", "Sir Nicholas Farrant left 40 paintings.\n\n“He was radical,” Sir Nicholas said.", "He was radical", "Nicholas Farrant"},
		{"a surname of the right sex", "Amy Corcoran and her husband Neil Corcoran run the farm.\n\n“We sold a third of the herd,” Mr Corcoran said.", "We sold a third", "Neil Corcoran"},
		{"a quoted nickname is no name", "Tina Bell, known as 'Tina Two Jobs', won the draw. 'I cried,' Tina said.", "I cried", "Tina Bell"},
	})
}

func TestSpeakerOrganizations(t *testing.T) {
	for _, tt := range []struct{ text, org string }{
		{"Carmody Foods said it would close the plant.", "Carmody Foods"},
		{"The National Bridge Safety Office said the crack had grown.", "National Bridge Safety Office"},
		{"Police Caledonia said two officers were sent.", "Police Caledonia"},
		{"Energy use will double, says a report by the Lakeshore Public Health Council.", "Lakeshore Public Health Council"},
		{"The senator said the bill was dead.", ""},
	} {
		q := Quotes(tt.text)
		if len(q) != 1 || q[0].Speaker == nil || q[0].Speaker.Org != tt.org || q[0].Speaker.Name != "" {
			t.Errorf("%q: got %+v, want organization %q", tt.text, q, tt.org)
		}
	}
}

func TestQuotesInsideQuotesArePartOfThem(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       int
	}{
		{"reported speech inside a quote", "“My manager said the round could wait, so I went,” Danny Crow said.", 1},
		{"a quote inside a quote", "“Last week my daughter asked me, ‘Papa, why do other children have lights?’ What do I tell her?” Khumalo said.", 1},
		{"a split quote keeps the writer's words between its parts", "“We must wake up,” Mr. Cruz said, referring to young voters. “They decide.”", 2},
		{"two quotes side by side", "“It works,” she said. The minister said the trial would end in May.", 2},
	} {
		if got := Quotes(tt.text); len(got) != tt.want {
			t.Errorf("%s: got %d quotes, want %d: %+v", tt.name, len(got), tt.want, got)
		}
	}
}

func TestQuotesBritishNestedAndListenerClauses(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"single marks outside double ones", "‘One consultant said to me, “We are running to stand still,” and she was right,’ she added.", "One consultant said to me, “We are running to stand still,” and she was right", "direct", "she", "", "added"},
		{"straight single marks outside double ones", `'My manager said to me, "Stay on your round," so I will,' Danny joked.`, `My manager said to me, "Stay on your round," so I will`, "direct", "Danny", "Danny", "joked"},
		{"an age after the name and a listener before the clause", "Neighbor Marcus Hope, 34, told KDLM News he smelled smoke.", "he smelled smoke", "indirect", "Neighbor Marcus Hope", "Marcus Hope", "told"},
		{"a relative clause and a listener before the clause", "Price ally Sharon Kim, who ran for the board last year, told KBNT News she’ll start a petition.", "she’ll start a petition", "indirect", "Price ally Sharon Kim", "Sharon Kim", "told"},
		{"a clause before told and its listener", "Spending on flood defences will double, the environment secretary, Hannah Kerr, told the Commons on Wednesday.", "Spending on flood defences will double", "indirect", "the environment secretary", "Hannah Kerr", "told"},
		{"told and its listener end the sentence", "The vote will be close, party whip Dan Cole told reporters.", "The vote will be close", "indirect", "party whip Dan Cole", "Dan Cole", "told"},
		{"told never inverts", "Rents will rise again, the report told readers.", "Rents will rise again", "indirect", "the report", "", "told"},
	})
}

func TestSpeakerNamedOnceByOneWord(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a given name", "“I made you breakfast,” Penny said.", "I made you breakfast", "Penny"},
		{"a surname used inside a sentence", "Reporters asked about the plan, and “it is dead,” Hauser said. Later Hauser left.", "it is dead", "Hauser"},
		{"a common noun that opens the sentence", "“It was a mistake,” Management said.", "It was a mistake", ""},
		{"a plural noun", "Critics said the plan would fail.", "the plan would fail", ""},
		{"a country", "Germany said it would send aid, and aid from Germany arrived.", "it would send aid", ""},
		{"a pronoun for a person named by one name", "Adele sang for an hour. Later Adele thanked the band. “You are the best,” she said.", "You are the best", "Adele"},
		{"one name only at a sentence's start is no mention", "Grace is needed now. Tom Lee agreed. “It is warm,” she said.", "It is warm", ""},
	})
}

func TestBlockQuotesOfEmbedsAndHeadings(t *testing.T) {
	text := "The rabbi posted on Tuesday.\n\nWe stand with every family tonight and we will open our doors.\n\n— Seth Goldstein (@Rabbi_360) January 7, 2020\n\nSummary\n\nView this post on Instagram\n\nSkinfold calipers are cheap and quick, but their accuracy depends on the tester."
	var blocks []Span
	for _, p := range []string{"We stand with", "— Seth", "Summary", "View this post", "Skinfold"} {
		i := strings.Index(text, p)
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 {
			end = len(text) - i
		}
		blocks = append(blocks, Span{i, i + end})
	}
	quotes, err := quotesIn(&stopper{}, text, blocks)
	if err != nil {
		t.Fatal(err)
	}
	if len(quotes) != 2 {
		t.Fatalf("got %d quotes, want the post and the last block: %+v", len(quotes), quotes)
	}
	if s := quotes[0].Speaker; s == nil || s.Name != "Seth Goldstein" {
		t.Errorf("the post's speaker is %+v, want Seth Goldstein from its byline", s)
	}
}

// TestNamesWithInitialsAndPostNominals keeps every initial of a name
// after a title with "of" ("Superintendent of Police R. K. Sharma") and
// drops the letters of a seat or an honour after it ("Jane Moss MP").
func TestNamesWithInitialsAndPostNominals(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"two initials after a title with of", "“We have done our part,” said Superintendent of Police R. K. Sharma.", "We have done our part", "R. K. Sharma"},
		{"initials after a longer title", "Director of Public Prosecutions A. P. Singh said the case would proceed.", "the case would proceed", "A. P. Singh"},
		{"a member of parliament", "Opposition leader Jane Moss MP said: “This is a shambles.”", "This is a shambles.", "Jane Moss"},
		{"an honour", "“It was an honour,” said Dame Ama Boateng DBE.", "It was an honour", "Ama Boateng"},
		{"counsel", "Tom Reid KC said the ruling would be appealed.", "the ruling would be appealed", "Tom Reid"},
		{"a middle initial after a title with of", "Secretary of State John F. Kerry said the vote was a step forward.", "the vote was a step forward", "John F. Kerry"},
		{"a middle initial after a ministry", "Minister of Health Kwame A. Boateng said the clinics would open.", "the clinics would open", "Kwame A. Boateng"},
		{"a middle initial after a staff title", "“The memo is old,” said Chief of Staff Mary T. Lopez.", "The memo is old", "Mary T. Lopez"},
	})
}

// TestPronounMeansTheSubject resolves a pronoun after a sentence whose
// subject acts on another person of the same sex to the subject, not to
// the nearer object: "Judge Simon Cole handed Carter a fine. 'You are
// lucky,' he told him."
func TestPronounMeansTheSubject(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a judge and the accused", "District Judge Simon Cole handed Carter a fine. 'You are lucky,' he told him.", "You are lucky", "Simon Cole"},
		{"an inspector and a witness", "Inspector Ruth Gale thanked Mrs Dunn for her help. 'She was brave,' she said.", "She was brave", "Ruth Gale"},
		{"two candidates", "Senator Ana Ruiz beat Maria Lopez in the primary. She said the race was hard.", "the race was hard", "Ana Ruiz"},
		{"two subjects keep the nearer", "Union leader Peter Okafor and his colleague John Adeyemi led the march. “We are tired,” he said.", "We are tired", "John Adeyemi"},
		{"an unknown sex keeps the nearer", "Councillor Ntim met Mr Tom Reed. “It went well,” he said.", "It went well", "Tom Reed"},
	})
}

func TestSpeakerRolesInAppositives(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the role before a name in commas", "The state governor, Mr Babatunde Ade, met marketers on Monday. “Nobody should hoard fuel,” the governor said.", "Nobody should hoard fuel", "Babatunde Ade"},
		{"a family role gives the sex", "Her father, Ramesh Yadav, drives a rickshaw, and her mother, Geeta Yadav, sews uniforms. “We never had money for tuition,” he said.", "We never had money", "Ramesh Yadav"},
		{"a given name after a role noun", "The shop is run by Bill Kostas and his wife Helen.\n\nHelen was blunt. “It's greed,” she said.", "It's greed", "Helen"},
		{"a name after the preposition's object", "Head of hardware Bill Stone said the chip was new.", "the chip was new", "Bill Stone"},
		{"a name right after the preposition", "A spokeswoman for Governor Tom Lee said he was resting.", "he was resting", ""},
		{"a name that ends an organization's", "A spokesperson for Mercia Vale Fire and Rescue Service said crews were called at 12.14am.", "crews were called", ""},
		{"a name inside a company's", "A lawyer for Dunmore Grace Holdings said the claim was false.", "the claim was false", ""},
		{"a name inside a ministry's", "An official at the Kwame Mensah Foundation said the grant was paid.", "the grant was paid", ""},
	})
}

// searchGivenNamesSorted finds key among the sorted "\nName:S" entries of
// givenNames by binary search over its bytes, and returns its S: the
// lookup that givenNameIndex replaced, kept as its reference.
func searchGivenNamesSorted(key string) (byte, bool) {
	// Every position in [lo, hi) that holds a line break starts an entry
	// that may be key; lo always holds one.
	lo, hi := 0, len(givenNames)
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := strings.LastIndexByte(givenNames[:mid+1], '\n') // >= lo
		end := len(givenNames)
		if i := strings.IndexByte(givenNames[start+1:], '\n'); i >= 0 {
			end = start + 1 + i
		}
		name, s, _ := strings.Cut(givenNames[start+1:end], ":")
		switch {
		case name < key:
			lo = end
		case name > key:
			hi = start
		default:
			return s[0], true
		}
	}
	return 0, false
}

// TestNamesThatAreMonthsOrModalVerbs reads a capitalized month or modal
// verb as part of a name where it stands beside a name word ("said Will
// Doyle", "Theresa May said"), and as the month or verb elsewhere.
func TestNamesThatAreMonthsOrModalVerbs(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"Will as a given name after the verb", "“The model is costly,” said Will Doyle, a professor.", "The model is costly", "Will Doyle"},
		{"Will as a given name opening the sentence", "Will Doyle said the model was costly.", "the model was costly", "Will Doyle"},
		{"Will as a surname", "Columnist George Will said the party had lost its way.", "the party had lost its way", "George Will"},
		{"May as a surname", "Former prime minister Theresa May said the deal was done.", "the deal was done", "Theresa May"},
		{"May as a surname before an age", "Yin Myint May, 60, a doctor, said she was elated.", "she was elated", "Yin Myint May"},
		{"May as a surname after a title", "Mrs May said the vote would go ahead.", "the vote would go ahead", "May"},
		{"May as a given name", "May Chen, a nurse, said the ward was full.", "the ward was full", "May Chen"},
		{"April as a given name", "April Ryan said the briefing was cancelled.", "the briefing was cancelled", "April Ryan"},
		{"June as a given name", "“We were not warned,” said June Okoro.", "We were not warned", "June Okoro"},
		{"a month after a preposition stays a month", "The minister said in May that the plan would fail.", "the plan would fail", ""},
	})
}

func TestFunctionWordsReadAsNamesOnlyBesideNames(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string // the words that keep their case
	}{
		{"said Will Doyle, a professor", []string{"Will"}},
		{"Theresa May said", []string{"May"}},
		{"Prime Minister May said", []string{"May"}},
		{"In June Smith said", nil},          // a preposition before the month
		{"Tokyo May 5 was warm", nil},        // a day after the month
		{"Hillary Will Win, Aides Say", nil}, // title case after the verb
		{"the storm will pass by May", nil},  // lower case, or no name beside it
		{"THERESA MAY SAID", nil},            // capitals of a heading
		{"Since May, Smith has said", nil},   // a preposition before, a comma after
	} {
		toks := words(tt.text)
		readFunctionWordsAsNames(toks)
		var got []string
		for i := range toks.len() {
			if toks.lower(i) == toks.text(i) && toks.isCapitalized(i) {
				got = append(got, toks.text(i))
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q: words read as names (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestSpeakerAfterAnOpeningSetting reads the subject of a speech verb
// past a setting of time or place that opens the sentence without a
// comma: "In 2019 the minister said", "Last week the council said".
func TestSpeakerAfterAnOpeningSetting(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a year", "In 2019 the minister said the plan would fail.", "the plan would fail", "indirect", "the minister", "", "said"},
		{"a day and a name", "On Tuesday Smith said the plan would fail.", "the plan would fail", "indirect", "Smith", "Smith", "said"},
		{"a month", "In May the minister said the plan would fail.", "the plan would fail", "indirect", "the minister", "", "said"},
		{"last week", "Last week the council said the road would reopen.", "the road would reopen", "indirect", "the council", "", "said"},
		{"an adverb and a week", "Earlier this month the union said it would strike.", "it would strike", "indirect", "the union", "", "said"},
		{"that day", "Later that day the coach told reporters the team was tired.", "the team was tired", "indirect", "the coach", "", "told"},
		{"the next day", "The next day the mayor said the water was safe.", "the water was safe", "indirect", "the mayor", "", "said"},
		{"a statement", "In a statement to the press the company said sales had fallen.", "sales had fallen", "indirect", "the company", "", "said"},
		{"an interview and a quote", "In an interview Okafor said: “We are ready.”", "We are ready.", "direct", "Okafor", "Okafor", "said"},
		{"a count is no setting", "At least four senators said the vote was rigged.", "the vote was rigged", "indirect", "At least four senators", "", "said"},
	})
}

func TestOpeningSettingNeedsASentenceStart(t *testing.T) {
	for _, text := range []string{
		"This technique can prevent overeating by helping a person learn to recognize when they are full.",
		"He met voters at a rally in the town the mayor described as forgotten.",
	} {
		for _, q := range Quotes(text) {
			if q.Speaker != nil && (q.Speaker.Text == "a person" || q.Speaker.Text == "the mayor") {
				t.Errorf("%q: speaker %q read past words that open no sentence", text, q.Speaker.Text)
			}
		}
	}
}

// TestQuotesAfterAnInvertedVerb reads an attribution that opens its
// sentence with the verb, its subject after it, before the quote.
func TestQuotesAfterAnInvertedVerb(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"said and a relative aside", "Said Dorothy Poynter, who grew up near the gym, “We were all so proud of him.”", "We were all so proud of him.", "direct", "Dorothy Poynter", "Dorothy Poynter", "Said"},
		{"added, a role and a name", "Added the mayor, Tom Reyes: “We will rebuild.”", "We will rebuild.", "direct", "the mayor", "Tom Reyes", "Added"},
		{"says in the present", "Says Priya Nair, “Nobody asked us.”", "Nobody asked us.", "direct", "Priya Nair", "Priya Nair", "Says"},
		{"wrote and a role", "Wrote the judge: “The claim fails on every count.”", "The claim fails on every count.", "direct", "the judge", "", "Wrote"},
		{"a participle is the subject's own", "Asked about the plan, Reyes said: “We will rebuild.”", "We will rebuild.", "direct", "Reyes", "Reyes", "said"},
	})
}

// TestQuotesAfterANameAndAffiliationLabel reads the labels that round-ups
// of reactions set before a colon: a person's name and, after a comma,
// where they speak from or what they are.
func TestQuotesAfterANameAndAffiliationLabel(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a network", "Howard Kurtz, Fox News: “The debate was his strongest.”", "The debate was his strongest.", "direct", "Howard Kurtz", "Howard Kurtz", ":"},
		{"a paper whose name holds a verb", "Kathleen Parker, The Washington Post: “Nobody won tonight.”", "Nobody won tonight.", "direct", "Kathleen Parker", "Kathleen Parker", ":"},
		{"a platform and a name with an inner capital", "Meghan McCain, Twitter: “The moderator won.”", "The moderator won.", "direct", "Meghan McCain", "Meghan McCain", ":"},
		{"a role", "Jeremy Lott, author: “I am tired of being told how to vote.”", "I am tired of being told how to vote.", "direct", "Jeremy Lott", "Jeremy Lott", ":"},
		{"a name with an accented capital", "Éric Dupont, France Inter: “The night belonged to him.”", "The night belonged to him.", "direct", "Éric Dupont", "Éric Dupont", ":"},
		{"a place is no person", "Paris, France: “The city will rebuild.”", "", "", "", "", ""},
	})
}

// TestSpeakerWithAPlaceAndItsRegion keeps a state, province or country set
// after a place with commas ("of Raleigh, N.C.,") inside the appositive,
// never the speaker, and reads past the period of an abbreviation before
// the verb.
func TestSpeakerWithAPlaceAndItsRegion(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a state abbreviation and a relative aside", "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said the race was close.", "the race was close", "Harry Bond"},
		{"an abbreviation split by its period, after a quote", "“I do not trust her,” Cecelia Purner, 67, a retired nurse in Allentown, Pa., said in an interview.", "I do not trust her", "Cecelia Purner"},
		{"a country", "“Prices doubled,” Ade Bello, a trader from Lagos, Nigeria, said.", "Prices doubled", "Ade Bello"},
		{"a province", "Marie Roy, a farmer near Saskatoon, Sask., said the frost came early.", "the frost came early", "Marie Roy"},
		{"a company suffix before the verb", "“We grew,” Ana Ruiz, chief executive of Acme Foods Inc., said.", "We grew", "Ana Ruiz"},
	})
}

// TestPluralSpeechNounBeforeAPastVerb reads the plural of a speech noun
// right before a verb in the past as the subject, not as the verb: in
// "Early reports said", "reports" is what said.
func TestPluralSpeechNounBeforeAPastVerb(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"reports said", "Early reports said two people had died.", "two people had died", "indirect", "Early reports", "", "said"},
		{"estimates suggested", "Initial estimates suggested the toll was higher.", "the toll was higher", "indirect", "Initial estimates", "", "suggested"},
		{"statements claimed", "Official statements claimed the road was open.", "the road was open", "indirect", "Official statements", "", "claimed"},
		{"a verb that reports nothing", "Initial estimates put the total at 55,000 pages.", "", "", "", "", ""},
	})
}

// TestSpeechWordOpeningANounPhrase keeps the whole subject when a speech
// verb's base form opens it as a noun modifier ("Talk show host Glenn
// Beck"), not only the words after it.
func TestSpeechWordOpeningANounPhrase(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"talk show", "Talk show host Glenn Beck, who backed Cruz, said the race was over.", "the race was over", "indirect", "Talk show host Glenn Beck", "Glenn Beck", "said"},
		{"call centre", "Call centre worker Ana Ruiz said the shifts were too long.", "the shifts were too long", "indirect", "Call centre worker Ana Ruiz", "Ana Ruiz", "said"},
		{"report author", "Report author Priya Nair said costs had doubled.", "costs had doubled", "indirect", "Report author Priya Nair", "Priya Nair", "said"},
		{"an imperative is reported", "Tell them the truth, she said.", "Tell them the truth", "indirect", "she", "", "said"},
	})
}

// TestPassiveWithAdverbIsNoAttribution treats a verb of speaking or
// thinking in the passive as no attribution with "not" or an adverb
// between "be" and the participle, as it does without: its subject is
// what is talked about, not who talks.
func TestPassiveWithAdverbIsNoAttribution(t *testing.T) {
	for _, text := range []string{
		"The fire was not thought to be suspicious.",
		"The talks were widely expected to fail.",
		"SpaceX is understood to have submitted a proposal.",
		"It was widely reported that the plane cost $100 million.",
	} {
		if got := quoteTexts(text, true); len(got) != 0 {
			t.Errorf("%q: got quotes %q, want none", text, got)
		}
	}
	runQuoteCases(t, []quoteCase{
		{"a passive inside a report keeps the report", "A spokesperson said the fire was not thought to be suspicious.", "the fire was not thought to be suspicious", "indirect", "A spokesperson", "", "said"},
	})
}

// TestNamingAndAnonymityAreNotSpeech keeps a name given in a relative
// clause ("which he calls “Big Bertha,”") and a source's request to go
// unnamed ("who asked not to be named") from being read as what someone
// said, while the sentence's own attribution stands.
func TestNamingAndAnonymityAreNotSpeech(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"His entry this year, which he calls “Big Bertha,” tipped the scales at 1,412 pounds.", ""},
		{"Long, whom teammates call 'Stretch', kicked three goals in the last quarter.", ""},
		{"The boat, which locals dubbed “The Old Lady,” sank in 1962.", ""},
		{"One resident, who asked not to be named, said the water was brown.", "the water was brown | One resident"},
		{"A nurse, who asked to be identified only by her first name, said the ward was full.", "the ward was full | A nurse"},
	} {
		got := strings.Join(quoteTexts(tt.text, true), "; ")
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
	// A description in quotation marks is what the speaker called it.
	text := "NAFTA, which Trump had called a “disaster,” was on the agenda."
	if got := quoteTexts(text, true); len(got) != 1 || !strings.Contains(got[0], "“disaster,”") || !strings.HasSuffix(got[0], "| Trump") {
		t.Errorf("%q: got %q, want the description quoted by Trump", text, got)
	}
}

// TestRoleNounOpeningTheSentenceBeforeAName reads a capitalized agent
// noun that opens a sentence before a name as the person's role, so a
// name outside the given-name table is a person all the same.
func TestRoleNounOpeningTheSentenceBeforeAName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a farmer, then a pronoun", "Farmer Akosua Boateng, 52, owns twelve acres.\n\n“Nobody will be left,” she said.", "Nobody will be left", "Akosua Boateng"},
		{"a student", "Student Wanjiru Kamau said the fees were too high.", "the fees were too high", "Wanjiru Kamau"},
		{"a shopkeeper", "Shopkeeper Ravi Menon said trade was slow.", "trade was slow", "Ravi Menon"},
		{"a resident", "Resident Chidi Okeke said the road flooded every year.", "the road flooded", "Chidi Okeke"},
		{"a nationality", "Nigerian Akosua Boateng said trade was slow.", "trade was slow", "Akosua Boateng"},
	})
}

// TestSourceDatedByItsParticiple keeps the day that dates a source's
// participle in the source ("a CBS poll released Monday"), where a day
// after a name dates the speaking ("said Smith Monday").
func TestSourceDatedByItsParticiple(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a poll", "Clinton is ahead, according to a CBS poll released Monday.", "Clinton is ahead", "indirect", "a CBS poll released Monday", "", "according to"},
		{"data with an agent", "Revenue rose 3.5 percent, according to data released Friday by state regulators.", "Revenue rose 3.5 percent", "indirect", "data released Friday by state regulators", "", "according to"},
		{"a memo published yesterday", "The archive was cut, according to a memo published yesterday.", "The archive was cut", "indirect", "a memo published yesterday", "", "according to"},
		{"a day after a name", "“We won,” said Smith Monday.", "We won", "direct", "Smith", "Smith", "said"},
	})
}

// TestSubjectsWithFloatingQuantifiersAndNameLists reads "both", "all" or
// "each" after a subject as no part of it, and a list of names that
// opens the clause as one subject.
func TestSubjectsWithFloatingQuantifiersAndNameLists(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"both after an auxiliary", "Smith and Jones have both argued that workers lost jobs.", "that workers lost jobs", "indirect", "Smith and Jones", "Jones", "argued"},
		{"both before the verb", "The two leaders both said that talks would go on.", "that talks would go on", "indirect", "The two leaders", "", "said"},
		{"all after the subject", "The unions all said that talks would go on.", "that talks would go on", "indirect", "The unions", "", "said"},
		{"a list of three names", "Carson, Fiorina and Huckabee have all said the speeches were old commitments.", "the speeches were old commitments", "indirect", "Carson, Fiorina and Huckabee", "", "said"},
		{"an opening adverb is no name of the list", "However, Vindman and Williams said the call was improper.", "the call was improper", "indirect", "Vindman and Williams", "Williams", "said"},
	})
}

// TestAddToSomethingIsNoSpeech reads "add to" and a thing as increasing
// it, not as speaking, while "added" before a quote or a clause speaks.
func TestAddToSomethingIsNoSpeech(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"add to costs", "Severance payments will add to costs this year, and the company said it expected a one-time charge.", "it expected a one-time charge", "indirect", "the company", "", "said"},
		{"added to the pressure", "The delay added to the pressure on the board, analysts said.", "The delay added to the pressure on the board", "indirect", "analysts", "", "said"},
		{"added to a list", "Denmark and Iceland were added to the quarantine list.", "", "", "", "", ""},
		{"added to that, then a quote", "He added to that: “We will not back down.”", "We will not back down.", "direct", "He", "", "added"},
		{"added that", "She added that the plan was sound.", "that the plan was sound", "indirect", "She", "", "added"},
	})
}

// TestTitleInSingleMarksIsNoSpeaker passes over a title in single marks
// inside a relative aside, as over one in double marks, to the name
// before it.
func TestTitleInSingleMarksIsNoSpeaker(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a biography", "The historian Sir Nicholas Farrant, whose biography of Pennick, ‘A Painter of Weather’, came out last year, said the bequest was significant.", "the bequest was significant", "Nicholas Farrant"},
		{"a film", "The director Ana Ruiz, whose first film, ‘Salt Roads’, won a prize, said the festival was brave.", "the festival was brave", "Ana Ruiz"},
		{"a book in double marks", "The historian Anna Berg, whose book, “The Long Winter”, came out in May, said the archive was rich.", "the archive was rich", "Anna Berg"},
	})
}

// TestTraditionalAndReligiousTitles reads the titles of traditional
// rulers, clerics and honours before a name as titles, not given names.
func TestTraditionalAndReligiousTitles(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"an Akan chief", "The chief of the area, Nana Kwabena Ofori, said the smuggling had begun.", "the smuggling had begun", "Kwabena Ofori"},
		{"a Yoruba ruler", "Oba Adeyemi Ladele said the palace was closed.", "the palace was closed", "Adeyemi Ladele"},
		{"a cleric", "Ayatollah Ali Khamenei said the talks were over.", "the talks were over", "Ali Khamenei"},
		{"a Malaysian honour", "Datuk Lim Kok Wing said the campus would open.", "the campus would open", "Lim Kok Wing"},
	})
}

// TestSubjectAfterAnOpeningParticipleClause reads the subject of a
// sentence that opens with a participle clause after the clause, not the
// clause itself, for a participle later in the sentence.
func TestSubjectAfterAnOpeningParticipleClause(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a place and its state", "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”", "him “a total stiff.”", "mixed", "Trump", "", "calling"},
		{"a role", "Speaking at a rally, the senator attacked the plan, calling it “a disaster.”", "it “a disaster.”", "mixed", "the senator", "", "calling"},
		{"a pronoun", "Writing in the Times, she praised the bill, calling it “overdue.”", "it “overdue.”", "mixed", "she", "", "calling"},
	})
}

// TestDatelineIsNoSubject passes over a dateline ("City (AFP) –",
// "PARIS, Aug 31 (Reuters) -", "DES MOINES -") to the sentence's subject.
func TestDatelineIsNoSubject(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a title-case dateline", "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Trump, saying that “bombastic comments” do harm.", "that “bombastic comments” do harm", "mixed", "Democrat Hillary Clinton", "Hillary Clinton", "saying"},
		{"a place and its country", "Lagos, Nigeria (Reuters) - The union has taken a swipe at the ministry, saying that wages have not been paid.", "that wages have not been paid", "indirect", "The union", "", "saying"},
		{"an agency of two words", "Nairobi (AP News) – The minister has defended the budget, saying that it protects the poor.", "that it protects the poor", "indirect", "The minister", "", "saying"},
		{"a place in capitals and a date", "PARIS, Aug 31 (Reuters) - The party's leader, Marine Dubois, backed the plan on Wednesday, saying it would help farmers.", "it would help farmers", "indirect", "The party's leader", "Marine Dubois", "saying"},
		{"a place in capitals, no agency", "DES MOINES - Despite her hurdles in Iowa, the senator has been quietly expanding her networks, saying she can win in March.", "she can win in March", "indirect", "the senator", "", "saying"},
		{"a place, its country and an em dash", "NAIROBI, Kenya — The union has rejected the offer, saying that wages are too low.", "that wages are too low", "indirect", "The union", "", "saying"},
		{"a double hyphen", "BEIJING, Dec. 3 (Xinhua) -- The ministry has warned exporters, saying that tariffs would rise.", "that tariffs would rise", "indirect", "The ministry", "", "saying"},
		{"a name between dashes is no dateline", "Mayor Ruth Ade - the first woman in the post - backed the plan, saying it would help.", "it would help", "indirect", "Mayor Ruth Ade", "Ruth Ade", "saying"},
	})
}

// TestSubjectAfterOpeningTimesAndPlaces reads the subject after an
// opening span of time ("But a few days later,") or a setting continued
// by its region and day ("At an event in Ames, Iowa, on Sunday,"), and
// "think tank" as a noun.
func TestSubjectAfterOpeningTimesAndPlaces(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a span after a coordinator", "But a few days later, Trump reversed himself, telling CBS that the laws were set.", "that the laws were set", "indirect", "Trump", "", "telling"},
		{"a span", "Two weeks earlier, the union had walked out, saying that wages were unpaid.", "that wages were unpaid", "indirect", "the union", "", "saying"},
		{"a setting, its region and a day", "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to explain, saying that the country should lead.", "that the country should lead", "indirect", "Mrs. Clinton", "Clinton", "saying"},
		{"a think tank", "Matt Bennett, a founder of the center-left think tank Third Way, said the party had avoided tacking left.", "the party had avoided tacking left", "indirect", "Matt Bennett", "Matt Bennett", "said"},
	})
}

// TestVerbAfterQuoteWithAParticipleTail reads a past tense after a quote
// as its attribution when a participle clause follows it, as "said" is.
func TestVerbAfterQuoteWithAParticipleTail(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"answered, referring", "“It is Jeff,” Ms. Abedin answered, referring to a colleague.", "It is Jeff", "direct", "Ms. Abedin", "Abedin", "answered"},
		{"fumed, slamming", "“We are done,” the coach fumed, slamming the door.", "We are done", "direct", "the coach", "", "fumed"},
		{"snapped, pointing", "“Get out,” the guard snapped, pointing at the door.", "Get out", "direct", "the guard", "", "snapped"},
	})
}

// TestFormInIngInsideANounPhrase reads a speech verb's form in -ing
// between a determiner (and an adjective) and a noun as naming a kind of
// the noun, not as a verb.
func TestFormInIngInsideANounPhrase(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a writing professor", "Sexton, a creative writing professor, says he holds his roots close.", "he holds his roots close", "indirect", "Sexton", "", "says"},
		{"the reporting team", "Lee, the reporting team's editor, said the story would run.", "the story would run", "indirect", "Lee", "Lee", "said"},
		{"a speaking coach", "Ana Ruiz, a public speaking coach, said nerves were normal.", "nerves were normal", "indirect", "Ana Ruiz", "Ana Ruiz", "said"},
		{"a noun before a participle stays a verb", "Both men issued a statement expressing optimism about the talks.", "optimism about the talks", "indirect", "Both men", "", "expressing"},
	})
}

// TestNameAfterADescriptionOpeningTheSentence gives a participle's quote
// the name set off after the description that opens the sentence ("The
// farm minister, Marine Dubois, visited …, saying"), as a verb right
// after the pair does.
func TestNameAfterADescriptionOpeningTheSentence(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a title", "The farm minister, Marine Dubois, visited the farm, saying it would help farmers.", "it would help farmers", "indirect", "The farm minister", "Marine Dubois", "saying"},
		{"a possessive title", "Kenya's president, William Ruto, visited Mombasa, telling crowds the port would grow.", "the port would grow", "indirect", "Kenya's president", "William Ruto", "telling"},
		{"a relation", "Her lawyer, Tom Reyes, filed the papers, arguing that the fine was unlawful.", "that the fine was unlawful", "indirect", "Her lawyer", "Tom Reyes", "arguing"},
		{"a place and its country, no name", "Lagos, Nigeria, has banned the sale, citing health risks.", "health risks", "indirect", "Lagos", "", "citing"},
		{"a role after the name stays a title", "Huma Abedin, an aide to the senator, emailed staff, telling them the trip was off.", "the trip was off", "indirect", "Huma Abedin", "Huma Abedin", "telling"},
	})
}

// TestClauseAfterAPronounListener starts what "told them" reports after
// the pronoun when a noun phrase or a name runs into a verb: "told them
// the strike would go ahead".
func TestClauseAfterAPronounListener(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"them, a determiner", "She told them the strike would go ahead.", "the strike would go ahead", "indirect", "She", "", "told"},
		{"us, a determiner", "He told us the plant would close in May.", "the plant would close in May", "indirect", "He", "", "told"},
		{"him, a name", "The coach told him Ruth Ade had resigned.", "Ruth Ade had resigned", "indirect", "The coach", "", "told"},
		{"me, a contracted pronoun", "A neighbour told me they'd be in jail by Friday.", "they'd be in jail by Friday", "indirect", "A neighbour", "", "told"},
		{"them, it", "The landlord told them it'd be over by June.", "it'd be over by June", "indirect", "The landlord", "", "told"},
		{"reporters, a contracted pronoun", "The coach told reporters they'll be back by Friday.", "they'll be back by Friday", "indirect", "The coach", "", "told"},
		{"her as a possessive", "She told her staff the plan was dead.", "the plan was dead", "indirect", "She", "", "told"},
		{"an object, no clause", "He told them the truth.", "", "", "", "", ""},
	})
}

// TestRelativeWhichAndAdverbsBeforeTheVerb reads "which" after a comma
// as the mention of the phrase it follows, as "who" is ("the Post, which
// said"), and passes over adverbs that stand between a subject and its
// verb ("which together vowed", "officials once again warned"). "Calls
// itself" takes a name and reports no words.
func TestRelativeWhichAndAdverbsBeforeTheVerb(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"which together", "The pact came from Ghana and Togo, which together vowed to clear the border forests.", "to clear the border forests", "indirect", "which", "", "vowed"},
		{"which, an outlet", "The piece ran in the Daily Ledger, which said it would cover the race in its arts pages.", "it would cover the race in its arts pages", "indirect", "which", "", "said"},
		{"which, the main verb after the aside", "The union, which has long opposed the plan, said the vote was rigged.", "the vote was rigged", "indirect", "The union", "", "said"},
		{"which calls itself, a name taken", "The group, which calls itself the “Friends of the Pier”, filed a petition.", "", "", "", "", ""},
		{"he calls himself, a name taken", "He calls himself “the people's mayor” and rides a bike to work.", "", "", "", "", ""},
		{"once again", "Officials once again warned that a strike was near.", "that a strike was near", "indirect", "Officials", "", "warned"},
		{"together, no relative", "The two leaders together announced that the border would reopen.", "that the border would reopen", "indirect", "The two leaders", "", "announced"},
	})
}

// TestAppositivesWithTitlesAndAsides reads a subject past an appositive
// that is the title of a work in quotation marks ("The report, ‘Waiting
// in Line’, found"), or a role with a relative clause after its noun
// that may hold a title's abbreviation ("a cook who asked to be
// identified only as Mrs. Odom,").
func TestAppositivesWithTitlesAndAsides(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a title in single marks", "The report, ‘Waiting in Line’, found that fewer than half of patients were seen on time.", "that fewer than half of patients were seen on time", "indirect", "The report", "", "found"},
		{"a title in double marks", "The report, “Waiting in Line”, found that fewer than half of patients were seen on time.", "that fewer than half of patients were seen on time", "indirect", "The report", "", "found"},
		{"a title with its comma inside", "Her memoir, “Hard Choices,” argues that the country must lead.", "that the country must lead", "indirect", "Her memoir", "", "argues"},
		{"a role with a relative clause and an honorific", "One client, a retired cook who asked to be identified only as Mrs. Odom, said the truck would save her a bus ride.", "the truck would save her a bus ride", "indirect", "One client", "Odom", "said"},
		{"a role with a relative clause", "One client, a cook who lives near the pantry, said the truck would help.", "the truck would help", "indirect", "One client", "", "said"},
		{"a quote before the subject stays apart", "“We won,” Smith, the coach, said after the game.", "We won", "direct", "Smith", "Smith", "said"},
	})
}

// TestNamesWithCombiningMarks reads a name written with combining marks
// (text not in NFC: "c" and U+0327 for "ç") as one name, as its NFC
// form is read.
func TestNamesWithCombiningMarks(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a cedilla", "Franc\u0327ois Hollande said the talks would resume.", "the talks would resume", "indirect", "Franc\u0327ois Hollande", "Franc\u0327ois Hollande", "said"},
		{"acute accents", "Jose\u0301 Marti\u0301 told reporters the port would reopen.", "the port would reopen", "indirect", "Jose\u0301 Marti\u0301", "Jose\u0301 Marti\u0301", "told"},
		{"a diaeresis", "Zoe\u0308 Adeyemi, the mayor, said the pier was safe.", "the pier was safe", "indirect", "Zoe\u0308 Adeyemi", "Zoe\u0308 Adeyemi", "said"},
		{"the same name in NFC", "François Hollande said the talks would resume.", "the talks would resume", "indirect", "François Hollande", "François Hollande", "said"},
	})
}

// TestWhoAfterWhatTheSubjectIs gives the speaker of a relative clause on
// what a subject is ("Ana Ruiz is a nurse who says") to the subject, not
// to the noun after "is"; cleft and existential sentences, "one of …",
// and progressives keep the noun.
func TestWhoAfterWhatTheSubjectIs(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"a name is a role", "Ana Ruiz is a nurse who says the clinic is full.", "the clinic is full", "indirect", "Ana Ruiz", "Ana Ruiz", "says"},
		{"a name with an age", "Tom Lee, 61, is a retired teacher who says the school should stay open.", "the school should stay open", "indirect", "Tom Lee", "Tom Lee", "says"},
		{"a list of roles", "Lee is a farmer, a father and a veteran who says the war changed him.", "the war changed him", "indirect", "Lee", "Lee", "says"},
		{"a cleft keeps the noun", "It was the mayor who said the pier would close.", "the pier would close", "indirect", "the mayor", "", "said"},
		{"one of many keeps the noun", "She is one of many nurses who say the clinic is full.", "the clinic is full", "indirect", "one of many nurses", "", "say"},
		{"a progressive keeps the noun", "In Sanders, they are hearing a candidate who thinks the same way about banks.", "the same way about banks", "indirect", "a candidate", "", "thinks"},
	})
}

// TestPronounSkipsCompaniesAndAcronyms checks that a given name that
// opens a company's name ("Grace Consulting") or stands in capitals after
// a common noun ("organisation TED") is no person a pronoun can mean.
func TestPronounSkipsCompaniesAndAcronyms(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a trade after a given name", "Mr Anderson quit Future Publishing in 2001.\n\nHe told the jury how it hurt.", "how it hurt", "Anderson"},
		{"consulting", "Ms Diaz left Grace Consulting last year.\n\nShe said the work had dried up.", "the work had dried up", "Diaz"},
		{"logistics", "Mr Cole sold Austin Logistics to a rival.\n\nHe said the price was fair.", "the price was fair", "Cole"},
		{"the British spelling of organization", "Dr Sosa leads the Rose Organisation.\n\nShe said funding had doubled.", "funding had doubled", "Sosa"},
		{"hotels", "Ms Khan joined Victoria Hotels in May.\n\nShe said the staff were welcoming.", "the staff were welcoming", "Khan"},
		{"an acronym after a noun", "Mr Anderson now runs organisation TED.\n\nHe told the jury how it hurt.", "how it hurt", "Anderson"},
		{"an app", "Ms Hale founded the app ZOE in 2019.\n\nShe said the data was secure.", "the data was secure", "Hale"},
		{"a charity", "Mr Obi chairs the charity JACK.\n\nHe said donations had doubled.", "donations had doubled", "Obi"},
		{"a given name after a role noun still names", "Ms Ruiz thanked her daughter Helen.\n\nShe said the prize was theirs.", "the prize was theirs", "Helen"},
	})
}

// TestSurnameSharedAcrossSexes checks that a surname alone that people of
// both sexes share goes to the one the pronouns of its sentence agree
// with ("Mark Meadows … his wife, Debbie Meadows … In announcing his
// retirement, Meadows said he …"), and to the nearest when they say both.
func TestSurnameSharedAcrossSexes(t *testing.T) {
	couple := "Coach Sarah Novak and her husband, Tom Novak, run the club.\n\n"
	runSpeakerCases(t, []speakerCase{
		{"his before the name", "Rep. Mark Meadows and his wife, Debbie Meadows, attended the dinner.\n\nIn announcing his retirement, Meadows said he never planned to stay in Congress.", "he never planned", "Mark Meadows"},
		{"her after the name", "Hillary Clinton spoke after Bill Clinton. Clinton said her plan would pass.", "her plan would pass", "Hillary Clinton"},
		{"he after the name", couple + "Novak said he had hired two new trainers.", "he had hired", "Tom Novak"},
		{"she after the name", couple + "Novak said she had hired two new trainers.", "she had hired", "Sarah Novak"},
		{"both: the first named", couple + "Novak told her he was tired.", "he was tired", "Sarah Novak"},
	})
}

// TestSurnameGoesToThePersonFirstNamed checks that a surname alone goes to
// the first person named with it: news names the one a story is about by
// surname and the others who share it by given name; a capitalized word
// before a surname ("Despite Santilli's claims") names no one, and a
// possessive that opens a sentence ("Meadows' plans were …") is not the
// subject a pronoun after it means.
func TestSurnameGoesToThePersonFirstNamed(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a relative named since", "Rep. Mark Meadows will retire. His wife, Debbie Meadows, backed a friend, and the site was registered by a Scott Meadows.\n\nMeadows said he never planned to stay in Congress.", "he never planned", "Mark Meadows"},
		{"a capitalized word before", "Despite Santilli's claims, the case grew.\n\nPeter Santilli streamed the standoff.\n\nSantilli said the agents lied.", "the agents lied", "Peter Santilli"},
		{"a brother named since", "Judge Ana Ortiz ruled on Monday. Her brother, Luis Ortiz, was in court.\n\nOrtiz said the law was clear.", "the law was clear", "Ana Ortiz"},
		{"a possessive opens the sentence", "Rep. Mark Meadows will retire.\n\nMeadows' plans were kept so secret that Wayne King, his district director, did not learn of them. He said he was asked to tell the staff.", "he was asked", "Wayne King"},
	})
}

// TestSpeakerIsTheNameAfterItsRole checks that a role and the name set off
// after it ("one of the family's attorneys, Justin Bamberg, said …") are
// the subject of the verb, with the clause after it what was said, even
// when that clause opens with a noun phrase; and that a sentence adverb
// before the role is no part of the speaker.
func TestSpeakerIsTheNameAfterItsRole(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"after a setting", "In a statement, one of the family's attorneys, Justin Bamberg, said the videos show Scott calmly leaving his car.", "the videos show Scott calmly leaving his car", "Justin Bamberg"},
		{"a lawyer for the city", "At the hearing, a lawyer for the city, Ruth Adler, said the records show Mr. Cole signing the order.", "the records show Mr. Cole signing the order", "Ruth Adler"},
		{"the head of the union", "On Friday, the head of the union, Karl Weber, said the offers show management bargaining in bad faith.", "the offers show management bargaining in bad faith", "Karl Weber"},
		{"after an adverb", "Separately, a spokeswoman for the airline, Priya Nair, said the delays left passengers stranded.", "the delays left passengers stranded", "Priya Nair"},
	})
	text := "Separately, a spokeswoman for the airline, Priya Nair, said the delays left passengers stranded."
	if quotes := Quotes(text); len(quotes) != 1 || quotes[0].Speaker == nil || quotes[0].Speaker.Text != "a spokeswoman for the airline" {
		t.Errorf("Quotes(%q) = %+v, want the speaker's text to be the role without the adverb", text, quotes)
	}
}

// TestSpeakerBeforeParticipleAside checks that the phrase before a
// participle's aside ("a senior official, speaking on condition of
// anonymity, said") is the speaker, even after another clause, and that
// the aside is no title; a noun in -ing ("a marketing consultant") and
// participles that work as prepositions ("including") are no aside.
func TestSpeakerBeforeParticipleAside(t *testing.T) {
	for _, tt := range []struct{ text, quote, speaker string }{
		{"The ministry declined to comment, but a senior official, speaking on condition of anonymity, said talks were ongoing.", "talks were ongoing", "a senior official"},
		{"Police declined to comment, but one officer, speaking on condition of anonymity, said the search had been called off.", "the search had been called off", "one officer"},
		{"The club refused to comment. A source close to the player, speaking anonymously, said he wanted to leave.", "he wanted to leave", "A source close to the player"},
		{"A spokesman for the company, reached by phone, said the plant would reopen.", "the plant would reopen", "A spokesman for the company"},
		{"James Fallon, a New Providence, N.J., marketing consultant, says the pigment keeps its edge.", "the pigment keeps its edge", "James Fallon"},
	} {
		var got *Speaker
		for _, q := range Quotes(tt.text) {
			if q.Text == tt.quote {
				got = q.Speaker
			}
		}
		if got == nil || got.Text != tt.speaker || got.Title != "" && strings.HasPrefix(got.Title, "speaking") {
			t.Errorf("Quotes(%q): quote %q has speaker %+v, want %q with no participle for a title", tt.text, tt.quote, got, tt.speaker)
		}
	}
	text := "“We will win,” said Dana Holt, speaking after the vote."
	if quotes := Quotes(text); len(quotes) != 1 || quotes[0].Speaker == nil || quotes[0].Speaker.Title != "" {
		t.Errorf("Quotes(%q) = %+v, want Dana Holt with no title", text, quotes)
	}
}

// TestSpeakerGivenNameAfterRole checks that a given name alone set off
// after a role ("his mother, Mary, 64, said") is the speaker's name and
// the role the title, and that the clause after "said" is no speaker when
// a role and one name come before it.
func TestSpeakerGivenNameAfterRole(t *testing.T) {
	for _, tt := range []struct{ text, name, title string }{
		{"“He was a gentle soul,” said his mother, Mary, 64.", "Mary", "mother"},
		{"“Nobody is telling us anything,” her husband, Raj, said.", "Raj", "husband"},
		{"“I miss him every day,” his sister, Aoife, said.", "Aoife", "sister"},
		{"Its owner, Marlow, said the shop would close.", "Marlow", "owner"},
	} {
		quotes := Quotes(tt.text)
		if len(quotes) != 1 || quotes[0].Speaker == nil || quotes[0].Speaker.Name != tt.name || quotes[0].Speaker.Title != tt.title {
			t.Errorf("Quotes(%q) = %+v, want speaker %q with title %q", tt.text, quotes, tt.name, tt.title)
		}
	}
	checkOneQuote(t, "The team's captain, Rivers, said the result hurt.", "the result hurt")
}

// TestSpeakerOrganizationWithConnectors checks that an organization's name
// keeps the small words that join it ("Department of Health", "Port
// Authority of New York and New Jersey", "Office of the Inspector
// General"), that a name before a role that speaks for it is read ("A
// Bank of England official", "a CBS poll"), and that a place's people
// ("A New York man") and a weekday after the name are not.
func TestSpeakerOrganizationWithConnectors(t *testing.T) {
	for _, tt := range []struct{ text, org string }{
		{"“The figures speak for themselves,” a spokeswoman for the Department of Health said.", "Department of Health"},
		{"A spokesman for the Ministry of Defence said the jets had returned to base.", "Ministry of Defence"},
		{"“No one was hurt,” a spokesman for the Port Authority of New York and New Jersey said.", "Port Authority of New York and New Jersey"},
		{"“We are reviewing it,” said Ana Ruiz, a spokeswoman for the Office of the Inspector General.", "Office of the Inspector General"},
		{"A Bank of England official said rates would stay on hold.", "Bank of England"},
		{"A White House aide said the trip was off.", "White House"},
		{"Figures from the European Centre for Disease Prevention and Control showed that cases rose.", "European Centre for Disease Prevention and Control"},
		{"A New York man said the storm flooded his basement.", ""},
		{"A Democratic senator said the bill was dead.", ""},
	} {
		quotes := Quotes(tt.text)
		if len(quotes) != 1 || quotes[0].Speaker == nil || quotes[0].Speaker.Org != tt.org {
			t.Errorf("Quotes(%q) = %+v, want one quote whose speaker's organization is %q", tt.text, quotes, tt.org)
		}
	}
}

// TestSpeakerPastSettingsAndPrepositions checks the speaker's words when a
// setting or a prepositional phrase stands in the subject: a speech form
// after a preposition is a noun of the subject ("Those in favor of
// punishment say"), a setting before the subject with no comma is no part
// of it ("Ahead of the vote Smith warned"), and an aside of circumstance
// is no title ("The mayor, in reply to critics, said").
func TestSpeakerPastSettingsAndPrepositions(t *testing.T) {
	for _, tt := range []struct{ text, quote, speaker, title string }{
		{"Those in favor of punishment say the law is too weak.", "the law is too weak", "Those in favor of punishment", ""},
		{"Groups in support of the bill say it will pass.", "it will pass", "Groups in support of the bill", ""},
		{"Ahead of the vote Smith warned that the plan would fail.", "that the plan would fail", "Smith", ""},
		{"Before the match Arsenal said the pitch was fine.", "the pitch was fine", "Arsenal", ""},
		{"After the game coach Dana Holt said the team was tired.", "the team was tired", "coach Dana Holt", "coach"},
		{"The mayor, in reply to critics, said the plan was sound.", "the plan was sound", "The mayor", ""},
		{"Officials, in response to questions, said the road would reopen.", "the road would reopen", "Officials", ""},
	} {
		quotes := Quotes(tt.text)
		if len(quotes) != 1 || quotes[0].Text != tt.quote || quotes[0].Speaker == nil || quotes[0].Speaker.Text != tt.speaker || quotes[0].Speaker.Title != tt.title {
			t.Errorf("Quotes(%q) = %+v, want %q by %q with title %q", tt.text, quotes, tt.quote, tt.speaker, tt.title)
		}
	}
	checkNoQuotes(t, "Despite warnings that the dam would fail, the council did nothing.")
}

// TestSpeakerCompanyByItsTrade checks that "the brokerage", "the
// drugmaker" and other nouns of a business's trade stand for the business
// named before them by its usual ending ("Kotak Securities", "Halvorsen
// Pharmaceuticals").
func TestSpeakerCompanyByItsTrade(t *testing.T) {
	for _, tt := range []struct{ text, org string }{
		{"Kotak Securities upgraded the stock on Monday. “We are pleased with the results,” the brokerage said in a note.", "Kotak Securities"},
		{"Halvorsen Pharmaceuticals recalled the tablets. “Patient safety comes first,” the drugmaker said.", "Halvorsen Pharmaceuticals"},
		{"Ardent Energy shut the plant in May. “The outage is over,” the utility said on Friday.", "Ardent Energy"},
	} {
		quotes := Quotes(tt.text)
		if len(quotes) != 1 || quotes[0].Speaker == nil || quotes[0].Speaker.Org != tt.org {
			t.Errorf("Quotes(%q) = %+v, want the speaker's organization %q", tt.text, quotes, tt.org)
		}
	}
}

// TestPronounNotAPlaceAfterPreposition checks that a one-word name after
// "at", "from", "in" or "of" (a place or a body, though the table of
// given names may hold it: Cornell, Austin, Florida, Charlotte) is no
// person a pronoun stands for.
func TestPronounNotAPlaceAfterPreposition(t *testing.T) {
	for _, tt := range []struct{ text, name string }{
		{"Eswar Prasad, a trade economist at Cornell, said tariffs would hurt growth. “The damage is lasting,” he said.", "Eswar Prasad"},
		{"James Henson, a pollster in Austin, said turnout would be high. “They have been very clever,” he said.", "James Henson"},
		{"Maureen Sherry, who studied at Columbia, said the novel was a satire. “It is meant to be funny,” she said.", "Maureen Sherry"},
		{"Priya Nair, a nurse from Charlotte, said the ward was full. “We are exhausted,” she said.", "Priya Nair"},
	} {
		quotes := Quotes(tt.text)
		if len(quotes) != 2 || quotes[1].Speaker == nil || quotes[1].Speaker.Name != tt.name {
			t.Errorf("Quotes(%q) = %+v, want the pronoun's quote by %q", tt.text, quotes, tt.name)
		}
	}
}

// TestPronounNotResolvedToALaterSpeaker checks that a pronoun's speaker is
// never one named only after it, inside what it said ("He said the plan
// was backed by the U.K. Treasury").
func TestPronounNotResolvedToALaterSpeaker(t *testing.T) {
	for _, text := range []string{
		"He said the plan was backed by the U.K. Treasury.",
		"She said the bill was opposed by Senator Ruth Okafor.",
		"He told reporters the deal was criticized by Mayor Dana Holt.",
	} {
		for _, q := range Quotes(text) {
			if q.Speaker != nil && (q.Speaker.Text == "He" || q.Speaker.Text == "She") && q.Speaker.Name != "" {
				t.Errorf("Quotes(%q): the pronoun's quote %q has the name %q, named only after it", text, q.Text, q.Speaker.Name)
			}
		}
	}
}

// TestPronounMeansTheSpeakerBeforeOthersInItsSentence checks that a name
// after a speaker in the same sentence (an object, or in a relative
// clause) does not take the pronoun after it from the speaker.
func TestPronounMeansTheSpeakerBeforeOthersInItsSentence(t *testing.T) {
	for _, tt := range []struct{ text, name string }{
		{"“He has me thinking now,” said Ann Sowers, who is also considering Bernie Sanders and Joe Biden. She said the event was useful.", "Ann Sowers"},
		{"“We need a plan,” said Douglas Holtz-Eakin, who advised George W. Bush. He said a tax overhaul was overdue.", "Douglas Holtz-Eakin"},
		{"“It is unusual,” said Peter Wehner, who worked for Paul Ryan in 2012. He said the party needed ideas.", "Peter Wehner"},
	} {
		quotes := Quotes(tt.text)
		if len(quotes) != 2 || quotes[1].Speaker == nil || quotes[1].Speaker.Name != tt.name {
			t.Errorf("Quotes(%q) = %+v, want the pronoun's quote by %q", tt.text, quotes, tt.name)
		}
	}
}

// TestSpeakerOfQuoteAfterTheSentenceThatNamesThem checks that a quote with
// no attribution of its own, after a sentence in its paragraph that
// opens with a person's full name, is that person's, not the last
// speaker's; and that other sentences leave the last speaker's carried.
func TestSpeakerOfQuoteAfterTheSentenceThatNamesThem(t *testing.T) {
	for _, tt := range []struct{ text, name string }{
		{"“We need the money,” said NASA chief Jim Bridenstine.\n\nRep. Robert Aderholt returned to the issue later. “The rocket is ready. Fund it.”", "Robert Aderholt"},
		{"“The river is rising,” said Mayor Ann Cole.\n\nDr. Ruth Okafor stood by the ward door. “We are out of beds tonight.”", "Ruth Okafor"},
		{"“We need the money,” said Jim Bridenstine.\n\nThe hearing went on. “The rocket is ready. Fund it.”", "Jim Bridenstine"},
	} {
		quotes := Quotes(tt.text)
		if len(quotes) != 2 || quotes[1].Speaker == nil || quotes[1].Speaker.Name != tt.name {
			t.Errorf("Quotes(%q) = %+v, want the second quote by %q", tt.text, quotes, tt.name)
		}
	}
}

// TestSpeakerItIsTheOrganizationThatOpensTheSentence checks that "it" and
// "the statement" stand for the organization whose name opens their
// sentence or the one before, and for none when that sentence opens with
// anything else, a quote's own words included.
func TestSpeakerItIsTheOrganizationThatOpensTheSentence(t *testing.T) {
	for _, tt := range []struct{ text, org string }{
		{"The Swedish Prosecution Authority dropped the case on Tuesday. “The evidence has weakened,” it said.", "Swedish Prosecution Authority"},
		{"The Appellate Court did not agree. It noted that the product had been listed for sale.", "Appellate Court"},
		{"Acme Corp cut 300 jobs. It said the plant would close in March.", "Acme Corp"},
		{"The plan was dropped. “It was never going to work,” it said.", ""},
		{"Big Machine Label Group issued a statement on Friday. The statement claimed that the singer had been paid in full.", "Big Machine Label Group"},
		{"A statement came from the ministry.\n\n“The Danish government regrets these acts,” the statement said.", ""},
	} {
		var got []string
		for _, q := range Quotes(tt.text) {
			if q.Speaker != nil && (strings.EqualFold(q.Speaker.Text, "it") || isDocumentMention(q.Speaker.Text)) {
				got = append(got, q.Speaker.Org)
			}
		}
		if len(got) != 1 || got[0] != tt.org {
			t.Errorf("Quotes(%q): the organizations of \"it\" or the document are %q, want [%q]", tt.text, got, tt.org)
		}
	}
}

// TestSpeakerAcrossAListInsideAName checks that the commas of a list that
// ends in "and" inside an organization's name ("Boeing Defense, Space,
// and Security") do not cut the speaker's appositive, while a name
// appositive after an organization ("the League, Jonathan Greenblatt,")
// and a place's region ("Phoenix, Ariz.,") stay apart.
func TestSpeakerAcrossAListInsideAName(t *testing.T) {
	for _, tt := range []struct{ text, name string }{
		{"“It is the safest path,” Jim Chilton, senior vice president at Boeing Defense, Space, and Security, said in a statement.", "Jim Chilton"},
		{"“The air improved,” Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water, told CBS News.", "Kurinji Selvaraj"},
		{"“We will sue,” Ana Ruiz, a lawyer at Baker, Holt & Price, said on Friday.", "Ana Ruiz"},
		{"The leader of the Anti-Defamation League, Jonathan Greenblatt, warned that the ban was wrong.", "Jonathan Greenblatt"},
	} {
		quotes := Quotes(tt.text)
		if len(quotes) != 1 || quotes[0].Speaker == nil || quotes[0].Speaker.Name != tt.name {
			t.Errorf("Quotes(%q) = %+v, want the speaker %q", tt.text, quotes, tt.name)
		}
	}
}

// TestSpeakerOfMannerBeforeColon checks that a named person, a form of
// "be" and how they spoke before a colon ("Rep. Robert Aderholt was
// blunt: “…”") attribute the quote after it, and that a subject that
// names no one ("The results were mixed:") attributes nothing.
func TestSpeakerOfMannerBeforeColon(t *testing.T) {
	for _, tt := range []struct{ text, name string }{
		{"Rep. Robert Aderholt was blunt: “The rocket is ready.”", "Robert Aderholt"},
		{"Dr. Ruth Okafor was emphatic: “We are out of beds.”", "Ruth Okafor"},
		{"Mayor Ann Cole is optimistic: “The bridge will open in May.”", "Ann Cole"},
	} {
		quotes := Quotes(tt.text)
		if len(quotes) != 1 || quotes[0].Speaker == nil || quotes[0].Speaker.Name != tt.name {
			t.Errorf("Quotes(%q) = %+v, want one quote by %q", tt.text, quotes, tt.name)
		}
	}
	checkNoQuotes(t, "The results were mixed: “a win and a loss.”")
}
