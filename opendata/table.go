package opendata

import (
	"encoding/csv"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/hromadata/hromadata"
)

// table is a released dataset read back from its CSV file, as every visitor may
// download it: the page shows and filters what was published, not the live build.
type table struct {
	fields []Field
	rows   [][]string
}

// tables holds the tables read so far; a release never changes, so neither do they.
var tables = struct {
	sync.Mutex
	m map[string]*table
}{m: map[string]*table{}}

// maxTables bounds the tables held; past it the memo starts over.
const maxTables = 64

// readTable reads the CSV of dataset d in release rel.
func readTable(dataDir, rel string, d Dataset, rd ReleasedData) (*table, error) {
	key := rel + "/" + d.ID
	tables.Lock()
	t, ok := tables.m[key]
	tables.Unlock()
	if ok {
		return t, nil
	}
	f, err := os.Open(filepath.Join(ReleasesDir(dataDir), rel, rd.Files["csv"]))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil || len(recs) == 0 {
		return nil, err
	}
	t = &table{rows: recs[1:]}
	for _, name := range recs[0] {
		t.fields = append(t.fields, fieldOf(d, name))
	}
	tables.Lock()
	if len(tables.m) >= maxTables {
		tables.m = map[string]*table{}
	}
	tables.m[key] = t
	tables.Unlock()
	return t, nil
}

// fieldOf is the dataset's description of a column, or a bare string column.
func fieldOf(d Dataset, name string) Field {
	for _, f := range d.Fields {
		if f.Name == name {
			return f
		}
	}
	return Field{Name: name, Title: name, Type: "string"}
}

func (t *table) col(name string) int {
	return slices.IndexFunc(t.fields, func(f Field) bool { return f.Name == name })
}

// maxChoices: a text column with more distinct values is not offered as a filter.
const maxChoices = 100

// dimension is a column a visitor can filter by, with the values to choose from.
type dimension struct {
	Field
	Values []string
	Chosen string
}

// dateColumn is the first column naming a period (a date, year or month; values
// in ISO form compare as strings): the period the data describes.
func (t *table) dateColumn() int {
	return slices.IndexFunc(t.fields, isPeriod)
}

func isPeriod(f Field) bool {
	return f.Type == "date" || f.Type == "year" || f.Type == "yearmonth" || f.Name == "year"
}

// measureColumn is the column charted over time: the dataset's Measure, else its
// first integer or number column; -1 when it has none.
func (t *table) measureColumn(d Dataset) int {
	if d.Measure != "" {
		return t.col(d.Measure)
	}
	return slices.IndexFunc(t.fields, func(f Field) bool { return (f.Type == "integer" || f.Type == "number") && !isPeriod(f) })
}

// dimensions are the text columns with few distinct values; a code column beside
// its name column (office_code, office_name) is left to the name, which people read.
func (t *table) dimensions(q url.Values) []dimension {
	var out []dimension
	for i, f := range t.fields {
		if f.Type != "string" {
			continue
		}
		if base, ok := strings.CutSuffix(f.Name, "_code"); ok && t.col(base+"_name") >= 0 {
			continue
		}
		seen := map[string]bool{}
		for _, r := range t.rows {
			if r[i] != "" {
				seen[r[i]] = true
			}
		}
		if len(seen) < 2 || len(seen) > maxChoices {
			continue
		}
		vals := make([]string, 0, len(seen))
		for v := range seen {
			vals = append(vals, v)
		}
		slices.Sort(vals)
		out = append(out, dimension{Field: f, Values: vals, Chosen: q.Get(f.Name)})
	}
	return out
}

// dates are the distinct values of the date column, in order.
func (t *table) dates() []string {
	c := t.dateColumn()
	if c < 0 {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	for _, r := range t.rows {
		if !seen[r[c]] {
			seen[r[c]] = true
			out = append(out, r[c])
		}
	}
	slices.Sort(out)
	return out
}

// filter keeps the rows whose chosen dimensions match and whose date lies within
// from and to (ISO dates, which compare as strings).
func (t *table) filter(dims []dimension, from, to string) [][]string {
	type cond struct {
		col int
		val string
	}
	var conds []cond
	for _, d := range dims {
		if d.Chosen != "" {
			conds = append(conds, cond{t.col(d.Name), d.Chosen})
		}
	}
	dc := t.dateColumn()
	var out [][]string
rows:
	for _, r := range t.rows {
		for _, c := range conds {
			if r[c.col] != c.val {
				continue rows
			}
		}
		if dc >= 0 && ((from != "" && r[dc] < from) || (to != "" && r[dc] > to)) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// point is the measure summed over one date's rows, with how many of its cells
// are withheld and how many not known, so a reader knows what the sum is short of;
// N counts the cells summed (none: the sum is unknown, never 0).
type point struct {
	Date                   string
	Sum                    float64
	N, Suppressed, Unknown int
}

// series sums the measure by date over rows.
func (t *table) series(rows [][]string, measure int) []point {
	dc, sc := t.dateColumn(), t.col("suppressed")
	if dc < 0 || measure < 0 {
		return nil
	}
	var out []point
	at := map[string]int{}
	for _, r := range rows {
		i, ok := at[r[dc]]
		if !ok {
			i = len(out)
			at[r[dc]] = i
			out = append(out, point{Date: r[dc]})
		}
		v, err := strconv.ParseFloat(r[measure], 64)
		switch {
		case err == nil:
			out[i].Sum += v
			out[i].N++
		case sc >= 0 && r[sc] == "true":
			out[i].Suppressed++
		default:
			out[i].Unknown++
		}
	}
	slices.SortFunc(out, func(a, b point) int { return strings.Compare(a.Date, b.Date) })
	return out
}

// measureRows keeps the rows the dataset's measure applies to (MeasureOnly).
func (t *table) measureRows(d Dataset, rows [][]string) [][]string {
	if d.MeasureOnly == nil {
		return rows
	}
	c := t.col(d.MeasureOnly.Column)
	var out [][]string
	for _, r := range rows {
		if c < 0 || r[c] == d.MeasureOnly.Value {
			out = append(out, r)
		}
	}
	return out
}

// withheld counts, over the rows the measure applies to, the rows marked
// suppressed and the rows whose measure is empty without being suppressed (no data).
func (t *table) withheld(d Dataset, measure int) (suppressed, unknown int) {
	sc := t.col("suppressed")
	for _, r := range t.measureRows(d, t.rows) {
		switch {
		case sc >= 0 && r[sc] == "true":
			suppressed++
		case measure >= 0 && r[measure] == "":
			unknown++
		}
	}
	return suppressed, unknown
}

// readable are rows as people read them: counts and amounts written the Ukrainian
// way (39 853 400, 2 447,84) with the decimals the file has; codes, which are
// text, and years as they are. The files keep the plain form.
func (t *table) readable(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = slices.Clone(r)
		for j, f := range t.fields {
			if (f.Type != "integer" && f.Type != "number") || isPeriod(f) {
				continue
			}
			if v, err := strconv.ParseFloat(r[j], 64); err == nil {
				_, frac, _ := strings.Cut(r[j], ".")
				out[i][j] = hromadata.FormatUK(v, len(frac))
			}
		}
	}
	return out
}
