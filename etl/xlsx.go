package etl

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// readXLSX reads the first sheet of a workbook into the same header-and-records
// shape as a CSV export; a record's "line" is its row number in the sheet. Cells
// come raw (RawCellValue): dates as Excel serial days, numbers without formatting,
// which is both what ParseDate and ParseMoney accept and about five times faster.
//
// Rows above the header — a workbook's title, the date of the export — are skipped:
// the header is the first row naming one of the expected columns.
func readXLSX(raw []byte, expected []string) (*table, error) {
	if len(raw) == 0 {
		return nil, errors.New("порожній файл")
	}
	f, err := excelize.OpenReader(bytes.NewReader(raw), excelize.Options{RawCellValue: true, UnzipSizeLimit: int64(maxXLSXUnzipped)})
	if err != nil && strings.Contains(err.Error(), "unzip size exceeds") {
		return nil, fmt.Errorf("книга Excel після розпакування більша за %d МіБ: це не експорт (можливо, пошкоджений або навмисно роздутий файл)", maxXLSXUnzipped>>20)
	}
	if err != nil {
		return nil, errors.New("файл не є книгою Excel (XLSX)")
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, errors.New("у книзі немає аркушів")
	}
	rows, err := f.Rows(sheets[0])
	if err != nil {
		return nil, fmt.Errorf("аркуш %q: %v", sheets[0], err)
	}
	defer rows.Close()
	t := &table{encoding: "XLSX"}
	for n := 1; rows.Next(); n++ {
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, fmt.Errorf("рядок %d: %v", n, err)
		}
		for i := range cols {
			if len(cols[i]) > maxXLSXCell*4 || utf8.RuneCountInString(cols[i]) > maxXLSXCell {
				return nil, fmt.Errorf("рядок %d: клітинка довша за %d символів, більше, ніж дозволяє Excel", n, maxXLSXCell)
			}
			cols[i] = strings.TrimSpace(cols[i])
		}
		if allEmpty(cols) {
			continue
		}
		if t.header == nil {
			if countKnown(cols, expected) > 0 {
				t.header = cols
			}
			continue
		}
		for len(cols) < len(t.header) {
			cols = append(cols, "") // trailing empty cells are not stored in XLSX
		}
		t.records = append(t.records, record{line: n, fields: cols})
	}
	if t.header == nil {
		return nil, errors.New("не знайдено рядка заголовка з назвами стовпців (див. docs/exports/)")
	}
	return t, rows.Error()
}
