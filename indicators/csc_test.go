package indicators_test

import (
	"context"
	"testing"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/testkit"
)

// cscCases: E is on the record of two units of one department (home and day care);
// F was removed on the first day of 2023, G taken on on its last; H stayed a day
// over the end of March. V, a "child" of the domestic-violence register, is 18 by the
// end of 2023; W, a category "difficult", is 13. In a family closed on 01.07.2023 the
// son turns 18 that day.
var cscCases = [][]any{
	{"ДН-ДОМ", "D1", "1000000016", "E", "01.01.1940", "ж", "elderly", "ні", "безоплатно", "10.01.2020", "", ""},
	{"ДН-ДЕН", "D2", "1000000016", "E", "01.01.1940", "ж", "elderly", "ні", "", "01.02.2021", "", ""},
	{"ЗВ-ДОМ", "Z1", "1000000022", "F", "01.01.1950", "ж", "disabled", "ні", "безоплатно", "01.05.2022", "01.01.2023", "смерть"},
	{"ЗВ-ДОМ", "Z2", "1000000039", "G", "01.01.1945", "ч", "elderly", "ні", "безоплатно", "31.12.2023", "", ""},
	{"ПД-ДОМ", "P1", "1000000045", "H", "01.01.1948", "ж", "elderly", "ні", "безоплатно", "31.03.2023", "01.04.2023", "відмова"},
	{"ДНС-ВІД", "V1", "1000000051", "V", "15.06.2005", "ж", "family_child", "ні", "", "01.03.2023", "", ""},
	{"ДНС-ВІД", "V2", "1000000068", "W", "01.01.2010", "ж", "difficult", "ні", "", "01.03.2023", "", ""},
	{"СД-СЖО", "F1", "1000000104", "M", "01.01.1985", "ж", "parent", "ні", "", "01.01.2022", "01.07.2023", "подолання СЖО"},
	{"СД-СЖО", "F1", "1000000110", "S", "01.07.2005", "ч", "family_child", "ні", "", "01.01.2022", "01.07.2023", "подолання СЖО"},
	{"СД-СЖО", "F1", "1000000127", "D", "01.01.2015", "ж", "family_child", "ні", "", "01.01.2022", "01.07.2023", "подолання СЖО"},
	{"БО-ОБЛ", "B1", "1000000133", "K", "01.01.1980", "ч", "working_age", "", "", "12.06.2023", "", ""},
}

// cscActs: quantities of one, of many and none written; acts of one person in two
// units; a child by category who is an adult by birth date, a child by birth date
// who is not by category, a man of unknown age; K, registered at the homeless unit's
// address on the last day of March and deregistered on the first of April, was found
// in a raid by the night shelter, not by the registration unit, which then took him
// on; L, found by the registration unit, was sent on by the night shelter.
var cscActs = []string{
	"10.03.2023;БО-ЗВІЛ;161;R1;1000000140;P;01.01.1970;ч;working_age;;;;",
	"20.03.2023;БО-ЗВІЛ;161;R1;1000000140;P;01.01.1970;ч;working_age;;1;;",
	"05.04.2023;БО-ЗВІЛ;161;R2;1000000156;Q;01.01.1975;ч;working_age;;5;;",
	"10.03.2023;ЗВ-ПРОКАТ;122;;1000000140;P;01.01.1970;ч;disabled;;3;;",
	"11.03.2023;ЗВ-ПРОКАТ;122;;1000000156;Q;01.01.1975;ч;disabled;;;;",
	"12.09.2023;ДН-ДОМ;104;D1;1000000016;E;01.01.1940;ж;elderly;;1;1;",
	"13.09.2023;ЗВ-ДОМ;104;;1000000016;E;01.01.1940;ж;elderly;;2;2;",
	"20.06.2023;ДНС-МОБ;185;;1000000051;V;15.06.2005;ж;family_child;;;;",
	"20.06.2023;ДНС-МОБ;185;;1000000080;X;01.01.2012;ч;difficult;;;;",
	"21.06.2023;ДНС-МОБ;185;;1000000097;Y;;ч;difficult;;;;",
	"10.06.2023;БО-НІЧ;148;;1000000133;K;01.01.1980;ч;working_age;;;;",
	"10.06.2023;БО-ОБЛ;148;;1000000162;L;01.01.1982;ч;working_age;;;;",
	"11.06.2023;БО-НІЧ;138;;1000000162;L;01.01.1982;ч;working_age;;;;",
	"31.03.2023;БО-ОБЛ;141;B1;1000000133;K;01.01.1980;ч;working_age;;;;",
	"01.04.2023;БО-ОБЛ;144;B1;1000000133;K;01.01.1980;ч;working_age;;;;",
}

