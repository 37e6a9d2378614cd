package etl

import (
	"fmt"
	"slices"
)

// rowValidator checks one record against its source and builds the lake row.
type rowValidator struct {
	src    *Source
	office string // the office named by the file; every row must belong to it
	part   string // the part of the department named by the file, if any
	idx    []int
	ps     *Pseudonymiser
	row    map[string]any
}

// check validates the record; on success v.row holds the lake values. It returns the
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
	if v.row == nil {
		v.row = make(map[string]any, len(v.idx))
	}
	clear(v.row) // one map for every row: the lake batch copies the values out at once
	for i, c := range v.src.Columns {
		raw := fields[v.idx[i]]
		if c.Type == Drop {
			continue
		}
		if raw == "" {
			if c.Required {
				return c.Header, "обов’язкове поле порожнє"
			}
			v.row[c.Name] = nil
			continue
		}
		val, reason := v.value(c, raw)
		if reason != "" {
			return c.Header, reason
		}
		v.row[c.Name] = val
	}
	v.scope(fields)
	if code, ok := v.row["office_code"]; ok && code != v.office {
		return "Код управління", fmt.Sprintf("код управління %q не відповідає управлінню з назви файлу (%s)", code, v.office)
	}
	if v.src.CheckRow != nil {
		if col, reason := v.src.CheckRow(v.row); reason != "" {
			return col, reason
		}
	}
	return "", ""
}

func (v *rowValidator) value(c Column, raw string) (any, string) {
	switch c.Type {
	case Date:
		d, err := ParseDate(raw)
		if err != nil {
			return nil, fmt.Sprintf("некоректна дата %s: %v", shown(raw, c.Type), err)
		}
		return d, ""
	case Month:
		d, err := ParseMonth(raw)
		if err != nil {
			return nil, fmt.Sprintf("некоректний місяць %s: %v", shown(raw, c.Type), err)
		}
		return d, ""
	case Money:
		k, err := ParseMoney(raw)
		if err != nil {
			return nil, fmt.Sprintf("некоректна сума %s: %v", shown(raw, c.Type), err)
		}
		return k, ""
	case Count:
		n, err := ParseCount(raw)
		if err != nil {
			return nil, fmt.Sprintf("некоректна кількість %s: %v", shown(raw, c.Type), err)
		}
		return n, ""
	case Code:
		if !c.Codes[raw] {
			return nil, fmt.Sprintf("невідомий код %s", shown(raw, c.Type))
		}
		return raw, ""
	case RNOKPP:
		if !ValidRNOKPP(raw) {
			return nil, "некоректний РНОКПП: має бути 10 цифр із правильною контрольною цифрою"
		}
		return v.ps.Of("person", raw), ""
	case Pseudonym:
		if c.Scope != nil {
			return nil, "" // pseudonymised by scope once the whole row is read
		}
		return v.ps.Of(c.Name, raw), ""
	default:
		return raw, ""
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
			v.row[c.Name] = v.ps.OfScoped(c.Name, c.Scope.of(v.row, v.part), raw)
		}
	}
}
