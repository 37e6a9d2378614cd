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
	"runtime"
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
	// AcceptShrink takes files that look cut short (far fewer rows than the partition
	// they replace, a cut last record) instead of quarantining them.
	AcceptShrink bool
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
// Result and never stops the others; the error is for the environment failing, for
// another load or build holding the data directory, and for a lost pseudonym key.
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
	unlock, err := Lock(opts.DataDir, "load")
	if err != nil {
		return nil, err
	}
	defer unlock()
	key, err := LoadKey(opts.DataDir)
	if err != nil {
		return nil, err
	}
	entries, err := ReadManifest(opts.DataDir)
	if err != nil {
		return nil, err
	}
	l := &loader{opts: opts, state: stateOf(entries), key: key}
	staging := filepath.Join(LakeDir(opts.DataDir), ".staging")
	os.RemoveAll(staging) // what a load that died left half-done
	if err := os.MkdirAll(staging, 0o755); err != nil {
		return nil, err
	}
	defer os.RemoveAll(staging)
	return l.run(ctx, files, staging)
}

// run prepares files in parallel — reading, validating, pseudonymising and encoding
// Parquet are independent per file — and commits them one by one in file order, so
// that which revision replaces which, and what is a duplicate, is decided exactly as
// if the files were loaded one after another.
func (l *loader) run(ctx context.Context, files []string, staging string) ([]Result, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	known := make(map[string]bool, len(l.state.loaded)) // read by workers while commits write the state
	for sha := range l.state.loaded {
		known[sha] = true
	}
	slots := make([]chan prepared, len(files))
	for i := range slots {
		slots[i] = make(chan prepared, 1)
	}
	go func() {
		// One pseudonymiser per worker, kept from file to file.
		workers := make(chan *Pseudonymiser, runtime.GOMAXPROCS(0))
		for range cap(workers) {
			workers <- NewPseudonymiser(l.key)
		}
		for i, f := range files {
			var ps *Pseudonymiser
			select {
			case ps = <-workers:
			case <-ctx.Done():
				return
			}
			go func() {
				defer func() { workers <- ps }()
				slots[i] <- l.prepare(f, staging, known, ps)
			}()
		}
	}()
	var out []Result
	for i, f := range files {
		l.progress(Progress{Index: i, Total: len(files), File: f})
		var p prepared
		select {
		case p = <-slots[i]:
		case <-ctx.Done():
			return out, ctx.Err()
		}
		res, err := l.commit(p)
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
	state lakeState // written only by commit, in file order
	key   []byte
}

// prepared is a file read, validated and staged, waiting for its commit.
type prepared struct {
	res    Result
	staged string // the accepted rows as Parquet, "" when there are none
	cut    string // why the file looks cut short, "" when it does not
	err    error
}

func (l *loader) progress(p Progress) {
	if l.opts.Progress != nil {
		l.opts.Progress(p)
	}
}

// prepare reads, validates and pseudonymises one export and stages its accepted rows;
// it decides nothing that depends on other files, which is commit's part.
func (l *loader) prepare(path, staging string, known map[string]bool, ps *Pseudonymiser) prepared {
	start := l.opts.Now()
	raw, err := os.ReadFile(path)
	if err != nil {
		return prepared{err: err}
	}
	sum := sha256.Sum256(raw)
	e := Entry{Time: start.UTC(), File: filepath.Base(path), SHA256: hex.EncodeToString(sum[:])}
	if known[e.SHA256] {
		e.Status = StatusDuplicate // loaded before this run: no need to read it
		return prepared{res: Result{Entry: e}}
	}
	res, lake, cut := parse(path, raw, &e, ps)
	p := prepared{res: res, cut: cut}
	if lake != nil {
		p.staged = filepath.Join(staging, e.SHA256+".parquet")
		if err := lake.write(p.staged); err != nil {
			return prepared{err: err}
		}
	}
	e.DurationMS = l.opts.Now().Sub(start).Milliseconds()
	p.res.Entry = e
	return p
}

// commit decides what a prepared file does to the lake — nothing if its bytes are
// already there or a newer revision of its partition is, otherwise it becomes or
// replaces its partition — and records it in the manifest.
func (l *loader) commit(p prepared) (Result, error) {
	if p.err != nil {
		return Result{}, p.err
	}
	res := p.res
	e := &res.Entry
	discard := func() {
		if p.staged != "" {
			os.Remove(p.staged)
		}
	}
	if e.Status == StatusDuplicate || l.state.loaded[e.SHA256] {
		discard()
		dup := Entry{Time: e.Time, File: e.File, SHA256: e.SHA256, Status: StatusDuplicate}
		return Result{Entry: dup}, appendManifest(l.opts.DataDir, dup)
	}
	key := e.Source + "/" + e.Partition
	if cur, ok := l.state.current[key]; ok && e.Status == StatusLoaded && cur.Revision > e.Revision {
		discard()
		return l.setAside(e, StatusStale, fmt.Sprintf("застаріла версія: у сховищі вже є новіша версія (%s)", cur.File))
	}
	if why := l.cutShort(p.cut, *e, key); why != "" {
		discard()
		return l.setAside(e, StatusQuarantined, why)
	}
	if e.Status == StatusLoaded {
		if _, ok := l.state.current[key]; ok {
			e.Status = StatusReplaced
		}
		final := filepath.Join(LakeDir(l.opts.DataDir), e.Source, e.Partition+".parquet")
		if err := os.MkdirAll(filepath.Dir(final), 0o755); err != nil {
			return Result{}, err
		}
		if err := os.Rename(p.staged, final); err != nil {
			return Result{}, err
		}
	}
	if len(res.Rejects) > 0 {
		e.RejectsFile = filepath.Join("rejects", e.SHA256[:12]+"_"+strings.TrimSuffix(e.File, filepath.Ext(e.File))+".csv")
		if err := writeRejects(filepath.Join(l.opts.DataDir, e.RejectsFile), res.Rejects); err != nil {
			return Result{}, err
		}
	}
	if err := appendManifest(l.opts.DataDir, *e); err != nil {
		return Result{}, err
	}
	if e.Status == StatusLoaded || e.Status == StatusReplaced {
		l.state.loaded[e.SHA256] = true
		l.state.current[key] = *e
	}
	return res, nil
}

// setAside records a file that changes nothing in the lake, with its reason.
func (l *loader) setAside(e *Entry, status Status, why string) (Result, error) {
	e.Status, e.Error = status, why
	e.RowsRead, e.RowsLoaded, e.RowsRejected = 0, 0, 0
	return Result{Entry: *e}, appendManifest(l.opts.DataDir, *e)
}

// shrinkShare is how small a re-delivered export may be against the partition it
// replaces before it is taken for a cut copy: fewer than half the rows is quarantined.
const shrinkShare = 2

// cutShort says why a file about to enter the lake looks cut short — its own
// decoding found it cut, or it has far fewer rows than the partition it would
// replace — or "" when it does not, or when the operator accepts shrinking.
func (l *loader) cutShort(cut string, e Entry, key string) string {
	if e.Status != StatusLoaded || l.opts.AcceptShrink {
		return ""
	}
	why := ""
	if cur, ok := l.state.current[key]; ok && e.RowsLoaded*shrinkShare < cur.RowsLoaded {
		why = fmt.Sprintf("%s схожий на обрізану копію: рядків — %d, а в розділі, який він замінив би, — %d (%s)", e.File, e.RowsLoaded, cur.RowsLoaded, cur.File)
		if e.RowsRejected > 0 {
			why += fmt.Sprintf("; відхилено перевіркою: %d", e.RowsRejected)
		}
	}
	if cut != "" {
		why = fmt.Sprintf("%s обрізаний: %s", e.File, cut)
	}
	if why == "" {
		return ""
	}
	return why + "; файл відкладено в карантин, у сховищі нічого не змінено. Якщо файл справжній, завантажте його свідомо: hromadata load --data " + l.opts.DataDir + " --accept-shrink ТЕКА/" + e.File
}

// parse fills e and returns the rejects, the accepted rows and why the file looks
// cut short ("" when it does not); a file-level problem leaves e.Status =
// StatusRejected with e.Error set.
func parse(path string, raw []byte, e *Entry, ps *Pseudonymiser) (Result, *lakeBatch, string) {
	var res Result
	reject := func(msg string) (Result, *lakeBatch, string) {
		e.Status, e.Error = StatusRejected, msg
		return res, nil, ""
	}
	m, err := Resolve(path)
	if err != nil {
		return reject(err.Error())
	}
	e.Source, e.Partition, e.Revision, e.Pseudonyms = m.Source.ID, m.Partition, m.Revision, m.Source.scheme()
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
	batch := newLakeBatch(m.Source, len(t.records))
	v := newRowValidator(m.Source, m.Office.Code, m.Part, idx, ps)
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
		batch.add(v.cells, e.File, rec.line)
	}
	e.RowsLoaded, e.RowsRejected = batch.rows, len(res.Rejects)
	if batch.rows == 0 {
		e.Status, e.Error = StatusRejected, "жоден рядок не пройшов перевірку; попередні дані збережено"
		return res, nil, ""
	}
	e.Status = StatusLoaded // or replaced, stale or quarantined: commit decides against the lake
	return res, batch, t.cut
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
