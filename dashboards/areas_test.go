package dashboards

import (
	"path"
	"testing"

	"github.com/hromadata/hromadata/indicators"
)

// TestAreasNameCatalogue keeps every area page pointing at a catalogue file and a
// headline indicator that exist.
func TestAreasNameCatalogue(t *testing.T) {
	cat, err := indicators.Catalogue()
	if err != nil {
		t.Fatal(err)
	}
	files, heads := map[string]bool{}, map[string]string{}
	for _, ind := range cat {
		files[path.Base(ind.File)] = true
		heads[ind.ID] = path.Base(ind.File)
	}
	for _, a := range Areas {
		if !files[a.File] {
			t.Errorf("%s: no catalogue file %s", a.Slug, a.File)
		}
		if heads[a.Headline] != a.File {
			t.Errorf("%s: headline %s is not in %s", a.Slug, a.Headline, a.File)
		}
	}
}
