package lede

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// picturesOf returns the addresses of the pictures Parse finds in page,
// each with the first word of the block it stands before ("" past the
// text's end).
func picturesOf(t *testing.T, page string) []string {
	t.Helper()
	a, err := Parse(strings.NewReader(page), &Options{URL: mustURL("https://news.example/story")})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, img := range a.Images {
		word := ""
		if f := strings.Fields(a.Text[img.At:]); len(f) > 0 {
			word = f[0]
		}
		pic := strings.TrimPrefix(img.URL, "https://news.example/") + " @" + word
		if img.Caption != "" {
			pic += " (" + img.Caption + ")"
		}
		out = append(out, pic)
	}
	return out
}

func TestPictures(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []string
	}{{
		name: "figures between paragraphs, in a gallery of figures too",
		page: `<article><p>` + para1 + `</p><figure><img src="/a.jpg"></figure><p>` + para2 + `</p>
			<figure class="wp-block-gallery"><figure class="wp-block-image"><img src="/b.jpg"></figure><figure class="wp-block-image"><img src="/c.jpg"></figure></figure><p>` + para3 + `</p></article>`,
		want: []string{"a.jpg @About", "b.jpg @Construction", "c.jpg @Construction"},
	}, {
		name: "lazy pictures: data-src, data-srcset's widest, a <picture>'s source, a placeholder src",
		page: `<article><img src="data:image/gif;base64,R0lGOD" data-src="/harbour-lead.jpg"><p>` + para1 + `</p>
			<img src="/img/placeholder.png" data-srcset="/small.jpg 400w, /wide.jpg 1200w, /mid.jpg 800w"><p>` + para2 + `</p>
			<picture><source data-srcset="/pic.webp 1x"><img src="/blank.gif"></picture><p>` + para3 + `</p></article>`,
		want: []string{"harbour-lead.jpg @The", "wide.jpg @About", "pic.webp @Construction"},
	}, {
		name: "decoration is no picture: logos, avatars, icons, dividers, banners",
		page: `<article><img src="/site-logo.png"><p>` + para1 + `</p><img src="/u/avatar_96.jpg"><img class="share-icon" src="/s.png"><p>` + para2 +
			`</p><img src="/img/divider.gif"><img src="/silicon-valley.jpg"><img src="/promo/web_banner_top.png"><p>` + para3 + `</p></article>`,
		want: []string{"silicon-valley.jpg @Construction"},
	}, {
		name: "pictures in ads, share bars and author boxes are furniture; a caption-named wrapper is not",
		page: `<article><p>` + para1 + `</p><div class="ad-slot"><img src="/banner.jpg"></div><div class="share-bar"><img src="/fb.png"></div><p>` + para2 +
			`</p><div class="layout-caption-hidden"><img src="/harbour.jpg"></div><p>` + para3 + `</p><div class="author-box"><img src="/jane.jpg"><span>Jane writes about ports.</span></div></article>`,
		want: []string{"harbour.jpg @Construction"},
	}, {
		name: "captions of WordPress and other captioned-picture boxes",
		page: `<article><p>` + para1 + `</p><div class="wp-caption alignnone"><img src="/a.jpg"><p class="wp-caption-text">The pier at dawn.</p></div><p>` + para2 +
			`</p><div class="img-wrapper"><div class="img-caption-box"><img src="/b.jpg"><span class="caption">Ferry crew, 1962.</span></div></div><p>` + para3 + `</p></article>`,
		want: []string{"a.jpg @About (The pier at dawn.)", "b.jpg @Construction (Ferry crew, 1962.)"},
	}, {
		name: "a picture whose credit line is dropped stays, as do closing pictures",
		page: `<article><p>` + para1 + `</p><div class="wp-caption"><img src="/pier.jpg"><p class="wp-caption-text">Photo: J. Ortiz</p></div><p>` + para2 +
			`</p><p>` + para3 + `</p><figure><img src="/last.jpg"></figure><div class="signup">Sign up for our newsletter</div></article>`,
		want: []string{"pier.jpg @About (Photo: J. Ortiz)", "last.jpg @"},
	}, {
		name: "pictures a script makes of empty boxes with a lazy address",
		page: `<article><p>` + para1 + `</p><div class="js-delayed-image-load" data-src="/media/pier.jpg" data-alt="The pier"></div><p>` + para2 +
			`</p><span class="lazy" data-original="/media/boat.webp?w=640"></span><p>` + para3 + `</p><div data-src="/widget/config.json"></div></article>`,
		want: []string{"media/pier.jpg @About", "media/boat.webp?w=640 @Construction"},
	}, {
		name: "a lead picture whose credit line is left out above the text",
		page: `<article><div class="photo"><img src="/lead.jpg"><p class="cap">Photo : YONHAP News</p></div><p>` + para1 + `</p><p>` + para2 + `</p></article>`,
		want: []string{"lead.jpg @The"},
	}, {
		name: "a caption four wrappers up from its picture; an address with no host",
		page: `<article><p>` + para1 + `</p><figure><span class="bugs"><div><picture><img src="/deep.jpg"></picture></div></span><figcaption>The quay.</figcaption></figure>` +
			`<p>` + para2 + `</p><img src="//:0"><p>` + para3 + `</p></article>`,
		want: []string{"deep.jpg @About (The quay.)"},
	}, {
		name: "a picture that links to another page is a teaser's; one that links to its larger copy, or a figure, is the article's",
		page: `<article><p>` + para1 + `</p><ul class="more"><li><a href="/news/other-story"><img src="/thumb.jpg"></a></li></ul><p>` + para2 +
			`</p><a href="/media/big.jpg"><img src="/media/small.jpg"></a><p>` + para3 + `</p><figure><a href="/gallery/3"><img src="/g3.jpg"></a></figure><p>` + para1 + `</p></article>`,
		want: []string{"media/small.jpg @Construction", "g3.jpg @The"},
	}, {
		name: "a layout wrapper named sidebar around the article keeps its pictures",
		page: `<div class="content-sidebar-wrap"><main><article><p>` + para1 + `</p><figure><img src="/a.jpg"></figure><p>` + para2 + `</p><p>` + para3 +
			`</p></article></main><aside class="sidebar"><img src="/promo.jpg"><p>More from us</p></aside></div>`,
		want: []string{"a.jpg @About"},
	}, {
		name: "a sticky-sidebar wrapper, a picture in a paragraph",
		page: `<div class="theiaStickySidebar"><article><p>` + para1 + `</p><p><img src="/b.jpg"></p><p>` + para2 + `</p><p>` + para3 + `</p></article></div>`,
		want: []string{"b.jpg @About"},
	}, {
		name: "a picture repeated three times is decoration; camelCase names are read",
		page: `<article><p>` + para1 + `</p><p><img src="/border.jpg"></p><p>` + para2 + `</p><p><img src="/border.jpg"></p><p>` + para3 +
			`</p><p><img src="/border.jpg"></p><p>` + para1 + `</p><img class="recipeMadeWithBadgeImage" src="/mix.png"><p>` + para2 + `</p></article>`,
		want: nil,
	}, {
		name: "closing pictures are figures or captioned, not promos",
		page: `<article><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p><figure><img src="/last.jpg"></figure><div class="share">Share</div>` +
			`<a href="/live"><img src="/now-streaming.jpg"></a><div class="share">Share this</div></article>`,
		want: []string{"last.jpg @"},
	}, {
		name: "the metadata's picture inside the body that the body left out is not pulled up",
		page: `<head><meta property="og:image" content="https://news.example/ad.jpg"></head><body><article><p>` + para1 +
			`</p><div class="ad-slot"><img src="/ad.jpg"></div><p>` + para2 + `</p></article></body>`,
		want: nil,
	}, {
		name: "the lead picture above the headline, named by the page's metadata at another size",
		page: `<head><meta property="og:image" content="https://news.example/media/pier-1200x630.jpg"></head><body>
			<div class="hero"><img src="/media/pier-800x450.jpg" alt="The pier"></div><h1>Pier</h1><article><p>` + para1 + `</p><p>` + para2 + `</p></article></body>`,
		want: []string{"media/pier-800x450.jpg @The"},
	}, {
		name: "a hero picture above the headline that the metadata names at another address",
		page: `<head><meta property="og:image" content="https://cdn.example/og/pier-1200-630.jpg"></head><body>
			<picture class="hero-image"><img src="/media/pier-480-80.jpg"></picture><h1>Pier</h1><article><p>` + para1 + `</p><p>` + para2 + `</p></article></body>`,
		want: []string{"media/pier-480-80.jpg @The"},
	}, {
		name: "a WordPress post image, no metadata",
		page: `<body><div class="post-thumbnail"><img class="wp-post-image" src="/uploads/ferry.jpg"></div><h1>Pier</h1><article><p>` + para1 + `</p><p>` + para2 + `</p></article></body>`,
		want: []string{"uploads/ferry.jpg @The"},
	}, {
		name: "featured stories above the article are teasers, not its hero",
		page: `<body><ul class="featured-stories"><li><a href="/other"><img class="featured-image" src="/other.jpg"></a></li></ul>
			<div class="featured-image"><a href="/x"><img src="/x.jpg"></a></div><h1>Pier</h1><article><p>` + para1 + `</p><p>` + para2 + `</p></article></body>`,
		want: nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, picturesOf(t, tt.page)); diff != "" {
				t.Errorf("pictures (-want +got):\n%s", diff)
			}
		})
	}
}

