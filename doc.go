// Package lede turns the HTML of a news article into facts a program can
// use: the article's text and its metadata.
//
// Parse reads a page and returns an Article:
//
//	a, err := lede.Parse(resp.Body, &lede.Options{URL: resp.Request.URL})
//	if err != nil {
//		return err // lede.ErrTooLarge, lede.ErrNotHTML, or a read error
//	}
//	fmt.Println(a.Title, a.Authors, a.Published)
//	fmt.Println(a.Text)
//
// # What Parse finds
//
// The body: the article's paragraphs, headings, list items, block quotes
// and preformatted text, without the navigation, ads, cookie banners, share
// bars, related-story rails, newsletter boxes and comments around it.
// Article.Blocks keeps that structure, each block with its byte offsets in
// Article.Text, where the blocks are separated by a blank line.
//
// The metadata: title (without the " | Site" suffix), authors, publication
// and modification times, site name, language, canonical URL, description
// and lead image, from JSON-LD, Open Graph and other meta tags, microdata
// and the page's own markup, in that order of trust. Dates written on the
// page are read in its language (month names and date order of every
// language CLDR covers at its modern level); bylines in English, German,
// French, Spanish, Portuguese, Italian, Dutch and the Scandinavian
// languages. URLs are absolute http or https URLs, or empty.
//
// Pages in any charset a browser reads are decoded: a byte order mark, a
// declared charset, or else UTF-8 when the bytes are valid UTF-8 and
// windows-1252 otherwise.
//
// # Languages
//
// Parse and Clean read pages and text in any language. Quotes, Figures and
// Dates read English: Article.Quotes returns no quotes for an article whose
// Language is another one, rather than quotes read by English rules.
//
// # Clean text
//
// Clean repairs and normalizes plain text from the web: mojibake
// ("Huaweiâ€™s" is "Huawei’s"), leftover entities, Unicode spaces,
// invisible characters, ligatures and fullwidth Latin, NFC, lines and
// paragraphs, and boilerplate paragraphs such as cookie notices and ad
// labels. Typography (curly quotes, dashes) is kept as written. Parse runs
// the same normalization on every block, so Article.Text is clean text.
//
// # Quotes
//
// Quotes (and Article.Quotes) finds who said what: direct quotes in the
// quotation marks news uses (“ ” " « » „ “, single marks in papers that
// quote with them, and the two apostrophes of the New York Times' house
// style), quotes split by their attribution or running over several
// paragraphs, block quotations, reported speech ("X said that …", "…,
// according to X"), the stances reporters attribute the same way
// ("called for a ban", "criticized the plan"), and the speaker labels of
// transcripts and headlines ("WALLACE: …", "Clinton camp: …", "Sanders
// Says …"). Refusals to speak ("declined to comment", "would not say
// whether …") come as quotes of type QuoteRefusal, which hold no one's words.
// Acts are not quotes ("called the police", "endorsed Smith", "offers a
// range of plans"), nor is the writer's own voice ("we recommend …"),
// nor speech reported inside someone's own quote.
//
// Each Quote has byte offsets, a type, the cue and the speaker. A
// speaker's name is the head of its mention ("Maya Chen" in "Bernie
// Sanders supporter Maya Chen"); pronouns, surnames, given names and
// roles ("she", "Hu", "Priya", "the minister") are resolved to a person
// named earlier who can be meant: of the pronoun's sex, as titles, roles,
// earlier pronouns or, failing those, the given name tell it (the US
// Social Security Administration's counts of first names, which leave
// names from elsewhere of unknown sex), and never a place.
//
// # Figures and dates
//
// Figures (and Article.Figures) finds money, percents, numbers in digits
// and words, ordinals and quantities with units, each with its value
// (scaled: "$2 billion" is 2e9), its unit (an ISO 4217 code, "%", or a
// unit symbol such as "km" or "°C"), and the approximation and rate
// written around it. Dates (and Article.Dates, against the publish date)
// finds absolute and relative dates, times, durations and sets, with
// TIMEX3 values as TimeML defines them. A weekday resolves to the one of
// the reference week that the sentence's tense points to; a month without
// a year to the occurrence before or after the reference date that the
// tense points to, or the nearest one when the tense is silent or would
// point most of a year away; "Friday night" is Friday (news corpora
// annotate it both ways; the day alone matches them best), and a weekday written with its date is that date ("Fri
// 14th", "Friday 7/6"), in the year in which it falls on that weekday. A
// time joins the day or part of day next to it ("10 p.m. Wednesday", "8
// a.m. this morning"). A range gives a Date for each end ("from May to
// September" is May and September; "April 24 and 25" is two days of
// April), as TimeML annotates ranges; the ends share what is written once
// ("Friday between 2 and 4 p.m." puts both times on Friday afternoon).
// Words that count from a date written before them in the sentence count
// from it ("on Sunday … the next morning", "on 28 March … the week
// after"); an amount before "later" with no date before it, in a sentence
// not told in the future, counts from an event the story tells and is a
// duration ("Three days later, the index fell" is P3D), as TimeML
// annotates it. A rate after a quantity's unit belongs to the quantity ("120
// kilometres per hour", "2 million tonnes a year"); after money, a percent
// or a count it is a set ("$5 a year", "300 meals a day"), as TimeML
// annotates rates.
// Money is read in every ISO 4217 currency, by its code ("GHS 300", "sgd$
// 40"), by the English symbols CLDR gives it ("₾20", "40 zł", "E£ 20";
// a symbol of one letter only glued to an amount written as money:
// "R23.50", "R5bn"), and by its name ("five euros"; before an amount
// written as money too, as South Asian news writes it: "rupees 500
// crore"); a symbol that several currencies share
// means the one English-language news means by it ("$" the US dollar,
// "kr" the Swedish krona, "C$" the Canadian dollar). Digits are read as
// news writes them in any locale: "12 500" and "3 250 000" with spaces
// of any width, "1.234.567,89", "1'000", ".25". Addresses and versions
// ("10.0.0.1", "2.4.1") are no figures.
// Telling the numbers of dates from figures takes the date finder's pass,
// so FiguresAndDates, which returns both from one pass, costs about what
// either one alone does.
//
// # Edges
//
// A page without an article (an index page, a login wall, an empty
// document) is not an error: Parse returns the metadata it found and an
// empty Text. Input over the size limit (Options.MaxBytes, 16 MiB by
// default) fails with ErrTooLarge before any parsing, and binary input with
// ErrNotHTML. Parse never panics on any input and keeps no state between
// calls: it is safe for concurrent use.
//
// Every pass is linear in its input, but a service with a deadline per
// request can pass it on: ParseContext, QuotesContext and
// FiguresAndDatesContext (and the Article methods of those names) stop
// soon after their context is done and return an error that wraps its
// error. ParseContext cannot interrupt the HTML parser itself, which is
// bounded by the size limit.
//
// The size limit bounds memory too. At its peak Parse holds a few times
// the page's size on ordinary pages (3.5 times a 16 MB page of news
// paragraphs), most of it the tree that golang.org/x/net/html builds:
// about 112 bytes for each element and each run of text. A page of tiny
// elements holds more for its size: about 34 times a page of "<p>a</p>"
// repeated, and 55 times one of lines cut by "<br>".
//
// # The lede command
//
// The command in cmd/lede runs Parse from a shell or another language and
// prints JSON; see its documentation for the batch protocol.
package lede
