package dashboards

import (
	"path"
	"testing"

	"github.com/hromadata/hromadata/indicators"
)

// TestAreasNameCatalogue keeps every area page pointing at a catalogue file, and at
// headline, card and breakdown indicators that exist in it.
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
		for _, id := range append(append([]string{a.Headline}, a.Cards...), a.Parts...) {
			if heads[id] != a.File {
				t.Errorf("%s: indicator %s is not in %s", a.Slug, id, a.File)
			}
		}
	}
}
