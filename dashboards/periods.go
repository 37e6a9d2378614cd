package dashboards

import (
	"fmt"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata"
)

// periodParam reads ?period= in the CLI's syntax (2023, 2023-Q2, 2023-05); the
// default is DefaultYear.
func periodParam(c *gin.Context) (hromadata.Period, error) {
	return hromadata.ParsePeriod(c.DefaultQuery("period", DefaultYear))
}

// officeParam reads ?office= as an office's code (ZV) or latin name (zavodske);
// "" is the whole city.
func officeParam(c *gin.Context) (hromadata.Office, error) {
	s := c.Query("office")
	if s == "" {
		return hromadata.Office{}, nil
	}
	for _, o := range hromadata.Offices {
		if o.Code == s || o.Slug == s {
			return o, nil
		}
	}
	return hromadata.Office{}, hromadata.E(hromadata.Invalid, fmt.Sprintf("невідоме управління %q", s))
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

// periodLink is one period offered on a page.
type periodLink struct {
	Label, Name string
	Here        bool
}

// periodLinks offers the covered years and the quarters of the period's year.
func periodLinks(years []int, p hromadata.Period) (ys, qs []periodLink) {
	for _, y := range years {
		l := strconv.Itoa(y)
		ys = append(ys, periodLink{Label: l, Name: l, Here: l == p.Label})
	}
	for i, q := range quarters {
		l := fmt.Sprintf("%d-Q%d", p.From.Year(), i+1)
		qs = append(qs, periodLink{Label: l, Name: q + " кв.", Here: l == p.Label})
	}
	return ys, qs
}
