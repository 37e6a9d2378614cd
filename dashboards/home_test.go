package dashboards

import (
	"context"
	htmlstd "html"
	"io"
	"log/slog"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/testkit"
	"github.com/hromadata/hromadata/warehouse"
)

// mustRouter serves the dashboards over the hand-made fixture's build.
func mustRouter(t *testing.T) *gin.Engine {
	t.Helper()
	s := warehouse.NewServing(testkit.MustBuilt(t), warehouse.DefaultLimits, slog.New(slog.NewTextHandler(io.Discard, nil)))
	t.Cleanup(func() { s.Close() })
	gin.SetMode(gin.TestMode)
	r := gin.New()
	(&Dashboards{Serving: s}).Install(r)
	return r
}

// mustGet fetches a page and fails unless it is 200.
func mustGet(t *testing.T, r *gin.Engine, url string) string {
	t.Helper()
	w := httptest.NewRecorder()
	r.ServeHTTP(w, httptest.NewRequest("GET", url, nil))
	if w.Code != 200 {
		t.Fatalf("GET %s: status %d\n%.1500s", url, w.Code, w.Body.String())
	}
	return w.Body.String()
}

var (
	cardRE  = regexp.MustCompile(`(?s)<div class="card">(.*?)<p class="sentence">`)
	valueRE = regexp.MustCompile(`<div class="value"><a href="([^"]+)"([^>]*)>([^<]*)</a>`)
	hrefRE  = regexp.MustCompile(`<a href="([^"]+)"[^>]*>([^<]*)</a>`)
)

// TestHomeFirstScreen: the first screen has a card per area of the department's
// work, each linking to its page, with a number or «—» and why, never 0 for a period
// without data; it says the figures belong to different budgets and lists alerts.
func TestHomeFirstScreen(t *testing.T) {
	r := mustRouter(t)
	for _, tc := range []struct{ name, url string }{
		{"the default period", "/"},
		{"a year without data", "/?period=2030"},
		{"a quarter", "/?period=2023-Q2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := mustGet(t, r, tc.url)
			cards := cardRE.FindAllStringSubmatch(page, -1)
			if len(cards) != len(homeAreas) {
				t.Fatalf("%d cards, want one per area (%d)", len(cards), len(homeAreas))
			}
			for i, a := range homeAreas {
				card := cards[i][1]
				if !regexp.MustCompile(`<a href="` + regexp.QuoteMeta(a.Path) + `(\?[^"]*)?">` + a.Title + `</a>`).MatchString(card) {
					t.Errorf("card %d does not link %s to %s:\n%s", i, a.Title, a.Path, card)
				}
				v := valueRE.FindStringSubmatch(card)
				if v == nil || !regexp.MustCompile(`^(—|менше 5|[0-9][0-9  ]*(,[0-9]+)?)$`).MatchString(v[3]) {
					t.Errorf("%s: key number %q is neither a figure nor «—»", a.Title, v)
				}
				if strings.Contains(tc.url, "2030") && v != nil && v[3] != noData {
					t.Errorf("%s shows %q for a year without data", a.Title, v[3])
				}
				if v != nil && v[3] == noData && !strings.Contains(v[2], `class="nodata"`) {
					t.Errorf("%s: an unknown «—» is drawn as a link (underlined, it reads as «=»)", a.Title)
				}
			}
			for _, want := range []string{"Різні бюджети", "не входять до видатків департаменту", "Варто поглянути", "Рядок бюджету виконується із відставанням"} {
				if !strings.Contains(page, want) {
					t.Errorf("first screen lacks %q", want)
				}
			}
		})
	}
}

// TestHomeAreasNameCatalogue keeps every card's key number in the catalogue, and each
// card's link on a page that exists.
func TestHomeAreasNameCatalogue(t *testing.T) {
	for _, a := range homeAreas {
		if _, err := findIndicator(a.Key); err != nil {
			t.Errorf("%s: key number %s: %v", a.Title, a.Key, err)
		}
		slug, isArea := strings.CutPrefix(a.Path, "/areas/")
		found := !isArea || slug == "benefits"
		for _, ar := range Areas {
			found = found || ar.Slug == slug
		}
		if !found {
			t.Errorf("%s links to %s, no such area", a.Title, a.Path)
		}
	}
}

