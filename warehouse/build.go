package warehouse

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/etl"
	"github.com/hromadata/hromadata/models"
	sqlfs "github.com/hromadata/hromadata/sql"
)

// BuildOptions configure a build.
type BuildOptions struct {
	DataDir    string
	ExtraTests []models.Test // more data tests, e.g. a department's own rules
	Now        func() time.Time
}

// BuildResult describes a finished build.
type BuildResult struct {
	Path     string
	Models   int
	Tests    int
	Rows     map[string]int64 // rows per raw table
	Duration time.Duration
	Timings  []models.Timing // how long each model took, in the order they ran
}

// FailedTests is the error of a build whose data tests failed.
type FailedTests struct{ Failures []models.Failure }

func (f *FailedTests) Error() string {
	parts := make([]string, len(f.Failures))
	for i, x := range f.Failures {
		parts[i] = x.String()
	}
	return fmt.Sprintf("дані не пройшли %s; попередня збірка лишається поточною:\n  %s", hromadata.Count(len(f.Failures), "тест", "тести", "тестів"), strings.Join(parts, "\n  "))
}

// Build makes a new warehouse file from the lake and, only if every model and data
// test succeeds, makes it the current build. On failure the previous build stays.
// It refuses a data directory with nothing loaded, and holds the directory's lock so
// that no load changes the lake under it.
func Build(ctx context.Context, opts BuildOptions) (res BuildResult, err error) {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if err := haveData(opts.DataDir); err != nil {
		return res, err
	}
	unlock, err := etl.Lock(opts.DataDir, "build")
	if err != nil {
		return res, err
	}
	defer unlock()
	start := opts.Now()
	dir := BuildsDir(opts.DataDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return res, err
	}
	removeTemporaries(dir, ".tmp-") // what builds that were killed left behind
	name := "build-" + start.UTC().Format("20060102T150405.000000") + ".duckdb"
	tmp := filepath.Join(dir, ".tmp-"+name)
	defer func() {
		if err != nil {
			removeTemporaries(dir, filepath.Base(tmp))
		}
	}()
	db, err := openReadWrite(tmp)
	if err != nil {
		return res, fmt.Errorf("create build: %w", err)
	}
	res, err = populate(ctx, db, opts)
	if cerr := closeBuild(db); err == nil {
		err = cerr
	}
	if err != nil {
		return res, err
	}
	final := filepath.Join(dir, name)
	if err := os.Rename(tmp, final); err != nil {
		return res, err
	}
	if err := setCurrent(opts.DataDir, name); err != nil {
		return res, err
	}
	prune(opts.DataDir, name)
	res.Path, res.Duration = final, opts.Now().Sub(start)
	return res, nil
}

// haveData refuses a build of a data directory that does not exist or whose lake is
// empty: such a build would pass every test and serve zeros as if they were figures.
func haveData(dataDir string) error {
	if st, err := os.Stat(dataDir); err != nil || !st.IsDir() {
		return hromadata.E(hromadata.Invalid, fmt.Sprintf("теки даних %s немає: спершу завантажте експорти (hromadata load --data %s ШЛЯХ) або вкажіть правильну теку --data", dataDir, dataDir))
	}
	if etl.LakeIsEmpty(dataDir) {
		return hromadata.E(hromadata.Invalid, fmt.Sprintf("озеро даних порожнє: у %s ще не завантажено жодного експорту, будувати нема з чого; спершу виконайте hromadata load --data %s ШЛЯХ", dataDir, dataDir))
	}
	return nil
}

// removeTemporaries removes the files and folders in dir whose names start with
// prefix: a build's temporary database, its write-ahead log and DuckDB's spill folder.
func removeTemporaries(dir, prefix string) {
	left, _ := filepath.Glob(filepath.Join(dir, prefix+"*"))
	for _, p := range left {
		os.RemoveAll(p)
	}
}

func closeBuild(db *sql.DB) error {
	if _, err := db.Exec("CHECKPOINT"); err != nil {
		db.Close()
		return err
	}
	return db.Close()
}

func populate(ctx context.Context, db *sql.DB, opts BuildOptions) (BuildResult, error) {
	res := BuildResult{Rows: map[string]int64{}}
	var known []string
	for _, src := range etl.Sources() {
		n, err := loadRaw(ctx, db, opts.DataDir, src)
		if err != nil {
			return res, fmt.Errorf("raw %s: %w", src.ID, err)
		}
		res.Rows["raw_"+src.ID] = n
		known = append(known, "raw_"+src.ID)
	}
	if err := createCoverage(ctx, db, opts.DataDir); err != nil {
		return res, err
	}
	seeds, err := loadSeeds(ctx, db)
	if err != nil {
		return res, err
	}
	known = append(known, seeds...)
	ms, err := models.Load(sqlfs.FS, "models", known)
	if err != nil {
		return res, err
	}
	if res.Timings, err = models.Run(ctx, db, ms); err != nil {
		return res, err
	}
	tests, err := models.LoadTests(sqlfs.FS, "tests")
	if err != nil {
		return res, err
	}
	for _, m := range ms {
		tests = append(tests, m.Tests...)
	}
	tests = append(tests, opts.ExtraTests...)
	failures, err := models.Check(ctx, db, tests)
	if err != nil {
		return res, err
	}
	if len(failures) > 0 {
		return res, &FailedTests{Failures: failures}
	}
	res.Models, res.Tests = len(ms), len(tests)
	if err := dropViews(ctx, db); err != nil {
		return res, err
	}
	if err := createOfficeSchemas(ctx, db); err != nil {
		return res, err
	}
	if _, err = db.ExecContext(ctx, `CREATE TABLE meta_build AS SELECT now()::TIMESTAMP AS built_at,
		(SELECT max(list_date) FROM core_payments) AS data_until`); err != nil {
		return res, err
	}
	return res, writeTimings(ctx, db, res.Timings)
}

