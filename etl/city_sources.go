package etl

import "regexp"

func cityPaymentsSource() *Source {
	return &Source{
		ID:    "city_payments",
		Title: "Виплати за міськими програмами соціального захисту",
		// miski_vyplaty_<yyyy-mm>[_v<rev>].csv: every payment of the month to a person;
		// a re-sent month carries _v2, _v3 … and replaces the earlier one.
		Pattern: regexp.MustCompile(`^miski_vyplaty_(?P<period>\d{4}-\d{2})(?:_v(?P<rev>\d+))?\.csv$`),
		Columns: []Column{
			{Header: "Дата виплати", Name: "paid_date", Type: Date, Required: true},
			{Header: "Код виплати", Name: "payment_code", Type: Code, Required: true, Codes: seedColumn("ref_city_payments", "code")},
			{Header: "Номер справи", Name: "case_id", Type: Pseudonym, Required: true},
			{Header: "РНОКПП", Name: "person_id", Type: RNOKPP, Required: true},
			{Header: "ПІБ", Type: Drop},
			{Header: "За місяць", Name: "for_month", Type: Month},
			{Header: "Відсоток пільги", Name: "privilege_percent", Type: Code, Codes: map[string]bool{"25": true, "50": true, "75": true, "100": true}},
			{Header: "Сума, грн", Name: "amount_kop", Type: Money, Required: true},
		},
	}
}
