package opendata

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/atomicfile"
)

// StewardFile is the data steward's settings for open data, in the data directory.
const StewardFile = "opendata.json"

// Licence is the licence the datasets are published under.
type Licence struct {
	ID    string `json:"id"`    // SPDX identifier, e.g. CC-BY-4.0
	Title string `json:"title"` // as people read it
	URL   string `json:"url"`   // the licence's own page
}

// CCBY40 is the default licence: Creative Commons Attribution 4.0 International.
var CCBY40 = Licence{
	ID:    "CC-BY-4.0",
	Title: "Creative Commons Attribution 4.0 International (CC BY 4.0)",
	URL:   "https://creativecommons.org/licenses/by/4.0/",
}

// Steward is what the data steward sets in StewardFile: who answers for the
// datasets (a person's name, not a job title), how to reach them, where the site
// is reachable from outside, and the licence.
type Steward struct {
	Person  string  `json:"responsible_person"`
	Email   string  `json:"email"`
	Phone   string  `json:"phone,omitempty"`
	BaseURL string  `json:"base_url"` // e.g. https://opendata.example.gov.ua; --base-url overrides it
	Licence Licence `json:"licence"`
}

// LoadSteward reads the steward's settings; a missing file gives the defaults
// (no person, no base URL, CC BY 4.0), a missing licence gives CC BY 4.0.
func LoadSteward(dataDir string) (Steward, error) {
	st := Steward{Licence: CCBY40}
	b, err := os.ReadFile(filepath.Join(dataDir, StewardFile))
	if errors.Is(err, fs.ErrNotExist) {
		return st, nil
	}
	if err != nil {
		return st, err
	}
	if err := json.Unmarshal(b, &st); err != nil {
		return st, fmt.Errorf("%s: %w", StewardFile, err)
	}
	if st.Licence.ID == "" {
		st.Licence = CCBY40
	}
	return st, nil
}

// Check refuses settings a passport cannot be written from: Resolution No. 835
// wants a responsible person (a name, not a job title) and their e-mail in every
// passport, and no default can stand for them.
func (st Steward) Check(dataDir string) error {
	path := filepath.Join(dataDir, StewardFile)
	missing := func(field, what string) error {
		return hromadata.E(hromadata.Invalid, fmt.Sprintf(
			"не вказано %s для паспортів відкритих даних: заповніть поле «%s» у файлі %s", what, field, path))
	}
	switch {
	case strings.TrimSpace(st.Person) == "":
		return missing("responsible_person", "відповідальну особу (прізвище, ім’я та по батькові, не посаду)")
	case !strings.Contains(st.Email, "@"):
		return missing("email", "електронну пошту відповідальної особи")
	case st.Licence.Title == "" || st.Licence.URL == "":
		return missing("licence", "назву й адресу ліцензії (title, url)")
	}
	return nil
}

// WriteSteward writes the settings into dataDir unless the steward already has a
// file there: a sample must never overwrite what a person wrote.
func WriteSteward(dataDir string, st Steward) error {
	path := filepath.Join(dataDir, StewardFile)
	if _, err := os.Stat(path); err == nil {
		return nil
	}
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(path, append(b, '\n'), 0o644)
}
