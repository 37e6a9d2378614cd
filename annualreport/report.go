// Package annualreport renders the department's annual report from the indicator
// catalogue — the same sentences and tables the department used to compile by hand —
// for any year the data covers, as printable HTML or Markdown.
package annualreport

import (
	"bufio"
	"context"
	"database/sql"
	_ "embed"
	"fmt"
	"regexp"
	"strings"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/privacy"
)

//go:embed outline.txt
var outline string

// Block is one element of the report: a heading, a paragraph or a table.
type Block struct {
	Heading int    // 1 or 2 for headings, 0 otherwise
	Text    string // heading or paragraph text, placeholders filled
	Table   *Table
}

// Table is a titled list of indicators with their values.
type Table struct {
	Title, Unit string
	Rows        []Row
}

// Row is one table line; Depth 1 lines are parts of the line above them.
type Row struct {
	Depth int
	Label string
	Value string
}

// Report is a rendered report.
type Report struct {
	Year   string
	Blocks []Block
}

// fundPrefix is the "ДБ, …:" context catalogue labels carry so that they read alone;
// inside a table whose title gives that context it is noise.
var fundPrefix = regexp.MustCompile(`^(ДБ|МБ|Субвенція ОБ|Субвенція ДБ)[^:]*: `)

func inTable(label string) string {
	rest := fundPrefix.ReplaceAllString(label, "")
	if rest == label || rest == "" {
		return label
	}
	r := []rune(rest)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// shown is a figure as the report prints it: «— (немає даних)» where no export
// covers the year, never a 0 that would read as a fact.
func shown(v indicators.Value) string {
	if !v.Known() {
		return noData
	}
	if privacy.Withheld(v.Unit.Code, v.Value) {
		return privacy.WithheldText
	}
	return hromadata.FormatUK(v.Value, v.Unit.Decimals)
}

const noData = "— (немає даних)"

var placeholder = regexp.MustCompile(`\{([a-z0-9_.]+)\}`)

// Build computes the indicators for the year and fills the outline.
func Build(ctx context.Context, db *sql.DB, year string) (*Report, error) {
	p, err := hromadata.ParsePeriod(year)
	if err != nil || len(year) != 4 {
		return nil, hromadata.E(hromadata.Invalid, fmt.Sprintf("рік має бути чотирма цифрами, наприклад 2023, а не %q", year))
	}
	vals, err := indicators.ComputeCatalogueShared(ctx, db, p)
	if err != nil {
		return nil, err
	}
	byID := map[string]indicators.Value{}
	known := 0
	for _, v := range vals {
		byID[v.ID] = v
		if v.Known() {
			known++
		}
	}
	if known == 0 {
		return nil, hromadata.E(hromadata.NotFound, fmt.Sprintf("звіту за %s скласти нема з чого: завантажені експорти не охоплюють цього року", year))
	}
	fill := func(s string) (string, error) {
		var missing error
		out := placeholder.ReplaceAllStringFunc(s, func(m string) string {
			id := m[1 : len(m)-1]
			switch id {
			case "year":
				return year
			case "asof":
				return p.AsOf().Format("02.01.2006")
			}
			v, ok := byID[id]
			if !ok {
				missing = fmt.Errorf("outline names unknown indicator %s", id)
				return m
			}
			return shown(v)
		})
		return out, missing
	}
	r := &Report{Year: year}
	sc := bufio.NewScanner(strings.NewReader(outline))
	for sc.Scan() {
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			continue
		case strings.HasPrefix(trimmed, "- "):
			if len(r.Blocks) == 0 || r.Blocks[len(r.Blocks)-1].Table == nil {
				return nil, fmt.Errorf("outline: table row outside a table: %s", trimmed)
			}
			id := strings.TrimPrefix(trimmed, "- ")
			v, ok := byID[id]
			if !ok {
				return nil, fmt.Errorf("outline names unknown indicator %s", id)
			}
			t := r.Blocks[len(r.Blocks)-1].Table
			t.Rows = append(t.Rows, Row{Depth: (len(line) - len(strings.TrimLeft(line, " "))) / 2, Label: inTable(v.Label),
				Value: shown(v)})
		case strings.HasPrefix(trimmed, "table "):
			title, unit, _ := strings.Cut(strings.TrimPrefix(trimmed, "table "), "|")
			r.Blocks = append(r.Blocks, Block{Table: &Table{Title: strings.TrimSpace(title), Unit: strings.TrimSpace(unit)}})
		default:
			level := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
			text, err := fill(strings.TrimSpace(trimmed[level:]))
			if err != nil {
				return nil, err
			}
			r.Blocks = append(r.Blocks, Block{Heading: level, Text: text})
		}
	}
	return r, sc.Err()
}
