package difftest

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/testkit"
)

// Headers exactly as docs/exports describes them.
var (
	cscCaseHeader    = []string{"Відділення", "Номер справи", "РНОКПП", "ПІБ", "Дата народження", "Стать", "Категорія", "ВПО", "Оплата", "Взято на облік", "Знято з обліку", "Причина зняття"}
	cscActHeader     = []string{"Дата", "Відділення", "Послуга/захід", "Номер справи", "РНОКПП", "ПІБ", "Дата народження", "Стать", "Категорія", "Дітей у сім’ї", "Кількість", "Заходів", "Сума, грн"}
	cscReceiptHeader = []string{"Дата", "Відділення", "Вид", "Найменування", "Кількість", "Сума, грн", "Джерело"}
	trainingHeader   = []string{"Установа", "Табельний номер", "ПІБ", "Навчання", "Дата закінчення", "Сертифікат за професією"}
	hrHeader         = []string{"Табельний номер", "ПІБ", "Захід", "Дата", "Результат"}
	documentHeader   = []string{"Реєстраційний номер", "Дата реєстрації", "Напрям", "Вид документа", "Канал надходження", "Тема", "Кореспондент", "Короткий зміст"}
	deptAidHeader    = []string{"Дата", "Захід", "Підстава", "Номер документа", "Отримувач (РНОКПП або свідоцтво)", "ПІБ", "Кількість", "Сума, грн", "Джерело"}
)

func dmy(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("02.01.2006")
}

func num(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func money(k int64) string { return fmt.Sprintf("%d,%02d", k/100, k%100) }

func yesNo(b bool) string {
	if b {
		return "так"
	}
	return "ні"
}

// files collects exports by name: text rows for CSV and workbooks, raw bytes otherwise.
type files struct {
	t     testing.TB
	dir   string
	names []string
}

func (f *files) put(name string, b []byte) {
	f.t.Helper()
	if err := os.WriteFile(filepath.Join(f.dir, name), b, 0o644); err != nil {
		f.t.Fatal(err)
	}
	f.names = append(f.names, filepath.Join(f.dir, name))
}

// csv writes rows as the programme complex does: windows-1251, ';', CRLF.
func (f *files) csv(name string, header []string, rows [][]string) {
	f.t.Helper()
	var b strings.Builder
	for _, r := range append([][]string{header}, rows...) {
		b.WriteString(strings.Join(r, ";") + "\r\n")
	}
	f.put(name, testkit.CP1251(f.t, b.String()))
}

func (f *files) xlsx(name string, header []string, rows [][]string) {
	f.t.Helper()
	all := [][]any{anys(header)}
	for _, r := range rows {
		all = append(all, anys(r))
	}
	f.put(name, testkit.Workbook(f.t, all...))
}

func anys(r []string) []any {
	out := make([]any, len(r))
	for i, s := range r {
		out[i] = s
	}
	return out
}

func caseRow(c cscCase) []string {
	return []string{c.unit, c.caseNo, c.person, "Особа", dmy(c.birth), c.sex, c.category, yesNo(c.idp), c.fee, dmy(c.taken), dmy(c.removed), c.reason}
}

func actRow(a cscAct) []string {
	amount := ""
	if a.amountKop > 0 {
		amount = money(a.amountKop)
	}
	return []string{dmy(a.date), a.unit, a.code, a.caseNo, a.person, "", dmy(a.birth), a.sex, a.category, num(a.children), num(a.quantity), num(a.measure), amount}
}

// byKey groups rows under file names, in a stable order.
func byKey[T any](xs []T, key func(T) string, row func(T) []string) ([]string, map[string][][]string) {
	m := map[string][][]string{}
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], row(x))
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys, m
}

