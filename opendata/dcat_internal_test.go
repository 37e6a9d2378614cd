package opendata

import (
	"strings"
	"testing"
)

func TestFrequencyIRI(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Щомісяця", "MONTHLY"},
		{"Щокварталу", "QUARTERLY"},
		{"Щороку", "ANNUAL"},
		{"Раз на рік", "ANNUAL"},
		{"Щопівроку (раз на півріччя)", "ANNUAL_2"},
		{"Щопівроку", "ANNUAL_2"},
		{"Щотижня", "WEEKLY"},
		{"Щодня", "DAILY"},
		{"Коли заманеться", "UNKNOWN"},
	} {
		t.Run(c.in, func(t *testing.T) {
			if got := frequencyIRI(c.in); got != euAuthority+"frequency/"+c.want {
				t.Errorf("%s → %s, want %s", c.in, got, c.want)
			}
		})
	}
	// A dataset added later must say how often it changes in words the
	// catalogue understands, or harvesters read UNKNOWN.
	for _, d := range Datasets {
		if strings.HasSuffix(frequencyIRI(d.Frequency), "/UNKNOWN") {
			t.Errorf("%s: frequency %q has no EU term", d.ID, d.Frequency)
		}
	}
}

func TestCKANTag(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"сім’ї з дітьми", "сімʼї з дітьми"},
		{"п'ятирічка", "пʼятирічка"},
		{"ВПО", "ВПО"},
		{"бюджет (2024)", "бюджет 2024"},
	} {
		if got := ckanTag(c.in); got != c.want {
			t.Errorf("ckanTag(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTurtleEscapes(t *testing.T) {
	n := newNode("https://x.example/a", "dcat:Dataset").add("dct:title", langLit("«лапки» \"і\" \\ та\nрядок")).add("dct:description", langLit(""))
	got := string(turtle([]*rdfNode{n}))
	if !strings.Contains(got, `dct:title "«лапки» \"і\" \\ та\nрядок"@uk .`) {
		t.Errorf("literal not escaped:\n%s", got)
	}
	if strings.Contains(got, "dct:description") {
		t.Errorf("an empty literal was written:\n%s", got)
	}
}
