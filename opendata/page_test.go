package opendata_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata/opendata"
	"github.com/hromadata/hromadata/testkit"
)

// mustSite publishes the fixture twice (the second time with one more family) and
// serves the open-data routes.
func mustSite(t *testing.T) (http.Handler, string) {
	t.Helper()
	dir := testkit.MustBuilt(t)
	day := time.Date(2024, 1, 15, 9, 0, 0, 0, time.UTC)
	if _, _, err := opendata.Publish(context.Background(), testkit.MustOpen(t, dir), dir, day); err != nil {
		t.Fatal(err)
	}
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	(&opendata.Site{DataDir: dir}).Install(r)
	return r, dir
}

func mustGet(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
	b, _ := io.ReadAll(w.Result().Body)
	return w.Code, string(b)
}

var (
	previewRowRE = regexp.MustCompile(`(?s)<table class="preview">(.*?)</table>`)
	hrefRE       = regexp.MustCompile(`href="(/opendata/[^"]+)"`)
)

// previewRows counts the rows of the preview table (its header row left out).
func previewRows(page string) int {
	m := previewRowRE.FindStringSubmatch(page)
	if m == nil {
		return 0
	}
	return strings.Count(m[1], "<tr>") - 1
}

func TestDatasetPage(t *testing.T) {
	h, dir := mustSite(t)
	code, page := mustGet(t, h, "/opendata/datasets/benefit-recipients")
	if code != http.StatusOK {
		t.Fatalf("status %d: %.300s", code, page)
	}
	t.Run("preview of the first rows", func(t *testing.T) {
		if n := previewRows(page); n == 0 || n > 20 {
			t.Errorf("%d preview rows", n)
		}
		if !strings.Contains(page, "Дніпровське управління") || !strings.Contains(page, "Допомога у зв’язку з вагітністю та пологами") {
			t.Error("the preview shows no row of the release")
		}
	})
	t.Run("filters narrow the rows", func(t *testing.T) {
		all := matched(t, page)
		for _, q := range []string{"office_name=" + url.QueryEscape("Заводське управління"), "from=2024-01-01",
			"benefit_name=" + url.QueryEscape("Допомога у зв’язку з вагітністю та пологами") + "&to=2023-12-01"} {
			code, p := mustGet(t, h, "/opendata/datasets/benefit-recipients?"+q)
			if n := matched(t, p); code != http.StatusOK || n == 0 || n >= all {
				t.Errorf("%s: status %d, %d of %d rows", q, code, n, all)
			}
		}
		_, p := mustGet(t, h, "/opendata/datasets/benefit-recipients?office_name="+url.QueryEscape("Заводське управління"))
		if strings.Contains(previewRowRE.FindString(p), "Дніпровське управління") {
			t.Error("filtered by office, the preview shows another office")
		}
		if !strings.Contains(p, `<option selected>Заводське управління</option>`) {
			t.Error("the chosen office is not shown as chosen")
		}
		if _, p := mustGet(t, h, "/opendata/datasets/benefit-recipients?office_name=nope"); !strings.Contains(p, "Жоден рядок") {
			t.Error("a filter nothing matches does not say so")
		}
	})
	t.Run("chart of the main measure", func(t *testing.T) {
		if !strings.Contains(page, "echarts.init") || !strings.Contains(page, "/assets/echarts.min.js") || !strings.Contains(page, "Кількість сімей за кожним значенням «Вид допомоги»") {
			t.Errorf("no chart of families per benefit over time: %s", regexp.MustCompile(`(?s)<h3 id="chart">.{0,600}`).FindString(page))
		}
		// A family with two benefits is counted under each: families never add up across benefits.
		if strings.Contains(page, "Кількість сімей: разом") {
			t.Error("families summed across benefits")
		}
		_, p := mustGet(t, h, "/opendata/datasets/benefit-recipients?benefit_name="+url.QueryEscape("Допомога у зв’язку з вагітністю та пологами"))
		if !strings.Contains(p, "Кількість сімей: разом") {
			t.Error("one benefit chosen: no total of families over offices")
		}
	})
	t.Run("every format link resolves", func(t *testing.T) {
		links := hrefRE.FindAllStringSubmatch(page, -1)
		formats := map[string]bool{}
		for _, m := range links {
			if code, _ := mustGet(t, h, strings.ReplaceAll(m[1], "&amp;", "&")); code != http.StatusOK {
				t.Errorf("%s: status %d", m[1], code)
			}
			if strings.HasPrefix(m[1], opendata.URLPrefix) {
				formats[m[1][strings.LastIndex(m[1], "."):]] = true
			}
		}
		for _, ext := range []string{".csv", ".json", ".parquet"} {
			if !formats[ext] {
				t.Errorf("no %s link", ext)
			}
		}
	})
	t.Run("passport", func(t *testing.T) {
		for _, want := range []string{"41490026-benefit-recipients", "Частота оновлення", "Відповідальна особа"} {
			if !strings.Contains(page, want) {
				t.Errorf("no %q", want)
			}
		}
	})
	t.Run("withheld and why", func(t *testing.T) {
		if !strings.Contains(page, "Що приховано і чому: значення від 1 до 4") || !regexp.MustCompile(`приховано значень — [1-9]`).MatchString(page) {
			t.Error("the page does not say what was withheld and why")
		}
		_, p := mustGet(t, h, "/opendata/datasets/budget-execution")
		if !strings.Contains(p, "Що не оприлюднюється і чому") || !strings.Contains(p, "приховано значень — 0") {
			t.Error("budget page: withheld not explained")
		}
	})
	t.Run("release history", func(t *testing.T) {
		mustPublishNewer(t, dir)
		_, p := mustGet(t, h, "/opendata/datasets/benefit-recipients")
		for _, id := range []string{"2024-01-15", "2024-01-15-2"} {
			if !strings.Contains(p, `?release=`+id+`">`+id+`</a>`) {
				t.Errorf("history lacks %s", id)
			}
		}
		if !strings.Contains(p, "<b>2024-01-15-2</b>") {
			t.Error("the page does not show the latest release")
		}
		code, old := mustGet(t, h, "/opendata/datasets/benefit-recipients?release=2024-01-15")
		if code != http.StatusOK || !strings.Contains(old, "<b>2024-01-15</b>") || !strings.Contains(old, "не останнього") {
			t.Errorf("an older release's page: status %d", code)
		}
		if !regexp.MustCompile(`2024-01-15-2</a></td>(<td>[^<]*</td>){3}\s*<td>змінено</td>`).MatchString(p) {
			t.Error("the history does not say the newer release changed the data")
		}
		if _, b := mustGet(t, h, "/opendata/datasets/budget-execution"); !strings.Contains(b, "<td>без змін</td>") {
			t.Error("the history does not say the budget did not change")
		}
	})
	t.Run("unknown dataset or release", func(t *testing.T) {
		for _, p := range []string{"/opendata/datasets/nope", "/opendata/datasets/benefit-recipients?release=1999-01-01",
			"/opendata/datasets/benefit-recipients?release=..%2Fx"} {
			if code, body := mustGet(t, h, p); code != http.StatusNotFound || !strings.Contains(body, "немає") && !strings.Contains(body, "не знайдено") {
				t.Errorf("%s: status %d", p, code)
			}
		}
	})
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustWrite(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

var matchedRE = regexp.MustCompile(`Рядків у вибірці: (\d+) з (\d+)`)

func matched(t *testing.T, page string) int {
	t.Helper()
	m := matchedRE.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no row count on the page")
	}
	n := 0
	for _, c := range m[1] {
		n = n*10 + int(c-'0')
	}
	return n
}

// mustPublishNewer loads one more family and publishes a second release the same day.
func mustPublishNewer(t *testing.T, dir string) {
	t.Helper()
	inbox := t.TempDir()
	base := mustRead(t, testkit.MustInbox(t, t.TempDir())+"/pryznachennia_zavodske_20240110.csv")
	newer := append(base, testkit.CP1251(t, "ZV;ZV0000004;3223611128;Руденко Ганна Петрівна;04.04.1988;202;2023/000009;03.11.2023;01.11.2023;;1 900,00;діюча\r\n")...)
	mustWrite(t, inbox+"/pryznachennia_zavodske_20240210.csv", newer)
	testkit.MustLoad(t, dir, inbox)
	testkit.MustBuild(t, dir)
	if _, created, err := opendata.Publish(context.Background(), testkit.MustOpen(t, dir), dir, time.Date(2024, 1, 15, 10, 0, 0, 0, time.UTC)); err != nil || !created {
		t.Fatalf("second publish: created=%v err=%v", created, err)
	}
}
