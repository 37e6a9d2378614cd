package dashboards

import (
	"bytes"
	"encoding/csv"
	htmlstd "html"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestChartDataHeadedLikeItsTable: a chart's CSV and XLSX are headed as its table on
// the page is, in Ukrainian with the unit, and the workbook's sheet is named after
// the chart, not «Sheet1».
func TestChartDataHeadedLikeItsTable(t *testing.T) {
	r := mustRouter(t)
	cellRE := regexp.MustCompile(`<th scope="col"[^>]*>([^<]*)</th>`)
	for _, tc := range []struct{ name, page, chart string }{
		{"an area's breakdown", "/areas/privileges?period=2023", "parts"},
		{"an area's trend", "/areas/idp?period=2023", "trend"},
		{"benefits by month", "/areas/benefits?period=2023", "families"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := mustGet(t, r, tc.page)
			sec := regexp.MustCompile(`(?s)<section class="panel chart" id="chart-` + tc.chart + `"><h2>([^<]*)</h2>.*?<thead>(.*?)</thead>`).FindStringSubmatch(page)
			if sec == nil {
				t.Fatalf("no chart %s", tc.chart)
			}
			var head []string
			for _, m := range cellRE.FindAllStringSubmatch(sec[2], -1) {
				head = append(head, htmlstd.UnescapeString(m[1]))
			}
			rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(mustGet(t, r, tc.page+"&chart="+tc.chart+"&format=csv"), "\ufeff"))).ReadAll()
			if err != nil || len(rows) == 0 || strings.Join(rows[0], "|") != strings.Join(head, "|") {
				t.Errorf("CSV header %q, the table's %q (%v)", rows, head, err)
			}
			if tc.chart == "parts" && !strings.Contains(strings.Join(head, "|"), "Значення, ") {
				t.Errorf("the breakdown's values have no unit: %q", head)
			}
			w := httptest.NewRecorder()
			r.ServeHTTP(w, httptest.NewRequest("GET", tc.page+"&chart="+tc.chart+"&format=xlsx", nil))
			f, err := excelize.OpenReader(bytes.NewReader(w.Body.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			sheet := f.GetSheetName(0)
			got, _ := f.GetRows(sheet)
			if sheet != sheetName(htmlstd.UnescapeString(sec[1])) || !strings.HasPrefix(htmlstd.UnescapeString(sec[1]), strings.TrimSuffix(sheet, "…")) {
				t.Errorf("sheet %q for the chart %q", sheet, sec[1])
			}
			if len(got) == 0 || strings.Join(got[0], "|") != strings.Join(head, "|") {
				t.Errorf("XLSX header %q, the table's %q", got, head)
			}
		})
	}
}
