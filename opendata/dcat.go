package opendata

import (
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/hromadata/hromadata/atomicfile"
)

// The DCAT-AP 3 catalogue: the same graph is written into each release as
// dcat.jsonld and dcat.ttl and served from /opendata/catalog with the links of
// the site that serves it. It must conform to the DCAT-AP 3.0.1 SHACL shapes
// (tools/shacl checks it in the tests), which is why every vocabulary term it
// uses is typed in the graph: the shapes check classes, not just IRIs.

// EU vocabularies (publications.europa.eu authority tables) and IANA media types.
const (
	euAuthority   = "http://publications.europa.eu/resource/authority/"
	ianaMediaType = "http://www.iana.org/assignments/media-types/"
	languageUK    = euAuthority + "language/UKR"
)

// DefaultBaseURL is where the catalogue written into a release points when
// neither --base-url nor the steward's base_url is set: the address `serve`
// listens on by default. `publish` warns when it is used.
const DefaultBaseURL = "http://localhost:8080"

// ResolveBaseURL picks the site's address for links: the flag, else the
// steward's setting; "" when neither is set.
func ResolveBaseURL(flag string, st Steward) string {
	if flag != "" {
		return strings.TrimRight(flag, "/")
	}
	return strings.TrimRight(st.BaseURL, "/")
}

// catalogueSite is what the catalogue needs besides the release: where the
// site is and who answers for the data.
type catalogueSite struct {
	Base    string // absolute, without a trailing slash
	Steward Steward
}

func (s catalogueSite) catalogIRI() string { return s.Base + "/opendata/catalog" }
func (s catalogueSite) pageURL(id string) string {
	return s.Base + "/opendata/datasets/" + url.PathEscape(id)
}
func (s catalogueSite) fileURL(release, name string) string {
	return s.Base + URLPrefix + url.PathEscape(release) + "/" + url.PathEscape(name)
}

// person and email answer for the datasets: the steward's (publish refuses
// without them, so there is no placeholder to fall back to).
func (s catalogueSite) person() string { return s.Steward.Person }
func (s catalogueSite) email() string  { return s.Steward.Email }

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// frequencyIRI maps a dataset's frequency as people read it to the EU frequency
// vocabulary; an unknown one is UNKNOWN, never a guess.
func frequencyIRI(f string) string {
	f = strings.ToLower(f)
	code := "UNKNOWN"
	switch {
	case strings.Contains(f, "щоміся") || strings.Contains(f, "місяч"):
		code = "MONTHLY"
	case strings.Contains(f, "квартал"):
		code = "QUARTERLY"
	case strings.Contains(f, "півріч") || strings.Contains(f, "півроку"):
		code = "ANNUAL_2"
	case strings.Contains(f, "щоріч") || strings.Contains(f, "щороку") || strings.Contains(f, "річн") || strings.Contains(f, "на рік"):
		code = "ANNUAL"
	case strings.Contains(f, "тижн"):
		code = "WEEKLY"
	case strings.Contains(f, "щодня") || strings.Contains(f, "щоден"):
		code = "DAILY"
	case strings.Contains(f, "не оновлюється") || strings.Contains(f, "одноразово"):
		code = "NEVER"
	case strings.Contains(f, "у разі змін") || strings.Contains(f, "в разі змін") || strings.Contains(f, "нерегулярно"):
		code = "IRREG"
	}
	return euAuthority + "frequency/" + code
}

// licenceIRI is the EU licence vocabulary's term for the licence, or the
// licence's own page when the vocabulary has none.
func licenceIRI(l Licence) string {
	eu := map[string]string{
		"CC-BY-4.0": "CC_BY_4_0", "CC-BY-SA-4.0": "CC_BYSA_4_0", "CC0-1.0": "CC0",
		"ODbL-1.0": "ODBL", "ODC-BY-1.0": "ODC_BY", "PDDL-1.0": "ODC_PDDL",
	}
	if code, ok := eu[l.ID]; ok {
		return euAuthority + "licence/" + code
	}
	return l.URL
}

// fileFormat describes one distribution's format: the EU file type, the IANA
// media type and the name people read.
type fileFormat struct{ fileType, mediaType, label string }

