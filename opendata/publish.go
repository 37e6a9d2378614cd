package opendata

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/atomicfile"
)

// ReleasesDir is where releases live inside the data directory.
func ReleasesDir(dataDir string) string { return filepath.Join(dataDir, "releases") }

// latestFile names the newest release; it is replaced atomically.
const latestFile = "LATEST"

// Release describes one published release (release.json).
type Release struct {
	ID       string         `json:"id"`
	Created  time.Time      `json:"created"`
	Datasets []ReleasedData `json:"datasets"`
}

// ReleasedData is one dataset inside a release.
type ReleasedData struct {
	ID           string            `json:"id"`
	Rows         int               `json:"rows"`
	CurrencyDate string            `json:"currency_date"`
	FirstPublish string            `json:"first_published"`
	LastChange   time.Time         `json:"last_change"`
	Files        map[string]string `json:"files"`  // format → file name
	SHA256       string            `json:"sha256"` // of the CSV: tells whether the data changed
	// Who answered for the dataset and under which licence it was released: the
	// steward's settings (opendata.json) at publish time.
	ResponsiblePerson string  `json:"responsible_person,omitempty"`
	ResponsibleEmail  string  `json:"responsible_email,omitempty"`
	Licence           Licence `json:"licence"`
}

// fileFormats are the files written for every dataset, by format key.
var fileFormats = []struct{ key, suffix string }{
	{"csv", ".csv"}, {"json", ".json"}, {"parquet", ".parquet"}, {"excel_csv", ".excel.csv"}, {"xlsx", ".xlsx"},
}

// Publish writes a new release from a build into a temporary folder, syncs it and
// renames it into place; the releases before it are never touched. When no
// dataset changed since the latest release, it writes nothing and returns that one.
// The catalogue's links use the steward's base URL (DefaultBaseURL without one).
func Publish(ctx context.Context, db *sql.DB, dataDir string, now time.Time) (Release, bool, error) {
	return PublishAt(ctx, db, dataDir, now, "")
}

// PublishAt is Publish with the site's base URL for the catalogue's links
// (--base-url); "" takes the steward's.
func PublishAt(ctx context.Context, db *sql.DB, dataDir string, now time.Time, baseURL string) (Release, bool, error) {
	st, err := LoadSteward(dataDir)
	if err != nil {
		return Release{}, false, err
	}
	site := catalogueSite{Base: firstNonEmpty(ResolveBaseURL(baseURL, st), DefaultBaseURL), Steward: st}
	if err := st.Check(dataDir); err != nil {
		return Release{}, false, err
	}
	cov, err := loadCoverage(ctx, db)
	if err != nil {
		return Release{}, false, err
	}
	dir := ReleasesDir(dataDir)
	prev, _ := Latest(dataDir)
	id := releaseID(dir, now)
	tmp := filepath.Join(dir, ".tmp-"+id)
	os.RemoveAll(tmp)
	if err := os.MkdirAll(tmp, 0o755); err != nil {
		return Release{}, false, err
	}
	defer os.RemoveAll(tmp)
	rel := Release{ID: id, Created: now.UTC()}
	changed := prev == nil
	for _, d := range Datasets {
		rows, err := datasetRows(ctx, db, d, cov)
		if err != nil {
			return Release{}, false, fmt.Errorf("publish %s: %w", d.ID, err)
		}
		current := currencyDate(d, rows, cov, rel.Created)
		if current == "" { // nothing known yet: a passport needs a currency date
			continue
		}
		rd, err := writeDataset(tmp, d, rows, rel, prev, st, current)
		if err != nil {
			return Release{}, false, fmt.Errorf("publish %s: %w", d.ID, err)
		}
		if p := prev.datasetOrNil(d.ID); p == nil || !sameRelease(*p, rd) {
			changed = true
		}
		rel.Datasets = append(rel.Datasets, rd)
	}
	if prev != nil && len(prev.Datasets) != len(rel.Datasets) {
		changed = true
	}
	if !changed {
		return *prev, false, nil
	}
	if err := writeCatalogues(tmp, rel); err != nil {
		return Release{}, false, err
	}
	if err := writeDCAT(tmp, rel, site); err != nil {
		return Release{}, false, err
	}
	if err := syncDir(tmp); err != nil {
		return Release{}, false, err
	}
	if err := os.Rename(tmp, filepath.Join(dir, id)); err != nil {
		return Release{}, false, err
	}
	return rel, true, atomicfile.WriteFile(filepath.Join(dir, latestFile), []byte(id+"\n"), 0o644)
}

