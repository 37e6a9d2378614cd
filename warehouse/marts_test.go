package warehouse_test

import (
	"database/sql"
	"fmt"
	"io/fs"
	"strings"
	"testing"

	sqlfs "github.com/hromadata/hromadata/sql"
	"github.com/hromadata/hromadata/testkit"
)

// referenceMarts are marts as first written — for benefits a range join of months ×
// assignments with distinct counts and one distinct count over the payments; for
// material aid a join on the person with the registration's dates in its condition;
// for IDPs every month joined to every registration of the office.
// They are slow at 10× but plainly right; the models must give exactly their rows.
var referenceMarts = []struct{ table, query string }{
	{"mart_recipients_monthly", `WITH months AS (
    SELECT unnest(generate_series(
        date_trunc('month', min(list_date)),
        date_trunc('month', max(list_date)) + INTERVAL 1 MONTH,
        INTERVAL 1 MONTH))::DATE AS as_of
    FROM core_payments
)
SELECT m.as_of, a.office_code, a.benefit_code, count(DISTINCT a.family_id) AS families
FROM months m
JOIN core_assignments a
  ON a.date_from < m.as_of AND (a.date_to IS NULL OR a.date_to >= m.as_of)
GROUP BY ALL`},
	{"mart_families_monthly", `WITH months AS (SELECT DISTINCT as_of FROM mart_recipients_monthly)
SELECT m.as_of, coalesce(a.office_code, 'ALL') AS office_code, count(DISTINCT a.family_id) AS families
FROM months m
JOIN core_assignments a
  ON a.date_from < m.as_of AND (a.date_to IS NULL OR a.date_to >= m.as_of)
GROUP BY GROUPING SETS ((m.as_of, a.office_code), (m.as_of))`},
	{"mart_payments_monthly", `SELECT date_trunc('month', list_date)::DATE AS month, office_code, benefit_code, budget_line,
    count(*) AS payments, count(DISTINCT family_id) AS recipients, sum(amount_kop) / 100.0 AS amount_uah
FROM core_payments
GROUP BY ALL`},
	{"mart_material_aid_monthly", `WITH idp AS (
    SELECT r.person_id, r.registered, r.deregistered, o.code AS office_code
    FROM stg_idp_registrations r
    LEFT JOIN ref_offices o ON o.slug = regexp_extract(r.source_file, 'vpo_([a-z]+)_', 1)
    WHERE r.person_id IS NOT NULL
),
apps AS (
    SELECT row_number() OVER () AS app, meeting_date, person_id, category, decision, amount_kop
    FROM core_material_aid
),
aid AS (
    SELECT a.app, any_value(a.meeting_date) AS meeting_date, any_value(a.person_id) AS person_id,
           any_value(a.category) AS category, any_value(a.decision) AS decision,
           any_value(a.amount_kop) AS amount_kop,
           arg_max(i.office_code, i.registered) AS office_code, count(i.person_id) > 0 AS idp
    FROM apps a
    LEFT JOIN idp i ON i.person_id = a.person_id AND i.registered <= a.meeting_date
                   AND (i.deregistered IS NULL OR i.deregistered > a.meeting_date)
    GROUP BY a.app
)
SELECT
    date_trunc('month', a.meeting_date)::DATE AS month,
    a.office_code,
    a.category AS category_code,
    c.name_uk AS category,
    a.idp,
    count(*) AS applications,
    count(*) FILTER (WHERE a.decision = 'виділити') AS granted,
    count(DISTINCT a.person_id) FILTER (WHERE a.decision = 'виділити') AS persons,
    (coalesce(sum(a.amount_kop) FILTER (WHERE a.decision = 'виділити'), 0) / 100)::DECIMAL(18, 2) AS amount_uah
FROM aid a
JOIN ref_material_aid c ON c.code = a.category
GROUP BY ALL`},
	{"mart_idp_registrations_monthly", `WITH r AS (
    SELECT coalesce(r.person_id, r.certificate_id) AS who, r.birth_date, r.registered, r.deregistered, o.code AS office_code
    FROM stg_idp_registrations r
    JOIN ref_offices o ON o.slug = regexp_extract(r.source_file, 'vpo_([a-z]+)_', 1)
),
months AS (
    SELECT unnest(generate_series(date_trunc('month', min(registered)), date_trunc('month', max(greatest(registered, coalesce(deregistered, registered)))), INTERVAL 1 MONTH))::DATE AS month
    FROM r
),
grid AS (SELECT m.month, o.code AS office_code FROM months m CROSS JOIN ref_offices o)
SELECT
    g.month,
    g.office_code,
    count(DISTINCT r.who) FILTER (WHERE date_trunc('month', r.registered) = g.month) AS registered,
    count(DISTINCT r.who) FILTER (WHERE date_trunc('month', r.registered) = g.month
                                    AND date_sub('year', r.birth_date, r.registered) < 18) AS children_registered,
    count(DISTINCT r.who) FILTER (WHERE date_trunc('month', r.deregistered) = g.month) AS deregistered,
    count(DISTINCT r.who) FILTER (WHERE r.registered < g.month + INTERVAL 1 MONTH
                                    AND (r.deregistered IS NULL OR r.deregistered >= g.month + INTERVAL 1 MONTH)) AS on_record
FROM grid g
LEFT JOIN r ON r.office_code = g.office_code
GROUP BY g.month, g.office_code`},
}

