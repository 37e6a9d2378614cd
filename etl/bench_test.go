package etl_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/hromadata/hromadata/demo"
	"github.com/hromadata/hromadata/etl"
)

var (
	demoOnce  sync.Once
	demoInbox string
)

// mustDemoInbox generates the demo exports once per test binary, or takes the folder
// HROMADATA_BENCH_INBOX names (say the 10× benefits exports, to profile the load
// where it is compared with DuckDB's read_csv).
func mustDemoInbox(b *testing.B) string {
	if dir := os.Getenv("HROMADATA_BENCH_INBOX"); dir != "" {
		return dir
	}
	demoOnce.Do(func() {
		dir, err := os.MkdirTemp("", "hromadata-bench-")
		if err != nil {
			b.Fatal(err)
		}
		demoInbox = filepath.Join(dir, "inbox")
		if _, err := demo.Generate(demo.Options{Inbox: demoInbox, Seed: 2023}); err != nil {
			b.Fatal(err)
		}
	})
	return demoInbox
}

// BenchmarkLoad loads the whole demo (every source: CSV, XLSX and DBF, about 750 000
// rows) into an empty data directory and reports rows per second.
func BenchmarkLoad(b *testing.B) {
	inbox := mustDemoInbox(b)
	var rows int
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		data := b.TempDir()
		b.StartTimer()
		res, err := etl.Load(context.Background(), etl.Options{DataDir: data}, []string{inbox})
		if err != nil {
			b.Fatal(err)
		}
		rows = 0
		for _, r := range res {
			rows += r.Entry.RowsRead
		}
	}
	b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
