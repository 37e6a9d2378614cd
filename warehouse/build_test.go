package warehouse_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/models"
	"github.com/hromadata/hromadata/testkit"
	"github.com/hromadata/hromadata/warehouse"
)

func TestFailingTestKeepsPreviousBuild(t *testing.T) {
	dir := testkit.MustBuilt(t)
	before, err := warehouse.Current(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = warehouse.Build(context.Background(), warehouse.BuildOptions{DataDir: dir, ExtraTests: []models.Test{{
		Name: "no_idp_benefit",
		SQL:  "SELECT family_id, benefit_code FROM core_assignments WHERE benefit_code = '301'",
	}}})
	var failed *warehouse.FailedTests
	if !errors.As(err, &failed) {
		t.Fatalf("build error = %v, want FailedTests", err)
	}
	msg := err.Error()
	for _, want := range []string{"no_idp_benefit", "1 рядок порушує", "benefit_code=301", "попередня збірка лишається поточною"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not mention %q", msg, want)
		}
	}
	after, err := warehouse.Current(dir)
	if err != nil || after != before {
		t.Errorf("current build changed from %s to %s (%v)", before, after, err)
	}
	leftovers, _ := filepath.Glob(filepath.Join(warehouse.BuildsDir(dir), ".tmp-*"))
	if len(leftovers) > 0 {
		t.Errorf("failed build left files: %v", leftovers)
	}
}

// TestBuildRefusesWithoutData builds where nothing was loaded: an empty warehouse
// would pass every test and serve zeros, so the build refuses and changes nothing.
func TestBuildRefusesWithoutData(t *testing.T) {
	tests := []struct {
		name, dir, want string
	}{
		{"no data directory", filepath.Join(t.TempDir(), "nowhere"), "теки даних"},
		{"empty lake", t.TempDir(), "озеро даних порожнє"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := warehouse.Build(context.Background(), warehouse.BuildOptions{DataDir: tt.dir})
			if err == nil || !strings.Contains(hromadata.MessageOf(err), tt.want) {
				t.Fatalf("build error %v, want one saying %q", err, tt.want)
			}
			if _, err := os.Stat(warehouse.BuildsDir(tt.dir)); !os.IsNotExist(err) {
				t.Error("a refused build made the builds folder")
			}
		})
	}
}

// TestBuildCleansTemporaries leaves what a killed build leaves — its temporary
// database, write-ahead log and spill folder — and builds again: none may remain.
func TestBuildCleansTemporaries(t *testing.T) {
	dir := testkit.MustBuilt(t)
	builds := warehouse.BuildsDir(dir)
	for _, name := range []string{".tmp-build-20240101T000000.000000.duckdb", ".tmp-build-20240101T000000.000000.duckdb.wal"} {
		if err := os.WriteFile(filepath.Join(builds, name), []byte("killed"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Join(builds, ".tmp-build-20240101T000000.000000.duckdb.tmp"), 0o755); err != nil {
		t.Fatal(err)
	}
	testkit.MustBuild(t, dir)
	if left, _ := filepath.Glob(filepath.Join(builds, ".tmp-*")); len(left) > 0 {
		t.Errorf("temporary files of a killed build remain: %v", left)
	}
}

// TestSwitchDuringRequests rebuilds while readers hold the old build: every query
// must succeed, and the server must end up on the new build.
func TestSwitchDuringRequests(t *testing.T) {
	dir := testkit.MustBuilt(t)
	s := warehouse.NewServing(dir, warehouse.DefaultLimits, slog.New(slog.NewTextHandler(io.Discard, nil)))
	defer s.Close()
	first := s.Path()
	var wg sync.WaitGroup
	errs := make(chan error, 1000)
	stop := make(chan struct{})
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				db, release, err := s.Acquire()
				if err != nil {
					errs <- err
					return
				}
				var n int
				err = db.QueryRow("SELECT count(*) FROM core_assignments").Scan(&n)
				release()
				if err != nil || n != 8 {
					errs <- errors.Join(err, errors.New("wrong count"))
					return
				}
			}
		}()
	}
	for range 3 {
		testkit.MustBuild(t, dir)
		if err := s.Refresh(); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if s.Path() == first {
		t.Error("still serving the first build")
	}
	if _, err := os.Stat(s.Path()); err != nil {
		t.Error(err)
	}
}

