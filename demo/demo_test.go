package demo_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/hromadata/hromadata/demo"
)

func TestDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("generates the demo twice")
	}
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if _, err := demo.Generate(demo.Options{Inbox: dir, Seed: 7}); err != nil {
			t.Fatal(err)
		}
	}
	files, _ := filepath.Glob(filepath.Join(a, "*.csv"))
	if len(files) < 100 {
		t.Fatalf("only %d files", len(files))
	}
	for _, f := range files {
		x, _ := os.ReadFile(f)
		y, err := os.ReadFile(filepath.Join(b, filepath.Base(f)))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with the same seed", filepath.Base(f))
		}
	}
}
