package models

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestOrder(t *testing.T) {
	fsys := fstest.MapFS{
		"m/marts/mart_b.sql":   {Data: []byte("CREATE TABLE mart_b AS SELECT * FROM core_a JOIN ref_x USING (id) WHERE total(id) > 0")},
		"m/core/core_a.sql":    {Data: []byte("-- reads stg_a, not mart_b\nCREATE TABLE core_a AS SELECT * FROM stg_a")},
		"m/staging/stg_a.sql":  {Data: []byte("CREATE TABLE stg_a AS SELECT * FROM raw_a")},
		"m/core/fn_total.sql":  {Data: []byte("CREATE MACRO total(x) AS (SELECT count(*) FROM stg_a)")},
		"m/staging/readme.txt": {Data: []byte("not a model")},
	}
	ms, err := Load(fsys, "m", []string{"raw_a", "ref_x"})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, m := range ms {
		names = append(names, m.Name)
	}
	pos := map[string]int{}
	for i, n := range names {
		pos[n] = i
	}
	for _, edge := range [][2]string{{"stg_a", "core_a"}, {"core_a", "mart_b"}, {"fn_total", "mart_b"}, {"stg_a", "fn_total"}} {
		if pos[edge[0]] > pos[edge[1]] {
			t.Errorf("%s runs after %s: %v", edge[0], edge[1], names)
		}
	}
	if len(names) != 4 {
		t.Errorf("models = %v", names)
	}
}

func TestCycle(t *testing.T) {
	fsys := fstest.MapFS{
		"m/a.sql": {Data: []byte("CREATE TABLE a AS SELECT * FROM b")},
		"m/b.sql": {Data: []byte("CREATE TABLE b AS SELECT * FROM a")},
	}
	if _, err := Load(fsys, "m", nil); err == nil || !strings.Contains(err.Error(), "cycle") {
		t.Errorf("err = %v, want a cycle", err)
	}
}

func TestGenericTests(t *testing.T) {
	m := Model{Name: "t", SQL: `-- test: unique(a, b)
-- test: not_null(a, c)
-- test: accepted_values(s, 'x', 'y')
-- test: relationships(code, ref.code)
CREATE TABLE t AS SELECT 1`}
	tests, err := genericTests(m)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"SELECT a, b, count(*) AS n FROM t GROUP BY ALL HAVING count(*) > 1",
		"SELECT * FROM t WHERE a IS NULL",
		"SELECT * FROM t WHERE c IS NULL",
		"SELECT s, count(*) AS n FROM t WHERE s NOT IN ('x', 'y') GROUP BY ALL",
		"SELECT t.code, count(*) AS n FROM t t WHERE t.code IS NOT NULL AND t.code NOT IN (SELECT code FROM ref) GROUP BY ALL",
	}
	if len(tests) != len(want) {
		t.Fatalf("%d tests, want %d", len(tests), len(want))
	}
	for i, w := range want {
		if tests[i].SQL != w {
			t.Errorf("test %d:\n got %s\nwant %s", i, tests[i].SQL, w)
		}
	}
	if _, err := genericTests(Model{Name: "t", SQL: "-- test: frobnicate(a)"}); err == nil {
		t.Error("an unknown test kind was accepted")
	}
}
