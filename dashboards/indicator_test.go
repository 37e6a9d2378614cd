package dashboards

import (
	"context"
	"net/http/httptest"
	"net/url"
	"path"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/testkit"
	"github.com/hromadata/hromadata/web"
)

// TestIndicatorPage: an indicator's definition page shows its label, unit, kind,
// sources and SQL; a period without data is «—» with why, never 0, for the city
// and each office; an indicator without offices says so; an unknown indicator or
// office is an error.
func TestIndicatorPage(t *testing.T) {
	r := mustRouter(t)
	for _, tc := range []struct {
		name, url string
		want, not []string
	}{
		{"a year without data", "/indicator/benefit_recipients_total?period=2030",
			[]string{"<dt>Вид</dt><dd>запас", "<code>benefit_assignments</code>", "SELECT families_receiving(NULL, $to)",
				`<div class="value">— <span class="unit">сімей</span>`, "немає даних: завантажені експорти не охоплюють період",
				"Заводське управління</a></td><td class=\"num\" title=\"немає даних"},
			[]string{`<td class="num">0</td>`, `<div class="value">0 `}},
		{"an indicator without offices", "/indicator/budget.total?period=2023",
			[]string{"показник ведеться лише в цілому по місту", `<form class="selector"`}, nil},
		{"a flow over a covered year", "/indicator/natural_aid.persons?period=2023",
			[]string{"<dt>Вид</dt><dd>потік", `<a href="?period=2023">2023</a>`, `<a href="?period=2023-12">грудень</a>`},
			[]string{`?period=2030`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := mustGet(t, r, tc.url)
			for _, w := range tc.want {
				if !strings.Contains(page, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(page, n) {
					t.Errorf("page has %q", n)
				}
			}
		})
	}
	for _, url := range []string{"/indicator/nope", "/indicator/benefit_recipients_total?office=XX", "/indicator/benefit_recipients_total?period=2023-Q5"} {
		w := httptest.NewRecorder()
		r.ServeHTTP(w, httptest.NewRequest("GET", url, nil))
		if w.Code < 400 {
			t.Errorf("%s: status %d, want an error", url, w.Code)
		}
	}
}

// TestChangeColours: a change is coloured by what the indicator counts as good news,
// not by its sign: more spending or more families on benefits is neutral, a longer
// queue or more debt is bad.
func TestChangeColours(t *testing.T) {
	for _, tc := range []struct {
		name, good string
		now, ago   float64
		want       string
	}{
		{"spending grew", "", 120, 100, "neutral"},
		{"a queue grew", "down", 120, 100, "bad"},
		{"a queue shrank", "down", 80, 100, "good"},
		{"more children had recreation", "up", 120, 100, "good"},
		{"fewer children had recreation", "up", 80, 100, "bad"},
		{"no change", "up", 100, 100, "neutral"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tone(tc.good, tc.now, tc.ago); got != tc.want {
				t.Errorf("tone = %s, want %s", got, tc.want)
			}
		})
	}
	t.Run("cards", func(t *testing.T) {
		full := indicators.Coverage{Status: indicators.Full}
		queue := func(v float64) indicators.Value {
			return indicators.Value{Indicator: indicators.Indicator{ID: "q", Label: "У черзі", Unit: hromadata.Units["persons"], Good: "down"}, Value: v, Coverage: full}
		}
		for name, tc := range map[string]struct {
			c    card
			want string
		}{
			"a queue grew":  {valueCard(queue(120), queue(100)), `class="delta bad"`},
			"spending grew": {coveredCard("Видатки", 120, 100, full, full, 1, "тис. грн"), `class="delta neutral"`},
		} {
			html, err := web.Execute(cardsHTML, []card{tc.c})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(html), tc.want) {
				t.Errorf("%s: card %s, want %s", name, html, tc.want)
			}
		}
	})
	t.Run("pages", func(t *testing.T) {
		r := mustRouter(t)
		for _, url := range []string{"/areas/benefits", "/budget?period=2023", "/areas/department-aid?period=2023", "/?period=2023"} {
			if page := mustGet(t, r, url); strings.Contains(page, `class="delta up"`) {
				t.Errorf("%s colours a change green by its sign", url)
			}
		}
	})
}

// TestAreaRowsLinkDefinitions: every indicator in an area's table leads to its
// definition and history for the area's selection.
func TestAreaRowsLinkDefinitions(t *testing.T) {
	page := mustGet(t, mustRouter(t), "/areas/department-aid?period=2023&office=ZV")
	if !strings.Contains(page, `<a href="/indicator/natural_aid.persons?office=ZV&amp;period=2023">`) {
		t.Errorf("the area's table does not link its indicators:\n%.3000s", page)
	}
}

// TestOfficeColours: an office has one colour on every chart that draws offices.
func TestOfficeColours(t *testing.T) {
	v := &benefitsView{Months: []time.Time{{}}, Dates: []time.Time{{}}, StockKnown: []bool{true}, Trend: []point{{}}, TrendOffices: make([][]point, len(hromadata.Offices))}
	for i, o := range hromadata.Offices {
		v.ByOffice = append(v.ByOffice, named{o.Name, 100})
		v.TrendOffices[i] = []point{{}}
	}
	for name, chart := range map[string]string{"trend": string(v.trendLine().draw()), "pie": string(v.officePie().draw())} {
		for _, o := range hromadata.Offices {
			c := officeColors[o.Code]
			if c == "" || !strings.Contains(chart, `"color":"`+c+`"`) {
				t.Errorf("%s chart does not draw %s in %q", name, o.Name, c)
			}
		}
	}
}

