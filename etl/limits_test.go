package etl_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/hromadata/hromadata/etl"
	"github.com/hromadata/hromadata/testkit"
)

// TestOversizedExports: a file that would expand far beyond any real export — one
// endless CSV line, a workbook that inflates when unzipped — is refused whole with a
// message saying so, before it is decoded.
func TestOversizedExports(t *testing.T) {
	defer etl.SetLimits(64<<10, 1<<20)()
	header := "Код управління;Дата списку;Особовий рахунок;РНОКПП;ПІБ одержувача;Код допомоги;За місяць;Сума, грн\n"
	long := header + "DN;04.09.2023;DN0000001;3294512325;" + strings.Repeat("Я", 70<<10) + ";101;09.2023;4 200,00\n"
	rows := [][]any{{"Дата засідання", "Номер протоколу", "РНОКПП заявника", "ПІБ заявника", "Категорія", "Рішення", "Сума, грн"}}
	for i := range 80 {
		rows = append(rows, []any{45061.0, "1/2023", "3294512325", strconv.Itoa(i) + strings.Repeat("y", 30000), "2", "виділити", 1500.0})
	}
	tests := []struct {
		name, file, message string
		raw                 []byte
	}{
		{"one endless line", "vyplaty_dniprovske_2023-09-1.csv", "рядок 2 довший за 64 КіБ", testkit.CP1251(t, long)},
		{"a workbook that inflates", "matdopomoga_2023-05.xlsx", "після розпакування більша за 1 МіБ", testkit.Workbook(t, rows...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := mustWrite(t, t.TempDir(), tt.file, tt.raw)
			checkLoad(t, path, etl.StatusRejected, 0, "", tt.message)
		})
	}
}
