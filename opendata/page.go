package opendata

import (
	"html/template"
	"net/url"
	"slices"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/web"
)

// previewRows is how many rows of the selection the page shows.
const previewRows = 20

// datasetView is everything a dataset's page shows, for one release.
type datasetView struct {
	D          Dataset
	P          Passport
	Release    *Release
	Latest     bool
	Fields     []Field
	Dims       []dimension
	Dates      []string
	DateField  *Field
	From, To   string
	Total      int // rows in the release
	Matched    int // rows the filters keep
	Preview    [][]string
	Measure    *Field
	Decimals   int     // of the measure: none for counts, kopecks for money
	Series     []point // the measure summed by date, when it adds up over the selection
	Lines      []line  // else one line per value of the overlapping column
	Overlap    string  // that column's title
	Omitted    int     // values of it left out of the chart, the smallest
	NoChart    string  // why nothing is charted, when neither can be
	Chart      template.HTML
	Files      []fileLink
	Suppressed int
	Unknown    int
	Withheld   string
	History    []historyEntry
	Passport   template.HTML
}

type fileLink struct{ Format, Href string }

// historyEntry is one release that carried the dataset.
type historyEntry struct {
	ID, Created, CurrencyDate string
	Rows                      int
	Changed                   bool // its data differ from the release before it
	Files                     []fileLink
}

var datasetTpl = web.Template("dataset", `
<p class="lead">{{.P.Description}}</p>
<p>Дані випуску <b>{{.Release.ID}}</b>{{if not .Latest}} (не останнього: <a href="/opendata/datasets/{{.D.ID}}">останній випуск</a>){{end}},
актуальні на {{date .P.CurrencyDate}} · оновлення: {{.P.UpdateFrequency}}.</p>

<h3 id="files">Завантажити</h3>
<p class="files">{{range .Files}}<a href="{{.Href}}">{{.Format}}</a> {{end}}</p>

<h3 id="filters">Вибірка</h3>
<form method="get" action="/opendata/datasets/{{.D.ID}}" class="selector filters">
{{if not .Latest}}<input type="hidden" name="release" value="{{.Release.ID}}">{{end}}
{{if .DateField}}<label>{{.DateField.Title}} з <select name="from"><option value="">усі</option>{{range .Dates}}<option value="{{.}}"{{if eq . $.From}} selected{{end}}>{{date .}}</option>{{end}}</select></label>
<label>по <select name="to"><option value="">усі</option>{{range .Dates}}<option value="{{.}}"{{if eq . $.To}} selected{{end}}>{{date .}}</option>{{end}}</select></label>{{end}}
{{range .Dims}}<label>{{.Title}} <select name="{{.Name}}"><option value="">усі</option>{{$c := .Chosen}}{{range .Values}}<option{{if eq . $c}} selected{{end}}>{{.}}</option>{{end}}</select></label>
{{end}}<button type="submit">Показати</button> <a href="/opendata/datasets/{{.D.ID}}{{if not .Latest}}?release={{.Release.ID}}{{end}}">скинути</a>
</form>
<p>Рядків у вибірці: {{.Matched}} з {{.Total}}.</p>

{{if .Lines}}<h3 id="chart">{{.Measure.Title}} за кожним значенням «{{.Overlap}}»</h3>
<p>Значення за різними «{{.Overlap}}» не додаються: ті самі люди можуть враховуватися в кількох із них, тому «разом» не показано.
{{if .Omitted}}Показано {{len .Lines}} найбільших за останньою датою; ще {{.Omitted}} — оберіть у вибірці. {{end}}Щоб побачити підсумки за датами, оберіть одне значення «{{.Overlap}}».</p>
{{.Chart}}
{{else if .Chart}}<h3 id="chart">{{.Measure.Title}}: разом за кожну дату вибірки</h3>
{{.Chart}}
<div class="table-wrap"><table class="series"><tr><th>{{.DateField.Title}}</th><th>{{.Measure.Title}}</th><th>Чого бракує в сумі</th></tr>
{{range .Series}}<tr><td>{{date .Date}}</td><td>{{if .N}}{{num .Sum $.Decimals}}{{else}}<i>невідомо</i>{{end}}</td><td>{{if .Suppressed}}приховано значень: {{.Suppressed}} — справжня сума більша{{end}}{{if and .Suppressed .Unknown}}; {{end}}{{if .Unknown}}немає даних: {{.Unknown}} — сума неповна{{end}}{{if not (or .Suppressed .Unknown)}}нічого{{end}}</td></tr>{{end}}
</table></div>
{{else if .NoChart}}<h3 id="chart">{{.Measure.Title}}</h3>
<p>{{.NoChart}}</p>{{end}}

<h3 id="preview">Перші рядки вибірки</h3>
{{if .Preview}}<div class="table-wrap"><table class="preview"><tr>{{range .Fields}}<th title="{{.Description}}">{{.Title}}<br><small><code>{{.Name}}</code></small></th>{{end}}</tr>
{{range .Preview}}<tr>{{range .}}<td>{{if .}}{{.}}{{else}}<i>—</i>{{end}}</td>{{end}}</tr>
{{end}}</table></div>{{else}}<div class="empty">Жоден рядок не відповідає вибраним умовам.</div>{{end}}

<h3 id="withheld">Що приховано і чому</h3>
<p>{{.Withheld}}</p>
<p>У цьому випуску: приховано значень — {{.Suppressed}}, немає даних — {{.Unknown}} (з {{.Total}} рядків).
Приховане й невідоме значення — порожнє поле, а не нуль.</p>

<h3 id="passport">Паспорт набору даних</h3>
{{.Passport}}

<h3 id="history">Історія випусків</h3>
<div class="table-wrap"><table class="history"><tr><th>Випуск</th><th>Опубліковано</th><th>Актуальність</th><th>Рядків</th><th>Дані</th><th>Файли</th></tr>
{{range .History}}<tr><td><a href="/opendata/datasets/{{$.D.ID}}?release={{.ID}}">{{.ID}}</a></td><td>{{date .Created}}</td><td>{{date .CurrencyDate}}</td><td>{{.Rows}}</td>
<td>{{if .Changed}}змінено{{else}}без змін{{end}}</td><td>{{range .Files}}<a href="{{.Href}}">{{.Format}}</a> {{end}}</td></tr>
{{end}}</table></div>`)