func formatOf(name string) fileFormat {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		return fileFormat{"CSV", "text/csv", "CSV"}
	case ".json":
		return fileFormat{"JSON", "application/json", "JSON"}
	case ".parquet":
		return fileFormat{"PARQUET", "application/vnd.apache.parquet", "Parquet"}
	case ".xlsx":
		return fileFormat{"XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"}
	case ".xls":
		return fileFormat{"XLS", "application/vnd.ms-excel", "XLS"}
	}
	return fileFormat{"BIN", "application/octet-stream", strings.ToUpper(strings.TrimPrefix(filepath.Ext(name), "."))}
}

// resourceTitle names a file of dataset d for people choosing one: the Excel CSV
// and the UTF-8 CSV share the format CSV, so the name tells them apart.
func resourceTitle(d Dataset, key, name string) string {
	label := formatOf(name).label
	if key == "excel_csv" {
		label = "CSV для Excel"
	}
	return truncate(d.Title, maxTitle) + " (" + label + ")"
}

// fileKeys orders a release's files: the usual formats first, then the rest by name.
func fileKeys(files map[string]string) []string {
	rank := map[string]int{"csv": 0, "json": 1, "parquet": 2, "xlsx": 3}
	var ks []string
	for k := range files {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		ri, oki := rank[ks[i]]
		rj, okj := rank[ks[j]]
		if oki != okj {
			return oki
		}
		if oki && ri != rj {
			return ri < rj
		}
		return ks[i] < ks[j]
	})
	return ks
}

// themeNode places a dataset in the EU data themes: budgets under government
// and public sector, the rest under population and society.
func themeNode(d Dataset) *rdfNode {
	code, label := "SOCI", "Населення та суспільство"
	if strings.Contains(d.ID, "budget") {
		code, label = "GOVE", "Уряд і державний сектор"
	}
	return concept(euAuthority+"data-theme/"+code, label)
}

// concept is a term of a controlled vocabulary; DCAT-AP wants its label.
func concept(iri, label string) *rdfNode {
	return newNode(iri, "skos:Concept").add("skos:prefLabel", langLit(label))
}

// catalogueGraph builds the catalogue of a release whose files are in dir.
func catalogueGraph(rel Release, dir string, site catalogueSite) []*rdfNode {
	lic := newNode(licenceIRI(site.Steward.Licence), "dct:LicenseDocument").
		add("dct:title", rdfLit{val: site.Steward.Licence.Title})
	lang := newNode(languageUK, "dct:LinguisticSystem")
	publisher := newNode(site.catalogIRI()+"#publisher", "foaf:Agent", "foaf:Organization").
		add("foaf:name", langLit(Publisher.Name)).
		add("dct:identifier", rdfLit{val: Publisher.EDRPOU}).
		add("dct:type", concept("http://purl.org/adms/publishertype/LocalAuthority", "Орган місцевого самоврядування"))
	cat := newNode(site.catalogIRI(), "dcat:Catalog").
		add("dct:title", langLit("Відкриті дані: "+Publisher.Name)).
		add("dct:description", langLit("Набори відкритих даних департаменту у форматах CSV, JSON і Parquet з паспортами за постановою КМУ № 835; випуск "+rel.ID+".")).
		add("dct:publisher", publisher).
		add("foaf:homepage", newNode(site.Base+"/opendata", "foaf:Document")).
		add("dct:language", lang).
		add("dct:license", lic).
		add("dct:modified", typedLit(rel.Created.UTC().Format("2006-01-02T15:04:05Z"), "xsd:dateTime"))
	// The CKAN-compatible API serves every dataset: harvesters find it here.
	api := newNode(site.catalogIRI()+"#ckan-api", "dcat:DataService").
		add("dct:title", langLit("CKAN-сумісний API відкритих даних")).
		add("dcat:endpointURL", newNode(site.Base+"/api/3/action/", "rdfs:Resource")).
		add("dct:conformsTo", newNode("https://docs.ckan.org/en/2.10/api/", "dct:Standard").add("dct:title", rdfLit{val: "CKAN action API"})).
		add("dct:publisher", publisher).
		add("dct:license", lic)
	for _, rd := range rel.Datasets {
		d, ok := DatasetByID(rd.ID)
		if !ok {
			continue
		}
		dn := datasetNode(d, rd, rel, dir, site, publisher, lic, lang)
		cat.add("dcat:dataset", dn)
		api.add("dcat:servesDataset", dn)
	}
	cat.add("dcat:service", api)
	return []*rdfNode{cat}
}

