package etl

import (
	"regexp"
)

func materialAidSource() *Source {
	return &Source{
		ID:    "material_aid",
		Title: "Рішення комісії з надання матеріальної допомоги",
		// matdopomoga_<yyyy-mm>[_v<rev>].xlsx: the month's decisions of the commission,
		// one row per application considered; a re-sent month replaces the earlier one.
		Pattern: regexp.MustCompile(`^matdopomoga_(?P<period>\d{4}-\d{2})(?:_v(?P<rev>\d+))?\.xlsx$`),
		XLSX:    true,
		Columns: []Column{
			{Header: "Дата засідання", Name: "meeting_date", Type: Date, Required: true},
			{Header: "Номер протоколу", Name: "protocol_no", Type: Text, Required: true},
			{Header: "РНОКПП заявника", Name: "person_id", Type: RNOKPP, Required: true},
			{Header: "ПІБ заявника", Type: Drop},
			{Header: "Категорія", Name: "category", Type: Code, Required: true, Codes: seedColumn("ref_material_aid", "code")},
			{Header: "Рішення", Name: "decision", Type: Code, Required: true, Codes: map[string]bool{"виділити": true, "відмовити": true}},
			{Header: "Сума, грн", Name: "amount_kop", Type: Money},
		},
		CheckRow: func(r map[string]any) (string, string) {
			amount, _ := r["amount_kop"].(int64)
			switch {
			case r["decision"] == "виділити" && amount <= 0:
				return "Сума, грн", "для рішення «виділити» потрібна додатна сума"
			case r["decision"] == "відмовити" && amount != 0:
				return "Сума, грн", "у рішенні «відмовити» суми бути не може"
			}
			return "", ""
		},
	}
}

func deputiesAidSource() *Source {
	return &Source{
		ID:    "deputies_aid",
		Title: "Відомості на виплату матеріальної допомоги за депутатськими зверненнями",
		// deputatska_<yyyy-mm>[_v<rev>].xlsx: the month's statements, one row per recipient.
		Pattern: regexp.MustCompile(`^deputatska_(?P<period>\d{4}-\d{2})(?:_v(?P<rev>\d+))?\.xlsx$`),
		XLSX:    true,
		Columns: []Column{
			{Header: "Номер відомості", Name: "statement_no", Type: Text, Required: true},
			{Header: "Дата відомості", Name: "statement_date", Type: Date, Required: true},
			{Header: "Рада", Name: "council", Type: Code, Required: true, Codes: map[string]bool{"обласна": true, "міська": true}},
			{Header: "Депутат", Type: Drop},
			{Header: "РНОКПП", Name: "person_id", Type: RNOKPP, Required: true},
			{Header: "ПІБ", Type: Drop},
			{Header: "Сума, грн", Name: "amount_kop", Type: Money, Required: true},
		},
	}
}

func idpSource() *Source {
	return &Source{
		ID:    "idp_registrations",
		Title: "ЄІБД ВПО: внутрішньо переміщені особи, взяті на облік",
		// vpo_<office>_<export date yyyymmdd>.xlsx: every person the office has registered,
		// on record or not; a newer export replaces an older one.
		Pattern: regexp.MustCompile(`^vpo_(?P<office>[a-z]+)_(?P<rev>\d{8})\.xlsx$`),
		XLSX:    true,
		Columns: []Column{
			{Header: "Номер довідки", Name: "certificate_id", Type: Pseudonym, Required: true},
			{Header: "Дата видачі довідки", Name: "certificate_date", Type: Date, Required: true},
			{Header: "РНОКПП", Name: "person_id", Type: RNOKPP},
			{Header: "ПІБ", Type: Drop},
			{Header: "Дата народження", Name: "birth_date", Type: Date, Required: true},
			{Header: "Дата прибуття", Name: "arrived", Type: Date, Required: true},
			{Header: "Дата взяття на облік", Name: "registered", Type: Date, Required: true},
			{Header: "Дата зняття з обліку", Name: "deregistered", Type: Date},
			{Header: "Пенсіонер", Name: "pensioner", Type: Code, Required: true, Codes: map[string]bool{"так": true, "ні": true}},
			{Header: "Інвалідність", Name: "disabled", Type: Code, Required: true, Codes: map[string]bool{"так": true, "ні": true}},
		},
		CheckRow: func(r map[string]any) (string, string) {
			if end, ok := r["deregistered"].(int32); ok && end < r["registered"].(int32) {
				return "Дата зняття з обліку", "зняття з обліку раніше за взяття"
			}
			return "", ""
		},
	}
}

