// Package sqlapi is the analysts' SQL console (/sql, /sql?q=… for a shared query) and
// API: POST /api/sql (a JSON preview, or the whole answer with ?format=csv, xlsx or
// parquet), GET /api/sql/schema (the relations the token's role may read, with
// columns, DuckDB types and the descriptions in the model files' headers),
// /api/sql/saved (queries kept by name for the role) and /api/sql/history (the
// token's last queries), all behind the same bearer token.
//
// # Where queries run
//
// No analyst's query runs in the serving process. A Pool keeps a few worker
// processes — this same binary, started with the hidden subcommand sql-worker — each
// with its own DuckDB instance opened read-only on the build being served, external
// access off and configuration locked, its own thread count, DuckDB's memory_limit at
// half of the worker's OS cap, and that OS cap: a memory cgroup made for the worker
// under the server's own (cgroup v2 where the memory controller is delegated, else
// v1's memory controller), or, where no cgroup can be made, RLIMIT_DATA (private
// writable memory, which is what a runaway query grows) with RLIMIT_AS above it. The
// worker reads its caps back from the kernel and reports them on start; the pool
// refuses a worker whose memory the OS does not bound.
//
// The server talks to a worker over its stdin and stdout: one JSON job a line in,
// then a columns frame, rows as bare JSON arrays, and a done or error frame out. A
// worker's time limit is enforced twice: DuckDB interrupts the query at the limit,
// and the pool kills the worker's process group if it is still running a grace period
// later. A worker that is killed, dies (the kernel's OOM killer, a crash), runs out of
// memory, or is cut off mid-answer is discarded and a fresh one started for the next
// query; the analyst gets a Ukrainian error and nobody else notices. Requests beyond
// the workers wait in a bounded queue; beyond that they get 429 with Retry-After.
//
// # What a query may do
//
// Only one SELECT passes, and it is checked on DuckDB's own parse tree
// (json_serialize_sql) against allowlists, never by matching strings: the relations
// of the build the token's role may read (analyst: mart_ and ref_ tables; steward:
// also the person-level pseudonymised core_ and stg_ tables), the table functions
// range, generate_series and unnest, the expression kinds and query constructs in
// policy.go, and a list of scalar, aggregate and window functions (arithmetic, text,
// dates, lists, statistics). Common table expressions are scoped as DuckDB scopes
// them, so a CTE's name cannot stand in for a relation outside it. Anything else is
// refused naming it. What runs is the query re-rendered from the checked tree.
//
// # The PostgreSQL endpoint
//
// Package pgwire sends its queries here through API.Run: the same jobs, pool,
// limits and query log. Only its jobs may carry $n parameters (bound as text, cast by
// DuckDB) or ask to describe a query (columns and parameter types, which the protocol
// announces before rows).
//
// # The catalogue
//
// A query the allowlist refuses but that asks about the catalogue (pg_catalog,
// information_schema, version()) is answered from the role's catalogue instance
// (catalog.go, catalog.sql), from /api/sql and the console as from the PostgreSQL
// endpoint: a DuckDB with external access off that holds only the names and column
// types of the relations the role may read, plus empty stand-ins for PostgreSQL's
// other catalogues, so that psql's \dt and \d and drivers' metadata calls work. It is
// made once per build and role, as a file in builds/catalogs/, and opened read-only
// by every worker after. Such a query may not read the build's relations, and is
// held to the same allowlist, with the catalogue's own relations and macros (and
// DuckDB's PostgreSQL-compatible ones) in place of the build's relations.
//
// # Answers
//
// A JSON answer is capped at MaxRows rows and MaxBytes bytes of rows: at either cap
// the analyst gets the first rows with truncated: true. With format "csv" the rows
// stream from the worker's pipe to the client as DuckDB yields them, never held by
// the server, under the higher ExtractRows and ExtractBytes caps; a cut extract says
// so in the X-Hromadata-Truncated trailer. Parquet streams the same way, a row group
// at a time; XLSX rows go to excelize's stream writer (a temporary file, not memory)
// and the workbook is sent at the end, at most Excel's 1 048 575 rows. Every query is logged with the token's
// name, role and purpose.
package sqlapi
