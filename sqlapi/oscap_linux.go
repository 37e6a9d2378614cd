package sqlapi

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// addressSlack is the address space a worker reserves beyond what it uses: the Go
// runtime and DuckDB's allocator reserve about 1.8 GB of inaccessible (PROT_NONE)
// address space at start while touching under 200 MB.
const addressSlack = 3 << 30

// capMemory puts this worker under its OS memory cap: it joins the cgroup the pool
// made for it, or else sets rlimits. RLIMIT_DATA bounds the private writable memory
// DuckDB and the Go runtime allocate (heap and anonymous mappings), which is what a
// runaway query grows; RLIMIT_AS bounds the address space too, with room for the
// reservations above, so that no mapping escapes both.
func capMemory(cgroup string, limit int64) error {
	if cgroup != "" {
		return os.WriteFile(filepath.Join(cgroup, "cgroup.procs"), []byte(strconv.Itoa(os.Getpid())), 0)
	}
	if limit <= 0 {
		return errors.New("no memory cap given")
	}
	if err := syscall.Setrlimit(syscall.RLIMIT_DATA, &syscall.Rlimit{Cur: uint64(limit), Max: uint64(limit)}); err != nil {
		return fmt.Errorf("RLIMIT_DATA: %w", err)
	}
	as := uint64(limit + addressSlack)
	return syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: as, Max: as})
}

// readCaps reads back, from the kernel, the caps this process is under.
func readCaps() Caps {
	var c Caps
	var r syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_AS, &r) == nil && r.Cur != ^uint64(0) {
		c.RlimitAS = int64(r.Cur)
	}
	if syscall.Getrlimit(syscall.RLIMIT_DATA, &r) == nil && r.Cur != ^uint64(0) {
		c.RlimitData = int64(r.Cur)
	}
	c.Cgroup, c.CgroupLimit = ownCgroupLimit("/sys/fs/cgroup")
	return c
}

// ownCgroupLimit finds this process's memory cgroup and its limit, v2 or v1.
func ownCgroupLimit(root string) (string, int64) {
	v1, v2, err := ownCgroups()
	if err != nil {
		return "", 0
	}
	for _, c := range []struct{ dir, file string }{
		{filepath.Join(root, "memory", v1), "memory.limit_in_bytes"},
		{filepath.Join(root, v2), "memory.max"},
		{filepath.Join(root, "unified", v2), "memory.max"},
	} {
		b, err := os.ReadFile(filepath.Join(c.dir, c.file))
		if err != nil {
			continue
		}
		n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
		if err == nil && n < 1<<60 {
			return c.dir, n
		}
	}
	return "", 0
}

// ownCgroups reads /proc/self/cgroup: the v1 memory controller's path and the v2 path.
func ownCgroups() (v1, v2 string, err error) {
	f, err := os.Open("/proc/self/cgroup")
	if err != nil {
		return "", "", err
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		parts := strings.SplitN(s.Text(), ":", 3)
		if len(parts) != 3 {
			continue
		}
		switch {
		case parts[0] == "0" && parts[1] == "":
			v2 = parts[2]
		case strings.Contains(","+parts[1]+",", ",memory,"):
			v1 = parts[2]
		}
	}
	return v1, v2, s.Err()
}

// makeCgroup creates a memory cgroup for one worker under the server's own cgroup:
// v2 where the memory controller is enabled for children, else v1's memory
// controller. It returns the directory the worker joins.
func makeCgroup(root, name string, limit int64) (string, error) {
	v1, v2, err := ownCgroups()
	if err != nil {
		return "", err
	}
	for _, base := range []string{filepath.Join(root, v2), filepath.Join(root, "unified", v2)} {
		ctl, err := os.ReadFile(filepath.Join(base, "cgroup.subtree_control"))
		if err == nil && strings.Contains(" "+string(ctl)+" ", " memory ") {
			return mkCgroup(filepath.Join(base, name), map[string]int64{"memory.max": limit, "memory.swap.max": 0})
		}
	}
	if v1 != "" {
		if _, err := os.Stat(filepath.Join(root, "memory", v1)); err == nil {
			return mkCgroup(filepath.Join(root, "memory", v1, name), map[string]int64{"memory.limit_in_bytes": limit})
		}
	}
	return "", errors.New("no memory cgroup controller available")
}

func mkCgroup(dir string, files map[string]int64) (string, error) {
	if err := os.Mkdir(dir, 0o755); err != nil {
		return "", err
	}
	for name, v := range files {
		err := os.WriteFile(filepath.Join(dir, name), []byte(strconv.FormatInt(v, 10)), 0)
		if err != nil && name != "memory.swap.max" { // swap accounting is optional
			os.Remove(dir)
			return "", fmt.Errorf("set %s: %w", name, err)
		}
	}
	return dir, nil
}

// isolate makes a worker its own process group, so a kill reaches anything it
// started, and has the kernel kill it if the server dies.
func isolate(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

func killGroup(cmd *exec.Cmd) {
	if cmd.Process != nil {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}
