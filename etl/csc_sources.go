package etl

import "regexp"

// The Centre for Social Services (КЗ «Центр надання соціальних послуг») keeps its
// recipients' case register and a journal of service acts; its accounting keeps the
// receipts of goods.

var (
	sexCodes     = map[string]bool{"ч": true, "ж": true}
	yesNo        = map[string]bool{"так": true, "ні": true}
	feeCodes     = map[string]bool{"безоплатно": true, "диференційована": true, "платна": true}
	closureCodes = map[string]bool{"подолання СЖО": true, "виїзд": true, "смерть": true, "відмова": true, "влаштування до інтернату": true, "закінчення строку": true, "вибуття дитини": true, "інше": true}
	receiptKinds = map[string]bool{"меблі": true, "обладнання": true, "генератор": true, "автомобіль": true, "планшет": true}
	fundingCodes = map[string]bool{"місцевий бюджет": true, "благодійна допомога": true, "міжнародна технічна допомога": true}
)

func cscCasesSource() *Source {
	return &Source{
		ID:    "csc_cases",
		Title: "Реєстр отримувачів соціальних послуг Центру надання соціальних послуг",
		// tsnsp_oblik_<department>_<export date yyyymmdd>.xlsx: a full snapshot of one
		// department's register, closed cases included; a newer snapshot replaces an older.
		Pattern: regexp.MustCompile(`^tsnsp_oblik_(?P<part>dn|zv|pd|bo|sd|dns)_(?P<rev>\d{8})\.xlsx$`),
		XLSX:    true,
		Columns: []Column{
			{Header: "Відділення", Name: "unit", Type: Code, Required: true, Codes: seedColumn("ref_csc_units", "code")},
			{Header: "Номер справи", Name: "case_no", Type: Text, Required: true},
			{Header: "РНОКПП", Name: "person_id", Type: RNOKPP},
			{Header: "ПІБ", Type: Drop},
			{Header: "Дата народження", Name: "birth_date", Type: Date},
			{Header: "Стать", Name: "sex", Type: Code, Codes: sexCodes},
			{Header: "Категорія", Name: "category", Type: Code, Required: true, Codes: seedColumn("ref_csc_categories", "code")},
			{Header: "ВПО", Name: "idp", Type: Code, Codes: yesNo},
			{Header: "Оплата", Name: "fee", Type: Code, Codes: feeCodes},
			{Header: "Взято на облік", Name: "taken_on", Type: Date, Required: true},
			{Header: "Знято з обліку", Name: "removed_on", Type: Date},
			{Header: "Причина зняття", Name: "reason", Type: Code, Codes: closureCodes},
		},
		CheckRow: func(r map[string]any) (string, string) {
			removed, closed := r["removed_on"].(int32)
			if closed && removed < r["taken_on"].(int32) {
				return "Знято з обліку", "зняття з обліку раніше за взяття"
			}
			if closed != (r["reason"] != nil) {
				return "Причина зняття", "причину зняття вказують тоді й лише тоді, коли справу закрито"
			}
			return "", ""
		},
	}
}

func cscActsSource() *Source {
	return &Source{
		ID:    "csc_acts",
		Title: "Журнал надання соціальних послуг і заходів Центру надання соціальних послуг",
		// tsnsp_akty_<yyyy-mm>[_v<rev>].csv: every act of the month — a service to a
		// recipient, a monthly act of home care, a gift, a referral, a raid.
		Pattern: regexp.MustCompile(`^tsnsp_akty_(?P<period>\d{4}-\d{2})(?:_v(?P<rev>\d+))?\.csv$`),
		Columns: []Column{
			{Header: "Дата", Name: "act_date", Type: Date, Required: true},
			{Header: "Відділення", Name: "unit", Type: Code, Required: true, Codes: seedColumn("ref_csc_units", "code")},
			{Header: "Послуга/захід", Name: "act_code", Type: Code, Required: true, Codes: seedColumn("ref_csc_acts", "code")},
			{Header: "Номер справи", Name: "case_no", Type: Text},
			{Header: "РНОКПП", Name: "person_id", Type: RNOKPP},
			{Header: "ПІБ", Type: Drop},
			{Header: "Дата народження", Name: "birth_date", Type: Date},
			{Header: "Стать", Name: "sex", Type: Code, Codes: sexCodes},
			{Header: "Категорія", Name: "category", Type: Code, Codes: seedColumn("ref_csc_categories", "code")},
			{Header: "Дітей у сім’ї", Name: "children", Type: Count},
			{Header: "Кількість", Name: "quantity", Type: Count},
			{Header: "Заходів", Name: "measures", Type: Count},
			{Header: "Сума, грн", Name: "amount_kop", Type: Money},
		},
	}
}

func cscReceiptsSource() *Source {
	return &Source{
		ID:    "csc_receipts",
		Title: "Надходження товарно-матеріальних цінностей Центру надання соціальних послуг",
		// tsnsp_tmts_<yyyy>[_v<rev>].csv: goods and equipment received in the year.
		Pattern: regexp.MustCompile(`^tsnsp_tmts_(?P<period>\d{4})(?:_v(?P<rev>\d+))?\.csv$`),
		Columns: []Column{
			{Header: "Дата", Name: "receipt_date", Type: Date, Required: true},
			{Header: "Відділення", Name: "unit", Type: Code, Required: true, Codes: seedColumn("ref_csc_units", "code")},
			{Header: "Вид", Name: "kind", Type: Code, Required: true, Codes: receiptKinds},
			{Header: "Найменування", Name: "item", Type: Text, Required: true},
			{Header: "Кількість", Name: "quantity", Type: Count, Required: true},
			{Header: "Сума, грн", Name: "amount_kop", Type: Money, Required: true},
			{Header: "Джерело", Name: "funding", Type: Code, Required: true, Codes: fundingCodes},
		},
	}
}
