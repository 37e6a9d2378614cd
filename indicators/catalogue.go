// Package indicators is the indicator catalogue: each indicator's id, Ukrainian
// label, unit, kind, SQL and the published figure it reproduces; and their
// computation for any month, quarter or year.
package indicators

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/hromadata/hromadata"
	sqlfs "github.com/hromadata/hromadata/sql"
)

// Kind is stock (a state at the start of the day after the period) or flow (events in the period).
type Kind string

// Indicator kinds.
const (
	Stock Kind = "stock"
	Flow  Kind = "flow"
)

// Indicator is one entry of the catalogue.
type Indicator struct {
	ID       string
	Label    string
	Unit     hromadata.Unit
	Kind     Kind
	ReportID string // id in the published report's figures, if it reproduces one
	SQL      string // one SELECT of one value, with $from and $to as ISO dates
	File     string
	Sources  []string // the exports (etl source ids) its records come from: what must cover a period
	// Good is the direction of good news, for colouring a change: "up", "down", or
	// "" (neutral: more spending or more services is neither good nor bad by itself).
	Good string
}

// Catalogue parses every indicators/*.sql file of the embedded SQL tree.
func Catalogue() ([]Indicator, error) { return Parse(sqlfs.FS, "indicators") }

// Parse reads indicator blocks: "-- key: value" header lines then the SQL, blocks
// starting at each "-- id:" line. A "-- sources: a, b" line in a file's leading
// comment names the sources of every block of the file; one in a block's header
// overrides it for that block. "-- good: up|down|neutral" says which change is good
// news, for the pages' colours (neutral when left out).
func Parse(fsys fs.FS, dir string) ([]Indicator, error) {
	files, err := fs.Glob(fsys, dir+"/*.sql")
	if err != nil {
		return nil, err
	}
	var out []Indicator
	seen := map[string]bool{}
	for _, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		inds, err := parseFile(f, string(b))
		if err != nil {
			return nil, err
		}
		for _, ind := range inds {
			if seen[ind.ID] {
				return nil, fmt.Errorf("%s: indicator %s defined twice", f, ind.ID)
			}
			seen[ind.ID] = true
			out = append(out, ind)
		}
	}
	return out, nil
}

func parseFile(name, text string) ([]Indicator, error) {
	var out []Indicator
	var cur *Indicator
	var sql strings.Builder
	var fileSources []string
	flush := func() error {
		if cur == nil {
			return nil
		}
		if cur.Sources == nil {
			cur.Sources = fileSources
		}
		cur.SQL = strings.TrimRight(strings.TrimSpace(sql.String()), ";")
		if err := validate(cur); err != nil {
			return fmt.Errorf("%s: indicator %s: %w", name, cur.ID, err)
		}
		out = append(out, *cur)
		sql.Reset()
		return nil
	}
	for _, line := range strings.Split(text, "\n") {
		key, val, isMeta := meta(line)
		switch {
		case isMeta && key == "id":
			if err := flush(); err != nil {
				return nil, err
			}
			cur = &Indicator{ID: val, File: name}
		case cur == nil && isMeta && key == "sources":
			fileSources = splitList(val)
		case cur == nil:
			continue // the file's leading comment
		case isMeta && sql.Len() == 0:
			if err := cur.set(key, val); err != nil {
				return nil, fmt.Errorf("%s: indicator %s: %w", name, cur.ID, err)
			}
		default:
			sql.WriteString(line + "\n")
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

func meta(line string) (string, string, bool) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(line), "--")
	if !ok {
		return "", "", false
	}
	k, v, ok := strings.Cut(rest, ":")
	if !ok {
		return "", "", false
	}
	return strings.TrimSpace(k), strings.TrimSpace(v), true
}

func (ind *Indicator) set(key, val string) error {
	switch key {
	case "label":
		ind.Label = val
	case "unit":
		u, ok := hromadata.Units[val]
		if !ok {
			return fmt.Errorf("unknown unit %q", val)
		}
		ind.Unit = u
	case "kind":
		ind.Kind = Kind(val)
	case "sources":
		ind.Sources = splitList(val)
	case "report_id":
		ind.ReportID = val
	case "good":
		switch val {
		case "up", "down":
			ind.Good = val
		case "neutral":
		default:
			return fmt.Errorf("good must be up, down or neutral, not %q", val)
		}
	default:
		return fmt.Errorf("unknown key %q", key)
	}
	return nil
}

func validate(ind *Indicator) error {
	switch {
	case ind.Label == "":
		return fmt.Errorf("no label")
	case ind.Unit.Code == "":
		return fmt.Errorf("no unit")
	case ind.Kind != Stock && ind.Kind != Flow:
		return fmt.Errorf("kind must be stock or flow, not %q", ind.Kind)
	case ind.SQL == "":
		return fmt.Errorf("no SQL")
	}
	return nil
}

// splitList reads "a, b, c".
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
