package etl_test

import (
	"os"
	"path/filepath"
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

// TestRejectsHoldNoNames: an export whose headers are swapped puts names and tax
// numbers into columns declared as codes and dates; the rejects name the column and
// the reason but quote no such value, while a code-shaped wrong value is still shown.
func TestRejectsHoldNoNames(t *testing.T) {
	swapped := "Код управління;Дата списку;Особовий рахунок;РНОКПП;Код допомоги;ПІБ одержувача;За місяць;Сума, грн\n" +
		"DN;04.09.2023;DN0000001;3294512325;Коваленко Олена Іванівна;101;09.2023;4 200,00\n" +
		"DN;Бондаренко;DN0000002;3122845640;101;Бондаренко Ірина Петрівна;09.2023;860,00\n" +
		"DN;04.09.2023;DN0000003;2558778912;3294512325;Ткаченко Іван Сергійович;09.2023;100,00\n" +
		"DN;04.09.2023;DN0000003;2558778912;999;Ткаченко Іван Сергійович;09.2023;100,00\n"
	dir := t.TempDir()
	path := mustWrite(t, t.TempDir(), "vyplaty_dniprovske_2023-09-1.csv", testkit.CP1251(t, swapped))
	res := mustLoad(t, dir, path)[0]
	if len(res.Rejects) != 4 {
		t.Fatalf("%d rejects, want 4: %v", len(res.Rejects), res.Rejects)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "rejects", "*"))
	var onDisk []byte
	for _, f := range files {
		b, _ := os.ReadFile(f)
		onDisk = append(onDisk, b...)
	}
	for _, r := range res.Rejects {
		for _, personal := range []string{"Коваленко", "Бондаренко", "3294512325"} {
			if strings.Contains(r.String(), personal) || strings.Contains(string(onDisk), personal) {
				t.Errorf("reject %q (or the rejects file) holds %q", r, personal)
			}
		}
	}
	if last := res.Rejects[3].String(); !strings.Contains(last, `невідомий код "999"`) {
		t.Errorf("a code-shaped value should be shown: %s", last)
	}
}
