package dashboards

import (
	"net/url"
	"testing"
	"time"
)

// TestParseView: the selection read from a URL, its defaults derived from coverage
// and left out of the links that keep it.
func TestParseView(t *testing.T) {
	var months []time.Time
	for m := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC); m.Before(time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)); m = m.AddDate(0, 1, 0) {
		months = append(months, m)
	}
	tests := []struct {
		name, query                   string
		period, compare, office, link string
		err                           bool
	}{
		{"default is the latest whole year covered", "", "2023", "2022", "", "/budget", false},
		{"a quarter", "period=2023-Q2", "2023-Q2", "2022-Q2", "", "/budget?period=2023-Q2", false},
		{"a month against an earlier year", "period=2024-03&compare=2022-03", "2024-03", "2022-03", "", "/budget?compare=2022-03&period=2024-03", false},
		{"the default comparison stays out of links", "period=2023-05&compare=2022-05", "2023-05", "2022-05", "", "/budget?period=2023-05", false},
		{"an office", "office=DN", "2023", "2022", "DN", "/budget?office=DN", false},
		{"an unknown office", "office=XX", "", "", "", "", true},
		{"a comparison of another kind", "period=2023&compare=2022-Q1", "", "", "", "", true},
		{"a comparison later than the period", "period=2022&compare=2023", "", "", "", "", true},
		{"a period the CLI does not know", "period=2023-Q5", "", "", "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, _ := url.ParseQuery(tt.query)
			v, err := parseView(q, months)
			if (err != nil) != tt.err {
				t.Fatalf("err %v, want error %v", err, tt.err)
			}
			if tt.err {
				return
			}
			if v.Period.Label != tt.period || v.Compare.Label != tt.compare || v.Office.Code != tt.office || string(v.Link("/budget")) != tt.link {
				t.Errorf("period %s, compare %s, office %q, link %s", v.Period.Label, v.Compare.Label, v.Office.Code, v.Link("/budget"))
			}
		})
	}
}

// TestLabel names periods the Ukrainian way.
func TestLabel(t *testing.T) {
	for in, want := range map[string]string{"2023": "2023 рік", "2023-Q2": "II квартал 2023", "2023-05": "травень 2023"} {
		v, err := parseView(url.Values{"period": {in}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := Label(v.Period); got != want {
			t.Errorf("Label(%s) = %q, want %q", in, got, want)
		}
	}
}

// TestCardsSayWhatTheyCompareWith: a change against an earlier year than the one
// before is not called a change over a year.
func TestCardsSayWhatTheyCompareWith(t *testing.T) {
	cs := []card{newCard("x", 12, 10, 0, "осіб"), {Delta: "рік тому: немає даних"}}
	for _, tt := range []struct{ query, first, second string }{
		{"period=2023", "+2 за рік (+20,0 %)", "рік тому: немає даних"},
		{"period=2023&compare=2021", "+2 проти: 2021 рік (+20,0 %)", "2021 рік: немає даних"},
	} {
		t.Run(tt.query, func(t *testing.T) {
			q, _ := url.ParseQuery(tt.query)
			v, err := parseView(q, nil)
			if err != nil {
				t.Fatal(err)
			}
			got := v.against(append([]card(nil), cs...))
			if got[0].Delta != tt.first || got[1].Delta != tt.second {
				t.Errorf("deltas %q, %q", got[0].Delta, got[1].Delta)
			}
		})
	}
}
