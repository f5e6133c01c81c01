package lede

import (
	"math/rand/v2"
	"strconv"
	"testing"
)

// decimalValueSlow is how digitsValue read a number in digits that is
// not a plain integer.
func decimalValueSlow(s string) (float64, bool) {
	v, err := strconv.ParseFloat(plainDigits(s), 64)
	return v, err == nil
}

// TestDecimalValueAsParseFloat checks that decimalValue, where it reads a
// number, reads what strconv.ParseFloat of plainDigits reads, and that it
// reads the common English forms itself.
func TestDecimalValueAsParseFloat(t *testing.T) {
	read := []string{"1,200", "3.5", "12,345.67", "1,234,567", "0.1", "0.3", "2.675", "1,000,000,000.5",
		"123456789012345", "1.23456789012345", "99,999.999", "0.000001", "7.10", "1.234", "1,200.0"}
	left := []string{"", "1", "1,2", "1,23", "1,2345", "1,234,56", ",123", "1.", ".5", "1..2", "1.2.3", "1.234.567",
		"1.234,56", "1'000", "1’000", "2,4", "10.0.0.1", "1234567890123456", "1.234567890123456", "1,200,",
		"1,200.5.1", "12a", "1,2,3", "12,34,567", "0,75"}
	for _, s := range read {
		v, ok := decimalValue(s)
		want, wantOK := decimalValueSlow(s)
		if !ok || !wantOK || v != want {
			t.Errorf("decimalValue(%q) = %v, %v; want %v (ParseFloat ok %v)", s, v, ok, want, wantOK)
		}
	}
	for _, s := range left {
		if v, ok := decimalValue(s); ok {
			if want, wantOK := decimalValueSlow(s); !wantOK || v != want {
				t.Errorf("decimalValue(%q) = %v; ParseFloat of plainDigits gives %v, %v", s, v, want, wantOK)
			}
		}
	}
	// Every number of up to four digits with a point anywhere, and with
	// grouping commas: the same value as strconv gives.
	for n := 0; n < 10000; n++ {
		d := strconv.Itoa(n)
		for p := 1; p < len(d); p++ {
			s := d[:p] + "." + d[p:]
			if v, ok := decimalValue(s); !ok || v != mustParse(t, s) {
				t.Errorf("decimalValue(%q) = %v, %v", s, v, ok)
			}
		}
		s := strconv.Itoa(n*1000+n%1000) + ",123.4"
		if v, ok := decimalValue(s); ok != (n < 100000) || ok && v != mustParse(t, plainDigits(s)) {
			t.Errorf("decimalValue(%q) = %v, %v", s, v, ok)
		}
	}
}

func mustParse(t *testing.T, s string) float64 {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestDecimalValueOnRandomDigits compares decimalValue with ParseFloat of
// plainDigits on strings of digits, commas and points.
func TestDecimalValueOnRandomDigits(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const alphabet = "0123456789012345678901234567890123456789,,,."
	for range 200000 {
		b := make([]byte, 1+r.IntN(14))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		s := string(b)
		if v, ok := decimalValue(s); ok {
			if want, wantOK := decimalValueSlow(s); !wantOK || v != want {
				t.Fatalf("decimalValue(%q) = %v; ParseFloat of plainDigits gives %v, %v", s, v, want, wantOK)
			}
		}
	}
}
