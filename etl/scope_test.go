package etl_test

import (
	"database/sql"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hromadata/hromadata/dbf"
	"github.com/hromadata/hromadata/etl"
	"github.com/hromadata/hromadata/testkit"
)

// TestLocalNumbersStayInTheirScope loads two offices' registers that number their
// families and accounts alike: family 12 of one office and family 12 of another are
// two families, and so are the accounts 0001 of two offices.
func TestLocalNumbersStayInTheirScope(t *testing.T) {
	data, in := t.TempDir(), t.TempDir()
	register := func(office string, people ...string) []byte {
		var rows [][]string
		for _, p := range people {
			rows = append(rows, []string{office, p, "Коваленко", "19900314", "50", "", "12", "20200101", ""})
		}
		raw, err := dbf.Encode(testkit.PrivilegeFields, rows, time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		return raw
	}
	mustWrite(t, in, "edarp_zavodske_20240110.dbf", register("ZV", testkit.People[0], testkit.People[1]))
	mustWrite(t, in, "edarp_dniprovske_20240110.dbf", register("DN", testkit.People[2]))
	const header = "Код управління;Особовий рахунок;РНОКПП заявника;ПІБ заявника;Дата народження;Код допомоги;Номер рішення;Дата рішення;Призначено з;Призначено по;Розмір, грн;Стан"
	assignments := func(office, person, decision string) []byte {
		return testkit.CP1251(t, strings.Join([]string{header,
			office + ";0001;" + person + ";Бондаренко;01.07.1985;202;" + decision + ";03.08.2023;01.08.2023;;1 900,00;діюча"}, "\r\n")+"\r\n")
	}
	mustWrite(t, in, "pryznachennia_zavodske_20240110.csv", assignments("ZV", testkit.People[3], "ZV-1"))
	mustWrite(t, in, "pryznachennia_dniprovske_20240110.csv", assignments("DN", testkit.People[4], "DN-1"))
	testkit.MustLoad(t, data, in)
	testkit.MustBuild(t, data)
	db := testkit.MustOpen(t, data)
	tests := []struct {
		name, query string
		want        int
	}{
		{"two offices' family 12 are two large families", "SELECT large_families_on_record(DATE '2024-01-01')", 2},
		{"one office's family 12 is one family", "SELECT count(DISTINCT family_id) FROM core_privileges WHERE office_code = 'ZV'", 1},
		{"two offices' account 0001 are two accounts", "SELECT count(DISTINCT account_id) FROM core_assignments", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got int
			if err := db.QueryRow(tt.query).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %d, want %d", got, tt.want)
			}
		})
	}
}

// TestOlderPseudonymsReload reads a manifest written before identifiers were scoped:
// offered again, the files of sources with scoped identifiers are loaded again rather
// than skipped as duplicates, so old and new partitions share one pseudonym scheme.
func TestOlderPseudonymsReload(t *testing.T) {
	data := t.TempDir()
	inbox := testkit.MustInbox(t, t.TempDir())
	mustLoad(t, data, inbox)
	manifest := filepath.Join(data, etl.ManifestFile)
	older := regexp.MustCompile(`,"pseudonyms":\d+`).ReplaceAll(mustRead(t, manifest), nil)
	if err := os.WriteFile(manifest, older, 0o644); err != nil {
		t.Fatal(err)
	}
	scoped := map[string]bool{"privileges": true, "benefit_assignments": true, "benefit_payments": true}
	for _, r := range mustLoad(t, data, inbox) {
		e := r.Entry
		want := etl.StatusDuplicate
		if strings.HasPrefix(e.File, "edarp_") || strings.HasPrefix(e.File, "pryznachennia_") || strings.HasPrefix(e.File, "vyplaty_") {
			want = etl.StatusReplaced
		}
		if e.Status != want || (want == etl.StatusReplaced && (!scoped[e.Source] || e.Pseudonyms == 0)) {
			t.Errorf("%s: %s (%s, scheme %d), want %s", e.File, e.Status, e.Source, e.Pseudonyms, want)
		}
	}
	for _, r := range mustLoad(t, data, inbox) {
		if r.Entry.Status != etl.StatusDuplicate {
			t.Errorf("%s: %s on a third load, want duplicate", r.Entry.File, r.Entry.Status)
		}
	}
}

// TestStaffAndCardNumbersInTheirScope loads personnel number 12 of the department and
// of the Centre — two workers in the training register, the department's one the same
// worker in the register of HR actions — and card 1 of each support centre: two visitors.
func TestStaffAndCardNumbersInTheirScope(t *testing.T) {
	data, in := t.TempDir(), t.TempDir()
	mustWrite(t, in, "navchannia_2023.xlsx", testkit.Workbook(t,
		[]any{"Установа", "Табельний номер", "ПІБ", "Навчання", "Дата закінчення", "Сертифікат за професією"},
		[]any{"департамент", "12", "Коваленко", "Н01", "15.05.2023", nil},
		[]any{"ЦНСП", "12", "Бондаренко", "Н01", "15.05.2023", nil}))
	mustWrite(t, in, "kadry_2023.xlsx", testkit.Workbook(t,
		[]any{"Табельний номер", "ПІБ", "Захід", "Дата", "Результат"},
		[]any{"12", "Коваленко", "нагородження", "01.06.2023", nil}))
	centre := func(code string) []byte {
		return testkit.Workbook(t, []any{"Дата", "Послуга", "Картка відвідувача", "РНОКПП", "ПІБ", "Категорія"},
			[]any{"20.09.2023", code, "К-1", nil, "Коваленко", nil})
	}
	mustWrite(t, in, "tsentr_vpo_2023-09.xlsx", centre("I01"))
	mustWrite(t, in, "tsentr_veterany_2023-09.xlsx", centre("V01"))
	mustLoad(t, data, in)
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	lake := func(src string) string { return filepath.Join(etl.LakeDir(data), src, "**", "*.parquet") }
	tests := []struct {
		name, query string
		want        int
	}{
		{"two employers' number 12 are two workers", "SELECT count(DISTINCT worker_id) FROM read_parquet('" + lake("trainings") + "')", 2},
		{"the department's number 12 is one worker in both registers",
			"SELECT count(*) FROM read_parquet('" + lake("trainings") + "') t JOIN read_parquet('" + lake("hr_records") + "') h USING (worker_id) WHERE t.employer = 'департамент'", 1},
		{"two centres' card 1 are two visitors", "SELECT count(DISTINCT visitor_id) FROM read_parquet('" + lake("centre_services") + "')", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got int
			if err := db.QueryRow(tt.query).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %d, want %d", got, tt.want)
			}
		})
	}
}
