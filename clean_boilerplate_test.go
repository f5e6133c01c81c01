package lede

import (
	"strings"
	"testing"
)

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
		{"advertiser notice", "This post contains references to products from one or more of our advertisers.", true},
		{"German affiliate notice", "Bei den Verlinkungen handelt es sich um Affiliate-Links.", true},
		{"French affiliate notice", "Cet article contient des liens d'affiliation.", true},
		{"news about affiliate links", "Retailers cut the fees they pay for affiliate links this year.", false},
		{"disclosure of compensation", "We recommend the best gear through an independent review process. We may receive compensation if you visit partners we recommend.", true},
		{"affiliate commissions", "Our editors test products on their own. We may earn affiliate commissions from buying links on this site.", true},
		{"a site compensated by name", "Harbor Deals may be compensated when you buy through our links.", true},
		{"Amazon associate", "As an Amazon Associate I earn from qualifying purchases.", true},
		{"German commission", "Wenn du über diese Links etwas kaufst, erhalten wir eine kleine Provision.", true},
		{"French commission", "Nous pouvons percevoir une commission sur les achats faits via ces liens.", true},
		{"Spanish commission", "Si compras a través de estos enlaces, podemos recibir una comisión.", true},
		{"Italian commission", "Se acquisti tramite questi link potremmo ricevere una commissione.", true},
		{"news of a commission in the third person", "The European Commission will receive the retailers' report in May.", false},
		{"a quoted commission", "\"We may receive compensation from the state,\" the mayor warned.", false},
		{"victims compensated", "Victims may receive compensation from the state fund.", false},
		{"passengers compensated", "Passengers may be compensated under EU rules.", false},
		{"residents compensated", "Residents may get compensation of up to £500.", false},
		{"Dutch brokers paid", "Makelaars ontvangen een vergoeding voor elke verkochte woning.", false},
		{"Italian brokers paid", "I broker possono guadagnare una commissione sulle vendite.", false},
		{"German denial", "Wir erhalten keine Provision, betonte der Verband am Montag.", false},
		{"Dutch disclosure", "Als je via deze links iets koopt, ontvangen wij een kleine commissie.", true},
		{"reported speech about a commission", "We will receive the commission's findings next week, the minister said.", false},
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

