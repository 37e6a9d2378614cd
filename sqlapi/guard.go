package sqlapi

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/hromadata/hromadata"
)

// maxQueryBytes bounds the text accepted for parsing.
const maxQueryBytes = 64 << 10

// checkSize refuses a query text over maxQueryBytes.
func checkSize(query string) error {
	if len(query) > maxQueryBytes {
		return hromadata.E(hromadata.TooLarge, fmt.Sprintf("запит довший за %d КБ", maxQueryBytes>>10))
	}
	return nil
}

// queryAttrs are a query's attributes for the query log: its text cut to
// maxQueryBytes, so that no text a client sends fills the log, and its length.
func queryAttrs(query string) []any {
	n := len(query)
	if n > maxQueryBytes {
		query = strings.ToValidUTF8(query[:maxQueryBytes], "") + "…"
	}
	return []any{"query", query, "query_bytes", n}
}

var errOnlySelect = hromadata.E(hromadata.Forbidden, "дозволено лише один запит SELECT (тільки читання): зміни даних, COPY, ATTACH, INSTALL/LOAD, SET, PRAGMA та інші команди заборонені")

// canonical parses the query with DuckDB's parser, checks its parse tree against the
// role's allowlist, and returns the one SELECT it contains, re-rendered from the parse
// tree. Executing the re-rendered text (not the caller's) means what runs is exactly
// what was checked: no trailing statement, no comment, nothing the parser did not see
// as that SELECT.
func canonical(ctx context.Context, db *sql.DB, query string, p policy) (string, error) {
	query = strings.TrimSpace(query)
	if query == "" {
		return "", hromadata.E(hromadata.Invalid, "порожній запит")
	}
	if err := checkSize(query); err != nil {
		return "", err
	}
	ps, err := parseSQL(ctx, db, query)
	if err != nil {
		return "", err
	}
	if len(ps.statements) != 1 {
		return "", hromadata.E(hromadata.Forbidden, fmt.Sprintf("дозволено лише один запит, а в тексті їх %d", len(ps.statements)))
	}
	if err := p.check(ps.statements[0]); err != nil {
		return "", err
	}
	return ps.render(ctx, db, "запит не вдалося перевірити: спростіть його")
}

// parsedSQL is a query as DuckDB's own parser saw it: the serialized tree and its
// statements.
type parsedSQL struct {
	tree       string
	statements []any
}

// parseSQL parses query with DuckDB's parser. A syntax error is the analyst's to
// fix (Invalid); a text the serializer cannot take is not a plain SELECT.
func parseSQL(ctx context.Context, db *sql.DB, query string) (parsedSQL, error) {
	var ps parsedSQL
	if err := db.QueryRowContext(ctx, "SELECT json_serialize_sql(?::VARCHAR)::VARCHAR", query).Scan(&ps.tree); err != nil {
		return ps, fmt.Errorf("serialize sql: %w", err)
	}
	var parsed struct {
		Error      bool   `json:"error"`
		ErrorType  string `json:"error_type"`
		Message    string `json:"error_message"`
		Statements []any  `json:"statements"`
	}
	if err := json.Unmarshal([]byte(ps.tree), &parsed); err != nil {
		return ps, fmt.Errorf("parse serialized sql: %w", err)
	}
	switch {
	case parsed.Error && parsed.ErrorType == "parser":
		return ps, hromadata.E(hromadata.Invalid, "синтаксична помилка: "+parsed.Message)
	case parsed.Error:
		return ps, errOnlySelect
	}
	ps.statements = parsed.Statements
	return ps, nil
}

// render is the checked tree as SQL text again: what runs is exactly what was
// checked. failed is said when DuckDB cannot render it.
func (ps parsedSQL) render(ctx context.Context, db *sql.DB, failed string) (string, error) {
	var text string
	if err := db.QueryRowContext(ctx, "SELECT json_deserialize_sql(?::VARCHAR::JSON)", ps.tree).Scan(&text); err != nil {
		return "", hromadata.E(hromadata.Invalid, failed)
	}
	return text, nil
}
