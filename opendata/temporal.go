package opendata

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// coveredPeriod is the first and last day the released rows of d describe (ISO
// dates): from the first stock date or the first day of the first month or year
// to the last stock date or the last day of the last month or year; empty when
// the dataset has no dates or its CSV cannot be read.
func coveredPeriod(dir string, d Dataset, rd ReleasedData) (start, end string) {
	f, err := os.Open(filepath.Join(dir, rd.Files["csv"]))
	if err != nil {
		return "", ""
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil || len(recs) < 2 {
		return "", ""
	}
	c := slices.Index(recs[0], d.DateField())
	if c < 0 {
		return "", ""
	}
	lo, hi := recs[1][c], recs[1][c]
	for _, r := range recs[2:] {
		lo, hi = min(lo, r[c]), max(hi, r[c])
	}
	switch d.DateField() {
	case "year":
		return lo + "-01-01", hi + "-12-31"
	case "month":
		t, err := time.Parse(time.DateOnly, hi)
		if err != nil {
			return "", ""
		}
		return lo, t.AddDate(0, 1, -1).Format(time.DateOnly)
	}
	return lo, hi
}

// temporalNode is the dct:temporal of a dataset, or nil when its period is unknown.
func temporalNode(dir string, d Dataset, rd ReleasedData) *rdfNode {
	start, end := coveredPeriod(dir, d, rd)
	if start == "" {
		return nil
	}
	return newNode("", "dct:PeriodOfTime").add("dcat:startDate", typedLit(start, "xsd:date")).add("dcat:endDate", typedLit(end, "xsd:date"))
}
