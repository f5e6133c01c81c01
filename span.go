package lede

// Span is where something was found: the byte offsets [Start, End) of its
// text in the text it was found in (Article.Text, or the text given to
// Quotes, Figures and Dates). Offsets count UTF-8 bytes, as Go strings
// index, and fall on character boundaries.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// In returns the text the span covers in text, or "" when the span does not
// lie within text (it was found in another one).
func (s Span) In(text string) string {
	if s.Start < 0 || s.Start > s.End || s.End > len(text) {
		return ""
	}
	return text[s.Start:s.End]
}
