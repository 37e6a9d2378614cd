package opendata

var documentFlow = Dataset{
	ID:    "documents",
	Title: "Документообіг і звернення громадян",
	Description: "Кількість документів, зареєстрованих департаментом за кожен місяць: вхідних і вихідних, за видами документів " +
		"(листи, звернення громадян, запити на інформацію тощо), каналами надходження і тематикою. Обчислено з реєстру " +
		"системи електронного документообігу. Рахуються документи, а не люди, тому нічого не приховано." + unknownMonths + noPersonal,
	Keywords:   []string{"документообіг", "звернення громадян", "запити на інформацію", "листи", "електронні звернення"},
	Frequency:  "Щомісяця",
	LegalBasis: "Закон України «Про звернення громадян»; " + lawAccess,
	Purpose:    "Інформування громадськості про обсяги документообігу і звернень громадян до департаменту",
	Fields: []Field{
		fieldMonth,
		{"direction", "Напрям", "Вхідний чи вихідний документ", "string", true},
		{"kind", "Код виду", "Код виду документа за довідником департаменту", "string", true},
		{"kind_name", "Вид документа", "Назва виду документа", "string", true},
		{"channel", "Канал", "Канал надходження чи відправлення; «—», якщо не зазначено", "string", true},
		{"subject", "Тематика", "Тематика документа; «—», якщо не зазначено", "string", true},
		countField("documents", "Документів", "Кількість документів"),
	},
	Key:      []string{"month", "direction", "kind", "channel", "subject"},
	Coverage: &Coverage{Sources: []string{"documents"}},
	query:    "documents.sql",
}

var commissionDecisions = Dataset{
	ID:    "commission-decisions",
	Title: "Рішення комісій департаменту",
	Description: "Засідання і рішення комісій за кожен місяць: комісії з питань надання соціальних послуг (за видами послуг і " +
		"рішеннями) і комісії з надання матеріальної допомоги (за рішеннями): кількість засідань і кількість розглянутих заяв " +
		"з таким рішенням. Обчислено з протоколів засідань." + hiddenPeople + unknownMonths + noPersonal,
	Keywords:   []string{"комісії", "рішення комісій", "соціальні послуги", "матеріальна допомога", "засідання"},
	Frequency:  "Щомісяця",
	LegalBasis: "Закон України «Про соціальні послуги»; " + lawAccess,
	Purpose:    "Прозорість роботи комісій департаменту",
	Fields: []Field{
		fieldMonth,
		{"commission", "Комісія", "social_services — з питань надання соціальних послуг, material_aid — з надання матеріальної допомоги", "string", true},
		{"subject", "Предмет", "Вид соціальної послуги чи категорія заявників; «—», якщо не зазначено", "string", true},
		{"decision", "Рішення", "Рішення комісії", "string", true},
		countField("sittings", "Засідань", "Кількість засідань комісії у місяці, на яких ухвалено таке рішення"),
		countField("applications", "Заяв", "Кількість заяв (осіб) з таким рішенням"),
		fieldSuppressed,
	},
	Key:     []string{"month", "commission", "subject", "decision"},
	Measure: "applications", // sittings repeat across the decisions of one sitting; applications do not
	Suppress: &Suppression{Value: "applications", Dims: []string{"month", "commission", "subject", "decision"},
		Margins: [][]string{{"month", "commission", "decision"}, {"month", "commission"}}},
	Coverage: &Coverage{Sources: []string{"social_services_decisions", "material_aid"}},
	query:    "commission-decisions.sql",
}
