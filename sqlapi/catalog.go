package sqlapi

import (
	"context"
	"crypto/sha256"
	"database/sql"
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/warehouse"
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

// catalog is a role's catalogue instance for the open build, and the names it
// defines (which a query about the catalogue may use beside the allowlist's).
type catalog struct {
	db    *sql.DB
	names catalogNames
}

// catalogNames are the relations and macros catalog.sql makes: the emulation's
// own, which a query about the catalogue may read and call.
type catalogNames struct {
	relations map[string]bool // "pg_class", "information_schema_.tables"
	functions map[string]bool // "format_type", "pg_get_userbyid"
}

// catalogDB is the role's catalogue instance for the open build. It depends only on
// the build and the role, so it is made once per build, as a file beside the
// builds (catalogFile), and every worker after that (a worker is replaced after a
// time limit, a crash or an out-of-memory) opens it read-only instead of making it
// again. It is opened with external access off and configuration locked, like the
// build.
func (w *worker) catalogDB(role string) (*catalog, error) {
	if c := w.catalogs[role]; c != nil {
		return c, nil
	}
	path := catalogFile(w.build, role)
	if _, err := os.Stat(path); err != nil {
		if err := w.makeCatalog(path, role); err != nil {
			return nil, fmt.Errorf("catalog: %w", err)
		}
	}
	db, err := warehouse.OpenReadOnly(path, warehouse.Limits{Threads: 1, MemoryLimit: "128MB"})
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	names, err := readCatalogNames(db)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("catalog: %w", err)
	}
	c := &catalog{db: db, names: names}
	w.catalogs[role] = c
	return c, nil
}

// catalogFile is where a build's catalogue for a role is kept: in catalogs/ beside
// the builds (never matching the builds' own build-*.duckdb), named after the build,
// the role and catalog.sql, so that a binary with another catalog.sql makes its own.
func catalogFile(build, role string) string {
	sum := sha256.Sum256([]byte(catalogSQL))
	name := strings.TrimSuffix(filepath.Base(build), ".duckdb")
	return filepath.Join(filepath.Dir(build), "catalogs", fmt.Sprintf("%s.%s.%x.duckdb", name, role, sum[:4]))
}

// makeCatalog writes the role's catalogue of the open build to path: into a
// temporary file first, renamed into place when complete, so a worker making the
// same catalogue at the same time, or one killed midway, leaves no half of one.
// Catalogues of builds that are gone are removed.
func (w *worker) makeCatalog(path, role string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil { // beside the builds, as private as they are
		return err
	}
	removeStaleCatalogs(dir)
	tmp := fmt.Sprintf("%s.tmp-%d", path, os.Getpid())
	defer os.Remove(tmp)
	defer os.Remove(tmp + ".wal")
	q := url.Values{}
	for k, v := range map[string]string{"threads": "1", "memory_limit": "128MB", "enable_external_access": "false",
		"autoinstall_known_extensions": "false", "autoload_known_extensions": "false", "allow_community_extensions": "false"} {
		q.Set(k, v)
	}
	db, err := sql.Open("duckdb", tmp+"?"+q.Encode())
	if err != nil {
		return err
	}
	db.SetMaxOpenConns(1)
	if err := w.fillCatalog(db, role); err != nil {
		db.Close()
		return err
	}
	if err := db.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// removeStaleCatalogs removes the catalogues of builds no longer on disk (the
// warehouse keeps the last few builds only).
func removeStaleCatalogs(dir string) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.duckdb"))
	for _, f := range files {
		if _, err := os.Stat(filepath.Join(filepath.Dir(dir), buildOfCatalog(filepath.Base(f)))); errors.Is(err, fs.ErrNotExist) {
			os.Remove(f)
		}
	}
}

// catalogExtraFunctions are DuckDB's functions outside the allowlist that client
// tools' catalogue queries call (psql's \d: array_to_string); in the catalogue
// instance they see only its names.
var catalogExtraFunctions = []string{"array_to_string"}

// buildOfCatalog is the build file a catalogue file was made for: its name without
// the role and hash catalogFile appends (a build's own name has dots in it too).
func buildOfCatalog(name string) string {
	name = strings.TrimSuffix(name, ".duckdb")
	for range 2 {
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			name = name[:i]
		}
	}
	return name + ".duckdb"
}

// readCatalogNames lists what a query about the catalogue may read and call in a
// catalogue instance: the relations and macros catalog.sql made, and DuckDB's own
// PostgreSQL-compatible views and macros (schema pg_catalog: pg_depend, pg_indexes,
// pg_function_is_visible …), which there describe nothing but the catalogue itself.
func readCatalogNames(db *sql.DB) (catalogNames, error) {
	n := catalogNames{relations: map[string]bool{}, functions: map[string]bool{}}
	for _, f := range catalogExtraFunctions {
		n.functions[f] = true
	}
	rows, err := db.Query(`SELECT 'r', CASE WHEN schema_name = 'main' THEN '' ELSE schema_name || '.' END || lower(table_name)
		FROM duckdb_tables() WHERE database_name NOT IN ('system', 'temp')
		UNION ALL SELECT 'r', CASE WHEN schema_name IN ('main', 'pg_catalog') THEN '' ELSE schema_name || '.' END || lower(view_name)
		FROM duckdb_views() WHERE database_name NOT IN ('system', 'temp') AND NOT internal OR schema_name = 'pg_catalog'
		UNION ALL SELECT DISTINCT 'f', lower(function_name) FROM duckdb_functions()
		WHERE database_name NOT IN ('system', 'temp') AND NOT internal AND function_type IN ('macro', 'table_macro')
		OR schema_name = 'pg_catalog' AND function_type = 'macro'`)
	if err != nil {
		return n, err
	}
	defer rows.Close()
	for rows.Next() {
		var kind, name string
		if err := rows.Scan(&kind, &name); err != nil {
			return n, err
		}
		if kind == "r" {
			n.relations[name] = true
		} else {
			n.functions[name] = true
		}
	}
	return n, rows.Err()
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
// wrong, not merely empty), and otherwise held to the same allowlist as a query of
// the build, with the catalogue's own relations and macros in place of the build's
// relations; re-rendered from its parse tree.
func catalogQuery(ctx context.Context, db *sql.DB, query string, p policy) (string, error) {
	ps, err := parseSQL(ctx, db, query)
	if err != nil {
		return "", err
	}
	if len(ps.statements) != 1 {
		return "", errOnlySelect
	}
	if name := buildRelation(ps.statements[0], p.relations); name != "" {
		if !mayRead(p.role, strings.ToLower(name)) { // said as of any relation hidden from the role, so as not to tell it exists
			return "", refuse("таблиця %s недоступна для ролі %s", name, p.role)
		}
		return "", hromadata.E(hromadata.Forbidden, fmt.Sprintf("запит до каталогу не може водночас читати таблицю %s: запитуйте дані окремим запитом", name))
	}
	if err := p.check(ps.statements[0]); err != nil {
		return "", err
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
