package sqlapi

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/auth"
	"github.com/hromadata/hromadata/warehouse"
)

// API serves POST /api/sql.
type API struct {
	Serving *warehouse.Serving // names the build the workers open
	DataDir string             // where saved queries and histories are kept
	Tokens  *auth.Store
	Limits  Limits
	Log     *slog.Logger // the query log: every query, who ran it, in what role, for what purpose
	Ops     *slog.Logger // the server's log, for what an operator must fix

	once sync.Once
	pool *Pool
}

// Pool is the API's worker pool, made on first use.
func (a *API) Pool() *Pool {
	a.once.Do(func() { a.pool = NewPool(a.Limits, a.ops()) })
	return a.pool
}

// Close stops the workers.
func (a *API) Close() {
	if a.pool != nil {
		a.pool.Close()
	}
}

func (a *API) ops() *slog.Logger {
	if a.Ops != nil {
		return a.Ops
	}
	return a.Log
}

// Install registers the API's routes, and says at once in the server's log if the
// token file is unusable (every token is refused until it is repaired).
func (a *API) Install(r gin.IRoutes) {
	if _, err := a.Tokens.List(); err != nil {
		a.ops().Error("sql api: every token will be refused until the token file is repaired", "err", err.Error())
	}
	r.POST("/api/sql", a.handle)
	r.GET("/api/sql", methodNotAllowed("POST"))
	r.GET("/api/sql/schema", a.handleSchema)
	a.installSaved(r)
}

// methodNotAllowed answers a method the route does not take with 405, the methods it
// does take in Allow, and a JSON error like the API's others.
func methodNotAllowed(allow string) gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Header("Allow", allow)
		c.JSON(http.StatusMethodNotAllowed, gin.H{"error": "метод " + c.Request.Method + " тут не підтримується: надішліть запит методом " + allow})
	}
}

type request struct {
	Query  string `json:"query"`
	Format string `json:"format"`
}

// response is a JSON answer; at a cap the first rows come with truncated: true.
type response struct {
	Columns     []Column          `json:"columns"`
	Rows        []json.RawMessage `json:"rows"`
	RowCount    int               `json:"row_count"`
	Truncated   bool              `json:"truncated"`
	TruncatedBy string            `json:"truncated_by,omitempty"`
	Notice      string            `json:"notice,omitempty"`
	ElapsedMS   int64             `json:"elapsed_ms"`
}

func (a *API) handle(c *gin.Context) {
	start := time.Now()
	tok, err := a.Tokens.CheckHeader(c.GetHeader("Authorization"), start)
	if err != nil {
		if hromadata.KindOf(err) == hromadata.Forbidden {
			a.ops().Error("sql refused everyone: token file unusable", "err", err.Error())
		}
		a.Log.Warn("sql refused", "who", "", "reason", hromadata.MessageOf(err), "remote", c.ClientIP())
		fail(c, err)
		return
	}
	req, err := readRequest(c)
	if err != nil {
		fail(c, err)
		return
	}
	build, err := a.build()
	if err != nil {
		fail(c, err)
		return
	}
	format, err := formatOf(c, req)
	if err != nil {
		fail(c, err)
		return
	}
	attrs := append([]any{"who", tok.Name, "role", tok.Role, "purpose", tok.Purpose}, queryAttrs(req.Query)...)
	attrs = append(attrs, "format", format)
	var out Outcome
	if format == "json" {
		out, err = a.answer(c, build, req.Query, tok.Role, start)
	} else {
		out, err = a.extract(c, build, req.Query, tok.Role, format)
	}
	if err == nil {
		a.remember(tok.Name, req.Query, start)
	}
	attrs = append(attrs, "ms", time.Since(start).Milliseconds())
	if err != nil {
		a.Log.Info("sql", append(attrs, "status", "refused", "error", hromadata.MessageOf(err))...)
		if !c.Writer.Written() {
			for _, h := range []string{"Content-Type", "Content-Disposition", "Trailer"} {
				c.Writer.Header().Del(h)
			}
			fail(c, err)
		}
		return
	}
	a.Log.Info("sql", append(attrs, "status", "ok", "rows", out.Rows, "truncated", out.Truncated)...)
}

// build is the build being served, which the worker opens too.
func (a *API) build() (string, error) {
	if a.Serving.Path() == "" {
		if err := a.Serving.Refresh(); err != nil {
			return "", err
		}
	}
	return a.Serving.Path(), nil
}

func (a *API) answer(c *gin.Context, build, query, role string, start time.Time) (Outcome, error) {
	lim := a.Pool().lim
	res := response{Rows: []json.RawMessage{}}
	j := job{Build: build, Query: query, Role: role, MaxRows: lim.MaxRows, MaxBytes: lim.MaxBytes, TimeoutMS: lim.Timeout.Milliseconds()}
	out, err := a.Pool().Query(c.Request.Context(), j, lim.Timeout+lim.KillGrace, Answer{
		Columns: func(cols []Column) error { res.Columns = cols; return nil },
		Row:     func(b []byte) error { res.Rows = append(res.Rows, bytes.Clone(b)); return nil },
	})
	if err != nil {
		return out, err
	}
	res.RowCount, res.Truncated, res.TruncatedBy = len(res.Rows), out.Truncated != "", out.Truncated
	res.Notice = notice(out.Truncated, lim.MaxRows, lim.MaxBytes)
	res.ElapsedMS = time.Since(start).Milliseconds()
	c.JSON(http.StatusOK, res)
	return out, nil
}

