package etl

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/hromadata/hromadata"
)

// LockFile is the file a command that changes the data directory holds locked.
const LockFile = "hromadata.lock"

// Lock takes the data directory for one command (load, build), so that two of them
// never write the lake, the manifest or the builds at once. A second command refuses
// at once rather than wait behind a load that may take long; the lock goes with the
// process, so one that was killed never leaves the directory locked. The returned
// function releases it.
func Lock(dataDir, command string) (func(), error) {
	path := filepath.Join(dataDir, LockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		holder, _ := os.ReadFile(path)
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, hromadata.E(hromadata.Unavailable, fmt.Sprintf(
				"з текою даних %s зараз працює інше завантаження чи побудова (%s); дочекайтеся, поки воно завершиться, і повторіть команду",
				dataDir, strings.TrimSpace(string(holder))))
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	// Who holds the lock, for the message of whoever comes second; informative only.
	f.Truncate(0)
	fmt.Fprintf(f, "%s, процес %d, з %s\n", command, os.Getpid(), time.Now().Format("02.01.2006 15:04:05"))
	return func() {
		f.Truncate(0)
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
