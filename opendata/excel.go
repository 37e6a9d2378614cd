package opendata

import (
	"bytes"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// encodeExcelCSV writes the CSV a spreadsheet opens as it is, on a Ukrainian
// desktop: UTF-8 with a byte-order mark (else Excel reads Cyrillic as cp1251), ";"
// between cells and a decimal comma. A code of digits is written as a text formula
// (="0813190"), or Excel would read it as a number and drop its leading zeros.
// Its header is the fields' titles: a person reads it, where programs read the
// UTF-8 CSV, JSON and Parquet by the fields' names.
func encodeExcelCSV(d Dataset, rows []Row) []byte {
	var b bytes.Buffer
	b.WriteString("\ufeff")
	writeExcelRecord(&b, d.titles())
	rec := make([]string, len(d.Fields))
	for _, r := range rows {
		for i, f := range d.Fields {
			rec[i] = excelCell(f, r[f.Name])
		}
		writeExcelRecord(&b, rec)
	}
	return b.Bytes()
}

// writeExcelRecord writes one line: a cell with ";", a quote or a line break is
// quoted; a text formula is written bare, as Excel reads it.
func writeExcelRecord(b *bytes.Buffer, rec []string) {
	for i, c := range rec {
		if i > 0 {
			b.WriteByte(';')
		}
		if strings.ContainsAny(c, ";\"\r\n") && !(strings.HasPrefix(c, `="`) && digitsOnly(c[2:len(c)-1])) {
			c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
		}
		b.WriteString(c)
	}
	b.WriteString("\r\n")
}

func excelCell(f Field, v any) string {
	s := cell(v)
	switch {
	case v == nil:
		return ""
	case f.Type == "number":
		return strings.Replace(s, ".", ",", 1)
	case f.Type == "string" && digitsOnly(s):
		return `="` + s + `"`
	}
	return s
}

func digitsOnly(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// xlsxSheet and xlsxStructure are the workbook's sheets: the data, and what each
// column means.
const (
	xlsxSheet     = "Дані"
	xlsxStructure = "Структура"
)

// structureName and structureTitle head the columns of a structure table (the
// workbook's and the dataset page's): which file has which as its header.
const (
	structureName  = "Поле (заголовок у CSV, JSON і Parquet)"
	structureTitle = "Назва (заголовок у CSV для Excel і XLSX)"
)

// titles are the fields' titles in order: the header of the files people open.
func (d Dataset) titles() []string {
	out := make([]string, len(d.Fields))
	for i, f := range d.Fields {
		out[i] = f.Title
	}
	return out
}

// writeXLSX writes the dataset as a workbook: typed cells (codes as text, so
// leading zeros stay; dates as dates; numbers as numbers), a header of the
// fields' titles, and a sheet describing the columns, which pairs each title with
// the field's name in the other files.
func writeXLSX(path string, d Dataset, rows []Row) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", xlsxSheet); err != nil {
		return err
	}
	dateFmt := "yyyy-mm-dd"
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt})
	if err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(xlsxSheet)
	if err != nil {
		return err
	}
	header := make([]any, len(d.Fields))
	for i, title := range d.titles() {
		header[i] = title
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	for n, r := range rows {
		vals := make([]any, len(d.Fields))
		for i, fl := range d.Fields {
			vals[i] = xlsxValue(fl, r[fl.Name], dateStyle)
		}
		cellName, _ := excelize.CoordinatesToCellName(1, n+2)
		if err := sw.SetRow(cellName, vals); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	if err := writeStructureSheet(f, d); err != nil {
		return err
	}
	return f.SaveAs(path)
}

func xlsxValue(f Field, v any, dateStyle int) any {
	switch x := v.(type) {
	case nil:
		return nil
	case time.Time:
		return excelize.Cell{StyleID: dateStyle, Value: x}
	case bool, float64, int64:
		return x
	}
	if f.Type == "integer" {
		if n, err := strconv.ParseInt(cell(v), 10, 64); err == nil {
			return n
		}
	}
	return cell(v) // a string cell: codes keep their leading zeros
}

func writeStructureSheet(f *excelize.File, d Dataset) error {
	if _, err := f.NewSheet(xlsxStructure); err != nil {
		return err
	}
	rows := [][]any{{structureName, structureTitle, "Опис", "Тип", "Обов’язкове"}}
	for _, fl := range d.Fields {
		req := "ні"
		if fl.Required {
			req = "так"
		}
		rows = append(rows, []any{fl.Name, fl.Title, fl.Description, fl.Type, req})
	}
	for i, r := range rows {
		cellName, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(xlsxStructure, cellName, &r); err != nil {
			return err
		}
	}
	return nil
}
