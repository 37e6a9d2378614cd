package dashboards

import (
	"context"
	"database/sql"
	"io"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/testkit"
	"github.com/hromadata/hromadata/warehouse"
	"github.com/hromadata/hromadata/web"
)

// TestPagesShowNoData: over the fixture (the department's aid for 2023 only; no
// register of assignments from Південне управління) a figure the exports do not cover
// is "—" with the reason, never 0, no change is drawn against a year without data,
// and only years with data are offered.
func TestPagesShowNoData(t *testing.T) {
	db := testkit.MustOpen(t, testkit.MustBuilt(t))
	ctx := context.Background()
	var area Area
	for _, a := range Areas {
		if a.Slug == "department-aid" {
			area = a
		}
	}
	for _, tc := range []struct {
		name, year string
		want, not  []string
	}{
		{"a year without data", "2030",
			[]string{`>—</td>`, "немає даних: завантажені експорти не охоплюють період", `<option value="2023">2023 рік</option>`,
				`<option value="2030" selected>2030 рік (немає даних)</option>`, `<p class="empty nodata">2030 рік: немає даних`},
			[]string{`<td class="num">0</td>`, `value="2029"`, `value="2022"`}},
		{"a year against a year without data", "2023",
			[]string{"рік тому: немає даних", `>—</td>`, "2022 рік: немає даних", `<option value="2023-Q4">IV квартал 2023</option>`, `<option value="2023-12">грудень 2023</option>`},
			[]string{`<td class="num">+`, "за рік (", `value="2022"`, `class="empty nodata"`}},
		{"a month", "2023-12", []string{`<option value="2023-12" selected>грудень 2023</option>`, `<th scope="col" class="num">грудень 2022</th>`}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inds, head, err := areaIndicators(area)
			if err != nil {
				t.Fatal(err)
			}
			v := mustView(t, db, url.Values{"period": {tc.year}}, indicators.SourcesOf(inds))
			data, err := renderArea(ctx, db, area, v, inds, head)
			if err != nil {
				t.Fatal(err)
			}
			body, err := web.Execute(areaBody, data.page)
			if err != nil {
				t.Fatal(err)
			}
			page := string(body)
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
	// The fixture's centres export from 2023-09 and opened in 2023: 2022 is a year their
	// exports say nothing of, so every area page shows its cards over 2022 as "—", never 0.
	for _, a := range Areas {
		t.Run("2022 on "+a.Slug, func(t *testing.T) {
			inds, head, err := areaIndicators(a)
			if err != nil {
				t.Fatal(err)
			}
			v := mustView(t, db, url.Values{"period": {"2022"}}, indicators.SourcesOf(inds))
			data, err := renderArea(ctx, db, a, v, inds, head)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range data.page["Cards"].([]card) {
				if !v.Covered(v.Period) && c.Value == "0" {
					t.Errorf("%s over uncovered 2022 shows 0 for %q (%s)", a.Slug, c.Label, c.Delta)
				}
			}
		})
	}
	t.Run("benefits page with an office missing", func(t *testing.T) {
		v, err := loadBenefits(ctx, db, mustView(t, db, url.Values{}, benefitSources), time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		body, err := v.render(v.charts())
		if err != nil {
			t.Fatal(err)
		}
		page := string(body)
		if !strings.Contains(page, `<div class="value">— <span class="unit">сімей</span>`) || strings.Contains(page, "за рік (") {
			t.Errorf("benefits cards show figures the exports do not cover:\n%.1500s", page)
		}
		if !strings.Contains(page, `<optgroup label="Роки"><option value="2023" selected>2023 рік</option>`) || strings.Contains(page, `value="2024"`) {
			t.Errorf("benefits page offers years without data:\n%.600s", page)
		}
	})
}

// TestBudgetPageNoData: the fixture's accounting sent September and December 2023
// and December 2022 only, so the year's spending is "—", not the sum of two months,
// and only 2022 and 2023 are offered.
func TestBudgetPageNoData(t *testing.T) {
	dir := testkit.MustBuilt(t)
	s := warehouse.NewServing(dir, warehouse.DefaultLimits, slog.New(slog.NewTextHandler(io.Discard, nil)))
	defer s.Close()
	gin.SetMode(gin.TestMode)
	r := gin.New()
	(&Dashboards{Serving: s}).Install(r)
	w := httptest.NewRecorder()
	r.ServeHTTP(w, httptest.NewRequest("GET", "/budget?period=2023", nil))
	page := w.Body.String()
	if w.Code != 200 || !strings.Contains(page, `<div class="value">— <span class="unit">тис. грн</span>`) ||
		!strings.Contains(page, `<optgroup label="Роки"><option value="2023" selected>2023 рік</option><option value="2022">2022 рік</option></optgroup>`) || strings.Contains(page, "за рік (") {
		t.Errorf("status %d, budget page shows figures the exports do not cover:\n%.2000s", w.Code, page)
	}
}

// mustView is the view a page over sources reads from query.
func mustView(t *testing.T, db *sql.DB, query url.Values, sources []string) View {
	t.Helper()
	months, err := coveredMonths(context.Background(), db, sources)
	if err != nil {
		t.Fatal(err)
	}
	v, err := parseView(query, months)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
