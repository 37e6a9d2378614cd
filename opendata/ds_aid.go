package opendata

var materialAid = Dataset{
	ID:    "material-aid",
	Title: "Матеріальна допомога за видами та місяцями",
	Description: "Одноразова матеріальна допомога за кожен місяць: за рішеннями комісії з надання матеріальної допомоги — за " +
		"категоріями заявників, а також за зверненнями депутатів обласної та міської рад: кількість осіб, яким виділено " +
		"допомогу, і сума в гривнях. Обчислено з протоколів засідань комісії та реєстрів виплат за зверненнями депутатів." +
		hiddenPeople + unknownMonths + noPersonal,
	Keywords:   []string{"матеріальна допомога", "одноразова допомога", "депутатська допомога", "соціальний захист"},
	Frequency:  "Щомісяця",
	LegalBasis: "Закон України «Про відкритість використання публічних коштів»; " + lawAccess,
	Purpose:    "Прозорість надання матеріальної допомоги з місцевого бюджету",
	Fields: []Field{
		fieldMonth,
		{"kind", "Вид", "commission:<код категорії> — за рішенням комісії, deputies:обласна чи deputies:міська — за зверненням депутатів", "string", true},
		{"kind_name", "Вид допомоги", "Назва категорії заявників чи ради", "string", true},
		personsField("Кількість осіб, яким виділено допомогу"),
		sumField("Сума виділеної допомоги"),
		fieldSuppressed,
	},
	Key:      []string{"month", "kind"},
	Overlap:  []string{"kind"}, // a person may get aid of several kinds in a month
	Suppress: &Suppression{Value: "persons", Dims: []string{"month", "kind"}, Margins: [][]string{{"month"}}},
	Coverage: &Coverage{Sources: []string{"material_aid", "deputies_aid"}},
	query:    "material-aid.sql",
}

var cityPayments = Dataset{
	ID:    "city-payments",
	Title: "Виплати за міськими програмами соціального захисту",
	Description: "Виплати за кожною міською програмою соціального захисту за кожен місяць: кількість осіб, які отримали " +
		"виплату, кількість справ (особа або сім’я, де допомогу поділено між членами) і сума в гривнях. Обчислено з реєстрів " +
		"виплат за міськими програмами; місяць — місяць дати виплати." + hiddenPeople + unknownMonths + noPersonal,
	Keywords:   []string{"міські програми", "соціальні виплати", "місцевий бюджет", "соціальний захист"},
	Frequency:  "Щомісяця",
	LegalBasis: "Закон України «Про відкритість використання публічних коштів»; " + lawAccess,
	Purpose:    "Прозорість виплат за міськими програмами соціального захисту",
	Fields: []Field{
		fieldMonth,
		{"payment_code", "Код виплати", "Код виду виплати за довідником департаменту", "string", true},
		{"payment_name", "Виплата", "Назва виду виплати", "string", true},
		{"periodicity", "Періодичність", "одноразова чи щомісячна тощо", "string", true},
		personsField("Кількість осіб, які отримали виплату"),
		countField("cases", "Справ", "Кількість справ"),
		sumField("Сума виплат"),
		fieldSuppressed,
	},
	Key:      []string{"month", "payment_code"},
	Overlap:  []string{"payment_code"}, // a person may get several payments
	Suppress: &Suppression{Value: "persons", Dims: []string{"month", "payment_code"}, Also: []string{"cases"}, Margins: [][]string{{"month"}}},
	Coverage: &Coverage{Sources: []string{"city_payments"}},
	query:    "city-payments.sql",
}
