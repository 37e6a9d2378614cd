package opendata_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/hromadata/hromadata/opendata"
	"github.com/hromadata/hromadata/testkit"
	"github.com/hromadata/hromadata/warehouse"
)

// shared is one fixture build published once for the tests that only read a
// release: a build and a publish each take seconds.
var shared struct {
	once sync.Once
	dir  string
	db   *sql.DB
	rel  opendata.Release
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.db != nil {
		shared.db.Close()
	}
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
	os.Exit(code)
}

// mustPublished returns the shared fixture build, its data directory and its release.
func mustPublished(t *testing.T) (string, *sql.DB, opendata.Release) {
	t.Helper()
	shared.once.Do(func() {
		if shared.dir, shared.err = os.MkdirTemp("", "opendata-test-"); shared.err != nil {
			return
		}
		testkit.MustLoad(t, shared.dir, testkit.MustInbox(t, shared.dir))
		testkit.MustBuild(t, shared.dir)
		testkit.MustSteward(t, shared.dir)
		if shared.db, shared.err = warehouse.OpenCurrent(shared.dir, warehouse.DefaultLimits); shared.err != nil {
			return
		}
		shared.rel, _, shared.err = opendata.Publish(context.Background(), shared.db, shared.dir, time.Date(2024, 1, 15, 9, 0, 0, 0, time.UTC))
	})
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return shared.dir, shared.db, shared.rel
}

// TestPassportsComplete: every passport of the release carries every field
// Resolution No. 835 requires — the responsible person's name and e-mail from the
// steward's file, the licence, the currency date — and none is empty.
func TestPassportsComplete(t *testing.T) {
	dir, _, rel := mustPublished(t)
	// The fixture's exports cover months of these; the others have nothing known
	// to publish yet (no currency date), and are left out rather than empty.
	var ids []string
	for _, rd := range rel.Datasets {
		ids = append(ids, rd.ID)
	}
	if got := strings.Join(ids, " "); got != "benefit-recipients budget-execution privileges city-payments social-services-recipients social-services-acts department-services" {
		t.Errorf("the fixture's release has %s", got)
	}
	for _, rd := range rel.Datasets {
		t.Run(rd.ID, func(t *testing.T) {
			var p opendata.Passport
			b, err := os.ReadFile(filepath.Join(opendata.ReleasesDir(dir), rel.ID, rd.ID+".passport.json"))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &p); err != nil {
				t.Fatal(err)
			}
			for _, f := range emptyFields(reflect.ValueOf(p), "") {
				t.Errorf("passport field %s is empty", f)
			}
			if p.ResponsiblePerson != "Тестова Марія Іванівна" || p.ResponsibleEmail != "opendata@test.example.gov.ua" {
				t.Errorf("responsible person %q <%s>, not the steward's", p.ResponsiblePerson, p.ResponsibleEmail)
			}
			if p.Licence != opendata.CCBY40 {
				t.Errorf("licence %+v, want CC BY 4.0 by default", p.Licence)
			}
			if _, err := time.Parse("2006-01-02", p.CurrencyDate); err != nil {
				t.Errorf("currency date %q", p.CurrencyDate)
			}
			if len([]rune(p.Title)) > 254 || len([]rune(p.Description)) > 4000 {
				t.Error("title or description longer than the passport allows")
			}
		})
	}
}

// emptyFields names the empty strings, slices and elements of a passport.
func emptyFields(v reflect.Value, prefix string) []string {
	var out []string
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			out = append(out, emptyFields(v.Field(i), prefix+v.Type().Field(i).Name+".")...)
		}
	case reflect.Slice:
		if v.Len() == 0 {
			return []string{strings.TrimSuffix(prefix, ".")}
		}
		for i := 0; i < v.Len(); i++ {
			out = append(out, emptyFields(v.Index(i), prefix)...)
		}
	case reflect.String:
		if strings.TrimSpace(v.String()) == "" {
			return []string{strings.TrimSuffix(prefix, ".")}
		}
	}
	return out
}

