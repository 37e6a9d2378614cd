package opendata

import (
	"path/filepath"
)

// Passport is a dataset's passport with every field Resolution No. 835 requires.
type Passport struct {
	Identifier        string   `json:"identifier"`
	Title             string   `json:"title"`
	Description       string   `json:"description"`
	Language          string   `json:"language"`
	Formats           []string `json:"formats"`
	Compression       string   `json:"compression"`
	FirstPublished    string   `json:"first_published"`
	LastModified      string   `json:"last_modified"`
	CurrencyDate      string   `json:"currency_date"`
	UpdateFrequency   string   `json:"update_frequency"`
	Keywords          []string `json:"keywords"`
	DataLinks         []string `json:"data_links"`
	StructureLink     string   `json:"structure_link"`
	LegalBasis        string   `json:"legal_basis"`
	Purpose           string   `json:"purpose"`
	Publisher         string   `json:"publisher"`
	PublisherEDRPOU   string   `json:"publisher_edrpou"`
	ResponsiblePerson string   `json:"responsible_person"`
	ResponsibleEmail  string   `json:"responsible_email"`
	Release           string   `json:"release"`
}

// maxTitle and maxDescription are the passport's limits in characters.
const (
	maxTitle       = 254
	maxDescription = 4000
)

// URLPrefix is where releases are served; links in passports are relative to the site.
const URLPrefix = "/opendata/releases/"

// PassportOf builds the passport of a dataset as released.
func PassportOf(d Dataset, rd ReleasedData, release string) Passport {
	base := URLPrefix + release + "/"
	return Passport{
		Identifier:        Publisher.EDRPOU + "-" + d.ID,
		Title:             truncate(d.Title, maxTitle),
		Description:       truncate(d.Description, maxDescription),
		Language:          "uk",
		Formats:           []string{"CSV", "JSON", "Parquet"},
		Compression:       "CSV і JSON без стиснення; Parquet зі стисненням Snappy усередині файлу",
		FirstPublished:    rd.FirstPublish,
		LastModified:      rd.LastChange.Format("2006-01-02T15:04:05Z07:00"),
		CurrencyDate:      rd.CurrencyDate,
		UpdateFrequency:   d.Frequency,
		Keywords:          d.Keywords,
		DataLinks:         []string{base + rd.Files["csv"], base + rd.Files["json"], base + rd.Files["parquet"]},
		StructureLink:     base + d.ID + ".structure.json",
		LegalBasis:        d.LegalBasis,
		Purpose:           d.Purpose,
		Publisher:         Publisher.Name,
		PublisherEDRPOU:   Publisher.EDRPOU,
		ResponsiblePerson: Publisher.Person,
		ResponsibleEmail:  Publisher.Email,
		Release:           release,
	}
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n])
}

// structure is the structure file: the Frictionless table schema with the
// dataset's CSV dialect.
type structure struct {
	Fields  []Field `json:"fields"`
	Dialect struct {
		Delimiter string `json:"delimiter"`
		Header    bool   `json:"header"`
		Encoding  string `json:"encoding"`
	} `json:"dialect"`
	MissingValues []string `json:"missingValues"`
}

func structureOf(d Dataset) structure {
	s := structure{Fields: d.Fields, MissingValues: []string{""}}
	s.Dialect.Delimiter, s.Dialect.Header, s.Dialect.Encoding = ",", true, "utf-8"
	return s
}

// writeCatalogues writes release.json and a Frictionless datapackage.json (the
// DCAT catalogue is writeDCAT's).
func writeCatalogues(dir string, rel Release) error {
	if err := writeJSONFile(filepath.Join(dir, "release.json"), rel); err != nil {
		return err
	}
	pkg := map[string]any{"name": "hromadata-" + rel.ID, "title": "Відкриті дані: " + Publisher.Name, "created": rel.Created}
	var resources []map[string]any
	for _, rd := range rel.Datasets {
		d, _ := DatasetByID(rd.ID)
		resources = append(resources, map[string]any{
			"name": rd.ID, "title": d.Title, "path": rd.Files["csv"], "format": "csv", "mediatype": "text/csv",
			"encoding": "utf-8", "schema": structureOf(d),
		})
	}
	pkg["resources"] = resources
	return writeJSONFile(filepath.Join(dir, "datapackage.json"), pkg)
}