// datasetPage shows one dataset of a release (the latest unless ?release= names
// another): its files, a filtered preview and chart of its rows, what was withheld,
// its passport and every release that carried it.
func (s *Site) datasetPage(c *gin.Context) {
	notFound := hromadata.E(hromadata.NotFound, "такого набору даних немає")
	d, ok := DatasetByID(c.Param("id"))
	if !ok {
		web.Error(c, notFound)
		return
	}
	rel, err := s.release(c.Query("release"))
	if err != nil {
		web.Error(c, err)
		return
	}
	rd := rel.dataset(d.ID)
	if rd == nil {
		web.Error(c, hromadata.E(hromadata.NotFound, "у цьому випуску такого набору даних немає"))
		return
	}
	v, err := s.view(d, rel, *rd, c.Request.URL.Query())
	if err != nil {
		web.Error(c, err)
		return
	}
	body, err := web.Execute(datasetTpl, v)
	if err != nil {
		web.Error(c, err)
		return
	}
	web.Render(c, web.Page{Title: d.Title, Here: "opendata", Charts: v.Chart != "", Body: body})
}

// release is the release named id, or the latest when id is empty.
func (s *Site) release(id string) (*Release, error) {
	if id == "" {
		return Latest(s.DataDir)
	}
	if !safeName(id) {
		return nil, hromadata.E(hromadata.NotFound, "такого випуску немає")
	}
	return ReadRelease(s.DataDir, id)
}

