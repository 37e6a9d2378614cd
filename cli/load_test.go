package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hromadata/hromadata/testkit"
)

// TestLoadQuarantinesShrink re-delivers a month's expenditures with one row of
// seven: load sets it aside with a message naming the file and the way to take it,
// and load --accept-shrink takes it.
func TestLoadQuarantinesShrink(t *testing.T) {
	data := t.TempDir()
	inbox := testkit.MustInbox(t, t.TempDir())
	if code, out, errs := run(t, "load", "--data", data, inbox); code != 0 {
		t.Fatalf("first load exited %d:\n%s%s", code, out, errs)
	}
	full, err := os.ReadFile(filepath.Join(inbox, "vydatky_2023-09.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(full), "\n")
	short := filepath.Join(t.TempDir(), "vydatky_2023-09_v2.csv")
	if err := os.WriteFile(short, []byte(lines[0]+lines[1]), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"quarantined", []string{"load", "--data", data, short}, 1,
			[]string{"КАРАНТИН vydatky_2023-09_v2.csv", "рядків — 1, а в розділі, який він замінив би, — 7", "load --data " + data + " --accept-shrink ТЕКА/vydatky_2023-09_v2.csv", "у карантині 1"}},
		{"quarantined again while not accepted", []string{"load", "--data", data, short}, 1, []string{"КАРАНТИН"}},
		{"accepted on purpose", []string{"load", "--data", data, "--accept-shrink", short}, 0,
			[]string{"ЗАМІНЕНО  vydatky_2023-09_v2.csv"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, tt.args...)
			for _, want := range tt.want {
				if code != tt.code || !strings.Contains(out+errs, want) {
					t.Errorf("exit %d (want %d), output lacks %q:\n%s%s", code, tt.code, want, out, errs)
				}
			}
		})
	}
}

// TestLoadWithoutKey loses the pseudonym key of a loaded lake: load refuses and
// says how to restore it.
func TestLoadWithoutKey(t *testing.T) {
	data := t.TempDir()
	inbox := testkit.MustInbox(t, t.TempDir())
	if code, out, errs := run(t, "load", "--data", data, inbox); code != 0 {
		t.Fatalf("first load exited %d:\n%s%s", code, out, errs)
	}
	os.Remove(filepath.Join(data, "pseudonym.key"))
	code, _, errs := run(t, "load", "--data", data, inbox)
	if code != 1 || !strings.Contains(errs, "Відновіть файл pseudonym.key з резервної копії") {
		t.Errorf("exit %d: %s", code, errs)
	}
}

// TestBuildRefusesWithoutData builds where nothing was loaded: build refuses instead
// of making an empty warehouse, and creates nothing.
func TestBuildRefusesWithoutData(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nowhere")
	tests := []struct {
		name, data, want string
	}{
		{"no data directory", missing, "теки даних"},
		{"empty lake", t.TempDir(), "озеро даних порожнє"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, "build", "--data", tt.data)
			if code != 1 || !strings.Contains(errs, tt.want) || !strings.Contains(errs, "hromadata load") {
				t.Errorf("exit %d, stderr lacks %q:\n%s%s", code, tt.want, out, errs)
			}
			if _, err := os.Stat(filepath.Join(tt.data, "builds")); !os.IsNotExist(err) {
				t.Errorf("build made %s/builds", tt.data)
			}
		})
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Error("build created the missing data directory")
	}
}
