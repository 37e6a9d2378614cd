package cli_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestTokenCommands issues, lists and revokes tokens the way an administrator would.
func TestTokenCommands(t *testing.T) {
	data := t.TempDir()
	steps := []struct {
		name string
		args []string
		code int
		want string // a regular expression
	}{
		{"analyst", []string{"token", "new", "--data", data, "--name", "olena"}, 0, "hd_"},
		{"steward without purpose", []string{"token", "new", "--data", data, "--name", "iryna", "--role", "steward"}, 1, "мета доступу"},
		{"steward", []string{"token", "new", "--data", data, "--name", "iryna", "--role", "steward", "--purpose", "перевірка дублікатів призначень", "--expires", "30d"}, 0, "hd_"},
		{"unknown role", []string{"token", "new", "--data", data, "--name", "x", "--role", "admin"}, 1, "невідома роль"},
		{"bad expiry", []string{"token", "new", "--data", data, "--name", "x", "--expires", "forever"}, 1, "строк дії"},
		{"too long", []string{"token", "new", "--data", data, "--name", "x", "--expires", "3650d"}, 1, "366 днів"},
		{"list", []string{"token", "list", "--data", data}, 0, `iryna\s+steward\s+` + time.Now().Format(`02\.01\.2006`) + `\s+` + time.Now().Add(30*24*time.Hour).Format(`02\.01\.2006`) + `\s+діє\s+перевірка дублікатів призначень`},
		{"revoke", []string{"token", "revoke", "--data", data, "--name", "olena"}, 0, "відкликано"},
		{"revoke unknown", []string{"token", "revoke", "--data", data, "--name", "nobody"}, 1, "токена з ім’ям \"nobody\" немає"},
		{"list after revoke", []string{"token", "list", "--data", data}, 0, "відкликано " + time.Now().Format("02.01.2006")},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			code, out, errs := run(t, st.args...)
			if code != st.code || !regexp.MustCompile(st.want).MatchString(out+errs) {
				t.Errorf("exit %d, want %d; output lacks %q:\n%s%s", code, st.code, st.want, out, errs)
			}
		})
	}
	t.Run("corrupt file", func(t *testing.T) {
		os.WriteFile(filepath.Join(data, "tokens.json"), []byte("{oops"), 0o600)
		code, out, errs := run(t, "token", "list", "--data", data)
		if code != 1 || !strings.Contains(errs, "файл токенів пошкоджено") {
			t.Errorf("exit %d:\n%s%s", code, out, errs)
		}
	})
}
