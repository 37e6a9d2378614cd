package etl

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/hromadata/hromadata"
	sqlfs "github.com/hromadata/hromadata/sql"
)

// ColType says how a column is validated and what it becomes in the lake.
type ColType int

// Column types of export schemas.
const (
	Text      ColType = iota // kept as text
	Date                     // dd.mm.yyyy (or an Excel serial), kept as DATE
	Month                    // mm.yyyy, kept as the DATE of the month's first day
	Money                    // 1 234,56 гривні, kept as BIGINT kopecks
	Count                    // a whole number of things (1 234), kept as BIGINT
	Code                     // one of a code list, kept as text
	RNOKPP                   // tax number: checksum-validated, replaced by a pseudonym
	Pseudonym                // any identifier: replaced by a pseudonym
	Drop                     // personal data that never enters the lake (names)
)

// Column is one declared column of an export.
type Column struct {
	Header   string // header text as the source system writes it
	Name     string // column name in the lake
	Type     ColType
	Required bool
	Codes    map[string]bool // accepted values for Code columns
	Scope    *Scope          // for a Pseudonym column its source numbers locally
}

// Scope says what a locally numbered identifier is unique within — a family number
// within one office's register, a personnel number within one employer. The scope is
// mixed into the pseudonym, so that equal numbers of different scopes never become
// one family or one person, while one scope's number keeps one pseudonym across exports.
type Scope struct {
	Column string // the lake column of the row that names the scope (office_code, employer)
	Part   bool   // or the part its file name names (one centre's journal)
	Fixed  string // or the one scope every row of the source belongs to
}

// byOffice scopes identifiers an office numbers in its own register.
var byOffice = &Scope{Column: "office_code"}

// Source is the declared schema of one kind of export.
type Source struct {
	ID       string
	Title    string
	Pattern  *regexp.Regexp // file name; groups "office", optional "period" and "rev"
	Columns  []Column
	CheckRow func(row map[string]any) (column, reason string) // cross-field checks
	DBF      bool                                             // a dBASE III table in cp866, not CSV
	XLSX     bool                                             // an Excel workbook, first sheet
}

// pseudonymises says whether the source's rows carry pseudonyms.
func (s *Source) pseudonymises() bool {
	for _, c := range s.Columns {
		if c.Type == RNOKPP || c.Type == Pseudonym {
			return true
		}
	}
	return false
}

// scopedScheme is the pseudonym scheme of a source with locally numbered identifiers:
// their scope is part of the pseudonym (before it, an office's family 12 and another's
// shared one). A source without any has scheme 0, unchanged since the first load.
const scopedScheme = 2

// scheme is the way the source's pseudonyms are made today.
func (s *Source) scheme() int {
	for _, c := range s.Columns {
		if c.Scope != nil {
			return scopedScheme
		}
	}
	return 0
}

// schemeOf is the scheme of the source with the given id; 0 for one no longer known.
func schemeOf(id string) int {
	for _, s := range sources {
		if s.ID == id {
			return s.scheme()
		}
	}
	return 0
}

// read decodes an export of the source into its header and records.
func (s *Source) read(raw []byte) (*table, error) {
	if s.DBF {
		return readDBF(raw)
	}
	headers := make([]string, len(s.Columns))
	for i, c := range s.Columns {
		headers[i] = c.Header
	}
	if s.XLSX {
		return readXLSX(raw, headers)
	}
	if err := checkLines(raw); err != nil {
		return nil, err
	}
	text, enc, err := decodeText(raw, headers)
	if err != nil {
		return nil, err
	}
	t, err := readTable(text, headers)
	if t != nil {
		t.encoding = enc
	}
	return t, err
}

// Match is a file name resolved to its source and lake partition.
type Match struct {
	Source    *Source
	Office    hromadata.Office
	Partition string // lake path below the source, without extension
	Part      string // the part of the department the file name names, if any
	Revision  int64  // a later revision of the same partition replaces an earlier one
}

// Sources lists every export kind the loader understands.
func Sources() []*Source { return sources }

var sources = append([]*Source{assignmentsSource(), paymentsSource(), expendituresSource(), obligationsSource(), cityPaymentsSource(), privilegesSource(), materialAidSource(), deputiesAidSource(), idpSource(), dormitorySource(), centreServicesSource(), documentsSource(), recreationSource(), socialServicesDecisionsSource(), advisoryMeetingsSource(), cscCasesSource(), cscActsSource(), cscReceiptsSource(), trainingsSource(), departmentAidSource(), hrRecordsSource(), passportsSource(), passportReportsSource()}, caseworkSources()...)

