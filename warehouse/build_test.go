package warehouse_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/models"
	"github.com/hromadata/hromadata/testkit"
	"github.com/hromadata/hromadata/warehouse"
)

func TestFailingTestKeepsPreviousBuild(t *testing.T) {
	dir := testkit.MustBuilt(t)
	before, err := warehouse.Current(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = warehouse.Build(context.Background(), warehouse.BuildOptions{DataDir: dir, ExtraTests: []models.Test{{
		Name: "no_idp_benefit",
		SQL:  "SELECT family_id, benefit_code FROM core_assignments WHERE benefit_code = '301'",
	}}})
	var failed *warehouse.FailedTests
	if !errors.As(err, &failed) {
		t.Fatalf("build error = %v, want FailedTests", err)
	}
	msg := err.Error()
	for _, want := range []string{"no_idp_benefit", "1 рядків", "benefit_code=301", "попередня збірка лишається поточною"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not mention %q", msg, want)
		}
	}
	after, err := warehouse.Current(dir)
	if err != nil || after != before {
		t.Errorf("current build changed from %s to %s (%v)", before, after, err)
	}
	leftovers, _ := filepath.Glob(filepath.Join(warehouse.BuildsDir(dir), ".tmp-*"))
	if len(leftovers) > 0 {
		t.Errorf("failed build left files: %v", leftovers)
	}
}

// TestBuildRefusesWithoutData builds where nothing was loaded: an empty warehouse
// would pass every test and serve zeros, so the build refuses and changes nothing.
func TestBuildRefusesWithoutData(t *testing.T) {
	tests := []struct {
		name, dir, want string
	}{
		{"no data directory", filepath.Join(t.TempDir(), "nowhere"), "теки даних"},
		{"empty lake", t.TempDir(), "озеро даних порожнє"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := warehouse.Build(context.Background(), warehouse.BuildOptions{DataDir: tt.dir})
			if err == nil || !strings.Contains(hromadata.MessageOf(err), tt.want) {
				t.Fatalf("build error %v, want one saying %q", err, tt.want)
			}
			if _, err := os.Stat(warehouse.BuildsDir(tt.dir)); !os.IsNotExist(err) {
				t.Error("a refused build made the builds folder")
			}
		})
	}
}

// TestBuildCleansTemporaries leaves what a killed build leaves — its temporary
// database, write-ahead log and spill folder — and builds again: none may remain.
func TestBuildCleansTemporaries(t *testing.T) {
	dir := testkit.MustBuilt(t)
	builds := warehouse.BuildsDir(dir)
	for _, name := range []string{".tmp-build-20240101T000000.000000.duckdb", ".tmp-build-20240101T000000.000000.duckdb.wal"} {
		if err := os.WriteFile(filepath.Join(builds, name), []byte("killed"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Join(builds, ".tmp-build-20240101T000000.000000.duckdb.tmp"), 0o755); err != nil {
		t.Fatal(err)
	}
	testkit.MustBuild(t, dir)
	if left, _ := filepath.Glob(filepath.Join(builds, ".tmp-*")); len(left) > 0 {
		t.Errorf("temporary files of a killed build remain: %v", left)
	}
}

// TestSwitchDuringRequests rebuilds while readers hold the old build: every query
// must succeed, and the server must end up on the new build.
func TestSwitchDuringRequests(t *testing.T) {
	dir := testkit.MustBuilt(t)
	s := warehouse.NewServing(dir, warehouse.DefaultLimits, slog.New(slog.NewTextHandler(io.Discard, nil)))
	defer s.Close()
	first := s.Path()
	var wg sync.WaitGroup
	errs := make(chan error, 1000)
	stop := make(chan struct{})
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				db, release, err := s.Acquire()
				if err != nil {
					errs <- err
					return
				}
				var n int
				err = db.QueryRow("SELECT count(*) FROM core_assignments").Scan(&n)
				release()
				if err != nil || n != 8 {
					errs <- errors.Join(err, errors.New("wrong count"))
					return
				}
			}
		}()
	}
	for range 3 {
		testkit.MustBuild(t, dir)
		if err := s.Refresh(); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if s.Path() == first {
		t.Error("still serving the first build")
	}
	if _, err := os.Stat(s.Path()); err != nil {
		t.Error(err)
	}
}
