package warehouse

import (
	"database/sql"
	"fmt"
	"net/url"

	_ "github.com/duckdb/duckdb-go/v2" // registers the "duckdb" driver
)

// Limits bound what a serving instance may use.
type Limits struct {
	MemoryLimit string // e.g. "1GB"
	Threads     int
}

// DefaultLimits suit the department's server: a fraction of its memory, two threads.
var DefaultLimits = Limits{MemoryLimit: "2GB", Threads: 2}

// OpenReadOnly opens a build for serving: read-only, no access to files or network
// beyond the build itself, no extensions, and its configuration locked so that no
// query can loosen any of this.
func OpenReadOnly(path string, lim Limits) (*sql.DB, error) {
	q := url.Values{}
	q.Set("access_mode", "READ_ONLY")
	q.Set("threads", fmt.Sprint(lim.Threads))
	q.Set("memory_limit", lim.MemoryLimit)
	q.Set("enable_external_access", "false")
	q.Set("autoinstall_known_extensions", "false")
	q.Set("autoload_known_extensions", "false")
	q.Set("allow_community_extensions", "false")
	q.Set("lock_configuration", "true")
	db, err := sql.Open("duckdb", path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

// buildMemoryLimit bounds a build so that it spills to disk rather than take the
// machine: a build at ten times the city's volume must stay under 1.5 GB.
const buildMemoryLimit = "1GB"

// openReadWrite opens a build being made. Tables are created without keeping the
// order rows were read in (no model relies on it; every query that shows rows orders
// them), which lets DuckDB write them in parallel and within the memory limit.
func openReadWrite(path string) (*sql.DB, error) {
	db, err := sql.Open("duckdb", path+"?threads=2&memory_limit="+buildMemoryLimit+"&preserve_insertion_order=false&autoinstall_known_extensions=false&autoload_known_extensions=false")
	if err != nil {
		return nil, err
	}
	return db, db.Ping()
}

// OpenCurrent opens the current build of a data directory read-only in the sandbox.
func OpenCurrent(dataDir string, lim Limits) (*sql.DB, error) {
	path, err := Current(dataDir)
	if err != nil {
		return nil, err
	}
	return OpenReadOnly(path, lim)
}
