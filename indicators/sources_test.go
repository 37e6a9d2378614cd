package indicators_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/hromadata/hromadata/etl"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/models"
	sqlfs "github.com/hromadata/hromadata/sql"
)

// TestIndicatorSources keeps every indicator's "-- sources:" true: it names at least
// one export, only exports the loader knows, and only exports its SQL can read —
// through the models and macros it uses down to their raw_ tables.
func TestIndicatorSources(t *testing.T) {
	cat, err := indicators.Catalogue()
	if err != nil {
		t.Fatal(err)
	}
	reach := mustReach(t)
	known := map[string]bool{}
	for _, s := range etl.Sources() {
		known[s.ID] = true
	}
	for _, ind := range cat {
		if len(ind.Sources) == 0 {
			t.Errorf("%s (%s): no sources", ind.ID, ind.File)
		}
		reads := reach(ind.SQL)
		for _, s := range ind.Sources {
			if !known[s] {
				t.Errorf("%s: unknown source %q", ind.ID, s)
			} else if !reads[s] {
				t.Errorf("%s: declares %s, but its SQL reads only %v", ind.ID, s, keys(reads))
			}
		}
	}
}

var identRe = regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*`)

// mustReach returns what sources a query reads through the warehouse's models.
func mustReach(t *testing.T) func(sql string) map[string]bool {
	t.Helper()
	var known []string
	for _, s := range etl.Sources() {
		known = append(known, "raw_"+s.ID)
	}
	ms, err := models.Load(sqlfs.FS, "models", known)
	if err != nil {
		t.Fatal(err)
	}
	provides := map[string]*models.Model{}
	macro := regexp.MustCompile(`(?i)CREATE\s+(?:OR\s+REPLACE\s+)?MACRO\s+([A-Za-z_][A-Za-z0-9_]*)`)
	for i := range ms {
		provides[ms[i].Name] = &ms[i]
		for _, m := range macro.FindAllStringSubmatch(ms[i].SQL, -1) {
			provides[strings.ToLower(m[1])] = &ms[i]
		}
	}
	return func(sql string) map[string]bool {
		out := map[string]bool{}
		seen := map[string]bool{}
		var walk func(text string)
		walk = func(text string) {
			for _, id := range identRe.FindAllString(text, -1) {
				id = strings.ToLower(id)
				if src, ok := strings.CutPrefix(id, "raw_"); ok {
					out[src] = true
				}
				if m, ok := provides[id]; ok && !seen[m.Name] {
					seen[m.Name] = true
					walk(m.SQL)
				}
			}
		}
		walk(sql)
		return out
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// TestParseSources: a "-- sources:" line in the file's leading comment applies to
// every block; one in a block's header overrides it for that block.
func TestParseSources(t *testing.T) {
	fsys := fstest.MapFS{"ind/a.sql": {Data: []byte(`-- Leading comment.
-- sources: benefit_assignments, benefit_payments

-- id: a.one
-- label: One
-- unit: persons
-- kind: flow
SELECT 1;

-- id: a.two
-- sources: documents
-- label: Two
-- unit: persons
-- kind: stock
SELECT 2;
`)}}
	inds, err := indicators.Parse(fsys, "ind")
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"benefit_assignments,benefit_payments", "documents"} {
		if got := strings.Join(inds[i].Sources, ","); got != want {
			t.Errorf("%s: sources %q, want %q", inds[i].ID, got, want)
		}
	}
}
