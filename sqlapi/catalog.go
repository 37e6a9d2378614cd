package sqlapi

import (
	"context"
	"database/sql"
	_ "embed"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/hromadata/hromadata"
)

// catalogSQL makes the PostgreSQL-shaped catalogue client tools read.
//
//go:embed catalog.sql
var catalogSQL string

// catalogRef says whether a query asks about the catalogue (pg_catalog,
// information_schema, version() and the like) rather than the data. It only routes
// the query: what answers it is an instance holding nothing but the names and
// column types of what the role may read.
var catalogRef = regexp.MustCompile(`(?i)\bpg_catalog\s*\.|\binformation_schema\s*\.|\bpg_[a-z_]+\b|\bversion\s*\(|\bcurrent_(schema|schemas|database|user)\b|\bsession_user\b|\bformat_type\s*\(|\bhas_[a-z]+_privilege\s*\(|\b(obj|col)_description\s*\(`)

// catalogRewrites turn PostgreSQL spellings DuckDB does not parse into its own: an
// operator named with OPERATOR(pg_catalog.~), the default collation, the pg_catalog
// schema (its relations and functions are the emulation's own, in main), and casts to
// object identifier types.
var catalogRewrites = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`(?i)OPERATOR\s*\(\s*pg_catalog\s*\.\s*([^)\s]+)\s*\)`), " $1 "},
	{regexp.MustCompile(`(?i)COLLATE\s+pg_catalog\s*\.\s*"?default"?`), ""},
	{regexp.MustCompile(`(?i)\bpg_catalog\s*\.\s*`), ""},
	{regexp.MustCompile(`(?i)\binformation_schema\s*\.`), "information_schema_."},
	{regexp.MustCompile(`(?i)'([a-z_][a-z0-9_]*)'\s*::\s*regclass\b`), "coalesce((SELECT oid FROM pg_class WHERE relname = '$1'), 0)"},
	{regexp.MustCompile(`(?i)::\s*"?(regclass|regtype|regproc|regprocedure|regnamespace|name|char)"?\b`), "::VARCHAR"},
	{regexp.MustCompile(`(?i)::\s*oid\b`), "::BIGINT"},
	// PostgreSQL names a function's single column after the alias of its call.
	{regexp.MustCompile(`(?i)\b(generate_series\s*\((?:[^()]|\([^()]*\))*\))\s+(?:AS\s+)?([a-z_]+)\b`), "$1 AS $2($2)"},
}

func rewriteCatalog(q string) string {
	for _, r := range catalogRewrites {
		q = r.re.ReplaceAllString(q, r.with)
	}
	return q
}

// firstRelationOID is where the emulated catalogue numbers the build's relations.
const firstRelationOID = 16384

// catalogDB is the role's catalogue instance for the open build, made on first use:
// in memory, with external access off and configuration locked like the build's.
func (w *worker) catalogDB(role string) (*sql.DB, error) {
	if db := w.catalogs[role]; db != nil {
		return db, nil
	}
	q := url.Values{}
	for k, v := range map[string]string{"threads": "1", "memory_limit": "128MB", "enable_external_access": "false",
		"autoinstall_known_extensions": "false", "autoload_known_extensions": "false", "allow_community_extensions": "false"} {
		q.Set(k, v)
	}
	db, err := sql.Open("duckdb", "?"+q.Encode())
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	if err := w.fillCatalog(db, role); err != nil {
		db.Close()
		return nil, fmt.Errorf("catalog: %w", err)
	}
	if _, err := db.Exec("SET lock_configuration = true"); err != nil {
		db.Close()
		return nil, err
	}
	w.catalogs[role] = db
	return db, nil
}

