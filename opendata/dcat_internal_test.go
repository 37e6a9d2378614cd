package opendata

import (
	"os"
	"path/filepath"
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

func TestCoveredPeriod(t *testing.T) {
	for _, c := range []struct {
		name       string
		d          Dataset
		csv        string
		start, end string
	}{
		{"stock dates", benefitRecipients, "as_of,families\n2024-01-01,3\n2023-01-01,4\n2024-06-01,\n", "2023-01-01", "2024-06-01"},
		{"months to the month's end", benefitPayments, "month,payments\n2023-02-01,1\n2022-12-01,2\n", "2022-12-01", "2023-02-28"},
		{"years", budgetProgrammes, "year,kpkvk\n2024,1\n2022,2\n", "2022-01-01", "2024-12-31"},
		{"no dates", departmentServices, "service_code\nx\n", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "x.csv"), []byte(c.csv), 0o644); err != nil {
				t.Fatal(err)
			}
			start, end := coveredPeriod(dir, c.d, ReleasedData{Files: map[string]string{"csv": "x.csv"}})
			if start != c.start || end != c.end {
				t.Errorf("%s–%s, want %s–%s", start, end, c.start, c.end)
			}
		})
	}
}
