package indicators

import (
	"embed"
	"encoding/csv"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/hromadata/hromadata"
)

// The project's own copy of the figures published in the department's 2023 report,
// kept to compare computed values with what was published.
//
//go:embed published/report-2023.csv
var publishedFS embed.FS

// PublishedYear is the year the published report covers.
const PublishedYear = "2023"

// Figure is one figure of the published report.
type Figure struct {
	ID, Section, Label, Value, Unit, Kind, AsOf string
}

var figures = sync.OnceValue(func() []Figure {
	f, err := publishedFS.Open("published/report-2023.csv")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		panic(err)
	}
	out := make([]Figure, 0, len(recs)-1)
	for _, r := range recs[1:] {
		out = append(out, Figure{ID: r[0], Section: r[1], Label: r[2], Value: r[3], Unit: r[4], Kind: r[5], AsOf: r[6]})
	}
	return out
})

var published = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, f := range figures() {
		m[f.ID] = f.Value
	}
	return m
})

// Figures lists every figure of the published report, in the report's order.
func Figures() []Figure { return figures() }

// Published returns the report's figure for a report id.
func Published(reportID string) (string, bool) {
	v, ok := published()[reportID]
	return v, ok
}

func publishedFor(reportID string, p hromadata.Period) string {
	if reportID == "" || p.Label != PublishedYear {
		return ""
	}
	v, _ := Published(reportID)
	return v
}

// PrintedDecimals is how many decimals the report printed a figure with ("12.35": 2).
func PrintedDecimals(figure string) int {
	if _, frac, ok := strings.Cut(figure, "."); ok {
		return len(frac)
	}
	return 0
}

// Reproduces tells whether a computed value, rounded to the precision the report
// printed the figure with, is the figure. Only the comparison rounds: the value keeps
// its unit's precision.
func Reproduces(value float64, figure string) bool {
	pub, err := strconv.ParseFloat(figure, 64)
	if err != nil {
		return false
	}
	return math.Abs(pub-value) < 0.5*math.Pow10(-PrintedDecimals(figure))
}
