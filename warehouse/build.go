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
}

// FailedTests is the error of a build whose data tests failed.
type FailedTests struct{ Failures []models.Failure }

func (f *FailedTests) Error() string {
	parts := make([]string, len(f.Failures))
	for i, x := range f.Failures {
		parts[i] = x.String()
	}
	return fmt.Sprintf("дані не пройшли %d тест(и); попередня збірка лишається поточною:\n  %s", len(f.Failures), strings.Join(parts, "\n  "))
}

// Build makes a new warehouse file from the lake and, only if every model and data
// test succeeds, makes it the current build. On failure the previous build stays.
func Build(ctx context.Context, opts BuildOptions) (res BuildResult, err error) {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	start := opts.Now()
	dir := BuildsDir(opts.DataDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return res, err
	}
	name := "build-" + start.UTC().Format("20060102T150405.000000") + ".duckdb"
	tmp := filepath.Join(dir, ".tmp-"+name)
	defer func() {
		if err != nil {
			os.Remove(tmp)
			os.Remove(tmp + ".wal")
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
	if err := models.Run(ctx, db, ms); err != nil {
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
	_, err = db.ExecContext(ctx, `CREATE TABLE meta_build AS SELECT now()::TIMESTAMP AS built_at,
		(SELECT max(list_date) FROM core_payments) AS data_until`)
	return res, err
}

// loadRaw copies a source's lake files into raw_<source>. With no files yet the
// table is still created, empty, with the declared columns, so models always run.
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
	q := fmt.Sprintf("CREATE TABLE %s AS SELECT * FROM read_parquet([%s], union_by_name = true)", table, strings.Join(quoted, ", "))
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
	ins := fmt.Sprintf("INSERT INTO %s (%s) VALUES (%s)", name, strings.Join(cols, ", "), strings.Join(marks, ", "))
	for _, r := range rows {
		args := make([]any, len(cols))
		for i, c := range cols {
			args[i] = r[c]
		}
		if _, err := db.ExecContext(ctx, ins, args...); err != nil {
			return err
		}
	}
	return nil
}
