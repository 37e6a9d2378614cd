package indicators_test

import (
	"testing"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/testkit"
)

// TestPrecisionFollowsTheUnit: no indicator states its value more or less precisely
// than its unit does, whatever one printed report rounded it to.
func TestPrecisionFollowsTheUnit(t *testing.T) {
	cat, err := indicators.Catalogue()
	if err != nil {
		t.Fatal(err)
	}
	for _, ind := range cat {
		if want := hromadata.Units[ind.Unit.Code]; ind.Unit != want {
			t.Errorf("%s (%s): unit %+v, want the unit's own %+v", ind.ID, ind.File, ind.Unit, want)
		}
	}
}

// TestMoneyKeepsTheKopeck: sums in гривні and in thousand гривень keep every kopeck
// the records hold, in the value and in what is written for machines.
func TestMoneyKeepsTheKopeck(t *testing.T) {
	a, b := testkit.People[0], testkit.People[1]
	db := mustWarehouse(t, map[string]any{
		"vydatky_2023-09.csv": "Дата;Номер документа;КПКВК МБ;КЕКВ;Джерело;Сума, грн;Отримувач;Призначення платежу\n" +
			"04.09.2023;2023/00001;0810160;2111;МБ;1 234,56;Працівники;Заробітна плата\n",
		"zobovyazannia_20240110.csv": "Номер зобов’язання;Дата реєстрації;КПКВК МБ;Джерело;Сума, грн;Дата оплати;Контрагент\n" +
			"З-1;10.12.2023;0810160;МБ;1 500,25;;Постачальник\n",
		"miski_vyplaty_2023-05.csv": "Дата виплати;Код виплати;Номер справи;РНОКПП;ПІБ;За місяць;Відсоток пільги;Сума, грн\n" +
			"08.05.2023;601;МП-1;" + a + ";Особа А;;;750,50\n" + "09.05.2023;601;МП-2;" + b + ";Особа Б;;;750,50\n",
		"matdopomoga_2023-03.xlsx": testkit.Workbook(t,
			[]any{"Дата засідання", "Номер протоколу", "РНОКПП заявника", "ПІБ заявника", "Категорія", "Рішення", "Сума, грн"},
			[]any{"15.03.2023", "3", a, "Особа А", "2", "виділити", "1 234,56"},
		),
	})
	tests := []struct {
		id, period string
		want       float64
		text       string
	}{
		{"budget.total", "2023", 1.23456, "1.23456"},
		{"budget.city.apparatus", "2023-09", 1.23456, "1.23456"},
		{"creditor_debt.total", "2023", 1.50025, "1.50025"},
		{"payments.afghan_day.rate", "2023", 750.5, "750.50"},
		{"payments.afghan_day.sum", "2023", 1.501, "1.50100"},
		{"material_aid.granted_sum", "2023", 1.23456, "1.23456"},
		{"material_aid.granted_sum.disabled", "2023-Q1", 1.23456, "1.23456"},
	}
	for _, tt := range tests {
		t.Run(tt.period+" "+tt.id, func(t *testing.T) {
			v := mustCompute(t, db, tt.period, tt.id)[tt.id]
			if v.Value != tt.want || v.Formatted() != tt.text {
				t.Errorf("%s = %v, written %q; want %v, written %q", tt.id, v.Value, v.Formatted(), tt.want, tt.text)
			}
		})
	}
}
