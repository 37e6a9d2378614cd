package server_test

import (
	"os"
	"testing"

	"github.com/hromadata/hromadata/sqlapi"
)

// TestMain lets the test binary serve as the SQL worker: the pool starts this very
// binary with the worker's environment variable set.
func TestMain(m *testing.M) {
	if sqlapi.IsWorker() {
		os.Exit(sqlapi.WorkerMain(os.Args[2:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// testCap is the OS memory cap of a worker in tests: far below the machine's memory,
// so that a regression fails a test instead of exhausting the machine.
const testCap = 1 << 30

// testLimits caps workers by RLIMIT_AS in tests: making cgroups would touch the
// cgroup tree of whatever runs the tests.
func testLimits(lim sqlapi.Limits) sqlapi.Limits {
	lim.Isolation, lim.WorkerMemory, lim.Threads = "rlimit", testCap, 1
	return lim
}