func datasetNode(d Dataset, rd ReleasedData, rel Release, dir string, site catalogueSite, publisher, lic, lang *rdfNode) *rdfNode {
	page := newNode(site.pageURL(d.ID), "foaf:Document")
	kind := "vcard:Organization" // the default names a post, not a person
	if site.Steward.Person != "" {
		kind = "vcard:Individual"
	}
	contact := newNode("", "vcard:Kind", kind).
		add("vcard:fn", rdfLit{val: site.person()}).
		add("vcard:hasEmail", rdfIRI("mailto:"+site.email()))
	n := newNode(site.pageURL(d.ID)+"#dataset", "dcat:Dataset").
		add("dct:identifier", rdfLit{val: Publisher.EDRPOU + "-" + d.ID}).
		add("dct:title", langLit(truncate(d.Title, maxTitle))).
		add("dct:description", langLit(truncate(d.Description, maxDescription)))
	for _, k := range d.Keywords {
		n.add("dcat:keyword", langLit(k))
	}
	n.add("dct:language", lang).
		add("dct:issued", typedLit(rd.FirstPublish, "xsd:date")).
		add("dct:modified", typedLit(rd.LastChange.UTC().Format("2006-01-02T15:04:05Z"), "xsd:dateTime")).
		add("dct:accrualPeriodicity", newNode(frequencyIRI(d.Frequency), "dct:Frequency")).
		add("dct:publisher", publisher).
		add("dcat:contactPoint", contact).
		add("dcat:landingPage", page).
		add("dcat:theme", themeNode(d)).
		add("dct:accessRights", newNode(euAuthority+"access-right/PUBLIC", "dct:RightsStatement")).
		add("dct:conformsTo", newNode(site.fileURL(rel.ID, d.ID+".structure.json"), "dct:Standard").
			add("dct:title", langLit("Структура набору даних "+d.ID)))
	if tn := temporalNode(dir, d, rd); tn != nil {
		n.add("dct:temporal", tn)
	}
	for _, k := range fileKeys(rd.Files) {
		n.add("dcat:distribution", distributionNode(d, rd, rel, k, dir, site, page, lic))
	}
	return n
}

func distributionNode(d Dataset, rd ReleasedData, rel Release, key, dir string, site catalogueSite, page, lic *rdfNode) *rdfNode {
	name := rd.Files[key]
	f := formatOf(name)
	n := newNode(site.pageURL(d.ID)+"#"+url.PathEscape(key), "dcat:Distribution").
		add("dct:title", langLit(resourceTitle(d, key, name))).
		add("dcat:accessURL", page).
		add("dcat:downloadURL", rdfIRI(site.fileURL(rel.ID, name))).
		add("dcat:mediaType", newNode(ianaMediaType+f.mediaType, "dct:MediaType")).
		add("dct:format", newNode(euAuthority+"file-type/"+f.fileType, "dct:MediaTypeOrExtent")).
		add("dct:license", lic).
		add("dct:issued", typedLit(rd.FirstPublish, "xsd:date")).
		add("dct:modified", typedLit(rd.LastChange.UTC().Format("2006-01-02T15:04:05Z"), "xsd:dateTime"))
	if st, err := os.Stat(filepath.Join(dir, name)); err == nil {
		n.add("dcat:byteSize", typedLit(strconv.FormatInt(st.Size(), 10), "xsd:nonNegativeInteger"))
	}
	return n
}

// writeDCAT writes dcat.jsonld and dcat.ttl of a release into dir.
func writeDCAT(dir string, rel Release, site catalogueSite) error {
	g := catalogueGraph(rel, dir, site)
	ld, err := jsonLD(g)
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(filepath.Join(dir, "dcat.jsonld"), ld, 0o644); err != nil {
		return err
	}
	return atomicfile.WriteFile(filepath.Join(dir, "dcat.ttl"), turtle(g), 0o644)
}
