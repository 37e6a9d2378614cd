package opendata

var socialServicesRecipients = Dataset{
	ID:    "social-services-recipients",
	Title: "Отримувачі соціальних послуг Центру надання соціальних послуг",
	Description: "Кількість осіб (для сімейних відділень — членів сімей), які перебували на обслуговуванні кожного відділення " +
		"КЗ «Центр надання соціальних послуг» хоча б один день місяця. Обчислено з реєстру отримувачів соціальних послуг Центру. " +
		"У відділеннях, що працюють з постраждалими від домашнього насильства, бездомними чи звільненими особами, мале число " +
		"може вказати на конкретну людину." + hiddenPeople + unknownMonths + noPersonal,
	Keywords:   []string{"соціальні послуги", "догляд вдома", "денний догляд", "бездомні особи", "сім’ї з дітьми", "домашнє насильство"},
	Frequency:  "Щомісяця",
	LegalBasis: "Закон України «Про соціальні послуги»; " + law835,
	Purpose:    "Інформування громадськості про обсяги соціальних послуг, які надає громада",
	Fields: []Field{
		fieldMonth, fieldUnitCode, fieldUnitName,
		{"unit_kind", "Вид відділення", "home_care — догляд вдома, day_care — денний догляд, social_taxi — «Соціальне таксі», homeless_reg, night_shelter, released — бездомні та звільнені особи, fam_* — сім’ї з дітьми, dv — домашнє насильство", "string", true},
		countField("recipients", "Отримувачів", "Осіб на обслуговуванні хоча б один день місяця"),
		fieldSuppressed,
	},
	Key:      []string{"month", "unit_code"},
	Overlap:  []string{"unit_code"}, // a person may be served by several units in a month
	Suppress: &Suppression{Value: "recipients", Dims: []string{"month", "unit_code"}, Margins: [][]string{{"month"}}},
	Coverage: &Coverage{Sources: []string{"csc_cases"}},
	query:    "social-services-recipients.sql",
}

var socialServicesActs = Dataset{
	ID:    "social-services-acts",
	Title: "Соціальні послуги Центру надання соціальних послуг за відділеннями і видами",
	Description: "Соціальні послуги, надані кожним відділенням КЗ «Центр надання соціальних послуг» за кожен місяць, за видами " +
		"актів: кількість актів, кількість отримувачів (осіб або сімей) і обсяг (відвідувань, послуг тощо, як зазначено у " +
		"виді акта). Обчислено з актів надання послуг Центру." + hiddenPeople + unknownMonths + noPersonal,
	Keywords:   []string{"соціальні послуги", "Центр надання соціальних послуг", "догляд вдома", "натуральна допомога"},
	Frequency:  "Щомісяця",
	LegalBasis: "Закон України «Про соціальні послуги»; " + law835,
	Purpose:    "Інформування громадськості про обсяги соціальних послуг, які надає громада",
	Fields: []Field{
		fieldMonth, fieldUnitCode, fieldUnitName,
		{"act_code", "Код акта", "Код виду акта за довідником Центру", "string", true},
		{"act_name", "Вид послуги", "Назва виду акта (послуги)", "string", true},
		countField("acts", "Актів", "Кількість актів"),
		countField("clients", "Отримувачів", "Кількість отримувачів (осіб або сімей)"),
		countField("quantity", "Обсяг", "Обсяг наданих послуг в одиницях виду акта"),
		fieldSuppressed,
	},
	Key: []string{"month", "unit_code", "act_code"},
	Suppress: &Suppression{Value: "clients", Dims: []string{"month", "unit_code", "act_code"}, Also: []string{"acts", "quantity"},
		Margins: [][]string{{"month", "unit_code"}, {"month", "act_code"}, {"month"}}},
	Coverage: &Coverage{Sources: []string{"csc_acts"}},
	query:    "social-services-acts.sql",
}

var supportCentres = Dataset{
	ID:    "support-centres",
	Title: "Послуги центрів підтримки ВПО та ветеранів",
	Description: "Послуги центру підтримки внутрішньо переміщених осіб і центру підтримки ветеранів та членів їхніх сімей за " +
		"кожен місяць, за видами послуг (консультацій, супроводу тощо): кількість наданих послуг і кількість відвідувачів. " +
		"Обчислено з журналів послуг центрів; до відкриття центру значення дорівнюють нулю." + hiddenPeople + unknownMonths + noPersonal,
	Keywords:   []string{"центр підтримки ВПО", "ветеранський простір", "ветерани", "ВПО", "консультації"},
	Frequency:  "Щомісяця",
	LegalBasis: lawAccess,
	Purpose:    "Інформування громадськості про роботу центрів підтримки",
	Fields: []Field{
		fieldMonth,
		{"centre", "Центр", "ВПО — центр підтримки ВПО, ветерани — центр підтримки ветеранів", "string", true},
		{"service_code", "Код послуги", "Код виду послуги за довідником центрів", "string", true},
		{"service_name", "Послуга", "Назва виду послуги", "string", true},
		countField("services", "Послуг", "Кількість наданих послуг"),
		countField("visitors", "Відвідувачів", "Кількість різних осіб, яким надано послугу"),
		fieldSuppressed,
	},
	Key: []string{"month", "centre", "service_code"},
	Suppress: &Suppression{Value: "visitors", Dims: []string{"month", "centre", "service_code"}, Also: []string{"services"},
		Margins: [][]string{{"month", "centre"}, {"month"}}},
	Coverage: &Coverage{Sources: []string{"centre_services"}},
	query:    "support-centres.sql",
}

var recreation = Dataset{
	ID:    "children-recreation",
	Title: "Оздоровлення і відпочинок дітей",
	Description: "Кількість дітей, направлених на оздоровлення і відпочинок, за місцями оздоровлення, джерелами фінансування та " +
		"категоріями дітей, за місяцем заїзду. Обчислено з реєстру виданих путівок." + hiddenPeople + unknownMonths + noPersonal,
	Keywords:   []string{"оздоровлення дітей", "відпочинок дітей", "путівки", "діти пільгових категорій"},
	Frequency:  "Щороку",
	LegalBasis: "Закон України «Про оздоровлення та відпочинок дітей»; " + lawAccess,
	Purpose:    "Інформування громадськості про оздоровлення і відпочинок дітей громади",
	Fields: []Field{
		fieldMonth,
		{"place_code", "Код місця", "Код місця оздоровлення за довідником департаменту", "string", true},
		{"place_name", "Місце оздоровлення", "Назва табору, закладу чи програми", "string", true},
		{"funding", "Фінансування", "Джерело фінансування путівок", "string", true},
		{"category", "Категорія дітей", "Пільгова категорія, за якою дитину направлено", "string", true},
		countField("children", "Дітей", "Кількість дітей"),
		fieldSuppressed,
	},
	Key:     []string{"month", "place_code", "category"},
	Overlap: []string{"category"}, // a child may belong to several categories
	Suppress: &Suppression{Value: "children", Dims: []string{"month", "place_code", "category"},
		Margins: [][]string{{"month", "place_code"}, {"month", "category"}, {"month"}}},
	Coverage: &Coverage{Sources: []string{"recreation"}},
	query:    "children-recreation.sql",
}