// TestPublishNeedsResponsiblePerson: without the steward's file (or with no person
// in it) publish refuses, naming the file and the field, and writes nothing.
func TestPublishNeedsResponsiblePerson(t *testing.T) {
	_, db, _ := mustPublished(t)
	for _, tc := range []struct{ name, file, field string }{
		{"no file", "", "responsible_person"},
		{"job title only", `{"responsible_person": " ", "email": "a@b.ua"}`, "responsible_person"},
		{"no e-mail", `{"responsible_person": "Іваненко Петро Петрович"}`, "email"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if tc.file != "" {
				os.WriteFile(filepath.Join(dir, opendata.StewardFile), []byte(tc.file), 0o644)
			}
			_, _, err := opendata.Publish(context.Background(), db, dir, time.Now())
			if err == nil || !strings.Contains(err.Error(), "«"+tc.field+"»") || !strings.Contains(err.Error(), filepath.Join(dir, opendata.StewardFile)) {
				t.Errorf("error %v, want one naming %s and the file", err, tc.field)
			}
			if _, err := os.Stat(opendata.ReleasesDir(dir)); err == nil {
				t.Error("a release was written")
			}
		})
	}
}

// TestStewardChangeIsANewRelease: publishing an unchanged build writes nothing, but
// a new responsible person or licence is a new release with new passports.
func TestStewardChangeIsANewRelease(t *testing.T) {
	_, db, _ := mustPublished(t)
	dir := t.TempDir()
	day := time.Date(2024, 2, 1, 9, 0, 0, 0, time.UTC)
	testkit.MustSteward(t, dir)
	if _, created, err := opendata.Publish(context.Background(), db, dir, day); err != nil || !created {
		t.Fatalf("first publish: %v %v", created, err)
	}
	if _, created, err := opendata.Publish(context.Background(), db, dir, day.AddDate(0, 0, 1)); err != nil || created {
		t.Fatalf("unchanged publish the next day created a release: %v", err)
	}
	os.WriteFile(filepath.Join(dir, opendata.StewardFile), []byte(`{"responsible_person": "Іваненко Петро Петрович", "email": "p@misto.ua",
		"licence": {"id": "CC0-1.0", "title": "CC0 1.0", "url": "https://creativecommons.org/publicdomain/zero/1.0/"}}`), 0o644)
	rel, created, err := opendata.Publish(context.Background(), db, dir, day)
	if err != nil || !created {
		t.Fatalf("steward change: created=%v err=%v", created, err)
	}
	rd := rel.Datasets[0]
	d, _ := opendata.DatasetByID(rd.ID)
	p := opendata.PassportOf(d, rd, rel.ID)
	if p.ResponsiblePerson != "Іваненко Петро Петрович" || p.Licence.ID != "CC0-1.0" {
		t.Errorf("passport after the change: %s, %+v", p.ResponsiblePerson, p.Licence)
	}
	pkg, _ := os.ReadFile(filepath.Join(opendata.ReleasesDir(dir), rel.ID, "datapackage.json"))
	if !bytes.Contains(pkg, []byte("CC0-1.0")) {
		t.Error("datapackage.json lacks the configured licence")
	}
}

// TestXLSXKeepsCodes: the workbook stores codes as text, so a КПКВК keeps its
// leading zero when a person opens it; counts and sums are numbers.
func TestXLSXKeepsCodes(t *testing.T) {
	dir, _, rel := mustPublished(t)
	f, err := excelize.OpenFile(filepath.Join(opendata.ReleasesDir(dir), rel.ID, "budget-execution.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Дані")
	if err != nil || len(rows) < 2 {
		t.Fatalf("rows %d, %v", len(rows), err)
	}
	d, _ := opendata.DatasetByID("budget-execution")
	col := map[string]int{} // by field name; the header has the fields' titles
	for i, h := range rows[0] {
		for _, f := range d.Fields {
			if f.Title == h {
				col[f.Name] = i
			}
		}
	}
	for _, tc := range []struct {
		name, field string
		want        excelize.CellType
		prefix      string
	}{
		{"КПКВК is text with its zero", "kpkvk", excelize.CellTypeInlineString, "08"},
		{"КЕКВ is text", "kekv", excelize.CellTypeInlineString, "2"},
		{"documents are a number", "documents", excelize.CellTypeUnset, ""},
		{"the sum is a number", "amount_uah", excelize.CellTypeUnset, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cellName, _ := excelize.CoordinatesToCellName(col[tc.field]+1, 2)
			typ, err := f.GetCellType("Дані", cellName)
			if err != nil {
				t.Fatal(err)
			}
			isText := typ == excelize.CellTypeInlineString || typ == excelize.CellTypeSharedString
			if isText != (tc.want == excelize.CellTypeInlineString) {
				t.Errorf("%s (%s) has cell type %v", tc.field, cellName, typ)
			}
			if v, _ := f.GetCellValue("Дані", cellName); !strings.HasPrefix(v, tc.prefix) {
				t.Errorf("%s = %q, want it to start with %q", tc.field, v, tc.prefix)
			}
		})
	}
	if _, err := f.GetRows("Структура"); err != nil {
		t.Error("the workbook has no structure sheet")
	}
}

