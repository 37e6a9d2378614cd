package etl

import (
	"fmt"
	"regexp"

	sqlfs "github.com/hromadata/hromadata/sql"
)

// funds are the budget funding sources as the accounting system names them.
var funds = map[string]bool{"ДБ": true, "СубвОБ": true, "СубвДБ": true, "МБ": true}

// kpkvkFund maps each programme code to the fund that pays it, from the budget-lines seed.
func kpkvkFund() map[string]string {
	rows, err := sqlfs.Seed("ref_budget_lines")
	if err != nil {
		panic(err)
	}
	m := map[string]string{}
	for _, r := range rows {
		if r["kpkvk"] != "" {
			m[r["kpkvk"]] = r["fund"]
		}
	}
	return m
}

// fundMatches refuses a row paid from a fund other than its programme's.
func fundMatches(column string) func(map[string]any) (string, string) {
	byCode := kpkvkFund()
	return func(r map[string]any) (string, string) {
		code, _ := r["kpkvk"].(string)
		fund, _ := r["fund"].(string)
		if want := byCode[code]; want != fund {
			return column, fmt.Sprintf("програму %s фінансує джерело %q, а не %q", code, want, fund)
		}
		return "", ""
	}
}

func expendituresSource() *Source {
	return &Source{
		ID:    "budget_expenditures",
		Title: "Касові видатки департаменту за програмами (КПКВК МБ)",
		// vydatky_<yyyy-mm>[_v<rev>].csv: the month's payment documents of the whole
		// department; a re-sent month carries _v2, _v3 … and replaces the earlier one.
		Pattern: regexp.MustCompile(`^vydatky_(?P<period>\d{4}-\d{2})(?:_v(?P<rev>\d+))?\.csv$`),
		Columns: []Column{
			{Header: "Дата", Name: "paid_date", Type: Date, Required: true},
			{Header: "Номер документа", Name: "doc_no", Type: Text, Required: true},
			{Header: "КПКВК МБ", Name: "kpkvk", Type: Code, Required: true, Codes: seedColumn("ref_budget_lines", "kpkvk")},
			{Header: "КЕКВ", Name: "kekv", Type: Code, Required: true, Codes: seedColumn("ref_kekv", "code")},
			{Header: "Джерело", Name: "fund", Type: Code, Required: true, Codes: funds},
			{Header: "Сума, грн", Name: "amount_kop", Type: Money, Required: true},
			{Header: "Отримувач", Type: Drop},
			{Header: "Призначення платежу", Type: Drop},
		},
		CheckRow: fundMatches("Джерело"),
	}
}

func obligationsSource() *Source {
	fund := fundMatches("Джерело")
	return &Source{
		ID:    "budget_obligations",
		Title: "Зареєстровані бюджетні зобов’язання департаменту",
		// zobovyazannia_<export date yyyymmdd>.csv: every obligation registered, paid or
		// not, as at the export date; a newer export replaces an older one.
		Pattern: regexp.MustCompile(`^zobovyazannia_(?P<rev>\d{8})\.csv$`),
		Columns: []Column{
			{Header: "Номер зобов’язання", Name: "obligation_no", Type: Text, Required: true},
			{Header: "Дата реєстрації", Name: "registered", Type: Date, Required: true},
			{Header: "КПКВК МБ", Name: "kpkvk", Type: Code, Required: true, Codes: seedColumn("ref_budget_lines", "kpkvk")},
			{Header: "Джерело", Name: "fund", Type: Code, Required: true, Codes: funds},
			{Header: "Сума, грн", Name: "amount_kop", Type: Money, Required: true},
			{Header: "Дата оплати", Name: "paid", Type: Date},
			{Header: "Контрагент", Type: Drop},
		},
		CheckRow: func(r map[string]any) (string, string) {
			if col, reason := fund(r); reason != "" {
				return col, reason
			}
			if paid, ok := r["paid"].(int32); ok && paid < r["registered"].(int32) {
				return "Дата оплати", "оплата раніше за реєстрацію зобов’язання"
			}
			return "", ""
		},
	}
}
