package sqlapi

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"

	"github.com/duckdb/duckdb-go/v2"
)

// duckTypeNames spell DuckDB's type ids as DatabaseTypeName does; types not listed
// are presented as text.
var duckTypeNames = map[duckdb.Type]string{
	duckdb.TYPE_BOOLEAN: "BOOLEAN", duckdb.TYPE_TINYINT: "TINYINT", duckdb.TYPE_SMALLINT: "SMALLINT",
	duckdb.TYPE_INTEGER: "INTEGER", duckdb.TYPE_BIGINT: "BIGINT", duckdb.TYPE_UTINYINT: "UTINYINT",
	duckdb.TYPE_USMALLINT: "USMALLINT", duckdb.TYPE_UINTEGER: "UINTEGER", duckdb.TYPE_UBIGINT: "UBIGINT",
	duckdb.TYPE_HUGEINT: "HUGEINT", duckdb.TYPE_UHUGEINT: "UHUGEINT", duckdb.TYPE_FLOAT: "FLOAT",
	duckdb.TYPE_DOUBLE: "DOUBLE", duckdb.TYPE_VARCHAR: "VARCHAR", duckdb.TYPE_DATE: "DATE",
	duckdb.TYPE_TIMESTAMP: "TIMESTAMP", duckdb.TYPE_TIMESTAMP_S: "TIMESTAMP_S", duckdb.TYPE_TIMESTAMP_MS: "TIMESTAMP_MS",
	duckdb.TYPE_TIMESTAMP_NS: "TIMESTAMP_NS", duckdb.TYPE_TIMESTAMP_TZ: "TIMESTAMPTZ",
}

// describe prepares a checked query without running it and reports its columns and
// the types DuckDB infers for its parameters ("" where it cannot tell).
func describe(ctx context.Context, db *sql.DB, text string) (cols []Column, params []string, err error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, nil, err
	}
	defer conn.Close()
	err = conn.Raw(func(dc any) error {
		pc, ok := dc.(driver.ConnPrepareContext)
		if !ok {
			return errors.New("duckdb connection cannot prepare")
		}
		st, err := pc.PrepareContext(ctx, text)
		if err != nil {
			return err
		}
		defer st.Close()
		s, ok := st.(*duckdb.Stmt)
		if !ok {
			return errors.New("not a duckdb statement")
		}
		cols, err = stmtColumns(s)
		if err != nil {
			return err
		}
		for i := 1; i <= s.NumInput(); i++ {
			t, err := s.ParamType(i)
			if err != nil {
				return err
			}
			name := duckTypeNames[t]
			if t == duckdb.TYPE_DECIMAL {
				name = "DECIMAL(38,10)" // presented as numeric; the width does not matter to a parameter
			}
			params = append(params, name)
		}
		return nil
	})
	return cols, params, err
}

func stmtColumns(s *duckdb.Stmt) ([]Column, error) {
	n, err := s.ColumnCount()
	if err != nil {
		return nil, err
	}
	cols := make([]Column, n)
	for i := range cols {
		name, err := s.ColumnName(i)
		if err != nil {
			return nil, err
		}
		info, err := s.ColumnTypeInfo(i)
		if err != nil {
			return nil, err
		}
		cols[i] = Column{Name: name, Type: duckTypeNames[info.InternalType()]}
		if d, ok := info.Details().(*duckdb.DecimalDetails); ok {
			cols[i].Type = fmt.Sprintf("DECIMAL(%d,%d)", d.Width, d.Scale)
		}
	}
	return cols, nil
}
