package etl_test

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"

	"github.com/hromadata/hromadata/dbf"
	"github.com/hromadata/hromadata/etl"
	"github.com/hromadata/hromadata/testkit"
)

const (
	payHeader = "Код управління;Дата списку;Особовий рахунок;РНОКПП;ПІБ одержувача;Код допомоги;За місяць;Сума, грн"
	goodRow   = "DN;04.09.2023;DN0000001;3294512325;Коваленко Олена Іванівна;101;09.2023;4 200,00"
	goodRow2  = "DN;04.09.2023;DN0000002;3122845640;Бондаренко Ірина Петрівна;201;09.2023;2 400,00"
	listName  = "vyplaty_dniprovske_2023-09-1.csv"
)

func mustWrite(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func mustLoad(t *testing.T, dataDir string, paths ...string) []etl.Result {
	t.Helper()
	res, err := etl.Load(context.Background(), etl.Options{DataDir: dataDir}, paths)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func lakeFile(dataDir string) string {
	return filepath.Join(etl.LakeDir(dataDir), "benefit_payments", "2023-09-1", "dniprovske.parquet")
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestBadInputs loads a good list, then a bad re-sending of the same list (or a bad
// file of its own). Each must say what is wrong, name line and column where there is
// one, account for every row, and leave the good list in the lake untouched.
func TestBadInputs(t *testing.T) {
	lines := func(rows ...string) string { return strings.Join(rows, "\r\n") + "\r\n" }
	tests := []struct {
		name     string
		file     string
		text     string // written in windows-1251
		raw      []byte // written as is, when set
		status   etl.Status
		message  string // in the file's error, or in the first reject
		line     int    // of the first reject, when rows are rejected
		column   string
		rejected int
	}{
		{name: "unknown file", file: "zvit_2023.csv", text: "a;b\r\n1;2\r\n", status: etl.StatusRejected,
			message: "невідомий файл"},
		{name: "unknown office", file: "vyplaty_kyivske_2023-09-1.csv", text: "x", status: etl.StatusRejected,
			message: "невідоме управління"},
		{name: "wrong encoding cp866", file: listName, status: etl.StatusRejected, message: "cp866",
			raw: func() []byte {
				b, _ := encoding.ReplaceUnsupported(charmap.CodePage866.NewEncoder()).Bytes([]byte(lines(payHeader, goodRow)))
				return b
			}()},
		{name: "wrong encoding utf-16", file: listName, raw: []byte{0xFF, 0xFE, 'a', 0}, status: etl.StatusRejected, message: "UTF-16"},
		{name: "missing column", file: listName, status: etl.StatusRejected, message: "відсутні стовпці «Сума, грн»",
			text: lines(strings.TrimSuffix(payHeader, ";Сума, грн"), strings.TrimSuffix(goodRow, ";4 200,00"))},
		{name: "extra column", file: listName, status: etl.StatusRejected, message: "зайві стовпці «Примітка»",
			text: lines(payHeader+";Примітка", goodRow+";")},
		{name: "empty file", file: listName, raw: []byte{}, status: etl.StatusRejected, message: "порожній файл"},
		{name: "header only", file: listName, text: lines(payHeader), status: etl.StatusRejected, message: "немає жодного рядка"},
		{name: "bad date", file: listName, status: etl.StatusReplaced, line: 3, column: "Дата списку", rejected: 1,
			message: `некоректна дата "31.09.2023": такої дати не існує`,
			text:    lines(payHeader, goodRow, strings.Replace(goodRow2, "04.09.2023", "31.09.2023", 1))},
		{name: "bad amount", file: listName, status: etl.StatusReplaced, line: 2, column: "Сума, грн", rejected: 1,
			message: `некоректна сума "4.200,00"`,
			text:    lines(payHeader, strings.Replace(goodRow, "4 200,00", "4.200,00", 1), goodRow2)},
		{name: "unknown benefit code", file: listName, status: etl.StatusReplaced, line: 3, column: "Код допомоги", rejected: 1,
			message: `невідомий код "999"`,
			text:    lines(payHeader, goodRow, strings.Replace(goodRow2, ";201;", ";999;", 1))},
		{name: "bad tax number", file: listName, status: etl.StatusReplaced, line: 2, column: "РНОКПП", rejected: 1,
			message: "некоректний РНОКПП",
			text:    lines(payHeader, strings.Replace(goodRow, "3294512325", "3294512326", 1), goodRow2)},
		{name: "row of another office", file: listName, status: etl.StatusReplaced, line: 3, column: "Код управління", rejected: 1,
			message: "не відповідає управлінню",
			text:    lines(payHeader, goodRow, "ZV"+strings.TrimPrefix(goodRow2, "DN"))},
		{name: "truncated last line", file: listName, status: etl.StatusQuarantined,
			message: "обрізаний посеред рядка 3",
			text:    lines(payHeader, goodRow) + "DN;04.09.2023;DN0000002;31228"},
		{name: "every row bad", file: listName, status: etl.StatusRejected, line: 2, column: "Код допомоги", rejected: 1,
			message: "жоден рядок не пройшов перевірку",
			text:    lines(payHeader, strings.Replace(goodRow, ";101;", ";999;", 1))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, in := t.TempDir(), t.TempDir()
			good := mustWrite(t, in, listName, testkit.CP1251(t, lines(payHeader, goodRow, goodRow2)))
			mustLoad(t, data, good)
			before := mustRead(t, lakeFile(data))
			content := tt.raw
			if content == nil {
				content = testkit.CP1251(t, tt.text)
			}
			bad := mustWrite(t, t.TempDir(), tt.file, content)
			res := mustLoad(t, data, bad)[0]
			e := res.Entry
			if e.Status != tt.status {
				t.Fatalf("status = %s (%s), want %s", e.Status, e.Error, tt.status)
			}
			if e.RowsRead != e.RowsLoaded+e.RowsRejected {
				t.Errorf("read %d ≠ loaded %d + rejected %d", e.RowsRead, e.RowsLoaded, e.RowsRejected)
			}
			if e.RowsRejected != tt.rejected {
				t.Errorf("rejected = %d, want %d", e.RowsRejected, tt.rejected)
			}
			got := e.Error
			if len(res.Rejects) > 0 {
				r := res.Rejects[0]
				if got == "" {
					got = r.Reason
				}
				if r.Line != tt.line || r.Column != tt.column || r.File != tt.file {
					t.Errorf("reject at %s:%d «%s», want %s:%d «%s»", r.File, r.Line, r.Column, tt.file, tt.line, tt.column)
				}
			}
			if !strings.Contains(got, tt.message) {
				t.Errorf("message %q does not contain %q", got, tt.message)
			}
			if (e.Status == etl.StatusRejected || e.Status == etl.StatusQuarantined) && !bytes.Equal(before, mustRead(t, lakeFile(data))) {
				t.Error("a refused file changed what was already in the lake")
			}
		})
	}
}

// TestBadRegister feeds the privilege register's DBF form its own bad inputs.
func TestBadRegister(t *testing.T) {
	good := []string{"ZV", "2222432130", "Шевченко", "19601105", "11", "ЗХ", "", "20230615", ""}
	table := func(rows ...[]string) []byte {
		raw, err := dbf.Encode(testkit.PrivilegeFields, rows, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		return raw
	}
	with := func(i int, v string) []string {
		r := append([]string(nil), good...)
		r[i] = v
		return r
	}
	full := table(good, good)
	tests := []struct {
		name, message, column string
		raw                   []byte
		status                etl.Status
	}{
		{"not a DBF", "не є таблицею DBF", "", []byte("RAJON;IDCODE\r\nZV;1\r\n"), etl.StatusRejected},
		{"unknown category", `невідомий код "99"`, "LGCODE", table(good, with(4, "99")), etl.StatusLoaded},
		{"bad date", "такої дати не існує", "DATA1", table(good, with(7, "20230231")), etl.StatusLoaded},
		{"ended before granted", "раніше, ніж встановлена", "DATA2", table(good, with(8, "20220101")), etl.StatusLoaded},
		{"truncated last record", "у заголовку DBF записів — 2, а у файлі — 1", "", full[:len(full)-20], etl.StatusQuarantined},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := mustWrite(t, t.TempDir(), "edarp_zavodske_20240110.dbf", tt.raw)
			checkLoad(t, path, tt.status, 2, tt.column, tt.message)
		})
	}
}

// checkLoad loads one file into an empty data directory and checks its outcome: the
// status, every row accounted for, and the first reject's line, column and message
// (or the file's error when nothing was rejected row by row).
func checkLoad(t *testing.T, path string, status etl.Status, line int, column, message string) {
	t.Helper()
	res := mustLoad(t, t.TempDir(), path)[0]
	e := res.Entry
	if e.Status != status || e.RowsRead != e.RowsLoaded+e.RowsRejected {
		t.Fatalf("status %s (%s), read %d loaded %d rejected %d", e.Status, e.Error, e.RowsRead, e.RowsLoaded, e.RowsRejected)
	}
	got := e.Error
	if len(res.Rejects) > 0 {
		r := res.Rejects[0]
		got = r.Reason
		if r.Line != line || r.Column != column {
			t.Errorf("reject at %d «%s», want %d «%s»", r.Line, r.Column, line, column)
		}
	}
	if !strings.Contains(got, message) {
		t.Errorf("message %q lacks %q", got, message)
	}
}

func TestBadWorkbook(t *testing.T) {
	header := []any{"Дата засідання", "Номер протоколу", "РНОКПП заявника", "ПІБ заявника", "Категорія", "Рішення", "Сума, грн"}
	good := []any{45061.0, "1/2023", "3294512325", "Коваленко", "2", "виділити", 1500.0}
	book := func(rows ...[]any) []byte { return testkit.Workbook(t, rows...) }
	with := func(i int, v any) []any {
		r := append([]any(nil), good...)
		r[i] = v
		return r
	}
	tests := []struct {
		name, message, column string
		raw                   []byte
		status                etl.Status
		line                  int
	}{
		{"good after a title row", "", "", book(header, good), etl.StatusLoaded, 0},
		{"not a workbook", "не є книгою Excel", "", []byte("Дата засідання;Категорія\n"), etl.StatusRejected, 0},
		{"no header", "не знайдено рядка заголовка", "", book([]any{"a", "b"}, []any{1, 2}), etl.StatusRejected, 0},
		{"granted without a sum", "потрібна додатна сума", "Сума, грн", book(header, good, with(6, nil)), etl.StatusLoaded, 5},
		{"refused with a sum", "суми бути не може", "Сума, грн", book(header, good, with(5, "відмовити")), etl.StatusLoaded, 5},
		{"unknown category", `невідомий код "13"`, "Категорія", book(header, good, with(4, "13")), etl.StatusLoaded, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := mustWrite(t, t.TempDir(), "matdopomoga_2023-05.xlsx", tt.raw)
			checkLoad(t, path, tt.status, tt.line, tt.column, tt.message)
		})
	}
}

// TestLoadTwiceChangesNothing offers the same files again: the lake stays as it was,
// and the manifest only gains one duplicate line per file offered.
func TestLoadTwiceChangesNothing(t *testing.T) {
	data := t.TempDir()
	inbox := testkit.MustInbox(t, t.TempDir())
	first := mustLoad(t, data, inbox)
	manifest := mustRead(t, filepath.Join(data, etl.ManifestFile))
	lake := mustRead(t, lakeFile(data))
	second := mustLoad(t, data, inbox)
	if len(second) != len(first) {
		t.Fatalf("second load saw %d files, first %d", len(second), len(first))
	}
	for _, r := range second {
		if r.Entry.Status != etl.StatusDuplicate {
			t.Errorf("%s: status %s on second load, want duplicate", r.Entry.File, r.Entry.Status)
		}
	}
	after := mustRead(t, filepath.Join(data, etl.ManifestFile))
	if !bytes.HasPrefix(after, manifest) {
		t.Error("a second load of the same files rewrote the manifest's earlier lines")
	}
	entries, err := etl.ReadManifest(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2*len(first) {
		t.Fatalf("manifest has %d lines after offering %d files twice", len(entries), len(first))
	}
	for i, e := range entries[len(first):] {
		if e.Status != etl.StatusDuplicate || e.File != first[i].Entry.File || e.SHA256 != first[i].Entry.SHA256 {
			t.Errorf("line %d: %s %s, want %s duplicate", len(first)+i+1, e.File, e.Status, first[i].Entry.File)
		}
	}
	if !bytes.Equal(lake, mustRead(t, lakeFile(data))) {
		t.Error("lake changed on a second load of the same files")
	}
}

func TestResentListReplacesEarlier(t *testing.T) {
	data, in := t.TempDir(), t.TempDir()
	v1 := mustWrite(t, in, listName, testkit.CP1251(t, payHeader+"\r\n"+goodRow+"\r\n"))
	v2 := mustWrite(t, in, strings.Replace(listName, ".csv", "_v2.csv", 1), testkit.CP1251(t, payHeader+"\r\n"+goodRow+"\r\n"+goodRow2+"\r\n"))
	res := mustLoad(t, data, in)
	if res[0].Entry.Status != etl.StatusLoaded || res[1].Entry.Status != etl.StatusReplaced {
		t.Fatalf("statuses %s, %s; want loaded, replaced", res[0].Entry.Status, res[1].Entry.Status)
	}
	if n := lakeRows(t, lakeFile(data)); n != 2 {
		t.Errorf("lake holds %d rows of the list, want the 2 of the re-sent one", n)
	}
	os.Remove(v2)
	touch := append(mustRead(t, v1), []byte(goodRow2+"\r\n")...) // different bytes, same old revision
	mustWrite(t, in, listName, touch)
	if r := mustLoad(t, data, v1)[0]; r.Entry.Status != etl.StatusStale {
		t.Errorf("an older revision after a newer one: status %s, want stale", r.Entry.Status)
	}
	if e := lastEntry(t, data); e.File != listName || e.Status != etl.StatusStale {
		t.Errorf("the stale revision's manifest line is %s %s", e.File, e.Status)
	}
	if n := lakeRows(t, lakeFile(data)); n != 2 {
		t.Errorf("a stale revision changed the lake: %d rows", n)
	}
}

func lakeRows(t *testing.T, path string) int {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT count(*) FROM read_parquet(?)", path).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestNoPersonalDataInLake reads every lake file back: no tax number or name of the
// fixture may appear, and the key file is private.
func TestNoPersonalDataInLake(t *testing.T) {
	data := t.TempDir()
	mustLoad(t, data, testkit.MustInbox(t, t.TempDir()))
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var dump string
	err = db.QueryRow(`SELECT string_agg(CAST(t AS VARCHAR), '|') FROM read_parquet(?, union_by_name = true) t`,
		filepath.Join(etl.LakeDir(data), "*", "**", "*.parquet")).Scan(&dump)
	if err != nil {
		t.Fatal(err)
	}
	if dump == "" {
		t.Fatal("lake is empty")
	}
	for _, secret := range append(testkit.People, "Коваленко", "Олена", "DN0000001") {
		if strings.Contains(dump, secret) {
			t.Errorf("lake contains %q", secret)
		}
	}
	st, err := os.Stat(filepath.Join(data, etl.KeyFile))
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("key file mode %v, want 0600", st.Mode().Perm())
	}
}
