package dashboards

import (
	"strings"
	"testing"
)

// TestAreasIndex: /areas lists every area of the department's work with its key
// number, each card linking to its page and keeping the selection, and the menu's
// «Розділи» leads there.
func TestAreasIndex(t *testing.T) {
	r := mustRouter(t)
	for _, tc := range []struct{ name, url, keep string }{
		{"the default period", "/areas", ""},
		{"a quarter of an office", "/areas?period=2023-Q2&office=DN", "?office=DN&period=2023-Q2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := mustGet(t, r, tc.url)
			cards := cardRE.FindAllStringSubmatch(page, -1)
			if want := len(indexAreas()); len(cards) != want {
				t.Fatalf("%d cards, want one per area: %d", len(cards), want)
			}
			for _, a := range append([]string{"/areas/benefits", "/budget"}, slugPaths()...) {
				if !strings.Contains(page, `href="`+a+strings.ReplaceAll(tc.keep, "&", "&amp;")+`"`) {
					t.Errorf("no card links to %s%s", a, tc.keep)
				}
			}
			for _, c := range cards {
				if m := valueRE.FindStringSubmatch(c[1]); m == nil || m[3] == "" {
					t.Errorf("a card without its key number: %.300s", c[1])
				}
			}
			if !strings.Contains(page, `href="/areas`+strings.ReplaceAll(tc.keep, "&", "&amp;")+`" class="here"`) {
				t.Errorf("the menu's «Розділи» does not lead to /areas%s", tc.keep)
			}
		})
	}
}

func slugPaths() []string {
	var out []string
	for _, a := range Areas {
		out = append(out, "/areas/"+a.Slug)
	}
	return out
}
