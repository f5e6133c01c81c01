package lede

// Vocabularies of the figure finder: currencies and units of measure.
// Units use the symbols listed in the package documentation: ISO 4217
// codes for money, SI and customary symbols for quantities.

// currencySigns are the signs written before (or after) an amount: "$5",
// "€3.5m", "100元", "10 $". "$" alone is the US dollar, as in most
// English-language news; a prefix names other dollars ("HK$", "A$").
var currencySigns = map[string]string{
	"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW",
	"₽": "RUB", "₺": "TRY", "₭": "LAK", "₿": "BTC", "元": "CNY", "₦": "NGN",
	"₱": "PHP", "₪": "ILS", "฿": "THB", "₫": "VND", "₴": "UAH", "ரூ": "LKR",
}

// currencyAbbreviations are the short names South and Southeast Asian and
// East African news write before amounts ("Rs 500 crore", "Rs. 2,000",
// "RM2 billion", "Rp 5 trillion"), as written. "Rs" is also the Pakistani,
// Sri Lankan and Nepalese rupee; it reads as INR, the one English-language
// news writes most, and "PKR 500" names the others.
var currencyAbbreviations = map[string]string{
	"Rs": "INR", "Tk": "BDT", "RM": "MYR", "Rp": "IDR", "Ksh": "KES", "KSh": "KES",
}

// dollarPrefixes name the country of a "$" glued after them: "US$2bn",
// "HK$1.2 trillion", "C$ 100", "Mex$ 10 million".
var dollarPrefixes = map[string]string{
	"us": "USD", "u.s.": "USD", "hk": "HKD", "a": "AUD", "au": "AUD", "c": "CAD",
	"ca": "CAD", "cdn": "CAD", "nz": "NZD", "s": "SGD", "sg": "SGD", "r": "BRL",
	"mex": "MXN", "mxn": "MXN", "nt": "TWD", "z": "ZWL",
}

// currencyCodes are the ISO 4217 codes recognized when written in capitals
// next to an amount ("USD 22.5 million", "115USD", "GBP 350"); with an
// "M" before them they count millions ("30 MUSD", "120 MEUR").
var currencyCodes = map[string]bool{
	"USD": true, "EUR": true, "GBP": true, "JPY": true, "CNY": true, "RMB": true, "CHF": true,
	"CAD": true, "AUD": true, "INR": true, "HKD": true, "NZD": true, "SGD": true, "SEK": true,
	"NOK": true, "DKK": true, "RUB": true, "BRL": true, "MXN": true, "KRW": true, "ZAR": true,
	"TRY": true, "PLN": true, "THB": true, "IDR": true, "MYR": true, "PHP": true, "ILS": true,
	"AED": true, "SAR": true, "NGN": true, "EGP": true, "PKR": true, "BDT": true, "VND": true,
	"ARS": true, "CLP": true, "COP": true, "PEN": true, "UAH": true, "CZK": true, "HUF": true,
	"RON": true, "TWD": true, "KES": true, "LKR": true, "QAR": true, "KWD": true, "BTC": true,
}

