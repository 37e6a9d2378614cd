package indicators

import (
	"context"
	"regexp"
	"strings"

	"github.com/hromadata/hromadata/warehouse"
)

// ByOffice says which indicators can be computed for an office: those whose SQL,
// with the macros it calls expanded as the build defines them, reads only
// relations the office's schema filters (their rows carry an office) or reference
// tables (ref_…, codes rather than records). Derived from the build, not a list
// by hand, so that a new indicator over an office-less table is CityOnly by itself.
// A relation named with its schema (main.x) is read unfiltered, and a view of
// main reads main whatever the search_path: neither is split by office unless
// the view itself carries office_code.
func ByOffice(ctx context.Context, db querier, office string, inds []Indicator) (map[string]bool, error) {
	d, err := readDeps(ctx, db, warehouse.OfficeSchema(office))
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool, len(inds))
	for _, ind := range inds {
		out[ind.ID] = d.byOffice(ind.SQL)
	}
	return out, nil
}

// deps is what the build knows of its relations and macros.
type deps struct {
	main     map[string]bool   // relations of main
	filtered map[string]bool   // those the office schema filters
	macros   map[string]string // macro name → its definitions
}

func readDeps(ctx context.Context, db querier, schema string) (deps, error) {
	d := deps{main: map[string]bool{}, filtered: map[string]bool{}, macros: map[string]string{}}
	rows, err := db.QueryContext(ctx, `
		SELECT schema_name, lower(table_name) FROM duckdb_tables() WHERE NOT temporary
		UNION ALL SELECT schema_name, lower(view_name) FROM duckdb_views() WHERE NOT internal AND NOT temporary
		UNION ALL SELECT '()', lower(function_name) || chr(0) || coalesce(macro_definition, '')
		  FROM duckdb_functions() WHERE function_type IN ('macro', 'table_macro') AND NOT internal`)
	if err != nil {
		return d, err
	}
	defer rows.Close()
	for rows.Next() {
		var s, name string
		if err := rows.Scan(&s, &name); err != nil {
			return d, err
		}
		switch s {
		case "main":
			d.main[name] = true
		case schema:
			d.filtered[name] = true
		case "()":
			n, def, _ := strings.Cut(name, "\x00")
			d.macros[n] += " " + strings.ToLower(def)
		}
	}
	return d, rows.Err()
}

// byOffice says whether query reads records of one office only.
func (d deps) byOffice(query string) bool {
	reads, unfiltered := map[string]bool{}, false
	seen := map[string]bool{}
	var walk func(string)
	walk = func(q string) {
		for _, m := range identRE.FindAllStringSubmatch(stripSQL(strings.ToLower(q)), -1) {
			qual, name := m[1], m[2]
			if def, ok := d.macros[name]; ok && qual == "" && !seen[name] {
				seen[name] = true
				walk(def)
			}
			if d.main[name] && (qual == "" || qual == "main") {
				reads[name] = true
				unfiltered = unfiltered || qual == "main"
			}
		}
	}
	walk(query)
	if unfiltered || len(reads) == 0 {
		return false
	}
	for r := range reads {
		if !d.filtered[r] && !strings.HasPrefix(r, "ref_") {
			return false
		}
	}
	return true
}

// identRE is an identifier with an optional qualifier: main.core_x, e.amount, x.
var identRE = regexp.MustCompile(`(?:([a-z_][a-z0-9_]*)\s*\.\s*)?([a-z_][a-z0-9_]*)`)

// literalRE is a comment or a string literal.
var literalRE = regexp.MustCompile(`(?s)--[^\n]*|/\*.*?\*/|'(?:[^']|'')*'`)

// stripSQL blanks comments and string literals, where a relation's name reads nothing.
func stripSQL(q string) string { return literalRE.ReplaceAllString(q, " ") }