// TestOldBenefitsLinks: the benefits page moved from / to /areas/benefits; its old
// links with a date land there.
func TestOldBenefitsLinks(t *testing.T) {
	r := mustRouter(t)
	w := httptest.NewRecorder()
	r.ServeHTTP(w, httptest.NewRequest("GET", "/?as_of=2023-01-01", nil))
	if w.Code != 301 || w.Header().Get("Location") != "/areas/benefits?as_of=2023-01-01" {
		t.Errorf("/?as_of=: status %d, Location %q", w.Code, w.Header().Get("Location"))
	}
	if page := mustGet(t, r, "/areas/benefits?as_of=2023-01-01"); !strings.Contains(page, "Державні соціальні допомоги станом на") {
		t.Errorf("/areas/benefits is not the benefits page:\n%.800s", page)
	}
}

// TestThreeClicks follows the links a person would: from the first screen to a
// quarter in the shared selector, from the benefits card's key number to the
// indicator, where the offices, computed by the real per-office catalogue, stand
// beside the same quarter a year earlier, and on to one office by month; the budget
// lines that lag are on the first screen itself.
func TestThreeClicks(t *testing.T) {
	r := mustRouter(t)
	home := mustGet(t, r, "/")
	if !strings.Contains(home, "Рядок бюджету виконується із відставанням") {
		t.Error("the first screen does not say which budget lines lag")
	}
	if !strings.Contains(home, `<option value="2023-Q2">II квартал 2023</option>`) {
		t.Fatalf("the selector does not offer II квартал 2023:\n%.3000s", home)
	}
	page := mustGet(t, r, "/?period=2023-Q2") // click 1: the form's GET
	var key string
	for _, c := range cardRE.FindAllStringSubmatch(page, -1) {
		if strings.Contains(c[1], "Державні соціальні допомоги") {
			key = htmlstd.UnescapeString(valueRE.FindStringSubmatch(c[1])[1])
		}
	}
	if key != "/indicator/benefit_recipients_total?period=2023-Q2" {
		t.Fatalf("the benefits key number links to %q", key)
	}
	ind := htmlstd.UnescapeString(mustGet(t, r, key)) // click 2
	want := mustOfficeFigures(t, "benefit_recipients_total", "2023-Q2")
	for _, o := range hromadata.Offices {
		row := regexp.MustCompile(`(?s)<tr><td><a href="([^"]+)">` + o.Name + `</a></td>(.*?)</tr>`).FindStringSubmatch(ind)
		if row == nil {
			t.Fatalf("no row for %s:\n%s", o.Name, ind)
		}
		if !strings.Contains(row[2], ">"+want[o.Code]+"<") {
			t.Errorf("%s row lacks %q: %s", o.Name, want[o.Code], row[2])
		}
		if o.Code != "ZV" {
			continue
		}
		office := mustGet(t, r, "/indicator/benefit_recipients_total"+row[1]) // click 3: the office by month
		if !strings.Contains(office, "II квартал 2023 року за місяцями: Заводське управління") || strings.Count(office, `<td class="num">`) < 3 {
			t.Errorf("the office's months are not shown:\n%.3000s", office)
		}
	}
}

// mustOfficeFigures are an indicator's figures by office for a period as a page
// must show them: computed by office from the records, withheld where the offices
// and the city together would single people out. Known for every office, they
// must add up to the city's.
func mustOfficeFigures(t *testing.T, id, period string) map[string]string {
	t.Helper()
	db := testkit.MustOpen(t, testkit.MustBuilt(t))
	ctx := context.Background()
	p, err := hromadata.ParsePeriod(period)
	if err != nil {
		t.Fatal(err)
	}
	city, err := indicators.ComputeCatalogueFor(ctx, db, p, "")
	if err != nil {
		t.Fatal(err)
	}
	out, sum, all := map[string]string{}, 0.0, true
	for _, o := range hromadata.Offices {
		vals, err := officeCatalogue(ctx, db, p, o.Code)
		if err != nil {
			t.Fatal(err)
		}
		v := byID(vals)[id]
		raw, err := indicators.ComputeCatalogueFor(ctx, db, p, o.Code)
		if err != nil {
			t.Fatal(err)
		}
		r := byID(raw)[id]
		switch {
		case r.Known():
			sum += r.Value
		case o.Code == "ZV":
			t.Fatalf("%s: %s is unknown for %s; the fixture should cover it", o.Code, id, period)
		default:
			all = false
		}
		out[o.Code], _ = figure(v)
	}
	if c := byID(city)[id]; all && c.Value != sum {
		t.Errorf("%s: offices add up to %v, the city has %v", id, sum, c.Value)
	}
	return out
}

func link(t *testing.T, page, text string) string {
	t.Helper()
	for _, m := range hrefRE.FindAllStringSubmatch(page, -1) {
		if m[2] == text {
			return m[1]
		}
	}
	t.Fatalf("no link %q", text)
	return ""
}
