package opendata_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata/opendata"
	"github.com/hromadata/hromadata/testkit"
)

const testBase = "https://opendata.example.gov.ua"

// mustPublishedAt builds the fixture and publishes it with base as --base-url;
// it returns the data directory and the release directory.
func mustPublishedAt(t *testing.T, base string) (string, string) {
	t.Helper()
	dir := testkit.MustBuilt(t)
	rel, _, err := opendata.PublishAt(context.Background(), testkit.MustOpen(t, dir), dir, time.Date(2024, 1, 15, 9, 0, 0, 0, time.UTC), base)
	if err != nil {
		t.Fatal(err)
	}
	return dir, filepath.Join(opendata.ReleasesDir(dir), rel.ID)
}

func TestDCATLinksAreAbsolute(t *testing.T) {
	_, relDir := mustPublishedAt(t, testBase+"/")
	ttl, err := os.ReadFile(filepath.Join(relDir, "dcat.ttl"))
	if err != nil {
		t.Fatal(err)
	}
	ld, err := os.ReadFile(filepath.Join(relDir, "dcat.jsonld"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Graph []map[string]any `json:"@graph"`
	}
	if err := json.Unmarshal(ld, &doc); err != nil {
		t.Fatalf("dcat.jsonld is not JSON: %v", err)
	}
	byType := map[string][]map[string]any{}
	for _, n := range doc.Graph {
		for _, ty := range n["@type"].([]any) {
			byType[ty.(string)] = append(byType[ty.(string)], n)
		}
	}
	released := len(mustRelease(t, filepath.Dir(relDir)).Datasets)
	if len(byType["dcat:Catalog"]) != 1 || len(byType["dcat:Dataset"]) != released {
		t.Fatalf("catalogues %d, datasets %d, want 1 and %d", len(byType["dcat:Catalog"]), len(byType["dcat:Dataset"]), released)
	}
	if got := byType["dcat:Catalog"][0]["@id"]; got != testBase+"/opendata/catalog" {
		t.Errorf("catalogue IRI %v", got)
	}
	for _, dist := range byType["dcat:Distribution"] {
		for _, key := range []string{"dcat:downloadURL", "dcat:accessURL"} {
			links, _ := dist[key].([]any)
			if len(links) != 1 {
				t.Fatalf("%v: %s %v", dist["@id"], key, dist[key])
			}
			u := links[0].(map[string]any)["@id"].(string)
			if !strings.HasPrefix(u, testBase+"/opendata/") {
				t.Errorf("%v: %s %q is not under the base URL", dist["@id"], key, u)
			}
		}
	}
	for _, want := range []string{
		"<http://publications.europa.eu/resource/authority/frequency/MONTHLY>",
		"<http://publications.europa.eu/resource/authority/language/UKR>",
		"<http://publications.europa.eu/resource/authority/licence/CC_BY_4_0>",
		"<http://publications.europa.eu/resource/authority/file-type/PARQUET>",
		"<" + testBase + "/opendata/releases/2024-01-15/benefit-recipients.csv>",
	} {
		if !bytes.Contains(ttl, []byte(want)) {
			t.Errorf("dcat.ttl lacks %s", want)
		}
	}
}

func TestDCATWithoutBaseURLUsesDefault(t *testing.T) {
	_, relDir := mustPublishedAt(t, "")
	ttl, _ := os.ReadFile(filepath.Join(relDir, "dcat.ttl"))
	if !bytes.Contains(ttl, []byte("<"+opendata.DefaultBaseURL+"/opendata/catalog>")) {
		t.Errorf("without a base URL the catalogue is not at %s:\n%.400s", opendata.DefaultBaseURL, ttl)
	}
}

// shaclValidator returns the command that validates files against the DCAT-AP
// 3.0.1 shapes: skipped on a developer machine without the npm packages, a
// failure in CI.
func shaclValidator(t *testing.T) func(files ...string) (string, error) {
	t.Helper()
	node := testkit.NeedTool(t, "node (and `npm ci` in tools/shacl)", "node", "nodejs")
	tool, _ := filepath.Abs("../tools/shacl")
	if _, err := os.Stat(filepath.Join(tool, "node_modules", "rdf-validate-shacl")); err != nil {
		testkit.Missing(t, "tools/shacl/node_modules: run .ci/setup.d/shacl.sh")
	}
	shapes, _ := filepath.Abs("../../shared/standards/dcat-ap-3.0.1")
	if _, err := os.Stat(filepath.Join(shapes, "dcat-ap-SHACL.ttl")); err != nil {
		testkit.Missing(t, "the DCAT-AP 3.0.1 shapes in ../shared/standards/dcat-ap-3.0.1")
	}
	return func(files ...string) (string, error) {
		out, err := exec.Command(node, append([]string{filepath.Join(tool, "validate.mjs"), shapes}, files...)...).CombinedOutput()
		return string(out), err
	}
}

var triplesRe = regexp.MustCompile(`: (\d+) triples`)

func TestDCATConformsToDCATAP3(t *testing.T) {
	validate := shaclValidator(t)
	_, relDir := mustPublishedAt(t, testBase)
	ttl, ld := filepath.Join(relDir, "dcat.ttl"), filepath.Join(relDir, "dcat.jsonld")
	t.Run("release files conform", func(t *testing.T) {
		out, err := validate(ttl, ld)
		if err != nil {
			t.Fatalf("the catalogue does not conform to DCAT-AP 3.0.1 (%v):\n%s", err, out)
		}
		counts := triplesRe.FindAllStringSubmatch(out, -1)
		if len(counts) != 2 || counts[0][1] != counts[1][1] {
			t.Errorf("Turtle and JSON-LD hold different graphs:\n%s", out)
		}
	})
	t.Run("a broken catalogue fails", func(t *testing.T) {
		// A distribution without its access URL and a dataset without a title
		// break two mandatory properties of DCAT-AP.
		b, _ := os.ReadFile(ttl)
		broken := regexp.MustCompile(`(?m)^\s+dcat:accessURL <[^>]+> ;\n`).ReplaceAll(b, nil)
		broken = regexp.MustCompile(`(?m)^\s+dct:title "Кількість отримувачів державних соціальних допомог"@uk ;\n`).ReplaceAll(broken, nil)
		if bytes.Equal(broken, b) {
			t.Fatal("the test did not break the catalogue")
		}
		bad := filepath.Join(t.TempDir(), "broken.ttl")
		os.WriteFile(bad, broken, 0o644)
		out, err := validate(bad)
		if err == nil {
			t.Fatalf("the validator accepted a catalogue without accessURL and title:\n%s", out)
		}
		for _, want := range []string{"accessURL", "title", "MinCount"} {
			if !strings.Contains(out, want) {
				t.Errorf("the report does not name %s:\n%s", want, out)
			}
		}
	})
}

func TestStewardInCatalogueAndAPI(t *testing.T) {
	dir := testkit.MustBuilt(t)
	steward := `{"responsible_person": "Олена Петренко", "email": "o.petrenko@example.gov.ua", "base_url": "https://data.city.example"}`
	if err := os.WriteFile(filepath.Join(dir, opendata.StewardFile), []byte(steward), 0o600); err != nil {
		t.Fatal(err)
	}
	rel, _, err := opendata.Publish(context.Background(), testkit.MustOpen(t, dir), dir, time.Date(2024, 1, 15, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	ttl, _ := os.ReadFile(filepath.Join(opendata.ReleasesDir(dir), rel.ID, "dcat.ttl"))
	for _, want := range []string{`vcard:fn "Олена Петренко"`, "a vcard:Kind, vcard:Individual", "<mailto:o.petrenko@example.gov.ua>", "<https://data.city.example/opendata/catalog>"} {
		if !bytes.Contains(ttl, []byte(want)) {
			t.Errorf("dcat.ttl lacks %s", want)
		}
	}
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	(&opendata.Site{DataDir: dir}).Install(r)
	w := httptest.NewRecorder()
	r.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/api/3/action/package_show?id=budget-execution", nil))
	var got struct {
		Result map[string]any `json:"result"`
	}
	json.Unmarshal(w.Body.Bytes(), &got)
	if got.Result["maintainer"] != "Олена Петренко" || got.Result["maintainer_email"] != "o.petrenko@example.gov.ua" ||
		!strings.HasPrefix(got.Result["url"].(string), "https://data.city.example/") {
		t.Errorf("package_show does not carry the steward's settings: %v %v %v", got.Result["maintainer"], got.Result["maintainer_email"], got.Result["url"])
	}
}
