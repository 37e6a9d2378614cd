// Package web holds what every page of the server shares: the Ukrainian layout,
// the stylesheet and the embedded ECharts assets, so that no page refers to any
// address outside the binary.
package web

import (
	"bytes"
	"embed"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata"
)

//go:embed assets layout.html
var files embed.FS

// AssetsPrefix is where the embedded assets are served.
const AssetsPrefix = "/assets/"

// Install serves the embedded assets, cacheable for a day.
func Install(r gin.IRoutes) {
	sub, _ := fs.Sub(files, "assets")
	server := http.StripPrefix(AssetsPrefix, http.FileServer(http.FS(noDirs{sub})))
	r.GET(AssetsPrefix+"*file", func(c *gin.Context) {
		c.Header("Cache-Control", "public, max-age=86400")
		server.ServeHTTP(c.Writer, c.Request)
	})
}

// Page is one page in the common layout.
type Page struct {
	Title  string
	Here   string // the nav entry to mark: "dashboard", "opendata", "sql"
	Charts bool   // load ECharts
	Body   template.HTML
	Footer string
	// Query is the page's selection ("?period=2023-Q2&office=DN"), carried by the
	// navigation's links so that moving between pages keeps it.
	Query template.URL
}

var layout = template.Must(template.ParseFS(files, "layout.html"))

// Render writes a page with status 200.
func Render(c *gin.Context, p Page) {
	var buf bytes.Buffer
	if err := layout.Execute(&buf, p); err != nil {
		Error(c, err)
		return
	}
	c.Header("Content-Security-Policy", Policy(buf.Bytes()))
	c.Data(http.StatusOK, "text/html; charset=utf-8", buf.Bytes())
}

// Error renders an error page in Ukrainian with the status its kind maps to.
func Error(c *gin.Context, err error) {
	var buf bytes.Buffer
	p := Page{Title: "Помилка", Body: template.HTML(`<div class="empty">` + template.HTMLEscapeString(hromadata.MessageOf(err)) + `</div>`)}
	layout.Execute(&buf, p)
	c.Data(hromadata.HTTPStatus(err), "text/html; charset=utf-8", buf.Bytes())
}

// DateUK shows an ISO date (2024-01-01) or time (RFC 3339) the Ukrainian way:
// 01.01.2024, 23.11.2026 22:22 UTC; anything else is shown as it is.
func DateUK(s string) string {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t.Format("02.01.2006")
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC().Format("02.01.2006 15:04 UTC")
	}
	return s
}

// Execute renders a body template into HTML for a Page.
func Execute(t *template.Template, data any) (template.HTML, error) {
	var b bytes.Buffer
	err := t.Execute(&b, data)
	return template.HTML(b.String()), err
}

// Template parses a page body template with the helpers pages share and any of
// the page's own.
func Template(name, text string, own ...template.FuncMap) *template.Template {
	t := template.New(name)
	for _, f := range own {
		t.Funcs(f)
	}
	return template.Must(t.Funcs(template.FuncMap{
		"num":  hromadata.FormatUK,
		"date": DateUK,
		"ext":  fileKind,
	}).Parse(text))
}

// fileKind names a downloadable file's format for people: the Excel-friendly CSV
// (name.excel.csv) apart from the plain one.
func fileKind(name string) string {
	if strings.HasSuffix(name, ".excel.csv") {
		return "CSV для Excel"
	}
	return strings.ToUpper(strings.TrimPrefix(path.Ext(name), "."))
}
