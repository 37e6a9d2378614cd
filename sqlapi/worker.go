package sqlapi

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/warehouse"
)

// WorkerCommand is the hidden subcommand that runs a worker.
const WorkerCommand = "sql-worker"

// WorkerEnv is set in a worker's environment: a test binary's TestMain dispatches on
// it, and a worker never starts workers of its own.
const WorkerEnv = "HROMADATA_SQL_WORKER"

// IsWorker reports whether this process was started as a worker.
func IsWorker() bool { return os.Getenv(WorkerEnv) == "1" }

// job is one query sent to a worker, one JSON line on its stdin.
type job struct {
	Build     string `json:"build"`
	Query     string `json:"query"`
	Role      string `json:"role"`
	MaxRows   int    `json:"max_rows"`
	MaxBytes  int64  `json:"max_bytes"`
	TimeoutMS int64  `json:"timeout_ms"`

	// From the PostgreSQL endpoint (PG): the text of each $n parameter (nil for
	// NULL), and describe only (columns and parameter types, no rows). Only there may
	// a query have parameters, and one about the catalogue be answered from the
	// role's catalogue instance.
	Params   []*string `json:"params,omitempty"`
	Describe bool      `json:"describe,omitempty"`
	PG       bool      `json:"pg,omitempty"`
}

// frame is a control line a worker writes to stdout; rows are written as bare JSON
// arrays between the columns frame and the done frame.
type frame struct {
	Ready     bool     `json:"ready,omitempty"`
	Caps      *Caps    `json:"caps,omitempty"`
	Columns   []Column `json:"columns,omitempty"`
	Done      bool     `json:"done,omitempty"`
	Rows      int      `json:"rows,omitempty"`
	Truncated string   `json:"truncated,omitempty"` // "rows" or "bytes"
	Error     *wireErr `json:"error,omitempty"`
	Retire    bool     `json:"retire,omitempty"` // the worker exits after this frame
	Params    []string `json:"params,omitempty"` // a described query's parameter types
}

type wireErr struct {
	Kind    hromadata.Kind `json:"kind"`
	Message string         `json:"message"`
	Detail  string         `json:"detail,omitempty"` // DuckDB's own words, beside the Ukrainian message
}

// Caps are the memory caps a worker read back from the kernel after setting them.
type Caps struct {
	RlimitData  int64  `json:"rlimit_data,omitempty"`  // bytes; 0 if unlimited
	RlimitAS    int64  `json:"rlimit_as,omitempty"`    // bytes; 0 if unlimited
	CgroupLimit int64  `json:"cgroup_limit,omitempty"` // bytes; 0 if none
	Cgroup      string `json:"cgroup,omitempty"`
}

// Enforced reports whether the OS bounds the worker's memory at no more than limit.
func (c Caps) Enforced(limit int64) bool {
	return (c.RlimitData > 0 && c.RlimitData <= limit) || (c.CgroupLimit > 0 && c.CgroupLimit <= limit)
}

// WorkerMain runs a worker on stdin and stdout until stdin closes, and returns the
// process's exit code. args are the flags after the subcommand.
func WorkerMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(WorkerCommand, flag.ContinueOnError)
	fs.SetOutput(stderr)
	memory := fs.Int64("memory", 0, "OS memory cap in bytes")
	cgroup := fs.String("cgroup", "", "cgroup directory to join instead of setting rlimits")
	duck := fs.String("duckdb-memory", "256MB", "DuckDB memory_limit")
	threads := fs.Int("threads", 1, "DuckDB threads")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if err := capMemory(*cgroup, *memory); err != nil {
		fmt.Fprintf(stderr, "sql-worker: cap memory: %v\n", err)
		return 1
	}
	w := &worker{out: bufio.NewWriterSize(stdout, 64<<10), lim: warehouse.Limits{MemoryLimit: *duck, Threads: *threads}}
	caps := readCaps()
	w.send(frame{Ready: true, Caps: &caps})
	in := bufio.NewReader(stdin)
	for {
		line, err := in.ReadBytes('\n')
		if err != nil {
			return 0
		}
		var j job
		if err := json.Unmarshal(line, &j); err != nil {
			fmt.Fprintf(stderr, "sql-worker: bad job: %v\n", err)
			return 1
		}
		if retire := w.run(j); retire {
			return 3
		}
	}
}

// worker holds the build it serves open between jobs.
type worker struct {
	out       *bufio.Writer
	lim       warehouse.Limits
	build     string
	db        *sql.DB
	relations map[string]bool
	catalogs  map[string]*catalog // per role: the catalogue instance of the open build
}

func (w *worker) send(f frame) {
	b, _ := json.Marshal(f)
	w.out.Write(append(b, '\n'))
	w.out.Flush()
}

