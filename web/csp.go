package web

import (
	"crypto/sha256"
	"encoding/base64"
	"io/fs"
	"regexp"
	"strings"
)

// BasePolicy is the Content-Security-Policy of every response: scripts and
// everything else only from our own host, no frames of our pages elsewhere.
// Inline style attributes stay allowed (charts size their boxes with them).
const BasePolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

var inlineScript = regexp.MustCompile(`(?is)<script\b([^>]*)>(.*?)</script>`)

// Policy is BasePolicy allowing exactly the inline scripts of page, by their
// SHA-256: a chart's script runs, a script an attacker slipped in does not.
func Policy(page []byte) string {
	var hashes []string
	for _, m := range inlineScript.FindAllSubmatch(page, -1) {
		if strings.Contains(strings.ToLower(string(m[1])), "src=") {
			continue
		}
		sum := sha256.Sum256(m[2])
		hashes = append(hashes, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
	}
	if len(hashes) == 0 {
		return BasePolicy
	}
	return strings.Replace(BasePolicy, "script-src 'self'", "script-src 'self' "+strings.Join(hashes, " "), 1)
}

// noDirs is a file system whose directories cannot be opened, so the file server
// lists none.
type noDirs struct{ fs.FS }

func (n noDirs) Open(name string) (fs.File, error) {
	f, err := n.FS.Open(name)
	if err != nil {
		return nil, err
	}
	if st, err := f.Stat(); err != nil || st.IsDir() {
		f.Close()
		return nil, fs.ErrNotExist
	}
	return f, nil
}
