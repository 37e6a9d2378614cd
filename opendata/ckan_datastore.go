package opendata

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/url"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	_ "github.com/duckdb/duckdb-go/v2" // the "duckdb" driver reads the release's Parquet
)

// datastore_search reads the latest release's Parquet file of the dataset a
// resource belongs to (every resource of a dataset holds the same table), with
// an in-memory DuckDB: never the live build, so the API answers exactly what
// the release publishes.

const (
	datastoreDefaultLimit = 100
	datastoreMaxLimit     = 32000 // CKAN's ckan.datastore.search.rows_max
)

var memDB struct {
	once sync.Once
	db   *sql.DB
	err  error
}

// datastoreDB is one small in-memory DuckDB for every datastore query.
func datastoreDB() (*sql.DB, error) {
	memDB.once.Do(func() {
		memDB.db, memDB.err = sql.Open("duckdb", "?threads=1&memory_limit=256MB&autoinstall_known_extensions=false&autoload_known_extensions=false")
		if memDB.err == nil {
			memDB.db.SetMaxOpenConns(2)
		}
	})
	return memDB.db, memDB.err
}

// ckanFieldType is the datastore's name for a structure type.
func ckanFieldType(t string) string {
	switch t {
	case "date":
		return "date"
	case "integer":
		return "int"
	case "number":
		return "numeric"
	case "boolean":
		return "bool"
	}
	return "text"
}

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// datastoreQuery is one validated datastore_search.
type datastoreQuery struct {
	columns []string // selected, in order
	where   []string
	args    []any
	order   string
}

func (s *Site) ckanDatastoreSearch(c *gin.Context, p ckanParams) (any, *ckanError) {
	resID := firstNonEmpty(p.str("resource_id"), p.str("id"))
	if resID == "" {
		return nil, ckanInvalid("resource_id", "Missing value")
	}
	v := s.ckanView(c.Request)
	_, e, ok := v.resource(resID)
	if !ok {
		if e, ok = v.find(resID); !ok || ckanUUID("dataset/"+e.d.ID) == resID { // a dataset's name is the alias of its table
			return nil, ckanNotFound(fmt.Sprintf("Resource \"%s\" was not found.", resID))
		}
	}
	file, ok := e.rd.Files["parquet"]
	if !ok {
		return nil, ckanNotFound(fmt.Sprintf("Resource \"%s\" was not found.", resID))
	}
	limit, err := p.natural("limit", datastoreDefaultLimit, datastoreMaxLimit)
	if err != nil {
		return nil, err
	}
	offset, err := p.natural("offset", 0, 1<<31)
	if err != nil {
		return nil, err
	}
	format := firstNonEmpty(p.str("records_format"), "objects")
	if format != "objects" && format != "lists" {
		return nil, ckanInvalid("records_format", "Value must be one of ['objects', 'lists']")
	}
	q, err := buildDatastoreQuery(e.d, p)
	if err != nil {
		return nil, err
	}
	db, derr := datastoreDB()
	if derr != nil {
		return nil, ckanInternal(derr)
	}
	src := fmt.Sprintf("(SELECT file_row_number + 1 AS _id, * FROM read_parquet('%s', file_row_number = true))",
		strings.ReplaceAll(filepath.Join(v.dir, file), "'", "''"))
	where := ""
	if len(q.where) > 0 {
		where = " WHERE " + strings.Join(q.where, " AND ")
	}
	records, rerr := queryRecords(db, "SELECT "+strings.Join(quoteAll(q.columns), ", ")+" FROM "+src+where+" ORDER BY "+q.order+
		fmt.Sprintf(" LIMIT %d OFFSET %d", limit, offset), q.args, q.columns, format)
	if rerr != nil {
		return nil, ckanInternal(rerr)
	}
	out := gin.H{
		"resource_id": ckanResourceID(e, resID), "fields": fieldsOf(e.d, q.columns), "records": records,
		"records_format": format, "limit": limit, "offset": offset, "include_total": p.boolean("include_total", true),
		"total_estimation_threshold": nil, "_links": datastoreLinks(c.Request.URL.Path, p, offset, limit),
	}
	echoParams(out, p)
	if out["include_total"] == true {
		var total int
		if err := db.QueryRow("SELECT count(*) FROM "+src+where, q.args...).Scan(&total); err != nil {
			return nil, ckanInternal(err)
		}
		out["total"], out["total_was_estimated"] = total, false
	}
	return out, nil
}

