// Package opendata publishes the department's open datasets: aggregated,
// privacy-safe tables as CSV, JSON and Parquet, each with a passport per Cabinet of
// Ministers Resolution No. 835 and a structure file, written as dated, immutable
// releases; and serves the catalogue, the releases and their files.
package opendata

import (
	"embed"
	"fmt"

	"github.com/hromadata/hromadata/privacy"
)

//go:embed datasets/*.sql
var queries embed.FS

// Publisher identifies the department in every passport.
var Publisher = struct {
	Name, EDRPOU, Person, Email, Phone string
}{
	Name:   "Департамент соціальної політики міської ради",
	EDRPOU: "41490026",
	Person: "Відповідальна особа з питань оприлюднення публічної інформації у формі відкритих даних",
	Email:  "opendata@sotsport.example.gov.ua",
}

// Field is one column of a dataset and its description in the structure file.
type Field struct {
	Name        string `json:"name"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Type        string `json:"type"` // Frictionless types: date, string, integer, boolean
	Required    bool   `json:"required"`
}

// Suppression hides small counts so that no family can be singled out, by the rule
// of package privacy.
type Suppression struct {
	Value   string     // the count column
	Dims    []string   // the columns that identify a cell
	Margins [][]string // sets of columns whose totals over the rest are public (on pages, in other datasets)
}

// Dataset is one open dataset.
type Dataset struct {
	ID          string
	Title       string
	Description string
	Keywords    []string
	Frequency   string
	LegalBasis  string
	Purpose     string
	Fields      []Field
	Suppress    *Suppression
	Measure     string // the column its page charts over time; empty: the first integer or number column
	query       string
}

// SQL is the query that produces the dataset from a build.
func (d Dataset) SQL() string {
	b, err := queries.ReadFile("datasets/" + d.query)
	if err != nil {
		panic(fmt.Sprintf("dataset %s: %v", d.ID, err))
	}
	return string(b)
}

// SuppressionThreshold: counts below it are withheld in sensitive datasets.
const SuppressionThreshold = privacy.Threshold

// Datasets lists what the department publishes.
var Datasets = []Dataset{{
	ID:    "benefit-recipients",
	Title: "Кількість отримувачів державних соціальних допомог",
	Description: "Кількість сімей, які отримують кожен вид державної соціальної допомоги, станом на перше число кожного місяця, " +
		"за районними управліннями соціального захисту населення. Обчислено з записів про призначення допомог програмного комплексу " +
		"призначення та виплати допомог. Сім’я, що отримує кілька видів допомоги, враховується в кожному з них. " +
		"Що приховано і чому: значення від 1 до 4 замінено порожнім полем (suppressed = true), щоб не можна було встановити " +
		"окремі сім’ї. Підсумки за видом допомоги, управлінням і містом оприлюднюються окремо (на сторінках і в інших наборах), " +
		"тому в кожному такому підсумку, де є приховане значення, приховано щонайменше два значення з сім’ями, разом не менше 5 " +
		"(додаткове приховування; нуль партнером не вважається), і жодне приховане значення не можна обчислити відніманням. " +
		"Якщо управління не надіслало експорт, що охоплює дату, поле також порожнє (suppressed = false): даних немає, це не нуль. " +
		"Персональні дані (РНОКПП, ПІБ, адреси) не оприлюднюються.",
	Keywords:   []string{"соціальний захист", "державні соціальні допомоги", "отримувачі допомог", "сім’ї з дітьми", "ВПО"},
	Frequency:  "Щомісяця",
	LegalBasis: "Закон України «Про доступ до публічної інформації»; постанова Кабінету Міністрів України від 21.10.2015 № 835 «Про затвердження Положення про набори даних, які підлягають оприлюдненню у формі відкритих даних»",
	Purpose:    "Інформування громадськості про кількість отримувачів державних соціальних допомог у громаді",
	Fields: []Field{
		{"as_of", "Станом на", "Дата (початок дня), станом на яку пораховано отримувачів", "date", true},
		{"office_code", "Код управління", "Код районного управління: DN — Дніпровське, ZV — Заводське, PV — Південне", "string", true},
		{"office_name", "Управління", "Назва районного управління соціального захисту населення", "string", true},
		{"benefit_code", "Код допомоги", "Код виду допомоги за довідником департаменту", "string", true},
		{"benefit_name", "Вид допомоги", "Назва виду державної соціальної допомоги", "string", true},
		{"families", "Кількість сімей", "Кількість сімей-отримувачів; порожньо, якщо значення приховано або якщо експорт управління не охоплює дату (немає даних)", "integer", false},
		{"suppressed", "Приховано", "true, якщо значення приховано для захисту персональних даних", "boolean", true},
	},
	// Benefit totals over offices are on the first page; office and city totals
	// are public too.
	Suppress: &Suppression{Value: "families", Dims: []string{"as_of", "office_code", "benefit_code"},
		Margins: [][]string{{"as_of", "benefit_code"}, {"as_of", "office_code"}, {"as_of"}}},
	query: "benefit-recipients.sql",
}, {
	ID:    "budget-execution",
	Title: "Виконання бюджету департаменту соціальної політики за програмами",
	Description: "Касові видатки департаменту за кожен місяць за кодами програмної класифікації видатків місцевого бюджету " +
		"(КПКВК МБ) і джерелами фінансування (державний бюджет, субвенції з державного та обласного бюджетів, міський бюджет): " +
		"кількість платіжних документів і сума в гривнях. Обчислено з платіжних документів облікової системи бухгалтерії. " +
		"Що не оприлюднюється і чому: отримувачі коштів і призначення платежів — вони можуть називати фізичних осіб; " +
		"агреговані суми за програмами персональних даних не містять, тому нічого не приховано.",
	Keywords:   []string{"бюджет", "видатки", "КПКВК", "соціальний захист", "виконання бюджету"},
	Frequency:  "Щомісяця",
	LegalBasis: "Закон України «Про відкритість використання публічних коштів»; постанова Кабінету Міністрів України від 21.10.2015 № 835",
	Purpose:    "Прозорість використання бюджетних коштів на соціальний захист населення громади",
	Fields: []Field{
		{"month", "Місяць", "Перший день місяця, за який наведено видатки", "date", true},
		{"kpkvk", "КПКВК МБ", "Код програмної класифікації видатків місцевого бюджету", "string", true},
		{"programme", "Програма", "Назва програми (рядка видатків)", "string", true},
		{"fund", "Джерело", "ДБ — державний бюджет, СубвДБ — субвенція з державного бюджету, СубвОБ — субвенція з обласного бюджету, МБ — міський бюджет", "string", true},
		{"documents", "Документів", "Кількість платіжних документів", "integer", true},
		{"amount_uah", "Сума, грн", "Касові видатки, гривні з копійками", "number", true},
	},
	Measure: "amount_uah",
	query:   "budget-execution.sql",
}, {
	ID:    "social-services-recipients",
	Title: "Отримувачі соціальних послуг Центру надання соціальних послуг",
	Description: "Кількість осіб (для сімейних відділень — членів сімей), які перебували на обслуговуванні кожного відділення " +
		"КЗ «Центр надання соціальних послуг» хоча б один день місяця. Обчислено з реєстру отримувачів соціальних послуг Центру. " +
		"Що приховано і чому: значення від 1 до 4 замінено порожнім полем (suppressed = true) — у відділеннях, що працюють " +
		"з постраждалими від домашнього насильства, бездомними чи звільненими особами, мале число може вказати на конкретну " +
		"людину; у підсумку за місяць, де є приховане значення, приховано щонайменше два значення з особами, разом не менше 5 " +
		"(додаткове приховування), тож жодне не можна обчислити відніманням від загального числа отримувачів Центру. " +
		"Персональні дані (РНОКПП, ПІБ, номери справ) не оприлюднюються.",
	Keywords:   []string{"соціальні послуги", "догляд вдома", "денний догляд", "бездомні особи", "сім’ї з дітьми", "домашнє насильство"},
	Frequency:  "Щомісяця",
	LegalBasis: "Закон України «Про соціальні послуги»; постанова Кабінету Міністрів України від 21.10.2015 № 835",
	Purpose:    "Інформування громадськості про обсяги соціальних послуг, які надає громада",
	Fields: []Field{
		{"month", "Місяць", "Перший день місяця", "date", true},
		{"unit_code", "Код відділення", "Код відділення за довідником Центру", "string", true},
		{"unit_name", "Відділення", "Назва відділення", "string", true},
		{"unit_kind", "Вид відділення", "home_care — догляд вдома, day_care — денний догляд, social_taxi — «Соціальне таксі», homeless_reg, night_shelter, released — бездомні та звільнені особи, fam_* — сім’ї з дітьми, dv — домашнє насильство", "string", true},
		{"recipients", "Отримувачів", "Осіб на обслуговуванні хоча б один день місяця; порожньо, якщо значення приховано", "integer", false},
		{"suppressed", "Приховано", "true, якщо значення приховано для захисту персональних даних", "boolean", true},
	},
	Suppress: &Suppression{Value: "recipients", Dims: []string{"month", "unit_code"}, Margins: [][]string{{"month"}}},
	query:    "social-services-recipients.sql",
}}

// DatasetByID finds a dataset.
func DatasetByID(id string) (Dataset, bool) {
	for _, d := range Datasets {
		if d.ID == id {
			return d, true
		}
	}
	return Dataset{}, false
}
