package opendata

// Legal bases the passports cite.
const (
	law835    = "постанова Кабінету Міністрів України від 21.10.2015 № 835 «Про затвердження Положення про набори даних, які підлягають оприлюдненню у формі відкритих даних»"
	lawAccess = "Закон України «Про доступ до публічної інформації»; " + law835
)

// Texts the descriptions share.
const (
	// hiddenPeople explains suppression in a dataset that counts people.
	hiddenPeople = " Що приховано і чому: значення від 1 до 4 замінено порожнім полем (suppressed = true), щоб не можна було " +
		"встановити окремих людей; у кожному оприлюдненому підсумку, де є приховане значення, приховано щонайменше два значення " +
		"з людьми, разом не менше 5 (додаткове приховування), тож жодне приховане значення не можна обчислити відніманням. " +
		"Суми в гривнях не приховуються."
	// unknownMonths explains empty cells of months the exports do not cover.
	unknownMonths = " Якщо експорт, з якого обчислено значення, не охоплює місяць, поле порожнє (suppressed = false): даних немає, це не нуль."
	// noPersonal closes every description.
	noPersonal = " Персональні дані (РНОКПП, ПІБ, адреси, номери справ) не оприлюднюються."
)

// Fields many datasets share.
var (
	fieldMonth      = Field{"month", "Місяць", "Перший день місяця, за який наведено значення", "date", true}
	fieldAsOf       = asOfField("значення")
	fieldOfficeCode = Field{"office_code", "Код управління", "Код районного управління: DN — Дніпровське, ZV — Заводське, PV — Південне", "string", true}
	fieldOfficeName = Field{"office_name", "Управління", "Назва районного управління соціального захисту населення", "string", true}
	fieldSuppressed = Field{"suppressed", "Приховано", "true, якщо значення приховано для захисту персональних даних", "boolean", true}
	fieldKPKVK      = Field{"kpkvk", "КПКВК МБ", "Код програмної класифікації видатків місцевого бюджету", "string", true}

	// Code-and-name pairs of the department's reference lists.
	fieldBenefitCode = Field{"benefit_code", "Код допомоги", "Код виду допомоги за довідником департаменту", "string", true}
	fieldBenefitName = Field{"benefit_name", "Вид допомоги", "Назва виду державної соціальної допомоги", "string", true}
	fieldUnitCode    = Field{"unit_code", "Код відділення", "Код відділення за довідником Центру", "string", true}
	fieldUnitName    = Field{"unit_name", "Відділення", "Назва відділення", "string", true}
)

// asOfField is the date of a stock; of names what was counted at it.
func asOfField(of string) Field {
	return Field{"as_of", "Станом на", "Дата (початок дня), станом на яку пораховано " + of, "date", true}
}

// personsField counts people; what says which.
func personsField(what string) Field { return countField("persons", "Осіб", what) }

// sumField is the amount in гривні of a row; what says of what.
func sumField(what string) Field { return amountField("amount_uah", "Сума, грн", what) }

// countField is a not-required integer field: empty when unknown or withheld.
func countField(name, title, what string) Field {
	return Field{name, title, what + "; порожньо, якщо значення приховано або експорт не охоплює місяць (немає даних)", "integer", false}
}

// amountField is a not-required number field in гривні.
func amountField(name, title, what string) Field {
	return Field{name, title, what + ", гривні з копійками; порожньо, якщо експорт не охоплює місяць (немає даних)", "number", false}
}