// Resolve matches a file name against the declared sources.
func Resolve(path string) (Match, error) {
	name := filepath.Base(path)
	for _, s := range sources {
		m := s.Pattern.FindStringSubmatch(name)
		if m == nil {
			continue
		}
		g := func(k string) string {
			if i := s.Pattern.SubexpIndex(k); i > 0 {
				return m[i]
			}
			return ""
		}
		var office hromadata.Office
		var parts []string
		if p := g("period"); p != "" {
			parts = append(parts, p)
		}
		if slug := g("office"); s.Pattern.SubexpIndex("office") > 0 {
			o, ok := hromadata.OfficeBySlug(slug)
			if !ok {
				return Match{}, fmt.Errorf("невідоме управління %q у назві файлу", slug)
			}
			office = o
			parts = append(parts, o.Slug)
		}
		if part := g("part"); part != "" {
			parts = append(parts, part)
		}
		if len(parts) == 0 {
			parts = []string{"department"} // one file for the whole department, replaced by newer ones
		}
		rev := int64(1)
		if r := g("rev"); r != "" {
			rev, _ = strconv.ParseInt(r, 10, 64)
		}
		return Match{Source: s, Office: office, Partition: strings.Join(parts, "/"), Part: g("part"), Revision: rev}, nil
	}
	return Match{}, fmt.Errorf("невідомий файл: назва не відповідає жодному з описаних експортів (див. docs/exports/)")
}

func officeCodes() map[string]bool {
	m := map[string]bool{}
	for _, o := range hromadata.Offices {
		m[o.Code] = true
	}
	return m
}

// seedColumn reads one column of a seed as a code list, skipping empty values.
func seedColumn(seed, column string) map[string]bool { return seedColumnWhere(seed, column, "", "") }

// seedColumnWhere is seedColumn over the rows whose column key holds value (every row
// when key is empty): one register's codes in a seed shared by several.
func seedColumnWhere(seed, column, key, value string) map[string]bool {
	rows, err := sqlfs.Seed(seed)
	if err != nil {
		panic(err)
	}
	m := map[string]bool{}
	for _, r := range rows {
		if r[column] != "" && (key == "" || r[key] == value) {
			m[r[column]] = true
		}
	}
	return m
}

// benefitCodes is read from the same seed the warehouse uses, so the loader and the
// models can never disagree about which codes exist.
func benefitCodes() map[string]bool { return seedColumn("ref_benefits", "code") }

func assignmentsSource() *Source {
	return &Source{
		ID:    "benefit_assignments",
		Title: "Призначення державних соціальних допомог",
		// pryznachennia_<office>_<export date yyyymmdd>.csv: a full snapshot per office;
		// the export date is the revision, so a newer snapshot replaces an older one.
		Pattern: regexp.MustCompile(`^pryznachennia_(?P<office>[a-z]+)_(?P<rev>\d{8})\.csv$`),
		Columns: []Column{
			{Header: "Код управління", Name: "office_code", Type: Code, Required: true, Codes: officeCodes()},
			{Header: "Особовий рахунок", Name: "account_id", Type: Pseudonym, Required: true, Scope: byOffice},
			{Header: "РНОКПП заявника", Name: "person_id", Type: RNOKPP, Required: true},
			{Header: "ПІБ заявника", Type: Drop},
			{Header: "Дата народження", Name: "birth_date", Type: Date},
			{Header: "Код допомоги", Name: "benefit_code", Type: Code, Required: true, Codes: benefitCodes()},
			{Header: "Номер рішення", Name: "decision_no", Type: Text, Required: true},
			{Header: "Дата рішення", Name: "decision_date", Type: Date, Required: true},
			{Header: "Призначено з", Name: "date_from", Type: Date, Required: true},
			{Header: "Призначено по", Name: "date_to", Type: Date},
			{Header: "Розмір, грн", Name: "monthly_kop", Type: Money, Required: true},
			{Header: "Стан", Name: "status", Type: Code, Required: true, Codes: map[string]bool{"діюча": true, "припинена": true}},
		},
		CheckRow: func(r map[string]any) (string, string) {
			from, to := r["date_from"], r["date_to"]
			if to != nil && from != nil && to.(int32) < from.(int32) {
				return "Призначено по", "дата закінчення раніше за дату початку"
			}
			return "", ""
		},
	}
}

func paymentsSource() *Source {
	return &Source{
		ID:    "benefit_payments",
		Title: "Списки на виплату державних соціальних допомог",
		// vyplaty_<office>_<yyyy-mm>-<half>[_v<rev>].csv: one list per office per half-month;
		// a re-sent list carries _v2, _v3 … and replaces the earlier one.
		Pattern: regexp.MustCompile(`^vyplaty_(?P<office>[a-z]+)_(?P<period>\d{4}-\d{2}-[12])(?:_v(?P<rev>\d+))?\.csv$`),
		Columns: []Column{
			{Header: "Код управління", Name: "office_code", Type: Code, Required: true, Codes: officeCodes()},
			{Header: "Дата списку", Name: "list_date", Type: Date, Required: true},
			{Header: "Особовий рахунок", Name: "account_id", Type: Pseudonym, Required: true, Scope: byOffice},
			{Header: "РНОКПП", Name: "person_id", Type: RNOKPP, Required: true},
			{Header: "ПІБ одержувача", Type: Drop},
			{Header: "Код допомоги", Name: "benefit_code", Type: Code, Required: true, Codes: benefitCodes()},
			{Header: "За місяць", Name: "for_month", Type: Month, Required: true},
			{Header: "Сума, грн", Name: "amount_kop", Type: Money, Required: true},
		},
	}
}
