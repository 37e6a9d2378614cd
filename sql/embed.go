// Package sql holds the warehouse's SQL: seeds (reference tables as CSV), models
// (one CREATE per file, in layers staging → core → marts), data tests and the
// indicator catalogue. Everything is embedded so the binary needs no files beside it.
package sql

import (
	"embed"
	"encoding/csv"
	"fmt"
)

// FS is the embedded tree: seeds/, models/, tests/, indicators/, alerts/.
//
//go:embed seeds models tests indicators alerts
var FS embed.FS

// Seed reads a seed table (seeds/NAME.csv) as header-keyed rows.
func Seed(name string) ([]map[string]string, error) {
	f, err := FS.Open("seeds/" + name + ".csv")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("seed %s: %w", name, err)
	}
	var out []map[string]string
	for _, r := range recs[1:] {
		m := make(map[string]string, len(r))
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out, nil
}
