package difftest

import (
	"strconv"
	"time"

	"github.com/hromadata/hromadata/etl"
)

// rec is a record of any source, keyed by the lake column names of etl's schema;
// the writer lays it out under the source's own headers.
type rec map[string]any

func (r rec) date(k string) time.Time { t, _ := r[k].(time.Time); return t }
func (r rec) str(k string) string     { s, _ := r[k].(string); return s }
func (r rec) int(k string) int        { n, _ := r[k].(int); return n }
func (r rec) kop(k string) int64      { n, _ := r[k].(int64); return n }

func source(id string) *etl.Source {
	for _, s := range etl.Sources() {
		if s.ID == id {
			return s
		}
	}
	panic("no source " + id)
}

// cell formats a value as the source's export writes it.
func cell(c etl.Column, v any) string {
	if c.Type == etl.Drop {
		return "Особа"
	}
	switch x := v.(type) {
	case time.Time:
		if c.Type == etl.Month {
			return x.Format("01.2006")
		}
		return dmy(x)
	case int:
		return num(x)
	case int64:
		return money(x)
	case bool:
		return yesNo(x)
	case string:
		return x
	}
	return ""
}

// records writes recs as one export of the source: a workbook or a CSV.
func (f *files) records(id, name string, recs []rec) {
	f.t.Helper()
	s := source(id)
	var header []string
	for _, c := range s.Columns {
		header = append(header, c.Header)
	}
	var rows [][]string
	for _, r := range recs {
		var row []string
		for _, c := range s.Columns {
			row = append(row, cell(c, r[c.Name]))
		}
		rows = append(rows, row)
	}
	if s.XLSX {
		f.xlsx(name, header, rows)
	} else {
		f.csv(name, header, rows)
	}
}

// export is one file of generic records, and whether a later file replaces it.
type export struct {
	source, name string
	recs         []rec
	stale        bool
}

// byMonth splits records into monthly exports named prefix_yyyy-mm.ext.
func byMonth(id, prefix, ext, dateCol string, recs []rec) []export {
	m := map[string][]rec{}
	var keys []string
	for _, r := range recs {
		k := r.date(dateCol).Format("2006-01")
		if m[k] == nil {
			keys = append(keys, k)
		}
		m[k] = append(m[k], r)
	}
	var out []export
	for _, k := range keys {
		out = append(out, export{id, prefix + k + ext, m[k], false})
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }
