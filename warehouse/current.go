package warehouse

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/atomicfile"
)

// currentFile names the build being served; it is replaced atomically.
const currentFile = "CURRENT"

// BuildsDir is where builds live inside the data directory.
func BuildsDir(dataDir string) string { return filepath.Join(dataDir, "builds") }

// Current returns the path of the current build.
func Current(dataDir string) (string, error) {
	b, err := os.ReadFile(filepath.Join(BuildsDir(dataDir), currentFile))
	if errors.Is(err, fs.ErrNotExist) {
		return "", hromadata.E(hromadata.Unavailable, "сховище ще не побудовано: виконайте «hromadata build»")
	}
	if err != nil {
		return "", err
	}
	return filepath.Join(BuildsDir(dataDir), strings.TrimSpace(string(b))), nil
}

func setCurrent(dataDir, name string) error {
	return atomicfile.WriteFile(filepath.Join(BuildsDir(dataDir), currentFile), []byte(name+"\n"), 0o644)
}

// keepBuilds is how many finished builds stay on disk: the current one and a few
// before it, so a server still reading an older one is not cut off mid-request.
const keepBuilds = 3

func prune(dataDir, current string) {
	dir := BuildsDir(dataDir)
	names, _ := filepath.Glob(filepath.Join(dir, "build-*.duckdb"))
	sort.Strings(names)
	for i := 0; i < len(names)-keepBuilds; i++ {
		if filepath.Base(names[i]) != current {
			os.Remove(names[i])
		}
	}
}

var errNotOpen = hromadata.E(hromadata.Unavailable, "збірка ще відкривається, спробуйте за мить")
