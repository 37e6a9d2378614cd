package etl

import "regexp"

// The Centre for Social Services (КЗ «Центр надання соціальних послуг») keeps its
// recipients' case register and a journal of service acts; its accounting keeps the
// receipts of goods, and the department's HR keeps the register of staff training.

var (
	sexCodes      = map[string]bool{"ч": true, "ж": true}
	yesNo         = map[string]bool{"так": true, "ні": true}
	feeCodes      = map[string]bool{"безоплатно": true, "диференційована": true, "платна": true}
	closureCodes  = map[string]bool{"подолання СЖО": true, "виїзд": true, "смерть": true, "відмова": true, "влаштування до інтернату": true, "закінчення строку": true, "вибуття дитини": true, "інше": true}
	receiptKinds  = map[string]bool{"меблі": true, "обладнання": true, "генератор": true, "автомобіль": true, "планшет": true}
	fundingCodes  = map[string]bool{"місцевий бюджет": true, "благодійна допомога": true, "міжнародна технічна допомога": true}
	employerCodes = map[string]bool{"департамент": true, "ЦНСП": true}
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

func trainingsSource() *Source {
	return &Source{
		ID:    "trainings",
		Title: "Реєстр навчання та підвищення кваліфікації працівників",
		// navchannia_<yyyy>[_v<rev>].xlsx: one row per worker per completed course.
		Pattern: regexp.MustCompile(`^navchannia_(?P<period>\d{4})(?:_v(?P<rev>\d+))?\.xlsx$`),
		XLSX:    true,
		Columns: []Column{
			{Header: "Установа", Name: "employer", Type: Code, Required: true, Codes: employerCodes},
			{Header: "Табельний номер", Name: "worker_id", Type: Pseudonym, Required: true},
			{Header: "ПІБ", Type: Drop},
			{Header: "Навчання", Name: "course", Type: Code, Required: true, Codes: seedColumn("ref_trainings", "code")},
			{Header: "Дата закінчення", Name: "completed_on", Type: Date, Required: true},
			{Header: "Сертифікат за професією", Name: "profession", Type: Code, Codes: map[string]bool{"практичний психолог": true, "фахівець із соціальної роботи": true}},
		},
	}
}

func departmentAidSource() *Source {
	return &Source{
		ID:    "department_aid",
		Title: "Реєстр натуральної допомоги, подарунків і заходів департаменту",
		// nat_dopomoha_<yyyy>[_v<rev>].xlsx: one row per recipient (a person, a family, a
		// child) of a gift, a set, a voucher or a reimbursement in the year.
		Pattern: regexp.MustCompile(`^nat_dopomoha_(?P<period>\d{4})(?:_v(?P<rev>\d+))?\.xlsx$`),
		XLSX:    true,
		Columns: []Column{
			{Header: "Дата", Name: "given_on", Type: Date, Required: true},
			{Header: "Захід", Name: "action", Type: Code, Required: true, Codes: seedColumn("ref_department_actions", "code")},
			{Header: "Підстава", Name: "basis", Type: Code, Required: true, Codes: map[string]bool{"клопотання": true, "заява": true, "список": true, "рішення": true}},
			{Header: "Номер документа", Name: "basis_no", Type: Text, Required: true},
			{Header: "Отримувач (РНОКПП або свідоцтво)", Name: "recipient_id", Type: Pseudonym, Required: true},
			{Header: "ПІБ", Type: Drop},
			{Header: "Кількість", Name: "quantity", Type: Count, Required: true},
			{Header: "Сума, грн", Name: "amount_kop", Type: Money, Required: true},
			{Header: "Джерело", Name: "funding", Type: Code, Required: true, Codes: map[string]bool{"міський бюджет": true, "меценат": true, "благодійна допомога": true}},
		},
	}
}

func hrRecordsSource() *Source {
	return &Source{
		ID:    "hr_records",
		Title: "Кадрові заходи департаменту",
		// kadry_<yyyy>[_v<rev>].xlsx: the year's evaluations of officials and award
		// packages, one row per worker.
		Pattern: regexp.MustCompile(`^kadry_(?P<period>\d{4})(?:_v(?P<rev>\d+))?\.xlsx$`),
		XLSX:    true,
		Columns: []Column{
			{Header: "Табельний номер", Name: "worker_id", Type: Pseudonym, Required: true},
			{Header: "ПІБ", Type: Drop},
			{Header: "Захід", Name: "action", Type: Code, Required: true, Codes: map[string]bool{"оцінювання": true, "нагородження": true}},
			{Header: "Дата", Name: "action_date", Type: Date, Required: true},
			{Header: "Результат", Name: "result", Type: Code, Codes: map[string]bool{"відмінно": true, "високо": true, "добре": true, "задовільно": true, "негативно": true}},
		},
		CheckRow: func(r map[string]any) (string, string) {
			if (r["action"] == "оцінювання") != (r["result"] != nil) {
				return "Результат", "результат зазначають для оцінювання і лише для нього"
			}
			return "", ""
		},
	}
}
