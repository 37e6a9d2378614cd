package web_test

import (
	"os/exec"
	"testing"

	"github.com/hromadata/hromadata/testkit"
)

// TestConsoleFormatting runs the SQL console's formatter cases through node: years
// and codes not grouped, decimals with their scale, numbers right-aligned.
func TestConsoleFormatting(t *testing.T) {
	node := testkit.NeedTool(t, "node (Debian package nodejs) for the SQL console's formatter", "node", "nodejs")
	out, err := exec.Command(node, "editor/format.test.js").CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
}