// syntheticData are assignments and payments made to hit the edges of "in force
// at the start of a month": dates on the first, second and last day of a month,
// open-ended and one-day assignments, spans before and after the months the lists
// cover, and families with overlapping and adjacent assignments of one benefit and
// of several, in one office or two.
var syntheticData = []string{
	`CREATE TABLE core_assignments AS
WITH r AS (
    SELECT i, hash(i, 'o') AS h1, hash(i, 'b') AS h2, hash(i, 'f') AS h3, hash(i, 'm') AS h4,
           hash(i, 'd') AS h5, hash(i, 'l') AS h6, hash(i, 'e') AS h7
    FROM range(6000) t(i)
),
d AS (
    SELECT i, h1, h2, h3, h6, h7,
           (DATE '2021-09-01' + to_months((h4 % 44)::INTEGER))::DATE AS month_start, h5
    FROM r
),
f AS (
    SELECT i, h1, h2, h3, h6, h7,
           CASE h5 % 4 WHEN 0 THEN month_start WHEN 1 THEN month_start + 1
                       WHEN 2 THEN month_start + 14 ELSE last_day(month_start) END AS date_from
    FROM d
)
SELECT ['DN', 'ZV', 'PV'][1 + (h1 % 3)::INTEGER] AS office_code,
       ['101', '102', '103', '104'][1 + (h2 % 4)::INTEGER] AS benefit_code,
       'F' || (h3 % 900) AS family_id,
       date_from,
       CASE h6 % 6 WHEN 0 THEN NULL
                   WHEN 1 THEN date_from
                   WHEN 2 THEN (date_trunc('month', date_from) + to_months(1 + (h7 % 20)::INTEGER))::DATE
                   WHEN 3 THEN (date_trunc('month', date_from) + to_months(1 + (h7 % 20)::INTEGER))::DATE - 1
                   ELSE date_from + (h7 % 700)::INTEGER END AS date_to
FROM f`,
	`CREATE TABLE core_payments AS
SELECT ['DN', 'ZV', 'PV'][1 + (hash(i, 'o') % 3)::INTEGER] AS office_code,
       DATE '2022-01-05' + (hash(i, 'l') % 1080)::INTEGER AS list_date,
       'F' || (hash(i, 'f') % 900) AS family_id,
       ['101', '102', '103', '104'][1 + (hash(i, 'b') % 4)::INTEGER] AS benefit_code,
       ['sf.a', 'sf.b'][1 + (hash(i, 'p') % 2)::INTEGER] AS budget_line,
       (hash(i, 'a') % 500000)::BIGINT AS amount_kop
FROM range(20000) t(i)`,
	// Material-aid applications of people registered as IDPs and not, on the day of
	// their registration, the day they were taken off the record and between, with
	// registrations in two offices.
	`CREATE TABLE ref_offices AS SELECT * FROM (VALUES ('DN', 'dniprovske'), ('ZV', 'zavodske')) t(code, slug)`,
	`CREATE TABLE ref_material_aid AS SELECT * FROM (VALUES ('1', 'перша'), ('2', 'друга')) t(code, name_uk)`,
	`CREATE TABLE stg_idp_registrations AS
SELECT CASE WHEN i % 10 = 0 THEN NULL ELSE 'P' || (hash(i, 'p') % 300) END AS person_id,
       CASE WHEN i % 20 = 0 THEN NULL ELSE 'C' || (hash(i, 'c') % 350) END AS certificate_id,
       DATE '2004-06-15' + (hash(i, 'b') % 7000)::INTEGER AS birth_date,
       DATE '2019-01-01' + (hash(i, 'r') % 1800)::INTEGER AS registered,
       CASE WHEN i % 3 = 0 THEN NULL ELSE DATE '2022-01-01' + (700 + hash(i, 'd') % 400)::INTEGER END AS deregistered,
       'vpo_' || ['dniprovske', 'zavodske'][1 + (i % 2)::INTEGER] || '_20250101.csv' AS source_file
FROM range(400) t(i)`,
	`CREATE TABLE core_material_aid AS
SELECT DATE '2022-01-01' + (hash(i, 'm') % 1100)::INTEGER AS meeting_date, 'P' || (hash(i, 'p') % 600) AS person_id,
       ['1', '2'][1 + (i % 2)::INTEGER] AS category, ['виділити', 'відмовити'][1 + (hash(i, 'x') % 2)::INTEGER] AS decision,
       (hash(i, 'a') % 100000)::BIGINT AS amount_kop
FROM range(3000) t(i)`,
}

