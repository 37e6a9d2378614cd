package etl

import (
	"fmt"
	"regexp"
)

// Casework registers are the department's smaller registers, all exported in one
// layout: an event (or a case, with the date it ended) per row, of a kind from the
// register's own list (ref_casework_events), with an optional person, quantity and sum.

// casework describes one register: its id, title and file prefix, and whether an
// export is a full snapshot (a register of open and closed cases) or a year's events.
type casework struct {
	id, title, prefix string
	snapshot          bool
}

var caseworkRegisters = []casework{
	{"cbdi", "Централізований банк даних з проблем інвалідності", "cbdi", true},
	{"kontrol", "Контроль за цільовим використанням бюджетних коштів", "kontrol", false},
	{"yurviddil", "Журнал юридичного відділу", "yurviddil", true},
	{"hrupa", "Звернення до робочої групи щодо встановлення факту догляду", "hrupa_dohliad", true},
	{"cherhy", "Черги на путівки, ремонт житла та допомогу", "cherhy", true},
	{"chaes", "Компенсації та допомоги постраждалим від Чорнобильської катастрофи", "chaes", false},
	{"diialnist", "Журнал інформаційної та організаційної діяльності", "diialnist", false},
}

func caseworkSources() []*Source {
	var out []*Source
	for _, c := range caseworkRegisters {
		out = append(out, c.source())
	}
	return out
}

func (c casework) source() *Source {
	// <prefix>_<export date yyyymmdd>.csv replaces the register's earlier snapshot;
	// <prefix>_<yyyy>[_v<rev>].csv holds one year's events.
	pattern := fmt.Sprintf(`^%s_(?P<period>\d{4})(?:_v(?P<rev>\d+))?\.csv$`, c.prefix)
	if c.snapshot {
		pattern = fmt.Sprintf(`^%s_(?P<rev>\d{8})\.csv$`, c.prefix)
	}
	return &Source{
		ID:      c.id,
		Title:   c.title,
		Pattern: regexp.MustCompile(pattern),
		Columns: []Column{
			{Header: "Дата", Name: "event_date", Type: Date, Required: true},
			{Header: "Подія", Name: "event", Type: Code, Required: true, Codes: seedColumnWhere("ref_casework_events", "code", "register", c.id)},
			{Header: "Номер справи", Name: "case_no", Type: Text},
			{Header: "РНОКПП", Name: "person_id", Type: RNOKPP},
			{Header: "ПІБ", Type: Drop},
			{Header: "Кількість", Name: "quantity", Type: Count},
			{Header: "Сума, грн", Name: "amount_kop", Type: Money},
			{Header: "Дата завершення", Name: "end_date", Type: Date},
		},
		CheckRow: func(r map[string]any) (string, string) {
			if end, ok := r["end_date"].(int32); ok && end < r["event_date"].(int32) {
				return "Дата завершення", "завершення раніше за дату події"
			}
			return "", ""
		},
	}
}