// echoParams repeats filters, q and sort in the answer as CKAN does: parsed
// JSON objects, not the strings of a query string.
func echoParams(out gin.H, p ckanParams) {
	for _, k := range []string{"filters", "q"} {
		if m, err := objectParam(p[k]); err == nil && m != nil {
			out[k] = m
		} else if _, set := p[k]; set {
			out[k] = p.str(k)
		}
	}
	if s := p.str("sort"); s != "" {
		out["sort"] = s
	}
}

// ckanResourceID is the id a datastore answer names: the resource asked for,
// or the dataset's CSV resource when the dataset's name was the alias.
func ckanResourceID(e entry, asked string) string {
	if asked == e.d.ID {
		return ckanUUID("resource/" + e.d.ID + "/csv")
	}
	return asked
}

func quoteAll(cols []string) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = quoteIdent(c)
	}
	return out
}

// buildDatastoreQuery checks fields, filters, q and sort against the dataset's
// columns and turns them into SQL with every value a parameter.
func buildDatastoreQuery(d Dataset, p ckanParams) (datastoreQuery, *ckanError) {
	known := map[string]bool{"_id": true}
	all := []string{"_id"}
	for _, f := range d.Fields {
		known[f.Name] = true
		all = append(all, f.Name)
	}
	q := datastoreQuery{columns: all, order: "_id"}
	if fields := listParam(p["fields"]); len(fields) > 0 {
		for _, f := range fields {
			if !known[f] {
				return q, ckanInvalid("fields", fmt.Sprintf("field \"%s\" not in table", f))
			}
		}
		q.columns = fields
	}
	filters, err := objectParam(p["filters"])
	if err != nil {
		return q, ckanInvalid("filters", "Not a JSON object")
	}
	for _, col := range sortedKeys(filters) {
		if !known[col] {
			return q, ckanInvalid("filters", fmt.Sprintf("field \"%s\" not in table", col))
		}
		vals := scalarList(filters[col])
		marks := make([]string, len(vals))
		for i, v := range vals {
			marks[i] = "?"
			q.args = append(q.args, v)
		}
		if len(vals) == 0 {
			q.where = append(q.where, "false")
			continue
		}
		q.where = append(q.where, "CAST("+quoteIdent(col)+" AS VARCHAR) IN ("+strings.Join(marks, ", ")+")")
	}
	if err := q.fullText(p["q"], all, known); err != nil {
		return q, err
	}
	if s := p.str("sort"); s != "" {
		var order []string
		for _, part := range strings.Split(s, ",") {
			f := strings.Fields(part)
			if len(f) == 0 {
				continue
			}
			col := strings.Trim(f[0], `"`)
			if !known[col] {
				return q, ckanInvalid("sort", fmt.Sprintf("field \"%s\" not in table", col))
			}
			dir := "ASC"
			if len(f) > 1 && strings.EqualFold(f[1], "desc") {
				dir = "DESC"
			} else if len(f) > 1 && !strings.EqualFold(f[1], "asc") {
				return q, ckanInvalid("sort", fmt.Sprintf("invalid sort direction \"%s\"", f[1]))
			}
			order = append(order, quoteIdent(col)+" "+dir)
		}
		q.order = strings.Join(append(order, "_id"), ", ")
	}
	return q, nil
}

