package demo

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/hromadata/hromadata/atomicfile"
)

// Column headers exactly as the benefits programme complex writes them
// (docs/exports/ describes them).
var (
	assignmentHeader = []string{"Код управління", "Особовий рахунок", "РНОКПП заявника", "ПІБ заявника", "Дата народження", "Код допомоги", "Номер рішення", "Дата рішення", "Призначено з", "Призначено по", "Розмір, грн", "Стан"}
	paymentHeader    = []string{"Код управління", "Дата списку", "Особовий рахунок", "РНОКПП", "ПІБ одержувача", "Код допомоги", "За місяць", "Сума, грн"}
)

// csvFile builds the text of one export; quirks are added by the caller.
type csvFile struct {
	b bytes.Buffer
}

func (c *csvFile) row(fields ...string) {
	for i, f := range fields {
		if i > 0 {
			c.b.WriteByte(';')
		}
		if strings.ContainsAny(f, ";\"") {
			f = `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
		}
		c.b.WriteString(f)
	}
	c.b.WriteString("\r\n")
}

// write stores the file in windows-1251, or UTF-8 with a BOM when bom is set
// (some offices re-save exports in a spreadsheet tool).
func (c *csvFile) write(path string, bom bool) error {
	if bom {
		return atomicfile.WriteFile(path, append([]byte{0xEF, 0xBB, 0xBF}, c.b.Bytes()...), 0o644)
	}
	enc, err := charmap.Windows1251.NewEncoder().Bytes(c.b.Bytes())
	if err != nil {
		return fmt.Errorf("encode %s: %w", filepath.Base(path), err)
	}
	return atomicfile.WriteFile(path, enc, 0o644)
}

func dmy(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("02.01.2006")
}

// money writes kopecks as the programme complex does: 1 234,56.
func money(k int64) string {
	s := fmt.Sprintf("%d", k/100)
	var out []string
	for len(s) > 3 {
		out = append([]string{s[len(s)-3:]}, out...)
		s = s[:len(s)-3]
	}
	out = append([]string{s}, out...)
	return fmt.Sprintf("%s,%02d", strings.Join(out, " "), k%100)
}

func assignmentRow(f *family, a *assignment) []string {
	status := "діюча"
	if !a.to.IsZero() && a.to.Before(jan2025) { // as at the export, early in 2025
		status = "припинена"
	}
	return []string{f.office.Code, f.account, f.person.rnokpp, f.person.name, dmy(f.person.birth), a.code, a.number, dmy(a.decision), dmy(a.from), dmy(a.to), money(a.monthly), status}
}

func paymentRow(p *payment) []string {
	return []string{p.fam.office.Code, dmy(p.listDate), p.fam.account, p.fam.person.rnokpp, p.fam.person.name, p.a.code, p.forMonth.Format("01.2006"), money(p.amount)}
}

func ensureDir(dir string) error { return os.MkdirAll(dir, 0o755) }
