package dashboards

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"html/template"
	"math"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/xuri/excelize/v2"

	"github.com/hromadata/hromadata"
)

// ChartParams are the query parameters of a chart's data download
// (?chart=trend&format=csv): the page cache keys a page by them too.
var ChartParams = []string{"chart", "format"}

// withLinks gives the page's charts their download links, which keep the selection.
func (v View) withLinks(path string, cs ...*chart) {
	for _, ch := range cs {
		if ch == nil {
			continue
		}
		id := ch.ID
		ch.Link = func(format string) template.URL { return v.Link(path, "chart", id, "format", format) }
	}
}

// serveChartData answers ?chart=ID&format=csv|xlsx with that chart's data instead of
// the page; it reports whether it did.
func serveChartData(c *gin.Context, v View, cs ...*chart) (bool, error) {
	id := c.Query("chart")
	if id == "" {
		return false, nil
	}
	for _, ch := range cs {
		if ch == nil || ch.ID != id {
			continue
		}
		rows := ch.rows()
		name := fmt.Sprintf("%s-%s", ch.ID, v.Period.Label)
		if v.Office.Code != "" {
			name += "-" + v.Office.Code
		}
		switch c.DefaultQuery("format", "csv") {
		case "csv":
			var b bytes.Buffer
			b.WriteString("\ufeff") // Excel reads UTF-8 only with the mark
			w := csv.NewWriter(&b)
			for _, r := range rows {
				w.Write(csvRow(r))
			}
			w.Flush()
			c.Header("Content-Disposition", `attachment; filename="`+name+`.csv"`)
			c.Data(http.StatusOK, "text/csv; charset=utf-8", b.Bytes())
		case "xlsx":
			b, err := xlsx(sheetName(ch.Title), rows)
			if err != nil {
				return true, err
			}
			c.Header("Content-Disposition", `attachment; filename="`+name+`.xlsx"`)
			c.Data(http.StatusOK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b)
		default:
			return true, hromadata.E(hromadata.Invalid, "формат даних діаграми: csv або xlsx")
		}
		return true, nil
	}
	return true, hromadata.E(hromadata.NotFound, "на цій сторінці немає такої діаграми")
}

// rows are the chart's table: a header, then a category per row; nil is unknown.
func (ch *chart) rows() [][]any {
	head := []any{ch.Axis}
	for _, s := range ch.Series {
		head = append(head, s.Name)
	}
	out := [][]any{head}
	for i, cat := range ch.Cats {
		r := []any{cat}
		for _, s := range ch.Series {
			if f, ok := s.Values[i].(float64); ok {
				r = append(r, round(f, ch.Decimals))
			} else {
				r = append(r, nil)
			}
		}
		out = append(out, r)
	}
	return out
}

// round keeps the decimals the page shows: sums of kopiyky carry float noise.
func round(f float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	return math.Round(f*p) / p
}

func csvRow(r []any) []string {
	out := make([]string, len(r))
	for i, v := range r {
		switch x := v.(type) {
		case string:
			out[i] = x
		case float64:
			out[i] = strconv.FormatFloat(x, 'f', -1, 64)
		}
	}
	return out
}

// sheetName is a chart's title as Excel allows a sheet to be named: at most 31
// characters, none of []:*?/\.
func sheetName(title string) string {
	title = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return ' '
		}
		return r
	}, title)
	if r := []rune(strings.TrimSpace(title)); len(r) > 31 {
		title = strings.TrimSpace(string(r[:30])) + "…"
	}
	if strings.TrimSpace(title) == "" {
		return "Дані"
	}
	return strings.TrimSpace(title)
}

func xlsx(name string, rows [][]any) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	sheet := f.GetSheetName(0)
	if err := f.SetSheetName(sheet, name); err != nil {
		return nil, fmt.Errorf("xlsx sheet: %w", err)
	}
	sheet = name
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(sheet, cell, &r); err != nil {
			return nil, fmt.Errorf("xlsx row: %w", err)
		}
	}
	b, err := f.WriteToBuffer()
	if err != nil {
		return nil, fmt.Errorf("xlsx: %w", err)
	}
	return b.Bytes(), nil
}
