package cli_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"github.com/hromadata/hromadata/opendata"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hromadata/hromadata/cli"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/testkit"
)

// run drives the command line in-process and returns its exit code and output.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := cli.Main(context.Background(), args, cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Getenv: func(string) string { return "" }})
	return code, out.String(), errb.String()
}

// contradictions are figures the demo knowingly does not reproduce as printed: the
// report contradicts itself there, and the records follow one consistent reading
// (reconcile/notes-2023.txt says which).
var contradictions = map[string]bool{
	"material_aid.granted_sum.treatment_other": true,
	"csp.served_total":                         true, "csp.eld.served.disabled": true, "csp.eld.served.disabled_children": true,
	"csp.eld.trained_workers": true, "control.returned_enforcement": true, "csp.families.registered.families": true, "csp.families.registered.children": true,
}

// TestDemoReproducesReport is the acceptance test: the generated demo is
// loaded, built and published, and the indicators for 2023 equal every published
// figure they reproduce.
func TestDemoReproducesReport(t *testing.T) {
	if testing.Short() {
		t.Skip("full demo")
	}
	data := t.TempDir()
	code, out, errs := run(t, "demo", "--data", data, "--no-serve")
	if code != 0 {
		t.Fatalf("demo exited %d:\n%s\n%s", code, out, errs)
	}
	if n := MustAgree(t, out+errs); n < 500 { // every count the demo prints agrees with its noun
		t.Errorf("only %d counts checked in the demo's output", n)
	}
	m := regexp.MustCompile(`Рядків прочитано (\d+) = завантажено (\d+) \+ відхилено (\d+)`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no load summary in:\n%s", out)
	}
	read, _ := strconv.Atoi(m[1])
	loaded, _ := strconv.Atoi(m[2])
	rejected, _ := strconv.Atoi(m[3])
	if read != loaded+rejected || rejected == 0 {
		t.Errorf("read %d, loaded %d, rejected %d: the demo's deliberate bad rows must be rejected and every row accounted for", read, loaded, rejected)
	}
	for _, want := range []string{"ЗАМІНЕНО  vyplaty_zavodske_2023-06-2_v2.csv", "стовпець «Дата рішення»: некоректна дата \"31.02.2023\"", "Опубліковано випуск"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q", want)
		}
	}

	t.Run("every area's dataset is released", func(t *testing.T) {
		rel, err := opendata.Latest(data)
		if err != nil {
			t.Fatal(err)
		}
		released := map[string]bool{}
		for _, d := range rel.Datasets {
			released[d.ID] = true
		}
		for _, d := range opendata.Datasets {
			if !released[d.ID] {
				t.Errorf("dataset %s is not in the demo's release", d.ID)
			}
		}
	})

	code, out, errs = run(t, "indicators", "--data", data, "--period", "2023", "--format", "csv")
	if code != 0 {
		t.Fatalf("indicators exited %d: %s", code, errs)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	for _, h := range []string{"id", "report_id", "label_uk", "unit", "period", "value", "published"} {
		if _, ok := col[h]; !ok {
			t.Fatalf("CSV lacks column %s", h)
		}
	}
	reproduced := 0
	for _, r := range recs[1:] {
		if r[col["report_id"]] == "" {
			continue
		}
		got, _ := strconv.ParseFloat(r[col["value"]], 64)
		want := r[col["published"]]
		if _, err := strconv.ParseFloat(want, 64); err != nil {
			t.Errorf("%s: no published figure", r[col["id"]])
			continue
		}
		// The value keeps its unit's precision; it equals the figure as the report printed it.
		if !indicators.Reproduces(got, want) {
			if _, known := contradictions[r[col["report_id"]]]; !known {
				t.Errorf("%s: computed %v, published %v", r[col["id"]], got, want)
			}
			continue
		}
		reproduced++
	}
	if reproduced < 714 {
		t.Errorf("%d published figures reproduced, want all 714 reproduced so far", reproduced)
	}

	t.Run("other periods", func(t *testing.T) {
		for _, p := range []string{"2023-05", "2023-Q2", "2022"} {
			code, out, errs := run(t, "indicators", "--data", data, "--period", p, "--format", "json")
			if code != 0 || !strings.Contains(out, `"period": "`+p+`"`) || strings.Contains(out, `"published"`) {
				t.Errorf("%s: exit %d, %s %.200s", p, code, errs, out)
			}
		}
	})
	t.Run("reconcile", func(t *testing.T) {
		code, out, errs := run(t, "reconcile", "--data", data, "--period", "2023", "--format", "csv")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		status := map[string]string{}
		for _, r := range recs[1:] {
			status[r[0]+" "+r[1]] = r[5]
		}
		for key, want := range map[string]string{
			"figure benefit_recipients_total":               "збігається",
			"figure budget.state.low_income":                "збігається",
			"relation benefit_recipients_total":             "не виконується / не виконується", // the report's own contradiction, and why
			"relation budget.state.hardship":                "виконується / виконується",
			"relation benefit_recipients.children_family":   "виконується / виконується",
			"relation budget.total":                         "виконується / виконується",
			"relation creditor_debt.total":                  "виконується / виконується",
			"relation payments.police_families_monthly.sum": "не виконується / не виконується",
			"relation payments.afghan_day.sum":              "виконується / виконується",
			"relation material_aid.granted_sum":             "не виконується / виконується",
			"relation idp_centre.services_total":            "не виконується / не виконується",
			"relation veteran_centre.consultations_total":   "виконується / виконується",
			"relation deputies_aid.oblast.sum":              "виконується / виконується",
			"relation csp.served_total":                     "не виконується / виконується",
			"relation csp.homeless.services":                "виконується / виконується",
			"relation csp.dv.mobile.persons":                "виконується / виконується",
			"programme city.defenders_program":              "виконується", // payments fit within the budget line
			"programme city.sp.housing_privileges":          "виконується",
		} {
			if status[key] != want {
				t.Errorf("%s: %q, want %q", key, status[key], want)
			}
		}
		for _, r := range recs[1:] {
			if _, known := contradictions[r[1]]; r[0] == "figure" && r[5] != "збігається" && !known {
				t.Errorf("figure %s: %s (published %s, computed %s)", r[1], r[5], r[3], r[4])
			}
		}
	})
	t.Run("annual report", func(t *testing.T) {
		code, out, errs := run(t, "report", "--data", data, "--year", "2023", "--format", "md")
		for _, want := range []string{"становить 35\u00a0230 сімей", "| **Державні допомоги сім’ям з дітьми** | 6\u00a0298 |",
			"(18\u00a0539 осіб)", "| **Виплати на підтримку малозабезпечених сімей** | 49\u00a0231,9 |", "становить 1\u00a0870,5 тис. грн"} {
			if code != 0 || !strings.Contains(out, want) {
				t.Errorf("report lacks %q (exit %d, %s)", want, code, errs)
			}
		}
	})
	t.Run("budget open data adds up to the budget", func(t *testing.T) {
		latest, err := os.ReadFile(filepath.Join(data, "releases", "LATEST"))
		if err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(filepath.Join(data, "releases", strings.TrimSpace(string(latest)), "budget-execution.csv"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		recs, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		amount := slices.Index(recs[0], "amount_uah")
		if amount < 0 {
			t.Fatalf("budget-execution.csv has no amount_uah: %v", recs[0])
		}
		var kop int64
		for _, r := range recs[1:] {
			if strings.HasPrefix(r[0], "2023") {
				v, _ := strconv.ParseFloat(r[amount], 64)
				kop += int64(v*100 + 0.5)
			}
		}
		if kop != 53208550000 {
			t.Errorf("2023 spending in the open dataset is %d kopecks, the report's total is 532085.5 thousand", kop)
		}
	})
	t.Run("second load changes nothing", func(t *testing.T) {
		before, _ := os.ReadFile(filepath.Join(data, "manifest.jsonl"))
		code, out, _ := run(t, "load", "--data", data, filepath.Join(data, "inbox"))
		after, _ := os.ReadFile(filepath.Join(data, "manifest.jsonl"))
		if code != 0 || !strings.Contains(out, "вже були 554") || !bytes.HasPrefix(after, before) {
			t.Fatalf("exit %d, earlier manifest lines kept=%v:\n%s", code, bytes.HasPrefix(after, before), out)
		}
		added := strings.Split(strings.TrimSpace(string(after[len(before):])), "\n")
		for _, line := range added {
			if !strings.Contains(line, `"status":"duplicate"`) {
				t.Errorf("a second load recorded more than a duplicate: %s", line)
			}
		}
		if len(added) != 554 {
			t.Errorf("the manifest gained %d lines for 554 files offered again", len(added))
		}
	})
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{nil, 0, "Команди:"},
		{[]string{"frobnicate"}, 2, "невідома команда"},
		{[]string{"indicators", "--data", "x", "--period", "2023-13"}, 1, "невідомий період"},
		{[]string{"indicators", "--data", "/nonexistent", "--period", "2023"}, 1, "сховище ще не побудовано"},
		{[]string{"load", "--help"}, 0, "-data"},
		{[]string{"token", "--help"}, 0, "token new"},
		{[]string{"serve", "--help"}, 0, "-sql-timeout"},
		{[]string{"token", "new", "--data", "/tmp", "--name", "x y"}, 1, "ім’я токена"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errs := run(t, tt.args...)
			if code != tt.code || !strings.Contains(out+errs, tt.want) {
				t.Errorf("exit %d, want %d; output lacks %q:\n%s%s", code, tt.code, tt.want, out, errs)
			}
		})
	}
}

// TestDataDirIsPrivate: what a load and a build write is readable by its owner alone
// from the start, and the server refuses a data directory others can read unless told.
func TestDataDirIsPrivate(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	if code, _, errs := run(t, "load", "--data", data, testkit.MustInbox(t, t.TempDir())); code != 0 {
		t.Fatalf("load: %s", errs)
	}
	if code, _, errs := run(t, "build", "--data", data); code != 0 {
		t.Fatalf("build: %s", errs)
	}
	err := filepath.WalkDir(data, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		if fi.Mode().Perm()&0o077 != 0 {
			t.Errorf("%s is %04o: others can read it", p, fi.Mode().Perm())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(data, "lake"), 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, errs := run(t, "serve", "--data", data, "--addr", "127.0.0.1:0")
	if code == 0 || !strings.Contains(errs, "--allow-shared-data") || !strings.Contains(errs, "chmod -R go-rwx") {
		t.Errorf("serve on a shared data directory exited %d: %s", code, errs)
	}
}
