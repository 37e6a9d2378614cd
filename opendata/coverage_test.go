package opendata_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/hromadata/hromadata/opendata"
)

// TestMissingExportIsEmptyCell: the fixture has no register of assignments from
// Південне управління, so its cells are empty — not 0 — and not marked suppressed,
// while the offices that sent theirs keep their zeros.
func TestMissingExportIsEmptyCell(t *testing.T) {
	dir, _, rel := mustPublished(t)
	data, err := os.ReadFile(filepath.Join(opendata.ReleasesDir(dir), rel.ID, "benefit-recipients.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, row string
		present   bool
	}{
		{"missing office is empty", "2023-10-01,PV,Південне управління,403,Державна соціальна допомога на догляд,,false\n", true},
		{"missing office is not 0", "2023-10-01,PV,Південне управління,403,Державна соціальна допомога на догляд,0,false\n", false},
		{"covered office keeps its zero", "2023-10-01,DN,Дніпровське управління,403,Державна соціальна допомога на догляд,0,false\n", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if bytes.Contains(data, []byte(tc.row)) != tc.present {
				t.Errorf("row %q present = %v, want %v", tc.row, !tc.present, tc.present)
			}
		})
	}
}
