package etl

import (
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/hromadata/hromadata/atomicfile"
)

// Options configure a load.
type Options struct {
	DataDir  string
	Progress func(Progress) // called before and after each file; may be nil
	Now      func() time.Time
}

// Progress reports a load's advance through its files.
type Progress struct {
	Index, Total int
	File         string
	Done         *Result // nil when the file is about to start
}

// Reject is one refused row.
type Reject struct {
	File   string
	Line   int
	Column string
	Reason string
}

// String names file, line and column, as an operator needs to find the row.
func (r Reject) String() string {
	if r.Column == "" {
		return fmt.Sprintf("%s:%d: %s", r.File, r.Line, r.Reason)
	}
	return fmt.Sprintf("%s:%d, стовпець «%s»: %s", r.File, r.Line, r.Column, r.Reason)
}

// Result is what happened to one file.
type Result struct {
	Entry   Entry
	Rejects []Reject
}

// LakeDir is the lake's folder inside the data directory.
func LakeDir(dataDir string) string { return filepath.Join(dataDir, "lake") }

// Load loads files and folders of exports. A file that fails is reported in its
// Result and never stops the others; the error is only for the environment failing.
func Load(ctx context.Context, opts Options, paths []string) ([]Result, error) {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	files, err := expand(paths)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(opts.DataDir, 0o755); err != nil {
		return nil, err
	}
	key, err := LoadKey(opts.DataDir)
	if err != nil {
		return nil, err
	}
	entries, err := ReadManifest(opts.DataDir)
	if err != nil {
		return nil, err
	}
	l := &loader{opts: opts, state: stateOf(entries), ps: NewPseudonymiser(key)}
	var out []Result
	for i, f := range files {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		l.progress(Progress{Index: i, Total: len(files), File: f})
		res, err := l.file(f)
		if err != nil {
			return out, fmt.Errorf("load %s: %w", f, err)
		}
		out = append(out, res)
		l.progress(Progress{Index: i, Total: len(files), File: f, Done: &res})
	}
	return out, nil
}

func expand(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if d.IsDir() || strings.HasPrefix(name, ".") || strings.HasSuffix(name, ".tmp") {
				return nil
			}
			files = append(files, path)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", p, err)
		}
	}
	sort.Strings(files)
	return files, nil
}

type loader struct {
	opts  Options
	state lakeState
	ps    *Pseudonymiser
}

func (l *loader) progress(p Progress) {
	if l.opts.Progress != nil {
		l.opts.Progress(p)
	}
}

// file loads one export; the returned error means the lake or manifest could not be written.
func (l *loader) file(path string) (Result, error) {
	start := l.opts.Now()
	raw, err := os.ReadFile(path)
	if err != nil {
		return Result{}, err
	}
	sum := sha256.Sum256(raw)
	e := Entry{Time: start.UTC(), File: filepath.Base(path), SHA256: hex.EncodeToString(sum[:])}
	if l.state.loaded[e.SHA256] {
		e.Status = StatusDuplicate
		return Result{Entry: e}, nil // the same bytes are already in the lake: change nothing
	}
	res, lake := l.parse(path, raw, &e)
	e.DurationMS = l.opts.Now().Sub(start).Milliseconds()
	if e.Status == StatusLoaded || e.Status == StatusReplaced {
		if err := lake.write(filepath.Join(LakeDir(l.opts.DataDir), e.Source, e.Partition+".parquet")); err != nil {
			return Result{}, err
		}
	}
	if len(res.Rejects) > 0 {
		e.RejectsFile = filepath.Join("rejects", e.SHA256[:12]+"_"+strings.TrimSuffix(e.File, filepath.Ext(e.File))+".csv")
		if err := writeRejects(filepath.Join(l.opts.DataDir, e.RejectsFile), res.Rejects); err != nil {
			return Result{}, err
		}
	}
	if e.Status != StatusStale {
		if err := appendManifest(l.opts.DataDir, e); err != nil {
			return Result{}, err
		}
	}
	if e.Status == StatusLoaded || e.Status == StatusReplaced {
		l.state.loaded[e.SHA256] = true
		l.state.current[e.Source+"/"+e.Partition] = e
	}
	res.Entry = e
	return res, nil
}