// currencyWords are currency names written after an amount ("5 million
// dollars", "323 million euros", "470 pence"), with their code and the
// factor that converts them to it (pence are hundredths of a pound).
// Ambiguous names ("pounds" of weight, "won" the verb, "real") are handled
// by the finder: see moneyAfter.
var currencyWords = map[string]currencyUnit{
	"dollar": {"USD", 1}, "dollars": {"USD", 1}, "buck": {"USD", 1}, "bucks": {"USD", 1},
	"cent": {"USD", 0.01}, "cents": {"USD", 0.01},
	"euro": {"EUR", 1}, "euros": {"EUR", 1},
	"pound": {"GBP", 1}, "pounds": {"GBP", 1}, "sterling": {"GBP", 1},
	"penny": {"GBP", 0.01}, "pence": {"GBP", 0.01}, "p": {"GBP", 0.01},
	"yen": {"JPY", 1}, "yuan": {"CNY", 1}, "renminbi": {"CNY", 1}, "rmb": {"CNY", 1},
	"rupee": {"INR", 1}, "rupees": {"INR", 1}, "peso": {"MXN", 1}, "pesos": {"MXN", 1},
	"franc": {"CHF", 1}, "francs": {"CHF", 1}, "ruble": {"RUB", 1}, "rubles": {"RUB", 1},
	"rouble": {"RUB", 1}, "roubles": {"RUB", 1}, "lira": {"TRY", 1}, "liras": {"TRY", 1},
	"rand": {"ZAR", 1}, "krona": {"SEK", 1}, "kronor": {"SEK", 1}, "krone": {"NOK", 1},
	"kroner": {"NOK", 1}, "zloty": {"PLN", 1}, "zlotys": {"PLN", 1}, "ringgit": {"MYR", 1},
	"baht": {"THB", 1}, "rupiah": {"IDR", 1}, "shekel": {"ILS", 1}, "shekels": {"ILS", 1},
	"dirham": {"AED", 1}, "dirhams": {"AED", 1}, "riyal": {"SAR", 1}, "riyals": {"SAR", 1},
	"naira": {"NGN", 1}, "markka": {"FIM", 1}, "markkaa": {"FIM", 1}, "guilder": {"NLG", 1},
	"guilders": {"NLG", 1}, "peseta": {"ESP", 1}, "pesetas": {"ESP", 1}, "kip": {"LAK", 1},
	"bitcoin": {"BTC", 1}, "bitcoins": {"BTC", 1}, "satoshi": {"BTC", 1e-8}, "satoshis": {"BTC", 1e-8},
	"won": {"KRW", 1},
}

type currencyUnit struct {
	code   string
	factor float64
}

// currencyQualifiers name whose currency a word is: "Canadian dollars",
// "Hong Kong dollars", "Swiss francs", "chinese yuan".
var currencyQualifiers = map[string]string{
	"us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD", "hong kong": "HKD",
	"new zealand": "NZD", "singapore": "SGD", "taiwan": "TWD", "new taiwan": "TWD",
	"mexican": "MXN", "swiss": "CHF", "chinese": "CNY", "japanese": "JPY", "indian": "INR",
	"sri lankan": "LKR", "pakistani": "PKR", "russian": "RUB", "turkish": "TRY",
	"south african": "ZAR", "brazilian": "BRL", "south korean": "KRW", "korean": "KRW",
	"swedish": "SEK", "norwegian": "NOK", "danish": "DKK", "finnish": "FIM", "british": "GBP",
	"egyptian": "EGP", "philippine": "PHP", "argentine": "ARS", "chilean": "CLP",
	"colombian": "COP", "french": "FRF", "belgian": "BEF", "dutch": "NLG",
}

