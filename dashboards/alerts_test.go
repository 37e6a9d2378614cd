package dashboards

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"strings"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"

	"github.com/hromadata/hromadata"
	sqlfs "github.com/hromadata/hromadata/sql"
)

// alertFixture is a DuckDB holding only the tables the alert rules read, every
// source covering 2022–2023, with what a test adds.
func alertFixture(t *testing.T, rows ...string) *sql.DB {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1) // one in-memory database
	t.Cleanup(func() { db.Close() })
	casework, err := fs.ReadFile(sqlfs.FS, "models/core/fn_casework.sql")
	if err != nil {
		t.Fatal(err)
	}
	plan, err := fs.ReadFile(sqlfs.FS, "models/core/fn_budget_plan.sql")
	if err != nil {
		t.Fatal(err)
	}
	stmts := []string{
		`CREATE TABLE meta_coverage_units (source VARCHAR, office_code VARCHAR, part VARCHAR, began DATE)`,
		`CREATE TABLE meta_coverage (source VARCHAR, office_code VARCHAR, part VARCHAR, month DATE)`,
		`INSERT INTO meta_coverage_units VALUES ('budget_expenditures', '', '', NULL), ('cherhy', '', '', NULL), ('benefit_assignments', '', '', NULL)`,
		`INSERT INTO meta_coverage SELECT u.source, '', '', m::DATE FROM meta_coverage_units u,
			generate_series(DATE '2022-01-01', DATE '2023-12-01', INTERVAL 1 MONTH) g(m)`,
		`CREATE TABLE mart_expenditures_monthly (month DATE, line_id VARCHAR, kpkvk VARCHAR, fund VARCHAR, documents BIGINT, amount_uah DOUBLE)`,
		`CREATE TABLE ref_budget_lines (id VARCHAR, parent_id VARCHAR, fund VARCHAR, kpkvk VARCHAR, name_uk VARCHAR)`,
		`INSERT INTO ref_budget_lines VALUES ('a', 'city', 'МБ', '1', 'Рядок А'), ('b', 'city', 'МБ', '2', 'Рядок Б')`,
		`CREATE TABLE stg_casework (register VARCHAR, event_date DATE, key VARCHAR, case_no VARCHAR, person_id VARCHAR, subject VARCHAR,
			quantity BIGINT, amount_kop BIGINT, end_date DATE, source_file VARCHAR, source_line BIGINT)`,
		`CREATE TABLE ref_casework_events (register VARCHAR, code VARCHAR, key VARCHAR, name_uk VARCHAR)`,
		`INSERT INTO ref_casework_events VALUES ('cherhy', 'САН', 'sanatorium_queue', 'Черга на путівку (ветерани праці; дата — взяття, завершення — зняття)')`,
		`CREATE TABLE mart_families_monthly (as_of DATE, office_code VARCHAR, families BIGINT)`,
		`CREATE TABLE ref_offices (code VARCHAR, name_uk VARCHAR)`,
		`INSERT INTO ref_offices VALUES ('ZV', 'Заводське управління')`,
		`CREATE TABLE core_passport_editions (kpkvk VARCHAR, year INTEGER, approved DATE, order_no VARCHAR, line_id VARCHAR,
			general_kop BIGINT, special_kop BIGINT, plan_kop BIGINT, amendment BIGINT, superseded DATE)`,
		string(casework), string(plan),
	}
	for _, s := range append(stmts, rows...) {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%v\n%s", err, s)
		}
	}
	return db
}

// spending is a budget line's spending, thousand UAH a month, over a year.
func spending(line string, year int, thousand float64) string {
	return fmt.Sprintf(`INSERT INTO mart_expenditures_monthly SELECT m::DATE, '%s', '1', 'МБ', 1, %f
		FROM generate_series(DATE '%d-01-01', DATE '%d-12-01', INTERVAL 1 MONTH) g(m)`, line, thousand*1000, year, year)
}

// passport approves a line's plan for the year, thousand UAH, on a day until the next.
func passport(line string, year int, approved, superseded string, thousand float64) string {
	next := "NULL"
	if superseded != "" {
		next = "DATE '" + superseded + "'"
	}
	kop := int64(thousand * 100000)
	return fmt.Sprintf(`INSERT INTO core_passport_editions VALUES ('1', %d, DATE '%s', '1', '%s', %d, 0, %d, 0, %s)`, year, approved, line, kop, kop, next)
}

// waiting puts n people in the sanatorium queue from a day in the month before start.
func waiting(from string, n int) string {
	return fmt.Sprintf(`INSERT INTO stg_casework SELECT 'cherhy', DATE '%s', 'sanatorium_queue', NULL, 'p-%s-' || i, 'p-%s-' || i,
		1, NULL, NULL, 'f', 1 FROM range(%d) r(i)`, from, from, from, n)
}

// families sets the families of an office each month of 2023 as start + step·month,
// and last in December.
func families(office string, start, step, last int) string {
	return fmt.Sprintf(`INSERT INTO mart_families_monthly SELECT m::DATE, '%s',
		CASE WHEN month(m) = 12 AND year(m) = 2023 THEN %d ELSE %d + %d * datediff('month', DATE '2022-12-01', m) END
		FROM generate_series(DATE '2022-12-01', DATE '2023-12-01', INTERVAL 1 MONTH) g(m)`, office, last, start, step)
}

