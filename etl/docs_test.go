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
}

// TestBenefitCodesDocumented keeps the benefit code table of docs/exports/benefits.md
// equal to the seed the loader and the models read: every code with its name, whether
// it is paid once or monthly, and the budget line it is paid from, which must exist.
func TestBenefitCodesDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/exports/benefits.md")
	if err != nil {
		t.Fatal(err)
	}
	codes := mustSeed(t, "ref_benefits")
	lines := map[string]bool{}
	for _, l := range mustSeed(t, "ref_budget_lines") {
		lines[l["id"]] = true
	}
	_, table, _ := strings.Cut(string(doc), "## Довідник кодів допомог")
	table, _, _ = strings.Cut(table, "\n## ")
	documented := strings.Count(table, "\n| `")
	if documented != len(codes) {
		t.Errorf("docs list %d benefit codes, the seed %d", documented, len(codes))
	}
	for _, c := range codes {
		t.Run(c["code"], func(t *testing.T) {
			paid := "щомісячна"
			if c["monthly"] != "true" {
				paid = "одноразова"
			}
			row := "| `" + c["code"] + "` | " + c["name_uk"] + " | " + paid + " | `" + c["budget_line"] + "` |"
			if !strings.Contains(table, row+"\n") {
				t.Errorf("docs/exports/benefits.md lacks the row\n%s", row)
			}
			if !lines[c["budget_line"]] {
				t.Errorf("budget line %q is not in ref_budget_lines", c["budget_line"])
			}
		})
	}
}

func mustSeed(t *testing.T, name string) []map[string]string {
	t.Helper()
	rows, err := sqlfs.Seed(name)
	if err != nil {
		t.Fatal(err)
	}
	return rows
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
