package indicators_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/hromadata/hromadata/indicators"
)

// TestCoverageDoc keeps docs/coverage.md's count of reproduced figures true.
func TestCoverageDoc(t *testing.T) {
	cat, err := indicators.Catalogue()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, ind := range cat {
		if ind.ReportID != "" {
			if _, ok := indicators.Published(ind.ReportID); !ok {
				t.Errorf("%s: report_id %s is not a figure of the report", ind.ID, ind.ReportID)
			}
			n++
		}
	}
	doc, err := os.ReadFile("../docs/coverage.md")
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("**%d** are computed", n); !strings.Contains(string(doc), want) {
		t.Errorf("docs/coverage.md does not say %q", want)
	}
}
