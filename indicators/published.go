package indicators

import (
	"embed"
	"encoding/csv"
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

var published = sync.OnceValue(func() map[string]string {
	f, err := publishedFS.Open("published/report-2023.csv")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		panic(err)
	}
	m := map[string]string{}
	for _, r := range recs[1:] {
		m[r[0]] = r[3]
	}
	return m
})

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
