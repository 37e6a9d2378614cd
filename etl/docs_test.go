package etl_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hromadata/hromadata/etl"
	sqlfs "github.com/hromadata/hromadata/sql"
)

// TestExportDocs keeps docs/exports in step with the schemas: every column header
// and every benefit code the loader accepts is documented.
func TestExportDocs(t *testing.T) {
	doc, err := readDocs("../docs/exports")
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc)
	for _, src := range etl.Sources() {
		if !strings.Contains(text, "`"+src.ID+"`") {
			t.Errorf("source %s is not documented", src.ID)
		}
		for _, c := range src.Columns {
			if !strings.Contains(text, "| `"+c.Header+"` |") {
				t.Errorf("%s: column %q is not documented", src.ID, c.Header)
			}
		}
	}
	codes, err := sqlfs.Seed("ref_benefits")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range codes {
		if !strings.Contains(text, "| `"+c["code"]+"` | "+c["name_uk"]+" |") {
			t.Errorf("benefit code %s is not documented", c["code"])
		}
	}
}

func readDocs(dir string) ([]byte, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		return nil, err
	}
	var all []byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		all = append(all, b...)
	}
	return all, nil
}
