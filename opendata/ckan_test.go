package opendata_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata/opendata"
)

// ckanSite serves a published fixture with the open-data routes.
type ckanSite struct {
	t      *testing.T
	h      http.Handler
	relDir string
}

func newCKANSite(t *testing.T, base string) ckanSite {
	t.Helper()
	dir, relDir := mustPublishedAt(t, testBase)
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	(&opendata.Site{DataDir: dir, BaseURL: base}).Install(r)
	return ckanSite{t, r, relDir}
}

// do sends a request and returns the status, headers and body decoded as JSON.
func (s ckanSite) do(method, target, body string) (int, http.Header, any) {
	s.t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	req.Host = "data.example.org"
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	w := httptest.NewRecorder()
	s.h.ServeHTTP(w, req)
	var v any
	if method != http.MethodHead && method != http.MethodOptions {
		if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil {
			s.t.Fatalf("%s %s: not JSON (%v): %.300s", method, target, err, w.Body.String())
		}
	}
	return w.Code, w.Header(), v
}

// result calls an action that must succeed and returns its result.
func (s ckanSite) result(target string) any {
	s.t.Helper()
	code, _, v := s.do(http.MethodGet, target, "")
	m, _ := v.(map[string]any)
	if code != http.StatusOK || m["success"] != true {
		s.t.Fatalf("GET %s: %d %v", target, code, v)
	}
	return m["result"]
}

func mustFixture(t *testing.T, name string) any {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "ckan", name))
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return v
}

// sameShape reports where got lacks a key of want or holds a value of another
// JSON type; null on either side matches anything, and each element of a list
// is compared with the first element of want's.
func sameShape(path string, want, got any) []string {
	if want == nil || got == nil {
		return nil
	}
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s: an object in CKAN, %T here", path, got)}
		}
		var diffs []string
		for k, wv := range w {
			gv, ok := g[k]
			if !ok {
				diffs = append(diffs, path+"."+k+": missing")
				continue
			}
			diffs = append(diffs, sameShape(path+"."+k, wv, gv)...)
		}
		return diffs
	case []any:
		g, ok := got.([]any)
		if !ok {
			return []string{fmt.Sprintf("%s: a list in CKAN, %T here", path, got)}
		}
		var diffs []string
		if len(w) > 0 {
			for i, gv := range g {
				diffs = append(diffs, sameShape(fmt.Sprintf("%s[%d]", path, i), w[0], gv)...)
			}
		}
		return diffs
	}
	if fmt.Sprintf("%T", want) != fmt.Sprintf("%T", got) {
		return []string{fmt.Sprintf("%s: %T in CKAN, %T here", path, want, got)}
	}
	return nil
}

func TestSameShapeCanFail(t *testing.T) {
	want := map[string]any{"a": "x", "b": []any{map[string]any{"c": 1.0}}}
	got := map[string]any{"a": 1.0, "b": []any{map[string]any{}}}
	if d := sameShape("", want, got); len(d) != 2 {
		t.Errorf("differences %v, want a type and a missing key", d)
	}
}

