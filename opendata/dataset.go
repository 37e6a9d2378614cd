// Package opendata publishes the department's open datasets: aggregated,
// privacy-safe tables as CSV, Excel-friendly CSV, XLSX, JSON and Parquet, each with a
// passport per Cabinet of Ministers Resolution No. 835 and a structure file, written
// as dated, immutable releases; and serves the catalogue, the releases and their files.
package opendata

import (
	"embed"
	"fmt"
	"slices"

	"github.com/hromadata/hromadata/privacy"
)

//go:embed datasets/*.sql
var queries embed.FS

// Publisher identifies the department in every passport. Who answers for the
// datasets is the data steward's to set (Steward, opendata.json), never a default.
var Publisher = struct {
	Name, EDRPOU string
}{
	Name:   "Департамент соціальної політики міської ради",
	EDRPOU: "41490026",
}

// Field is one column of a dataset and its description in the structure file.
type Field struct {
	Name        string `json:"name"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Type        string `json:"type"` // Frictionless types: date, string, integer, number, boolean
	Required    bool   `json:"required"`
}

// Suppression hides small counts so that no family can be singled out, by the rule
// of package privacy.
type Suppression struct {
	Value   string     // the count column
	Dims    []string   // the columns that identify a cell
	Margins [][]string // sets of columns whose totals over the rest are public (on pages, in other datasets)
	Also    []string   // other counts of the same people, withheld with Value (amounts are not)
}

// Coverage says which exports a dataset is computed from, so that a month they do
// not cover is an empty cell, never 0 (docs/exports/README.md).
type Coverage struct {
	Sources []string // source ids of the exports (etl.Sources)
	Office  string   // the column with the office code, when rows are per office
	Part    string   // the column with the part (a centre) an export is made per, if any
}

// Cond is a column's value that selects rows.
type Cond struct{ Column, Value string }

// Dataset is one open dataset.
type Dataset struct {
	ID          string
	Title       string
	Description string
	Keywords    []string
	Frequency   string
	LegalBasis  string
	Purpose     string
	Fields      []Field
	Key         []string     // the columns that identify a row (the schema's primary key)
	Suppress    *Suppression // nil: the dataset counts no people, or only amounts
	Measure     string       // the column its page charts over time; empty: the first integer or number column
	// Overlap are the columns across whose values the measure must not be added up:
	// the same people are counted under several of them (a family with two benefits,
	// a person in two categories, a group "all" beside its parts, indicators of
	// different units). The page charts one line per value instead of a total.
	// Every dataset with a chart declares it (nil: the measure adds up across all).
	Overlap []string
	// MeasureOnly, when set, are the only rows the measure applies to (column and
	// value); elsewhere it is empty by design, which is neither withheld nor unknown.
	MeasureOnly *Cond
	Coverage    *Coverage // nil: the dataset does not depend on exports covering months
	query       string    // file in datasets/, or "" when rows come from build
	build       rowsFunc  // rows computed in Go (e.g. from the indicator catalogue)
}

// SQL is the query that produces the dataset from a build ("" when it has none).
func (d Dataset) SQL() string {
	if d.query == "" {
		return ""
	}
	b, err := queries.ReadFile("datasets/" + d.query)
	if err != nil {
		panic(fmt.Sprintf("dataset %s: %v", d.ID, err))
	}
	return string(b)
}

// DateField is the column the rows are dated by: "as_of" (a stock at the start of
// a day), "month" (a flow over a month) or "year" (a year, to date), or "" for a
// dataset with no dates.
func (d Dataset) DateField() string {
	for _, f := range d.Fields {
		if (f.Type == "date" && (f.Name == "as_of" || f.Name == "month")) || (f.Type == "integer" && f.Name == "year") {
			return f.Name
		}
	}
	return ""
}

// Measures are the numeric columns outside the key: what coverage empties.
func (d Dataset) Measures() []string {
	var out []string
	for _, f := range d.Fields {
		if (f.Type == "integer" || f.Type == "number") && !slices.Contains(d.Key, f.Name) {
			out = append(out, f.Name)
		}
	}
	return out
}

// SuppressionThreshold: counts below it are withheld in sensitive datasets.
const SuppressionThreshold = privacy.Threshold

// Datasets lists what the department publishes, in catalogue order; each is
// defined in a file of its area (ds_*.go).
var Datasets = []Dataset{
	benefitRecipients, benefitPayments,
	budgetExecution, budgetProgrammes, budgetProgrammePassports,
	privilegesByCategory,
	idpRegistered, idpDormitories,
	materialAid, cityPayments,
	socialServicesRecipients, socialServicesActs,
	supportCentres, recreation,
	documentFlow, commissionDecisions,
	departmentServices, reportIndicators,
}

// DatasetByID finds a dataset.
func DatasetByID(id string) (Dataset, bool) {
	for _, d := range Datasets {
		if d.ID == id {
			return d, true
		}
	}
	return Dataset{}, false
}
