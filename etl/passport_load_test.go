package etl_test

import (
	"strings"
	"testing"

	"github.com/hromadata/hromadata/testkit"
)

// TestPassportRows loads a passport export with one bad row beside good ones: each
// bad row is refused with its column and a reason in Ukrainian, the good ones load.
func TestPassportRows(t *testing.T) {
	const header = "КПКВК МБ;Рік;Дата затвердження;Номер наказу;Розділ;№ з/п;Зміст;Вид показника;Одиниця виміру;Загальний фонд, грн;Спеціальний фонд, грн;Значення"
	good := []string{
		"0813104;2023;20.01.2023;12/1;обсяг;1;Обсяг бюджетних призначень;;;12 500 000,00;350 000,00;",
		"0813104;2023;20.01.2023;12/1;мета;1;Надання соціальних послуг;;;;;",
		"0813104;2023;20.01.2023;12/1;показник;1;Кількість отримувачів послуг;продукту;осіб;;;1 234",
		"0813104;2023;20.01.2023;12/1;показник;2;Рівень охоплення;якості;%;;;98,5",
	}
	tests := []struct {
		name, row, column, message string
	}{
		{"an indicator without a unit", "0813104;2023;20.01.2023;12/1;показник;3;Витрати;затрат;;;;12", "Одиниця виміру", "у розділі «показник» поле обов’язкове"},
		{"a goal with an amount", "0813104;2023;20.01.2023;12/1;мета;2;Мета;;;100,00;;", "Загальний фонд, грн", "у розділі «мета» поле має бути порожнім"},
		{"a value with a decimal point", "0813104;2023;20.01.2023;12/1;показник;3;Рівень;якості;%;;;98.5", "Значення", "значення має бути невід’ємним числом"},
		{"a negative value", "0813104;2023;20.01.2023;12/1;показник;3;Рівень;якості;%;;;-1", "Значення", "значення має бути невід’ємним числом"},
		{"negative appropriations", "0813104;2023;20.01.2023;12/1;напрям;1;Напрям;;;-5,00;0;", "Загальний фонд, грн", "не може бути від’ємним"},
		{"an unknown unit", "0813104;2023;20.01.2023;12/1;показник;3;Вага;продукту;кг;;;5", "Одиниця виміру", `невідомий код "кг"`},
		{"an unknown kind", "0813104;2023;20.01.2023;12/1;показник;3;Вага;результату;осіб;;;5", "Вид показника", `невідомий код "результату"`},
		{"approved two years early", "0813104;2023;20.01.2021;12/1;мета;2;Мета;;;;;", "Дата затвердження", "паспорт на 2023 рік затверджено не в 2022 чи 2023 році"},
		{"an impossible date", "0813104;2023;30.02.2023;12/1;мета;2;Мета;;;;;", "Дата затвердження", "такої дати не існує"},
		{"a code that is no programme", "0819999;2023;20.01.2023;12/1;мета;2;Мета;;;;;", "КПКВК МБ", `невідомий код "0819999"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([]string{header}, good...)
			rows = append(rows, tt.row)
			f := mustWrite(t, t.TempDir(), "pasporty_2023_20240110.csv", testkit.CP1251(t, strings.Join(rows, "\r\n")+"\r\n"))
			res := mustLoad(t, t.TempDir(), f)[0]
			if e := res.Entry; e.RowsLoaded != len(good) || e.RowsRejected != 1 {
				t.Fatalf("loaded %d, rejected %d (%s), want %d and 1", e.RowsLoaded, e.RowsRejected, e.Error, len(good))
			}
			r := res.Rejects[0]
			if r.Line != len(good)+2 || r.Column != tt.column || !strings.Contains(r.Reason, tt.message) {
				t.Errorf("reject at line %d «%s»: %s; want line %d «%s»: …%s…", r.Line, r.Column, r.Reason, len(good)+2, tt.column, tt.message)
			}
		})
	}
}

// TestPassportReportRows refuses an actual value that is not a number.
func TestPassportReportRows(t *testing.T) {
	const header = "КПКВК МБ;Рік;Звітний період;Вид показника;№ з/п;Показник;Одиниця виміру;Факт;Пояснення відхилення"
	text := strings.Join([]string{header,
		"0813104;2023;I півріччя;продукту;1;Кількість отримувачів послуг;осіб;1 230;",
		"0813104;2023;I півріччя;якості;2;Рівень охоплення;%;н/д;",
		"0813104;2023;II квартал;якості;2;Рівень охоплення;%;97,5;",
	}, "\r\n") + "\r\n"
	res := mustLoad(t, t.TempDir(), mustWrite(t, t.TempDir(), "zvit_pasporty_2023_20230710.csv", testkit.CP1251(t, text)))[0]
	want := []struct{ column, reason string }{{"Факт", "значення має бути невід’ємним числом"}, {"Звітний період", "невідомий код"}}
	if res.Entry.RowsLoaded != 1 || len(res.Rejects) != len(want) {
		t.Fatalf("loaded %d, rejected %d (%s), want 1 and %d", res.Entry.RowsLoaded, len(res.Rejects), res.Entry.Error, len(want))
	}
	for i, w := range want {
		if r := res.Rejects[i]; r.Column != w.column || !strings.Contains(r.Reason, w.reason) {
			t.Errorf("reject %d «%s»: %s; want «%s»: …%s…", i, r.Column, r.Reason, w.column, w.reason)
		}
	}
}
