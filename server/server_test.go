package server_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hromadata/hromadata/auth"
	"github.com/hromadata/hromadata/opendata"
	"github.com/hromadata/hromadata/server"
	"github.com/hromadata/hromadata/sqlapi"
	"github.com/hromadata/hromadata/testkit"
	"github.com/hromadata/hromadata/warehouse"
)

type site struct {
	t     testing.TB
	base  string
	token string
	dir   string
	srv   *server.Server
}

// mustStart builds the fixture, publishes it and serves it on 127.0.0.1:0.
func mustStart(t testing.TB, lim sqlapi.Limits) *site {
	t.Helper()
	return mustStartWith(t, func(c *server.Config) { c.SQL = lim })
}

// mustStartWith is mustStart with the configuration changed by set.
func mustStartWith(t testing.TB, set func(*server.Config)) *site {
	t.Helper()
	return mustServe(t, testkit.MustBuilt(t), set)
}

// mustServe publishes the built data directory dir and serves it on 127.0.0.1:0.
func mustServe(t testing.TB, dir string, set func(*server.Config)) *site {
	t.Helper()
	if _, _, err := opendata.Publish(context.Background(), testkit.MustOpen(t, dir), dir, time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	token, err := auth.NewStore(dir).New(auth.Grant{Name: "olena", Role: auth.Analyst}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	cfg := server.Config{DataDir: dir, DB: warehouse.DefaultLimits, SQL: sqlapi.DefaultLimits,
		Log: slog.New(slog.NewTextHandler(io.Discard, nil)), RefreshEvery: 50 * time.Millisecond}
	set(&cfg)
	cfg.SQL = testLimits(cfg.SQL)
	srv, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
		srv.Close()
	})
	return &site{t: t, base: "http://" + ln.Addr().String(), token: token, dir: dir, srv: srv}
}

