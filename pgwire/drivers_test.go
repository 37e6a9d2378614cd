package pgwire_test

import (
	"context"
	"testing"
)

// TestDriverQueries: what JDBC (DBeaver, Metabase), psqlODBC (Excel, Power BI) and
// friends send while connecting and browsing is answered, not refused.
func TestDriverQueries(t *testing.T) {
	e := mustEndpoint(t)
	conn := mustConnect(t, e)
	tests := []struct{ name, query string }{
		{"jdbc settings", "SET extra_float_digits = 3"},
		{"odbc settings", "set DateStyle to 'ISO'"},
		{"jdbc isolation", "SHOW TRANSACTION ISOLATION LEVEL"},
		{"odbc identifier length", "show max_identifier_length"},
		{"dbeaver schema and user", "SELECT current_schema(), session_user"},
		{"odbc large objects", "select oid, typbasetype from pg_type where typname = 'lo'"},
		{"dbeaver namespaces", "SELECT n.oid,n.*,d.description FROM pg_catalog.pg_namespace n LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=n.oid AND d.objsubid=0 AND d.classoid='pg_namespace'::regclass ORDER BY nspname"},
		{"jdbc tables", `SELECT NULL AS TABLE_CAT, n.nspname AS TABLE_SCHEM, c.relname AS TABLE_NAME,
			CASE n.nspname ~ '^pg_' OR n.nspname = 'information_schema' WHEN true THEN 'SYSTEM TABLE' ELSE 'TABLE' END AS TABLE_TYPE,
			d.description AS REMARKS FROM pg_catalog.pg_namespace n, pg_catalog.pg_class c
			LEFT JOIN pg_catalog.pg_description d ON (c.oid = d.objoid AND d.objsubid = 0 AND d.classoid = 'pg_class'::regclass)
			WHERE c.relnamespace = n.oid AND c.relkind IN ('r', 'p') ORDER BY TABLE_TYPE, TABLE_SCHEM, TABLE_NAME`},
		{"jdbc columns", `SELECT n.nspname, c.relname, a.attname, a.atttypid, a.attnotnull, a.atttypmod, a.attlen, a.attnum,
			pg_catalog.format_type(a.atttypid, a.atttypmod) AS typname
			FROM pg_catalog.pg_namespace n JOIN pg_catalog.pg_class c ON (c.relnamespace = n.oid)
			JOIN pg_catalog.pg_attribute a ON (a.attrelid = c.oid) JOIN pg_catalog.pg_type t ON (a.atttypid = t.oid)
			WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname LIKE 'mart_recipients_monthly' ORDER BY nspname, c.relname, attnum`},
		{"information_schema columns", "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'mart_recipients_monthly'"},
		{"transaction", "BEGIN"},
		{"read in transaction", "SELECT 1"},
		{"end transaction", "COMMIT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := conn.Query(context.Background(), tt.query)
			if err == nil {
				for rows.Next() {
				}
				rows.Close()
				err = rows.Err()
			}
			if err != nil {
				t.Errorf("%v", err)
			}
		})
	}
}
