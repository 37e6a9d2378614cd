package opendata

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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
