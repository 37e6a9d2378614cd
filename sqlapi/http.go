package sqlapi

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/auth"
	"github.com/hromadata/hromadata/warehouse"
)

// API serves POST /api/sql.
type API struct {
	Serving *warehouse.Serving
	Tokens  *auth.Store
	Limits  Limits
	Log     *slog.Logger // the query log: every query, who ran it, the outcome
}

// Install registers the API's routes.
func (a *API) Install(r gin.IRoutes) {
	r.POST("/api/sql", a.handle)
}

type request struct {
	Query  string `json:"query"`
	Format string `json:"format"`
}

func (a *API) handle(c *gin.Context) {
	start := time.Now()
	tok, err := a.Tokens.Check(strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer "))
	if err != nil {
		a.Log.Warn("sql refused", "who", "", "reason", "no valid token", "remote", c.ClientIP())
		fail(c, err)
		return
	}
	req, err := readRequest(c)
	if err != nil {
		fail(c, err)
		return
	}
	db, release, err := a.Serving.Acquire()
	if err != nil {
		fail(c, err)
		return
	}
	defer release()
	res, err := Run(c.Request.Context(), db, req.Query, a.Limits)
	attrs := []any{"who", tok.Name, "role", tok.Role, "query", req.Query, "ms", time.Since(start).Milliseconds()}
	if err != nil {
		a.Log.Info("sql", append(attrs, "status", "refused", "error", err.Error())...)
		fail(c, err)
		return
	}
	a.Log.Info("sql", append(attrs, "status", "ok", "rows", res.RowCount)...)
	if req.Format == "csv" || c.Query("format") == "csv" || strings.Contains(c.GetHeader("Accept"), "text/csv") {
		writeCSV(c, res)
		return
	}
	c.JSON(http.StatusOK, res)
}

// readRequest accepts {"query": …} as JSON — whatever the Content-Type says, since
// clients such as curl -d label JSON as a form — or a form field query.
func readRequest(c *gin.Context) (request, error) {
	var req request
	raw, err := io.ReadAll(io.LimitReader(c.Request.Body, maxQueryBytes+4096))
	if err != nil {
		return req, hromadata.E(hromadata.Invalid, "не вдалося прочитати запит")
	}
	body := bytes.TrimSpace(raw)
	if bytes.HasPrefix(body, []byte("{")) {
		if err := json.Unmarshal(body, &req); err != nil {
			return req, hromadata.E(hromadata.Invalid, "некоректний JSON: очікується {\"query\": \"…\"}")
		}
		return req, nil
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return req, hromadata.E(hromadata.Invalid, "очікується JSON {\"query\": \"…\"} або поле форми query")
	}
	return request{Query: form.Get("query"), Format: form.Get("format")}, nil
}

func fail(c *gin.Context, err error) {
	c.JSON(hromadata.HTTPStatus(err), gin.H{"error": hromadata.MessageOf(err)})
}

func writeCSV(c *gin.Context, res *Result) {
	c.Header("Content-Type", "text/csv; charset=utf-8")
	w := csv.NewWriter(c.Writer)
	header := make([]string, len(res.Columns))
	for i, col := range res.Columns {
		header[i] = col.Name
	}
	w.Write(header)
	for _, r := range res.Rows {
		rec := make([]string, len(r))
		for i, v := range r {
			if v != nil {
				rec[i] = fmt.Sprint(v)
			}
		}
		w.Write(rec)
	}
	w.Flush()
}
