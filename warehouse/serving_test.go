package warehouse_test

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/hromadata/hromadata/testkit"
	"github.com/hromadata/hromadata/warehouse"
)

// TestOnSwitchRunsBeforeTheSwitch: the preparation of a new build sees the new
// build through its context while every other request still gets the old one, and
// a pinned context keeps its build after the switch.
func TestOnSwitchRunsBeforeTheSwitch(t *testing.T) {
	dir := testkit.MustBuilt(t)
	s := warehouse.NewServing(dir, warehouse.DefaultLimits, slog.New(slog.NewTextHandler(io.Discard, nil)))
	defer s.Close()
	old := s.Path()
	pinned, oldName, release, err := s.Pin(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	var during, prepared string
	s.OnSwitch(func(ctx context.Context, build string) error {
		during, prepared = s.Path(), build
		db, done, err := s.AcquireContext(ctx)
		if err != nil {
			return err
		}
		defer done()
		return db.QueryRow(`SELECT 1`).Scan(new(int))
	})
	next := testkit.MustBuild(t, dir)
	if err := s.Refresh(); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, got, want string }{
		{"the preparation ran on the new build", prepared, filepath.Base(next)},
		{"meanwhile requests got the old build", during, old},
		{"after it the new build is current", s.Path(), next},
		{"a pinned context keeps its build", oldName, filepath.Base(old)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
	db, done, err := s.AcquireContext(pinned)
	if err != nil {
		t.Fatal(err)
	}
	defer done()
	if err := db.QueryRow(`SELECT 1`).Scan(new(int)); err != nil {
		t.Errorf("the pinned old build was closed under its lease: %v", err)
	}
}
