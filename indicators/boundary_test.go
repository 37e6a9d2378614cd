package indicators_test

import (
	"testing"
	"time"

	"github.com/hromadata/hromadata/dbf"
	"github.com/hromadata/hromadata/testkit"
)

// flowDays are event dates on both sides of year, quarter and month boundaries.
var flowDays = []string{"31.12.2022", "01.01.2023", "31.03.2023", "01.04.2023", "30.06.2023", "01.07.2023", "31.12.2023", "01.01.2024"}

// flowExpect: a flow counts events in [first day, first day of the next period).
func flowExpect(id string) []expect {
	return []expect{
		{"2022", id, 1}, {"2023", id, 6}, {"2023-Q1", id, 2}, {"2023-Q2", id, 2},
		{"2023-03", id, 1}, {"2023-04", id, 1}, {"2023-12", id, 1},
	}
}

// Five cases by (begin, end) around the boundaries, as the docs' rule "held at the
// start of D when begun before D and not ended before D" sees them:
//
//	A 31.12.2022 –           held on 01.01, 01.03, 01.04
//	B 01.01.2023 –           begun on D: not held at the start of 01.01; held on 01.03, 01.04
//	C 01.06.2022 – 01.01.2023 ended on D: still held at the start of 01.01; not on 01.03
//	D 01.06.2022 – 31.12.2022 not held on 01.01
//	E 01.06.2022 – 31.03.2023 held on 01.01 and 01.03; not on 01.04
var stockCases = [][2]string{
	{"31.12.2022", ""}, {"01.01.2023", ""}, {"01.06.2022", "01.01.2023"}, {"01.06.2022", "31.12.2022"}, {"01.06.2022", "31.03.2023"},
}

// stockExpect: a stock is at the start of the day after the period.
func stockExpect(id string) []expect {
	return []expect{{"2022", id, 3}, {"2023-02", id, 3}, {"2023-Q1", id, 2}, {"2023-03", id, 2}}
}

// TestPeriodBoundaries checks every kind of flow and stock on events and cases that
// begin or end on the first and last days of years, quarters and months.
func TestPeriodBoundaries(t *testing.T) {
	docs := "Реєстраційний номер;Дата реєстрації;Напрям;Вид документа;Канал надходження;Тема;Кореспондент;Короткий зміст\n"
	legal := caseworkHeader
	for i, d := range flowDays {
		docs += "В-" + string(rune('a'+i)) + ";" + d + ";вхідний;лист;;;;\n"
		legal += d + ";КОН;;;;;;\n"
	}
	benefits := "Код управління;Особовий рахунок;РНОКПП заявника;ПІБ заявника;Дата народження;Код допомоги;Номер рішення;Дата рішення;Призначено з;Призначено по;Розмір, грн;Стан\n"
	debts := "Номер зобов’язання;Дата реєстрації;КПКВК МБ;Джерело;Сума, грн;Дата оплати;Контрагент\n"
	idp := [][]any{{"Номер довідки", "Дата видачі довідки", "РНОКПП", "ПІБ", "Дата народження", "Дата прибуття", "Дата взяття на облік", "Дата зняття з обліку", "Пенсіонер", "Інвалідність"}}
	// A turns 18 on 01.01.2023, so is no longer a child then; E turns 18 only on 02.01.2023.
	births := []string{"01.01.2005", "01.01.1980", "01.01.2010", "01.01.1980", "02.01.2005"}
	// Privilege holders are born so that the first turns 100 on 01.01.2023 and the
	// last on 02.01.2023.
	var privileges [][]string
	dorms := [][]any{{"Місце проживання", "Номер довідки ВПО", "ПІБ", "Дата заселення", "Дата виселення"}}
	trips := caseworkHeader
	pbirths := []string{"19230101", "19800101", "19800101", "19800101", "19230102"}
	for i, c := range stockCases {
		n := string(rune('A' + i))
		privileges = append(privileges, []string{"ZV", testkit.People[i], "Особа", pbirths[i], "40", "", "", dbfDate(c[0]), dbfDate(c[1])})
		legal += c[0] + ";ВП;ВП-" + n + ";;;;;" + c[1] + "\n"
		benefits += "ZV;ZV-" + n + ";" + testkit.People[i] + ";Особа;01.01.1980;201;Р-" + n + ";" + c[0] + ";" + c[0] + ";" + c[1] + ";1 000,00;діюча\n"
		debts += "З-" + n + ";" + c[0] + ";0810160;МБ;100,00;" + c[1] + ";Постачальник\n"
		dorms = append(dorms, []any{"Гуртожиток 1", "Д-" + n, "Особа", c[0], c[1]})
		if c[1] != "" {
			trips += c[0] + ";ДП;ДП-" + n + ";;;;;" + c[1] + "\n"
		}
		idp = append(idp, []any{"Д-" + n, c[0], "", "Особа", births[i], c[0], c[0], c[1], "ні", "ні"})
	}
	db := mustWarehouse(t, map[string]any{
		"sed_2023-03.csv":                     docs,
		"yurviddil_20240110.csv":              legal,
		"pryznachennia_zavodske_20240110.csv": benefits,
		"zobovyazannia_20240110.csv":          debts,
		"vpo_zavodske_20240110.xlsx":          testkit.Workbook(t, idp...),
		"edarp_zavodske_20240110.dbf":         mustDBF(t, privileges),
		"gurtozhytky_20240110.xlsx":           testkit.Workbook(t, dorms...),
		"hrupa_dohliad_20240215.csv":          trips,
	})
	var cases []expect
	cases = append(cases, flowExpect("doc_flow.incoming_letters")...)
	cases = append(cases, flowExpect("legal.consultations")...)
	cases = append(cases, stockExpect("legal.enforcement_cases")...)
	cases = append(cases, stockExpect("benefit_recipients_total")...)
	cases = append(cases, stockExpect("idp_registered_total")...)
	cases = append(cases, stockExpect("chornobyl_residents_total")...)
	cases = append(cases, stockExpect("idp_dormitories.residents_now")...)
	for _, c := range stockExpect("creditor_debt.total") {
		c.want /= 10 // 100 грн each, in thousands
		cases = append(cases, c)
	}
	cases = append(cases,
		expect{"2022", "idp_registered.children", 2},    // C, E: A is 18 on 01.01.2023
		expect{"2023-Q1", "idp_registered.children", 0}, // E turned 18; C has left
		// Trips are counted on the day they were made: C's on 01.01.2023, D's on
		// 31.12.2022, E's on 31.03.2023.
		expect{"2022", "care_fact_group.trips", 1},
		expect{"2023", "care_fact_group.trips", 2},
		expect{"2023-Q1", "care_fact_group.trips", 2},
		expect{"2023-03", "care_fact_group.trips", 1},
		expect{"2023-04", "care_fact_group.trips", 0},
		expect{"2022", "centenarians.aged_100", 1},    // A is 100 on 01.01.2023; E is 99
		expect{"2023-02", "centenarians.aged_100", 2}, // A, and E at 100 since 02.01
		expect{"2023-Q1", "centenarians.aged_100", 1}, // E has left the register
	)
	checkAll(t, db, cases)
}

// dbfDate writes dd.mm.yyyy as a DBF date (yyyymmdd), empty as empty.
func dbfDate(d string) string {
	if d == "" {
		return ""
	}
	return d[6:10] + d[3:5] + d[0:2]
}

// mustDBF writes privilege-register records as the DOS program does.
func mustDBF(t *testing.T, rows [][]string) []byte {
	t.Helper()
	b, err := dbf.Encode(testkit.PrivilegeFields, rows, time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