// TestIndicatorPageSpeaksToPeople: outside its collapsed «Для аналітиків» section an
// indicator's page names the indicator, its unit, kind and sources in Ukrainian,
// with no codes, file names or SQL.
func TestIndicatorPageSpeaksToPeople(t *testing.T) {
	r := mustRouter(t)
	analysts := regexp.MustCompile(`(?s)<details class="analysts"><summary>Для аналітиків</summary>(.*?)</details>`)
	tags := regexp.MustCompile(`<[^>]*>`)
	for _, tc := range []struct{ name, url, source string }{
		{"a stock", "/indicator/benefit_recipients_total?period=2023", "Призначення"},
		{"a flow by office", "/indicator/natural_aid.persons?period=2023&office=DN", "натуральної допомоги"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := mustGet(t, r, tc.url)
			ind, err := findIndicator(strings.TrimPrefix(strings.Split(tc.url, "?")[0], "/indicator/"))
			if err != nil {
				t.Fatal(err)
			}
			hidden := analysts.FindStringSubmatch(page)
			if hidden == nil || !strings.Contains(hidden[1], "SELECT") || !strings.Contains(hidden[1], ind.ID) {
				t.Fatalf("no collapsed «Для аналітиків» with the id and SQL")
			}
			text := tags.ReplaceAllString(analysts.ReplaceAllString(page, ""), " ")
			for _, raw := range append([]string{ind.ID, path.Base(ind.File), "SELECT", "$to"}, ind.Sources...) {
				if strings.Contains(text, raw) {
					t.Errorf("people read %q outside «Для аналітиків»", raw)
				}
			}
			for _, want := range []string{strings.TrimSpace(ind.Label), ind.Unit.Label, tc.source} {
				if !strings.Contains(text, want) {
					t.Errorf("page does not say %q", want)
				}
			}
		})
	}
}

// TestStockDates: a stock is the state on a date, and both pages that draw one month by
// month name that date: the benefits chart's last point is the cards' day (the
// period's end), and the indicator page's month row says the day its figure is on.
func TestStockDates(t *testing.T) {
	db := testkit.MustOpen(t, testkit.MustBuilt(t))
	v, err := loadBenefits(context.Background(), db, mustView(t, db, url.Values{"period": {"2023"}}, benefitSources), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	cats := v.trendLine().Cats
	if got, want := cats[len(cats)-1], monthLabel(v.AsOf); got != want || v.AsOf.Format("2006-01-02") != "2024-01-01" {
		t.Errorf("the families line ends on %q, want %q: the cards' day %s", got, want, v.AsOf.Format("02.01.2006"))
	}
	april, _ := hromadata.ParsePeriod("2024-04")
	for _, tc := range []struct {
		name string
		kind indicators.Kind
		want string
	}{
		{"a stock says its day", indicators.Stock, "квітень (станом на 01.05.2024)"},
		{"a flow is its month", indicators.Flow, "квітень"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := monthRowName(tc.kind, april); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestUnitForms: a figure's unit agrees with it («36 244 сім’ї», «1 особа»), on the
// indicator page and the benefits page, and the office table heads its columns with
// the periods' Ukrainian names.
func TestUnitForms(t *testing.T) {
	card := regexp.MustCompile(`<div class="value">([0-9  ]+) <span class="unit">([^<]+)</span>`)
	mustForms := func(t *testing.T, page string, unit hromadata.Unit) {
		t.Helper()
		ms := card.FindAllStringSubmatch(page, -1)
		if len(ms) == 0 {
			t.Fatalf("no figure on the page:\n%s", page[strings.Index(page, "<main"):])
		}
		for _, m := range ms {
			n, err := strconv.ParseFloat(strings.NewReplacer(" ", "", " ", "").Replace(m[1]), 64)
			if err != nil {
				t.Fatal(err)
			}
			if want := unit.LabelFor(n); m[2] != want {
				t.Errorf("%s %s, want %s %s", m[1], m[2], m[1], want)
			}
		}
	}
	for _, tc := range []struct {
		name  string
		value float64
		cov   indicators.CoverageStatus
		want  string
	}{
		{"indicator card: 12 793", 12793, indicators.Full, "сім’ї"},
		{"indicator card: 36 244", 36244, indicators.Full, "сім’ї"},
		{"indicator card: 21", 21, indicators.Full, "сім’я"},
		{"indicator card: 215", 215, indicators.Full, "сімей"},
		{"indicator card: withheld", 3, indicators.Full, "сімей"},
		{"indicator card: unknown", 0, indicators.None, "сімей"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := indicators.Value{Indicator: indicators.Indicator{Unit: hromadata.Units["families"]}, Value: tc.value, Coverage: indicators.Coverage{Status: tc.cov}}
			if got := unitFor(v); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	t.Run("office table heads", func(t *testing.T) {
		w := httptest.NewRecorder()
		mustRouter(t).ServeHTTP(w, httptest.NewRequest("GET", "/indicator/benefit_recipients_total?period=2023-Q4", nil))
		if page := w.Body.String(); !strings.Contains(page, `<th scope="col" class="num">IV квартал 2023</th>`) {
			t.Errorf("the office table does not name the quarter in Ukrainian:\n%s", page)
		}
	})
	t.Run("benefits cards", func(t *testing.T) {
		db := testkit.MustOpen(t, testkit.MustBuilt(t))
		v, err := loadBenefits(context.Background(), db, mustView(t, db, url.Values{}, benefitSources), time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		v.Families, v.IDPFamilies, v.NowCov = 36244, 1, indicators.Coverage{Status: indicators.Full}
		body, err := v.render(v.charts())
		if err != nil {
			t.Fatal(err)
		}
		mustForms(t, string(body), familiesUnit)
	})
}
