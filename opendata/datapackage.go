package opendata

import (
	"path/filepath"
	"strings"
)

// schemaField is a field of a Frictionless Table Schema.
type schemaField struct {
	Name        string            `json:"name"`
	Title       string            `json:"title"`
	Description string            `json:"description"`
	Type        string            `json:"type"`
	Format      string            `json:"format,omitempty"`
	Constraints *fieldConstraints `json:"constraints,omitempty"`
}

type fieldConstraints struct {
	Required bool `json:"required"`
}

// Schema is a dataset's Frictionless Table Schema.
type Schema struct {
	Fields        []schemaField `json:"fields"`
	PrimaryKey    []string      `json:"primaryKey,omitempty"`
	MissingValues []string      `json:"missingValues"`
}

// Dialect is the CSV dialect of the UTF-8 CSV files.
type Dialect struct {
	Delimiter      string `json:"delimiter"`
	DoubleQuote    bool   `json:"doubleQuote"`
	LineTerminator string `json:"lineTerminator"`
	QuoteChar      string `json:"quoteChar"`
	Header         bool   `json:"header"`
}

// csvDialect is what encodeCSV writes.
var csvDialect = Dialect{Delimiter: ",", DoubleQuote: true, LineTerminator: "\n", QuoteChar: `"`, Header: true}

// SchemaOf is the dataset's table schema: types, required fields, primary key; an
// empty cell is a missing value (unknown or withheld), never 0.
func SchemaOf(d Dataset) Schema {
	s := Schema{PrimaryKey: d.Key, MissingValues: []string{""}}
	for _, f := range d.Fields {
		sf := schemaField{Name: f.Name, Title: f.Title, Description: f.Description, Type: f.Type}
		if f.Required {
			sf.Constraints = &fieldConstraints{Required: true}
		}
		s.Fields = append(s.Fields, sf)
	}
	return s
}

// structure is the structure file: the table schema with the CSV's dialect and
// encoding.
type structure struct {
	Schema
	Dialect  Dialect `json:"dialect"`
	Encoding string  `json:"encoding"`
}

func structureOf(d Dataset) structure {
	return structure{Schema: SchemaOf(d), Dialect: csvDialect, Encoding: "utf-8"}
}

// frictionlessLicence is a licence as the Data Package spec writes it.
func frictionlessLicence(l Licence) map[string]string {
	return map[string]string{"name": l.ID, "path": l.URL, "title": l.Title}
}

// dataPackage is the release's datapackage.json: a Frictionless Tabular Data
// Package with one resource per dataset's UTF-8 CSV.
func dataPackage(rel Release) map[string]any {
	var resources []map[string]any
	var licences []map[string]string
	seen := map[Licence]bool{}
	for _, rd := range rel.Datasets {
		d, _ := DatasetByID(rd.ID)
		lic := frictionlessLicence(rd.Licence)
		if !seen[rd.Licence] {
			seen[rd.Licence] = true
			licences = append(licences, lic)
		}
		resources = append(resources, map[string]any{
			"profile": "tabular-data-resource", "name": rd.ID, "path": rd.Files["csv"],
			"title": d.Title, "description": d.Description,
			"format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
			"dialect": csvDialect, "schema": SchemaOf(d),
			"licenses": []map[string]string{lic},
			"sources":  []map[string]string{{"title": Publisher.Name + " (код ЄДРПОУ " + Publisher.EDRPOU + ")"}},
			"hash":     "sha256:" + rd.SHA256,
		})
	}
	pkg := map[string]any{
		"profile":   "tabular-data-package",
		"name":      "hromadata-" + Publisher.EDRPOU,
		"id":        "hromadata-" + Publisher.EDRPOU + "-" + rel.ID,
		"title":     "Відкриті дані: " + Publisher.Name,
		"version":   rel.ID,
		"created":   rel.Created.Format("2006-01-02T15:04:05Z"),
		"sources":   []map[string]string{{"title": Publisher.Name + " (код ЄДРПОУ " + Publisher.EDRPOU + ")"}},
		"keywords":  []string{"відкриті дані", "соціальний захист"},
		"resources": resources,
	}
	if len(licences) > 0 {
		pkg["licenses"] = licences
	}
	if len(rel.Datasets) > 0 {
		rd := rel.Datasets[0]
		pkg["contributors"] = []map[string]string{{"title": rd.ResponsiblePerson, "email": rd.ResponsibleEmail, "role": "maintainer"}}
	}
	return pkg
}

// writeCatalogues writes release.json, a Frictionless datapackage.json and a DCAT
// catalogue for harvesters such as the national portal.
func writeCatalogues(dir string, rel Release) error {
	if err := writeJSONFile(filepath.Join(dir, "release.json"), rel); err != nil {
		return err
	}
	if err := writeJSONFile(filepath.Join(dir, "datapackage.json"), dataPackage(rel)); err != nil {
		return err
	}
	var dcat []map[string]any
	for _, rd := range rel.Datasets {
		d, _ := DatasetByID(rd.ID)
		p := PassportOf(d, rd, rel.ID)
		var dists []map[string]any
		for _, link := range p.DataLinks {
			dists = append(dists, map[string]any{"@type": "dcat:Distribution", "dcat:downloadURL": link,
				"dcat:mediaType": mediaType(link), "dct:license": p.Licence.URL})
		}
		dcat = append(dcat, map[string]any{
			"@type": "dcat:Dataset", "dct:identifier": p.Identifier, "dct:title": p.Title, "dct:description": p.Description,
			"dct:language": p.Language, "dcat:keyword": p.Keywords, "dct:issued": p.FirstPublished, "dct:modified": p.LastModified,
			"dct:accrualPeriodicity": p.UpdateFrequency, "dct:publisher": map[string]any{"foaf:name": p.Publisher, "dct:identifier": p.PublisherEDRPOU},
			"dcat:contactPoint": map[string]any{"vcard:fn": p.ResponsiblePerson, "vcard:hasEmail": "mailto:" + p.ResponsibleEmail},
			"dct:license":       p.Licence.URL, "dcat:distribution": dists,
		})
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
	case strings.HasSuffix(name, ".xlsx"):
		return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	}
	return "application/vnd.apache.parquet"
}
