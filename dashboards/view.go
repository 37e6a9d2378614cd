package dashboards

import (
	"context"
	"database/sql"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/web"
)

// View is the selection every page shows, read from the URL so a page can be shared:
// ?period= in the CLI's syntax (2023, 2023-Q2, 2023-05), ?compare= an earlier period
// of the same kind (default: the same period a year before) and ?office= an office's
// code (none: the whole city).
//
// A page adopts it in four steps:
//
//	v, err := ReadView(c, db, sources)           // sources: the exports the page reads
//	body := web.Template("x", "{{selector .View}}{{chart .Trend}}…", withView, withCharts)
//	v.withLinks(c.Request.URL.Path, charts...)   // then serveChartData(c, v, charts...)
//	web.Render(c, v.Page(web.Page{…}))           // the navigation keeps the selection
//
// and its route in server/pages.go lists ViewParams (and ChartParams) for the page cache.
type View struct {
	Period, Compare hromadata.Period
	Office          hromadata.Office // Code "" is the whole city
	Months          []time.Time      // the months the page's exports cover, in order
	explicit        url.Values       // what the URL chose; defaults are left out of links
}

// ViewParams are the query parameters of a View: what the page cache keys a page by.
var ViewParams = []string{"period", "compare", "office"}

// ReadView reads the selection of c for a page over sources: the periods offered are
// those the sources' exports cover, and with no ?period= the page shows the latest
// covered year.
func ReadView(c *gin.Context, db *sql.DB, sources []string) (View, error) {
	months, err := coveredMonths(c.Request.Context(), db, sources)
	if err != nil {
		return View{}, err
	}
	return parseView(c.Request.URL.Query(), months)
}

func parseView(q url.Values, months []time.Time) (View, error) {
	v := View{Months: months, explicit: url.Values{}}
	label := q.Get("period")
	if label == "" {
		label = defaultYear(months)
	} else {
		v.explicit.Set("period", label)
	}
	p, err := hromadata.ParsePeriod(label)
	if err != nil {
		return v, err
	}
	v.Period, v.Compare = p, p.Previous()
	v.Compare.Label = shift(p.Label, -1)
	if s := q.Get("compare"); s != "" {
		if v.Compare, err = hromadata.ParsePeriod(s); err != nil {
			return v, err
		}
		if kindOf(s) != kindOf(label) || s[4:] != label[4:] || s >= label {
			return v, hromadata.E(hromadata.Invalid, fmt.Sprintf("порівнювати можна лише з тим самим періодом попереднього року, а не %s з %s", label, s))
		}
		if s != shift(label, -1) {
			v.explicit.Set("compare", s)
		}
	}
	if code := q.Get("office"); code != "" {
		o, ok := officeByCode(code)
		if !ok {
			return v, hromadata.E(hromadata.Invalid, fmt.Sprintf("невідоме управління %q: очікується код %s", code, officeCodes()))
		}
		v.Office = o
		v.explicit.Set("office", code)
	}
	return v, nil
}

// defaultYear is the latest year the months cover whole, else the latest year they
// touch, else the current one.
func defaultYear(months []time.Time) string {
	count := map[int]int{}
	latest := 0
	for _, m := range months {
		count[m.Year()]++
		latest = max(latest, m.Year())
	}
	for y := latest; y > 0 && count[y] > 0; y-- {
		if count[y] == 12 {
			return strconv.Itoa(y)
		}
	}
	if latest == 0 {
		latest = time.Now().Year()
	}
	return strconv.Itoa(latest)
}

// shift is the period label of the same period years later (negative: earlier).
func shift(label string, years int) string {
	y, _ := strconv.Atoi(label[:4])
	return strconv.Itoa(y+years) + label[4:]
}

func kindOf(label string) int { return len(label) } // 4 year, 7 quarter or month
func officeCodes() string {
	var codes []string
	for _, o := range hromadata.Offices {
		codes = append(codes, o.Code)
	}
	return strings.Join(codes, ", ")
}

func officeByCode(code string) (hromadata.Office, bool) {
	for _, o := range hromadata.Offices {
		if o.Code == code {
			return o, true
		}
	}
	return hromadata.Office{}, false
}

// Query is the selection as a query string ("period=2023-Q2&office=DN"), without
// the defaults: what a link must carry to keep it.
func (v View) Query() string { return v.explicit.Encode() }

// Link is path with the selection and the extra parameters (name, value pairs).
func (v View) Link(path string, extra ...string) template.URL {
	q := url.Values{}
	for k, vs := range v.explicit {
		q[k] = vs
	}
	for i := 0; i+1 < len(extra); i += 2 {
		q.Set(extra[i], extra[i+1])
	}
	if len(q) == 0 {
		return template.URL(path)
	}
	return template.URL(path + "?" + q.Encode())
}

// Page is a web.Page carrying the selection into the navigation's links.
func (v View) Page(p web.Page) web.Page {
	if s := v.Query(); s != "" {
		p.Query = template.URL("?" + s)
	}
	return p
}

// Covered says whether the page's exports cover every month of p.
func (v View) Covered(p hromadata.Period) bool {
	n := 0
	for _, m := range v.Months {
		if !m.Before(p.From) && m.Before(p.To) {
			n++
		}
	}
	return n == len(p.Months())
}

// Label names a period for people: "2023 рік", "II квартал 2023", "травень 2023".
func Label(p hromadata.Period) string {
	switch kindOf(p.Label) {
	case 4:
		return p.Label + " рік"
	}
	if p.Label[5] == 'Q' {
		return []string{"I", "II", "III", "IV"}[p.Label[6]-'1'] + " квартал " + p.Label[:4]
	}
	return monthNames[p.From.Month()-1] + " " + p.Label[:4]
}

var monthNames = []string{"січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"}

// coveredMonths are the months every one of sources' exports covers, or when there
// is none, the months any of them covers (so a page whose exports never overlap
// still offers its periods; its unknown figures say so).
func coveredMonths(ctx context.Context, db *sql.DB, sources []string) ([]time.Time, error) {
	all, err := monthsCovered(ctx, db, sources, len(sources))
	if err != nil || len(all) > 0 {
		return all, err
	}
	return monthsCovered(ctx, db, sources, 1)
}

// monthsCovered are the months at least `least` of sources cover.
func monthsCovered(ctx context.Context, db *sql.DB, sources []string, least int) ([]time.Time, error) {
	if len(sources) == 0 {
		return nil, nil
	}
	args := make([]any, len(sources))
	for i, s := range sources {
		args[i] = s
	}
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(sources)), ", ")
	rows, err := db.QueryContext(ctx, `SELECT month::DATE FROM meta_coverage WHERE source IN (`+marks+`)
		GROUP BY 1 HAVING count(DISTINCT source) >= ? ORDER BY 1`, append(args, least)...)
	if err != nil {
		return nil, fmt.Errorf("covered months: %w", err)
	}
	defer rows.Close()
	var out []time.Time
	for rows.Next() {
		var m time.Time
		if err := rows.Scan(&m); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// RedirectYear sends the old ?year=2023 links to ?period=2023, keeping the rest.
func RedirectYear(c *gin.Context) {
	q := c.Request.URL.Query()
	y := q.Get("year")
	if y == "" || q.Get("period") != "" {
		return
	}
	q.Del("year")
	q.Set("period", y)
	c.Redirect(http.StatusMovedPermanently, c.Request.URL.Path+"?"+q.Encode())
	c.Abort()
}
