package opendata

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
	Licence           Licence  `json:"licence"`
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
		Formats:           []string{"CSV", "CSV для Excel", "XLSX", "JSON", "Parquet"},
		Compression:       "CSV і JSON без стиснення (за запитом — gzip); Parquet зі стисненням Snappy усередині файлу; XLSX — ZIP за форматом",
		FirstPublished:    rd.FirstPublish,
		LastModified:      rd.LastChange.Format("2006-01-02T15:04:05Z07:00"),
		CurrencyDate:      rd.CurrencyDate,
		UpdateFrequency:   d.Frequency,
		Keywords:          d.Keywords,
		DataLinks:         dataLinks(base, rd),
		StructureLink:     base + d.ID + ".structure.json",
		LegalBasis:        d.LegalBasis,
		Purpose:           d.Purpose,
		Publisher:         Publisher.Name,
		PublisherEDRPOU:   Publisher.EDRPOU,
		ResponsiblePerson: rd.ResponsiblePerson,
		ResponsibleEmail:  rd.ResponsibleEmail,
		Licence:           rd.Licence,
		Release:           release,
	}
}

// dataLinks are the dataset's files in fileFormats order; a release written
// before a format existed links only what it has.
func dataLinks(base string, rd ReleasedData) []string {
	var out []string
	for _, f := range fileFormats {
		if name, ok := rd.Files[f.key]; ok {
			out = append(out, base+name)
		}
	}
	return out
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n])
}
