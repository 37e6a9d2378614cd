package pgwire_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/hromadata/hromadata/testkit"
)

// psql runs Debian's psql against the endpoint and returns what it printed.
func (e endpoint) psql(t *testing.T, bin string, args ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"-X", "-v", "ON_ERROR_STOP=1", e.dsn()}, args...)...)
	cmd.Env = append(os.Environ(), "PGCONNECT_TIMEOUT=10", "LC_ALL=C.UTF-8")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// TestPsql: psql connects, lists the tables (only the analyst's), describes one,
// aggregates, and gets a refusal with its SQLSTATE and a Ukrainian message.
func TestPsql(t *testing.T) {
	bin := testkit.NeedTool(t, "psql (apt-get install postgresql-client)", "psql")
	e := mustEndpoint(t)
	tests := []struct {
		name    string
		args    []string
		want    []string
		notWant []string
		fails   bool
	}{
		{"list tables", []string{"-c", `\dt`}, []string{"mart_recipients_monthly", "ref_benefits", "table"}, []string{"core_", "stg_"}, false},
		{"describe a table", []string{"-c", `\d mart_recipients_monthly`}, []string{"office_code", "as_of", "date"}, nil, false},
		{"aggregate", []string{"-A", "-t", "-c", "SELECT count(*) > 0, sum(families) > 0 FROM mart_recipients_monthly"}, []string{"t|t"}, nil, false},
		{"version", []string{"-A", "-t", "-c", "SELECT version(), current_schema(), current_database()"}, []string{"PostgreSQL 15", "|main|hromadata"}, nil, false},
		{"set and show", []string{"-A", "-t", "-c", "SET DateStyle = 'ISO'", "-c", "SHOW server_encoding"}, []string{"UTF8"}, nil, false},
		{"refused", []string{"-v", "VERBOSITY=verbose", "-c", "SELECT * FROM core_assignments"}, []string{"42501", "недоступна для ролі analyst"}, nil, true},
		{"time limit", []string{"-v", "VERBOSITY=verbose", "-c", "SELECT count(*) FROM range(100000000000) a WHERE a.range % 7 = 3"}, []string{"57014", "довше за 5s"}, nil, true},
		{"forbidden function in a catalogue query", []string{"-v", "VERBOSITY=verbose", "-c", "SELECT read_text('/etc/passwd') FROM pg_class"}, []string{"42501", "функцію read_text у SQL-консолі не дозволено"}, nil, true},
		{"refused set", []string{"-v", "VERBOSITY=verbose", "-c", "SET threads = 64"}, []string{"42501", "змінювати заборонено"}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := e.psql(t, bin, tt.args...)
			if (err != nil) != tt.fails {
				t.Fatalf("psql error %v (want failure: %v):\n%s", err, tt.fails, out)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(out, w) {
					t.Errorf("output has %q:\n%s", w, out)
				}
			}
		})
	}
}
