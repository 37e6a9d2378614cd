// Package pgwire serves the analysts' SQL over the PostgreSQL wire protocol
// (serve --pg-addr), so that psql, psycopg2, pgx, JDBC and ODBC drivers, DBeaver,
// Excel and Power BI connect to hromadata as to a read-only PostgreSQL database
// named hromadata: the user name is the token's name and the password the token.
//
// Nothing here runs a query. Each one goes to sqlapi's worker pool exactly as
// POST /api/sql does: the role's allowlist on DuckDB's parse tree, the time limit,
// the worker's memory cap, the query log. A statement is described first (its
// columns and parameter types, which the protocol announces before any row) and
// then run with its parameters. What clients send while connecting and browsing is
// answered here or by the worker: SET of harmless client settings and transaction
// commands are accepted as no-ops, SHOW answers from a fixed list, and queries
// about the catalogue (pg_catalog, information_schema, version()) are answered by
// the worker from a catalogue that lists only the relations the role may read.
//
// A cancel request, or pg_cancel_backend from another session of the same token,
// stops the running query: the pool kills its worker.
package pgwire