// run answers one job; it reports whether the worker should exit afterwards.
func (w *worker) run(j job) bool {
	timeout := time.Duration(j.TimeoutMS) * time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := w.open(j.Build); err != nil {
		return w.fail(ctx, err, timeout)
	}
	db, text, err := w.check(ctx, j)
	if err != nil {
		return w.fail(ctx, err, timeout)
	}
	if j.Describe {
		cols, params, err := describe(ctx, db, text)
		if err != nil {
			return w.fail(ctx, err, timeout)
		}
		w.send(frame{Columns: cols})
		w.send(frame{Done: true, Params: params})
		return false
	}
	args := make([]any, len(j.Params))
	for i, p := range j.Params {
		if p != nil {
			args[i] = *p
		}
	}
	rows, err := db.QueryContext(ctx, fmt.Sprintf("SELECT * FROM (%s) LIMIT %d", text, j.MaxRows+1), args...)
	if err != nil {
		return w.fail(ctx, err, timeout)
	}
	defer rows.Close()
	n, truncated, err := w.stream(rows, j)
	if err != nil {
		return w.fail(ctx, err, timeout)
	}
	w.send(frame{Done: true, Rows: n, Truncated: truncated})
	return false
}

func (w *worker) fail(ctx context.Context, err error, timeout time.Duration) bool {
	err = classify(ctx, err, timeout)
	retire := err == errMemory // an instance that ran out of memory is not trusted again
	w.send(frame{Error: &wireErr{Kind: hromadata.KindOf(err), Message: hromadata.MessageOf(err), Detail: detailOf(err)}, Retire: retire})
	return retire
}

// check finds where a query runs and what exactly: the build, with the query
// re-rendered from its checked parse tree; or, for a query about the catalogue
// (pg_catalog, information_schema), the role's catalogue instance, whichever
// endpoint asked — an analyst exploring the schema gets the same answers from
// /api/sql as from psql.
func (w *worker) check(ctx context.Context, j job) (*sql.DB, string, error) {
	if err := checkSize(j.Query); err != nil { // before either path: the catalogue's too
		return nil, "", err
	}
	p := policy{role: j.Role, relations: w.relations, params: j.PG}
	text, err := canonical(ctx, w.db, j.Query, p)
	if err == nil || !catalogRef.MatchString(j.Query) {
		return w.db, text, err
	}
	c, cerr := w.catalogDB(j.Role)
	if cerr != nil {
		return nil, "", cerr
	}
	p.catalog = &c.names
	text, cerr = catalogQuery(ctx, c.db, rewriteCatalog(j.Query), p)
	return c.db, text, cerr
}

// open opens the build read-only, closing the one opened before, and lists the
// relations a policy may grant.
func (w *worker) open(build string) error {
	if build == w.build && w.db != nil {
		return nil
	}
	if w.db != nil {
		w.db.Close()
		w.db, w.build = nil, ""
	}
	for _, c := range w.catalogs {
		c.db.Close()
	}
	w.catalogs = map[string]*catalog{}
	db, err := warehouse.OpenReadOnly(build, w.lim)
	if err != nil {
		return err
	}
	rels, err := db.Query(`SELECT lower(table_name) FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary
		UNION SELECT lower(view_name) FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal AND NOT temporary`)
	if err != nil {
		db.Close()
		return err
	}
	defer rels.Close()
	w.relations = map[string]bool{}
	for rels.Next() {
		var name string
		if err := rels.Scan(&name); err != nil {
			db.Close()
			return err
		}
		w.relations[name] = true
	}
	w.db, w.build = db, build
	return rels.Err()
}

// stream writes the columns frame and then rows, one JSON array a line, stopping at
// the row or byte cap.
func (w *worker) stream(rows *sql.Rows, j job) (int, string, error) {
	types, err := rows.ColumnTypes()
	if err != nil {
		return 0, "", err
	}
	cols := make([]Column, len(types))
	for i, t := range types {
		cols[i] = Column{Name: t.Name(), Type: t.DatabaseTypeName()}
	}
	w.send(frame{Columns: cols})
	vals, ptrs := make([]any, len(types)), make([]any, len(types))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	var n int
	var written int64
	for rows.Next() {
		if n == j.MaxRows {
			return n, "rows", nil
		}
		if err := rows.Scan(ptrs...); err != nil {
			return n, "", err
		}
		line := encodeRow(vals)
		if written+int64(len(line)) > j.MaxBytes {
			return n, "bytes", nil
		}
		w.out.Write(line)
		written += int64(len(line))
		n++
	}
	return n, "", rows.Err()
}

// encodeRow writes a row as a JSON array and a newline; values JSON cannot carry
// (maps with non-string keys, for one) are written as text.
func encodeRow(vals []any) []byte {
	row := make([]any, len(vals))
	for i, v := range vals {
		row[i] = plain(v)
	}
	b, err := json.Marshal(row)
	if err != nil {
		for i, v := range row {
			if _, err := json.Marshal(v); err != nil {
				row[i] = fmt.Sprint(v)
			}
		}
		b, _ = json.Marshal(row)
	}
	return append(b, '\n')
}
