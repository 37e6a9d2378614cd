package etl

import (
	"fmt"
	"slices"
)

// cell is one validated value of a row: text (codes, pseudonyms) or a number (days
// since 1970 for dates and months, kopecks, counts), or null.
type cell struct {
	s    string
	n    int64
	null bool
}

// rowValidator checks one record against its source and builds the lake row.
type rowValidator struct {
	src    *Source
	office string // the office named by the file; every row must belong to it
	part   string // the part of the department named by the file, if any
	idx    []int
	ps     *Pseudonymiser
	// cells holds the row's values by declared column, reused row after row: typed
	// values, not a map of interfaces, which cost allocations on every row.
	cells     []cell
	scopes    []int          // for each column, the column naming its scope, or -1
	officeCol int            // the office_code column, or -1
	row       map[string]any // the row for the source's CheckRow, only if it has one
}

func newRowValidator(src *Source, office, part string, idx []int, ps *Pseudonymiser) *rowValidator {
	v := &rowValidator{src: src, office: office, part: part, idx: idx, ps: ps,
		cells: make([]cell, len(src.Columns)), scopes: make([]int, len(src.Columns)), officeCol: src.column("office_code")}
	for i, c := range src.Columns {
		v.scopes[i] = -1
		if c.Scope != nil && c.Scope.Column != "" {
			v.scopes[i] = src.column(c.Scope.Column)
		}
	}
	if src.CheckRow != nil {
		v.row = make(map[string]any, len(src.Columns))
	}
	return v
}

// column is the position of the lake column name among the source's columns, or -1.
func (s *Source) column(name string) int {
	return slices.IndexFunc(s.Columns, func(c Column) bool { return c.Name == name && c.Type != Drop })
}

// check validates the record; on success v.cells hold the lake values. It returns the
// header of the failing column and the reason, or "" when the row is good. Reasons
// never quote the value of a personal column.
func (v *rowValidator) check(fields, header []string) (string, string) {
	if len(fields) != len(header) {
		if slices.Equal(fields, header) {
			return "", "повторний заголовок посеред файлу"
		}
		return "", fmt.Sprintf("кількість полів %d, очікується %d", len(fields), len(header))
	}
	if slices.Equal(fields, header) {
		return "", "повторний заголовок посеред файлу"
	}
	for i, c := range v.src.Columns {
		raw := fields[v.idx[i]]
		if c.Type == Drop {
			continue
		}
		if raw == "" {
			if c.Required {
				return c.Header, "обов’язкове поле порожнє"
			}
			v.cells[i] = cell{null: true}
			continue
		}
		val, reason := v.value(c, raw)
		if reason != "" {
			return c.Header, reason
		}
		v.cells[i] = val
	}
	v.scope(fields)
	if o := v.officeCol; o >= 0 && (v.cells[o].null || v.cells[o].s != v.office) {
		return "Код управління", fmt.Sprintf("код управління %q не відповідає управлінню з назви файлу (%s)", v.cells[o].s, v.office)
	}
	if v.src.CheckRow != nil {
		if col, reason := v.src.CheckRow(v.mapped()); reason != "" {
			return col, reason
		}
	}
	return "", ""
}

// mapped is the row as CheckRow reads it: values by lake column name, dates as int32
// days, amounts and counts as int64, the rest as strings, empty cells as nil.
func (v *rowValidator) mapped() map[string]any {
	clear(v.row)
	for i, c := range v.src.Columns {
		x := v.cells[i]
		switch {
		case c.Type == Drop:
		case x.null:
			v.row[c.Name] = nil
		case c.Type == Date || c.Type == Month:
			v.row[c.Name] = int32(x.n)
		case c.Type == Money || c.Type == Count:
			v.row[c.Name] = x.n
		default:
			v.row[c.Name] = x.s
		}
	}
	return v.row
}

func (v *rowValidator) value(c Column, raw string) (cell, string) {
	switch c.Type {
	case Date:
		d, err := ParseDate(raw)
		if err != nil {
			return cell{}, fmt.Sprintf("некоректна дата %s: %v", shown(raw, c.Type), err)
		}
		return cell{n: int64(d)}, ""
	case Month:
		d, err := ParseMonth(raw)
		if err != nil {
			return cell{}, fmt.Sprintf("некоректний місяць %s: %v", shown(raw, c.Type), err)
		}
		return cell{n: int64(d)}, ""
	case Money:
		k, err := ParseMoney(raw)
		if err != nil {
			return cell{}, fmt.Sprintf("некоректна сума %s: %v", shown(raw, c.Type), err)
		}
		return cell{n: k}, ""
	case Count:
		n, err := ParseCount(raw)
		if err != nil {
			return cell{}, fmt.Sprintf("некоректна кількість %s: %v", shown(raw, c.Type), err)
		}
		return cell{n: n}, ""
	case Code:
		if !c.Codes[raw] {
			return cell{}, fmt.Sprintf("невідомий код %s", shown(raw, c.Type))
		}
		return cell{s: raw}, ""
	case RNOKPP:
		if !ValidRNOKPP(raw) {
			return cell{}, "некоректний РНОКПП: має бути 10 цифр із правильною контрольною цифрою"
		}
		return cell{s: v.ps.Of("person", raw)}, ""
	case Pseudonym:
		if c.Scope != nil {
			return cell{}, "" // pseudonymised by scope once the whole row is read
		}
		return cell{s: v.ps.Of(c.Name, raw)}, ""
	default:
		return cell{s: raw}, ""
	}
}

// scope pseudonymises the locally numbered identifiers of a row with their scope,
// which may come from any column of the row.
func (v *rowValidator) scope(fields []string) {
	for i, c := range v.src.Columns {
		if c.Type != Pseudonym || c.Scope == nil {
			continue
		}
		if raw := fields[v.idx[i]]; raw != "" {
			v.cells[i] = cell{s: v.ps.OfScoped(c.Name, v.scopeOf(i), raw)}
		}
	}
}

// scopeOf is the scope of column i in the current row.
func (v *rowValidator) scopeOf(i int) string {
	s := v.src.Columns[i].Scope
	switch {
	case s.Column != "":
		if j := v.scopes[i]; j >= 0 {
			return v.cells[j].s
		}
		return ""
	case s.Part:
		return v.part
	}
	return s.Fixed
}
