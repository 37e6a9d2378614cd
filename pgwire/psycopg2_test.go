package pgwire_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hromadata/hromadata/testkit"
)

// debianPython is Debian's own Python, which Debian's python3-psycopg2 serves.
const debianPython = "/usr/bin/python3"

// psycopg2Script connects, lists the tables through information_schema, runs an
// aggregate and a parameterised query (psycopg2 interpolates on the client and
// opens a transaction first), and prints a refusal's SQLSTATE and message.
const psycopg2Script = `
import sys, psycopg2
conn = psycopg2.connect(sys.argv[1])
cur = conn.cursor()
cur.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1")
names = [r[0] for r in cur.fetchall()]
print("tables", ",".join(names))
cur.execute("SELECT count(*), sum(families) FROM mart_recipients_monthly WHERE as_of = %s", ("2024-01-01",))
n, s = cur.fetchone()
print("aggregate", n > 0, type(s).__name__, s > 0)
cur.execute("SELECT %s::INTEGER + 1, %s", (41, "Кам’янське"))
print("params", cur.fetchone())
conn.rollback()
try:
    cur.execute("SELECT * FROM core_assignments")
except psycopg2.Error as e:
    print("refused", e.pgcode, e.pgerror.strip())
`

// TestPsycopg2 drives Debian's psycopg2 against the endpoint.
func TestPsycopg2(t *testing.T) {
	if _, err := os.Stat(debianPython); err != nil {
		testkit.Missing(t, "Debian's python3 ("+debianPython+")")
	}
	if err := exec.Command(debianPython, "-c", "import psycopg2").Run(); err != nil {
		testkit.Missing(t, "psycopg2 for Debian's python3 (apt-get install python3-psycopg2)")
	}
	e := mustEndpoint(t)
	out, err := exec.Command(debianPython, "-c", psycopg2Script, e.dsn()).CombinedOutput()
	if err != nil {
		t.Fatalf("psycopg2: %v\n%s", err, out)
	}
	for _, want := range []string{"tables ", "mart_recipients_monthly", "aggregate True Decimal True",
		"params (42, 'Кам’янське')", "refused 42501 ERROR:  таблиця core_assignments недоступна для ролі analyst"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(string(out), "core_") && !strings.Contains(string(out), "refused") {
		t.Errorf("an analyst sees core_ tables:\n%s", out)
	}
	if strings.Contains(strings.SplitN(string(out), "\n", 2)[0], "core_") {
		t.Errorf("an analyst's table list shows core_ tables:\n%s", out)
	}
	qlog, err := os.ReadFile(filepath.Join(e.dir, "logs", "sql-queries.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"who":"olena"`, `"via":"pg"`, `"query":"SELECT * FROM core_assignments"`, `"status":"refused"`} {
		if !strings.Contains(string(qlog), want) {
			t.Errorf("query log lacks %s:\n%s", want, qlog)
		}
	}
}