func (s *Site) view(d Dataset, rel *Release, rd ReleasedData, q url.Values) (*datasetView, error) {
	t, err := readTable(s.DataDir, rel.ID, d, rd)
	if err != nil {
		return nil, err
	}
	latest, _ := Latest(s.DataDir)
	v := &datasetView{D: d, P: PassportOf(d, rd, rel.ID), Release: rel, Latest: latest != nil && latest.ID == rel.ID,
		Fields: t.fields, Dims: t.dimensions(q), Dates: t.dates(), From: q.Get("from"), To: q.Get("to"), Total: len(t.rows),
		Files: filesOf(d, rd, rel.ID), Withheld: withheldText(d)}
	if dc := t.dateColumn(); dc >= 0 {
		v.DateField = &t.fields[dc]
	}
	rows := t.filter(v.Dims, v.From, v.To)
	v.Matched, v.Preview = len(rows), t.readable(rows[:min(len(rows), previewRows)])
	mc := t.measureColumn(d)
	v.Suppressed, v.Unknown = t.withheld(d, mc)
	if mc >= 0 && v.DateField != nil {
		v.Measure = &t.fields[mc]
		if v.Measure.Type == "number" {
			v.Decimals = 2
		}
		v.chart(t, d, t.measureRows(d, rows), mc)
	}
	if v.Passport, err = web.Execute(passportTpl, map[string]any{"P": v.P, "Fields": d.Fields}); err != nil {
		return nil, err
	}
	v.History = s.history(d)
	return v, nil
}

// filesOf links every file of the dataset in a release: each format, then its
// structure and passport.
func filesOf(d Dataset, rd ReleasedData, release string) []fileLink {
	base := URLPrefix + release + "/"
	formats := make([]string, 0, len(rd.Files))
	for f := range rd.Files {
		formats = append(formats, f)
	}
	slices.Sort(formats)
	var out []fileLink
	for _, f := range formats {
		out = append(out, fileLink{formatName(f), base + rd.Files[f]})
	}
	return append(out, fileLink{"структура (JSON)", base + d.ID + ".structure.json"},
		fileLink{"паспорт (JSON)", base + d.ID + ".passport.json"})
}

// history lists the releases that carried dataset id, newest first, each saying
// whether its data differ from the release before it.
func (s *Site) history(d Dataset) []historyEntry {
	ids, _ := Releases(s.DataDir)
	var out []historyEntry
	var sums []string
	for _, rid := range ids {
		rel, err := ReadRelease(s.DataDir, rid)
		if err != nil || rel.dataset(d.ID) == nil {
			continue
		}
		rd := rel.dataset(d.ID)
		out = append(out, historyEntry{ID: rel.ID, Created: rel.Created.Format("2006-01-02"), CurrencyDate: rd.CurrencyDate,
			Rows: rd.Rows, Changed: true, Files: filesOf(d, *rd, rel.ID)})
		sums = append(sums, rd.SHA256)
	}
	for i := range len(out) - 1 {
		out[i].Changed = sums[i] != sums[i+1]
	}
	return out
}

// withheldText says what the dataset withholds and why: the part of its
// description that says so, or the rule it follows.
func withheldText(d Dataset) string {
	for _, lead := range []string{"Що приховано", "Що не оприлюднюється"} {
		if i := strings.Index(d.Description, lead); i >= 0 {
			return d.Description[i:]
		}
	}
	if d.Suppress != nil {
		return "Значення від 1 до 4 замінено порожнім полем (suppressed = true), щоб не можна було встановити окремих людей, " +
			"а поруч приховано стільки інших значень, щоб жодне не можна було обчислити відніманням з оприлюднених підсумків. " +
			"Персональні дані не оприлюднюються."
	}
	return "Набір містить лише агреговані дані без персональних даних, тому нічого не приховано."
}

// formatNames say what each file is for a person choosing one.
var formatNames = map[string]string{
	"csv":       "CSV (UTF-8, кома)",
	"excel_csv": "CSV для Excel (крапка з комою, десяткова кома, заголовки — назви полів)",
	"xlsx":      "XLSX (Excel, заголовки — назви полів)",
	"json":      "JSON",
	"parquet":   "Parquet",
}

func formatName(key string) string {
	if n, ok := formatNames[key]; ok {
		return n
	}
	return strings.ToUpper(key)
}
