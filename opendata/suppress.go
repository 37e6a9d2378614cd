package opendata

import (
	"fmt"

	"github.com/hromadata/hromadata/privacy"
)

// Row is one dataset row keyed by column name.
type Row map[string]any

// suppress applies the product's one suppression rule (package privacy) to a
// dataset's rows: small counts and their complements become NULL, and every row gets
// a "suppressed" flag.
func suppress(rows []Row, s Suppression) {
	cells := cellsOf(rows, s)
	privacy.Suppress(cells, s.Margins)
	for i, r := range rows {
		r["suppressed"] = cells[i].Hidden
		if cells[i].Hidden {
			r[s.Value] = nil
		}
	}
}

// cellsOf views rows as the privacy package's cells over the margins' dimensions.
func cellsOf(rows []Row, s Suppression) []*privacy.Cell {
	cells := make([]*privacy.Cell, len(rows))
	for i, r := range rows {
		dims := map[string]string{}
		for _, m := range s.Margins {
			for _, d := range m {
				dims[d] = fmt.Sprint(r[d])
			}
		}
		for _, d := range s.Dims {
			dims[d] = fmt.Sprint(r[d])
		}
		cells[i] = &privacy.Cell{Dims: dims, Value: count(r[s.Value]), Unknown: r[s.Value] == nil}
	}
	return cells
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