// writeStale writes the superseded exports: loaded first, then replaced.
func writeStale(t testing.TB, dir string, w *world, r *refs) []string {
	f := &files{t: t, dir: dir}
	var cases [][]string
	for _, c := range w.staleCases {
		cases = append(cases, caseRow(c))
	}
	f.xlsx("tsnsp_oblik_dn_20231001.xlsx", cscCaseHeader, cases)
	_, acts := byKey(w.acts, func(a cscAct) string { return a.date.Format("2006-01") }, actRow)
	var june [][]string
	for _, a := range w.staleActs {
		june = append(june, actRow(a))
	}
	f.csv("tsnsp_akty_2023-06.csv", cscActHeader, append(june, acts["2023-06"]...))
	_, docs := byKey(w.docs, func(d document) string { return d.date.Format("2006-01") }, docRow)
	var may [][]string
	for _, d := range w.staleDocs {
		may = append(may, docRow(d))
	}
	f.csv("sed_2023-05.csv", documentHeader, append(may, docs["2023-05"]...))
	for _, o := range hromadata.Offices {
		var rows []privilege
		for _, p := range w.stalePrivs {
			if p.office == o.Code {
				rows = append(rows, p)
			}
		}
		f.put("edarp_"+o.Slug+"_20231001.dbf", privilegesDBF(t, rows))
	}
	var aid [][]string
	for _, a := range append(w.staleAid, w.aid[:len(w.aid)/2]...) {
		aid = append(aid, aidRow(a))
	}
	f.xlsx("nat_dopomoha_2023.xlsx", deptAidHeader, aid)
	return f.names
}

// writeCurrent writes the exports whose records the reference counts.
func writeCurrent(t testing.TB, dir string, w *world, r *refs) []string {
	f := &files{t: t, dir: dir}
	slugs, cases := byKey(w.cases, func(c cscCase) string { return cscSlugs[r.unitDept[c.unit]] }, caseRow)
	for _, s := range slugs {
		f.xlsx("tsnsp_oblik_"+s+"_20240105.xlsx", cscCaseHeader, cases[s])
	}
	months, acts := byKey(w.acts, func(a cscAct) string { return a.date.Format("2006-01") }, actRow)
	for _, m := range months {
		name := "tsnsp_akty_" + m + ".csv"
		if m == "2023-06" {
			name = "tsnsp_akty_2023-06_v2.csv"
		}
		f.csv(name, cscActHeader, acts[m])
	}
	years, recs := byKey(w.receipts, func(x cscReceipt) string { return x.date.Format("2006") }, func(x cscReceipt) []string {
		return []string{dmy(x.date), x.unit, x.kind, x.item, strconv.Itoa(max(x.quantity, 1)), money(x.amountKop), x.funding}
	})
	for _, y := range years {
		f.csv("tsnsp_tmts_"+y+".csv", cscReceiptHeader, recs[y])
	}
	years, trains := byKey(w.trains, func(x training) string { return x.done.Format("2006") }, func(x training) []string {
		return []string{x.employer, x.worker, "Працівник", x.course, dmy(x.done), x.profession}
	})
	for _, y := range years {
		f.xlsx("navchannia_"+y+".xlsx", trainingHeader, trains[y])
	}
	_, hr := byKey(w.hr, func(x hrRecord) string { return "" }, func(x hrRecord) []string {
		return []string{x.worker, "Працівник", x.action, dmy(x.date), x.result}
	})
	f.xlsx("kadry_2023.xlsx", hrHeader, hr[""])
	months, docs := byKey(w.docs, func(d document) string { return d.date.Format("2006-01") }, docRow)
	for _, m := range months {
		name := "sed_" + m + ".csv"
		if m == "2023-05" {
			name = "sed_2023-05_v2.csv"
		}
		f.csv(name, documentHeader, docs[m])
	}
	for _, o := range hromadata.Offices {
		var rows []privilege
		for _, p := range w.privs {
			if p.office == o.Code {
				rows = append(rows, p)
			}
		}
		f.put("edarp_"+o.Slug+"_20240110.dbf", privilegesDBF(t, rows))
	}
	var aid [][]string
	for _, a := range w.aid {
		aid = append(aid, aidRow(a))
	}
	f.xlsx("nat_dopomoha_2023_v2.xlsx", deptAidHeader, aid)
	return f.names
}

func docRow(d document) []string {
	return []string{d.regNo, dmy(d.date), d.direction, d.kind, d.channel, d.subject, "Кореспондент", "Зміст"}
}

func aidRow(a deptAid) []string {
	return []string{dmy(a.date), a.action, a.basis, a.basisNo, a.recipient, "Особа", strconv.Itoa(a.quantity), money(a.amountKop), a.funding}
}
