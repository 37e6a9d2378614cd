package demo_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
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
	t.Run("three years", func(t *testing.T) { mustCoverThreeYears(t, a) })
}

var (
	periodFile   = regexp.MustCompile(`^(.+?)_(20\d\d)(?:-\d\d(?:-[12])?)?(?:_v\d+)?\.(?:csv|xlsx|dbf)$`)
	snapshotFile = regexp.MustCompile(`^(.+?)_(20\d\d)\d{4}\.(?:csv|xlsx|dbf)$`)
)

// mustCoverThreeYears checks that every source exported by period has exports of 2022,
// 2023 and 2024 (the support centres, opened in 2023, only of 2023 and 2024), and that
// every snapshot register is exported once, in 2025, with 2024 in it.
func mustCoverThreeYears(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	years := map[string]map[string]bool{}
	for _, e := range entries {
		name := e.Name()
		m := snapshotFile.FindStringSubmatch(name)
		if m != nil {
			if m[2] != "2025" {
				t.Errorf("%s: a snapshot exported before the end of 2024", name)
			}
			continue
		}
		if m = periodFile.FindStringSubmatch(name); m == nil {
			t.Errorf("%s: neither a period's export nor a snapshot", name)
			continue
		}
		if years[m[1]] == nil {
			years[m[1]] = map[string]bool{}
		}
		years[m[1]][m[2]] = true
	}
	for source, got := range years {
		for _, y := range []string{"2022", "2023", "2024"} {
			if !got[y] && !(y == "2022" && strings.HasPrefix(source, "tsentr_")) {
				t.Errorf("%s: no export of %s", source, y)
			}
		}
	}
	if len(years) < 15 {
		t.Errorf("only %d sources exported by period", len(years))
	}
}
