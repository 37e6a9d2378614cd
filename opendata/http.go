package opendata

import (
	"html/template"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/web"
)

// Site serves the open-data catalogue and every release's files.
type Site struct {
	DataDir string
	BaseURL string // --base-url: the site's address for links; "" takes the steward's, else the request's
}

// Install registers the open-data routes.
func (s *Site) Install(r gin.IRoutes) {
	r.GET("/opendata", s.catalogue)
	r.GET("/opendata/datasets/:id", s.datasetPage)
	r.GET("/opendata/releases", s.releases)
	r.GET("/opendata/releases/:release/:file", s.file)
	r.GET("/opendata/latest/:file", s.latestFile)
	r.HEAD("/opendata/releases/:release/:file", s.file) // answered by http.ServeContent without reading the file
	r.HEAD("/opendata/latest/:file", s.latestFile)
	r.GET("/api/opendata/datasets", s.apiDatasets)
	r.GET("/api/opendata/datasets/:id", s.apiDataset)
	s.installCKAN(r)
	s.installDCAT(r)
}

// passports of the latest release, in catalogue order.
func (s *Site) passports() ([]Passport, *Release, error) {
	rel, err := Latest(s.DataDir)
	if err != nil {
		return nil, nil, err
	}
	var out []Passport
	for _, rd := range rel.Datasets {
		if d, ok := DatasetByID(rd.ID); ok {
			out = append(out, PassportOf(d, rd, rel.ID))
		}
	}
	return out, rel, nil
}

var catalogueTpl = web.Template("catalogue", `
<p class="lead">Набори даних департаменту у форматах CSV, CSV для Excel, XLSX, JSON і Parquet з паспортами за постановою КМУ № 835.
Поточний випуск: <b>{{.Release.ID}}</b> · <a href="/opendata/releases">усі випуски</a> ·
<a href="/opendata/latest/datapackage.json">datapackage.json</a> · <a href="/opendata/latest/dcat.jsonld">DCAT</a></p>
{{with .Licence}}<p class="licence">Ліцензія: {{.Title}} (текст ліцензії: <code>{{.URL}}</code>)</p>{{end}}
<div class="table-wrap"><table><tr><th>Набір даних</th><th>Актуальність</th><th>Оновлення</th><th>Завантажити</th></tr>
{{range .Passports}}<tr><td><a href="/opendata/datasets/{{.DatasetID}}">{{.Title}}</a><br><small>{{.Identifier}}</small></td>
<td>{{date .CurrencyDate}}</td><td>{{.UpdateFrequency}}</td>
<td>{{range .DataLinks}}<a href="{{.}}">{{ext .}}</a> {{end}}</td></tr>{{end}}
</table></div>`)

// DatasetID is the dataset's own id, without the publisher's code.
func (p Passport) DatasetID() string { return strings.TrimPrefix(p.Identifier, Publisher.EDRPOU+"-") }

func (s *Site) catalogue(c *gin.Context) {
	ps, rel, err := s.passports()
	if err != nil {
		web.Error(c, err)
		return
	}
	var lic *Licence
	if len(ps) > 0 && ps[0].Licence.URL != "" {
		lic = &ps[0].Licence
	}
	page(c, "Відкриті дані", catalogueTpl, map[string]any{"Passports": ps, "Release": rel, "Licence": lic})
}