func notice(truncated string, rows int, size int64) string {
	switch truncated {
	case "rows":
		return fmt.Sprintf("показано лише перші %s: решту відрізано; для більшого вивантаження використайте format: \"csv\"", hromadata.Count(rows, "рядок", "рядки", "рядків"))
	case "bytes":
		return fmt.Sprintf("показано рядки, що вмістилися в %d МБ: решту відрізано; для більшого вивантаження використайте format: \"csv\"", size>>20)
	}
	return ""
}

// truncatedTrailer tells a CSV client, after the last row, that the extract was cut
// at a cap (rows or bytes) or broke off with an error.
const truncatedTrailer = "X-Hromadata-Truncated"

// extract streams the answer as CSV, row by row, never holding it: the worker writes
// rows to its pipe as DuckDB yields them and each is written on to the client.
func (a *API) extract(c *gin.Context, build, query, role, format string) (Outcome, error) {
	if format != "csv" {
		return a.download(c, build, query, role, format)
	}
	lim := a.Pool().lim
	w := csv.NewWriter(c.Writer)
	j := job{Build: build, Query: query, Role: role, MaxRows: lim.ExtractRows, MaxBytes: lim.ExtractBytes, TimeoutMS: (lim.ExtractTime - lim.KillGrace).Milliseconds()}
	n := 0
	out, err := a.Pool().Query(c.Request.Context(), j, lim.ExtractTime, Answer{
		Columns: func(cols []Column) error {
			c.Header("Content-Type", "text/csv; charset=utf-8")
			c.Header("Content-Disposition", `attachment; filename="query.csv"`)
			c.Header("Trailer", truncatedTrailer)
			c.Status(http.StatusOK)
			header := make([]string, len(cols))
			for i, col := range cols {
				header[i] = col.Name
			}
			return w.Write(header)
		},
		Row: func(b []byte) error {
			if err := writeRecord(w, b); err != nil {
				return err
			}
			if n++; n%1000 == 0 {
				w.Flush()
			}
			return w.Error()
		},
	})
	w.Flush()
	switch {
	case err != nil && c.Writer.Written():
		c.Writer.Header().Set(truncatedTrailer, "error")
	case out.Truncated != "":
		c.Writer.Header().Set(truncatedTrailer, out.Truncated)
	}
	return out, err
}

// writeRecord writes one JSON array row as a CSV record, numbers as the worker wrote them.
func writeRecord(w *csv.Writer, row []byte) error {
	d := json.NewDecoder(bytes.NewReader(row))
	d.UseNumber()
	var vals []any
	if err := d.Decode(&vals); err != nil {
		return err
	}
	rec := make([]string, len(vals))
	for i, v := range vals {
		switch x := v.(type) {
		case nil:
		case string:
			rec[i] = x
		case json.Number, bool:
			rec[i] = fmt.Sprint(x)
		default:
			b, _ := json.Marshal(x)
			rec[i] = string(b)
		}
	}
	return w.Write(rec)
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
	if len(body) == 0 {
		return req, hromadata.E(hromadata.Invalid, "порожній запит: надішліть JSON {\"query\": \"SELECT …\"}")
	}
	if bytes.HasPrefix(body, []byte("{")) {
		if err := json.Unmarshal(body, &req); err != nil {
			return req, hromadata.E(hromadata.Invalid, "некоректний JSON: очікується {\"query\": \"…\"}")
		}
		return req, nil
	}
	ct := c.ContentType()
	if ct == "text/plain" || ct == "application/sql" {
		return request{Query: string(body)}, nil // the query itself, as curl --data-binary @q.sql sends it
	}
	form, err := url.ParseQuery(string(body))
	if err != nil || !form.Has("query") {
		return req, hromadata.E(hromadata.Invalid, "тіло запиту не JSON: очікується {\"query\": \"SELECT …\"} (або поле форми query, або сам текст SQL з Content-Type: text/plain)")
	}
	return request{Query: form.Get("query"), Format: form.Get("format")}, nil
}

// retryAfter is what a client told 429 waits before trying again, in seconds.
const retryAfter = "5"

func fail(c *gin.Context, err error) {
	if errors.Is(err, errBusy) {
		c.Header("Retry-After", retryAfter)
		c.JSON(http.StatusTooManyRequests, gin.H{"error": hromadata.MessageOf(err)})
		return
	}
	body := gin.H{"error": hromadata.MessageOf(err)}
	if d := detailOf(err); d != "" {
		body["detail"] = d
	}
	c.JSON(hromadata.HTTPStatus(err), body)
}

// formatOf is the answer's format: json (the preview), or a full download as csv,
// xlsx or parquet, asked for by ?format=, the body's format, or Accept: text/csv.
func formatOf(c *gin.Context, req request) (string, error) {
	f := strings.ToLower(c.Query("format"))
	if f == "" {
		f = strings.ToLower(req.Format)
	}
	if f == "" && strings.Contains(c.GetHeader("Accept"), "text/csv") {
		f = "csv"
	}
	switch f {
	case "", "json":
		return "json", nil
	case "csv", "xlsx", "parquet":
		return f, nil
	}
	return "", hromadata.E(hromadata.Invalid, "невідомий формат "+f+": можливі json, csv, xlsx, parquet")
}
