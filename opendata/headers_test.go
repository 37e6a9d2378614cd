package opendata_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/hromadata/hromadata/opendata"
)

// TestHeadersOfFilesPeopleOpen: the Excel CSV and the XLSX, which people open in a
// spreadsheet, head their columns with the fields' Ukrainian titles; the UTF-8
// CSV and JSON, which programs read, keep the machine names.
func TestHeadersOfFilesPeopleOpen(t *testing.T) {
	dir, _, rel := mustPublished(t)
	relDir := filepath.Join(opendata.ReleasesDir(dir), rel.ID)
	for _, rd := range rel.Datasets {
		d, _ := opendata.DatasetByID(rd.ID)
		var names, titles []string
		for _, f := range d.Fields {
			names, titles = append(names, f.Name), append(titles, f.Title)
		}
		t.Run(d.ID, func(t *testing.T) {
			if len(slices.Compact(slices.Sorted(slices.Values(titles)))) != len(titles) {
				t.Errorf("two fields share a title: %q", titles)
			}
			if got := mustCSVHeader(t, filepath.Join(relDir, rd.Files["excel_csv"]), ';', "\ufeff"); !slices.Equal(got, titles) {
				t.Errorf("Excel CSV header %q, want %q", got, titles)
			}
			if got := mustXLSXHeader(t, filepath.Join(relDir, rd.Files["xlsx"])); !slices.Equal(got, titles) {
				t.Errorf("XLSX header %q, want %q", got, titles)
			}
			if got := mustCSVHeader(t, filepath.Join(relDir, rd.Files["csv"]), ',', ""); !slices.Equal(got, names) {
				t.Errorf("UTF-8 CSV header %q, want %q", got, names)
			}
			if got := mustJSONKeys(t, filepath.Join(relDir, rd.Files["json"])); got != nil && !slices.Equal(got, slices.Sorted(slices.Values(names))) {
				t.Errorf("JSON keys %q, want %q", got, names)
			}
		})
	}
}

// mustCSVHeader reads a CSV's first line as a spreadsheet does: after the
// byte-order mark bom (if any), cells split by comma.
func mustCSVHeader(t *testing.T, path string, comma rune, bom string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b, ok := bytes.CutPrefix(b, []byte(bom))
	if !ok {
		t.Fatalf("%s does not start with %q", path, bom)
	}
	r := csv.NewReader(bytes.NewReader(b))
	r.Comma = comma
	rec, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

func mustXLSXHeader(t *testing.T, path string) []string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Дані")
	if err != nil || len(rows) == 0 {
		t.Fatalf("%s: %d rows, %v", path, len(rows), err)
	}
	return rows[0]
}

// mustJSONKeys is the sorted keys of the JSON file's first row (nil when it has
// no rows).
func mustJSONKeys(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rows []map[string]any
	if err := json.Unmarshal(b, &rows); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(rows) == 0 {
		return nil
	}
	keys := make([]string, 0, len(rows[0]))
	for k := range rows[0] {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
