package dashboards

import (
	"database/sql"
	"fmt"
	"html/template"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/hromadata/hromadata/indicators"

	"github.com/hromadata/hromadata"
)

// readHomeView is ReadView for a page over many areas' exports, which rarely all
// cover one month: it offers the months any of sources covers in the years at
// least half of them touch, each figure saying for itself when its own exports do
// not. (Registers kept since the 1990s alone do not make a year worth offering.)
func readHomeView(c *gin.Context, db *sql.DB, sources []string) (View, error) {
	args := make([]any, 0, 2*len(sources)+1)
	for range 2 {
		for _, s := range sources {
			args = append(args, s)
		}
	}
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(sources)), ", ")
	rows, err := db.QueryContext(c.Request.Context(), `SELECT month::DATE FROM meta_coverage WHERE source IN (`+marks+`)
		AND year(month) IN (SELECT year(month) FROM meta_coverage WHERE source IN (`+marks+`)
			GROUP BY 1 HAVING 2 * count(DISTINCT source) >= ?)
		GROUP BY 1 ORDER BY 1`, append(args, len(sources))...)
	if err != nil {
		return View{}, fmt.Errorf("home months: %w", err)
	}
	defer rows.Close()
	var months []time.Time
	for rows.Next() {
		var m time.Time
		if err := rows.Scan(&m); err != nil {
			return View{}, err
		}
		months = append(months, m)
	}
	if err := rows.Err(); err != nil {
		return View{}, err
	}
	return parseView(c.Request.URL.Query(), months)
}

// At is a link to path for another period and office (code, "" the city): the
// comparison is left to its default, as one chosen for another kind of period
// would not fit.
func (v View) At(path, period, office string) template.URL {
	q := url.Values{}
	if period != "" {
		q.Set("period", period)
	}
	if office != "" {
		q.Set("office", office)
	}
	if len(q) == 0 {
		return template.URL(path)
	}
	return template.URL(path + "?" + q.Encode())
}

// yearAgo is the same period a year earlier, labelled as ParsePeriod would label it,
// so the shared catalogue computed for it is the one its own page uses.
func yearAgo(p hromadata.Period) hromadata.Period {
	y, err := strconv.Atoi(p.Label[:min(4, len(p.Label))])
	if err != nil {
		return p.Previous()
	}
	prev, err := hromadata.ParsePeriod(strconv.Itoa(y-1) + p.Label[4:])
	if err != nil {
		return p.Previous()
	}
	return prev
}

var (
	monthsNom = []string{"січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"}
	monthsLoc = []string{"січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні", "вересні", "жовтні", "листопаді", "грудні"}
	quarters  = []string{"I", "II", "III", "IV"}
)

// periodName names a period for people: «2023 рік», «II квартал 2023 року»,
// «травень 2023 року».
func periodName(p hromadata.Period) string {
	y := p.From.Year()
	switch len(p.Months()) {
	case 12:
		return fmt.Sprintf("%d рік", y)
	case 3:
		return fmt.Sprintf("%s квартал %d року", quarters[(p.From.Month()-1)/3], y)
	case 1:
		return fmt.Sprintf("%s %d року", monthsNom[p.From.Month()-1], y)
	}
	return p.Label
}

// periodIn is the period after «у»: «у 2023 році», «у II кварталі 2023 року»,
// «у травні 2023 року».
func periodIn(p hromadata.Period) string {
	y := p.From.Year()
	switch len(p.Months()) {
	case 12:
		return fmt.Sprintf("у %d році", y)
	case 3:
		return fmt.Sprintf("у %s кварталі %d року", quarters[(p.From.Month()-1)/3], y)
	case 1:
		return fmt.Sprintf("у %s %d року", monthsLoc[p.From.Month()-1], y)
	}
	return "за " + p.Label
}

// openHomeView opens the build and reads the selection of a page over the areas whose
// key indicators are keys: the first screen and the areas index alike.
func openHomeView(c *gin.Context, build func() (*sql.DB, error), keys []indicators.Indicator) (*sql.DB, View, error) {
	db, err := build()
	if err != nil {
		return nil, View{}, err
	}
	view, err := readHomeView(c, db, indicators.SourcesOf(keys))
	return db, view, err
}
