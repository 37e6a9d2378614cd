package testkit

import (
	"os"
	"os/exec"
	"testing"
)

// NeedTool returns the path of an external program a test drives (chromium,
// psql, node). Where it is missing the test is skipped on a developer's machine
// but fails in CI (HROMADATA_CI=1, set by .ci/run, which installs it), so that
// CI never passes by skipping what it was meant to check.
func NeedTool(t *testing.T, hint string, candidates ...string) string {
	t.Helper()
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if p, err := exec.LookPath(c); err == nil {
			return p
		}
	}
	Missing(t, hint)
	return ""
}

// Missing skips the test, or fails it in CI, for want of what hint names.
func Missing(t *testing.T, hint string) {
	t.Helper()
	if os.Getenv("HROMADATA_CI") != "" {
		t.Fatalf("needed in CI but missing: %s", hint)
	}
	t.Skipf("missing: %s", hint)
}