// sameRelease says whether a dataset would be released as before: same data,
// same person answering for it, same licence.
func sameRelease(prev, cur ReleasedData) bool {
	return prev.SHA256 == cur.SHA256 && prev.ResponsiblePerson == cur.ResponsiblePerson &&
		prev.ResponsibleEmail == cur.ResponsibleEmail && prev.Licence == cur.Licence && prev.CurrencyDate == cur.CurrencyDate
}

// datasetRows computes a dataset as published: its query (or Go function), cells
// of months no export covers emptied, small counts withheld.
func datasetRows(ctx context.Context, db *sql.DB, d Dataset, cov *coverageMap) ([]Row, error) {
	rows, err := queryRows(ctx, db, d)
	if err != nil {
		return nil, err
	}
	applyCoverage(rows, d, cov)
	if d.Suppress != nil {
		suppress(rows, *d.Suppress)
	}
	return rows, nil
}

// releaseID is the date, with -2, -3 … for further releases on the same day.
func releaseID(dir string, now time.Time) string {
	base := now.UTC().Format("2006-01-02")
	id := base
	for n := 2; ; n++ {
		if _, err := os.Stat(filepath.Join(dir, id)); errors.Is(err, fs.ErrNotExist) {
			return id
		}
		id = fmt.Sprintf("%s-%d", base, n)
	}
}

func (r *Release) dataset(id string) *ReleasedData {
	for i := range r.Datasets {
		if r.Datasets[i].ID == id {
			return &r.Datasets[i]
		}
	}
	return nil
}

func writeDataset(dir string, d Dataset, rows []Row, rel Release, prev *Release, st Steward, current string) (ReleasedData, error) {
	rd := ReleasedData{ID: d.ID, Rows: len(rows), FirstPublish: rel.Created.Format("2006-01-02"), LastChange: rel.Created,
		CurrencyDate: current, Files: map[string]string{}, ResponsiblePerson: st.Person, ResponsibleEmail: st.Email, Licence: st.Licence}
	for _, f := range fileFormats {
		rd.Files[f.key] = d.ID + f.suffix
	}
	csvBytes, err := encodeCSV(d, rows)
	if err != nil {
		return rd, err
	}
	sum := sha256.Sum256(csvBytes)
	rd.SHA256 = hex.EncodeToString(sum[:])
	if p := prev.datasetOrNil(d.ID); p != nil {
		rd.FirstPublish = p.FirstPublish
		if p.SHA256 == rd.SHA256 {
			rd.LastChange = p.LastChange
			if d.DateField() == "" { // undated data is current since it last changed
				rd.CurrencyDate = p.CurrencyDate
			}
		}
	}
	jsonBytes, err := encodeJSON(d, rows)
	if err != nil {
		return rd, err
	}
	excelBytes := encodeExcelCSV(d, rows)
	for _, f := range []struct {
		name string
		data []byte
	}{{rd.Files["csv"], csvBytes}, {rd.Files["json"], jsonBytes}, {rd.Files["excel_csv"], excelBytes}} {
		if err := atomicfile.WriteFile(filepath.Join(dir, f.name), f.data, 0o644); err != nil {
			return rd, err
		}
		if err := writeGzip(filepath.Join(dir, f.name), f.data); err != nil {
			return rd, err
		}
	}
	if err := writeParquet(filepath.Join(dir, rd.Files["parquet"]), d, rows); err != nil {
		return rd, err
	}
	if err := writeXLSX(filepath.Join(dir, rd.Files["xlsx"]), d, rows); err != nil {
		return rd, err
	}
	if err := writeJSONFile(filepath.Join(dir, d.ID+".structure.json"), structureOf(d)); err != nil {
		return rd, err
	}
	return rd, writeJSONFile(filepath.Join(dir, d.ID+".passport.json"), PassportOf(d, rd, rel.ID))
}

func (r *Release) datasetOrNil(id string) *ReleasedData {
	if r == nil {
		return nil
	}
	return r.dataset(id)
}

