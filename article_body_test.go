package lede

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Paragraphs long enough to count as prose on their own.
const (
	para1 = "The council voted five to two on Wednesday night to rebuild the ferry pier that storms have battered for two winters."
	para2 = "About half of the cost will come from a state resilience grant, and the rest will be borrowed over twenty years."
	para3 = "Construction is expected to begin in September and to last about fourteen months, the harbor master said on Thursday."
)

// bodyOf returns the body blocks' texts of page.
func bodyOf(t *testing.T, page string) []string {
	t.Helper()
	a, err := Parse(strings.NewReader(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, b := range a.Blocks {
		out = append(out, b.Text)
	}
	return out
}

func TestBodyRules(t *testing.T) {
	menu := `<ul class="menu"><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li><li><a href="/c">Opinion</a></li></ul>`
	tests := []struct {
		name string
		page string
		want []string
	}{{
		name: "a long list written as lines with <br> does not outweigh the prose around it",
		page: `<div class="entry"><p>` + para1 + `</p><p>` + para2 + `</p><p>The full list:</p><p>` +
			strings.Repeat(`01. Robert Plant<br>02. Rob Halford<br>03. Steven Tyler<br>`, 30) + `</p><p>` + para3 + `</p></div><div class="sidebar"><p>Blogroll</p></div>`,
		want: append(append([]string{para1, para2, "The full list:"}, strings.Split(strings.TrimSuffix(strings.Repeat("01. Robert Plant|02. Rob Halford|03. Steven Tyler|", 30), "|"), "|")...), para3),
	}, {
		name: "a list written as lines closes the text, with the line that announces it",
		page: `<div class="entry"><p>` + para1 + `</p><p>` + para2 + `</p><p>Results:</p><p>` +
			strings.Repeat(`1. Dorothea Wierer<br>2. Anais Chevalier<br>`, 6) + `</p></div><div class="sidebar"><p>Blogroll</p></div>`,
		want: append([]string{para1, para2, "Results:"}, strings.Split(strings.TrimSuffix(strings.Repeat("1. Dorothea Wierer|2. Anais Chevalier|", 6), "|"), "|")...),
	}, {
		name: "lines of links after the text are no closing lines",
		page: `<div class="entry"><p>` + para1 + `</p><p>` + para2 + `</p><p><a href="/t/a">ferries</a><br><a href="/t/b">harbours</a><br><a href="/t/c">budget</a><br><a href="/t/d">council</a></p></div>`,
		want: []string{para1, para2},
	}, {
		name: "a poem's lines between paragraphs stay in the text",
		page: `<article><p>` + para1 + `</p><p>` + strings.Repeat(`The tide comes in<br>the tide goes out<br>`, 12) + `</p><p>` + para3 + `</p></article>`,
		want: append(append([]string{para1}, strings.Split(strings.TrimSuffix(strings.Repeat("The tide comes in|the tide goes out|", 12), "|"), "|")...), para3),
	}, {
		name: "a menu written as linked lines stays out",
		page: `<div class="nav"><p><a href="/a">News</a><br><a href="/b">Sport</a><br><a href="/c">Opinion</a><br><a href="/d">Weather</a></p></div><div><p>` + para1 + `</p><p>` + para2 + `</p></div>`,
		want: []string{para1, para2},
	}, {
		name: "calls to action that are one link go wherever they stand",
		page: `<article><p>` + para1 + `</p><p><a href="/report.pdf">Read the full report on the council's website.</a></p><p>` + para2 +
			`</p><p><a href="/donate">Click here to support local journalism</a></p><p><a href="/more">Continue reading</a></p><p>` + para3 + `</p></article>`,
		want: []string{para1, para2, para3},
	}, {
		name: "calls to action at the end of the text go",
		page: `<article><p>` + para1 + `</p><p>` + para2 + `</p><p>Sign up for our morning briefing.</p><p>Follow us on Instagram and Bluesky</p></article>`,
		want: []string{para1, para2},
	}, {
		name: "navigation and footer around the article are left out",
		page: `<nav>` + menu + `</nav><div><p>` + para1 + `</p><p>` + para2 + `</p></div><footer><p>` + para3 + `</p></footer>`,
		want: []string{para1, para2},
	}, {
		name: "a comment thread longer than the article does not win",
		page: `<div class="story"><p>` + para1 + `</p><p>` + para2 + `</p></div>
			<div id="comments"><p>` + para3 + `</p><p>` + para3 + `</p><p>` + para3 + `</p></div>`,
		want: []string{para1, para2},
	}, {
		name: "a consent dialog full of sentences is furniture",
		page: `<div class="cookie-consent"><p>` + para3 + `</p><p>` + para3 + `</p></div><div><p>` + para1 + `</p></div>`,
		want: []string{para1},
	}, {
		name: "a layout-named wrapper holding the article is not furniture",
		page: `<div class="l-sidebar-fixed"><div class="body"><p>` + para1 + `</p></div><div class="body"><p>` + para2 + `</p></div></div>` + menu,
		want: []string{para1, para2},
	}, {
		name: "a plugin's share class on the entry does not make the article furniture",
		page: `<div class="entry themeform share"><p>` + para1 + `</p><p>` + para2 + `</p></div><div class="widget"><p>` + para3 + `</p></div>`,
		want: []string{para1, para2},
	}, {
		name: "a wrapper for injected ads around the body is not furniture",
		page: `<div class="node-article"><div class="ads-helper"><p>` + para1 + `</p><p>` + para2 + `</p></div></div>` + menu,
		want: []string{para1, para2},
	}, {
		name: "a CMS teaser class on the full post is not furniture, its teaser rail is",
		page: `<div class="rail"><div class="blog_teaser_text"><p>` + para3 + `</p></div></div>
			<div class="blog_teaser_text" id="blog_detail"><p>` + para1 + `</p><p>` + para2 + `</p></div>`,
		want: []string{para1, para2},
	}, {
		name: "a section modifier naming its ad slots does not make the section furniture",
		page: `<article class="TestReport"><section class="TestReport__Section TestReport__Section--Ads"><p>` + para1 + `</p><p>` + para2 +
			`</p><div class="ad"><span>Anzeige</span></div></section></article>`,
		want: []string{para1, para2},
	}, {
		name: "a related-stories rail longer than the article stays furniture",
		page: `<div class="story"><p>` + para1 + `</p></div>
			<div class="related-posts"><p>` + para2 + `</p><p>` + para3 + `</p><p>` + para3 + `</p></div>`,
		want: []string{para1},
	}, {
		name: "a dialog longer than the article stays furniture",
		page: `<div class="story"><p>` + para1 + `</p></div>
			<div class="privacy-modal"><p>` + para2 + `</p><p>` + para3 + `</p><p>` + para3 + `</p></div>`,
		want: []string{para1},
	}, {
		name: "state classes do not name furniture",
		page: `<div class="post has-comments content-with-sidebar"><p>` + para1 + `</p><p>` + para2 + `</p></div>`,
		want: []string{para1, para2},
	}, {
		name: "Drupal's label display classes are on the text fields",
		page: `<div class="node"><div class="field field--name-field-intro field--label-hidden"><p>` + para1 + `</p></div>
			<div class="field field-name-body field-label-inline"><p>` + para2 + `</p></div></div><div class="ad-label">Anzeige</div>` + menu,
		want: []string{para1, para2},
	}, {
		name: "a heading named a header does not make its section furniture",
		page: `<article><p>` + para1 + `</p><div><h2 id="recipeIngredients_header">Ingredients</h2><p>` + para2 + `</p></div></article>
			<div><h3 class="related-header">More stories</h3><p>` + para3 + `</p></div>`,
		want: []string{para1, "Ingredients", para2},
	}, {
		name: "a style setting in a class name is no furniture word",
		page: `<article><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p><div class="recipe-card header-content-align-left"><h3>Method</h3>
			<ol><li>Flake the mackerel into a bowl, checking for bones.</li><li>Stir in the dill and season with pepper.</li></ol></div></article>`,
		want: []string{para1, para2, para3, "Method", "Flake the mackerel into a bowl, checking for bones.", "Stir in the dill and season with pepper."},
	}, {
		name: "an opinion piece's commentary class is no comment thread",
		page: `<div class="article-commentary"><p>` + para1 + `</p><p>` + para2 + `</p></div><div class="comments"><p>` + para3 + `</p></div>`,
		want: []string{para1, para2},
	}, {
		name: "a figure holding a table or code is text, a photo's is not",
		page: `<article><p>` + para1 + `</p><figure><table><tr><td>Grant</td><td>$2.1 million</td></tr></table></figure>
			<figure><pre>go run .</pre></figure><figure><img src="a.jpg"><span>Photo: AP</span></figure><p>` + para2 + `</p></article>`,
		want: []string{para1, "Grant | $2.1 million", "go run .", para2},
	}, {
		name: "a named anchor is no link",
		page: `<article><p>` + para1 + `</p><p><a name="question-3">Why did the council wait two winters before it voted to rebuild the pier at all?</a></p><p>` + para2 + `</p></article>`,
		want: []string{para1, "Why did the council wait two winters before it voted to rebuild the pier at all?", para2},
	}, {
		name: "German and French closing quotes end sentences",
		page: `<article><p>` + para1 + `</p><p>„Wir bauen die Brücke neu.“</p><p>« Nous la reconstruirons. »</p><p>` + para2 + `</p></article>`,
		want: []string{para1, "„Wir bauen die Brücke neu.“", "« Nous la reconstruirons. »", para2},
	}, {
		name: "an intro or closing set as a heading of sentences is text",
		page: `<article><h1>Pier vote</h1><h2>The council met on Wednesday. It voted to rebuild the pier.</h2><p>` + para1 + `</p><p>` + para2 +
			`</p><h3>Was it worth the wait? The harbor master thinks so!</h3></article>`,
		want: []string{"The council met on Wednesday. It voted to rebuild the pier.", para1, para2,
			"Was it worth the wait? The harbor master thinks so!"},
	}, {
		name: "a one-sentence heading before the text stays out",
		page: `<article><h1>Pier vote</h1><h3>The council met on Wednesday night.</h3><div>By Jane Roe</div><p>` + para1 + `</p><p>` + para2 + `</p></article>`,
		want: []string{para1, para2},
	}, {
		name: "paragraphs marked as behind a wall are the article",
		page: `<div class="regwall-box"><p>Register to read on.</p></div><article><p class="text regwalled">` + para1 + `</p><p class="text regwalled">` + para2 +
			`</p><p class="text paywalled">` + para3 + `</p></article>`,
		want: []string{para1, para2, para3},
	}, {
		name: "taxonomy classes name the topic, not the element",
		page: `<div class="widget"><p>` + para3 + `</p></div><div class="post type-post category-comments tag-social-media tag-related-news format-standard">
			<p>` + para1 + `</p><p>` + para2 + `</p><p>` + para1 + `</p></div><div class="widget"><p>` + para3 + `</p></div>`,
		want: []string{para1, para2, para1},
	}, {
		name: "only furniture-named prose: found rather than lost",
		page: `<div class="widget-comments"><p>` + para1 + `</p></div>`,
		want: []string{para1},
	}, {
		name: "a page builder's widgets hold the text, its comment widget does not",
		page: `<div class="elementor-section"><div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>` + para1 + `</p></div></div>
			<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>` + para2 + `</p></div></div>
			<div class="elementor-widget elementor-widget-comments"><div class="elementor-widget-container"><p>` + para3 + `</p></div></div></div>`,
		want: []string{para1, para2},
	}, {
		name: "a page builder's text boxes beside a larger one hold the article together",
		page: `<div class="menu-widget"><ul><li><a href="/a">Home</a></li><li><a href="/b">Events</a></li></ul></div>
			<div class="wrap"><div class="x-widget x-text"><div class="x-widget-container"><p>` + para3 + `</p></div></div>
			<div class="x-widget x-text"><div class="x-widget-container"><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para1 + `</p></div></div></div>
			<div class="x-widget x-share"><div class="x-widget-container"><a href="/s">Share</a></div></div>`,
		want: []string{para3, para1, para2, para1},
	}, {
		name: "a video page whose only text is its caption",
		page: `<div class="video-module"><div class="item-caption"><p>` + para1 + `</p><p>` + para2 + `</p></div></div><div class="share"><a href="/s">Teilen</a></div>`,
		want: []string{para1, para2},
	}, {
		name: "ad labels and share bars inside the body are dropped",
		page: `<article><p>` + para1 + `</p><div class="ad-slot"><span>Advertisement</span></div><p>ADVERTISEMENT</p>
			<div class="share-tools"><a href="#">Facebook</a> <a href="#">Email</a></div><p>` + para2 + `</p></article>`,
		want: []string{para1, para2},
	}, {
		name: "a sentence that is mostly a link is prose, a headline link is not",
		page: `<article><p>` + para1 + `</p><p>The <a href="/x">investigation had been shelved in 2017 but was reopened</a> this year.</p>
			<p><a href="/y">Read the council's full report on the pier</a></p><p>` + para2 + `</p></article>`,
		want: []string{para1, "The investigation had been shelved in 2017 but was reopened this year.", para2},
	}, {
		name: "teaser units in a rail are dropped",
		page: `<main><article><p>` + para1 + `</p><p>` + para2 + `</p></article>
			<ul><li><h4><a href="/1">Lighthouse reopens for summer tours</a></h4><div>` + para3 + `</div></li>
			<li><h4><a href="/2">School board delays its budget vote</a></h4><span>May 2</span><div>` + para3 + `</div></li></ul></main>`,
		want: []string{para1, para2},
	}, {
		name: "teasers that end in a read-more link or ask a question are dropped",
		page: `<main><article><p>` + para1 + `</p><p>` + para2 + `</p></article>
			<div><h3><a href="/1">Lighthouse reopens for summer tours</a></h3><p>` + para3 + `</p><p><a href="/1">READ THE REST</a></p></div>
			<div><h3><a href="/2">Will the ferry fares go up again this year?</a></h3><p>` + para3 + `</p><a href="/2">Czytaj więcej</a></div></main>`,
		want: []string{para1, para2},
	}, {
		name: "linked subheadings inside an article are not teasers",
		page: `<article><h2><a href="/p1">The first product in our list</a></h2><p>` + para1 + `</p>
			<h2><a href="/p2">The second product in our list</a></h2><p>` + para2 + `</p></article>`,
		want: []string{"The first product in our list", para1, "The second product in our list", para2},
	}, {
		name: "a section titled by a related-stories heading is furniture",
		page: `<div><article><p>` + para1 + `</p><p>` + para2 + `</p></article>
			<article><h3 class="relatedtitle">You may also like</h3><article><p>` + para3 + `</p></article><article><p>` + para3 + `</p></article><article><p>` + para3 + `</p></article></article></div>`,
		want: []string{para1, para2},
	}, {
		name: "bylines, kickers and tags at the edges are trimmed, subheads kept",
		page: `<article><span>Politics</span><h1>Pier to be rebuilt</h1><div>By Jane Roe</div><h2>The vote</h2><p>` + para1 + `</p>
			<h2>The money</h2><p>` + para2 + `</p><div>Tags</div><ul><li><a href="/t/1">ferry</a></li></ul></article>`,
		want: []string{"The vote", para1, "The money", para2},
	}, {
		name: "headed lists above the first paragraph open the text",
		page: `<article><h1>Mackerel pâté</h1><div class="meta">By Nell Okonkwo</div><h3>Ingredients</h3><ul><li>200 g smoked mackerel</li><li>150 g cream cheese</li></ul>
			<h3>Instructions</h3><ol><li>Flake the mackerel into a bowl, checking for any small bones as you go.</li><li>` + para1 + `</li></ol></article>`,
		want: []string{"Ingredients", "200 g smoked mackerel", "150 g cream cheese", "Instructions",
			"Flake the mackerel into a bowl, checking for any small bones as you go.", para1},
	}, {
		name: "a list without a heading above the text stays out",
		page: `<article><h1>Pier vote</h1><ul><li>Politics</li><li>Harbor</li></ul><p>` + para1 + `</p><p>` + para2 + `</p></article>`,
		want: []string{para1, para2},
	}, {
		name: "credit lines and follow prompts at the end are trimmed",
		page: `<article><p>` + para1 + `</p><p>` + para2 + `</p><p>(Reporting by Ana Ruiz; Editing by Tom Hale)</p><p>Follow us on Twitter for more.</p></article>`,
		want: []string{para1, para2},
	}, {
		name: "short lines that close the text stay: a source, a sign-off",
		page: `<article><p>` + para1 + `</p><p>` + para2 + `</p><p><em>Pressemitteilung Nr. 48/22</em></p><p>x Franzi</p>
			<div class="share"><a href="/f">Teilen</a></div></article>`,
		want: []string{para1, para2, "Pressemitteilung Nr. 48/22", "x Franzi"},
	}, {
		name: "the last line of a poem set with line breaks",
		page: `<article><p>` + para1 + `</p><p>` + para2 + `<br>and the tide comes in at night</p></article>`,
		want: []string{para1, para2, "and the tide comes in at night"},
	}, {
		name: "more than two short lines after the text are not its close",
		page: `<article><p>` + para1 + `</p><p>` + para2 + `</p><p>Pier</p><p>Ferry</p><p>Harbor</p></article>`,
		want: []string{para1, para2},
	}, {
		name: "short prose after the main column is a promo, not the text's end",
		page: `<article><div class="text"><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p></div>
			<div class="box"><p>Unterstützen Sie unabhängigen Journalismus mit einem Beitrag.</p></div></article>`,
		want: []string{para1, para2, para3, para1, para2, para3},
	}, {
		name: "a second section after the main column stays",
		page: `<article><div class="part"><p>` + para1 + `</p><p>` + para2 + `</p></div><div class="part"><p>` + para3 + `</p></div></article>`,
		want: []string{para1, para2, para3},
	}, {
		name: "an opening paragraph set apart above the text's element, past a byline",
		page: `<main><ul class="topics">` + strings.Repeat(`<li><a href="/t">Harbor and ferries</a></li>`, 12) + `</ul><h1>Pier vote</h1>
			<div class="lead"><p>` + para3 + `</p></div><div class="meta">Von Anna Roth, 12. Mai</div>
			<div class="text"><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para1 + `</p></div></main>`,
		want: []string{para3, para1, para2, para1},
	}, {
		name: "prose above the text past a menu is not its opening",
		page: `<main><div class="intro"><p>` + para3 + `</p></div><ul class="topics">` + strings.Repeat(`<li><a href="/t">Harbor and ferries</a></li>`, 12) + `</ul>` +
			`<div class="text"><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para1 + `</p></div></main>`,
		want: []string{para1, para2, para1},
	}, {
		name: "blocks keep their kinds",
		page: `<article><p>` + para1 + `</p><blockquote><p>We will rebuild it.</p></blockquote><ul><li>Grant: $2.1 million</li></ul>
			<pre>  line one
  line two</pre><table><tr><td>Yes</td><td>5</td></tr></table><p>` + para2 + `</p></article>`,
		want: []string{para1, "We will rebuild it.", "Grant: $2.1 million", "  line one\n  line two", "Yes | 5", para2},
	}, {
		name: "embedded posts are quoted content even with many links",
		page: `<article><p>` + para1 + `</p><div class="social-embed"><blockquote class="twitter-tweet"><p>Big news <a href="https://t.co/x">https://t.co/x</a></p>— Mayor (<a href="/m">@mayor</a>)</blockquote></div><p>` + para2 + `</p></article>`,
		want: []string{para1, "Big news https://t.co/x", "— Mayor (@mayor)", para2},
	}, {
		name: "pull quotes, captions and figures repeat or describe the text",
		page: `<article><p>` + para1 + `</p><figure><img src="a.jpg"><figcaption>The pier in January.</figcaption><span>Photo: AP</span></figure>
			<blockquote class="pull-quote">“Rebuild it.”</blockquote><p>` + para2 + `</p></article>`,
		want: []string{para1, para2},
	}, {
		name: "hidden elements are not text",
		page: `<article><p>` + para1 + `</p><p hidden>` + para3 + `</p><div style="display: none">` + para3 + `</div><p>` + para2 + `</p></article>`,
		want: []string{para1, para2},
	}, {
		name: "a post written as a list keeps its short first item",
		page: `<nav>` + menu + `</nav><div class="entry"><ul><li>The Pier · a film by Ana Ruiz (2021)</li><li>` + para1 + ` ` + para2 + `</li></ul></div>`,
		want: []string{"The Pier · a film by Ana Ruiz (2021)", para1 + " " + para2},
	}, {
		name: "a numbered method keeps its first short steps",
		page: `<article><ol><li>Preheat the oven.</li><li>Butter the tin.</li><li>` + para1 + `</li><li>` + para2 + `</li></ol></article>`,
		want: []string{"Preheat the oven.", "Butter the tin.", para1, para2},
	}, {
		name: "a German list post keeps its title line",
		page: `<div class="entry-content"><ul><li>Die Brücke · Reportage (2019)</li><li>Der Gemeinderat hat am Mittwochabend mit fünf zu zwei Stimmen beschlossen, den Fähranleger neu zu bauen, den die Stürme zwei Winter lang beschädigt haben.</li></ul></div>` + menu,
		want: []string{"Die Brücke · Reportage (2019)", "Der Gemeinderat hat am Mittwochabend mit fünf zu zwei Stimmen beschlossen, den Fähranleger neu zu bauen, den die Stürme zwei Winter lang beschädigt haben."},
	}, {
		name: "a listicle keeps its first item however short",
		page: `<div class="post"><ol><li>Gloves.</li><li>` + para2 + `</li><li>` + para3 + `</li></ol></div>` + menu,
		want: []string{"Gloves.", para2, para3},
	}, {
		name: "an ad label, a pointer or a credit above the text's item stays out",
		page: `<div class="post"><ul><li>Advertisement</li><li>` + para1 + ` ` + para2 + `</li></ul><ul><li>Read more: Storm closes the ferry</li><li>` + para3 + `</li></ul></div>`,
		want: []string{para1 + " " + para2, para3},
	}, {
		name: "items of another list above the text stay out",
		page: `<div class="post"><ul><li>Sport</li><li>Weather</li></ul><ol><li>` + para2 + `</li><li>` + para3 + `</li></ol></div>`,
		want: []string{para2, para3},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, bodyOf(t, tt.page)); diff != "" {
				t.Errorf("body mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDeclaredBody: a JSON-LD articleBody that the page's blocks cover says
// which blocks are the article; a truncated one only vouches for its part.
// TestStandfirst: the lead paragraph that the page's description repeats
// opens the text, wherever the page put it; a summary in the article's
// header stays with the headline.
func TestStandfirst(t *testing.T) {
	lead := "Der Stadtrat hat die Sanierung des alten Fähranlegers beschlossen, die Bauarbeiten beginnen im September."
	desc := `<meta name="description" content="` + lead + `">`
	tests := []struct {
		name string
		page string
		want []string
	}{{
		name: "a lead in a teaser box outside the text's element",
		page: desc + `<div class="news-single"><h1>Fähranleger</h1><div class="teaser-text"><p>` + lead + `</p></div>
			<div class="share"><a href="/s">Teilen</a></div><div class="news-text-wrap"><p>` + para1 + `</p><p>` + para2 + `</p></div></div>`,
		want: []string{lead, para1, para2},
	}, {
		name: "a lead the JSON-LD articleBody leaves out",
		page: desc + `<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"` + para1 + " " + para2 + `"}</script>
			<article><p class="chapo">` + lead + `</p><p>` + para1 + `</p><p>` + para2 + `</p></article>`,
		want: []string{lead, para1, para2},
	}, {
		name: "a description cut short still finds its lead",
		page: `<meta property="og:description" content="Der Stadtrat hat die Sanierung des alten Fähranlegers beschlossen, die…">` +
			`<div class="article-intro"><p class="article-teaser">` + lead + `</p></div><div class="article-content"><p>` + para1 + `</p><p>` + para2 + `</p></div>`,
		want: []string{lead, para1, para2},
	}, {
		name: "a summary in the article's header stays with the headline",
		page: desc + `<article><header><h1>Fähranleger</h1><p class="dek">` + lead + `</p></header><p>` + para1 + `</p><p>` + para2 + `</p></article>`,
		want: []string{para1, para2},
	}, {
		name: "a subtitle heading stays with the headline",
		page: desc + `<div class="article-head"><h1>Fähranleger</h1><h2 class="subline">` + lead + `</h2></div><div class="text"><p>` + para1 + `</p><p>` + para2 + `</p></div>` +
			`<ul class="menu"><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li></ul>`,
		want: []string{para1, para2},
	}, {
		name: "a teaser box the description does not repeat stays out",
		page: `<meta name="description" content="Alles über den Hafen, seine Fähren und seine Geschichte.">` +
			`<div class="news-single"><div class="teaser-text"><p>` + lead + `</p></div><div class="news-text-wrap"><p>` + para1 + `</p><p>` + para2 + `</p></div></div>`,
		want: []string{para1, para2},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, bodyOf(t, tt.page)); diff != "" {
				t.Errorf("body mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDeclaredBody(t *testing.T) {
	ld := func(body string) string {
		return `<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"` + body + `"}</script>`
	}
	promo := "Our newsletter brings you the best local stories every weekday morning, for free."
	page := `<article><p>` + para1 + `</p><p>Short line.</p><p>` + promo + `</p><p>` + para2 + `</p></article>`

	got := bodyOf(t, ld(para1+" Short line. "+para2)+page)
	if diff := cmp.Diff([]string{para1, "Short line.", para2}, got); diff != "" {
		t.Errorf("complete declaration (-want +got):\n%s", diff)
	}
	got = bodyOf(t, ld(para1+" Short line. About half of the cost…")+page)
	if diff := cmp.Diff([]string{para1, "Short line.", promo, para2}, got); diff != "" {
		t.Errorf("truncated declaration (-want +got):\n%s", diff)
	}
	standfirst := "Ferry riders on the harbor line will have to wait two more years for the new pier to open."
	got = bodyOf(t, ld(standfirst)+`<article><h2>`+standfirst+`</h2><p>`+para1+`</p><p>`+para2+`</p></article>`)
	if diff := cmp.Diff([]string{standfirst, para1, para2}, got); diff != "" {
		t.Errorf("declaration of the standfirst alone (-want +got):\n%s", diff)
	}
	related := "More news: Lighthouse reopens for summer tours"
	got = bodyOf(t, ld(para1+" "+para2+" "+related)+`<article><p>`+para1+`</p><p>`+para2+`</p><p><a href="/x">`+related+`</a></p></article>`)
	if diff := cmp.Diff([]string{para1, para2}, got); diff != "" {
		t.Errorf("declared related link (-want +got):\n%s", diff)
	}
	got = bodyOf(t, ld("<p>"+strings.ReplaceAll(para1, "'", "&#39;")+"</p><p>Short line.</p> "+para2)+page)
	if diff := cmp.Diff([]string{para1, "Short line.", para2}, got); diff != "" {
		t.Errorf("declaration in HTML (-want +got):\n%s", diff)
	}
}

// TestHiddenBodies: the article found where only a browser with scripts,
// or none, would show it.
func TestHiddenBodies(t *testing.T) {
	ld := func(body string) string {
		b, _ := json.Marshal(map[string]any{"@type": "NewsArticle", "articleBody": body})
		return `<script type="application/ld+json">` + string(b) + `</script>`
	}
	tests := []struct {
		name string
		page string
		want []string
	}{{
		name: "Blogger's post in a template script",
		page: `<div class="post-body"><script type="text/template"><p>` + para1 + `</p><p>` + para2 + `</p></script></div>`,
		want: []string{para1, para2},
	}, {
		name: "the copy for readers without scripts",
		page: `<div id="app"></div><noscript><article><h2>The vote</h2><p>` + para1 + `</p><p>` + para2 + `</p></article></noscript>`,
		want: []string{"The vote", para1, para2},
	}, {
		name: "only the JSON-LD articleBody, in lines",
		page: ld(para1+"\n\n"+para2+"\n"+para3) + `<div id="root"><p>Loading…</p></div>`,
		want: []string{para1, para2, para3},
	}, {
		name: "only the JSON-LD articleBody, as markup",
		page: ld("<p>"+para1+"</p><p>"+para2+"</p><p>"+para3+"</p>") + `<div id="root"></div>`,
		want: []string{para1, para2, para3},
	}, {
		name: "a visible teaser far shorter than the declared body",
		page: ld(para1+"\n"+para2+"\n"+para3) + `<div class="teaser"><p>The council voted on the pier, and much more is to come for the town.</p></div>`,
		want: []string{para1, para2, para3},
	}, {
		name: "a script notice does not replace the visible body",
		page: `<noscript><p>Please enable JavaScript to view the comments powered by our partner, thank you very much.</p></noscript><article><p>` + para1 + `</p><p>` + para2 + `</p></article>`,
		want: []string{para1, para2},
	}, {
		name: "a summary in articleBody does not replace the visible body",
		page: ld("The council voted to rebuild the pier.") + `<article><p>` + para1 + `</p><p>` + para2 + `</p></article>`,
		want: []string{para1, para2},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, bodyOf(t, tt.page)); diff != "" {
				t.Errorf("body mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