func dormitorySource() *Source {
	return &Source{
		ID:    "idp_dormitories",
		Title: "Поселення ВПО в гуртожитках і місцях компактного проживання",
		// gurtozhytky_<export date yyyymmdd>.xlsx: every placement since 2022; newer replaces older.
		Pattern: regexp.MustCompile(`^gurtozhytky_(?P<rev>\d{8})\.xlsx$`),
		XLSX:    true,
		Columns: []Column{
			{Header: "Місце проживання", Name: "place", Type: Text, Required: true},
			{Header: "Номер довідки ВПО", Name: "certificate_id", Type: Pseudonym, Required: true},
			{Header: "ПІБ", Type: Drop},
			{Header: "Дата заселення", Name: "moved_in", Type: Date, Required: true},
			{Header: "Дата виселення", Name: "moved_out", Type: Date},
		},
		CheckRow: func(r map[string]any) (string, string) {
			if out, ok := r["moved_out"].(int32); ok && out < r["moved_in"].(int32) {
				return "Дата виселення", "виселення раніше за заселення"
			}
			return "", ""
		},
	}
}

func centreServicesSource() *Source {
	return &Source{
		ID:    "centre_services",
		Title: "Журнали послуг центрів підтримки ветеранів і ВПО",
		// tsentr_<vpo|veterany>_<yyyy-mm>[_v<rev>].xlsx: one centre's service acts of a
		// month; a re-sent month replaces the earlier one.
		Pattern: regexp.MustCompile(`^tsentr_(?P<part>vpo|veterany)_(?P<period>\d{4}-\d{2})(?:_v(?P<rev>\d+))?\.xlsx$`),
		XLSX:    true,
		Columns: []Column{
			{Header: "Дата", Name: "service_date", Type: Date, Required: true},
			{Header: "Послуга", Name: "service_code", Type: Code, Required: true, Codes: seedColumn("ref_centre_services", "code")},
			{Header: "Картка відвідувача", Name: "visitor_id", Type: Pseudonym, Required: true, Scope: &Scope{Part: true}}, // each centre issues its own cards
			{Header: "РНОКПП", Name: "person_id", Type: RNOKPP},
			{Header: "ПІБ", Type: Drop},
			{Header: "Категорія", Name: "category", Type: Code, Codes: map[string]bool{
				"combatants": true, "war_disabled": true, "war_participants": true, "fallen_families": true, "veteran_families": true, "idp": true}},
		},
	}
}

func documentsSource() *Source {
	return &Source{
		ID:    "documents",
		Title: "Реєстр документів системи електронного документообігу",
		// sed_<yyyy-mm>[_v<rev>].csv: every document registered in the month.
		Pattern: regexp.MustCompile(`^sed_(?P<period>\d{4}-\d{2})(?:_v(?P<rev>\d+))?\.csv$`),
		Columns: []Column{
			{Header: "Реєстраційний номер", Name: "reg_no", Type: Text, Required: true},
			{Header: "Дата реєстрації", Name: "reg_date", Type: Date, Required: true},
			{Header: "Напрям", Name: "direction", Type: Code, Required: true, Codes: map[string]bool{"вхідний": true, "вихідний": true, "внутрішній": true}},
			{Header: "Вид документа", Name: "kind", Type: Code, Required: true, Codes: seedColumn("ref_document_kinds", "code")},
			{Header: "Канал надходження", Name: "channel", Type: Code, Codes: map[string]bool{
				"гаряча лінія": true, "ЦНАП": true, "пошта": true, "особистий прийом": true, "електронна пошта": true}},
			{Header: "Тема", Name: "subject", Type: Code, Codes: map[string]bool{
				"ДВС: повторне відкриття": true, "ДВС: хід виконання": true, "ДВС: зміна реквізитів": true, "ДВС: виконавчий документ": true,
				"прокуратура": true, "адвокат": true, "правоохоронні органи": true, "приватний виконавець": true,
				"звіт: чисельність і вакансії": true, "звіт: кількісний склад": true, "звіт: склад керівників і спеціалістів": true,
				"звіт: звернення громадян": true, "звіт: бланки суворої звітності": true, "звіт: бланки розпоряджень": true,
				"звіт: бланки рішень виконкому": true, "звіт: заброньовані військовозобов’язані": true}},
			{Header: "Кореспондент", Type: Drop},
			{Header: "Короткий зміст", Type: Drop},
		},
	}
}