// unitForms maps each written form of a unit, as its lower-cased tokens
// joined by spaces, to the unit's symbol. A form marked glued must touch
// the number ("300g", "5t"): spaced, those letters are too often words.
var unitForms = []unitForm{
	// length
	{"mm", "mm", false}, {"millimetre", "mm", false}, {"millimetres", "mm", false}, {"millimeter", "mm", false}, {"millimeters", "mm", false},
	{"cm", "cm", false}, {"centimetre", "cm", false}, {"centimetres", "cm", false}, {"centimeter", "cm", false}, {"centimeters", "cm", false},
	{"m", "m", false}, {"metre", "m", false}, {"metres", "m", false}, {"meter", "m", false}, {"meters", "m", false},
	{"km", "km", false}, {"kilometre", "km", false}, {"kilometres", "km", false}, {"kilometer", "km", false}, {"kilometers", "km", false},
	{"inch", "in", false}, {"inches", "in", false}, {"in", "in", true},
	{"ft", "ft", false}, {"foot", "ft", false}, {"feet", "ft", false},
	{"yd", "yd", false}, {"yard", "yd", false}, {"yards", "yd", false},
	{"mi", "mi", true}, {"mile", "mi", false}, {"miles", "mi", false},
	{"nautical mile", "nmi", false}, {"nautical miles", "nmi", false},
	// area
	{"m²", "m²", false}, {"m2", "m²", false}, {"sq m", "m²", false}, {"square metre", "m²", false}, {"square metres", "m²", false}, {"square meter", "m²", false}, {"square meters", "m²", false},
	{"km²", "km²", false}, {"km2", "km²", false}, {"sq km", "km²", false}, {"square kilometre", "km²", false}, {"square kilometres", "km²", false}, {"square kilometer", "km²", false}, {"square kilometers", "km²", false},
	{"sq ft", "ft²", false}, {"square foot", "ft²", false}, {"square feet", "ft²", false},
	{"sq mi", "mi²", false}, {"square mile", "mi²", false}, {"square miles", "mi²", false},
	{"acre", "acre", false}, {"acres", "acre", false}, {"ha", "ha", false}, {"hectare", "ha", false}, {"hectares", "ha", false},
	// volume
	{"ml", "ml", false}, {"millilitre", "ml", false}, {"millilitres", "ml", false}, {"milliliter", "ml", false}, {"milliliters", "ml", false},
	{"l", "l", true}, {"litre", "l", false}, {"litres", "l", false}, {"liter", "l", false}, {"liters", "l", false},
	{"gal", "gal", false}, {"gallon", "gal", false}, {"gallons", "gal", false},
	{"bbl", "bbl", false}, {"barrel", "bbl", false}, {"barrels", "bbl", false},
	{"m³", "m³", false}, {"m3", "m³", false}, {"cubic metre", "m³", false}, {"cubic metres", "m³", false}, {"cubic meter", "m³", false}, {"cubic meters", "m³", false},
	{"cubic foot", "ft³", false}, {"cubic feet", "ft³", false},
	{"cup", "cup", false}, {"cups", "cup", false},
	{"tbsp", "tbsp", false}, {"tablespoon", "tbsp", false}, {"tablespoons", "tbsp", false},
	{"tsp", "tsp", false}, {"teaspoon", "tsp", false}, {"teaspoons", "tsp", false},
	// mass
	{"µg", "µg", false}, {"μg", "µg", false}, {"mcg", "µg", false}, {"microgram", "µg", false}, {"micrograms", "µg", false},
	{"mg", "mg", false}, {"milligram", "mg", false}, {"milligrams", "mg", false},
	{"g", "g", true}, {"gram", "g", false}, {"grams", "g", false}, {"gramme", "g", false}, {"grammes", "g", false},
	{"kg", "kg", false}, {"kgs", "kg", false}, {"kilogram", "kg", false}, {"kilograms", "kg", false}, {"kilo", "kg", false}, {"kilos", "kg", false},
	{"t", "t", true}, {"tonne", "t", false}, {"tonnes", "t", false}, {"ton", "t", false}, {"tons", "t", false},
	{"metric ton", "t", false}, {"metric tons", "t", false}, {"metric tonne", "t", false}, {"metric tonnes", "t", false},
	{"oz", "oz", false}, {"ounce", "oz", false}, {"ounces", "oz", false},
	{"lb", "lb", false}, {"lbs", "lb", false}, {"pound", "lb", false}, {"pounds", "lb", false},
	// speed
	{"km/h", "km/h", false}, {"km/hr", "km/h", false}, {"kph", "km/h", false}, {"kmph", "km/h", false},
	{"kilometres per hour", "km/h", false}, {"kilometers per hour", "km/h", false}, {"kilometres an hour", "km/h", false}, {"kilometers an hour", "km/h", false},
	{"mph", "mph", false}, {"miles per hour", "mph", false}, {"miles an hour", "mph", false},
	{"m/s", "m/s", false}, {"metres per second", "m/s", false}, {"meters per second", "m/s", false},
	{"knot", "kn", false}, {"knots", "kn", false},
	// data
	{"bit", "bit", false}, {"bits", "bit", false}, {"byte", "B", false}, {"bytes", "B", false},
	{"kb", "kB", false}, {"kilobyte", "kB", false}, {"kilobytes", "kB", false},
	{"mb", "MB", false}, {"megabyte", "MB", false}, {"megabytes", "MB", false},
	{"gb", "GB", false}, {"gigabyte", "GB", false}, {"gigabytes", "GB", false},
	{"tb", "TB", false}, {"terabyte", "TB", false}, {"terabytes", "TB", false},
	{"mbit", "Mbit", false}, {"megabit", "Mbit", false}, {"megabits", "Mbit", false},
	{"mbps", "Mbit/s", false}, {"gbps", "Gbit/s", false},
	// energy and power
	{"kwh", "kWh", false}, {"mwh", "MWh", false}, {"gwh", "GWh", false}, {"twh", "TWh", false},
	{"kw", "kW", false}, {"mw", "MW", false}, {"gw", "GW", false}, {"megawatt", "MW", false}, {"megawatts", "MW", false},
	{"gigawatt", "GW", false}, {"gigawatts", "GW", false}, {"kilowatt", "kW", false}, {"kilowatts", "kW", false},
	// angle
	{"degree", "°", false}, {"degrees", "°", false}, {"°", "°", false}, {"rad", "rad", false}, {"radian", "rad", false}, {"radians", "rad", false},
	{"turn", "turn", false}, {"turns", "turn", false},
	// temperature
	{"°c", "°C", false}, {"° c", "°C", false}, {"° celsius", "°C", false}, {"℃", "°C", false}, {"c", "°C", true},
	{"degrees c", "°C", false}, {"degree c", "°C", false},
	{"celsius", "°C", false}, {"celcius", "°C", false}, {"centigrade", "°C", false},
	{"degrees celsius", "°C", false}, {"degree celsius", "°C", false}, {"deg celsius", "°C", false}, {"degrees celcius", "°C", false}, {"degrees centigrade", "°C", false},
	{"°f", "°F", false}, {"° f", "°F", false}, {"° fahrenheit", "°F", false}, {"℉", "°F", false},
	{"degrees f", "°F", false}, {"degree f", "°F", false},
	{"fahrenheit", "°F", false}, {"farenheit", "°F", false},
	{"degrees fahrenheit", "°F", false}, {"degree fahrenheit", "°F", false}, {"deg fahrenheit", "°F", false}, {"degrees farenheit", "°F", false},
	{"kelvin", "K", false},
	// ages: "12 years old", "12-year-old", "three months of age", "87 yo"
	{"years old", "year", false}, {"year old", "year", false}, {"year - old", "year", false}, {"years of age", "year", false}, {"yo", "year", false}, {"y/o", "year", false},
	{"months old", "month", false}, {"month old", "month", false}, {"month - old", "month", false}, {"months of age", "month", false},
	{"weeks old", "week", false}, {"week old", "week", false}, {"week - old", "week", false}, {"weeks of age", "week", false},
	{"days old", "day", false}, {"day old", "day", false}, {"day - old", "day", false},
}

type unitForm struct {
	form   string // lower-cased tokens joined by single spaces
	symbol string
	glued  bool // must touch the number
}

// ageUnits are the symbols of unitForms that measure an age.
var ageUnits = map[string]bool{"year": true, "month": true, "week": true, "day": true}

// timeUnitSymbols name the divisors of compound rates: "50 km/ms",
// "50 centimeters per millisecond".
var timeUnitSymbols = map[string]string{
	"h": "h", "hr": "h", "hour": "h", "s": "s", "sec": "s", "second": "s",
	"ms": "ms", "millisecond": "ms", "min": "min", "minute": "min",
}