// fullText adds q: a string matches rows where every word is in some column;
// an object {"column": "words"} looks in that column.
func (q *datastoreQuery) fullText(raw any, all []string, known map[string]bool) *ckanError {
	if raw == nil || raw == "" {
		return nil
	}
	if m, err := objectParam(raw); err == nil && len(m) > 0 {
		for _, col := range sortedKeys(m) {
			if !known[col] {
				return ckanInvalid("q", fmt.Sprintf("field \"%s\" not in table", col))
			}
			for _, w := range strings.Fields(fmt.Sprint(m[col])) {
				q.where = append(q.where, "CAST("+quoteIdent(col)+" AS VARCHAR) ILIKE ? ESCAPE '\\'")
				q.args = append(q.args, "%"+likeEscape(w)+"%")
			}
		}
		return nil
	}
	for _, w := range strings.Fields(fmt.Sprint(raw)) {
		var ors []string
		for _, col := range all[1:] {
			ors = append(ors, "CAST("+quoteIdent(col)+" AS VARCHAR) ILIKE ? ESCAPE '\\'")
			q.args = append(q.args, "%"+likeEscape(w)+"%")
		}
		q.where = append(q.where, "("+strings.Join(ors, " OR ")+")")
	}
	return nil
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// listParam reads a list given as a JSON list, a list of values or "a,b".
func listParam(v any) []string {
	switch x := v.(type) {
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, strings.TrimSpace(fmt.Sprint(e)))
		}
		return out
	case string:
		var list []string
		if json.Unmarshal([]byte(x), &list) == nil {
			return list
		}
		var out []string
		for _, f := range strings.Split(x, ",") {
			if f = strings.TrimSpace(f); f != "" {
				out = append(out, f)
			}
		}
		return out
	}
	return nil
}

// objectParam reads a JSON object given as such or as a string.
func objectParam(v any) (map[string]any, error) {
	switch x := v.(type) {
	case nil:
		return nil, nil
	case map[string]any:
		return x, nil
	case string:
		if strings.TrimSpace(x) == "" {
			return nil, nil
		}
		var m map[string]any
		err := json.Unmarshal([]byte(x), &m)
		return m, err
	}
	return nil, fmt.Errorf("not an object")
}

// scalarList is a filter's values as the text DuckDB casts the column to.
func scalarList(v any) []any {
	list, ok := v.([]any)
	if !ok {
		list = []any{v}
	}
	out := make([]any, len(list))
	for i, x := range list {
		switch y := x.(type) {
		case float64:
			out[i] = strconv.FormatFloat(y, 'f', -1, 64)
		default:
			out[i] = fmt.Sprint(y)
		}
	}
	return out
}

func sortedKeys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func fieldsOf(d Dataset, cols []string) []map[string]any {
	types := map[string]string{"_id": "int"}
	for _, f := range d.Fields {
		types[f.Name] = ckanFieldType(f.Type)
	}
	out := make([]map[string]any, len(cols))
	for i, c := range cols {
		out[i] = map[string]any{"id": c, "type": types[c]}
	}
	return out
}

func queryRecords(db *sql.DB, query string, args []any, cols []string, format string) ([]any, error) {
	rows, err := db.Query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	records := []any{}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		for i, v := range vals {
			if t, ok := v.(time.Time); ok {
				vals[i] = t.Format("2006-01-02")
			}
		}
		if format == "lists" {
			records = append(records, vals)
			continue
		}
		rec := make(map[string]any, len(cols))
		for i, c := range cols {
			rec[c] = vals[i]
		}
		records = append(records, rec)
	}
	return records, rows.Err()
}

// datastoreLinks are the paths of the first and the next page, as CKAN gives them.
func datastoreLinks(path string, p ckanParams, offset, limit int) map[string]string {
	q := url.Values{}
	for k := range p {
		if k != "offset" {
			q.Set(k, p.str(k))
		}
	}
	start := path + "?" + q.Encode()
	q.Set("offset", strconv.Itoa(offset+limit))
	return map[string]string{"start": start, "next": path + "?" + q.Encode()}
}
