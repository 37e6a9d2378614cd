package dashboards

import (
	"fmt"
	"html/template"
	"strconv"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/web"
)

// option is one choice of a selector's list.
type option struct {
	Value, Label string
	Selected     bool
}

// optgroup is a titled part of the period list: years, quarters, months.
type optgroup struct {
	Label   string
	Options []option
}

// selectorHTML is the shared selector: a GET form, so it works without scripts;
// hromadata.js submits it on change and drops the defaults from the URL.
var selectorHTML = web.Template("selector", `<form class="selector" method="get" role="search" aria-label="Період і управління">
<label>Період <select name="period">{{range .Periods}}<optgroup label="{{.Label}}">{{range .Options}}<option value="{{.Value}}"{{if .Selected}} selected{{end}}>{{.Label}}</option>{{end}}</optgroup>{{end}}</select></label>
<label>Порівняти з <select name="compare">{{range .Compare}}<option value="{{.Value}}"{{if .Selected}} selected{{end}}>{{.Label}}</option>{{end}}</select></label>
<label>Управління <select name="office">{{range .Offices}}<option value="{{.Value}}"{{if .Selected}} selected{{end}}>{{.Label}}</option>{{end}}</select></label>
<button type="submit">Показати</button>
<button type="button" class="copy-link" data-copy-link>Скопіювати посилання</button>
<button type="button" class="copy-link" data-print>Друкувати або зберегти PDF</button>
<span class="copy-status" role="status" aria-live="polite"></span>
</form>
{{if not .Covered}}<p class="empty nodata">{{.Period}}: немає даних — завантажені експорти не охоплюють цей період повністю, тож невідомі показники позначено «—».</p>{{end}}`)

// withView lets a page template write {{selector .View}}: every page offers the
// same choice of period, comparison and office.
var withView = template.FuncMap{"selector": func(v View) (template.HTML, error) { return web.Execute(selectorHTML, v.selector()) }, "label": Label}

func (v View) selector() map[string]any {
	return map[string]any{
		"Periods": v.periodGroups(), "Compare": v.compareOptions(), "Offices": v.officeOptions(),
		"Covered": v.Covered(v.Period), "Period": Label(v.Period),
	}
}

// periodGroups offers the years, quarters and months the exports cover, the latest
// first, and the period shown even when it is not covered.
func (v View) periodGroups() []optgroup {
	groups := []optgroup{{Label: "Роки"}, {Label: "Квартали"}, {Label: "Місяці"}}
	seen := map[string]bool{}
	add := func(g int, label string) {
		if seen[label] {
			return
		}
		seen[label] = true
		p, _ := hromadata.ParsePeriod(label)
		o := option{Value: label, Label: Label(p), Selected: label == v.Period.Label}
		if !v.touches(p) {
			o.Label += " (немає даних)"
		}
		groups[g].Options = append(groups[g].Options, o)
	}
	add(kindIndex(v.Period.Label), v.Period.Label)
	for i := len(v.Months) - 1; i >= 0; i-- {
		m := v.Months[i]
		add(0, strconv.Itoa(m.Year()))
		add(1, fmt.Sprintf("%d-Q%d", m.Year(), (int(m.Month())+2)/3))
		add(2, m.Format("2006-01"))
	}
	return groups
}

func kindIndex(label string) int {
	switch {
	case len(label) == 4:
		return 0
	case label[5] == 'Q':
		return 1
	}
	return 2
}

// compareOptions are the same period in every earlier year the exports touch, and
// the year before even when they do not (it is the default).
func (v View) compareOptions() []option {
	first := v.Period.From.Year() - 1
	if len(v.Months) > 0 && v.Months[0].Year() < first {
		first = v.Months[0].Year()
	}
	var out []option
	for y := v.Period.From.Year() - 1; y >= first; y-- {
		label := shift(v.Period.Label, y-v.Period.From.Year())
		p, _ := hromadata.ParsePeriod(label)
		value := label
		if y == v.Period.From.Year()-1 {
			value = "" // the default stays out of the URL
		}
		o := option{Value: value, Label: Label(p), Selected: label == v.Compare.Label}
		if !v.touches(p) {
			o.Label += " (немає даних)"
		}
		if value == "" || o.Selected || v.touches(p) {
			out = append(out, o)
		}
	}
	return out
}

// touches says whether the exports cover any month of p.
func (v View) touches(p hromadata.Period) bool {
	for _, m := range v.Months {
		if !m.Before(p.From) && m.Before(p.To) {
			return true
		}
	}
	return false
}

func (v View) officeOptions() []option {
	out := []option{{Value: "", Label: "Усе місто", Selected: v.Office.Code == ""}}
	for _, o := range hromadata.Offices {
		out = append(out, option{Value: o.Code, Label: o.Name, Selected: o.Code == v.Office.Code})
	}
	return out
}