// TestMartsMatchReference: the benefits marts, however they are computed, hold exactly
// the rows and column types of the reference queries, on synthetic edge cases and on
// the hand-checked fixture.
func TestMartsMatchReference(t *testing.T) {
	t.Run("synthetic", func(t *testing.T) {
		db, err := sql.Open("duckdb", "?threads=2&preserve_insertion_order=false")
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		for _, q := range syntheticData {
			mustExec(t, db, q)
		}
		for _, p := range []string{"marts/benefits_in_force.sql", "marts/mart_recipients_monthly.sql",
			"marts/mart_families_monthly.sql", "marts/mart_payments_monthly.sql", "marts/mart_material_aid_monthly.sql",
			"marts/mart_idp_registrations_monthly.sql"} {
			b, err := fs.ReadFile(sqlfs.FS, "models/"+p)
			if err != nil {
				t.Fatal(err)
			}
			mustExec(t, db, string(b))
		}
		for _, r := range referenceMarts {
			t.Run(r.table, func(t *testing.T) { mustMatch(t, db, r.table, r.query, 100) })
		}
	})
	t.Run("fixture", func(t *testing.T) {
		db := testkit.MustOpen(t, testkit.MustBuilt(t))
		for _, r := range referenceMarts {
			t.Run(r.table, func(t *testing.T) { mustMatch(t, db, r.table, r.query, 0) })
		}
	})
}

func mustExec(t *testing.T, db *sql.DB, q string) {
	t.Helper()
	if _, err := db.Exec(q); err != nil {
		t.Fatalf("%v\n%s", err, q)
	}
}

// mustMatch fails unless table has the reference query's column names and types and
// the same rows (as a multiset), and at least minRows of them.
func mustMatch(t *testing.T, db *sql.DB, table, query string, minRows int) {
	t.Helper()
	got, want := mustColumns(t, db, "DESCRIBE "+table), mustColumns(t, db, "DESCRIBE "+query)
	if got != want {
		t.Errorf("columns of %s: %s, reference: %s", table, got, want)
	}
	query = "SELECT * FROM (" + query + ")"
	var n, missing, extra int
	err := db.QueryRow(`SELECT (SELECT count(*) FROM `+table+`),
		(SELECT count(*) FROM (`+query+` EXCEPT ALL SELECT * FROM `+table+`)),
		(SELECT count(*) FROM (SELECT * FROM `+table+` EXCEPT ALL `+query+`))`).Scan(&n, &missing, &extra)
	if err != nil {
		t.Fatal(err)
	}
	if missing+extra > 0 || n < minRows {
		t.Errorf("%s: %d rows, %d of the reference's missing, %d not in it (want at least %d rows, none missing or extra)", table, n, missing, extra, minRows)
	}
}

// mustColumns lists "name type" of each column DESCRIBE shows, in order.
func mustColumns(t *testing.T, db *sql.DB, describe string) string {
	t.Helper()
	rows, err := db.Query(describe)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprint(vals[0], " ", vals[1]))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return strings.Join(out, ", ")
}
