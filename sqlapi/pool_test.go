package sqlapi

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hromadata/hromadata"
)

// fakeWorkerEnv makes the test binary, started as a worker, misbehave on purpose.
const fakeWorkerEnv = "HROMADATA_TEST_WORKER"

// TestMain lets the test binary serve as a worker, real or misbehaving.
func TestMain(m *testing.M) {
	if IsWorker() {
		if mode := os.Getenv(fakeWorkerEnv); mode != "" {
			os.Exit(fakeWorker(mode))
		}
		os.Exit(WorkerMain(os.Args[2:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// fakeWorker caps itself like a worker, then on its first job hangs, dies, or (with
// "nocap") reports no cap at all.
func fakeWorker(mode string) int {
	caps := Caps{}
	if mode != "nocap" {
		if err := capMemory("", testCap); err != nil {
			return 1
		}
		caps = readCaps()
	}
	b, _ := json.Marshal(frame{Ready: true, Caps: &caps})
	os.Stdout.Write(append(b, '\n'))
	bufio.NewReader(os.Stdin).ReadBytes('\n')
	if mode == "die" {
		return 2
	}
	time.Sleep(time.Hour)
	return 0
}

const testCap = 1 << 30

func mustPool(t *testing.T, mode string) *Pool {
	t.Helper()
	p := NewPool(Limits{Timeout: 300 * time.Millisecond, KillGrace: 200 * time.Millisecond, Workers: 1, Queue: -1,
		Isolation: "rlimit", WorkerMemory: testCap, Env: []string{fakeWorkerEnv + "=" + mode}},
		slog.New(slog.NewTextHandler(io.Discard, nil)))
	t.Cleanup(p.Close)
	return p
}

func ignore() Answer {
	return Answer{Columns: func([]Column) error { return nil }, Row: func([]byte) error { return nil }}
}

// TestPoolWorkerFailures: a worker that overruns is killed at the hard limit, one that
// dies is reported, one the OS does not cap is refused; each is replaced.
func TestPoolWorkerFailures(t *testing.T) {
	tests := []struct {
		mode    string
		kind    hromadata.Kind
		message string
	}{
		{"hang", hromadata.Timeout, "довше за"},
		{"die", hromadata.Unavailable, "аварійно завершився"},
		{"nocap", hromadata.Unavailable, "не вдалося запустити"},
	}
	for _, tt := range tests {
		t.Run(tt.mode, func(t *testing.T) {
			p := mustPool(t, tt.mode)
			for range 2 { // the second query gets a fresh worker
				start := time.Now()
				_, err := p.Query(context.Background(), job{TimeoutMS: 300}, p.lim.Timeout+p.lim.KillGrace, ignore())
				if hromadata.KindOf(err) != tt.kind || !strings.Contains(hromadata.MessageOf(err), tt.message) {
					t.Fatalf("error %v (kind %v), want kind %v with %q", err, hromadata.KindOf(err), tt.kind, tt.message)
				}
				if took := time.Since(start); took > 3*time.Second {
					t.Errorf("answered after %s", took)
				}
				w := <-p.idle // a fresh worker, or none if it could not start
				if w != nil && (w.broken.Load() || w.exited()) {
					t.Error("a failed worker was kept for the next query")
				}
				p.idle <- w
			}
		})
	}
}

// TestMakeCgroup writes a worker's cgroup under a stand-in cgroup tree: v2 where the
// memory controller is delegated, v1's memory controller otherwise.
func TestMakeCgroup(t *testing.T) {
	v1, v2, err := ownCgroups()
	if err != nil {
		t.Skip("no /proc/self/cgroup")
	}
	t.Run("v2", func(t *testing.T) {
		root := t.TempDir()
		base := filepath.Join(root, v2)
		os.MkdirAll(base, 0o755)
		os.WriteFile(filepath.Join(base, "cgroup.subtree_control"), []byte("cpu memory pids\n"), 0o644)
		dir, err := makeCgroup(root, "w1", 123<<20)
		if err != nil || dir != filepath.Join(base, "w1") {
			t.Fatalf("%q %v", dir, err)
		}
		if b, _ := os.ReadFile(filepath.Join(dir, "memory.max")); string(b) != "128974848" {
			t.Errorf("memory.max = %q", b)
		}
	})
	t.Run("v1", func(t *testing.T) {
		if v1 == "" {
			t.Skip("no v1 memory controller in /proc/self/cgroup")
		}
		root := t.TempDir()
		os.MkdirAll(filepath.Join(root, "memory", v1), 0o755)
		dir, err := makeCgroup(root, "w1", 123<<20)
		if err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(filepath.Join(dir, "memory.limit_in_bytes")); string(b) != "128974848" {
			t.Errorf("memory.limit_in_bytes = %q", b)
		}
	})
	t.Run("none", func(t *testing.T) {
		if _, err := makeCgroup(t.TempDir(), "w1", 1<<30); err == nil {
			t.Error("made a cgroup where there is no controller")
		}
	})
}