// TestAlertRules: each rule fires on fixture data that deviates, stays quiet on data
// that does not, and says it did not look when the exports do not cover the period.
func TestAlertRules(t *testing.T) {
	rules, err := AlertRules()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]AlertRule{}
	for _, r := range rules {
		byID[r.ID] = r
	}
	for _, tc := range []struct {
		name, rule, period string
		rows               []string
		want               []string // subjects found, each with its detail's text
		unknown            bool
	}{
		{"a line spending a fifth of last year's months", "budget_line_lag", "2023-Q2",
			[]string{spending("a", 2022, 100), spending("a", 2023, 20), spending("b", 2022, 100), spending("b", 2023, 90)},
			[]string{"Рядок А: паспорта на цей день немає; витрачено 60,0 тис. грн проти 300,0 тис. грн за ті самі місяці роком раніше (20 %)"}, false},
		{"a line a tenth executed at mid-year", "budget_line_lag", "2023-Q2",
			[]string{passport("a", 2023, "2023-01-20", "", 1200), passport("b", 2023, "2023-01-20", "", 1200), spending("a", 2023, 20), spending("b", 2023, 95)},
			[]string{"Рядок А: виконано 10,0 % плану (120,0 з 1\u00a0200,0 тис. грн) при 50,0 % року, що минув"}, false},
		{"the plan in force on the last day counts, not the first edition", "budget_line_lag", "2023-06",
			[]string{passport("a", 2023, "2023-01-20", "2023-06-15", 1200), passport("a", 2023, "2023-06-15", "", 240), spending("a", 2023, 20)},
			nil, false},
		{"with a plan, last year's pace does not matter", "budget_line_lag", "2023-Q2",
			[]string{passport("a", 2023, "2023-01-20", "", 250), spending("a", 2022, 100), spending("a", 2023, 20)},
			nil, false},
		{"a passport approved after the period is not in force", "budget_line_lag", "2023-01",
			[]string{passport("a", 2023, "2023-02-10", "", 12000), spending("a", 2022, 100), spending("a", 2023, 95)},
			nil, false},
		{"no passport and no accounting a year earlier: nothing to compare", "budget_line_lag", "2022-Q2",
			[]string{spending("a", 2022, 1)}, nil, false},
		{"lines on last year's pace", "budget_line_lag", "2023",
			[]string{spending("a", 2022, 100), spending("a", 2023, 95), spending("b", 2022, 0.5), spending("b", 2023, 0)},
			nil, false},
		{"a year the accounting did not send", "budget_line_lag", "2024", []string{spending("a", 2022, 100)}, nil, true},
		{"a queue growing three months running", "queue_growing", "2023-06",
			[]string{waiting("2023-02-10", 10), waiting("2023-03-10", 1), waiting("2023-04-10", 2), waiting("2023-05-10", 3), waiting("2023-06-10", 50)},
			[]string{"Черга на путівку (ветерани праці): у черзі на початок місяця: 11 → 13 → 16 → 66"}, false},
		{"small queues are withheld", "queue_growing", "2023-06",
			[]string{waiting("2023-03-10", 1), waiting("2023-04-10", 1), waiting("2023-05-10", 1), waiting("2023-06-10", 3)},
			[]string{"Черга на путівку (ветерани праці): у черзі на початок місяця: менше 5 → менше 5 → менше 5 → 6"}, false},
		{"a queue that stopped growing", "queue_growing", "2023-06",
			[]string{waiting("2023-02-10", 10), waiting("2023-03-10", 1), waiting("2023-05-10", 3)}, nil, false},
		{"families jumping in one month", "unusual_change", "2023-11",
			[]string{families("ZV", 1000, 10, 1500)},
			[]string{"сімей, що отримують державні допомоги: Заводське управління: за останній місяць +390, зазвичай 10 … 10"}, false},
		{"families on their usual course", "unusual_change", "2023-11", []string{families("ZV", 1000, 10, 1120)}, nil, false},
		{"thousands written the Ukrainian way", "unusual_change", "2023-11",
			[]string{families("ZV", 20000, 1500, 30000)},
			[]string{"сімей, що отримують державні допомоги: Заводське управління: за останній місяць −6\u00a0500, зазвичай 1\u00a0500 … 1\u00a0500"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := alertFixture(t, tc.rows...)
			p, err := hromadata.ParsePeriod(tc.period)
			if err != nil {
				t.Fatal(err)
			}
			res, err := runAlerts(context.Background(), db, p, []AlertRule{byID[tc.rule]})
			if err != nil {
				t.Fatal(err)
			}
			if got := res[0].Unknown != ""; got != tc.unknown {
				t.Errorf("not checked = %v (%q), want %v", got, res[0].Unknown, tc.unknown)
			}
			var got []string
			for _, a := range res[0].Alerts {
				got = append(got, a.Subject+": "+a.Detail)
				if !strings.HasPrefix(a.Link, "/") || strings.Contains(a.Link, "{") {
					t.Errorf("alert links to %q", a.Link)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("found\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestAlertRulesParse: every rule file has what the first screen needs.
func TestAlertRulesParse(t *testing.T) {
	rules, err := AlertRules()
	if err != nil {
		t.Fatal(err)
	}
	if len(rules) < 3 {
		t.Fatalf("%d alert rules, want the three of issue 11", len(rules))
	}
	for _, r := range rules {
		if !strings.HasPrefix(r.Link, "/") {
			t.Errorf("%s links to %q", r.ID, r.Link)
		}
	}
	if _, err := parseAlertRule("x.sql", "-- id: x\n-- title: Х\n-- sources: a\n-- needs: sometimes\nSELECT 1"); err == nil {
		t.Error("a rule with needs: sometimes parsed")
	}
}