func TestIsPlaceholder(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{"data:image/gif;base64,R0lGODlhAQABAAAAACw=", true},
		{"/img/blank.gif", true},
		{"https://cdn.example/assets/lazy-placeholder.png", true},
		{"/static/missing-image.svg", true},
		{"/spacer-1x1.gif", true},
		{"/2023/06/pixel-8-review.jpg", false},
		{"/2023/06/unloading-the-ferry.jpg", false},
		{"/2023/06/blank-verse-poets.jpg", false},
	}
	for _, tt := range tests {
		if got := isPlaceholder(tt.src); got != tt.want {
			t.Errorf("isPlaceholder(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

func TestPictureKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://cdn.example/2023/06/pier-1024x576.jpg?w=800", "pier"},
		{"https://cdn.example/2023/06/pier-scaled.jpg", "pier"},
		{"https://cdn.example/pier@2x.png", "pier"},
		{"https://cdn.example/pier-2023.jpg", "pier-2023"},
		{"https://cdn.example/", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := pictureKey(tt.in); got != tt.want {
			t.Errorf("pictureKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPicturesAfterNormalization: a picture in a line keeps its place
// between the same words when normalization changes the text before it.
func TestPicturesAfterNormalization(t *testing.T) {
	for _, page := range []string{
		`<p>The mayorâ€™s office sent a <img src="https://a.example/p.jpg"> letter on Friday.</p>`,
		`<p>It was the &amp;amp; afternoon <img src="https://a.example/p.jpg"> of the vote.</p>`,
		`<p>Cafe\u0301 owners met <img src="https://a.example/p.jpg"> the council.</p>`,
	} {
		a := bodyOfAll(t, page)
		if len(a.Images) != 1 {
			t.Fatalf("%q: images %+v", page, a.Images)
		}
		at := a.Images[0].At
		if at == 0 || at >= len(a.Text) || a.Text[at-1] != ' ' || a.Text[at] == ' ' {
			t.Errorf("picture at %d of %q: not between two words", at, a.Text)
		}
	}
}

// TestBaseHref: <base href> sets what relative links and pictures
// resolve against, itself resolved against the page's address.
func TestBaseHref(t *testing.T) {
	tests := []struct{ base, want string }{
		{"https://cdn.example/site/", "https://cdn.example/site/img/a.jpg"},
		{"/mirror/", "https://news.example/mirror/img/a.jpg"},
		{"javascript:void(0)", "https://news.example/img/a.jpg"},
	}
	for _, tt := range tests {
		page := `<head><base href="` + tt.base + `"></head><body><article><p>` + para1 + `</p><figure><img src="img/a.jpg"></figure><p>` + para2 + `</p></article></body>`
		a, err := Parse(strings.NewReader(page), &Options{URL: mustURL("https://news.example/story")})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Images) != 1 || a.Images[0].URL != tt.want {
			t.Errorf("base %q: images %+v, want %s", tt.base, a.Images, tt.want)
		}
	}
}
