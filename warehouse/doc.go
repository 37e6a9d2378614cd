// Package warehouse is the one place that opens DuckDB. It builds a new warehouse
// file from the lake — raw tables, reference seeds, models, data tests — and only
// when everything passes makes it current by an atomic rename of a pointer file;
// and it opens the current build read-only in a sandbox for serving and queries.
package warehouse
