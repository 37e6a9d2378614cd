package demo

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"

	sqlfs "github.com/hromadata/hromadata/sql"
)

var (
	cscCaseHeader    = []string{"Відділення", "Номер справи", "РНОКПП", "ПІБ", "Дата народження", "Стать", "Категорія", "ВПО", "Оплата", "Взято на облік", "Знято з обліку", "Причина зняття"}
	cscActHeader     = []string{"Дата", "Відділення", "Послуга/захід", "Номер справи", "РНОКПП", "ПІБ", "Дата народження", "Стать", "Категорія", "Дітей у сім’ї", "Кількість", "Заходів", "Сума, грн"}
	cscReceiptHeader = []string{"Дата", "Відділення", "Вид", "Найменування", "Кількість", "Сума, грн", "Джерело"}
)

// cscExportDate is when the Centre exported its register: the snapshot's revision.
const cscExportDate = "20250105"

// writeCSC writes the Centre's register (a snapshot per department), its journal of
// acts (a file per month) and its receipts of goods.
func (p *planner) writeCSC(dir string, scale int) (int, error) {
	units, err := cscUnitsFromSeed()
	if err != nil {
		return 0, err
	}
	var cases []*cscClient
	var acts []cscAct
	for pass := range scale {
		g := newCSC(p, pass, units)
		g.build()
		for _, kind := range sortedKeys(g.cases) {
			cases = append(cases, g.cases[kind]...)
		}
		acts = append(acts, g.acts...)
	}
	cases, acts = p.forYear(2024, cscStream).extendCSC(cases, acts)
	acts = p.forYear(2022, cscStream).earlierActs(acts)
	files, err := writeCSCCases(dir, cases, units)
	if err != nil {
		return files, err
	}
	n, err := writeCSCActs(dir, acts)
	files += n
	if err != nil {
		return files, err
	}
	n, err = p.writeCSCReceipts(dir, scale)
	return files + n, err
}

func yesNoOf(b bool) string {
	if b {
		return "так"
	}
	return "ні"
}

func sexOf(female bool) string {
	if female {
		return "ж"
	}
	return "ч"
}

func writeCSCCases(dir string, cases []*cscClient, units []cscUnit) (int, error) {
	bySlug := map[string]*sheet{}
	slugs := map[string]string{}
	for _, u := range units {
		slugs[u.code] = cscDepartmentSlugs[u.department]
	}
	for _, c := range cases {
		slug := slugs[c.unit]
		if bySlug[slug] == nil {
			bySlug[slug] = &sheet{title: "Реєстр отримувачів соціальних послуг станом на 05.01.2025", header: cscCaseHeader}
		}
		id, name := any(c.who.rnokpp), any(c.who.name)
		if c.noID {
			id, name = nil, nil
		}
		var to, reason, fee any
		if !c.to.IsZero() {
			to, reason = c.to, c.reason
		}
		if c.fee != "" {
			fee = c.fee
		}
		bySlug[slug].rows = append(bySlug[slug].rows, []any{c.unit, c.caseNo, id, name, c.who.birth, sexOf(c.female), c.category, yesNoOf(c.idp), fee, c.from, to, reason})
	}
	files := 0
	for _, slug := range sortedKeys(bySlug) {
		if err := bySlug[slug].write(filepath.Join(dir, fmt.Sprintf("tsnsp_oblik_%s_%s.xlsx", slug, cscExportDate))); err != nil {
			return files, err
		}
		files++
	}
	return files, nil
}

// actCodes maps act keys to the codes the journal writes, from the warehouse's seed.
func actCodes() (map[string]string, error) {
	rows, err := sqlfs.Seed("ref_csc_acts")
	if err != nil {
		return nil, err
	}
	codes := map[string]string{}
	for _, r := range rows {
		codes[r["key"]] = r["code"]
	}
	return codes, nil
}

func writeCSCActs(dir string, acts []cscAct) (int, error) {
	codes, err := actCodes()
	if err != nil {
		return 0, err
	}
	sort.SliceStable(acts, func(i, j int) bool { return acts[i].date.Before(acts[j].date) })
	byMonth := map[string]*csvFile{}
	for _, a := range acts {
		m := a.date.Format("2006-01")
		if byMonth[m] == nil {
			byMonth[m] = &csvFile{}
			byMonth[m].row(cscActHeader...)
		}
		row := []string{dmy(a.date), a.unit, codes[a.key], "", "", "", "", "", "", "", "", "", ""}
		if c := a.c; c != nil {
			row[3] = c.caseNo
			if !c.noID {
				row[4], row[5], row[6], row[7] = c.who.rnokpp, c.who.name, dmy(c.who.birth), sexOf(c.female)
			}
			row[8] = c.category
			if c.family {
				row[9] = strconv.Itoa(c.children)
			}
		}
		if a.quantity > 0 {
			row[10] = strconv.FormatInt(a.quantity, 10)
		}
		if a.measures > 0 {
			row[11] = strconv.FormatInt(a.measures, 10)
		}
		if a.amount > 0 {
			row[12] = money(a.amount)
		}
		byMonth[m].row(row...)
	}
	// Real journals are not clean: July's has a hand-typed act on a day that does not
	// exist (rejected, and not counted), March's was re-saved in a spreadsheet tool.
	if jul := byMonth["2023-07"]; jul != nil {
		jul.row("31.06.2023", "ДН-ДОМ", codes["hairdresser"], "", "", "", "", "", "", "", "1", "1", "")
	}
	files := 0
	for _, m := range sortedKeys(byMonth) {
		if err := byMonth[m].write(filepath.Join(dir, "tsnsp_akty_"+m+".csv"), m == "2023-03"); err != nil {
			return files, err
		}
		files++
	}
	return files, nil
}

// writeCSCReceipts writes the year's receipts of goods.
func (p *planner) writeCSCReceipts(dir string, scale int) (int, error) {
	var f csvFile
	f.row(cscReceiptHeader...)
	for range scale {
		for _, r := range cscReceipts {
			qty := int64(p.n(int(r.quantity)))
			f.row(dmy(p.at(r.date)), r.unit, r.kind, r.item, strconv.FormatInt(qty, 10), money(p.sum(r.amount)), r.funding)
		}
	}
	return 1, f.write(filepath.Join(dir, fmt.Sprintf("tsnsp_tmts_%d.csv", p.year)), false)
}
