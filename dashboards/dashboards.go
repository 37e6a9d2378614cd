// Package dashboards renders the Ukrainian pages city leadership reads: key numbers
// with the change over a year, recipients by benefit, the monthly trend, the split
// by district office and payments by month, drawn with go-echarts.
package dashboards

import (
	"time"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/warehouse"
	"github.com/hromadata/hromadata/web"
)

// Dashboards serves the leadership pages from the current build.
type Dashboards struct {
	Serving *warehouse.Serving
}

// Install registers the dashboard routes.
func (d *Dashboards) Install(r gin.IRoutes) {
	r.GET("/", d.benefits)
	r.GET("/budget", d.budget)
	r.GET("/areas/:slug", d.area)
	r.GET("/reconcile", d.reconcile)
	r.GET("/report", d.report)
}

// yearParam reads ?year= (default: the report's year) as a calendar year.
func yearParam(c *gin.Context) (hromadata.Period, error) {
	p, err := hromadata.ParsePeriod(c.DefaultQuery("year", "2023"))
	if err != nil || len(p.Label) != 4 {
		return p, hromadata.E(hromadata.Invalid, "рік має бути чотирма цифрами, наприклад 2023")
	}
	return p, nil
}

// benefits is the leadership overview of state social benefits. ?as_of=YYYY-MM-DD
// shows the state at another month start.
func (d *Dashboards) benefits(c *gin.Context) {
	db, release, err := d.Serving.Acquire()
	if err != nil {
		web.Error(c, err)
		return
	}
	defer release()
	var asOf time.Time
	if s := c.Query("as_of"); s != "" {
		if asOf, err = time.Parse("2006-01-02", s); err != nil {
			web.Error(c, hromadata.E(hromadata.Invalid, "дата as_of має бути у форматі РРРР-ММ-ДД"))
			return
		}
	}
	v, err := loadBenefits(c.Request.Context(), db, asOf)
	if err != nil {
		web.Error(c, err)
		return
	}
	body, err := v.render()
	if err != nil {
		web.Error(c, err)
		return
	}
	web.Render(c, web.Page{
		Title:  "Державні соціальні допомоги станом на " + v.AsOf.Format("02.01.2006"),
		Here:   "dashboard",
		Charts: true,
		Body:   body,
		Footer: "Джерело: записи програмного комплексу призначення та виплати допомог, збірка від " + v.BuiltAt.Format("02.01.2006 15:04") + ".",
	})
}
