package dashboards

import (
	"database/sql"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata/web"
)

// indexAreas are every area of the department's work, for the areas' index: the
// first screen's, then the area pages it has no card for, each by its headline.
func indexAreas() []homeArea {
	out := append([]homeArea(nil), homeAreas...)
	carded := map[string]bool{}
	for _, a := range homeAreas {
		carded[a.Path] = true
	}
	for _, a := range Areas {
		if path := "/areas/" + a.Slug; !carded[path] {
			out = append(out, homeArea{Title: a.Title, Path: path, Key: a.Headline})
		}
	}
	return out
}

var areasIndexBody = web.Template("areasIndex", `{{selector .View}}
<p class="lead">Усі розділи роботи департаменту{{with .View.Office.Name}} · {{.}}{{end}}: ключове число кожного за {{.Name}} і зміна — порівняно з {{.AgoName}}. Назва розділу веде до його сторінки, число — до визначення показника.</p>
{{homeCards .Cards}}`, withView, withHomeCards)

// areasIndex is /areas?period=2023&office=DN: every area with its key number.
func (d *Dashboards) areasIndex(c *gin.Context, build func() (*sql.DB, error)) error {
	areas := indexAreas()
	keys, err := keyIndicators(areas)
	if err != nil {
		return err
	}
	db, view, err := openHomeView(c, build, keys)
	if err != nil {
		return err
	}
	cards, err := homeCards(c.Request.Context(), db, view, areas, keys)
	if err != nil {
		return err
	}
	body, err := web.Execute(areasIndexBody, map[string]any{"View": view, "Name": periodName(view.Period), "AgoName": periodName(view.Compare), "Cards": cards})
	if err != nil {
		return err
	}
	web.Render(c, view.Page(web.Page{Title: "Розділи: " + periodName(view.Period) + officeSuffix(view), Here: "areas", Body: body}))
	return nil
}