var passportTpl = web.Template("passport", `
<dl class="passport">
<dt>Ідентифікатор</dt><dd>{{.P.Identifier}}</dd>
<dt>Назва</dt><dd>{{.P.Title}}</dd>
<dt>Опис</dt><dd>{{.P.Description}}</dd>
<dt>Мова</dt><dd>українська ({{.P.Language}})</dd>
<dt>Формати</dt><dd>{{range .P.Formats}}{{.}} {{end}}</dd>
<dt>Стиснення</dt><dd>{{.P.Compression}}</dd>
<dt>Дата першого оприлюднення</dt><dd>{{date .P.FirstPublished}}</dd>
<dt>Дата і час останніх змін</dt><dd>{{date .P.LastModified}}</dd>
<dt>Дата актуальності даних</dt><dd>{{date .P.CurrencyDate}}</dd>
<dt>Частота оновлення</dt><dd>{{.P.UpdateFrequency}}</dd>
<dt>Ключові слова</dt><dd>{{range $i, $k := .P.Keywords}}{{if $i}}, {{end}}{{$k}}{{end}}</dd>
<dt>Посилання на дані</dt><dd>{{range .P.DataLinks}}<a href="{{.}}">{{.}}</a><br>{{end}}</dd>
<dt>Структура набору</dt><dd><a href="{{.P.StructureLink}}">{{.P.StructureLink}}</a></dd>
<dt>Підстава та призначення</dt><dd>{{.P.LegalBasis}}. {{.P.Purpose}}.</dd>
<dt>Розпорядник</dt><dd>{{.P.Publisher}}, код ЄДРПОУ {{.P.PublisherEDRPOU}}</dd>
<dt>Ліцензія</dt><dd>{{.P.Licence.Title}} (текст ліцензії: <code>{{.P.Licence.URL}}</code>)</dd>
<dt>Відповідальна особа</dt><dd>{{.P.ResponsiblePerson}}, <a href="mailto:{{.P.ResponsibleEmail}}">{{.P.ResponsibleEmail}}</a></dd>
</dl>
<h3>Структура</h3>
<div class="table-wrap"><table><tr><th>`+structureName+`</th><th>`+structureTitle+`</th><th>Опис</th><th>Тип</th><th>Обов’язкове</th></tr>
{{range .Fields}}<tr><td><code>{{.Name}}</code></td><td>{{.Title}}</td><td>{{.Description}}</td><td>{{.Type}}</td><td>{{if .Required}}так{{else}}ні{{end}}</td></tr>{{end}}
</table></div>`)

var releasesTpl = web.Template("releases", `
<p class="lead">Кожен випуск незмінний і лишається доступним за своєю адресою.</p>
<div class="table-wrap"><table><tr><th>Випуск</th><th>Файли</th></tr>
{{range .}}<tr><td>{{.ID}}</td><td>{{$id := .ID}}{{range .Datasets}}{{.ID}}: {{range $f, $name := .Files}}<a href="/opendata/releases/{{$id}}/{{$name}}">{{$f}}</a> {{end}}<br>{{end}}
<a href="/opendata/releases/{{.ID}}/release.json">release.json</a></td></tr>{{end}}
</table></div>`)

func (s *Site) releases(c *gin.Context) {
	ids, _ := Releases(s.DataDir)
	var rels []*Release
	for _, id := range ids {
		if r, err := ReadRelease(s.DataDir, id); err == nil {
			rels = append(rels, r)
		}
	}
	page(c, "Випуски відкритих даних", releasesTpl, rels)
}

func (s *Site) file(c *gin.Context) {
	serveFile(c, s.DataDir, c.Param("release"), c.Param("file"), true)
}

func (s *Site) latestFile(c *gin.Context) {
	rel, err := Latest(s.DataDir)
	if err != nil {
		fail(c, err)
		return
	}
	serveFile(c, s.DataDir, rel.ID, c.Param("file"), false)
}

func safeName(s string) bool {
	return s != "" && !strings.HasPrefix(s, ".") && !strings.ContainsAny(s, `/\`)
}

func (s *Site) apiDatasets(c *gin.Context) {
	ps, rel, err := s.passports()
	if err != nil {
		fail(c, err)
		return
	}
	ServeJSON(c, rel.Created, ps)
}

func (s *Site) apiDataset(c *gin.Context) {
	ps, rel, err := s.passports()
	if err != nil {
		fail(c, err)
		return
	}
	for _, p := range ps {
		if p.DatasetID() == c.Param("id") {
			ServeJSON(c, rel.Created, p)
			return
		}
	}
	fail(c, hromadata.E(hromadata.NotFound, "такого набору даних немає"))
}

func fail(c *gin.Context, err error) {
	c.JSON(hromadata.HTTPStatus(err), gin.H{"error": hromadata.MessageOf(err)})
}

func page(c *gin.Context, title string, t *template.Template, data any) {
	body, err := web.Execute(t, data)
	if err != nil {
		web.Error(c, err)
		return
	}
	web.Render(c, web.Page{Title: title, Here: "opendata", Body: body})
}