func TestIsImageCredit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"English photo label", "Photo: Jane Roe/AP", true},
		{"English credit label", "Credit: Grist / NOAA", true},
		{"German photo label", "Foto: dpa", true},
		{"German figure label", "Abbildung: Vergleich der Schneehöhen auf dem Gletscher", true},
		{"French credit", "Crédit photo : AFP", true},
		{"Spanish label", "Imagen: EFE", true},
		{"caption ending in a copyright credit", "Der Sieger auf dem 18. Grün | © Augusta National/Getty Images", true},
		{"caption ending with the agency and a sign", "Die Athleten im Ziel AFP / MARCO BERTORELLO ©", true},
		{"credit with the sign first", "Foto © Vogelwarte Sempach", true},
		{"sentence about photography", "Photography is banned in the courtroom, the judge said.", false},
		{"sentence about credit cards", "Credit card debt rose 5% in the second quarter.", false},
		{"sentence mentioning the sign", "The © sign marks a copyright, the lawyer said.", false},
		{"long paragraph", "Photo: " + strings.Repeat("a long description ", 20), false},
	}
	for _, tt := range tests {
		if got := isImageCredit(tt.in); got != tt.want {
			t.Errorf("%s: isImageCredit(%q) = %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestIsPointer(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"English read more", "Read more: Inflation hits 10-year high", true},
		{"German read also", "Lesen Sie auch: Der Hafen wird teurer", true},
		{"German label alone", "Auch interessant", true},
		{"German may interest you", "Das Thema könnte dich auch interessieren:", true},
		{"French read also", "À lire aussi : le port s'agrandit", true},
		{"Spanish may interest you", "Le puede interesar: así cambia el puerto", true},
		{"Polish read also", "Czytaj także: Port w Gdańsku rośnie", true},
		{"Portuguese read also", "Leia também: porto vai crescer", true},
		{"a sentence that starts alike", "Lesen Sie auch die Hinweise des Herstellers genau.", false},
		{"news sentence", "Also interesting was the mayor's reply, she said", false},
	}
	for _, tt := range tests {
		if got := isPointer(tt.in); got != tt.want {
			t.Errorf("%s: isPointer(%q) = %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestIsCallToAction: calls to subscribe, sign up, follow, get the app or
// skip to the content, in the languages of bylines, against news sentences
// that share their words.
func TestIsCallToAction(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		// skip links
		{"Skip to main content", true},
		{"Jump to navigation", true},
		{"Zum Inhalt springen", true},
		{"Direkt zum Hauptinhalt", true},
		{"Aller au contenu principal", true},
		{"Saltar al contenido", true},
		{"Pular para o conteúdo", true},
		{"Vai al contenuto", true},
		{"Ga naar inhoud", true},
		// subscribe and sign up
		{"Sign up for our daily briefing", true},
		{"Subscribe to the Harbour Herald newsletter for the week's top stories.", true},
		{"Get the latest headlines in your inbox every morning.", true},
		{"Never miss a story: turn on notifications.", true},
		{"Subscribe now for just $1 a week", true},
		{"Subscribe today and get your first month free", true},
		{"Abonnez-vous dès maintenant : 1 € le premier mois", true},
		{"Suscríbete ahora por solo 1 euro al mes", true},
		{"Subscribe to the idea that the pier can be saved and you will be disappointed, the mayor told residents at a meeting that ran late.", false},
		{"Abonnieren Sie unseren Newsletter", true},
		{"Jetzt anmelden und keine Nachricht verpassen", true},
		{"Jetzt steigen die Preise für unsere Kunden, sagte der Chef.", false},
		{"Abonnez-vous à notre lettre d'information", true},
		{"Suscríbete a nuestro boletín", true},
		{"Assine nossa newsletter", true},
		{"Iscriviti alla nostra newsletter", true},
		{"Schrijf je in voor onze nieuwsbrief", true},
		// follow and share
		{"Follow us on Instagram and TikTok", true},
		{"Like it? Share it!", true},
		{"Enjoyed this? Share this with a friend.", false}, // no call first: a question
		{"Share this with your friends", true},
		{"Gefällt dir der Beitrag? Teile ihn!", false}, // the call comes second
		{"Teile ihn mit deinen Freunden!", true},
		{"Deel het met je vrienden!", true},
		{"Share it with the world, the mayor said.", false},
		{"Like it or not, the council will vote on Tuesday.", false},
		{"Follow @harbourherald for live updates", true},
		{"Folgen Sie uns auf Facebook", true},
		{"Suivez-nous sur X", true},
		{"Síguenos en WhatsApp", true},
		{"Seguici su Telegram", true},
		{"Download our app for breaking news alerts", true},
		// news that shares the words
		{"Follow-up tests showed no sign of the virus.", false},
		{"Get out and vote, the governor urged on Facebook.", false},
		{"Download speeds on our network fell 20 percent, the company said.", false},
		{"“Follow us on this journey,” the coach told fans.", false},
		{"Join the queue early: doors open at 9 a.m.", false},
		{"Subscribers to the service rose by a third in the year to March, driven by its app and a cheaper plan for students who sign up in pairs.", false},
		{"Read the room.", false},
		{"The council urged residents to sign up for our flood alerts.", false},
		// "x" is the platform only written as its name, "X"
		{"Follow us on X for live updates", true},
		{"Share: X", true},
		{"Get breaking news alerts on X and Threads", true},
		{"Find all integer solutions of x + y = 17.", false},
		{"Check that x is greater than zero before you divide.", false},
		{"Try x = 3 and see what happens to the sum.", false},
	}
	for _, tt := range tests {
		if got := isCallToAction(tt.in); got != tt.want {
			t.Errorf("isCallToAction(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
