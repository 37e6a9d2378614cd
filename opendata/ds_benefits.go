package opendata

var benefitRecipients = Dataset{
	ID:    "benefit-recipients",
	Title: "Кількість отримувачів державних соціальних допомог",
	Description: "Кількість сімей, які отримують кожен вид державної соціальної допомоги, станом на перше число кожного місяця, " +
		"за районними управліннями соціального захисту населення. Обчислено з записів про призначення допомог програмного комплексу " +
		"призначення та виплати допомог. Сім’я, що отримує кілька видів допомоги, враховується в кожному з них. " +
		"Підсумки за видом допомоги, управлінням і містом оприлюднюються окремо (на сторінках і в інших наборах)." +
		hiddenPeople + " Якщо управління не надіслало експорт, що охоплює дату, поле порожнє (suppressed = false): даних немає, це не нуль." +
		noPersonal,
	Keywords:   []string{"соціальний захист", "державні соціальні допомоги", "отримувачі допомог", "сім’ї з дітьми", "ВПО"},
	Frequency:  "Щомісяця",
	LegalBasis: lawAccess,
	Purpose:    "Інформування громадськості про кількість отримувачів державних соціальних допомог у громаді",
	Fields: []Field{
		asOfField("отримувачів"), fieldOfficeCode, fieldOfficeName, fieldBenefitCode, fieldBenefitName,
		{"families", "Кількість сімей", "Кількість сімей-отримувачів; порожньо, якщо значення приховано або якщо експорт управління не охоплює дату (немає даних)", "integer", false},
		fieldSuppressed,
	},
	Key:     []string{"as_of", "office_code", "benefit_code"},
	Overlap: []string{"benefit_code"}, // a family with several benefits is counted under each
	// Benefit totals over offices are on the first page; office and city totals
	// are public too.
	Suppress: &Suppression{Value: "families", Dims: []string{"as_of", "office_code", "benefit_code"},
		Margins: [][]string{{"as_of", "benefit_code"}, {"as_of", "office_code"}, {"as_of"}}},
	Coverage: &Coverage{Sources: []string{"benefit_assignments"}, Office: "office_code"},
	query:    "benefit-recipients.sql",
}

var benefitPayments = Dataset{
	ID:    "benefit-payments",
	Title: "Виплати державних соціальних допомог за місяцями",
	Description: "Виплати кожного виду державної соціальної допомоги за списками на виплату кожного місяця, за районними " +
		"управліннями соціального захисту населення: кількість виплат, кількість сімей, яким виплачено, і сума в гривнях. " +
		"Обчислено з виплатних списків програмного комплексу призначення та виплати допомог; місяць — місяць дати списку." +
		hiddenPeople + unknownMonths + noPersonal,
	Keywords:   []string{"соціальний захист", "державні соціальні допомоги", "виплати", "бюджет", "сім’ї"},
	Frequency:  "Щомісяця",
	LegalBasis: "Закон України «Про відкритість використання публічних коштів»; " + lawAccess,
	Purpose:    "Інформування громадськості про обсяги виплат державних соціальних допомог у громаді",
	Fields: []Field{
		fieldMonth, fieldOfficeCode, fieldOfficeName, fieldBenefitCode, fieldBenefitName,
		countField("payments", "Виплат", "Кількість виплат (рядків виплатних списків)"),
		countField("families", "Сімей", "Кількість сімей, яким виплачено допомогу"),
		sumField("Сума виплат"),
		fieldSuppressed,
	},
	Key: []string{"month", "office_code", "benefit_code"},
	Suppress: &Suppression{Value: "families", Dims: []string{"month", "office_code", "benefit_code"}, Also: []string{"payments"},
		Margins: [][]string{{"month", "benefit_code"}, {"month", "office_code"}, {"month"}}},
	Coverage: &Coverage{Sources: []string{"benefit_payments"}, Office: "office_code"},
	query:    "benefit-payments.sql",
}
