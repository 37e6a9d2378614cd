package sqlapi

import (
	"context"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata/auth"
	sqlfs "github.com/hromadata/hromadata/sql"
)

// Relation is a table or view the token's role may read, as the schema browser shows it.
type Relation struct {
	Name        string          `json:"name"`
	Kind        string          `json:"kind"` // "table" or "view"
	Description string          `json:"description,omitempty"`
	Columns     []RelationField `json:"columns"`
}

// RelationField is one column of a relation with its DuckDB type.
type RelationField struct {
	Name        string `json:"name"`
	Type        string `json:"type"`
	Description string `json:"description,omitempty"`
}

// modelDoc is what a model file's header comment says about its table.
type modelDoc struct {
	description string
	columns     map[string]string
}

var (
	docsOnce sync.Once
	docs     map[string]modelDoc
)

// modelDocs parses the header comments of the embedded model files once. Analysts
// read Ukrainian: "-- table: text" describes the table and "-- column NAME: text" its
// columns, for the schema browser; a model without a table line is described by its
// (English) prose. "-- test:" lines are the data tests' and are left out.
func modelDocs() map[string]modelDoc {
	docsOnce.Do(func() {
		docs = map[string]modelDoc{}
		fs.WalkDir(sqlfs.FS, "models", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".sql") {
				return nil
			}
			b, err := fs.ReadFile(sqlfs.FS, p)
			if err == nil {
				docs[strings.TrimSuffix(path.Base(p), ".sql")] = parseModelDoc(string(b))
			}
			return nil
		})
	})
	return docs
}

func parseModelDoc(text string) modelDoc {
	doc := modelDoc{columns: map[string]string{}}
	var prose []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "--") {
			break
		}
		line = strings.TrimSpace(strings.TrimPrefix(line, "--"))
		switch {
		case strings.HasPrefix(line, "test:"):
		case strings.HasPrefix(line, "table:"):
			doc.description = strings.TrimSpace(strings.TrimPrefix(line, "table:"))
		case strings.HasPrefix(line, "column "):
			name, desc, ok := strings.Cut(strings.TrimPrefix(line, "column "), ":")
			if ok {
				doc.columns[strings.TrimSpace(name)] = strings.TrimSpace(desc)
			}
		default:
			prose = append(prose, line)
		}
	}
	if doc.description == "" {
		doc.description = strings.Join(prose, " ")
	}
	return doc
}

// refDescriptions describe the reference tables, which come from seeds without comments.
var refDescriptions = map[string]string{
	"ref_offices":            "Районні управління соціального захисту: код, латинська назва у файлах, назва.",
	"ref_benefits":           "Довідник державних допомог: код, назва, група, бюджетна програма.",
	"ref_budget_lines":       "Рядки бюджету департаменту: КПКВК, фонд, назва, батьківський рядок.",
	"ref_material_aid":       "Категорії заявників на матеріальну допомогу.",
	"ref_privileges":         "Категорії пільг (LGCODE): назва, група у звіті, хто надає статус.",
	"ref_centre_services":    "Послуги центрів підтримки: код, центр, назва, показник звіту.",
	"ref_city_payments":      "Виплати за міськими програмами: код, назва, періодичність, бюджетна програма.",
	"ref_kekv":               "Економічна класифікація видатків (КЕКВ).",
	"ref_department_actions": "Види подарунків, наборів і відшкодувань департаменту.",
}

// Schema lists the relations of the build a role may read, with their columns.
func (a *API) Schema(ctx context.Context, role string) ([]Relation, error) {
	db, release, err := a.Serving.AcquireContext(ctx)
	if err != nil {
		return nil, err
	}
	defer release()
	rows, err := db.QueryContext(ctx, `SELECT c.table_name, CASE WHEN v.view_name IS NULL THEN 'table' ELSE 'view' END, c.column_name, c.data_type
		FROM duckdb_columns() c LEFT JOIN duckdb_views() v ON v.schema_name = c.schema_name AND v.view_name = c.table_name
		WHERE c.schema_name = 'main' AND c.database_name = current_database() AND NOT c.internal
		ORDER BY c.table_name, c.column_index`)
	if err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	defer rows.Close()
	all := modelDocs()
	var out []Relation
	for rows.Next() {
		var table, kind, col, typ string
		if err := rows.Scan(&table, &kind, &col, &typ); err != nil {
			return nil, err
		}
		if !mayRead(role, strings.ToLower(table)) {
			continue
		}
		doc := all[table]
		if len(out) == 0 || out[len(out)-1].Name != table {
			desc := doc.description
			if desc == "" {
				desc = refDescriptions[table]
			}
			out = append(out, Relation{Name: table, Kind: kind, Description: desc})
		}
		r := &out[len(out)-1]
		r.Columns = append(r.Columns, RelationField{Name: col, Type: typ, Description: doc.columns[col]})
	}
	return out, rows.Err()
}

// handleSchema answers GET /api/sql/schema for the token's role.
func (a *API) handleSchema(c *gin.Context) {
	tok, ok := a.authorize(c)
	if !ok {
		return
	}
	rels, err := a.Schema(c.Request.Context(), tok.Role)
	if err != nil {
		a.ops().Error("sql schema", "err", err.Error())
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"role": tok.Role, "relations": rels})
}

// authorize checks the bearer token, answering the refusal itself.
func (a *API) authorize(c *gin.Context) (auth.Token, bool) {
	tok, err := a.Tokens.CheckHeader(c.GetHeader("Authorization"), time.Now())
	if err != nil {
		a.Log.Warn("sql refused", "who", "", "reason", err.Error(), "remote", c.ClientIP())
		fail(c, err)
		return tok, false
	}
	return tok, true
}
