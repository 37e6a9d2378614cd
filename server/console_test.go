package server_test

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/hromadata/hromadata/auth"
	"github.com/hromadata/hromadata/etl"
	"github.com/hromadata/hromadata/server"
	"github.com/hromadata/hromadata/sqlapi"
	"github.com/hromadata/hromadata/testkit"
)

// The API's answers, read as a client reads them.
type (
	relation struct {
		Name        string
		Description string
		Columns     []struct{ Name, Type, Description string }
	}
	savedQuery   struct{ ID, Name, Query, Owner string }
	historyEntry struct{ Query string }
)

// taxNumber makes a valid РНОКПП from nine digits by finding its check digit.
func taxNumber(t *testing.T, body string) string {
	t.Helper()
	for d := range 10 {
		if id := body + fmt.Sprint(d); etl.ValidRNOKPP(id) {
			return id
		}
	}
	t.Fatalf("no check digit for %s", body)
	return ""
}

// mustConsoleSite is the fixture plus IDP registrations of two offices and a May 2023
// commission meeting, served with a preview cap of 10 rows. Applicants: a and c are
// IDPs on record at the meeting (Дніпровське, Заводське), b was taken off the record
// before it, d never registered.
func mustConsoleSite(t *testing.T) *site {
	t.Helper()
	a, b, c, d := taxNumber(t, "300000001"), taxNumber(t, "300000002"), taxNumber(t, "300000003"), taxNumber(t, "300000004")
	idpHeader := []any{"Номер довідки", "Дата видачі довідки", "РНОКПП", "ПІБ", "Дата народження", "Дата прибуття", "Дата взяття на облік", "Дата зняття з обліку", "Пенсіонер", "Інвалідність"}
	aidHeader := []any{"Дата засідання", "Номер протоколу", "РНОКПП заявника", "ПІБ заявника", "Категорія", "Рішення", "Сума, грн"}
	files := map[string][]byte{
		"vpo_dniprovske_20240110.xlsx": testkit.Workbook(t, idpHeader,
			[]any{"0001-5000001", "10.01.2023", a, "", "01.02.1980", "05.01.2023", "10.01.2023", "", "ні", "ні"},
			[]any{"0001-5000002", "01.02.2023", b, "", "01.02.1970", "20.01.2023", "01.02.2023", "01.04.2023", "ні", "ні"}),
		"vpo_zavodske_20240110.xlsx": testkit.Workbook(t, idpHeader,
			[]any{"0001-5000003", "01.03.2023", c, "", "01.02.1990", "25.02.2023", "01.03.2023", "", "так", "ні"}),
		"matdopomoga_2023-05.xlsx": testkit.Workbook(t, aidHeader,
			[]any{"17.05.2023", "5", a, "", "10", "виділити", "1500,50"},
			[]any{"17.05.2023", "5", b, "", "1", "виділити", "1000"},
			[]any{"17.05.2023", "5", c, "", "10", "виділити", "2000"},
			[]any{"17.05.2023", "5", c, "", "10", "відмовити", ""},
			[]any{"17.05.2023", "5", d, "", "2", "виділити", "500"}),
	}
	dir := t.TempDir()
	extra := t.TempDir()
	var paths []string
	for name, b := range files {
		p := filepath.Join(extra, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	testkit.MustLoad(t, dir, append([]string{testkit.MustInbox(t, dir)}, paths...)...)
	testkit.MustBuild(t, dir)
	testkit.MustSteward(t, dir)
	return mustServe(t, dir, func(c *server.Config) { c.SQL = sqlapi.Limits{MaxRows: 10} })
}

// call sends a request with the site's analyst token (or another) and returns the
// status, headers and body.
func (s *site) call(method, path, token, contentType, body string) (int, http.Header, []byte) {
	s.t.Helper()
	req, _ := http.NewRequest(method, s.base+path, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	for k, v := range resp.Trailer {
		resp.Header[k] = v
	}
	return resp.StatusCode, resp.Header, b
}

func mustDecode(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var out map[string]any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("not JSON: %v: %.300s", err, b)
	}
	return out
}

func TestConsole(t *testing.T) {
	s := mustConsoleSite(t)
	steward, err := auth.NewStore(s.dir).New(auth.Grant{Name: "petro", Role: auth.Steward, Purpose: "перевірка вітрин"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	colleague, err := auth.NewStore(s.dir).New(auth.Grant{Name: "iryna", Role: auth.Analyst}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	t.Run("IDP aid by office", func(t *testing.T) { testIDPAidByOffice(t, s) })
	t.Run("schema", func(t *testing.T) { testSchema(t, s, steward) })
	t.Run("download all", func(t *testing.T) { testDownloadAll(t, s) })
	t.Run("errors", func(t *testing.T) { testErrors(t, s) })
	t.Run("saved queries", func(t *testing.T) { testSaved(t, s, colleague, steward) })
	t.Run("history", func(t *testing.T) { testHistory(t, s, colleague) })
	t.Run("prefill", func(t *testing.T) { testPrefill(t, s) })
	t.Run("in the browser", func(t *testing.T) { testConsoleInBrowser(t, s) })
}

// testIDPAidByOffice answers the question — how many IDPs got aid in May, by
// office — from the mart, and checks sums come back as JSON numbers with their scale.
func testIDPAidByOffice(t *testing.T, s *site) {
	code, _, body := s.call("POST", "/api/sql", s.token, "application/json", query(`SELECT office_code, sum(persons) AS persons, sum(amount_uah) AS amount_uah
		FROM mart_material_aid_monthly WHERE month = DATE '2023-05-01' AND idp GROUP BY office_code ORDER BY office_code`))
	if code != 200 {
		t.Fatalf("status %d: %s", code, body)
	}
	var out struct {
		Columns []struct{ Name, Type string } `json:"columns"`
		Rows    [][]json.RawMessage           `json:"rows"`
	}
	if err := json.Unmarshal(body, &out); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range out.Rows {
		got = append(got, fmt.Sprintf("%s %s %s", r[0], r[1], r[2]))
	}
	want := []string{`"DN" 1 1500.50`, `"ZV" 1 2000.00`}
	if !slices.Equal(got, want) {
		t.Errorf("rows %q, want %q (columns %+v)", got, want, out.Columns)
	}
	code, _, body = s.call("POST", "/api/sql", s.token, "application/json", query(`SELECT sum(applications) AS applications, sum(granted) AS granted, sum(amount_uah) AS amount_uah, count(*) FILTER (WHERE office_code IS NULL) AS no_office
		FROM mart_material_aid_monthly WHERE month = DATE '2023-05-01'`))
	if code != 200 || !bytes.Contains(body, []byte(`"rows":[[5,4,5000.50,2]]`)) {
		t.Errorf("May totals: %d %s", code, body)
	}
}

func testSchema(t *testing.T, s *site, steward string) {
	db := testkit.MustOpen(t, s.dir)
	tests := []struct {
		name, token string
		prefixes    []string
	}{
		{"analyst", s.token, []string{"mart_", "ref_"}},
		{"steward", steward, []string{"mart_", "ref_", "core_", "stg_"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, body := s.call("GET", "/api/sql/schema", tt.token, "", "")
			if code != 200 {
				t.Fatalf("status %d: %s", code, body)
			}
			var out struct{ Relations []relation }
			if err := json.Unmarshal(body, &out); err != nil {
				t.Fatal(err)
			}
			var got, want []string
			for _, r := range out.Relations {
				got = append(got, r.Name)
			}
			rows, err := db.Query(`SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' UNION SELECT view_name FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal ORDER BY 1`)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var n string
				rows.Scan(&n)
				if slices.ContainsFunc(tt.prefixes, func(p string) bool { return strings.HasPrefix(n, p) }) {
					want = append(want, n)
				}
			}
			rows.Close()
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("relations %v, want %v", got, want)
			}
			for _, r := range out.Relations {
				if strings.HasPrefix(r.Name, "mart_") && r.Description == "" {
					t.Errorf("%s has no description", r.Name)
				}
			}
			i := slices.IndexFunc(out.Relations, func(r relation) bool { return r.Name == "mart_material_aid_monthly" })
			if i < 0 {
				t.Fatal("mart_material_aid_monthly not listed")
			}
			for _, c := range out.Relations[i].Columns {
				if c.Description == "" || c.Type == "" {
					t.Errorf("column %+v lacks a type or description", c)
				}
				if c.Name == "amount_uah" && c.Type != "DECIMAL(18,2)" {
					t.Errorf("amount_uah is %s", c.Type)
				}
			}
		})
	}
	if code, _, _ := s.call("GET", "/api/sql/schema", "", "", ""); code != 401 {
		t.Errorf("schema without a token: %d", code)
	}
}

// testDownloadAll asks for 25 rows with a preview cap of 10: the preview is cut,
// every download format holds all 25 with numbers as numbers.
func testDownloadAll(t *testing.T, s *site) {
	q := query(`SELECT i, CAST(i AS DECIMAL(10,2)) * 0.25 AS quarter, DATE '2023-01-01' + CAST(i AS INTEGER) AS day FROM range(25) t(i)`)
	code, _, body := s.call("POST", "/api/sql", s.token, "application/json", q)
	if out := mustDecode(t, body); code != 200 || out["truncated"] != true || out["row_count"] != float64(10) {
		t.Fatalf("preview: %d %.300s", code, body)
	}
	for _, format := range []string{"csv", "xlsx", "parquet"} {
		t.Run(format, func(t *testing.T) {
			code, h, body := s.call("POST", "/api/sql?format="+format, s.token, "application/json", q)
			if code != 200 {
				t.Fatalf("status %d: %.300s", code, body)
			}
			if h.Get("X-Hromadata-Truncated") != "" {
				t.Errorf("download says truncated: %s", h.Get("X-Hromadata-Truncated"))
			}
			rows := mustDownloadRows(t, format, body)
			if len(rows) != 26 || rows[0][0] != "i" || rows[25][0] != "24" || rows[25][1] != "6" {
				t.Errorf("%d rows, header %v, last %v", len(rows), rows[0], rows[len(rows)-1])
			}
		})
	}
}

// mustDownloadRows reads a download back as text rows, the header first: XLSX with
// excelize, Parquet with DuckDB.
func mustDownloadRows(t *testing.T, format string, body []byte) [][]string {
	t.Helper()
	switch format {
	case "csv":
		var out [][]string
		for _, l := range strings.Split(strings.TrimSpace(string(body)), "\n") {
			out = append(out, strings.Split(l, ","))
		}
		for _, r := range out[1:] {
			r[1] = strings.TrimRight(strings.TrimRight(r[1], "0"), ".")
		}
		return out
	case "xlsx":
		f, err := excelize.OpenReader(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, err := f.GetRows("Sheet1", excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if typ, _ := f.GetCellType("Sheet1", "B26"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
			t.Errorf("B26 is of type %v, want a number", typ)
		}
		return rows
	}
	path := filepath.Join(t.TempDir(), "q.parquet")
	if err := os.WriteFile(path, body, 0o644); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var types string
	if err := db.QueryRow(`SELECT string_agg(column_type, ',') FROM (DESCRIBE SELECT * FROM read_parquet('` + path + `'))`).Scan(&types); err != nil {
		t.Fatal(err)
	}
	if types != "BIGINT,DECIMAL(13,4),DATE" {
		t.Errorf("parquet types %s", types)
	}
	rows, err := db.Query(`SELECT i::VARCHAR, rtrim(rtrim(quarter::VARCHAR, '0'), '.'), day::VARCHAR FROM read_parquet('` + path + `') ORDER BY i`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := [][]string{{"i", "quarter", "day"}}
	for rows.Next() {
		r := make([]string, 3)
		rows.Scan(&r[0], &r[1], &r[2])
		out = append(out, r)
	}
	return out
}

func testErrors(t *testing.T, s *site) {
	tests := []struct {
		name, method, contentType, body string
		status                          int
		contains                        string
	}{
		{"GET is 405", "GET", "", "", 405, "POST"},
		{"SQL as a form", "POST", "application/x-www-form-urlencoded", "SELECT 1", 400, "тіло запиту не JSON"},
		{"empty body", "POST", "application/json", "", 400, "порожній запит"},
		{"SQL as text/plain runs", "POST", "text/plain", "SELECT 41 + 1 AS x", 200, `"rows":[[42]]`},
		{"mart that does not exist", "POST", "application/json", query("SELECT * FROM mart_nope"), 404, "таблиці mart_nope у поточній збірці немає"},
		{"hidden table is not named", "POST", "application/json", query("SELECT * FROM core_nope"), 403, "недоступна для ролі analyst"},
		{"DuckDB's error in Ukrainian", "POST", "application/json", query("SELECT nope FROM mart_families_monthly"), 400, `"detail":"Binder Error`},
		{"unknown format", "POST", "application/json", `{"query": "SELECT 1", "format": "pdf"}`, 400, "невідомий формат pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, h, body := s.call(tt.method, "/api/sql", s.token, tt.contentType, tt.body)
			if code != tt.status || !strings.Contains(string(body), tt.contains) {
				t.Errorf("%d %s, want %d containing %q", code, body, tt.status, tt.contains)
			}
			if code >= 400 {
				out := mustDecode(t, body)
				if msg, _ := out["error"].(string); strings.Contains(msg, "Error") {
					t.Errorf("error not in Ukrainian: %s", msg)
				}
			}
			if code == 405 && h.Get("Allow") != "POST" {
				t.Errorf("Allow %q", h.Get("Allow"))
			}
		})
	}
}

func testSaved(t *testing.T, s *site, colleague, steward string) {
	code, _, body := s.call("POST", "/api/sql/saved", s.token, "application/json", `{"name": "ВПО з допомогою", "query": "SELECT 1", "description": "за травень"}`)
	if code != 200 {
		t.Fatalf("save: %d %s", code, body)
	}
	saved := mustDecode(t, body)
	if saved["owner"] != "olena" {
		t.Errorf("owner %v", saved["owner"])
	}
	s.call("POST", "/api/sql/saved", s.token, "application/json", `{"name": "ВПО з допомогою", "query": "SELECT 2", "description": "за травень"}`)
	tests := []struct {
		name, token string
		want        []string
	}{
		{"owner", s.token, []string{"ВПО з допомогою|SELECT 2|olena"}},
		{"analyst colleague", colleague, []string{"ВПО з допомогою|SELECT 2|olena"}},
		{"steward", steward, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, body := s.call("GET", "/api/sql/saved", tt.token, "", "")
			var out struct{ Saved []savedQuery }
			if err := json.Unmarshal(body, &out); code != 200 || err != nil {
				t.Fatalf("%d %s", code, body)
			}
			var got []string
			for _, q := range out.Saved {
				got = append(got, q.Name+"|"+q.Query+"|"+q.Owner)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("saved %v, want %v", got, tt.want)
			}
		})
	}
	id, _ := saved["id"].(string)
	if code, _, body := s.call("DELETE", "/api/sql/saved/"+id, colleague, "", ""); code != 403 {
		t.Errorf("colleague deleted: %d %s", code, body)
	}
	if code, _, body := s.call("DELETE", "/api/sql/saved/"+id, s.token, "", ""); code != 204 {
		t.Errorf("owner could not delete: %d %s", code, body)
	}
	if _, err := os.Stat(filepath.Join(s.dir, "sql", "saved.json")); err != nil {
		t.Errorf("saved queries are not in the data directory: %v", err)
	}
}

func testHistory(t *testing.T, s *site, colleague string) {
	for _, q := range []string{"SELECT 1 AS a", "SELECT 2 AS b", "SELECT 1 AS a"} {
		s.call("POST", "/api/sql", colleague, "application/json", query(q))
	}
	s.call("POST", "/api/sql", colleague, "application/json", query("SELECT * FROM core_nope")) // refused: not history
	code, _, body := s.call("GET", "/api/sql/history", colleague, "", "")
	var out struct{ History []historyEntry }
	if err := json.Unmarshal(body, &out); code != 200 || err != nil {
		t.Fatalf("%d %s", code, body)
	}
	var got []string
	for _, e := range out.History {
		got = append(got, e.Query)
	}
	if want := []string{"SELECT 1 AS a", "SELECT 2 AS b"}; !slices.Equal(got, want) {
		t.Errorf("history %v, want %v", got, want)
	}
}

func testPrefill(t *testing.T, s *site) {
	code, body, _ := s.get("/sql?q=SELECT+office_code+FROM+mart_families_monthly+WHERE+x+%3C+1")
	if code != 200 || !strings.Contains(body, "SELECT office_code FROM mart_families_monthly WHERE x &lt; 1</textarea>") {
		t.Errorf("query not prefilled: %d %.2000s", code, body)
	}
}
