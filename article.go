package lede

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// DefaultMaxBytes is the input size limit Parse applies when Options.MaxBytes
// is zero. The largest news pages seen in practice are a few megabytes; 16 MiB
// leaves room for inline images and scripts while bounding memory and time.
const DefaultMaxBytes = 16 << 20

// Errors returned by Parse. Callers test for them with errors.Is.
var (
	// ErrTooLarge reports input longer than the size limit.
	ErrTooLarge = errors.New("lede: input exceeds size limit")
	// ErrNotHTML reports input that is binary data, not an HTML or text page.
	ErrNotHTML = errors.New("lede: input is not HTML")
)

// Options tunes Parse. A nil *Options and the zero Options both mean defaults;
// fields added in later versions will keep that property.
type Options struct {
	// URL is the address the page was fetched from, such as an
	// http.Response's Request.URL. It resolves relative canonical and
	// image links, and a date in its path is the publish date of last
	// resort. Nil means unknown, and so does a URL that is not an
	// absolute http or https URL ("about:blank", a file: URL), which has
	// nothing to resolve links against.
	URL *url.URL

	// MaxBytes is the input size limit in bytes; Parse returns ErrTooLarge
	// for longer input. Zero means DefaultMaxBytes; a negative value means
	// no limit.
	MaxBytes int64

	// ContentType is the HTTP Content-Type header the page came with, if
	// any ("text/html; charset=Shift_JIS"). Its charset, when given, comes
	// before the one the page declares, as in browsers.
	ContentType string

	// Date is the reference time for relative dates on the page, such as a
	// byline's "Published 3 hours ago": usually when the page was fetched.
	// Zero means unknown, and such dates are not resolved.
	Date time.Time
}

// Article is what Parse finds in a page: its metadata and its body.
// Any field may be empty when the page does not state it.
type Article struct {
	// Title is the article's headline, without the site name that pages
	// append to their <title> ("Headline | Site").
	Title string `json:"title"`
	// Authors are the people credited with the article, names only (no
	// "By", no roles), in page order without duplicates.
	Authors []string `json:"authors,omitempty"`
	// Published and Modified are the publication and last-update times;
	// zero when unknown. A date without a time of day is midnight UTC. A
	// time the page writes in UTC is given in the publisher's civil time
	// when the page shows it (a <time> with its offset) or its language
	// tag names one ("de", "fr-FR", "ja"), so that its day is the day the
	// readers saw; otherwise it stays in UTC. When the page shows none of
	// the dates it declares, the date it shows at the article's top is
	// Published: the date readers see, which may be the last update.
	Published time.Time `json:"published,omitzero"`
	Modified  time.Time `json:"modified,omitzero"`
	// Site is the publication's name ("The Daily Ledger").
	Site string `json:"site,omitempty"`
	// Language is the page's language as a BCP 47 tag ("en", "pt-BR").
	Language string `json:"language,omitempty"`
	// URL is the canonical address of the article: an absolute http or
	// https URL, resolved against Options.URL, or empty when the page gives
	// none that can be made one. Other schemes ("javascript:", "data:")
	// are never returned.
	URL string `json:"url,omitempty"`
	// Description is the page's own summary of the article.
	Description string `json:"description,omitempty"`
	// Image is the address of the article's lead image, an absolute http
	// or https URL like URL, or empty.
	Image string `json:"image,omitempty"`

	// Blocks is the body's structure: paragraphs, headings, list items,
	// block quotes and preformatted text, in reading order.
	Blocks []Block `json:"blocks,omitempty"`
	// Text is the body as plain text: the blocks' texts separated by one
	// blank line. It is empty when the page holds no article body (an index
	// page, a login wall, an empty document).
	Text string `json:"text"`
	// Links are the body's links, in reading order: the words of each in
	// Text and where it points.
	Links []Link `json:"links,omitempty"`
	// Images are the body's pictures, in reading order.
	Images []Image `json:"images,omitempty"`
}

// Link is a link in an article's body.
type Link struct {
	// Span is where the link's words are in Article.Text.
	Span
	// URL is where the link points: an absolute http or https URL,
	// resolved against the page's address. Links elsewhere ("mailto:",
	// "javascript:") are not kept.
	URL string `json:"url"`
}

