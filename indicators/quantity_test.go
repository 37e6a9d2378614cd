package indicators_test

import (
	"testing"

	"github.com/hromadata/hromadata/testkit"
)

const caseworkHeader = "Дата;Подія;Номер справи;РНОКПП;ПІБ;Кількість;Сума, грн;Дата завершення\n"

// TestQuantities: a register row may stand for several like events (its «Кількість»,
// empty meaning one). An indicator of things (requests, checks, sessions, posts, sets)
// adds the quantities up; an indicator of persons counts distinct persons however
// many things each got. Each case has a row of quantity one beside a row of many.
func TestQuantities(t *testing.T) {
	a, b := testkit.People[0], testkit.People[1]
	db := mustWarehouse(t, map[string]any{
		"kontrol_2023.csv": caseworkHeader +
			"10.02.2023;ЗАП;;;;;;\n" + "11.02.2023;ЗАП;;;;7;;\n" +
			"12.02.2023;ОБС;;" + a + ";Особа А;1;;\n" + "13.02.2023;ОБС;;" + b + ";Особа Б;3;;\n" +
			"14.02.2023;ДОК;;" + a + ";Особа А;;;\n" + "15.02.2023;ДОК;;" + b + ";Особа Б;4;;\n" +
			"16.02.2023;ДРРП;;" + a + ";Особа А;5;;\n" + "17.02.2023;ДРРП;;" + b + ";Особа Б;1;;\n",
		"diialnist_2023.csv": caseworkHeader +
			"01.03.2023;СМЦ;;;;;;\n" + "02.03.2023;СМЦ;;;;12;;\n" +
			"03.03.2023;ЗЦЦ;;;;2;;\n" + "04.03.2023;ЗЦЦ;;;;1;;\n" +
			"05.03.2023;ТОР;;;;;;\n" + "06.03.2023;ТОР;;;;3;;\n" +
			"07.03.2023;БУК;;;;;;\n" + "08.03.2023;БУК;;;;500;;\n",
		"yurviddil_20240110.csv": caseworkHeader +
			"18.04.2023;СЗК;;;;;;\n" + "19.04.2023;СЗЦ;;;;6;;\n" +
			"20.04.2023;КОН;;" + a + ";Особа А;;;\n" + "21.04.2023;КОН;;" + b + ";Особа Б;9;;\n",
		"chaes_2023.csv": caseworkHeader +
			"05.05.2023;СПР;;" + a + ";Особа А;;;\n" + "06.05.2023;СПР;;" + b + ";Особа Б;11;;\n",
		"hrupa_dohliad_20240215.csv": caseworkHeader +
			"10.07.2023;ДП;ДП-1;" + a + ";Особа А;;;20.07.2023\n" + "11.07.2023;ДН;ДН-1;" + b + ";Особа Б;2;;21.07.2023\n" +
			"12.07.2023;ДВ;ДВ-1;" + a + ";Особа А;;;\n" + "13.07.2023;ДВ;ДВ-2;" + b + ";Особа Б;4;;\n",
		"cbdi_20240110.csv": caseworkHeader +
			"10.06.2023;ІПР;;" + a + ";Особа А;;;\n" + "11.06.2023;ІПР;;" + a + ";Особа А;2;;\n" + "12.06.2023;ІПР;;" + b + ";Особа Б;;;\n",
		"nat_dopomoha_2023.xlsx": testkit.Workbook(t,
			[]any{"Дата", "Захід", "Підстава", "Номер документа", "Отримувач (РНОКПП або свідоцтво)", "ПІБ", "Кількість", "Сума, грн", "Джерело"},
			[]any{"27.12.2023", "А09", "список", "С-1", a, "Особа А", "1", "100,00", "меценат"},
			[]any{"27.12.2023", "А09", "список", "С-1", b, "Особа Б", "3", "300,00", "меценат"},
			[]any{"10.03.2023", "А08", "рішення", "Р-1", a, "Особа А", "8", "800,00", "міський бюджет"},
			[]any{"10.04.2023", "А08", "рішення", "Р-2", a, "Особа А", "1", "100,00", "міський бюджет"},
		),
	})
	checkAll(t, db, []expect{
		{"2023", "control.requests_sent", 8},
		{"2023", "control.home_inspections", 4},
		{"2023", "control.document_checks", 5},
		{"2023", "control.property_registry_checks", 2}, // persons
		{"2023", "veteran_centre.publications", 13},
		{"2023", "veteran_centre.trainings_attended", 3},
		{"2023", "procurement.open_tenders", 4},
		{"2023", "dv_prevention.booklets", 501},
		{"2023", "legal.court_sessions", 7},
		{"2023", "legal.court_sessions.criminal", 1},
		{"2023", "legal.court_sessions.civil", 6},
		{"2023", "legal.consultations", 10},
		{"2023", "chornobyl.case_files_sent", 12},
		{"2023", "care_fact_group.applications", 8},
		{"2023", "care_fact_group.trips", 3},
		{"2023", "care_fact_group.trips.not_confirmed", 2},
		{"2023", "care_fact_group.refused_trips", 5},
		{"2023", "rehab.ipr_completed", 4},          // programmes
		{"2023", "disability.ipr_completed", 2},     // persons
		{"2023", "new_year.theatre_sets", 4},        // sets
		{"2023", "new_year.sets_total", 4},          // sets
		{"2023", "family_support.pool.children", 1}, // children
		{"2023", "family_support.pool.visits", 9},   // visits
	})
}