// queryRows reads a dataset with typed values: dates as time.Time, counts as int64.
func queryRows(ctx context.Context, db *sql.DB, d Dataset) ([]Row, error) {
	if d.build != nil {
		return d.build(ctx, db)
	}
	rs, err := db.QueryContext(ctx, d.SQL())
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	cols, err := rs.Columns()
	if err != nil {
		return nil, err
	}
	var out []Row
	for rs.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rs.Scan(ptrs...); err != nil {
			return nil, err
		}
		r := Row{}
		for i, c := range cols {
			r[c] = vals[i]
		}
		out = append(out, r)
	}
	return out, rs.Err()
}

// currencyDate is the last day the published data describe: the latest date (a
// stock), the last day of the latest month or of the year to date (a flow) with a
// known value; a dataset with no dates is current on the day it is published. ""
// when nothing is known.
func currencyDate(d Dataset, rows []Row, cov *coverageMap, published time.Time) string {
	field := d.DateField()
	if field == "" {
		if len(rows) == 0 {
			return ""
		}
		return published.Format("2006-01-02")
	}
	var last time.Time
	for _, r := range rows {
		if !knownRow(d, r) {
			continue
		}
		var t time.Time
		switch v := r[field].(type) {
		case time.Time:
			t = v
			if field == "month" {
				t = v.AddDate(0, 1, -1)
			}
		case int64:
			var sources []string
			if d.Coverage != nil {
				sources = d.Coverage.Sources
			}
			t = currencyOfYear(v, cov.lastCovered(sources))
		}
		if t.After(last) {
			last = t
		}
	}
	if last.IsZero() {
		return ""
	}
	return last.Format("2006-01-02")
}

// knownRow says whether a row carries a known value: a measure, or one withheld.
func knownRow(d Dataset, r Row) bool {
	if r["suppressed"] == true {
		return true
	}
	measures := d.Measures()
	for _, m := range measures {
		if r[m] != nil {
			return true
		}
	}
	return len(measures) == 0
}

// cell formats a value for CSV: ISO dates, plain numbers, empty for NULL.
func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case time.Time:
		return x.Format("2006-01-02")
	case bool:
		return fmt.Sprint(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64) // never an exponent in open data
	}
	return fmt.Sprint(v)
}

func encodeCSV(d Dataset, rows []Row) ([]byte, error) {
	var b strings.Builder
	w := csv.NewWriter(&b)
	header := make([]string, len(d.Fields))
	for i, f := range d.Fields {
		header[i] = f.Name
	}
	w.Write(header)
	for _, r := range rows {
		rec := make([]string, len(d.Fields))
		for i, f := range d.Fields {
			rec[i] = cell(r[f.Name])
		}
		w.Write(rec)
	}
	w.Flush()
	return []byte(b.String()), w.Error()
}

func encodeJSON(d Dataset, rows []Row) ([]byte, error) {
	out := make([]map[string]any, len(rows))
	for i, r := range rows {
		m := make(map[string]any, len(d.Fields))
		for _, f := range d.Fields {
			v := r[f.Name]
			if t, ok := v.(time.Time); ok {
				v = t.Format("2006-01-02")
			}
			m[f.Name] = v
		}
		out[i] = m
	}
	return json.MarshalIndent(out, "", " ")
}

func writeJSONFile(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(path, append(b, '\n'), 0o644)
}

func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// Latest reads the newest release, or an Unavailable error when none exists yet.
func Latest(dataDir string) (*Release, error) {
	b, err := os.ReadFile(filepath.Join(ReleasesDir(dataDir), latestFile))
	if err != nil {
		return nil, hromadata.E(hromadata.Unavailable, "відкриті дані ще не опубліковано: виконайте «hromadata publish»")
	}
	return ReadRelease(dataDir, strings.TrimSpace(string(b)))
}

// ReadRelease reads release.json of a release.
func ReadRelease(dataDir, id string) (*Release, error) {
	b, err := os.ReadFile(filepath.Join(ReleasesDir(dataDir), id, "release.json"))
	if err != nil {
		return nil, hromadata.E(hromadata.NotFound, fmt.Sprintf("випуск %q не знайдено", id))
	}
	var r Release
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("release %s: %w", id, err)
	}
	return &r, nil
}

// Releases lists release ids, newest first.
func Releases(dataDir string) ([]string, error) {
	entries, err := os.ReadDir(ReleasesDir(dataDir))
	if err != nil {
		return nil, nil
	}
	var ids []string
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			ids = append(ids, e.Name())
		}
	}
	return ids, nil
}
