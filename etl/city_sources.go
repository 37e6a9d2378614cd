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

func privilegesSource() *Source {
	return &Source{
		ID:    "privileges",
		Title: "Реєстр осіб, які мають право на пільги (ex-ЄДАРП)",
		// edarp_<office>_<export date yyyymmdd>.dbf: the office's whole register, as a
		// dBASE III table in cp866 with the register's legacy field names; a newer
		// export replaces an older one.
		Pattern: regexp.MustCompile(`^edarp_(?P<office>[a-z]+)_(?P<rev>\d{8})\.dbf$`),
		DBF:     true,
		Columns: []Column{
			{Header: "RAJON", Name: "office_code", Type: Code, Required: true, Codes: officeCodes()},
			{Header: "IDCODE", Name: "person_id", Type: RNOKPP, Required: true},
			{Header: "FIO", Type: Drop},
			{Header: "DROG", Name: "birth_date", Type: Date, Required: true},
			{Header: "LGCODE", Name: "lgcode", Type: Code, Required: true, Codes: seedColumn("ref_privileges", "lgcode")},
			{Header: "LGKAT", Name: "lgkat", Type: Text},
			{Header: "IDFAM", Name: "family_id", Type: Pseudonym, Scope: byOffice},
			{Header: "DATA1", Name: "granted", Type: Date, Required: true},
			{Header: "DATA2", Name: "ended", Type: Date},
		},
		CheckRow: func(r map[string]any) (string, string) {
			if end, ok := r["ended"].(int32); ok && end < r["granted"].(int32) {
				return "DATA2", "пільга закінчується раніше, ніж встановлена"
			}
			return "", ""
		},
	}
}
