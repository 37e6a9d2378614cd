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
	if len(query) > maxQueryBytes {
		return "", hromadata.E(hromadata.TooLarge, fmt.Sprintf("запит довший за %d КБ", maxQueryBytes>>10))
	}
	var tree string
	if err := db.QueryRowContext(ctx, "SELECT json_serialize_sql(?::VARCHAR)::VARCHAR", query).Scan(&tree); err != nil {
		return "", fmt.Errorf("serialize sql: %w", err)
	}
	var parsed struct {
		Error      bool   `json:"error"`
		ErrorType  string `json:"error_type"`
		Message    string `json:"error_message"`
		Statements []any  `json:"statements"`
	}
	if err := json.Unmarshal([]byte(tree), &parsed); err != nil {
		return "", fmt.Errorf("parse serialized sql: %w", err)
	}
	switch {
	case parsed.Error && parsed.ErrorType == "parser":
		return "", hromadata.E(hromadata.Invalid, "синтаксична помилка: "+parsed.Message)
	case parsed.Error:
		return "", errOnlySelect
	case len(parsed.Statements) != 1:
		return "", hromadata.E(hromadata.Forbidden, fmt.Sprintf("дозволено лише один запит, а в тексті їх %d", len(parsed.Statements)))
	}
	if err := p.check(parsed.Statements[0]); err != nil {
		return "", err
	}
	var text string
	if err := db.QueryRowContext(ctx, "SELECT json_deserialize_sql(?::VARCHAR::JSON)", tree).Scan(&text); err != nil {
		return "", hromadata.E(hromadata.Invalid, "запит не вдалося перевірити: спростіть його")
	}
	return text, nil
}
