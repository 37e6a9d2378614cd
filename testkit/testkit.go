// Package testkit prepares data directories for tests: a small hand-made set of
// exports whose every indicator can be checked by hand, loaded and built.
package testkit

import (
	"context"
	"database/sql"
	"embed"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/hromadata/hromadata/dbf"
	"github.com/hromadata/hromadata/etl"
	"github.com/hromadata/hromadata/warehouse"
)

//go:embed testdata/inbox
var inbox embed.FS

// People are the fixture's tax numbers, so tests can look for them where they must not be.
var People = []string{"3294512325", "3122845640", "2558778912", "2222432130", "1844365453", "3363598764"}

// MustInbox writes the fixture's exports into dir/inbox in windows-1251, as the
// department receives them, and returns the folder.
func MustInbox(t testing.TB, dir string) string {
	t.Helper()
	out := filepath.Join(dir, "inbox")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	err := fs.WalkDir(inbox, "testdata/inbox", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := inbox.ReadFile(p)
		if err != nil {
			return err
		}
		enc, err := charmap.Windows1251.NewEncoder().Bytes(b)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(out, filepath.Base(p)), enc, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := dbf.Encode(PrivilegeFields, privilegeRows, time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "edarp_zavodske_20240110.dbf"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	books := map[string][]byte{
		"tsnsp_oblik_dn_20240105.xlsx": Workbook(t, append([][]any{CSCCaseHeader}, cscCaseRows...)...),
		"nat_dopomoha_2023.xlsx":       Workbook(t, append([][]any{aidHeader}, aidRows...)...),
	}
	for name, b := range books {
		if err := os.WriteFile(filepath.Join(out, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// PrivilegeFields are the privilege register's DBF fields.
var PrivilegeFields = []dbf.Field{
	{Name: "RAJON", Kind: 'C', Length: 2}, {Name: "IDCODE", Kind: 'C', Length: 10}, {Name: "FIO", Kind: 'C', Length: 60},
	{Name: "DROG", Kind: 'D', Length: 8}, {Name: "LGCODE", Kind: 'N', Length: 3}, {Name: "LGKAT", Kind: 'C', Length: 2},
	{Name: "IDFAM", Kind: 'C', Length: 10}, {Name: "DATA1", Kind: 'D', Length: 8}, {Name: "DATA2", Kind: 'D', Length: 8},
}

// privilegeRows: D, a defender, was granted war disability in 2023; E has been a
// Chornobyl survivor since 2005; F's labour-veteran status ended in 2023; A (granted in
// 2023) and B are the parents of one large family.
var privilegeRows = [][]string{
	{"ZV", "2222432130", "Шевченко Марiя Юрiївна", "19601105", "11", "ЗХ", "", "20230615", ""},
	{"ZV", "1844365453", "Мельник Петро Андрiйович", "19500630", "40", "", "", "20050301", ""},
	{"ZV", "3363598764", "Олiйник Юлiя Василiвна", "19920202", "20", "", "", "20150301", "20230801"},
	{"ZV", "3294512325", "Коваленко Олена Iванiвна", "19900314", "50", "", "БС000001", "20231010", ""},
	{"ZV", "3122845640", "Бондаренко Iрина Петрiвна", "19850701", "50", "", "БС000001", "20200101", ""},
}

// MustBuilt returns a data directory with the fixture loaded and built.
func MustBuilt(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	MustLoad(t, dir, MustInbox(t, dir))
	MustBuild(t, dir)
	MustSteward(t, dir)
	return dir
}

// Steward is the fixture's open-data steward (opendata.json): a fictional person,
// so that tests which publish get complete passports.
const Steward = `{"responsible_person": "Тестова Марія Іванівна", "email": "opendata@test.example.gov.ua"}`

// MustSteward writes the fixture's opendata.json into dataDir.
func MustSteward(t testing.TB, dataDir string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dataDir, "opendata.json"), []byte(Steward+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// MustLoad loads paths into dataDir and fails the test if any file was refused.
func MustLoad(t testing.TB, dataDir string, paths ...string) []etl.Result {
	t.Helper()
	res, err := etl.Load(context.Background(), etl.Options{DataDir: dataDir}, paths)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Entry.Status == etl.StatusRejected {
			t.Fatalf("%s refused: %s", r.Entry.File, r.Entry.Error)
		}
	}
	return res
}

// MustBuild builds dataDir and returns the new build's path.
func MustBuild(t testing.TB, dataDir string) string {
	t.Helper()
	res, err := warehouse.Build(context.Background(), warehouse.BuildOptions{DataDir: dataDir})
	if err != nil {
		t.Fatal(err)
	}
	return res.Path
}

// CP1251 encodes text as the department's exports are encoded.
func CP1251(t testing.TB, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1251.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// MustOpen opens dataDir's current build as the server does, closed at test end.
func MustOpen(t testing.TB, dataDir string) *sql.DB {
	t.Helper()
	db, err := warehouse.OpenCurrent(dataDir, warehouse.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
