package testkit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// CSCCaseHeader is the header of the Centre's register (csc_cases).
var CSCCaseHeader = []any{"Відділення", "Номер справи", "РНОКПП", "ПІБ", "Дата народження", "Стать", "Категорія", "ВПО", "Оплата", "Взято на облік", "Знято з обліку", "Причина зняття"}

const (
	cscActHeader     = "Дата;Відділення;Послуга/захід;Номер справи;РНОКПП;ПІБ;Дата народження;Стать;Категорія;Дітей у сім’ї;Кількість;Заходів;Сума, грн"
	cscReceiptHeader = "Дата;Відділення;Вид;Найменування;Кількість;Сума, грн;Джерело"
)

// MustCSCBuilt returns a data directory holding only the Centre's given records,
// loaded and built: register rows (CSCCaseHeader's columns), journal rows and
// receipts of 2023 (each a line of the export, fields separated by ";").
func MustCSCBuilt(t testing.TB, cases [][]any, acts, receipts []string) string {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "inbox")
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"tsnsp_oblik_dn_20240105.xlsx": Workbook(t, append([][]any{CSCCaseHeader}, cases...)...),
		"tsnsp_tmts_2023.csv":          CP1251(t, strings.Join(append([]string{cscReceiptHeader}, receipts...), "\r\n")+"\r\n"),
	}
	byMonth := map[string][]string{}
	for _, a := range acts { // dd.mm.yyyy;… : the journal is exported a month a file
		m := a[6:10] + "-" + a[3:5]
		byMonth[m] = append(byMonth[m], a)
	}
	for m, rows := range byMonth {
		files["tsnsp_akty_"+m+".csv"] = CP1251(t, strings.Join(append([]string{cscActHeader}, rows...), "\r\n")+"\r\n")
	}
	var paths []string
	for name, b := range files {
		p := filepath.Join(in, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	MustLoad(t, dir, paths...)
	MustBuild(t, dir)
	return dir
}

// cscCaseRows: in 2023 the Centre served A (at home since 2020, an IDP paying a
// differentiated fee), C (at home from March, paying, died in October) and B's
// disabled daughter (day care since 2021); took on a homeless man with no documents
// in June; closed, having overcome its difficulties, a family (D and her son) it had
// accompanied since 2022; and kept F's son on the social taxi's record.
var cscCaseRows = [][]any{
	{"ДН-ДОМ", "1", "3294512325", "Коваленко Олена Іванівна", "14.03.1940", "ж", "elderly", "так", "диференційована", "10.05.2020", "", ""},
	{"ЗВ-ДОМ", "2", "3122845640", "Бондаренко Ірина Петрівна", "01.07.1950", "ж", "disabled", "ні", "платна", "01.03.2023", "15.10.2023", "смерть"},
	{"ДН-ДЕН", "3", "2558778912", "Ткаченко Марія Сергіївна", "01.02.2015", "ж", "disabled_child", "ні", "", "01.02.2021", "", ""},
	{"БО-ОБЛ", "Б-1", "", "", "", "ч", "working_age", "", "", "12.06.2023", "", ""},
	{"СД-СЖО", "С-1", "2222432130", "Шевченко Марія Юріївна", "05.11.1985", "ж", "parent", "ні", "", "01.01.2022", "20.11.2023", "подолання СЖО"},
	{"СД-СЖО", "С-1", "1844365453", "Шевченко Петро Андрійович", "30.06.2012", "ч", "family_child", "ні", "", "01.01.2022", "20.11.2023", "подолання СЖО"},
	{"ДН-ТАКСІ", "Т-1", "3363598764", "Олійник Юрій Васильович", "02.02.2010", "ч", "disabled_child", "ні", "", "01.05.2022", "", ""},
}

var aidHeader = []any{"Дата", "Захід", "Підстава", "Номер документа", "Отримувач (РНОКПП або свідоцтво)", "ПІБ", "Кількість", "Сума, грн", "Джерело"}

// aidRows: two afghan veterans' families got appliances at 2 998 грн each; A got
// natural aid on her application and E on a petition that also covered B.
var aidRows = [][]any{
	{"14.02.2023", "А14", "список", "С-А14", "2222432130", "Шевченко Марія Юріївна", "1", "2 998,00", "міський бюджет"},
	{"15.02.2023", "А14", "список", "С-А14", "1844365453", "Мельник Петро Андрійович", "1", "2 998,00", "міський бюджет"},
	{"03.04.2023", "А16", "заява", "З-1", "3294512325", "Коваленко Олена Іванівна", "2", "450,50", "міський бюджет"},
	{"11.10.2023", "А16", "клопотання", "К-7", "1844365453", "Мельник Петро Андрійович", "1", "300,00", "міський бюджет"},
	{"11.10.2023", "А16", "клопотання", "К-7", "3122845640", "Бондаренко Ірина Петрівна", "1", "300,00", "міський бюджет"},
}

// Workbook lays rows out as the department's office software does: a title on the
// first row, the header (the first of rows) on the third, the data below it.
func Workbook(t testing.TB, rows ...[]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetRow("Sheet1", "A1", &[]any{"Вивантаження"}); err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		cell, err := excelize.CoordinatesToCellName(1, 3+i)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