// fillCatalog runs catalog.sql and lists the role's relations and their columns in
// pg_class and pg_attribute.
func (w *worker) fillCatalog(db *sql.DB, role string) error {
	for _, stmt := range strings.Split(catalogSQL, ";\n") {
		if strings.TrimSpace(stmt) == "" {
			continue
		}
		if _, err := db.Exec(stmt); err != nil {
			return fmt.Errorf("%w in %.80s", err, stmt)
		}
	}
	rows, err := w.db.Query(`SELECT lower(table_name), column_name, data_type, column_index, NOT is_nullable
		FROM duckdb_columns() WHERE schema_name = 'main' AND NOT internal ORDER BY 1, 4`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var rels, attrs []any
	oid, last := int64(firstRelationOID-1), ""
	for rows.Next() {
		var table, column, typ string
		var num int
		var notNull bool
		if err := rows.Scan(&table, &column, &typ, &num, &notNull); err != nil {
			return err
		}
		if !mayRead(role, table) || !w.relations[table] {
			continue
		}
		if table != last {
			oid, last = oid+1, table
			rels = append(rels, oid, table)
		}
		t := PgTypeOf(typ)
		attrs = append(attrs, oid, column, t.OID, num, t.Typmod, notNull)
	}
	if err := rows.Err(); err != nil || len(rels) == 0 {
		return err
	}
	// One statement for each catalogue: row by row, a build's hundreds of columns
	// would take seconds of the first query's time limit.
	if _, err := db.Exec(`INSERT INTO pg_class (oid, relname, relnamespace, reltype, reloftype, relowner, relam,
		relfilenode, reltablespace, relpages, reltuples, relallvisible, reltoastrelid, relhasindex, relisshared,
		relpersistence, relkind, relnatts, relchecks, relhasrules, relhastriggers, relhassubclass, relrowsecurity,
		relforcerowsecurity, relispopulated, relreplident, relispartition, relrewrite)
		SELECT o, n, 2200, 0, 0, 10, 2, o, 0, 0, -1, 0, 0, false, false, 'p', 'r', 0, 0, false, false, false,
		false, false, true, 'd', false, 0 FROM (VALUES `+placeholders(len(rels)/2, 2)+`) v(o, n)`, rels...); err != nil {
		return err
	}
	_, err = db.Exec(`INSERT INTO pg_attribute (attrelid, attname, atttypid, attstattarget, attlen, attnum,
		attndims, atttypmod, attbyval, attalign, attstorage, attcompression, attnotnull, atthasdef, atthasmissing,
		attidentity, attgenerated, attisdropped, attislocal, attinhcount, attcollation)
		SELECT r, n, t, -1, -1, num, 0, m, false, 'i', 'p', '', nn, false, false, '', '', false, true, 0, 0
		FROM (VALUES `+placeholders(len(attrs)/6, 6)+`) v(r, n, t, num, m, nn)`, attrs...)
	return err
}

// placeholders is rows of (?, …) for a VALUES list.
func placeholders(rows, cols int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", cols), ", ") + ")"
	return strings.TrimSuffix(strings.Repeat(row+", ", rows), ", ")
}

// catalogQuery checks a query for the catalogue instance: one SELECT, reading none
// of the build's relations (which are empty there: an answer from them would be
// wrong, not merely empty), re-rendered from its parse tree.
func catalogQuery(ctx context.Context, db *sql.DB, query string, relations map[string]bool) (string, error) {
	ps, err := parseSQL(ctx, db, query)
	if err != nil {
		return "", err
	}
	if len(ps.statements) != 1 {
		return "", errOnlySelect
	}
	if name := buildRelation(ps.statements[0], relations); name != "" {
		return "", hromadata.E(hromadata.Forbidden, fmt.Sprintf("запит до каталогу не може водночас читати таблицю %s: запитуйте дані окремим запитом", name))
	}
	return ps.render(ctx, db, "запит до каталогу не вдалося перевірити: спростіть його")
}

// buildRelation names the first relation of the build a parse tree reads, if any.
func buildRelation(tree any, relations map[string]bool) string {
	switch n := tree.(type) {
	case map[string]any:
		if n["type"] == "BASE_TABLE" {
			name, _ := n["table_name"].(string)
			if relations[strings.ToLower(name)] && plainSchema(n["schema_name"]) {
				return name
			}
		}
		for _, v := range n {
			if name := buildRelation(v, relations); name != "" {
				return name
			}
		}
	case []any:
		for _, v := range n {
			if name := buildRelation(v, relations); name != "" {
				return name
			}
		}
	}
	return ""
}