// TestFamilyMovesBetweenOffices: a family whose case closed in one office and opened in
// another is normal; it counts where its case is at each date. A family in force in two
// offices on the same day is not, and fails the build naming both.
func TestFamilyMovesBetweenOffices(t *testing.T) {
	zv, err := os.ReadFile("../testkit/testdata/inbox/pryznachennia_zavodske_20240110.csv")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, row string
		fails     bool
	}{
		{"moved after the case closed", "ZV;ZV0000004;3122845640;Бондаренко Ірина Петрівна;01.07.1985;103;2024/000009;05.02.2024;01.02.2024;;1 500,00;діюча", false},
		{"in force in two offices", "ZV;ZV0000004;3122845640;Бондаренко Ірина Петрівна;01.07.1985;103;2024/000009;05.01.2024;01.01.2024;;1 500,00;діюча", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			inbox := testkit.MustInbox(t, dir)
			snapshot := strings.TrimRight(string(zv), "\n") + "\n" + c.row + "\n"
			if err := os.WriteFile(filepath.Join(inbox, "pryznachennia_zavodske_20240301.csv"), testkit.CP1251(t, snapshot), 0o644); err != nil {
				t.Fatal(err)
			}
			testkit.MustLoad(t, dir, inbox)
			_, err := warehouse.Build(context.Background(), warehouse.BuildOptions{DataDir: dir})
			if c.fails {
				if err == nil || !strings.Contains(err.Error(), "family_in_one_office_at_a_time") {
					t.Fatalf("build error = %v, want the family_in_one_office_at_a_time test to fail", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			db := testkit.MustOpen(t, dir)
			for _, w := range []struct {
				at, office string
				want       int
			}{{"2024-01-15", "DN", 1}, {"2024-01-15", "ZV", 0}, {"2024-03-01", "DN", 0}, {"2024-03-01", "ZV", 1}} {
				var n int
				err := db.QueryRow(`SELECT count(DISTINCT family_id) FROM core_assignments
					WHERE office_code = ? AND family_id = (SELECT family_id FROM core_assignments WHERE decision_no = '2024/000009')
					  AND date_from < ?::DATE AND (date_to IS NULL OR date_to >= ?::DATE)`, w.office, w.at, w.at).Scan(&n)
				if err != nil || n != w.want {
					t.Errorf("families of %s at %s = %d (%v), want %d", w.office, w.at, n, err, w.want)
				}
			}
		})
	}
}

// TestProgrammeWithTwoChannels: a programme paid both by benefit payment lists and by
// city payments reconciles when the accounting covers both; when the lists alone exceed
// what was transferred, the build fails saying by how much.
func TestProgrammeWithTwoChannels(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile("../testkit/testdata/inbox/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return strings.TrimRight(string(b), "\n") + "\n"
	}
	files := map[string]string{
		"pryznachennia_dniprovske_20240301.csv": read("pryznachennia_dniprovske_20240110.csv") +
			"DN;DN0000004;2558778912;Ткаченко Іван Сергійович;20.01.1970;416;2023/000010;01.09.2023;01.09.2023;01.09.2023;50 000,00;припинена\n",
		"vyplaty_dniprovske_2023-09-2.csv": "Код управління;Дата списку;Особовий рахунок;РНОКПП;ПІБ одержувача;Код допомоги;За місяць;Сума, грн\n" +
			"DN;18.09.2023;DN0000004;2558778912;Ткаченко Іван Сергійович;416;09.2023;50 000,00\n",
		"miski_vyplaty_2023-09.csv": "Дата виплати;Код виплати;Номер справи;РНОКПП;ПІБ;За місяць;Відсоток пільги;Сума, грн\n" +
			"20.09.2023;623;МП-000010;2558778912;Ткаченко Іван Сергійович;;;7 000,00\n",
	}
	for _, c := range []struct {
		name, transferred string
		fails             bool
	}{
		{"accounting covers both channels", "57 000,00", false},
		{"lists exceed the transfer", "40 000,00", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			inbox := testkit.MustInbox(t, dir)
			files["vydatky_2023-09_v2.csv"] = read("vydatky_2023-09.csv") + "20.09.2023;2023/09008;0813190;2730;СубвДБ;" + c.transferred + ";;\n"
			for name, text := range files {
				if err := os.WriteFile(filepath.Join(inbox, name), testkit.CP1251(t, text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			testkit.MustLoad(t, dir, inbox)
			_, err := warehouse.Build(context.Background(), warehouse.BuildOptions{DataDir: dir})
			if !c.fails {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil {
				t.Fatal("build passed, want payment_lists_match_accounting to fail")
			}
			for _, want := range []string{"payment_lists_match_accounting", "kpkvk=0813190", "перевищують перераховане бухгалтерією на 1000000 коп."} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not say %q", err, want)
				}
			}
		})
	}
}

// TestBuildServesNoFileViews: the raw_ views over the lake that the models read are
// gone from the finished build (the serving instance may not read files), and the
// build records how long each model took.
func TestBuildServesNoFileViews(t *testing.T) {
	dir := testkit.MustBuilt(t)
	db := testkit.MustOpen(t, dir)
	var raw, timed int
	if err := db.QueryRow(`SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'raw\_%' ESCAPE '\'`).Scan(&raw); err != nil {
		t.Fatal(err)
	}
	var views int
	// The offices' schemas hold views over the build's own tables (one office's
	// rows); no view may stay in main, nor read a file anywhere.
	if err := db.QueryRow(`SELECT count(*) FROM duckdb_views() WHERE NOT internal
		AND (schema_name = 'main' OR sql ILIKE '%read\_%' ESCAPE '\' OR sql ILIKE '%.parquet%')`).Scan(&views); err != nil {
		t.Fatal(err)
	}
	if raw+views != 0 {
		t.Errorf("%d raw tables and %d views left in the served build", raw, views)
	}
	// The payment lists, assignments and the Centre's acts are kept once, in their core tables, not
	// copied a second time into staging tables nothing serving reads.
	var copies int
	if err := db.QueryRow(`SELECT count(*) FROM duckdb_tables() WHERE table_name IN ('stg_benefit_payments', 'stg_benefit_assignments', 'stg_csc_acts')`).Scan(&copies); err != nil || copies != 0 {
		t.Errorf("%d staging copies of large exports in the served build (%v)", copies, err)
	}
	if err := db.QueryRow(`SELECT count(*) FROM meta_build_models WHERE ms >= 0 AND model = 'core_assignments'`).Scan(&timed); err != nil || timed != 1 {
		t.Errorf("meta_build_models has %d rows for core_assignments (%v)", timed, err)
	}
}