// TestExcelCSV: the CSV for spreadsheets opens as it is in a Ukrainian Excel.
func TestExcelCSV(t *testing.T) {
	dir, _, rel := mustPublished(t)
	b, err := os.ReadFile(filepath.Join(opendata.ReleasesDir(dir), rel.ID, "budget-execution.excel.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\r\n")
	for _, tc := range []struct {
		name string
		ok   bool
	}{
		{"starts with a byte-order mark", strings.HasPrefix(lines[0], "\ufeffМісяць;КПКВК МБ;")},
		{"codes are text formulas", strings.Contains(lines[1], `;="08`)},
		{"decimal comma", regexp.MustCompile(`;\d+,\d+\r\n`).Match(b) && !regexp.MustCompile(`;\d+\.\d+\r\n`).Match(b)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !tc.ok {
				t.Errorf("%q", lines[:2])
			}
		})
	}
}

// TestDataPackageDescriptor: datapackage.json declares what the Frictionless spec
// asks for: a licence, sources, and per resource its dialect and a schema with
// types, required fields and a primary key.
func TestDataPackageDescriptor(t *testing.T) {
	dir, _, rel := mustPublished(t)
	var pkg struct {
		Profile   string           `json:"profile"`
		Licenses  []map[string]any `json:"licenses"`
		Sources   []map[string]any `json:"sources"`
		Resources []struct {
			Name     string           `json:"name"`
			Path     string           `json:"path"`
			Dialect  map[string]any   `json:"dialect"`
			Licenses []map[string]any `json:"licenses"`
			Schema   struct {
				Fields []struct {
					Name, Type  string
					Constraints *struct{ Required bool }
				} `json:"fields"`
				PrimaryKey []string `json:"primaryKey"`
			} `json:"schema"`
		} `json:"resources"`
	}
	b, err := os.ReadFile(filepath.Join(opendata.ReleasesDir(dir), rel.ID, "datapackage.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &pkg); err != nil {
		t.Fatal(err)
	}
	if pkg.Profile != "tabular-data-package" || len(pkg.Licenses) == 0 || pkg.Licenses[0]["name"] != "CC-BY-4.0" || len(pkg.Sources) == 0 {
		t.Errorf("package: profile %q, licences %v, sources %v", pkg.Profile, pkg.Licenses, pkg.Sources)
	}
	if len(pkg.Resources) != len(rel.Datasets) {
		t.Errorf("%d resources for %d datasets", len(pkg.Resources), len(rel.Datasets))
	}
	for _, r := range pkg.Resources {
		t.Run(r.Name, func(t *testing.T) {
			if r.Dialect["delimiter"] != "," || len(r.Licenses) == 0 || len(r.Schema.PrimaryKey) == 0 {
				t.Errorf("dialect %v, licences %v, primary key %v", r.Dialect, r.Licenses, r.Schema.PrimaryKey)
			}
			required := map[string]bool{}
			for _, f := range r.Schema.Fields {
				required[f.Name] = f.Constraints != nil && f.Constraints.Required
			}
			for _, k := range r.Schema.PrimaryKey {
				if !required[k] {
					t.Errorf("primary key field %s is not required", k)
				}
			}
		})
	}
}

// TestDataPackageValidator runs the Frictionless `datapackage` library (npm) on the
// release: the descriptor against its profile, and every CSV cast by its schema.
func TestDataPackageValidator(t *testing.T) {
	dir, _, rel := mustPublished(t)
	mustValidDataPackage(t, filepath.Join(opendata.ReleasesDir(dir), rel.ID))
}

// mustValidDataPackage validates a release folder with the Frictionless library.
func mustValidDataPackage(t *testing.T, relDir string) {
	t.Helper()
	node := testkit.NeedTool(t, "node (Debian nodejs)", "node", "nodejs")
	tool, _ := filepath.Abs("../tools/datapackage")
	if _, err := os.Stat(filepath.Join(tool, "node_modules", "datapackage")); err != nil {
		testkit.Missing(t, "the datapackage npm package: npm ci in tools/datapackage (.ci/setup.d/datapackage.sh)")
	}
	out, err := exec.Command(node, filepath.Join(tool, "validate.js"), relDir).CombinedOutput()
	if err != nil {
		t.Fatalf("datapackage validation failed: %v\n%s", err, out)
	}
	t.Logf("%s", out)
}
