package dashboards

import (
	"bytes"
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata/annualreport"
)

// report serves the printable annual report: /report?year=2023.
func (d *Dashboards) report(c *gin.Context, build func() (*sql.DB, error)) error {
	db, err := build()
	if err != nil {
		return err
	}
	rep, err := annualreport.Build(c.Request.Context(), db, c.DefaultQuery("year", DefaultYear))
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
