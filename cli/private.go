package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"syscall"

	"github.com/hromadata/hromadata"
)

// privateUmask makes every file and folder a command creates readable by its owner
// alone from the moment it exists: the lake, builds, rejects and logs hold
// pseudonymised person-level rows, which a chmod after the fact would leave open
// for a while.
var privateUmask = sync.OnceFunc(func() { syscall.Umask(0o077) })

// privateParts are the parts of a data directory that hold person-level data or
// secrets; none of them may be open to other users of the machine.
var privateParts = []string{".", "lake", "builds", "rejects", "logs", "pseudonym.key", "tokens.json", "manifest.jsonl"}

// claimDataDir makes a data directory that does not exist yet, or is still empty,
// private to its owner: a folder made by hand or by a test before the first load.
func claimDataDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if len(entries) > 0 {
		return nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	return os.Chmod(dir, 0o700)
}

// checkPrivate refuses a data directory that other users can read or enter, unless
// the operator said it is shared on purpose.
func checkPrivate(dir string, allowShared bool) error {
	if allowShared {
		return nil
	}
	for _, part := range privateParts {
		p := filepath.Join(dir, part)
		fi, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("check %s: %w", p, err)
		}
		if fi.Mode().Perm()&0o077 != 0 {
			return hromadata.E(hromadata.Forbidden, fmt.Sprintf(
				"%s доступна іншим користувачам цього комп’ютера (права %04o), а в теці даних — персональні дані, хоч і псевдонімізовані: "+
					"виконайте chmod -R go-rwx %s або, якщо спільний доступ навмисний, запустіть з --allow-shared-data",
				p, fi.Mode().Perm(), dir))
		}
	}
	return nil
}
