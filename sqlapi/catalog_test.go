package sqlapi

import (
	"context"
	"strings"
	"testing"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/auth"
)

// TestParametersOnlyFromPG: $n parameters pass the allowlist only for the
// PostgreSQL endpoint, which binds them.
func TestParametersOnlyFromPG(t *testing.T) {
	db := mustMemDB(t)
	relations := map[string]bool{"mart_recipients_monthly": true}
	q := "SELECT * FROM mart_recipients_monthly WHERE as_of = $1"
	if _, err := canonical(context.Background(), db, q, policy{role: auth.Analyst, relations: relations}); err == nil || !strings.Contains(err.Error(), "PARAMETER") {
		t.Errorf("/api/sql: %v, want PARAMETER refused", err)
	}
	if _, err := canonical(context.Background(), db, q, policy{role: auth.Analyst, relations: relations, params: true}); err != nil {
		t.Errorf("pg endpoint: %v", err)
	}
}

// TestCatalogQuery: a query about the catalogue may not read the build's relations
// (empty in the catalogue instance), and only one SELECT passes.
func TestCatalogQuery(t *testing.T) {
	db := mustMemDB(t)
	relations := map[string]bool{"mart_recipients_monthly": true}
	tests := []struct {
		name, query, refusal string
		kind                 hromadata.Kind
	}{
		{"catalogue", "SELECT relname FROM pg_class WHERE relname ~ '^(m)$'", "", 0},
		{"catalogue and data", "SELECT * FROM pg_class, mart_recipients_monthly", "не може водночас читати таблицю mart_recipients_monthly", hromadata.Forbidden},
		{"not a select", "COPY pg_class TO '/tmp/x'", "лише один запит SELECT", hromadata.Forbidden},
		{"two statements", "SELECT 1 FROM pg_class; SELECT 2", "лише один запит SELECT", hromadata.Forbidden},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := catalogQuery(context.Background(), db, tt.query, relations)
			switch {
			case tt.refusal == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tt.refusal != "" && (err == nil || !strings.Contains(err.Error(), tt.refusal) || hromadata.KindOf(err) != tt.kind):
				t.Errorf("got %v, want %q", err, tt.refusal)
			}
		})
	}
}

// TestRewriteCatalog: psql's spellings become DuckDB's.
func TestRewriteCatalog(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"operator and collation", "c.relname OPERATOR(pg_catalog.~) '^(t)$' COLLATE pg_catalog.default", "c.relname  ~  '^(t)$' "},
		{"schema", "pg_catalog.pg_class c", "pg_class c"},
		{"information_schema", "information_schema.tables", "information_schema_.tables"},
		{"regclass", "c.oid::pg_catalog.regclass", "c.oid::VARCHAR"},
		{"name as regclass", "d.classoid = 'pg_namespace'::regclass", "d.classoid = coalesce((SELECT oid FROM pg_class WHERE relname = 'pg_namespace'), 0)"},
		{"generate_series alias", "FROM pg_catalog.generate_series(0, pg_catalog.array_upper(x, 1)) s, t", "FROM generate_series(0, array_upper(x, 1)) AS s(s), t"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rewriteCatalog(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
