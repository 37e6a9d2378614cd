package warehouse_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hromadata/hromadata/testkit"
	"github.com/hromadata/hromadata/warehouse"
)

// TestPassportDataTests builds the first quarter of 2023's accounting with the year's
// passports and a report: consistent exports build, and each inconsistency the data
// tests guard against fails the build naming its test (docs/exports/passports.md).
func TestPassportDataTests(t *testing.T) {
	const passportHead = "КПКВК МБ;Рік;Дата затвердження;Номер наказу;Розділ;№ з/п;Зміст;Вид показника;Одиниця виміру;Загальний фонд, грн;Спеціальний фонд, грн;Значення"
	const reportHead = "КПКВК МБ;Рік;Звітний період;Вид показника;№ з/п;Показник;Одиниця виміру;Факт;Пояснення відхилення"
	passport := func(kpkvk string) []string {
		return []string{
			kpkvk + ";2023;20.01.2023;1;обсяг;1;Обсяг бюджетних призначень;;;1 200 000,00;0,00;",
			kpkvk + ";2023;20.01.2023;1;показник;1;Обсяг видатків;затрат;грн;;;1 200 000",
		}
	}
	spent := "0813022;2023;I квартал;затрат;1;Обсяг видатків;грн;300 000,00;"
	tests := []struct {
		name      string
		spenders  []string // programmes the accounting pays from each month
		passports []string
		report    string
		failing   string // the data test that must fail, "" for none
	}{
		{"consistent exports", []string{"0813022"}, passport("0813022"), spent, ""},
		{"spending without a passport", []string{"0813022", "0813040"}, passport("0813022"), spent, "passports_cover_spending"},
		{"reported spending the accounting does not show", []string{"0813022"}, passport("0813022"),
			strings.Replace(spent, "300 000,00", "290 000,00", 1), "passport_spending_matches_accounting"},
		{"a reported indicator the passport lacks", []string{"0813022"}, passport("0813022"),
			strings.Replace(spent, ";затрат;1;", ";затрат;7;", 1), "passport_reports_match_passports"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, in := t.TempDir(), t.TempDir()
			write := func(name string, rows ...string) {
				if err := os.WriteFile(filepath.Join(in, name), testkit.CP1251(t, strings.Join(rows, "\r\n")+"\r\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			for m := 1; m <= 3; m++ {
				rows := []string{"Дата;Номер документа;КПКВК МБ;КЕКВ;Джерело;Сума, грн;Отримувач;Призначення платежу"}
				for i, k := range tt.spenders {
					rows = append(rows, fmt.Sprintf("10.%02d.2023;%d/%d;%s;2730;ДБ;100 000,00;;", m, m, i, k))
				}
				write(fmt.Sprintf("vydatky_2023-%02d.csv", m), rows...)
			}
			write("pasporty_2023_20230410.csv", append([]string{passportHead}, tt.passports...)...)
			write("zvit_pasporty_2023_20230410.csv", reportHead, tt.report)
			testkit.MustLoad(t, dir, in)
			_, err := warehouse.Build(context.Background(), warehouse.BuildOptions{DataDir: dir})
			var failed *warehouse.FailedTests
			switch {
			case tt.failing == "" && err != nil:
				t.Fatalf("consistent exports did not build: %v", err)
			case tt.failing != "" && !errors.As(err, &failed):
				t.Fatalf("build error = %v, want %s to fail", err, tt.failing)
			case tt.failing != "" && (len(failed.Failures) != 1 || failed.Failures[0].Test != tt.failing):
				t.Errorf("failed %v, want only %s", err, tt.failing)
			}
		})
	}
}
