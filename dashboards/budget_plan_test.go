package dashboards

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata/testkit"
	"github.com/hromadata/hromadata/warehouse"
)

// mustPlanRouter serves a build of the accounting's first half of 2023 and the
// year's passports: birth grants spent on plan, low-income support spent a tenth
// of its pace, and the apparatus whose passport was approved only in July.
func mustPlanRouter(t *testing.T) *gin.Engine {
	t.Helper()
	dir, in := t.TempDir(), t.TempDir()
	write := func(name string, rows ...string) {
		if err := os.WriteFile(filepath.Join(in, name), testkit.CP1251(t, strings.Join(rows, "\r\n")+"\r\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for m := 1; m <= 6; m++ {
		write(fmt.Sprintf("vydatky_2023-%02d.csv", m),
			"Дата;Номер документа;КПКВК МБ;КЕКВ;Джерело;Сума, грн;Отримувач;Призначення платежу",
			fmt.Sprintf("10.%02d.2023;%d/1;0813022;2730;ДБ;100 000,00;;", m, m),
			fmt.Sprintf("10.%02d.2023;%d/2;0813040;2730;ДБ;10 000,00;;", m, m),
			fmt.Sprintf("10.%02d.2023;%d/3;0810160;2111;МБ;50 000,00;;", m, m))
	}
	passport := func(kpkvk, approved, plan string) []string {
		return []string{
			kpkvk + ";2023;" + approved + ";1;обсяг;1;Обсяг бюджетних призначень;;;" + plan + ";0,00;",
			kpkvk + ";2023;" + approved + ";1;мета;1;Мета;;;;;",
			kpkvk + ";2023;" + approved + ";1;показник;1;Обсяг видатків;затрат;грн;;;" + plan,
		}
	}
	rows := []string{"КПКВК МБ;Рік;Дата затвердження;Номер наказу;Розділ;№ з/п;Зміст;Вид показника;Одиниця виміру;Загальний фонд, грн;Спеціальний фонд, грн;Значення"}
	rows = append(rows, passport("0813022", "20.01.2023", "1 250 000,00")...)
	rows = append(rows, passport("0813040", "20.01.2023", "1 000 000,00")...)
	rows = append(rows, passport("0810160", "10.07.2023", "600 000,00")...)
	write("pasporty_2023_20230710.csv", rows...)
	testkit.MustLoad(t, dir, in)
	testkit.MustBuild(t, dir)
	s := warehouse.NewServing(dir, warehouse.DefaultLimits, slog.New(slog.NewTextHandler(io.Discard, nil)))
	t.Cleanup(func() { s.Close() })
	gin.SetMode(gin.TestMode)
	r := gin.New()
	(&Dashboards{Serving: s}).Install(r)
	return r
}

// TestLaggingLinesNamed: the first screen's alert and the budget page both name the
// line executed behind its plan, the page lists it first, and a line whose passport
// was not yet in force shows «немає даних» for its plan, never 0.
func TestLaggingLinesNamed(t *testing.T) {
	r := mustPlanRouter(t)
	const lagging, onPlan, noPassport = "Виплати на підтримку малозабезпечених сімей", "Допомога при народженні дитини та усиновленні",
		"Керівництво і управління у сфері соціального захисту (апарат департаменту)"
	t.Run("the first screen", func(t *testing.T) {
		home := mustGet(t, r, "/?period=2023-Q2")
		alert := regexp.MustCompile(`<li><a href="([^"]+)"><b>Рядок бюджету виконується із відставанням:</b> ([^<]+)</a> — ([^<]+)</li>`).FindAllStringSubmatch(home, -1)
		if len(alert) != 1 || alert[0][2] != lagging || !strings.Contains(alert[0][1], "/budget?period=2023-Q2") ||
			alert[0][3] != "виконано 6,0 % плану (60,0 з 1\u00a0000,0 тис. грн) при 50,0 % року, що минув" {
			t.Fatalf("the lag alerts are %q", alert)
		}
	})
	t.Run("the budget page", func(t *testing.T) {
		page := mustGet(t, r, "/budget?period=2023-Q2")
		_, table, ok := strings.Cut(page, `<section class="panel" id="plan">`)
		if !ok {
			t.Fatalf("no plan section:\n%.3000s", page)
		}
		rows := regexp.MustCompile(`(?s)<tr><td>(.*?)<br>.*?</tr>`).FindAllStringSubmatch(table, -1)
		var names []string
		for _, row := range rows {
			names = append(names, row[1])
		}
		if strings.Join(names, " | ") != strings.Join([]string{lagging, onPlan, noPassport}, " | ") {
			t.Fatalf("rows in order %q", names)
		}
		for _, want := range []struct {
			row  int
			text string
		}{
			{0, `<td class="bad">відстає</td>`}, {0, `<td class="num">6,0</td>`}, {0, `<td class="num">1 000,0</td>`},
			{1, `<td class="ok">за графіком</td>`}, {1, `<td class="num">48,0</td>`},
			{2, `<td class="num">немає даних</td>`}, {2, "немає паспорта на цей день"},
			// On a phone the execution and the lag sit by the name, not off screen.
			{0, `<span class="narrow-only"> · виконано 6,0 %, <b class="bad">відстає</b></span></td>`},
			{1, `<span class="narrow-only"> · виконано 48,0 %</span></td>`},
		} {
			if !strings.Contains(strings.ReplaceAll(rows[want.row][0], "\u00a0", " "), want.text) {
				t.Errorf("row %q lacks %s", names[want.row], want.text)
			}
		}
		if !strings.Contains(table, "Відстають: 1 програма.") {
			t.Error("the page does not count the lagging lines")
		}
	})
}