func TestCKANAPI(t *testing.T) {
	s := newCKANSite(t, "")
	// Every dataset of the release: the fixture covers only some areas, and a
	// dataset with no known value yet is not released (TestEveryAreaPublished
	// checks the demo releases them all).
	var names []string
	for _, d := range mustRelease(t, filepath.Dir(s.relDir)).Datasets {
		names = append(names, d.ID)
	}
	sort.Strings(names)
	pkg := s.result("/api/3/action/package_show?id=benefit-recipients").(map[string]any)
	res := pkg["resources"].([]any)[0].(map[string]any)
	resID := res["id"].(string)

	t.Run("each resource has its own name", func(t *testing.T) {
		seen := map[string]bool{}
		excel := false
		for _, r := range pkg["resources"].([]any) {
			name, format := r.(map[string]any)["name"].(string), r.(map[string]any)["format"].(string)
			if seen[name] {
				t.Errorf("two resources named %q", name)
			}
			seen[name] = true
			if strings.HasSuffix(name, "(CSV для Excel)") {
				excel = format == "CSV"
			}
		}
		if !excel {
			t.Errorf("no resource «… (CSV для Excel)» of format CSV among %v", seen)
		}
	})
	t.Run("answers are shaped like CKAN's", func(t *testing.T) {
		for _, c := range []struct {
			name, method, target, body, fixture string
			status                              int
		}{
			{"package_list", "GET", "/api/3/action/package_list", "", "package_list.json", 200},
			{"package_show", "GET", "/api/3/action/package_show?id=benefit-recipients", "", "package_show.json", 200},
			{"package_show by POST", "POST", "/api/action/package_show", `{"id": "budget-execution"}`, "package_show.json", 200},
			{"current_package_list_with_resources", "GET", "/api/3/action/current_package_list_with_resources?limit=2", "", "current_package_list_with_resources.json", 200},
			{"package_search", "GET", "/api/3/action/package_search?q=соціальних&rows=5", "", "package_search.json", 200},
			{"resource_show", "GET", "/api/3/action/resource_show?id=" + resID, "", "resource_show.json", 200},
			{"organization_show", "GET", "/api/3/action/organization_show?id=dsp-41490026", "", "organization_show.json", 200},
			{"status_show", "GET", "/api/3/action/status_show", "", "status_show.json", 200},
			{"organization_list", "GET", "/api/3/action/organization_list", "", "organization_list.json", 200},
			{"license_list", "GET", "/api/3/action/license_list", "", "license_list.json", 200},
			{"help_show", "GET", "/api/3/action/help_show?name=datastore_search", "", "help_show.json", 200},
			{"datastore_search", "GET", "/api/3/action/datastore_search?limit=2&resource_id=" + resID, "", "datastore_search.json", 200},
			{"not found", "GET", "/api/3/action/package_show?id=nope", "", "error_not_found.json", 404},
			{"missing id", "GET", "/api/3/action/package_show", "", "error_validation.json", 409},
			{"bad sort", "GET", "/api/3/action/package_search?sort=name%20sideways", "", "error_search.json", 400},
			{"unknown filter column", "GET", "/api/3/action/datastore_search?resource_id=" + resID + `&filters={"nope":1}`, "", "error_datastore_filters.json", 409},
			{"unknown action", "GET", "/api/3/action/package_delete_all", "", "error_unknown_action.json", 400},
		} {
			t.Run(c.name, func(t *testing.T) {
				code, _, got := s.do(c.method, c.target, c.body)
				if code != c.status {
					t.Errorf("status %d, CKAN gives %d: %v", code, c.status, got)
				}
				want := mustFixture(t, c.fixture)
				if c.fixture == "datastore_search.json" {
					// A record's columns are the table's own: only _id is CKAN's.
					for _, r := range want.(map[string]any)["result"].(map[string]any)["records"].([]any) {
						for k := range r.(map[string]any) {
							if k != "_id" {
								delete(r.(map[string]any), k)
							}
						}
					}
				}
				for _, d := range sameShape("", want, got) {
					t.Error(d)
				}
				if w, ok := want.(map[string]any); ok && w["error"] != nil {
					if g := got.(map[string]any)["error"].(map[string]any); g["__type"] != w["error"].(map[string]any)["__type"] {
						t.Errorf("__type %v, CKAN gives %v", g["__type"], w["error"].(map[string]any)["__type"])
					}
				}
			})
		}
	})

	t.Run("package_list lists every dataset", func(t *testing.T) {
		got := fmt.Sprint(s.result("/api/3/action/package_list"))
		if got != fmt.Sprint(names) {
			t.Errorf("package_list %s, datasets %v", got, names)
		}
	})

	t.Run("harvester pages through package_search", func(t *testing.T) {
		// ckanext-harvest's CKAN harvester: sort=id asc, rows, start until an
		// empty page, first with fq on metadata_modified since the last run.
		for _, c := range []struct {
			name, fq string
			want     int
		}{
			{"all", "", len(names)},
			{"modified since before the release", "metadata_modified:[2024-01-14T08:00:00.123456Z TO *]", len(names)},
			{"modified since after the release", "metadata_modified:[2024-01-16T08:00:00Z TO *]", 0},
			{"the publisher's", "organization:dsp-41490026", len(names)},
			{"other publishers' only", "-organization:dsp-41490026", 0},
			{"either of two", "name:budget-execution OR name:benefit-recipients", 2},
			{"by format and tag", `res_format:CSV tags:"ВПО"`, 1},
			{"as CKAN's own clients filter", "+dataset_type:dataset capacity:public", len(names)},
		} {
			t.Run(c.name, func(t *testing.T) {
				seen := map[string]bool{}
				var last string
				for start := 0; ; start += 2 {
					q := url.Values{"rows": {"2"}, "start": {fmt.Sprint(start)}, "sort": {"id asc"}}
					if c.fq != "" {
						q.Set("fq", c.fq)
					}
					r := s.result("/api/3/action/package_search?" + q.Encode()).(map[string]any)
					if int(r["count"].(float64)) != c.want {
						t.Fatalf("count %v, want %d", r["count"], c.want)
					}
					page := r["results"].([]any)
					if len(page) == 0 {
						break
					}
					for _, p := range page {
						id := p.(map[string]any)["id"].(string)
						if seen[id] || id <= last {
							t.Fatalf("id %s out of order or twice", id)
						}
						seen[id], last = true, id
					}
				}
				if len(seen) != c.want {
					t.Errorf("harvested %d datasets, want %d", len(seen), c.want)
				}
			})
		}
	})

	t.Run("package ids and links are stable and absolute", func(t *testing.T) {
		again := s.result("/api/3/action/package_show?id=" + pkg["id"].(string)).(map[string]any)
		if again["name"] != "benefit-recipients" {
			t.Errorf("package_show by id gave %v", again["name"])
		}
		if u := res["url"].(string); !strings.HasPrefix(u, "http://data.example.org/opendata/releases/") {
			t.Errorf("resource url %q is not absolute from the request's host", u)
		}
		for _, tag := range pkg["tags"].([]any) {
			name := tag.(map[string]any)["name"].(string)
			if strings.ContainsAny(name, "’'") {
				t.Errorf("tag %q has an apostrophe CKAN refuses", name)
			}
		}
	})

	t.Run("datastore_search", func(t *testing.T) {
		ds := func(q url.Values) map[string]any {
			q.Set("resource_id", resID)
			return s.result("/api/3/action/datastore_search?" + q.Encode()).(map[string]any)
		}
		csvRows := mustCSVRows(t, filepath.Join(s.relDir, "benefit-recipients.csv"))
		all := ds(url.Values{})
		if int(all["total"].(float64)) != len(csvRows) {
			t.Fatalf("total %v, the release's CSV has %d rows", all["total"], len(csvRows))
		}
		dn := 0
		for _, r := range csvRows {
			if r[1] == "DN" {
				dn++
			}
		}
		filtered := ds(url.Values{"filters": {`{"office_code": "DN"}`}, "limit": {"1000"}})
		if int(filtered["total"].(float64)) != dn || len(filtered["records"].([]any)) != dn {
			t.Errorf("filter office_code=DN: total %v, records %d, CSV has %d", filtered["total"], len(filtered["records"].([]any)), dn)
		}
		if f, ok := filtered["filters"].(map[string]any); !ok || f["office_code"] != "DN" {
			t.Errorf("filters echoed as %#v, CKAN gives the object", filtered["filters"])
		}
		for _, r := range filtered["records"].([]any) {
			if r.(map[string]any)["office_code"] != "DN" {
				t.Fatalf("filtered record %v", r)
			}
		}
		first := ds(url.Values{"limit": {"1"}, "fields": {"_id,as_of,families,suppressed"}})["records"].([]any)[0].(map[string]any)
		if first["_id"] != 1.0 || first["as_of"] != csvRows[0][0] || len(first) != 4 {
			t.Errorf("first record %v, CSV's first row %v", first, csvRows[0])
		}
		sorted := ds(url.Values{"sort": {"as_of desc"}, "limit": {"1"}})["records"].([]any)[0].(map[string]any)
		if sorted["as_of"] != maxCol(csvRows, 0) {
			t.Errorf("sort as_of desc gave %v first, latest is %s", sorted["as_of"], maxCol(csvRows, 0))
		}
		q := ds(url.Values{"q": {"Заводське"}})
		if n := int(q["total"].(float64)); n == 0 || n >= len(csvRows) {
			t.Errorf("q=Заводське matched %d of %d", n, len(csvRows))
		}
		paged := ds(url.Values{"limit": {"2"}, "offset": {"1"}})
		if recs := paged["records"].([]any); len(recs) != 2 || recs[0].(map[string]any)["_id"] != 2.0 {
			t.Errorf("offset 1 limit 2 gave %v", recs)
		}
		if next := paged["_links"].(map[string]any)["next"].(string); !strings.Contains(next, "offset=3") {
			t.Errorf("_links.next %q", next)
		}
		if capped := ds(url.Values{"limit": {"999999"}}); capped["limit"] != 32000.0 {
			t.Errorf("limit not capped: %v", capped["limit"])
		}
		byAlias := s.result("/api/3/action/datastore_search?limit=1&resource_id=benefit-recipients").(map[string]any)
		if byAlias["total"] != all["total"] {
			t.Errorf("the dataset's name as alias gave %v rows", byAlias["total"])
		}
	})

	t.Run("CORS and HEAD", func(t *testing.T) {
		code, h, _ := s.do(http.MethodOptions, "/api/3/action/package_search", "")
		if code != http.StatusNoContent || h.Get("Access-Control-Allow-Origin") != "*" || !strings.Contains(h.Get("Access-Control-Allow-Methods"), "POST") {
			t.Errorf("preflight: %d %v", code, h)
		}
		code, h, _ = s.do(http.MethodHead, "/api/3/action/package_list", "")
		if code != http.StatusOK || !strings.HasPrefix(h.Get("Content-Type"), "application/json") || h.Get("Access-Control-Allow-Origin") != "*" {
			t.Errorf("HEAD: %d %v", code, h)
		}
	})
}

