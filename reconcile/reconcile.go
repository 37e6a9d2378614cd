// Package reconcile compares what the warehouse computes with what the department
// published: every figure of the report against its indicator, and the report's
// arithmetic relations evaluated on both, so that a contradiction inside the
// published report shows plainly beside what the records say.
package reconcile

import (
	"bufio"
	"context"
	"database/sql"
	"embed"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
)

//go:embed relations-2023.txt notes-2023.txt
var relationsFS embed.FS

// Status of a figure or relation.
type Status string

// Statuses.
const (
	Match       Status = "збігається"
	Mismatch    Status = "розбіжність"
	NotComputed Status = "не обчислюється"
	Holds       Status = "виконується"
	Fails       Status = "не виконується"
	// NotPublished: the figure is computed, but the report does not cover the period.
	NotPublished Status = "не опубліковано"
	// NoData: the loaded exports do not cover the period, so the figure is unknown.
	NoData Status = "немає даних"
)

// Figure is one published figure beside its computed value.
type Figure struct {
	indicators.Figure
	IndicatorID string
	Computed    *float64
	Decimals    int
	Status      Status
	Note        string // why the records differ from the report, where they knowingly do
}

// Relation is "LHS = sum of Terms" over report ids; a term may be a product of
// report ids and numbers ("a.persons * a.rate * 12 * 0.001").
type Relation struct {
	LHS   string
	Terms []string
	Note  string
}

// Side is a relation evaluated on one set of values; nil values mean not all terms are known.
type Side struct {
	LHS, Sum *float64
	Status   Status
}

// RelationResult is a relation on published and on computed values.
type RelationResult struct {
	Relation
	Published, Computed Side
	Decimals            int // of the left-hand figure's unit, to show both sides alike
}

// Report is the whole reconciliation of a period.
type Report struct {
	Period     hromadata.Period
	Figures    []Figure
	Relations  []RelationResult
	Programmes []Programme
	Counts     map[Status]int
	// Published says whether the report covers the period: otherwise there is
	// nothing published to compare with.
	Published bool
	// ProgrammesCoverage is the coverage of the payment lists and the accounting;
	// Programmes is empty unless it is full.
	ProgrammesCoverage indicators.Coverage
}

// Run reconciles a period. Published figures are those of the report's year; for
// other periods only the relations on computed values are meaningful.
func Run(ctx context.Context, db *sql.DB, p hromadata.Period) (*Report, error) {
	vals, err := indicators.ComputeCatalogueShared(ctx, db, p)
	if err != nil {
		return nil, err
	}
	byReport := map[string]indicators.Value{}
	for _, v := range vals {
		if v.ReportID != "" {
			byReport[v.ReportID] = v
		}
	}
	r := &Report{Period: p, Counts: map[Status]int{}, Published: p.Label == indicators.PublishedYear}
	published := map[string]float64{}
	computed := map[string]float64{}
	notes, err := Notes()
	if err != nil {
		return nil, err
	}
	for _, f := range indicators.Figures() {
		// Shown as precisely as the report printed the figure, so the two read alike.
		fig := Figure{Figure: f, Status: NotComputed, Note: notes[f.ID], Decimals: hromadata.Units[f.Unit].Decimals}
		pub, perr := strconv.ParseFloat(f.Value, 64)
		if perr == nil {
			fig.Decimals = indicators.PrintedDecimals(f.Value)
		}
		if r.Published && perr == nil {
			published[f.ID] = pub
		}
		if !r.Published {
			fig.Figure.Value = "" // the report printed it for its own year, not this period
		}
		if v, ok := byReport[f.ID]; ok {
			fig.IndicatorID = v.ID
			fig.Status = figureStatus(v, r.Published, f.Value, perr == nil)
			if v.Known() {
				x := v.Value
				fig.Computed = &x
				computed[f.ID] = x
			}
		}
		r.Counts[fig.Status]++
		r.Figures = append(r.Figures, fig)
	}
	rels, err := Relations()
	if err != nil {
		return nil, err
	}
	decimals := map[string]int{}
	for _, f := range r.Figures {
		decimals[f.ID] = f.Decimals
	}
	for _, rel := range rels {
		res := RelationResult{Relation: rel, Published: evaluate(rel, published), Computed: evaluate(rel, computed), Decimals: decimals[rel.LHS]}
		r.Relations = append(r.Relations, res)
	}
	r.ProgrammesCoverage, err = indicators.CoverageOf(ctx, db, []string{"city_payments", "budget_expenditures"}, indicators.Flow, p.From, p.To)
	if err != nil || !r.ProgrammesCoverage.Known() {
		return r, err
	}
	r.Programmes, err = Programmes(ctx, db, p)
	return r, err
}

// figureStatus compares a computed figure with the published one — only when the
// figure is known and the report covers the period.
func figureStatus(v indicators.Value, published bool, printed string, parsed bool) Status {
	switch {
	case !v.Known():
		return NoData
	case !published:
		return NotPublished
	case !parsed || !indicators.Reproduces(v.Value, printed):
		return Mismatch
	}
	return Match
}

func equal(a, b float64, decimals int) bool {
	return math.Abs(a-b) < 0.5*math.Pow10(-decimals)
}

func evaluate(rel Relation, vals map[string]float64) Side {
	lhs, ok := vals[rel.LHS]
	if !ok {
		return Side{Status: NotComputed}
	}
	sum := 0.0
	for _, t := range rel.Terms {
		product := 1.0
		for _, f := range strings.Split(t, "*") {
			f = strings.TrimSpace(f)
			if n, err := strconv.ParseFloat(f, 64); err == nil {
				product *= n
				continue
			}
			v, ok := vals[f]
			if !ok {
				return Side{Status: NotComputed}
			}
			product *= v
		}
		sum += product
	}
	s := Side{LHS: &lhs, Sum: &sum, Status: Fails}
	if equal(lhs, sum, 1) {
		s.Status = Holds
	}
	return s
}

// Notes reads the reasons the records knowingly differ from some figures of the report.
func Notes() (map[string]string, error) {
	b, err := relationsFS.ReadFile("notes-2023.txt")
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, note, ok := strings.Cut(line, "|")
		if !ok {
			return nil, fmt.Errorf("notes: no '|' in %q", line)
		}
		out[strings.TrimSpace(id)] = strings.TrimSpace(note)
	}
	return out, nil
}

// Relations parses the embedded relations of the report.
func Relations() ([]Relation, error) {
	f, err := relationsFS.Open("relations-2023.txt")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Relation
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		expr, note, _ := strings.Cut(line, "|")
		lhs, rhs, ok := strings.Cut(expr, "=")
		if !ok {
			return nil, fmt.Errorf("relations line %d: no '='", n)
		}
		rel := Relation{LHS: strings.TrimSpace(lhs), Note: strings.TrimSpace(note)}
		for _, t := range strings.Split(rhs, "+") {
			rel.Terms = append(rel.Terms, strings.TrimSpace(t))
		}
		out = append(out, rel)
	}
	return out, sc.Err()
}
