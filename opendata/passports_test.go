package opendata_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/hromadata/hromadata/opendata"
	"github.com/hromadata/hromadata/testkit"
)

// mustPassportRelease publishes the hand-made fixture with the 2023 passports of its
// programmes and one execution report, and returns the release's folder.
func mustPassportRelease(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	in := testkit.MustInbox(t, dir)
	const head = "КПКВК МБ;Рік;Дата затвердження;Номер наказу;Розділ;№ з/п;Зміст;Вид показника;Одиниця виміру;Загальний фонд, грн;Спеціальний фонд, грн;Значення"
	rows := []string{head}
	for _, k := range []string{"0813011", "0813018", "0813021", "0813022", "0810160", "0813036"} {
		rows = append(rows, k+";2023;20.01.2023;5-ФУ/23;обсяг;1;Обсяг бюджетних призначень;;;100 000,00;0,00;")
	}
	for _, e := range []struct{ day, plan string }{{"20.01.2023", "100 000,00"}, {"15.06.2023", "120 000,00"}} {
		rows = append(rows,
			"0813040;2023;"+e.day+";7-ФУ/23;обсяг;1;Обсяг бюджетних призначень;;;"+e.plan+";0,00;",
			"0813040;2023;"+e.day+";7-ФУ/23;мета;1;Підтримка малозабезпечених сімей;;;;;",
			"0813040;2023;"+e.day+";7-ФУ/23;завдання;1;Своєчасно виплатити допомогу;;;;;",
			"0813040;2023;"+e.day+";7-ФУ/23;напрям;1;Виплата допомоги;;;"+e.plan+";0,00;",
			"0813040;2023;"+e.day+";7-ФУ/23;показник;1;Кількість сімей, яким виплачено допомогу;продукту;сімей;;;12",
			"0813040;2023;"+e.day+";7-ФУ/23;показник;2;Рівень виконання бюджетних призначень;якості;%;;;100")
	}
	write := func(name string, lines []string) {
		if err := os.WriteFile(filepath.Join(in, name), testkit.CP1251(t, strings.Join(lines, "\r\n")+"\r\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("pasporty_2023_20240110.csv", rows)
	write("zvit_pasporty_2023_20240110.csv", []string{
		"КПКВК МБ;Рік;Звітний період;Вид показника;№ з/п;Показник;Одиниця виміру;Факт;Пояснення відхилення",
		"0813040;2023;9 місяців;продукту;1;Кількість сімей, яким виплачено допомогу;сімей;10;",
		"0813040;2023;рік;продукту;1;Кількість сімей, яким виплачено допомогу;сімей;11;Менше звернень",
		"0813040;2023;рік;якості;2;Рівень виконання бюджетних призначень;%;87,5;",
	})
	testkit.MustLoad(t, dir, in)
	testkit.MustBuild(t, dir)
	testkit.MustSteward(t, dir)
	rel, _, err := opendata.Publish(context.Background(), testkit.MustOpen(t, dir), dir, time.Date(2024, 1, 15, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(opendata.ReleasesDir(dir), rel.ID)
}

// TestPassportDataset: the passports dataset holds the last edition of each passport
// with its planned values and the reported actuals; an actual the exports do not
// cover is an empty cell, not 0; its passport is complete and its package valid.
func TestPassportDataset(t *testing.T) {
	relDir := mustPassportRelease(t)
	b, err := os.ReadFile(filepath.Join(relDir, "budget-programme-passports.csv"))
	if err != nil {
		t.Fatal(err)
	}
	csv := string(b)
	for _, want := range []string{
		"year,kpkvk,programme,approved,amendments,section,item_no,content,kind,unit,planned,general_fund_uah,special_fund_uah,actual_q1,actual_h1,actual_9m,actual_year\n",
		// The June edition replaced January's; the accounting sent two months of 2023 only.
		"2023,0813040,Виплати на підтримку малозабезпечених сімей,2023-06-15,1,обсяг,1,Обсяг бюджетних призначень,,грн,120000,120000,0,,,,\n",
		"2023,0813040,Виплати на підтримку малозабезпечених сімей,2023-06-15,1,показник,1,\"Кількість сімей, яким виплачено допомогу\",продукту,сімей,12,,,,,10,11\n",
		"2023,0813040,Виплати на підтримку малозабезпечених сімей,2023-06-15,1,показник,2,Рівень виконання бюджетних призначень,якості,%,100,,,,,,87.5\n",
		"2023,0813040,Виплати на підтримку малозабезпечених сімей,2023-06-15,1,мета,1,Підтримка малозабезпечених сімей,,,,,,,,,\n",
		"2023,0810160,Керівництво і управління у сфері соціального захисту (апарат департаменту),2023-01-20,0,обсяг,1,",
	} {
		if !strings.Contains(csv, want) {
			t.Errorf("the dataset lacks\n%s", want)
		}
	}
	if t.Failed() {
		t.Logf("dataset:\n%s", csv)
	}
	var p opendata.Passport
	b, _ = os.ReadFile(filepath.Join(relDir, "budget-programme-passports.passport.json"))
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatal(err)
	}
	for _, f := range emptyFields(reflect.ValueOf(p), "") {
		t.Errorf("passport field %s is empty", f)
	}
	if p.CurrencyDate != "2023-12-31" || p.UpdateFrequency != "Щокварталу" {
		t.Errorf("currency date %s, frequency %s", p.CurrencyDate, p.UpdateFrequency)
	}
	t.Run("the package validates", func(t *testing.T) { mustValidDataPackage(t, relDir) })
	t.Run("the catalogue conforms to DCAT-AP 3", func(t *testing.T) {
		if out, err := shaclValidator(t)(filepath.Join(relDir, "dcat.ttl")); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		ttl, _ := os.ReadFile(filepath.Join(relDir, "dcat.ttl"))
		if !strings.Contains(string(ttl), "Паспорти бюджетних програм департаменту і звіти про їх виконання") {
			t.Error("the catalogue does not list the passports dataset")
		}
	})
}
