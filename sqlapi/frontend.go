package sqlapi

import (
	"context"
	"errors"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/auth"
)

// Request is a query from a front end other than /api/sql: the PostgreSQL endpoint.
type Request struct {
	Query    string
	Params   []*string // the text of each $n parameter, nil for NULL
	Describe bool      // check and describe only: columns and parameter types, no rows
	Via      string    // the front end, for the query log
}

// Run runs a request for a token through the same checks, role, worker pool and
// query log as /api/sql: the interactive time limit, and the extract's row and byte
// caps, since rows stream to the client as they come. A query about the catalogue
// is answered from the role's catalogue instance (see catalog.go).
func (a *API) Run(ctx context.Context, tok auth.Token, r Request, ans Answer) (Outcome, error) {
	start := time.Now()
	build, err := a.build()
	if err != nil {
		return Outcome{}, err
	}
	lim := a.Pool().lim
	j := job{Build: build, Query: r.Query, Role: tok.Role, MaxRows: lim.ExtractRows, MaxBytes: lim.ExtractBytes,
		TimeoutMS: lim.Timeout.Milliseconds(), Params: r.Params, Describe: r.Describe, PG: true}
	out, err := a.Pool().Query(ctx, j, lim.Timeout+lim.KillGrace, ans)
	if r.Describe && err == nil {
		return out, nil // logged when it runs
	}
	attrs := append([]any{"who", tok.Name, "role", tok.Role, "purpose", tok.Purpose}, queryAttrs(r.Query)...)
	attrs = append(attrs, "via", r.Via, "params", len(r.Params), "ms", time.Since(start).Milliseconds())
	if err != nil && errors.Is(ctx.Err(), context.Canceled) {
		a.Log.Info("sql", append(attrs, "status", "cancelled", "error", cancelReason(ctx))...)
		return out, err
	}
	if err != nil {
		a.Log.Info("sql", append(attrs, "status", "refused", "error", hromadata.MessageOf(err))...)
		return out, err
	}
	a.Log.Info("sql", append(attrs, "status", "ok", "rows", out.Rows, "truncated", out.Truncated)...)
	return out, nil
}

// cancelReason says why the front end cancelled a query: the person's message it
// gave as the cause (a client's cancel request), else "cancelled". The worker,
// interrupted, reports the time limit, which would mislead whoever reads the log.
func cancelReason(ctx context.Context) string {
	var he *hromadata.Error
	if errors.As(context.Cause(ctx), &he) {
		return he.Message
	}
	return "cancelled"
}

// EffectiveLimits are the limits the pool applies, defaults filled in.
func (a *API) EffectiveLimits() Limits { return a.Pool().lim }
