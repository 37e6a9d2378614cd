package hromadata_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/hromadata/hromadata/testkit"
)

// docExamples are the SQL examples people copy from the README and docs/: the
// queries of the README's curl lines and psycopg2 calls, and the ```sql blocks.
func docExamples(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	query := regexp.MustCompile(`"query": "(SELECT[^"]*)"|execute\("(SELECT[^"]*)"`)
	block := regexp.MustCompile("(?s)```sql\n(.*?)```")
	for _, file := range []string{"README.md", "docs/analysts.md", "docs/pgwire.md"} {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.ReplaceAll(string(b), `'"'"'`, "'") // the shell's quote within quotes
		for i, m := range query.FindAllStringSubmatch(text, -1) {
			out[file+"#"+string(rune('a'+i))] = strings.ReplaceAll(m[1]+m[2], "%s", "DATE '2024-01-01'")
		}
		for i, m := range block.FindAllStringSubmatch(text, -1) {
			for j, q := range strings.Split(m[1], ";") {
				if lines := strings.TrimSpace(regexp.MustCompile(`(?m)^\s*--.*$`).ReplaceAllString(q, "")); lines != "" {
					out[file+"#sql"+string(rune('a'+i))+string(rune('a'+j))] = lines
				}
			}
		}
	}
	return out
}

// TestDocSQLExamples: every SQL example of the README and docs runs on a built
// warehouse, and none counts families by summing mart_recipients_monthly, where a
// family with several benefits is one row per benefit.
func TestDocSQLExamples(t *testing.T) {
	db := testkit.MustOpen(t, testkit.MustBuilt(t))
	summed := regexp.MustCompile(`(?is)sum\(\s*families\s*\).*mart_recipients_monthly`)
	examples := docExamples(t)
	if len(examples) < 8 {
		t.Fatalf("only %d examples found: %v", len(examples), examples)
	}
	for name, q := range examples {
		t.Run(name, func(t *testing.T) {
			if summed.MatchString(q) {
				t.Errorf("sums families over mart_recipients_monthly (once per benefit): %s", q)
			}
			rows, err := db.Query(q)
			if err != nil {
				t.Fatalf("%v\n%s", err, q)
			}
			rows.Close()
		})
	}
}
