package opendata

var privilegesByCategory = Dataset{
	ID:    "privileges",
	Title: "Пільговики за категоріями та управліннями",
	Description: "Кількість осіб, які мають статус у кожній пільговій категорії, станом на перше число кожного місяця, за " +
		"районними управліннями соціального захисту населення. Обчислено з реєстру осіб, які мають право на пільги; особа " +
		"з кількома категоріями враховується в кожній з них." + hiddenPeople + unknownMonths + noPersonal,
	Keywords:   []string{"пільги", "пільговики", "ветерани війни", "ЧАЕС", "багатодітні сім’ї", "соціальний захист"},
	Frequency:  "Щомісяця",
	LegalBasis: lawAccess,
	Purpose:    "Інформування громадськості про кількість осіб, які мають право на пільги, за категоріями",
	Fields: []Field{
		fieldAsOf, fieldOfficeCode, fieldOfficeName,
		{"category_code", "Код категорії", "Код пільгової категорії за довідником реєстру пільговиків", "string", true},
		{"category_name", "Категорія", "Назва пільгової категорії", "string", true},
		personsField("Кількість осіб зі статусом"),
		fieldSuppressed,
	},
	Key:     []string{"as_of", "office_code", "category_code"},
	Overlap: []string{"category_code"}, // a person may have status in several categories
	Suppress: &Suppression{Value: "persons", Dims: []string{"as_of", "office_code", "category_code"},
		Margins: [][]string{{"as_of", "category_code"}, {"as_of", "office_code"}, {"as_of"}}},
	Coverage: &Coverage{Sources: []string{"privileges"}, Office: "office_code"},
	query:    "privileges.sql",
}

var idpRegistered = Dataset{
	ID:    "idp-registered",
	Title: "Внутрішньо переміщені особи на обліку",
	Description: "Кількість внутрішньо переміщених осіб, які перебувають на обліку в громаді, станом на перше число кожного " +
		"місяця: усього, діти до 18 років, пенсіонери, особи з інвалідністю; а також скільки осіб прибуло і скільки отримали " +
		"довідку ВПО протягом місяця, що передує даті. Обчислено з Єдиної інформаційної бази даних про ВПО; особа, яка " +
		"переїхала між управліннями, — одна особа." + hiddenPeople + unknownMonths + noPersonal,
	Keywords:   []string{"ВПО", "внутрішньо переміщені особи", "облік ВПО", "довідки ВПО", "соціальний захист"},
	Frequency:  "Щомісяця",
	LegalBasis: "Закон України «Про забезпечення прав і свобод внутрішньо переміщених осіб»; " + lawAccess,
	Purpose:    "Інформування громадськості про кількість внутрішньо переміщених осіб у громаді",
	Fields: []Field{
		fieldAsOf,
		{"group", "Група", "all — усі, children — діти до 18 років, pensioners — пенсіонери, disabled — особи з інвалідністю, arrived — прибули протягом попереднього місяця, certified — отримали довідку протягом попереднього місяця", "string", true},
		personsField("Кількість осіб"),
		fieldSuppressed,
	},
	Key:      []string{"as_of", "group"},
	Overlap:  []string{"group"}, // "all" holds the other groups, which overlap too
	Suppress: &Suppression{Value: "persons", Dims: []string{"as_of", "group"}},
	Coverage: &Coverage{Sources: []string{"idp_registrations"}},
	query:    "idp-registered.sql",
}

var idpDormitories = Dataset{
	ID:    "idp-dormitories",
	Title: "Внутрішньо переміщені особи в гуртожитках і місцях компактного проживання",
	Description: "Кількість внутрішньо переміщених осіб, які проживають у кожному гуртожитку чи місці компактного проживання, " +
		"станом на перше число кожного місяця. Обчислено з обліку " +
		"поселення ВПО." + hiddenPeople + unknownMonths + noPersonal,
	Keywords:   []string{"ВПО", "гуртожитки", "місця компактного проживання", "житло", "соціальний захист"},
	Frequency:  "Щомісяця",
	LegalBasis: "Закон України «Про забезпечення прав і свобод внутрішньо переміщених осіб»; " + lawAccess,
	Purpose:    "Інформування громадськості про розміщення внутрішньо переміщених осіб",
	Fields: []Field{
		fieldAsOf,
		{"place", "Місце проживання", "Код гуртожитку чи місця компактного проживання", "string", true},
		countField("residents", "Проживає осіб", "Кількість осіб, які проживають станом на дату"),
		fieldSuppressed,
	},
	Key:      []string{"as_of", "place"},
	Suppress: &Suppression{Value: "residents", Dims: []string{"as_of", "place"}, Margins: [][]string{{"as_of"}}},
	Coverage: &Coverage{Sources: []string{"idp_dormitories"}},
	query:    "idp-dormitories.sql",
}