// Image is a picture in an article's body.
type Image struct {
	// URL is the picture's address, an absolute http or https URL (the
	// real one, where the page loads pictures lazily).
	URL string `json:"url"`
	// Alt is the text the page gives for readers who cannot see the
	// picture, and Caption the caption of the figure that holds it.
	Alt     string `json:"alt,omitempty"`
	Caption string `json:"caption,omitempty"`
	// At is the byte offset in Article.Text where the picture stands: the
	// start of the block it comes before, or a place in a block's line.
	At int `json:"at"`
}

// BlockType tells what a body block is.
type BlockType string

// The types of body blocks.
const (
	BlockParagraph BlockType = "paragraph"
	BlockHeading   BlockType = "heading"
	BlockListItem  BlockType = "list-item"
	BlockQuote     BlockType = "quote" // a block quotation (<blockquote>)
	BlockPre       BlockType = "pre"   // preformatted text, line breaks kept
	BlockTableRow  BlockType = "table-row"
)

// Block is one block of an article's body.
type Block struct {
	Type BlockType `json:"type"`
	// Level is the heading level, 1 to 6, for headings; 0 otherwise.
	Level int `json:"level,omitempty"`
	// Ordered tells a list item of a numbered list (<ol>).
	Ordered bool `json:"ordered,omitempty"`
	// Text is the block's text, normalized as Clean does (preformatted
	// blocks keep their white space).
	Text string `json:"text"`
	// Span is where Text is in Article.Text:
	// Article.Text[Start:End] == Text.
	Span
}

// Parse reads an HTML page from r and returns the article it holds.
//
// The page may be in any charset that browsers support: Parse honours a byte
// order mark, then the charset of Options.ContentType, then a charset
// declared in the page; without any, valid UTF-8 is UTF-8, text that reads
// as Japanese, Chinese or Korean in a legacy encoding is decoded so, and
// anything else is windows-1252.
//
// A page without an article body (an index page, a login wall, an empty
// document) yields an Article with whatever metadata was found and an empty
// Text, and a nil error. Parse returns ErrTooLarge for input over the size
// limit, ErrNotHTML for binary input, and the reader's error if reading
// fails. Markup nested deeper than the HTML parser allows (512 elements,
// which no real page reaches) is read without its deepest tags: the text
// is kept.
func Parse(r io.Reader, opts *Options) (*Article, error) {
	return parse(&stopper{}, r, opts)
}

// ParseContext is Parse that gives up when ctx is done: it then returns a
// nil Article and an error that wraps ctx.Err(). It looks at ctx between
// the stages of the work and between blocks of text, not inside the HTML
// parser, which is linear in the page's size (see Options.MaxBytes).
func ParseContext(ctx context.Context, r io.Reader, opts *Options) (*Article, error) {
	return parse(newStopper(ctx), r, opts)
}

func parse(stop *stopper, r io.Reader, opts *Options) (*Article, error) {
	if err := stop.failed("parsing"); err != nil {
		return nil, err
	}
	if opts == nil {
		opts = &Options{}
	}
	raw, err := readLimited(r, opts.MaxBytes)
	if err != nil {
		return nil, err
	}
	if looksBinary(raw) {
		return nil, ErrNotHTML
	}
	page := decode(raw, opts.ContentType)
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		// The parser refuses markup nested more than 512 elements deep
		// ("<b>" a thousand times); the text is still there.
		doc, err = html.Parse(strings.NewReader(flattenDeep(page)))
		if err != nil {
			return nil, fmt.Errorf("lede: parsing html: %w", err)
		}
	}
	return parseNode(stop, doc, opts)
}

// ParseNode is Parse for a page the caller has already parsed with
// golang.org/x/net/html: doc is the node html.Parse returns (an element
// is read as a whole page). ParseNode does not change doc. Options.MaxBytes
// and Options.ContentType do not apply to it. A nil doc is an error.
func ParseNode(doc *html.Node, opts *Options) (*Article, error) {
	return ParseNodeContext(context.Background(), doc, opts)
}

// ParseNodeContext is ParseNode that gives up when ctx is done, as
// ParseContext does.
func ParseNodeContext(ctx context.Context, doc *html.Node, opts *Options) (*Article, error) {
	if doc == nil {
		return nil, errors.New("lede: ParseNode of a nil node")
	}
	if opts == nil {
		opts = &Options{}
	}
	return parseNode(newStopper(ctx), doc, opts)
}

// webURL returns u when it is an absolute http or https URL, which can
// resolve a page's links, and nil otherwise.
func webURL(u *url.URL) *url.URL {
	if u == nil || !u.IsAbs() || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil
	}
	return u
}

