package annualreport

import (
	"fmt"
	"html/template"
	"io"
	"strings"
)

// Markdown writes the report as Markdown.
func (r *Report) Markdown(w io.Writer) error {
	var b strings.Builder
	for _, blk := range r.Blocks {
		switch {
		case blk.Table != nil:
			fmt.Fprintf(&b, "| %s | %s |\n| --- | ---: |\n", blk.Table.Title, blk.Table.Unit)
			for _, row := range blk.Table.Rows {
				label := row.Label
				if row.Depth > 0 {
					label = strings.Repeat("&nbsp;&nbsp;&nbsp;&nbsp;", row.Depth) + "· " + label
				} else {
					label = "**" + label + "**"
				}
				fmt.Fprintf(&b, "| %s | %s |\n", label, row.Value)
			}
			b.WriteString("\n")
		case blk.Heading > 0:
			fmt.Fprintf(&b, "%s %s\n\n", strings.Repeat("#", blk.Heading), blk.Text)
		default:
			fmt.Fprintf(&b, "%s\n\n", blk.Text)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

var page = template.Must(template.New("report").Parse(`<!doctype html>
<html lang="uk"><head><meta charset="utf-8"><title>Звіт за {{.Year}} рік</title>
<style>
@page { size: A4; margin: 20mm 18mm; }
body { font: 12pt/1.45 "Times New Roman", "Liberation Serif", serif; color: #000; max-width: 180mm; margin: 12mm auto; }
h1 { font-size: 16pt; text-align: center; } h2 { font-size: 14pt; margin-top: 18pt; }
p { text-indent: 12mm; text-align: justify; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 12pt; page-break-inside: auto; }
caption { font-weight: bold; text-align: left; padding-bottom: 4pt; }
th, td { border: 1px solid #000; padding: 3pt 6pt; vertical-align: top; }
td.v { text-align: right; white-space: nowrap; width: 28mm; }
tr.d1 td:first-child { padding-left: 18pt; }
tr.d2 td:first-child { padding-left: 36pt; font-style: italic; }
tr.d0 td:first-child { font-weight: bold; }
tr { page-break-inside: avoid; }
footer { margin-top: 24pt; font-size: 10pt; color: #444; }
</style></head><body>
{{range .Blocks}}{{if .Table}}<table><caption>{{.Table.Title}}</caption>
<tr><th>Найменування</th><th>{{.Table.Unit}}</th></tr>
{{range .Table.Rows}}<tr class="d{{.Depth}}"><td>{{if .Depth}}· {{end}}{{.Label}}</td><td class="v">{{.Value}}</td></tr>
{{end}}</table>
{{else if eq .Heading 1}}<h1>{{.Text}}</h1>
{{else if eq .Heading 2}}<h2>{{.Text}}</h2>
{{else}}<p>{{.Text}}</p>
{{end}}{{end}}
<footer>Сформовано hromadata із записів сховища: кожне число обчислено з первинних даних.</footer>
</body></html>
`))

// HTML writes the report as a standalone printable page.
func (r *Report) HTML(w io.Writer) error { return page.Execute(w, r) }