// dropViews drops the raw_ views and tables and every model that is a view: they read
// the lake's files, which the serving instance may not, and what the models needed of
// them is in the tables built from them now.
func dropViews(ctx context.Context, db *sql.DB) error {
	rows, err := db.QueryContext(ctx, `SELECT 'VIEW', view_name FROM duckdb_views() WHERE NOT internal AND NOT temporary
		UNION ALL SELECT 'TABLE', table_name FROM duckdb_tables() WHERE starts_with(table_name, 'raw_')`)
	if err != nil {
		return err
	}
	var drops []string
	for rows.Next() {
		var kind, name string
		if err := rows.Scan(&kind, &name); err != nil {
			rows.Close()
			return err
		}
		drops = append(drops, "DROP "+kind+" "+name)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, d := range drops {
		if _, err := db.ExecContext(ctx, d); err != nil {
			return err
		}
	}
	return nil
}

// writeTimings keeps how long each model took in meta_build_models, so a slow model
// shows in the build it slowed (build --verbose prints them).
func writeTimings(ctx context.Context, db *sql.DB, ts []models.Timing) error {
	if _, err := db.ExecContext(ctx, "CREATE TABLE meta_build_models (model VARCHAR, ms DOUBLE)"); err != nil {
		return err
	}
	if len(ts) == 0 {
		return nil
	}
	marks := make([]string, len(ts))
	args := make([]any, 0, 2*len(ts))
	for i, t := range ts {
		marks[i] = "(?, ?)"
		args = append(args, t.Model, float64(t.Duration.Microseconds())/1000)
	}
	_, err := db.ExecContext(ctx, "INSERT INTO meta_build_models VALUES "+strings.Join(marks, ", "), args...)
	return err
}

// loadRaw makes raw_<source> a view over the source's lake files: the staging models
// read the Parquet once, straight into their tables, instead of through a copy that
// doubled the build's time, memory and size. The views are dropped before the build
// is served (dropRaw), since the serving instance may not read files. With no files
// yet raw_<source> is an empty table of the declared columns, so models always run.
func loadRaw(ctx context.Context, db *sql.DB, dataDir string, src *etl.Source) (int64, error) {
	var files []string
	root := filepath.Join(etl.LakeDir(dataDir), src.ID)
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) {
				return filepath.SkipDir
			}
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".parquet") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	sort.Strings(files)
	table := "raw_" + src.ID
	if len(files) == 0 {
		_, err := db.ExecContext(ctx, fmt.Sprintf("CREATE TABLE %s (%s)", table, rawColumns(src)))
		return 0, err
	}
	quoted := make([]string, len(files))
	for i, f := range files {
		quoted[i] = "'" + strings.ReplaceAll(f, "'", "''") + "'"
	}
	q := fmt.Sprintf("CREATE VIEW %s AS SELECT * FROM read_parquet([%s], union_by_name = true)", table, strings.Join(quoted, ", "))
	if _, err := db.ExecContext(ctx, q); err != nil {
		return 0, err
	}
	var n int64
	err = db.QueryRowContext(ctx, "SELECT count(*) FROM "+table).Scan(&n)
	return n, err
}

func rawColumns(src *etl.Source) string {
	var cols []string
	for _, c := range src.Columns {
		if c.Type == etl.Drop {
			continue
		}
		cols = append(cols, c.Name+" "+c.Type.SQLType())
	}
	return strings.Join(append(cols, "_file VARCHAR", "_line BIGINT"), ", ")
}

// loadSeeds creates a ref_ table of text columns for each seed CSV.
func loadSeeds(ctx context.Context, db *sql.DB) ([]string, error) {
	entries, err := fs.ReadDir(sqlfs.FS, "seeds")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".csv")
		rows, err := sqlfs.Seed(name)
		if err != nil {
			return nil, err
		}
		if err := createSeed(ctx, db, name, rows); err != nil {
			return nil, fmt.Errorf("seed %s: %w", name, err)
		}
		names = append(names, name)
	}
	// Offices come from the domain package, which the loader also matches file names against.
	var offices []map[string]string
	for _, o := range hromadata.Offices {
		offices = append(offices, map[string]string{"code": o.Code, "slug": o.Slug, "name_uk": o.Name})
	}
	if err := createSeed(ctx, db, "ref_offices", offices); err != nil {
		return nil, err
	}
	return append(names, "ref_offices"), nil
}

func createSeed(ctx context.Context, db *sql.DB, name string, rows []map[string]string) error {
	if len(rows) == 0 {
		return hromadata.E(hromadata.Internal, "empty seed "+name)
	}
	var cols []string
	for c := range rows[0] {
		cols = append(cols, c)
	}
	sort.Strings(cols)
	defs := make([]string, len(cols))
	marks := make([]string, len(cols))
	for i, c := range cols {
		defs[i], marks[i] = c+" VARCHAR", "?"
	}
	if _, err := db.ExecContext(ctx, fmt.Sprintf("CREATE TABLE %s (%s)", name, strings.Join(defs, ", "))); err != nil {
		return err
	}
	// One statement per seed: a round trip per row made the seeds a visible part of a build.
	tuple := "(" + strings.Join(marks, ", ") + ")"
	tuples := make([]string, len(rows))
	args := make([]any, 0, len(rows)*len(cols))
	for i, r := range rows {
		tuples[i] = tuple
		for _, c := range cols {
			args = append(args, r[c])
		}
	}
	ins := fmt.Sprintf("INSERT INTO %s (%s) VALUES %s", name, strings.Join(cols, ", "), strings.Join(tuples, ", "))
	_, err := db.ExecContext(ctx, ins, args...)
	return err
}