// cscReceipts: for each of the points' and offices' goods, a like one bought for
// another unit.
var cscReceipts = []string{
	"14.03.2023;ЗВ-ПТП;меблі;Шафи;6;7 800,00;місцевий бюджет",
	"15.03.2023;ДН-ДЕН;меблі;Стільці;10;1 000,00;місцевий бюджет",
	"20.06.2023;ЗВ-ПТП;обладнання;Кондиціонери;4;500,00;благодійна допомога",
	"20.06.2023;ЗВ-НЕЗЛ;обладнання;Ліхтарі;2;300,00;благодійна допомога",
	"28.11.2023;ЗВ-НЕЗЛ;генератор;Генератор;2;54 000,00;благодійна допомога",
	"29.11.2023;ПД-ГУМ;генератор;Генератор;1;20 000,00;благодійна допомога",
	"05.10.2023;СОВ;планшет;Планшет;5;29 710,90;міжнародна технічна допомога",
	"06.10.2023;ДН-ДОМ;планшет;Планшет;3;9 000,00;місцевий бюджет",
	"10.08.2023;ДН-АВТО;автомобіль;FIAT Dukato;1;1 798 200,00;міжнародна технічна допомога",
	"11.08.2023;ЦНСП;автомобіль;Renault;1;900 000,00;місцевий бюджет",
}

