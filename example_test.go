package lede_test

import (
	"context"
	"fmt"
	"log"
	"net/url"
	"strings"
	"time"

	"github.com/ledehq/lede"
	"golang.org/x/net/html"
)

func ExampleParse() {
	page := `<html lang="en"><head>
<title>Ferry pier to be rebuilt | The Tidewater Bulletin</title>
<meta property="article:published_time" content="2024-03-14T09:30:00-04:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sports">Sports</a></nav>
<article>
  <h1>Ferry pier to be rebuilt</h1>
  <p class="byline">By Marisol Okafor</p>
  <p>The council voted 5 to 2 on Wednesday to rebuild the ferry pier.</p>
  <p>“A town on an island without a working pier is not a town for long,” the mayor said.</p>
</article>
<footer>© 2024 The Tidewater Bulletin</footer>
</body></html>`

	pageURL, err := url.Parse("https://tidewater.example/news/pier") // or resp.Request.URL
	if err != nil {
		log.Fatal(err)
	}
	a, err := lede.Parse(strings.NewReader(page), &lede.Options{URL: pageURL})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Title)
	fmt.Println(a.Authors, a.Published.Format("2006-01-02"), a.Site)
	fmt.Println(a.Text)
	// Output:
	// Ferry pier to be rebuilt
	// [Marisol Okafor] 2024-03-14 The Tidewater Bulletin
	// The council voted 5 to 2 on Wednesday to rebuild the ferry pier.
	//
	// “A town on an island without a working pier is not a town for long,” the mayor said.
}

func ExampleArticle_blocks() {
	page := `<article><h2>Where the money comes from</h2>
<p>Half of the cost will come from a state grant, the finance director said.</p>
<ul><li>Grant: $2.1 million</li><li>Loan: $2.1 million</li></ul>
<p>The rest will be borrowed over twenty years.</p></article>`

	a, err := lede.Parse(strings.NewReader(page), nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, b := range a.Blocks {
		fmt.Printf("%-10s %3d:%-3d %s\n", b.Type, b.Start, b.End, b.In(a.Text))
	}
	// Output:
	// heading      0:26  Where the money comes from
	// paragraph   28:101 Half of the cost will come from a state grant, the finance director said.
	// list-item  103:122 Grant: $2.1 million
	// list-item  124:142 Loan: $2.1 million
	// paragraph  144:188 The rest will be borrowed over twenty years.
}

func ExampleClean() {
	scraped := "This website uses cookies to ensure you get the best experience. Learn more\n\n" +
		"The mayorâ€™s office said the pier would reopen in May.\u00a0\n\n" +
		"Advertisement\n\n" +
		"Tickets cost &amp;pound;4 for adults."
	fmt.Println(lede.Clean(scraped))
	// Output:
	// The mayor’s office said the pier would reopen in May.
	//
	// Tickets cost £4 for adults.
}

func ExampleQuotes() {
	text := "Rotating chairman Ken Hu met Deputy Mayor Ana Ruiz.\n\n" +
		"“We will keep investing,” Hu said. She said the port would grow, " +
		"and the company declined to comment on its plans."
	for _, q := range lede.Quotes(text) {
		if q.Type == lede.QuoteRefusal {
			continue // a record that someone did not speak
		}
		speaker := "(no speaker)"
		if q.Speaker != nil {
			speaker = fmt.Sprintf("%q → %s", q.Speaker.Text, q.Speaker.Name)
		}
		fmt.Printf("%s %q (%d:%d) %s %s\n", q.Type, q.Text, q.Start, q.End, q.Cue, speaker)
	}
	// Output:
	// direct "We will keep investing" (56:78) said "Hu" → Ken Hu
	// indirect "the port would grow" (101:120) said "She" → Ana Ruiz
}

func ExampleFigures() {
	text := "The port will borrow about US$1.6bn a year, and rates rose 3 percentage points to 12.5%."
	for _, f := range lede.Figures(text) {
		fmt.Printf("%s %q = %g %s approx=%q per=%q\n", f.Type, f.Text, f.Value, f.Unit, f.Approx, f.Per)
	}
	// Output:
	// money "US$1.6bn" = 1.6e+09 USD approx="about" per="year"
	// percent "3 percentage points" = 3 pp approx="" per=""
	// percent "12.5%" = 12.5 % approx="" per=""
}

func ExampleFiguresAndDates() {
	published := time.Date(2024, time.March, 14, 0, 0, 0, 0, time.UTC)
	figures, dates := lede.FiguresAndDates("Sales rose 12% to $4.1bn in 2023.", published)
	for _, f := range figures {
		fmt.Printf("%s %q = %v %s\n", f.Type, f.Text, f.Value, f.Unit)
	}
	for _, d := range dates {
		fmt.Printf("%s %q = %s\n", d.Type, d.Text, d.Value)
	}
	// Output:
	// percent "12%" = 12 %
	// money "$4.1bn" = 4.1e+09 USD
	// date "2023" = 2023
}

func ExampleDates() {
	published := time.Date(2024, time.March, 14, 0, 0, 0, 0, time.UTC) // a Thursday
	text := "The board met on Tuesday and will vote next week; work starts in the third quarter and lasts five years."
	for _, d := range lede.Dates(text, published) {
		fmt.Printf("%s %q = %s\n", d.Type, d.Text, d.Value)
	}
	// Output:
	// date "Tuesday" = 2024-03-12
	// date "next week" = 2024-W12
	// date "the third quarter" = 2024-Q3
	// duration "five years" = P5Y
}

func ExampleParseContext() {
	// A service answers each request within its deadline; lede's work for
	// a request stops once the deadline passes.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	page := `<article><h1>Pier reopens</h1><p>“It took three years,” said Ana Ruiz, the harbour master.</p></article>`
	a, err := lede.ParseContext(ctx, strings.NewReader(page), nil)
	if err != nil {
		log.Fatal(err) // errors.Is(err, context.DeadlineExceeded) when too slow
	}
	quotes, err := a.QuotesContext(ctx)
	if err != nil {
		log.Fatal(err)
	}
	for _, q := range quotes {
		if q.Speaker != nil {
			fmt.Printf("%s: %s\n", q.Speaker.Name, q.Text)
		}
	}
	// Output:
	// Ana Ruiz: It took three years
}

func ExampleParseNode() {
	// A program that parsed the page itself hands lede the tree.
	doc, err := html.Parse(strings.NewReader(`<html><head><title>Pier reopens | Harbour News</title><meta property="og:site_name" content="Harbour News"></head>
<body><nav><a href="/">Home</a></nav><article><p>The pier reopened on Monday after three years of work.</p></article></body></html>`))
	if err != nil {
		log.Fatal(err)
	}
	a, err := lede.ParseNode(doc, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Title)
	fmt.Println(a.Text)
	// Output:
	// Pier reopens
	// The pier reopened on Monday after three years of work.
}
