package opendata

import (
	"path/filepath"
	"strings"
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

// writeCatalogues writes release.json, a Frictionless datapackage.json and a DCAT
// catalogue for harvesters such as the national portal.
func writeCatalogues(dir string, rel Release) error {
	if err := writeJSONFile(filepath.Join(dir, "release.json"), rel); err != nil {
		return err
	}
	pkg := map[string]any{"name": "hromadata-" + rel.ID, "title": "Відкриті дані: " + Publisher.Name, "created": rel.Created}
	var resources, dcat []map[string]any
	for _, rd := range rel.Datasets {
		d, _ := DatasetByID(rd.ID)
		p := PassportOf(d, rd, rel.ID)
		resources = append(resources, map[string]any{
			"name": rd.ID, "title": d.Title, "path": rd.Files["csv"], "format": "csv", "mediatype": "text/csv",
			"encoding": "utf-8", "schema": structureOf(d),
		})
		var dists []map[string]any
		for _, link := range p.DataLinks {
			dists = append(dists, map[string]any{"@type": "dcat:Distribution", "dcat:downloadURL": link,
				"dcat:mediaType": mediaType(link)})
		}
		dcat = append(dcat, map[string]any{
			"@type": "dcat:Dataset", "dct:identifier": p.Identifier, "dct:title": p.Title, "dct:description": p.Description,
			"dct:language": p.Language, "dcat:keyword": p.Keywords, "dct:issued": p.FirstPublished, "dct:modified": p.LastModified,
			"dct:accrualPeriodicity": p.UpdateFrequency, "dct:publisher": map[string]any{"foaf:name": p.Publisher, "dct:identifier": p.PublisherEDRPOU},
			"dcat:contactPoint": map[string]any{"vcard:fn": p.ResponsiblePerson, "vcard:hasEmail": "mailto:" + p.ResponsibleEmail},
			"dcat:distribution": dists,
		})
	}
	pkg["resources"] = resources
	if err := writeJSONFile(filepath.Join(dir, "datapackage.json"), pkg); err != nil {
		return err
	}
	return writeJSONFile(filepath.Join(dir, "dcat.jsonld"), map[string]any{
		"@context": map[string]string{"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/",
			"foaf": "http://xmlns.com/foaf/0.1/", "vcard": "http://www.w3.org/2006/vcard/ns#"},
		"@type": "dcat:Catalog", "dct:title": "Відкриті дані: " + Publisher.Name, "dcat:dataset": dcat,
	})
}

func mediaType(name string) string {
	switch {
	case strings.HasSuffix(name, ".csv"):
		return "text/csv"
	case strings.HasSuffix(name, ".json"):
		return "application/json"
	}
	return "application/vnd.apache.parquet"
}