func (s *site) get(path string) (int, string, http.Header) {
	s.t.Helper()
	resp, err := http.Get(s.base + path)
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

func (s *site) sql(token, body, contentType string) (int, map[string]any) {
	s.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, s.base+"/api/sql", strings.NewReader(body))
	req.Header.Set("Content-Type", contentType)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func query(q string) string {
	b, _ := json.Marshal(map[string]string{"query": q})
	return string(b)
}

var externalURL = regexp.MustCompile(`(src|href)="(https?:)?//`)

func TestRoutes(t *testing.T) {
	s := mustStart(t, sqlapi.DefaultLimits)
	tests := []struct {
		path, contains, contentType string
	}{
		{"/", "Різні бюджети", "text/html"},
		{"/?period=2023-Q2", "Департамент соціальної політики: II квартал 2023 року", "text/html"},
		{"/areas/benefits", "Державні соціальні допомоги станом на 01.01.2024", "text/html"},
		{"/?as_of=2023-06-01", "станом на 01.06.2023", "text/html"}, // an old link, sent to /areas/benefits
		{"/indicator/benefit_recipients_total?period=2023-Q2", "families_receiving(NULL, $to)", "text/html"},
		{"/budget", "Виконання бюджету за 2023 рік", "text/html"},
		{"/budget?year=2022", "Виконання бюджету за 2022 рік", "text/html"},
		{"/areas/privileges", "Пільговики та ветерани за 2023 рік", "text/html"},
		{"/areas/idp?year=2022", "Внутрішньо переміщені особи за 2022 рік", "text/html"},
		{"/areas/centres", "Центри підтримки", "text/html"},
		{"/areas/material-aid", "Матеріальна допомога", "text/html"},
		{"/areas/city-payments", "Виплати за міськими програмами", "text/html"},
		{"/areas/csc", "Центр надання соціальних послуг за 2023 рік", "text/html"},
		{"/areas/casework", "На обліку в департаменті соціальної політики перебуває осіб з інвалідністю", "text/html"},
		{"/reconcile", "Арифметичні співвідношення звіту", "text/html"},
		{"/reconcile?period=2023&all=1", "general.citizens_registered_approx", "text/html"},
		{"/report?year=2023", "Станом на 01.01.2024 контингент отримувачів державних соціальних допомог становить — (немає даних) сімей", "text/html"}, // the fixture has no Південне export
		{"/report?year=2022", "Звіт департаменту соціальної політики міської ради за 2022 рік", "text/html"},
		{"/opendata", "Кількість отримувачів державних соціальних допомог", "text/html"},
		{"/opendata/datasets/benefit-recipients", "Відповідальна особа", "text/html"},
		{"/opendata/datasets/budget-execution", "Creative Commons Attribution 4.0 International (CC BY 4.0)", "text/html"},
		{"/opendata/releases", "2024-01-15", "text/html"},
		{"/opendata/releases/2024-01-15/benefit-recipients.csv", "as_of,office_code", "text/csv"},
		{"/opendata/latest/benefit-recipients.json", `"benefit_code"`, "application/json"},
		{"/opendata/latest/benefit-recipients.parquet", "PAR1", "application/vnd.apache.parquet"},
		{"/opendata/latest/benefit-recipients.structure.json", `"required"`, "application/json"},
		{"/opendata/latest/dcat.jsonld", "dcat:Catalog", "application/ld+json"},
		{"/opendata/latest/dcat.ttl", "dcat:Catalog", "text/turtle"},
		{"/opendata/catalog", "dcat:Dataset", "application/ld+json"},
		{"/api/3/action/package_list", `"benefit-recipients"`, "application/json"},
		{"/api/opendata/datasets", "41490026-benefit-recipients", "application/json"},
		{"/api/opendata/datasets/benefit-recipients", `"update_frequency":"Щомісяця"`, "application/json"},
		{"/sql", "SQL для аналітиків", "text/html"},
		{"/assets/echarts.min.js", "echarts", "text/javascript"},
		{"/assets/langUK.js", "registerLocale", "text/javascript"},
		{"/healthz", `"status":"ok"`, "application/json"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			code, body, h := s.get(tt.path)
			if code != http.StatusOK {
				t.Fatalf("status %d: %.200s", code, body)
			}
			if !strings.Contains(body, tt.contains) {
				t.Errorf("body does not contain %q: %.300s", tt.contains, body)
			}
			if !strings.HasPrefix(h.Get("Content-Type"), tt.contentType) {
				t.Errorf("content type %q, want %s", h.Get("Content-Type"), tt.contentType)
			}
			if strings.HasPrefix(tt.contentType, "text/html") && externalURL.MatchString(body) {
				t.Errorf("page refers to an external address: %s", externalURL.FindString(body))
			}
		})
	}
	for _, path := range []string{"/opendata/releases/2024-01-15/..%2Fmanifest.jsonl", "/opendata/releases/.tmp/x.csv", "/opendata/datasets/nope", "/?as_of=вчора", "/report?year=23", "/areas/nope", "/indicator/nope", "/?period=2023-Q5", "/indicator/benefit_recipients_total?office=XX"} {
		if code, _, _ := s.get(path); code < 400 {
			t.Errorf("%s: status %d, want an error", path, code)
		}
	}
}

// TestPicksUpNewBuild rebuilds while the server runs: it must switch without a restart.
func TestPicksUpNewBuild(t *testing.T) {
	s := mustStart(t, sqlapi.DefaultLimits)
	_, before, _ := s.get("/healthz")
	testkit.MustBuild(t, s.dir)
	deadline := time.Now().Add(90 * time.Second) // the switch waits for the first pages to render on the new build
	for time.Now().Before(deadline) {
		if _, after, _ := s.get("/healthz"); after != before {
			if code, _, _ := s.get("/"); code != 200 {
				t.Fatalf("dashboard after switch: %d", code)
			}
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("the server did not switch to the new build")
}
