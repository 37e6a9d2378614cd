package etl_test

import (
	"strings"
	"testing"

	"github.com/hromadata/hromadata/etl"
	"github.com/hromadata/hromadata/testkit"
)

// TestBadCentreRecords feeds the Centre for Social Services' register, journal and
// receipts, the training register and the department's aid register their own bad inputs.
func TestBadCentreRecords(t *testing.T) {
	caseHeader := []any{"Відділення", "Номер справи", "РНОКПП", "ПІБ", "Дата народження", "Стать", "Категорія", "ВПО", "Оплата", "Взято на облік", "Знято з обліку", "Причина зняття"}
	goodCase := []any{"ДН-ДОМ", "1", "3294512325", "Коваленко", "14.03.1940", "ж", "elderly", "так", "безоплатно", "10.05.2020", "", ""}
	closed := []any{"ДН-ДОМ", "2", "3122845640", "Бондаренко", "01.07.1950", "ж", "disabled", "ні", "платна", "01.03.2023", "15.10.2023", "смерть"}
	trainingHeader := []any{"Установа", "Табельний номер", "ПІБ", "Навчання", "Дата закінчення", "Сертифікат за професією"}
	goodTraining := []any{"ЦНСП", "Ц-0001", "Коваленко", "Н01", "12.05.2023", ""}
	aidHeader := []any{"Дата", "Захід", "Підстава", "Номер документа", "Отримувач (РНОКПП або свідоцтво)", "ПІБ", "Кількість", "Сума, грн", "Джерело"}
	goodAid := []any{"01.06.2023", "А02", "список", "С-А02", "І-АП 000001", "Коваленко", 1, "671,43", "міський бюджет"}
	hrHeader := []any{"Табельний номер", "ПІБ", "Захід", "Дата", "Результат"}
	goodHR := []any{"Д-0001", "Коваленко", "оцінювання", "20.01.2023", "високо"}
	with := func(r []any, i int, v any) []any {
		out := append([]any(nil), r...)
		out[i] = v
		return out
	}
	actHeader := "Дата;Відділення;Послуга/захід;Номер справи;РНОКПП;ПІБ;Дата народження;Стать;Категорія;Дітей у сім’ї;Кількість;Заходів;Сума, грн"
	goodAct := "30.09.2023;ДН-ДОМ;101;1;3294512325;Коваленко;14.03.1940;ж;elderly;;12;30;"
	receiptHeader := "Дата;Відділення;Вид;Найменування;Кількість;Сума, грн;Джерело"
	goodReceipt := "14.03.2023;ЗВ-ПТП;меблі;Шафи;6;7 800,00;місцевий бюджет"
	cwHeader := "Дата;Подія;Номер справи;РНОКПП;ПІБ;Кількість;Сума, грн;Дата завершення"
	goodCW := "12.04.2023;ДРРП;ДРРП-1;3294512325;Коваленко;;;"
	csv := func(rows ...string) []byte { return testkit.CP1251(t, strings.Join(rows, "\r\n")+"\r\n") }
	tests := []struct {
		name, file, message, column string
		raw                         []byte
		line                        int
	}{
		{"case: unknown unit", "tsnsp_oblik_dn_20240105.xlsx", `невідомий код "ДН-ХХХ"`, "Відділення",
			testkit.Workbook(t, caseHeader, goodCase, with(goodCase, 0, "ДН-ХХХ")), 5},
		{"case: removed before taken on", "tsnsp_oblik_dn_20240105.xlsx", "зняття з обліку раніше за взяття", "Знято з обліку",
			testkit.Workbook(t, caseHeader, goodCase, with(closed, 10, "01.01.2023")), 5},
		{"case: closed without a reason", "tsnsp_oblik_dn_20240105.xlsx", "причину зняття вказують", "Причина зняття",
			testkit.Workbook(t, caseHeader, goodCase, with(closed, 11, "")), 5},
		{"case: reason for an open case", "tsnsp_oblik_dn_20240105.xlsx", "причину зняття вказують", "Причина зняття",
			testkit.Workbook(t, caseHeader, goodCase, with(goodCase, 11, "смерть")), 5},
		{"case: no category", "tsnsp_oblik_dn_20240105.xlsx", "обов’язкове", "Категорія",
			testkit.Workbook(t, caseHeader, goodCase, with(goodCase, 6, "")), 5},
		{"act: unknown act", "tsnsp_akty_2023-09.csv", `невідомий код "999"`, "Послуга/захід",
			csv(actHeader, goodAct, strings.Replace(goodAct, ";101;", ";999;", 1)), 3},
		{"act: fractional quantity", "tsnsp_akty_2023-09.csv", "кількість має бути цілим", "Кількість",
			csv(actHeader, goodAct, strings.Replace(goodAct, ";12;", ";1,5;", 1)), 3},
		{"act: negative measures", "tsnsp_akty_2023-09.csv", "кількість має бути цілим", "Заходів",
			csv(actHeader, goodAct, strings.Replace(goodAct, ";30;", ";-30;", 1)), 3},
		{"receipt: unknown funding", "tsnsp_tmts_2023.csv", `невідомий код "спонсор"`, "Джерело",
			csv(receiptHeader, goodReceipt, strings.Replace(goodReceipt, "місцевий бюджет", "спонсор", 1)), 3},
		{"receipt: no quantity", "tsnsp_tmts_2023.csv", "обов’язкове", "Кількість",
			csv(receiptHeader, goodReceipt, strings.Replace(goodReceipt, ";6;", ";;", 1)), 3},
		{"aid: unknown action", "nat_dopomoha_2023.xlsx", `невідомий код "А99"`, "Захід",
			testkit.Workbook(t, aidHeader, goodAid, with(goodAid, 1, "А99")), 5},
		{"aid: no sum", "nat_dopomoha_2023.xlsx", "обов’язкове", "Сума, грн",
			testkit.Workbook(t, aidHeader, goodAid, with(goodAid, 7, "")), 5},
		{"hr: evaluation without a result", "kadry_2023.xlsx", "результат зазначають", "Результат",
			testkit.Workbook(t, hrHeader, goodHR, with(goodHR, 4, "")), 5},
		{"hr: award with a result", "kadry_2023.xlsx", "результат зазначають", "Результат",
			testkit.Workbook(t, hrHeader, goodHR, []any{"Д-0002", "Бондаренко", "нагородження", "12.05.2023", "добре"}), 5},
		{"casework: an event of another register", "kontrol_2023.csv", `невідомий код "ІПР"`, "Подія",
			csv(cwHeader, goodCW, strings.Replace(goodCW, ";ДРРП;", ";ІПР;", 1)), 3},
		{"casework: ended before it began", "yurviddil_20240110.csv", "завершення раніше за дату події", "Дата завершення",
			csv(cwHeader, "01.03.2019;ВП;ВП-1;;;;;", "01.03.2019;ВП;ВП-2;;;;;01.02.2019"), 3},
		{"training: unknown course", "navchannia_2023.xlsx", `невідомий код "Н99"`, "Навчання",
			testkit.Workbook(t, trainingHeader, goodTraining, with(goodTraining, 3, "Н99")), 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := mustWrite(t, t.TempDir(), tt.file, tt.raw)
			checkLoad(t, path, etl.StatusLoaded, tt.line, tt.column, tt.message)
		})
	}
}
