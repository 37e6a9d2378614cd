package sqlapi

import (
	"bufio"
	"database/sql"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hromadata/hromadata"
)

// mustEmptyBuild makes a DuckDB file for a worker to open.
func mustEmptyBuild(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "build.duckdb")
	db, err := sql.Open("duckdb", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE mart_x AS SELECT 1 AS x"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	return path
}

// TestWorkerOSCapStopsWhatDuckDBAllows gives DuckDB a memory limit far above the
// OS cap: a query that builds an 800 MB list in one function call (which DuckDB's
// limit does not govern) must still be stopped, by the kernel, within seconds.
func TestWorkerOSCapStopsWhatDuckDBAllows(t *testing.T) {
	const osCap = 512 << 20
	cmd := exec.Command(os.Args[0], WorkerCommand, "--memory", "536870912", "--duckdb-memory", "4GB", "--threads", "1")
	cmd.Env = append(os.Environ(), WorkerEnv+"=1")
	isolate(cmd)
	in, _ := cmd.StdinPipe()
	outPipe, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { killGroup(cmd); cmd.Wait() })
	out := bufio.NewReader(outPipe)
	var ready frame
	line, _ := out.ReadBytes('\n')
	if err := json.Unmarshal(line, &ready); err != nil || ready.Caps == nil || !ready.Caps.Enforced(osCap) {
		t.Fatalf("worker not capped at %d: %s", osCap, line)
	}
	j, _ := json.Marshal(job{Build: mustEmptyBuild(t), Role: "analyst", Query: "SELECT count(*) FROM (SELECT unnest(range(100000000)))",
		MaxRows: 10, MaxBytes: 1 << 20, TimeoutMS: 20000})
	start := time.Now()
	in.Write(append(j, '\n'))
	line, err := out.ReadBytes('\n')
	var f frame
	if err == nil {
		err = json.Unmarshal(line, &f)
	}
	switch {
	case err != nil: // the kernel killed it: the pool reports a crash, which is fine
	case f.Error == nil || f.Error.Kind != hromadata.TooLarge || !strings.Contains(f.Error.Message, "пам’яті"):
		t.Errorf("answer %s, want a memory refusal", line)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("stopped after %s", took)
	}
}