func mustCSVRows(t *testing.T, path string) [][]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")[1:]
	var rows [][]string
	for _, l := range lines {
		rows = append(rows, strings.Split(l, ","))
	}
	return rows
}

func maxCol(rows [][]string, i int) string {
	var vals []string
	for _, r := range rows {
		vals = append(vals, r[i])
	}
	return slices.Max(vals)
}

func TestCatalogServedWithRequestHost(t *testing.T) {
	s := newCKANSite(t, "")
	for _, c := range []struct{ target, accept, ctype, want string }{
		{"/opendata/catalog.ttl", "", "text/turtle", "<http://data.example.org/opendata/catalog>"},
		{"/opendata/catalog", "text/turtle", "text/turtle", "dcat:Catalog"},
		{"/opendata/catalog.jsonld", "", "application/ld+json", `"@id": "http://data.example.org/opendata/catalog"`},
	} {
		t.Run(c.target+" "+c.accept, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodGet, c.target, nil)
			req.Host = "data.example.org"
			req.Header.Set("Accept", c.accept)
			w := httptest.NewRecorder()
			s.h.ServeHTTP(w, req)
			if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), c.ctype) || !strings.Contains(w.Body.String(), c.want) {
				t.Errorf("%d %s: %.300s", w.Code, w.Header().Get("Content-Type"), w.Body.String())
			}
		})
	}
}

// mustRelease reads the latest release of a data directory's releases folder.
func mustRelease(t *testing.T, releases string) opendata.Release {
	t.Helper()
	rel, err := opendata.Latest(filepath.Dir(releases))
	if err != nil {
		t.Fatal(err)
	}
	return *rel
}
