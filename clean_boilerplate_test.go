package lede

import "testing"

func TestIsBoilerplate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"wire credit line", "(Reporting by Ana Ruiz; Editing by Tom Hale)", true},
		{"contributor line", "Staff writer Lee Park contributed to this report.", true},
		{"follow prompt", "Follow us on Twitter for the latest updates.", true},
		{"newsletter pitch", "Sign up for our morning briefing, delivered every weekday.", true},
		{"copyright line", "© 2024 Harbor Daily. All rights reserved.", true},
		{"affiliate notice", "Deals Weekly may earn an affiliate commission when you buy through links.", true},
		{"news sentence mentioning signing up", "The mayor urged residents to sign up for flood alerts.", false},
		{"news sentence mentioning reporting", "Reporting by the paper led to the inquiry, the minister said.", false},
		{"ordinary paragraph", "The council voted 5 to 2 on Wednesday.", false},
		{"long paragraph with a credit-like start", "Reporting by " + string(make([]byte, 500)), false},
	}
	for _, tt := range tests {
		if got := isBoilerplate(tt.in); got != tt.want {
			t.Errorf("%s: isBoilerplate(%.60q) = %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}
