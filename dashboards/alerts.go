package dashboards

import (
	"context"
	"database/sql"
	"fmt"
	"html/template"
	"io/fs"
	"strconv"
	"strings"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	sqlfs "github.com/hromadata/hromadata/sql"
	"github.com/hromadata/hromadata/web"
)

// AlertRule is one rule of what deserves a look (sql/alerts/*.sql): a SELECT over
// the build returning a row (subject, detail[, link]) for each thing that deviates.
type AlertRule struct {
	ID, Title string
	Link      string   // where a row leads, with {period} and {year}; a row's own link wins
	Sources   []string // the exports that must cover what the rule compares
	// Needs is what must be covered: "period+year_ago" (the period and the same
	// period a year earlier), "year_to_date" (1 January to the period's end) or
	// "months=N" (the N months ending with the period).
	Needs string
	SQL   string // with $from, $to, $ago_from, $ago_to as ISO dates
	File  string
}

// Alert is one thing a rule found.
type Alert struct {
	Subject, Detail, Link string
}

// AlertResult is a rule run for a period: what it found, or why it could not look.
type AlertResult struct {
	Rule    AlertRule
	Alerts  []Alert
	Unknown string // the exports do not cover what the rule compares: not checked
}

// AlertRules parses every sql/alerts/*.sql file, one rule a file.
func AlertRules() ([]AlertRule, error) { return parseAlertRules(sqlfs.FS, "alerts") }

func parseAlertRules(fsys fs.FS, dir string) ([]AlertRule, error) {
	files, err := fs.Glob(fsys, dir+"/*.sql")
	if err != nil {
		return nil, err
	}
	out := make([]AlertRule, 0, len(files))
	for _, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		r, err := parseAlertRule(f, string(b))
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

func parseAlertRule(file, text string) (AlertRule, error) {
	r := AlertRule{File: file}
	var body strings.Builder
	for _, line := range strings.Split(text, "\n") {
		k, v, ok := strings.Cut(strings.TrimPrefix(strings.TrimSpace(line), "--"), ":")
		if body.Len() == 0 && strings.HasPrefix(strings.TrimSpace(line), "--") {
			if ok {
				r.set(strings.TrimSpace(k), strings.TrimSpace(v))
			}
			continue
		}
		body.WriteString(line + "\n")
	}
	r.SQL = strings.TrimRight(strings.TrimSpace(body.String()), ";")
	if _, err := r.window(hromadata.Period{}); r.ID == "" || r.Title == "" || r.SQL == "" || len(r.Sources) == 0 || err != nil {
		return r, fmt.Errorf("%s: an alert rule needs id, title, sources, needs and a SELECT (%v)", file, err)
	}
	return r, nil
}

func (r *AlertRule) set(key, val string) {
	switch key {
	case "id":
		r.ID = val
	case "title":
		r.Title = val
	case "link":
		r.Link = val
	case "sources":
		for _, s := range strings.Split(val, ",") {
			r.Sources = append(r.Sources, strings.TrimSpace(s))
		}
	case "needs":
		r.Needs = val
	}
}

// window is the periods whose months the rule compares, each of which the sources
// must cover.
func (r AlertRule) window(p hromadata.Period) ([]hromadata.Period, error) {
	switch r.Needs {
	case "period+year_ago":
		return []hromadata.Period{p, yearAgo(p)}, nil
	case "year_to_date":
		jan1 := time.Date(p.To.AddDate(0, 0, -1).Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		return []hromadata.Period{hromadata.NewPeriod("", jan1, p.To)}, nil
	}
	n, err := strconv.Atoi(strings.TrimPrefix(r.Needs, "months="))
	if !strings.HasPrefix(r.Needs, "months=") || err != nil || n < 1 {
		return nil, fmt.Errorf("needs must be period+year_ago, year_to_date or months=N, not %q", r.Needs)
	}
	return []hromadata.Period{hromadata.NewPeriod("", p.To.AddDate(0, -n, 0), p.To)}, nil
}

// RunAlerts runs every rule for a period. A rule whose comparison the exports do not
// cover is not run: it says so instead of finding nothing.
func RunAlerts(ctx context.Context, db *sql.DB, p hromadata.Period) ([]AlertResult, error) {
	rules, err := AlertRules()
	if err != nil {
		return nil, err
	}
	return runAlerts(ctx, db, p, rules)
}

func runAlerts(ctx context.Context, db *sql.DB, p hromadata.Period, rules []AlertRule) ([]AlertResult, error) {
	out := make([]AlertResult, 0, len(rules))
	for _, r := range rules {
		res := AlertResult{Rule: r}
		win, err := r.window(p)
		if err != nil {
			return nil, err
		}
		for _, w := range win {
			cov, err := indicators.CoverageOf(ctx, db, r.Sources, indicators.Flow, w.From, w.To)
			if err != nil {
				return nil, err
			}
			if !cov.Known() && res.Unknown == "" {
				res.Unknown = cov.Reason()
			}
		}
		if res.Unknown == "" {
			if res.Alerts, err = r.run(ctx, db, p); err != nil {
				return nil, err
			}
		}
		out = append(out, res)
	}
	return out, nil
}

func (r AlertRule) run(ctx context.Context, db *sql.DB, p hromadata.Period) ([]Alert, error) {
	ago := yearAgo(p)
	iso := func(t interface{ Format(string) string }) string { return t.Format("2006-01-02") }
	rows, err := db.QueryContext(ctx, r.SQL, sql.Named("from", iso(p.From)), sql.Named("to", iso(p.To)),
		sql.Named("ago_from", iso(ago.From)), sql.Named("ago_to", iso(ago.To)))
	if err != nil {
		return nil, fmt.Errorf("alert %s: %w", r.ID, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	var out []Alert
	for rows.Next() {
		var a Alert
		dst := []any{&a.Subject, &a.Detail, &a.Link}[:min(len(cols), 3)]
		if err := rows.Scan(dst...); err != nil {
			return nil, fmt.Errorf("alert %s: %w", r.ID, err)
		}
		if a.Link == "" {
			a.Link = r.Link
		}
		a.Link = strings.NewReplacer("{period}", p.Label, "{year}", strconv.Itoa(p.From.Year())).Replace(a.Link)
		out = append(out, a)
	}
	return out, rows.Err()
}

var alertsHTML = web.Template("alerts", `<ul class="alerts">
{{range .}}{{$r := .Rule}}{{range .Alerts}}<li><a href="{{.Link}}"><b>{{$r.Title}}:</b> {{.Subject}}</a> — {{.Detail}}</li>
{{end}}{{end}}</ul>
{{range .}}{{if .Unknown}}<p class="muted"><small>{{.Rule.Title}} — не перевірено: {{.Unknown}}</small></p>{{end}}{{end}}
{{if not (found .)}}<p>За цей період правила нічого не знайшли.</p>{{end}}`, template.FuncMap{"found": func(rs []AlertResult) bool {
	for _, r := range rs {
		if len(r.Alerts) > 0 {
			return true
		}
	}
	return false
}})

// withAlerts lets a page template write {{alerts .Alerts}}.
var withAlerts = template.FuncMap{"alerts": func(rs []AlertResult) (template.HTML, error) { return web.Execute(alertsHTML, rs) }}
