package dashboards

import (
	"path"
	"strings"
	"testing"

	"github.com/hromadata/hromadata"
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

// TestPagesWithholdSmallCounts: the first page's breakdowns of families follow the
// suppression rule of every public output: 1 to 4 is never drawn.
func TestPagesWithholdSmallCounts(t *testing.T) {
	v := &benefitsView{ByBenefit: []named{{"Багатодітним", 120}, {"Стипендія 100+", 2}}, ByOffice: []named{{"Заводське", 3}}}
	for name, html := range map[string]string{"bar": string(v.benefitBar().draw()), "pie": string(v.officePie().draw())} {
		if !strings.Contains(html, "менше 5 — приховано") || strings.Contains(html, `"value":2`) || strings.Contains(html, `"value":3`) {
			t.Errorf("%s draws a small count: %s", name, html)
		}
	}
}

// TestChartsWithholdSmallCounts: an area's charts draw no figure of 1 to 4 people.
func TestChartsWithholdSmallCounts(t *testing.T) {
	small := indicators.Value{Indicator: indicators.Indicator{ID: "x", Label: "учасників війни", Unit: hromadata.Units["persons"]}, Value: 1,
		Coverage: indicators.Coverage{Status: indicators.Full}}
	if got := chartValue(small); got != "-" {
		t.Errorf("chartValue(1 person) = %v", got)
	}
	html := string(areaParts([]string{"x"}, []indicators.Value{small}, map[string]int{"x": 0}).draw())
	if !strings.Contains(html, "менше 5") {
		t.Errorf("the parts chart does not say the figure is withheld: %.300s", html)
	}
}
