package dashboards

import (
	"bytes"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata/annualreport"
	"github.com/hromadata/hromadata/web"
)

// report serves the printable annual report: /report?year=2023.
func (d *Dashboards) report(c *gin.Context) {
	db, release, err := d.Serving.Acquire()
	if err != nil {
		web.Error(c, err)
		return
	}
	defer release()
	rep, err := annualreport.Build(c.Request.Context(), db, c.DefaultQuery("year", "2023"))
	if err != nil {
		web.Error(c, err)
		return
	}
	var b bytes.Buffer
	if err := rep.HTML(&b); err != nil {
		web.Error(c, err)
		return
	}
	c.Data(http.StatusOK, "text/html; charset=utf-8", b.Bytes())
}
