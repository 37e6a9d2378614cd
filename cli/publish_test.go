package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hromadata/hromadata/opendata"
	"github.com/hromadata/hromadata/testkit"
)

// TestPublishBaseURL: the catalogue written into a release links to --base-url,
// else to the steward's base_url, else to the default with a warning.
func TestPublishBaseURL(t *testing.T) {
	for _, c := range []struct {
		name, flag, steward, want string
		warned                    bool
	}{
		{"flag", "https://opendata.example.gov.ua/", "", "https://opendata.example.gov.ua/opendata/catalog", false},
		{"flag over steward", "https://a.example.org", `{"base_url": "https://b.example.org"}`, "https://a.example.org/opendata/catalog", false},
		{"steward", "", `{"base_url": "https://b.example.org"}`, "https://b.example.org/opendata/catalog", false},
		{"neither", "", "", opendata.DefaultBaseURL + "/opendata/catalog", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			data := testkit.MustBuilt(t)
			if c.steward != "" {
				os.WriteFile(filepath.Join(data, opendata.StewardFile), []byte(c.steward), 0o600)
			}
			args := []string{"publish", "--data", data}
			if c.flag != "" {
				args = append(args, "--base-url", c.flag)
			}
			code, out, errs := run(t, args...)
			if code != 0 {
				t.Fatalf("exit %d: %s%s", code, out, errs)
			}
			if warned := strings.Contains(out, "адреса сайту не задана"); warned != c.warned {
				t.Errorf("warning shown %v, want %v:\n%s", warned, c.warned, out)
			}
			rel, err := opendata.Latest(data)
			if err != nil {
				t.Fatal(err)
			}
			ttl, _ := os.ReadFile(filepath.Join(opendata.ReleasesDir(data), rel.ID, "dcat.ttl"))
			if !strings.Contains(string(ttl), "<"+c.want+">") {
				t.Errorf("dcat.ttl lacks <%s>:\n%.300s", c.want, ttl)
			}
		})
	}
}