// parseNode finds the article in the parsed page doc.
func parseNode(stop *stopper, doc *html.Node, opts *Options) (*Article, error) {
	if err := stop.failed("parsing"); err != nil {
		return nil, err
	}
	a := &Article{}
	meta := newPageMeta(doc, webURL(opts.URL))
	meta.fill(a)
	body := findBody(doc, pageHints{title: a.Title, description: a.Description, declared: meta.ld.body})
	// What the rest needs of the tree is read now, and the tree let go
	// before the body's blocks are built: cleaning the text is the longest
	// stage, and the tree is several times the page's size.
	var lead *Image
	if !body.empty() {
		lead = leadPicture(doc, body.first, a.Image, meta.resolve)
	}
	if t, ok := meta.shownOverDeclared(body.first, body.lead); ok {
		a.Published = t
	}
	if a.Published.IsZero() {
		a.Published = meta.publishedNear(body.first)
	}
	doc, body.first = nil, nil
	meta.releaseTree()
	if body.picked != nil {
		body.picked.releaseTree()
	}
	body.build()
	blocks := cleanBlocks(stop, body.blocks)
	if err := stop.failed("parsing"); err != nil {
		return nil, err
	}
	body.blocks = nil
	joined := assemble(blocks, meta.resolve)
	a.Text, a.Blocks, a.Links, a.Images = joined.text, joined.blocks, joined.links, joined.images
	if a.Text != "" {
		a.Images = withLeadPicture(lead, a.Image, a.Images)
	}
	fillFromLead(a, body.lead, opts.Date)
	if a.Published.IsZero() {
		a.Published = meta.publishedInText(a)
	}
	if len(a.Authors) == 0 {
		a.Authors = meta.bylineAuthors(a.Blocks)
	}
	return a, nil
}

// maxFlatDepth is the nesting depth past which flattenDeep drops tags,
// well below the parser's limit of 512: its stack also counts the elements
// it opens itself, up to three for each tag in nested tables ("<td>" opens
// <tbody> and <tr>).
const maxFlatDepth = 100

// flattenDeep returns the markup of page with the start and end tags of
// elements nested deeper than maxFlatDepth left out and their text kept,
// for the parser to read. No real page nests so deep; a page that does is
// built to break parsers.
func flattenDeep(page string) string {
	var sb strings.Builder
	sb.Grow(len(page))
	z := html.NewTokenizer(strings.NewReader(page))
	depth, skipped := 0, 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return sb.String()
		case html.StartTagToken:
			if depth >= maxFlatDepth {
				skipped++
				continue
			}
			depth++
		case html.EndTagToken:
			if skipped > 0 {
				skipped--
				continue
			}
			depth = max(0, depth-1)
		}
		sb.Write(z.Raw())
	}
}

// readLimited reads all of r, or fails with ErrTooLarge once more than max
// bytes arrive (max 0 means DefaultMaxBytes, negative means no limit).
func readLimited(r io.Reader, max int64) ([]byte, error) {
	if max == 0 {
		max = DefaultMaxBytes
	}
	from := r
	if max >= 0 {
		from = io.LimitReader(r, max+1)
	}
	b, err := readAll(from, sizeHint(r, max))
	if err != nil {
		return nil, fmt.Errorf("lede: reading input: %w", err)
	}
	if max >= 0 && int64(len(b)) > max {
		return nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, max)
	}
	return b, nil
}

// sizeHint returns how many bytes r says it holds (a strings.Reader, a
// bytes.Buffer, a regular file), at most limit+1 when limit is not
// negative, or 0 when it does not say.
func sizeHint(r io.Reader, limit int64) int {
	var n int64
	switch v := r.(type) {
	case interface{ Len() int }:
		n = int64(v.Len())
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			n = fi.Size()
		}
	}
	if limit >= 0 {
		n = min(n, limit+1)
	}
	return int(max(n, 0))
}

// readAll is io.ReadAll with a buffer sized for size bytes to begin with:
// a page whose size is known is read into one piece of memory, not into
// each of the doubling buffers that io.ReadAll would grow.
func readAll(r io.Reader, size int) ([]byte, error) {
	b := make([]byte, 0, max(size+1, 512)) // one byte more: EOF comes without growing
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// looksBinary reports whether b is binary data rather than markup: NUL bytes
// never occur in text, except in UTF-16, which announces itself with a BOM.
func looksBinary(b []byte) bool {
	if hasUTF16BOM(b) {
		return false
	}
	head := b[:min(len(b), 1024)]
	return bytes.IndexByte(head, 0) >= 0
}
