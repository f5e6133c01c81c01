package lede

// English digits with grouping commas and a decimal point ("1,200",
// "3.5", "12,345.67") are most of the numbers of news text that are not
// plain integers. digitsValue read them with strconv.ParseFloat of
// plainDigits, which allocated the digits without their commas and
// parsed them: the figure finders' costliest step on a number in
// digits. decimalValue reads them in place.

// decimalValue returns what strconv.ParseFloat(plainDigits(s), 64)
// returns for s of the form 1,234,567.89: digits, grouping commas each
// before exactly three digits, and at most one decimal point followed by
// digits. It reads those of at most fifteen digits in all, which a
// float64 holds exactly, and divides them by the power of ten of the
// decimals, which a float64 holds exactly too: one correctly rounded
// division, as strconv's own exact path makes. ok is false for every
// other s, which plainDigits and strconv read.
func decimalValue(s string) (v float64, ok bool) {
	var mantissa uint64
	digits, decimals, point := 0, 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			mantissa = mantissa*10 + uint64(c-'0')
			digits++
			if point {
				decimals++
			}
		case c == ',' && !point && digits > 0 && i+3 < len(s) && isGroupOfThree(s[i+1:i+4]) && (i+4 == len(s) || s[i+4] == ',' || s[i+4] == '.'):
		case c == '.' && !point && digits > 0 && i+1 < len(s):
			point = true
		default:
			return 0, false
		}
	}
	if digits == 0 || digits > 15 || point && decimals == 0 {
		return 0, false
	}
	return float64(mantissa) / exactPowersOfTen[decimals], true
}

// isGroupOfThree reports whether s is three digits.
func isGroupOfThree(s string) bool {
	return len(s) == 3 && isInteger(s)
}

// exactPowersOfTen are the powers of ten that a float64 holds exactly, up
// to the fifteen decimals decimalValue reads.
var exactPowersOfTen = [16]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}
