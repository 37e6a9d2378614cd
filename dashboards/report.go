package dashboards

import (
	"bytes"
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata/annualreport"
)

// report serves the printable annual report of the view's year: /report?period=2023
// (a quarter or month stands for its year). The browser prints it to PDF.
func (d *Dashboards) report(c *gin.Context, build func() (*sql.DB, error)) error {
	db, err := build()
	if err != nil {
		return err
	}
	view, err := readCatalogueView(c, db)
	if err != nil {
		return err
	}
	rep, err := annualreport.Build(c.Request.Context(), db, view.Period.Label[:4])
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := rep.HTML(&b); err != nil {
		return err
	}
	c.Data(http.StatusOK, "text/html; charset=utf-8", b.Bytes())
	return nil
}
