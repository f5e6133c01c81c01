package lede

// regionNames are the names that news sets after a place, with a comma
// before and after, to say which state, province or country it is in:
// "Raleigh, N.C., resident", "Allentown, Pa.,", "Lagos, Nigeria,". They
// are the 50 US states and the District of Columbia in full, in the AP
// Stylebook's abbreviations and as USPS codes; the Canadian provinces and
// territories in full, in the Canadian Press abbreviations and as Canada
// Post codes; and, through countryNames, the countries of ISO 3166-1.
// Keys are as written. Other countries' subdivisions are left out: they
// are many, rarely set this way in English news, and a place name read
// as a region would join two names.
var regionNames = func() map[string]bool {
	m := map[string]bool{}
	for _, group := range [][]string{
		// US states and DC in full
		{"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
			"Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
			"Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
			"Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
			"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
			"North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
			"South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
			"Washington", "West Virginia", "Wisconsin", "Wyoming", "D.C."},
		// AP Stylebook abbreviations (eight states are never abbreviated)
		{"Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.",
			"Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.",
			"Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.",
			"Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.",
			"Wis.", "Wyo."},
		// USPS codes
		{"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN",
			"IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
			"NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
			"TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC"},
		// Canadian provinces and territories in full, abbreviated and as codes
		{"Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland and Labrador",
			"Nova Scotia", "Ontario", "Prince Edward Island", "Quebec", "Saskatchewan",
			"Northwest Territories", "Nunavut", "Yukon",
			"Alta.", "B.C.", "Man.", "N.B.", "N.L.", "N.S.", "Ont.", "P.E.I.", "Que.", "Sask.",
			"N.W.T.", "AB", "BC", "MB", "NB", "NL", "NS", "ON", "PE", "QC", "SK", "NT", "NU", "YT"},
	} {
		for _, name := range group {
			m[name] = true
		}
	}
	return m
}()

// isRegionAt reports the name of a state, province or country that fills
// toks[i:j] (see regionNames).
func isRegionAt(toks tokens, i, j int) bool {
	if j-i < 1 || j-i > 4 {
		return false
	}
	if j-i >= 2 && toks.text(j-1) == "." {
		// The words split the period off an abbreviation: "Pa", "."
		name := joinTokens(toks.slice(i, j-1)) + "."
		return regionNames[name]
	}
	name := joinTokens(toks.slice(i, j))
	return regionNames[name] || countryNames[name]
}

// isRegionAfterPlace reports a region name filling toks[i:j] that follows
// a capitalized place and a comma: "N.C." in "of Raleigh, N.C.,".
func isRegionAfterPlace(toks tokens, i, j int) bool {
	return i >= 2 && toks.text(i-1) == "," && toks.isCapitalized(i-2) && !toks.punct(i-2) && isRegionAt(toks, i, j)
}