// TestCentreCounting computes the Centre's indicators over a few hand-made records
// built to sit on the rules' edges: quantities, units, age, period boundaries and a
// person on two units' records.
func TestCentreCounting(t *testing.T) {
	db := testkit.MustOpen(t, testkit.MustCSCBuilt(t, cscCases, cscActs, cscReceipts))
	cat, err := indicators.Catalogue()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]indicators.Indicator{}
	for _, ind := range cat {
		byID[ind.ID] = ind
	}
	tests := []struct {
		name, id, period string
		want             float64
	}{
		// Quantities: services sum Кількість (empty is one), persons are distinct.
		{"psych services, none and one written", "csp.homeless.released.psych_services", "2023-03", 2},
		{"psych services, five in one act", "csp.homeless.released.psych_services", "2023-04", 5},
		{"psych services, the year", "csp.homeless.released.psych_services", "2023", 7},
		{"rental: items", "csp.rental.units", "2023", 4},
		{"rental: persons, not items", "csp.rental.persons", "2023", 2},
		// Units: goods count for the unit they were received for.
		{"temporary point's furniture", "csp.temp_point.furniture_sum", "2023", 7800},
		{"temporary point's equipment", "csp.temp_point.charity_equipment_sum", "2023", 500},
		{"invincibility point's generators", "csp.invincibility_point.generators", "2023", 2},
		{"veterans office's tablets", "csp.veterans_office.tablets", "2023", 5},
		{"veterans office's tablets' sum", "csp.veterans_office.tablets_sum", "2023", 29710.9},
		{"the vehicle, whichever unit received it", "csp.mobile_service.vehicle_cost", "2023", 2698200},
		{"found in raids by the registration unit", "csp.homeless.reg.patrol.found", "2023", 1},
		{"found by another unit, then taken on", "csp.homeless.reg.patrol.registered", "2023", 0},
		{"found, then sent by another unit", "csp.homeless.reg.patrol.sent_night_shelter", "2023", 0},
		// Age comes from the birth date alone; unknown age is neither child nor adult.
		{"dv register: children", "csp.dv.accompanied.children", "2023", 1},
		{"dv register: women", "csp.dv.accompanied.women", "2023", 1},
		{"mobile team: persons", "csp.dv.mobile.persons", "2023", 3},
		{"mobile team: women", "csp.dv.mobile.women", "2023", 1},
		{"mobile team: men", "csp.dv.mobile.men", "2023", 0},
		{"mobile team: children", "csp.dv.mobile.children", "2023", 1},
		{"mobile team: girls", "csp.dv.mobile.children.girls", "2023", 0},
		{"mobile team: boys", "csp.dv.mobile.children.boys", "2023", 1},
		{"family's children at 01.07, one just 18", "csp.families.registered.difficult.children", "2023-Q2", 1},
		// Period boundaries: on record from taking-on to the day before removal.
		{"home care served in 2023", "csp.home_care.served", "2023", 3},
		{"home care served in Q1", "csp.home_care.served", "2023-Q1", 2},
		{"home care served in Q2", "csp.home_care.served", "2023-Q2", 1},
		{"home care served in March", "csp.home_care.served", "2023-03", 2},
		{"home care served in April", "csp.home_care.served", "2023-04", 1},
		{"home care served in December", "csp.home_care.served", "2023-12", 2},
		{"home care served in 2022", "csp.home_care.served", "2022", 2},
		{"home care taken on in 2023", "csp.home_care.taken_on", "2023", 2},
		{"home care taken on in December", "csp.home_care.taken_on", "2023-12", 1},
		{"home care removed in Q1", "csp.home_care.removed", "2023-Q1", 1},
		{"home care removed in Q2", "csp.home_care.removed", "2023-Q2", 1},
		{"home care on record at 01.01.2023", "csp.home_care.registered", "2022", 2},
		{"home care on record at 01.04.2023", "csp.home_care.registered", "2023-Q1", 2},
		{"home care on record at 01.01.2024", "csp.home_care.registered", "2023", 2},
		{"home care units at 01.01.2023, one's last case removed that day", "csp.eld.units.home_care", "2022", 2},
		{"home care units at 01.04.2023", "csp.eld.units.home_care", "2023-Q1", 2},
		{"home care units at 01.07.2023", "csp.eld.units.home_care", "2023-Q2", 1},
		{"registered at the address on the last day of March", "csp.homeless.reg.address_registered", "2023-03", 1},
		{"registered at the address, not yet in February", "csp.homeless.reg.address_registered", "2023-02", 0},
		{"deregistered on the first day of April", "csp.homeless.reg.address_registered", "2023-04", 0},
		{"family accompanied in Q2", "csp.families.accompaniment.families", "2023-Q2", 1},
		{"family closed on 01.07 not accompanied in Q3", "csp.families.accompaniment.families", "2023-Q3", 0},
		{"its children not accompanied in Q3", "csp.families.accompaniment.children", "2023-Q3", 0},
		{"its children accompanied in Q2", "csp.families.accompaniment.children", "2023-Q2", 2},
		{"family's accompaniment ended in Q3", "csp.families.accompaniment_terminated.families", "2023-Q3", 1},
		{"children whose accompaniment ended in Q3", "csp.families.accompaniment_terminated.children", "2023-Q3", 2},
		// A person on two units' records is one person.
		{"served by the departments", "csp.eld.served", "2023", 3},
		{"on record in the departments", "csp.eld.registered", "2023", 2},
		{"on record, the departments' line", "csp.served.elderly_disabled_depts", "2023", 2},
		{"day care on record during the year", "csp.day.registered_during", "2023", 1},
		{"hairdresser at two units: persons", "csp.home_care.natural_aid.hairdresser.persons", "2023", 1},
		{"hairdresser at two units: services", "csp.home_care.natural_aid.hairdresser.services", "2023", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ind, ok := byID[tt.id]
			if !ok {
				t.Fatalf("no indicator %s", tt.id)
			}
			p, err := hromadata.ParsePeriod(tt.period)
			if err != nil {
				t.Fatal(err)
			}
			got, err := indicators.One(context.Background(), db, ind, p.From.Format("2006-01-02"), p.To.Format("2006-01-02"))
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("%s for %s = %v, want %v", tt.id, tt.period, got, tt.want)
			}
		})
	}
}
