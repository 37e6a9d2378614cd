package auth

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hromadata/hromadata"
)

func mustToken(t *testing.T, s *Store, g Grant, now time.Time) string {
	t.Helper()
	tok, err := s.New(g, now)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func TestCheckHeader(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	s := NewStore(t.TempDir())
	tok := mustToken(t, s, Grant{Name: "olena", Role: Analyst}, now)
	short := mustToken(t, s, Grant{Name: "short", Role: Analyst, TTL: time.Hour}, now)
	gone := mustToken(t, s, Grant{Name: "gone", Role: Steward, Purpose: "перевірка якості даних"}, now)
	if err := s.Revoke("gone", now); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, header string
		at           time.Time
		want         string // the token's name, or the refusal
	}{
		{"bearer", "Bearer " + tok, now, "olena"},
		{"scheme in lower case", "bearer " + tok, now, "olena"},
		{"no scheme", tok, now, "Bearer ТОКЕН"},
		{"basic", "Basic " + tok, now, "Bearer ТОКЕН"},
		{"empty", "", now, "Bearer ТОКЕН"},
		{"bearer only", "Bearer ", now, "Bearer ТОКЕН"},
		{"wrong token", "Bearer " + tok + "x", now, "недійсний токен"},
		{"before expiry", "Bearer " + short, now.Add(59 * time.Minute), "short"},
		{"after expiry", "Bearer " + short, now.Add(time.Hour), "строк дії"},
		{"default expiry is 90 days", "Bearer " + tok, now.Add(90 * 24 * time.Hour), "строк дії"},
		{"revoked", "Bearer " + gone, now, "відкликано"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.CheckHeader(tt.header, tt.at)
			if err != nil {
				if !strings.Contains(hromadata.MessageOf(err), tt.want) || hromadata.KindOf(err) != hromadata.Unauthorized {
					t.Errorf("refused with %v, want %q", err, tt.want)
				}
				return
			}
			if got.Name != tt.want {
				t.Errorf("accepted as %q, want %q", got.Name, tt.want)
			}
		})
	}
}

// TestCorruptFileFailsClosed: a token file that cannot be trusted refuses everyone
// with a message that says why, and a technical cause for the log.
func TestCorruptFileFailsClosed(t *testing.T) {
	tests := []struct{ name, content string }{
		{"truncated", `[{"name": "olena", "role": "anal`},
		{"not a list", `{"name": "olena"}`},
		{"unknown role", `[{"name": "olena", "role": "root", "sha256": "` + strings.Repeat("a", 64) + `"}]`},
		{"no hash", `[{"name": "olena", "role": "analyst", "sha256": ""}]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, TokensFile), []byte(tt.content), 0o600)
			_, err := NewStore(dir).CheckHeader("Bearer hd_x", time.Now())
			if hromadata.KindOf(err) != hromadata.Forbidden || !strings.Contains(hromadata.MessageOf(err), "файл токенів пошкоджено") || !strings.Contains(err.Error(), TokensFile) {
				t.Errorf("error %v (kind %v)", err, hromadata.KindOf(err))
			}
			if _, err := NewStore(dir).New(Grant{Name: "x", Role: Analyst}, time.Now()); err == nil {
				t.Error("issued a token over a corrupt file")
			}
		})
	}
}
