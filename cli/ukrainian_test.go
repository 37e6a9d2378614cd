package cli_test

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/testkit"
)

// nouns are the forms (one, few, many) of every word the commands put after a count.
var nouns = [][3]string{
	{"рядок", "рядки", "рядків"},
	{"файл", "файли", "файлів"},
	{"модель", "моделі", "моделей"},
	{"тест", "тести", "тестів"},
	{"призначення", "призначення", "призначень"},
	{"виплата", "виплати", "виплат"},
	{"сім’я", "сім’ї", "сімей"},
	{"набір", "набори", "наборів"},
	{"показник", "показники", "показників"},
	{"показника", "показників", "показників"}, // after «з»: з 1 показника
	{"опублікованого", "опублікованих", "опублікованих"},
	{"складова", "складові", "складових"},
	{"байт", "байти", "байтів"},
}

var countRE = regexp.MustCompile(`(\d+) (\p{L}[\p{L}’]*)`)

// MustAgree fails for every "<number> <word>" of out whose word is a form of a known
// noun but not the one the number takes; it returns how many it checked.
func MustAgree(t *testing.T, out string) int {
	t.Helper()
	wrong, checked := disagreements(out)
	for _, w := range wrong {
		t.Errorf("«%s»: the number takes another form", w)
	}
	return checked
}

func disagreements(out string) (wrong []string, checked int) {
	for _, m := range countRE.FindAllStringSubmatch(out, -1) {
		n, _ := strconv.ParseInt(m[1], 10, 64)
		known, right := false, false
		for _, f := range nouns {
			if f[0] == m[2] || f[1] == m[2] || f[2] == m[2] {
				known = true
				right = right || hromadata.Plural(n, f[0], f[1], f[2]) == m[2]
			}
		}
		if known {
			checked++
			if !right {
				wrong = append(wrong, m[0])
			}
		}
	}
	return wrong, checked
}

// TestCountsAgree runs the commands a steward runs over the fixture and checks that
// every count agrees with its noun, and no English status word is left.
func TestCountsAgree(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	var all strings.Builder
	for _, args := range [][]string{
		{"load", "--data", data, testkit.MustInbox(t, t.TempDir())},
		{"load", "--data", data, testkit.MustInbox(t, t.TempDir())}, // every file a duplicate
		{"build", "--data", data},
		{"publish", "--data", data},
		{"indicators", "--data", data, "--period", "2023-09"},
		{"reconcile", "--data", data, "--period", "2023"},
	} {
		code, out, errs := run(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		all.WriteString(out + errs)
	}
	if n := MustAgree(t, all.String()); n < 20 {
		t.Errorf("only %d counts checked:\n%s", n, all.String())
	}
	for _, english := range []string{": loaded,", ": duplicate,", ": replaced,", ": rejected,"} {
		if strings.Contains(all.String(), english) {
			t.Errorf("output has %q", english)
		}
	}
	t.Run("the checker catches a wrong form", func(t *testing.T) {
		wrong, checked := disagreements("133 рядків, 292 файлів, 51 моделей, 21 рядок, 3 файли, 2023 рік")
		if strings.Join(wrong, "|") != "133 рядків|292 файлів|51 моделей" || checked != 5 {
			t.Errorf("wrong %v of %d checked", wrong, checked)
		}
	})
}

// TestFlagsInUkrainian: a wrong flag is explained in Ukrainian, with the usage, and
// --help shows defaults in Ukrainian; nothing of the flag package's English is left.
func TestFlagsInUkrainian(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
		code int
		says string
	}{
		{"unknown flag", []string{"indicators", "--perod", "2023"}, 2, "невідомий параметр --perod"},
		{"no value", []string{"indicators", "--period"}, 2, "параметр --period потребує значення"},
		{"not a number", []string{"demo", "--seed", "abc"}, 2, "потрібне ціле число"},
		{"not a duration", []string{"serve", "--sql-timeout", "5"}, 2, "потрібна тривалість, наприклад 10s"},
		{"not a boolean", []string{"indicators", "--strict=maybe"}, 2, "можна true або false"},
		{"help", []string{"indicators", "--help"}, 0, "(типово: table)"},
		{"help with a duration", []string{"serve", "--help"}, 0, "--sql-timeout ТРИВАЛІСТЬ"},
		{"help names the value", []string{"load", "--help"}, 0, "--data ТЕКА"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := run(t, c.args...)
			text := out + errs
			if code != c.code || !strings.Contains(text, c.says) || !strings.Contains(text, "Використання:") {
				t.Errorf("exit %d, want %d; lacks %q:\n%s", code, c.code, c.says, text)
			}
			for _, english := range []string{"flag provided", "invalid value", "needs an argument", "Usage", "default", "parse error", " string\n", " int\n"} {
				if strings.Contains(text, english) {
					t.Errorf("English %q left:\n%s", english, text)
				}
			}
		})
	}
}

// TestBusyPort: serve, and demo before it generates anything, on a port another
// program holds say so in Ukrainian and name the next port to try.
func TestBusyPort(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	want := fmt.Sprintf("--addr 127.0.0.1:%d", ln.Addr().(*net.TCPAddr).Port+1)
	for _, cmd := range []string{"serve", "demo"} {
		t.Run(cmd, func(t *testing.T) {
			data := t.TempDir()
			code, _, errs := run(t, cmd, "--data", data, "--allow-shared-data", "--addr", ln.Addr().String())
			if code != 1 || !strings.Contains(errs, "уже зайняла інша програма") || !strings.Contains(errs, want) || strings.Contains(errs, "address already in use") {
				t.Errorf("exit %d: %s", code, errs)
			}
			if entries, _ := os.ReadDir(filepath.Join(data, "inbox")); len(entries) > 0 {
				t.Errorf("%d files generated before the port was tried", len(entries))
			}
		})
	}
}
