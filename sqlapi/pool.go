package sqlapi

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hromadata/hromadata"
)

// Pool runs analysts' queries in worker processes: a few at once, a bounded queue
// behind them, and a hard wall-clock kill. A worker that dies, overruns or is cut off
// mid-answer is discarded and a fresh one started for the next query.
type Pool struct {
	lim     Limits
	log     *slog.Logger
	tickets chan struct{} // running plus queued queries
	idle    chan *proc    // Workers entries; nil stands for a worker not started yet
	seq     atomic.Int64
	caps    atomic.Pointer[Caps]
}

// errBusy is answered 429 with Retry-After.
var errBusy = hromadata.E(hromadata.Unavailable, "усі обробники SQL зайняті, а черга заповнена: повторіть запит за кілька секунд")

// NewPool makes a pool; workers start on first use.
func NewPool(lim Limits, log *slog.Logger) *Pool {
	lim = lim.withDefaults()
	p := &Pool{lim: lim, log: log, tickets: make(chan struct{}, lim.Workers+max(lim.Queue, 0)), idle: make(chan *proc, lim.Workers)}
	for range lim.Workers {
		p.idle <- nil
	}
	return p
}

// Caps are the OS caps the most recently started worker reported, nil before one has.
func (p *Pool) Caps() *Caps { return p.caps.Load() }

// Close stops every idle worker; busy ones are killed when their query ends.
func (p *Pool) Close() {
	for range p.lim.Workers {
		select {
		case w := <-p.idle:
			if w != nil {
				w.stop()
			}
		case <-time.After(p.lim.Timeout + p.lim.KillGrace):
		}
	}
}

// Answer is what a worker streamed back, row by row, to the caller's callbacks.
type Answer struct {
	Columns func([]Column) error // called once, before any row
	Row     func([]byte) error   // one JSON array a call
}

// Outcome sums up a query that ran.
type Outcome struct {
	Rows      int
	Truncated string
	Params    []string // a described query's parameter types
}

// Query runs one job on a worker within wall, streaming its answer.
func (p *Pool) Query(ctx context.Context, j job, wall time.Duration, a Answer) (Outcome, error) {
	select {
	case p.tickets <- struct{}{}:
	default:
		return Outcome{}, errBusy
	}
	defer func() { <-p.tickets }()
	var w *proc
	select {
	case w = <-p.idle:
	case <-ctx.Done():
		return Outcome{}, ctx.Err()
	case <-time.After(wall):
		return Outcome{}, errBusy
	}
	if w != nil && w.exited() {
		w.stop() // retired after its last answer, or died while idle
		w = nil
	}
	if w == nil {
		var err error
		if w, err = p.start(); err != nil {
			p.idle <- nil
			p.log.Error("start sql worker", "err", err)
			return Outcome{}, hromadata.E(hromadata.Unavailable, "не вдалося запустити обробник SQL-запитів: повідомте адміністратора")
		}
	}
	out, err := w.query(ctx, j, wall, a)
	if w.broken.Load() {
		go p.replace(w)
	} else {
		p.idle <- w
	}
	return out, err
}

// replace stops a broken worker and starts its successor in the background, so the
// next analyst does not wait for it; the slot stays taken until then.
func (p *Pool) replace(w *proc) {
	w.stop()
	next, err := p.start()
	if err != nil {
		p.log.Error("start sql worker", "err", err)
		next = nil // the next query tries again
	}
	p.idle <- next
}

// proc is one worker process.
type proc struct {
	cmd    *exec.Cmd
	in     io.WriteCloser
	out    *bufio.Reader
	cgroup string
	done   chan struct{} // closed when the process has exited
	broken atomic.Bool   // killed, crashed or out of step: not to be reused
	killed atomic.Bool
	max    int // longest line accepted from the worker
}

func (p *Pool) start() (*proc, error) {
	if IsWorker() {
		return nil, errors.New("a worker may not start workers")
	}
	args := append([]string{}, p.lim.Command[1:]...)
	args = append(args, "--threads", strconv.Itoa(p.lim.Threads), "--duckdb-memory", p.lim.duckdbMemory())
	cgroup := ""
	if p.lim.Isolation != "rlimit" {
		dir, err := makeCgroup(p.lim.CgroupRoot, fmt.Sprintf("hromadata-sql-%d-%d", os.Getpid(), p.seq.Add(1)), p.lim.WorkerMemory)
		if err != nil && p.lim.Isolation == "cgroup" {
			return nil, fmt.Errorf("memory cgroup: %w", err)
		}
		cgroup = dir
	}
	if cgroup != "" {
		args = append(args, "--cgroup", cgroup)
	} else {
		args = append(args, "--memory", strconv.FormatInt(p.lim.WorkerMemory, 10))
	}
	cmd := exec.Command(p.lim.Command[0], args...)
	cmd.Env = append(append(os.Environ(), p.lim.Env...), WorkerEnv+"=1")
	cmd.Stderr = &logWriter{log: p.log, left: 16 << 10}
	isolate(cmd)
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		removeCgroup(cgroup)
		return nil, fmt.Errorf("start %s: %w", p.lim.Command[0], err)
	}
	w := &proc{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 64<<10), cgroup: cgroup, done: make(chan struct{}), max: 64 << 10}
	go func() { cmd.Wait(); removeCgroup(cgroup); close(w.done) }()
	return w, p.handshake(w)
}

