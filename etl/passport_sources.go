package etl

import (
	"errors"
	"fmt"
	"regexp"
)

// Sections of a budget programme passport (Мінфін order No. 836) as the finance
// department's export names them, one row per element of a passport edition.
var passportSections = map[string]bool{"обсяг": true, "мета": true, "завдання": true, "напрям": true, "показник": true}

// indicatorKinds are the four kinds of performance indicators of order No. 836.
var indicatorKinds = map[string]bool{"затрат": true, "продукту": true, "ефективності": true, "якості": true}

// indicatorUnits are the units the department's passports measure indicators in.
var indicatorUnits = map[string]bool{"грн": true, "тис. грн": true, "осіб": true, "сімей": true, "од.": true,
	"%": true, "днів": true, "заходів": true, "публікацій": true, "годин": true, "шт.": true}

// reportPeriods are the cumulative periods of a passport execution report, each from
// the start of the budget year.
var reportPeriods = map[string]bool{"I квартал": true, "I півріччя": true, "9 місяців": true, "рік": true}

var decimalShape = regexp.MustCompile(`^\d{1,3}(?:[ \x{00a0}]\d{3})+(?:,\d{1,3})?$|^\d+(?:,\d{1,3})?$`)

// ParseDecimal checks an indicator value written as 1 234,5: digits, optional spaces
// between thousands, a decimal comma and at most three decimals, never negative.
// The lake keeps the text; staging casts it.
func ParseDecimal(s string) error {
	if !decimalShape.MatchString(s) {
		return errors.New("значення має бути невід’ємним числом на кшталт 1 234,5 (не більше трьох знаків після коми)")
	}
	return nil
}

func passportsSource() *Source {
	return &Source{
		ID:    "budget_passports",
		Title: "Паспорти бюджетних програм департаменту (усі редакції)",
		// pasporty_<budget year>_<export date yyyymmdd>.csv: every edition of every
		// passport of the year as at the export date; a newer export replaces it.
		Pattern: regexp.MustCompile(`^pasporty_(?P<period>\d{4})_(?P<rev>\d{8})\.csv$`),
		Columns: []Column{
			{Header: "КПКВК МБ", Name: "kpkvk", Type: Code, Required: true, Codes: seedColumn("ref_budget_lines", "kpkvk")},
			{Header: "Рік", Name: "year", Type: Count, Required: true},
			{Header: "Дата затвердження", Name: "approved", Type: Date, Required: true},
			{Header: "Номер наказу", Name: "order_no", Type: Text, Required: true},
			{Header: "Розділ", Name: "section", Type: Code, Required: true, Codes: passportSections},
			{Header: "№ з/п", Name: "item_no", Type: Count, Required: true},
			{Header: "Зміст", Name: "content", Type: Text, Required: true},
			{Header: "Вид показника", Name: "kind", Type: Code, Codes: indicatorKinds},
			{Header: "Одиниця виміру", Name: "unit", Type: Code, Codes: indicatorUnits},
			{Header: "Загальний фонд, грн", Name: "general_kop", Type: Money},
			{Header: "Спеціальний фонд, грн", Name: "special_kop", Type: Money},
			{Header: "Значення", Name: "planned", Type: Text},
		},
		CheckRow: func(r map[string]any) (string, string) {
			if y := r["year"].(int64); yearOf(r["approved"].(int32)) != y && yearOf(r["approved"].(int32)) != y-1 {
				return "Дата затвердження", fmt.Sprintf("паспорт на %d рік затверджено не в %d чи %d році", y, y-1, y)
			}
			return passportSection(r)
		},
	}
}

// passportSection checks the fields each section must and must not fill: amounts for
// the appropriations and the directions of spending, kind, unit and value for an
// indicator, only the text for a goal or a task.
func passportSection(r map[string]any) (string, string) {
	section := r["section"].(string)
	money := section == "обсяг" || section == "напрям"
	indicator := section == "показник"
	for _, f := range []struct {
		name, header string
		want         bool
	}{
		{"general_kop", "Загальний фонд, грн", money}, {"special_kop", "Спеціальний фонд, грн", money},
		{"kind", "Вид показника", indicator}, {"unit", "Одиниця виміру", indicator}, {"planned", "Значення", indicator},
	} {
		switch v := r[f.name]; {
		case f.want && v == nil:
			return f.header, fmt.Sprintf("у розділі «%s» поле обов’язкове", section)
		case !f.want && v != nil:
			return f.header, fmt.Sprintf("у розділі «%s» поле має бути порожнім", section)
		}
		if k, ok := r[f.name].(int64); ok && k < 0 {
			return f.header, "обсяг бюджетних призначень не може бути від’ємним"
		}
	}
	if v, ok := r["planned"].(string); ok {
		if err := ParseDecimal(v); err != nil {
			return "Значення", err.Error()
		}
	}
	return "", ""
}

func passportReportsSource() *Source {
	return &Source{
		ID:    "budget_passport_reports",
		Title: "Звіти про виконання паспортів бюджетних програм",
		// zvit_pasporty_<budget year>_<export date yyyymmdd>.csv: the actual values of
		// every indicator for each cumulative period reported so far in the year; a
		// newer export replaces the earlier one.
		Pattern: regexp.MustCompile(`^zvit_pasporty_(?P<period>\d{4})_(?P<rev>\d{8})\.csv$`),
		Columns: []Column{
			{Header: "КПКВК МБ", Name: "kpkvk", Type: Code, Required: true, Codes: seedColumn("ref_budget_lines", "kpkvk")},
			{Header: "Рік", Name: "year", Type: Count, Required: true},
			{Header: "Звітний період", Name: "report_period", Type: Code, Required: true, Codes: reportPeriods},
			{Header: "Вид показника", Name: "kind", Type: Code, Required: true, Codes: indicatorKinds},
			{Header: "№ з/п", Name: "item_no", Type: Count, Required: true},
			{Header: "Показник", Name: "indicator", Type: Text, Required: true},
			{Header: "Одиниця виміру", Name: "unit", Type: Code, Required: true, Codes: indicatorUnits},
			{Header: "Факт", Name: "actual", Type: Text, Required: true},
			{Header: "Пояснення відхилення", Name: "explanation", Type: Text},
		},
		CheckRow: func(r map[string]any) (string, string) {
			if err := ParseDecimal(r["actual"].(string)); err != nil {
				return "Факт", err.Error()
			}
			return "", ""
		},
	}
}

// yearOf is the calendar year of a day counted from 1970-01-01.
func yearOf(days int32) int64 { return int64(epoch.AddDate(0, 0, int(days)).Year()) }