func recreationSource() *Source {
	return &Source{
		ID:    "recreation",
		Title: "Реєстр путівок на оздоровлення та відпочинок дітей",
		// ozdorovlennia_<yyyy>[_v<rev>].xlsx: the year's vouchers, one row per child sent.
		Pattern: regexp.MustCompile(`^ozdorovlennia_(?P<period>\d{4})(?:_v(?P<rev>\d+))?\.xlsx$`),
		XLSX:    true,
		Columns: []Column{
			{Header: "Номер путівки", Name: "voucher_no", Type: Text, Required: true},
			{Header: "Дата заїзду", Name: "arrival", Type: Date, Required: true},
			{Header: "Заклад", Name: "place", Type: Code, Required: true, Codes: seedColumn("ref_recreation_places", "code")},
			{Header: "Свідоцтво про народження", Name: "child_id", Type: Pseudonym, Required: true},
			{Header: "ПІБ дитини", Type: Drop},
			{Header: "Дата народження", Name: "birth_date", Type: Date, Required: true},
			{Header: "Категорія", Name: "category", Type: Code, Required: true, Codes: map[string]bool{
				"orphans": true, "defenders_children": true, "deprived_care": true, "large_families": true,
				"idp": true, "low_income": true, "fallen_defenders": true}},
		},
	}
}

func socialServicesDecisionsSource() *Source {
	return &Source{
		ID:    "social_services_decisions",
		Title: "Рішення комісії про надання соціальних послуг",
		// rishennia_posluhy_<yyyy-mm>[_v<rev>].csv: the month's applications and decisions.
		Pattern: regexp.MustCompile(`^rishennia_posluhy_(?P<period>\d{4}-\d{2})(?:_v(?P<rev>\d+))?\.csv$`),
		Columns: []Column{
			{Header: "Дата засідання", Name: "meeting_date", Type: Date, Required: true},
			{Header: "Номер протоколу", Name: "protocol_no", Type: Text, Required: true},
			{Header: "РНОКПП заявника", Name: "person_id", Type: RNOKPP, Required: true},
			{Header: "ПІБ заявника", Type: Drop},
			{Header: "Послуга", Name: "service", Type: Text, Required: true},
			{Header: "Рішення", Name: "decision", Type: Code, Required: true, Codes: map[string]bool{
				"за рахунок бюджету": true, "диференційована оплата": true, "за рахунок отримувача": true, "відмова": true}},
		},
	}
}

func advisoryMeetingsSource() *Source {
	return &Source{
		ID:    "advisory_meetings",
		Title: "Засідання дорадчих органів",
		// zasidannia_<yyyy>[_v<rev>].csv: the year's sittings of the advisory bodies the
		// department runs or takes part in.
		Pattern: regexp.MustCompile(`^zasidannia_(?P<period>\d{4})(?:_v(?P<rev>\d+))?\.csv$`),
		Columns: []Column{
			{Header: "Дата засідання", Name: "meeting_date", Type: Date, Required: true},
			{Header: "Орган", Name: "body", Type: Code, Required: true, Codes: seedColumn("ref_advisory_bodies", "code")},
			{Header: "Номер протоколу", Name: "protocol_no", Type: Text, Required: true},
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