// handshake waits for the worker's ready frame with the caps it read back, and
// refuses a worker whose memory the OS does not bound.
func (p *Pool) handshake(w *proc) error {
	t := time.AfterFunc(30*time.Second, w.kill)
	defer t.Stop()
	f, err := w.frame()
	switch {
	case err != nil:
	case !f.Ready || f.Caps == nil:
		err = errors.New("no ready frame")
	case !f.Caps.Enforced(p.lim.WorkerMemory):
		err = fmt.Errorf("worker memory not capped by the OS: %+v", *f.Caps)
	}
	if err != nil {
		w.stop()
		return fmt.Errorf("sql worker handshake: %w", err)
	}
	p.caps.Store(f.Caps)
	return nil
}

// query sends a job and relays the answer; a worker still running at wall is killed.
func (w *proc) query(ctx context.Context, j job, wall time.Duration, a Answer) (Outcome, error) {
	t := time.AfterFunc(wall, w.kill)
	defer t.Stop()
	w.max = int(j.MaxBytes) + 64<<10       // no row line may be longer than the answer may be
	stop := context.AfterFunc(ctx, w.kill) // a client that hangs up frees the worker
	defer stop()
	b, _ := json.Marshal(j)
	if _, err := w.in.Write(append(b, '\n')); err != nil {
		return Outcome{}, w.lost(j)
	}
	columns := false
	for {
		line, err := w.line()
		if err != nil {
			return Outcome{}, w.lost(j)
		}
		if line[0] == '[' && columns {
			if err := a.Row(line); err != nil {
				w.kill() // the worker is mid-answer: it cannot be reused
				return Outcome{}, err
			}
			continue
		}
		var f frame
		if err := json.Unmarshal(line, &f); err != nil {
			w.kill()
			return Outcome{}, fmt.Errorf("sql worker: bad frame: %w", err)
		}
		switch {
		case f.Error != nil:
			if f.Retire {
				w.broken.Store(true)
			}
			return Outcome{}, hromadata.E(f.Error.Kind, f.Error.Message)
		case f.Columns != nil && !columns:
			columns = true
			if err := a.Columns(f.Columns); err != nil {
				w.kill()
				return Outcome{}, err
			}
		case f.Done:
			return Outcome{Rows: f.Rows, Truncated: f.Truncated, Params: f.Params}, nil
		default:
			w.kill()
			return Outcome{}, errors.New("sql worker: unexpected frame")
		}
	}
}

// lost explains a worker that stopped answering: killed at the time limit, or died.
func (w *proc) lost(j job) error {
	killed := w.killed.Load() // read before the kill below, which would set it
	w.broken.Store(true)
	killGroup(w.cmd)
	<-w.done
	if killed {
		return timeoutError(time.Duration(j.TimeoutMS) * time.Millisecond)
	}
	return errCrash
}

func (w *proc) frame() (frame, error) {
	var f frame
	line, err := w.line()
	if err != nil {
		return f, err
	}
	return f, json.Unmarshal(line, &f)
}

// line reads one line, refusing one longer than any answer may be.
func (w *proc) line() ([]byte, error) {
	var buf []byte
	for {
		part, err := w.out.ReadSlice('\n')
		if len(buf)+len(part) > w.max {
			return nil, errors.New("sql worker: line too long")
		}
		buf = append(buf, part...)
		switch {
		case err == nil:
			buf = bytes.TrimSuffix(buf, []byte("\n"))
			if len(buf) == 0 {
				return nil, errors.New("sql worker: empty line")
			}
			return buf, nil
		case !errors.Is(err, bufio.ErrBufferFull):
			return nil, err
		}
	}
}

func (w *proc) kill() {
	if w.broken.CompareAndSwap(false, true) {
		w.killed.Store(true)
	}
	killGroup(w.cmd)
}

func (w *proc) exited() bool {
	select {
	case <-w.done:
		return true
	default:
		return false
	}
}

// stop ends a worker and waits for it, so its cgroup can go.
func (w *proc) stop() {
	w.broken.Store(true)
	w.in.Close()
	killGroup(w.cmd)
	<-w.done
}

func removeCgroup(dir string) {
	if dir != "" {
		os.Remove(dir) // an empty cgroup directory is removed with rmdir
	}
}

// logWriter passes a worker's stderr to the server's log, up to a bound.
type logWriter struct {
	mu   sync.Mutex
	log  *slog.Logger
	left int
}

func (l *logWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.left > 0 {
		s := b[:min(len(b), l.left)]
		l.left -= len(s)
		l.log.Warn("sql worker stderr", "text", string(s))
	}
	return len(b), nil
}
