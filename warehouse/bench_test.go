package warehouse_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/hromadata/hromadata/demo"
	"github.com/hromadata/hromadata/etl"
	"github.com/hromadata/hromadata/warehouse"
)

// BenchmarkBuild builds the warehouse from the demo's lake: raw tables, models and
// every data test.
func BenchmarkBuild(b *testing.B) {
	data := b.TempDir()
	inbox := filepath.Join(data, "inbox")
	if _, err := demo.Generate(demo.Options{Inbox: inbox, Seed: 2023}); err != nil {
		b.Fatal(err)
	}
	if _, err := etl.Load(context.Background(), etl.Options{DataDir: data}, []string{inbox}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := warehouse.Build(context.Background(), warehouse.BuildOptions{DataDir: data}); err != nil {
			b.Fatal(err)
		}
	}
}