// parse fills e and returns the rejects and the accepted rows; a file-level problem
// leaves e.Status = StatusRejected with e.Error set.
func (l *loader) parse(path string, raw []byte, e *Entry) (Result, *lakeBatch) {
	var res Result
	reject := func(msg string) (Result, *lakeBatch) {
		e.Status, e.Error = StatusRejected, msg
		return res, nil
	}
	m, err := Resolve(path)
	if err != nil {
		return reject(err.Error())
	}
	e.Source, e.Partition, e.Revision = m.Source.ID, m.Partition, m.Revision
	t, err := m.Source.read(raw)
	if err != nil {
		return reject(err.Error())
	}
	e.Encoding = t.encoding
	idx, err := columnIndex(m.Source, t.header)
	if err != nil {
		return reject(err.Error())
	}
	if len(t.records) == 0 {
		return reject("порожній файл: є заголовок, але немає жодного рядка даних")
	}
	if cur, ok := l.state.current[e.Source+"/"+e.Partition]; ok && cur.Revision > e.Revision {
		e.Status = StatusStale
		e.Error = fmt.Sprintf("застаріла версія: у сховищі вже є новіша версія (%s)", cur.File)
		return res, nil
	}
	batch := newLakeBatch(m.Source)
	v := rowValidator{src: m.Source, office: m.Office.Code, idx: idx, ps: l.ps}
	for i, rec := range t.records {
		e.RowsRead++
		col, reason := v.check(rec.fields, t.header)
		if i == len(t.records)-1 && t.truncated {
			col, reason = "", "обрізаний останній рядок: файл закінчується посеред рядка"
		}
		if reason != "" {
			res.Rejects = append(res.Rejects, Reject{File: e.File, Line: rec.line, Column: col, Reason: reason})
			continue
		}
		batch.add(v.row, e.File, rec.line)
	}
	e.RowsLoaded, e.RowsRejected = batch.rows, len(res.Rejects)
	if batch.rows == 0 {
		e.Status, e.Error = StatusRejected, "жоден рядок не пройшов перевірку; попередні дані збережено"
		return res, nil
	}
	e.Status = StatusLoaded
	if _, ok := l.state.current[e.Source+"/"+e.Partition]; ok {
		e.Status = StatusReplaced
	}
	return res, batch
}

// columnIndex maps each declared column to its position in the header, refusing a
// header with missing or extra columns so that no column is silently ignored.
func columnIndex(src *Source, header []string) ([]int, error) {
	pos := map[string]int{}
	for i, h := range header {
		pos[h] = i
	}
	idx := make([]int, len(src.Columns))
	var missing, extra []string
	declared := map[string]bool{}
	for i, c := range src.Columns {
		declared[c.Header] = true
		p, ok := pos[c.Header]
		if !ok {
			missing = append(missing, "«"+c.Header+"»")
		}
		idx[i] = p
	}
	for _, h := range header {
		if !declared[h] {
			extra = append(extra, "«"+h+"»")
		}
	}
	var msgs []string
	if len(missing) > 0 {
		msgs = append(msgs, "відсутні стовпці "+strings.Join(missing, ", "))
	}
	if len(extra) > 0 {
		msgs = append(msgs, "зайві стовпці "+strings.Join(extra, ", "))
	}
	if len(msgs) > 0 {
		return nil, fmt.Errorf("заголовок не відповідає опису джерела «%s»: %s", src.Title, strings.Join(msgs, "; "))
	}
	return idx, nil
}

func writeRejects(path string, rejects []Reject) error {
	return atomicfile.Write(path, 0o644, func(f *os.File) error {
		w := csv.NewWriter(f)
		w.Comma = ';'
		w.Write([]string{"файл", "рядок", "стовпець", "причина"})
		for _, r := range rejects {
			w.Write([]string{r.File, fmt.Sprint(r.Line), r.Column, r.Reason})
		}
		w.Flush()
		return w.Error()
	})
}
