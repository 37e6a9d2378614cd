// Package dashboards renders the Ukrainian pages city leadership reads: key numbers
// with the change over a year, recipients by benefit, the monthly trend, the split
// by district office and payments by month, drawn with go-echarts.
package dashboards

import (
	"database/sql"
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
	r.GET("/", d.page(d.home))
	r.GET("/indicator/:id", d.page(d.indicator))
	r.GET("/budget", d.page(d.budget))
	r.GET("/areas", d.page(d.areasIndex))
	r.GET("/areas/:slug", d.page(d.area))
	r.GET("/reconcile", d.page(d.reconcile))
	r.GET("/report", d.page(d.report))
}

// pageFunc renders one page; build acquires the current build when the page needs it.
type pageFunc func(c *gin.Context, build func() (*sql.DB, error)) error

// page adapts a pageFunc: the build it acquires is released when the page is done,
// and an error becomes the error page with the status its kind maps to.
func (d *Dashboards) page(f pageFunc) gin.HandlerFunc {
	return func(c *gin.Context) {
		var release func()
		build := func() (*sql.DB, error) {
			db, r, err := d.Serving.AcquireContext(c.Request.Context())
			release = r
			return db, err
		}
		err := f(c, build)
		if release != nil {
			release()
		}
		if err != nil {
			web.Error(c, err)
		}
	}
}

// benefits is the leadership overview of state social benefits for the view's
// period and office; ?as_of=YYYY-MM-DD shows the state at another month start.
func (d *Dashboards) benefits(c *gin.Context, build func() (*sql.DB, error)) error {
	db, err := build()
	if err != nil {
		return err
	}
	var asOf time.Time
	if s := c.Query("as_of"); s != "" {
		if asOf, err = time.Parse("2006-01-02", s); err != nil {
			return hromadata.E(hromadata.Invalid, "дата as_of має бути у форматі РРРР-ММ-ДД")
		}
	}
	view, err := ReadView(c, db, benefitSources)
	if err != nil {
		return err
	}
	v, err := loadBenefits(c.Request.Context(), db, view, asOf)
	if err != nil {
		return err
	}
	cs := v.charts()
	view.withLinks(c.Request.URL.Path, cs...)
	if done, err := serveChartData(c, view, cs...); done {
		return err
	}
	body, err := v.render(cs)
	if err != nil {
		return err
	}
	web.Render(c, view.Page(web.Page{
		Title:  "Державні соціальні допомоги станом на " + v.AsOf.Format("02.01.2006") + officeSuffix(view),
		Here:   "dashboard",
		Charts: true,
		Body:   body,
		Footer: "Джерело: записи програмного комплексу призначення та виплати допомог, збірка від " + v.BuiltAt.Format("02.01.2006 15:04") + ".",
	}))
	return nil
}
