package opendata

import (
	"fmt"
	"sort"
	"strings"
)

// Row is one dataset row keyed by column name.
type Row map[string]any

// suppress withholds small counts: every value in 1..Threshold-1 becomes NULL, and
// where a group (whose total is public) would have exactly one hidden cell, its
// smallest other cell is hidden too so the total cannot reveal the first. Every
// row gets a "suppressed" flag.
func suppress(rows []Row, s Suppression) {
	groups := map[string][]Row{}
	var keys []string
	for _, r := range rows {
		r["suppressed"] = false
		parts := make([]string, len(s.Group))
		for i, g := range s.Group {
			parts[i] = fmt.Sprint(r[g])
		}
		k := strings.Join(parts, "\x00")
		if groups[k] == nil {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], r)
	}
	for _, k := range keys {
		g := groups[k]
		hidden := 0
		for _, r := range g {
			if v := count(r[s.Value]); v > 0 && v < int64(s.Threshold) {
				r["suppressed"], r[s.Value] = true, nil
				hidden++
			}
		}
		if hidden != 1 || len(g) < 2 {
			continue
		}
		rest := make([]Row, 0, len(g))
		for _, r := range g {
			if r["suppressed"] == false && r[s.Value] != nil { // an empty (unknown) cell hides nothing
				rest = append(rest, r)
			}
		}
		if len(rest) == 0 {
			continue
		}
		sort.SliceStable(rest, func(i, j int) bool { return count(rest[i][s.Value]) < count(rest[j][s.Value]) })
		rest[0]["suppressed"], rest[0][s.Value] = true, nil
	}
}

func count(v any) int64 {
	switch x := v.(type) {
	case int64:
		return x
	case int32:
		return int64(x)
	case int:
		return int64(x)
	}
	return 0
}
