package lede

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Sniffing. A page that declares no charset and is not UTF-8 is most often
// windows-1252, but East Asian sites long served Shift_JIS, EUC-JP, GBK,
// Big5 and EUC-KR without saying so. Each of those decodes almost any byte
// string into some characters, so "decodes without errors" proves little;
// what does is whether the result reads like the language: in Japanese the
// particles の, に, は make up a large share of all characters, in Chinese
// 的, 是, 了 do. The candidate whose text reads most like its language wins,
// if it reads like it at all.

// sniffCandidates are the legacy encodings sniffed, each with characters
// that are among the most frequent in the text of its languages.
var sniffCandidates = []struct {
	enc    encoding.Encoding
	common string
}{
	{japanese.ShiftJIS, japaneseCommon},
	{japanese.EUCJP, japaneseCommon},
	{simplifiedchinese.GB18030, "的是不了在人有我他这中大来上国个到说们为和地也子时道出而要于就下得可你年生。，"},
	{traditionalchinese.Big5, "的是不了在人有我他這中大來上國個到說們為和地也子時道出而要於就下得可你年生。，"},
	{korean.EUCKR, "이의에는을가다고하지한서기로도을를있수것들"},
}

const japaneseCommon = "のにはをたがでてとしれさいるこなかもうっ。、日本人"

const (
	// sniffBytes is how much of the page the sniffer decodes.
	sniffBytes = 64 << 10
	// minCommonShare is the share of non-ASCII characters that must be
	// frequent characters of the language: real Japanese or Chinese text
	// is well above 0.2, Latin text misread as either well below 0.02.
	minCommonShare = 0.08
	// maxErrorShare is the share of undecodable characters tolerated.
	maxErrorShare = 0.02
)

// sniffEncoding returns the East Asian encoding that raw reads best in, or
// nil when none reads like its language.
func sniffEncoding(raw []byte) encoding.Encoding {
	sample := raw[:min(len(raw), sniffBytes)]
	var best encoding.Encoding
	bestShare := minCommonShare
	for _, c := range sniffCandidates {
		text, err := c.enc.NewDecoder().Bytes(sample)
		if err != nil {
			continue
		}
		nonASCII, common, errs := 0, 0, 0
		for _, r := range string(text) {
			switch {
			case r < utf8.RuneSelf:
			case r == utf8.RuneError:
				errs++
				nonASCII++
			default:
				nonASCII++
				if strings.ContainsRune(c.common, r) {
					common++
				}
			}
		}
		if nonASCII == 0 || float64(errs) > maxErrorShare*float64(nonASCII) {
			continue
		}
		if share := float64(common) / float64(nonASCII); share > bestShare {
			best, bestShare = c.enc, share
		}
	}
	return best
}
