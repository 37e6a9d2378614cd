package opendata

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/privacy"
)

// rowsFunc computes a dataset's rows in Go, for datasets no single query gives.
type rowsFunc func(ctx context.Context, db *sql.DB) ([]Row, error)

var departmentServices = Dataset{
	ID:    "department-services",
	Title: "Перелік послуг департаменту соціальної політики: де і як отримати",
	Description: "Послуги, які надають департамент соціальної політики, його районні управління соціального захисту населення, " +
		"КЗ «Центр надання соціальних послуг» і центри підтримки: хто може отримати послугу, де і як по неї звернутися, " +
		"строк і вартість, правова підстава. Персональних даних набір не містить.",
	Keywords:   []string{"соціальні послуги", "адміністративні послуги", "перелік послуг", "як отримати допомогу", "соціальний захист"},
	Frequency:  "У разі змін",
	LegalBasis: "Закон України «Про адміністративні послуги»; Закон України «Про соціальні послуги»; " + lawAccess,
	Purpose:    "Інформування мешканців громади про послуги департаменту і порядок їх отримання",
	Fields: []Field{
		{"service_code", "Код послуги", "Код послуги в переліку департаменту", "string", true},
		{"service_name", "Послуга", "Назва послуги", "string", true},
		{"who", "Хто може отримати", "Категорії осіб, які мають право на послугу", "string", true},
		{"where", "Де отримати", "Підрозділ чи заклад, куди звертатися", "string", true},
		{"how", "Як отримати", "Способи звернення", "string", true},
		{"term", "Строк", "Строк надання послуги", "string", true},
		{"cost", "Вартість", "Платна чи безоплатна", "string", true},
		{"legal_basis", "Правова підстава", "Закон чи інший акт, за яким надається послуга", "string", true},
	},
	Key:   []string{"service_code"},
	query: "department-services.sql",
}

var reportIndicators = Dataset{
	ID:    "report-indicators",
	Title: "Показники річного звіту департаменту: оприлюднені та обчислені значення",
	Description: "Кожен показник каталогу показників департаменту за кожен повний рік, який охоплюють експорти бухгалтерії: обчислене з записів " +
		"значення і, для року оприлюдненого звіту, значення, надруковане у звіті. Обчислене значення порожнє, якщо експорти " +
		"не охоплюють усіх місяців, потрібних показнику (даних немає — це не нуль). Показники, що рахують людей, сім’ї чи " +
		"дітей, зі значенням від 1 до 4 приховано (suppressed = true); суми не приховуються." + noPersonal,
	Keywords:   []string{"річний звіт", "показники", "соціальний захист", "звітність", "відкриті дані"},
	Frequency:  "Щомісяця",
	LegalBasis: lawAccess,
	Purpose:    "Можливість перевірити показники річного звіту департаменту за первинними записами",
	Fields: []Field{
		{"year", "Рік", "Рік, за який обчислено показник", "integer", true},
		{"indicator_id", "Код показника", "Ідентифікатор показника в каталозі", "string", true},
		{"label", "Показник", "Назва показника", "string", true},
		{"unit", "Одиниця", "Одиниця виміру (код)", "string", true},
		{"report_id", "Код у звіті", "Ідентифікатор цифри в оприлюдненому звіті; «—», якщо показник не відтворює цифру звіту", "string", true},
		{"published", "Оприлюднено", "Значення, надруковане у звіті за цей рік, як надруковано; порожньо, якщо звіту за рік немає", "string", false},
		{"computed", "Обчислено", "Значення, обчислене з записів; порожньо, якщо експорти не охоплюють період або значення приховано", "number", false},
		fieldSuppressed,
	},
	Key:     []string{"year", "indicator_id"},
	Overlap: []string{"indicator_id"}, // indicators of different things and units
	build:   indicatorRows,
}

// indicatorRows computes the catalogue for every whole year the accounting's
// exports cover: the years an annual report is written for. (Registers reach
// decades back, but a year the accounting does not cover is no reporting year.)
func indicatorRows(ctx context.Context, db *sql.DB) ([]Row, error) {
	rs, err := db.QueryContext(ctx, `SELECT year(month) FROM meta_coverage WHERE source = 'budget_expenditures'
		GROUP BY 1 HAVING count(DISTINCT month) = 12 ORDER BY 1`)
	if err != nil {
		return nil, fmt.Errorf("years covered: %w", err)
	}
	var years []int64
	for rs.Next() {
		var y int64
		if err := rs.Scan(&y); err != nil {
			rs.Close()
			return nil, err
		}
		years = append(years, y)
	}
	rs.Close()
	var out []Row
	for _, y := range years {
		p, err := hromadata.ParsePeriod(strconv.FormatInt(y, 10))
		if err != nil {
			return nil, err
		}
		vals, err := indicators.ComputeCatalogue(ctx, db, p)
		if err != nil {
			return nil, fmt.Errorf("indicators %d: %w", y, err)
		}
		for _, v := range vals {
			out = append(out, indicatorRow(y, v))
		}
	}
	return out, nil
}

func indicatorRow(year int64, v indicators.Value) Row {
	r := Row{"year": year, "indicator_id": v.ID, "label": v.Label, "unit": v.Unit.Code, "report_id": v.ReportID,
		"published": nil, "computed": nil, "suppressed": false}
	if v.ReportID == "" {
		r["report_id"] = "—"
	}
	if v.Published != "" {
		r["published"] = v.Published
	}
	switch {
	case !v.Known():
	case privacy.Withheld(v.Unit.Code, v.Value):
		r["suppressed"] = true
	default:
		r["computed"] = v.Value
	}
	return r
}

// currencyOfYear is the last day of a year, or of the last month the build's
// exports cover in it when that is earlier.
func currencyOfYear(year int64, lastCovered time.Time) time.Time {
	end := time.Date(int(year), 12, 31, 0, 0, 0, 0, time.UTC)
	if !lastCovered.IsZero() && lastCovered.Before(end) {
		return lastCovered
	}
	return end
}
