// Package demo generates the exports a department receives, for a demo city
// calibrated to the 2023 annual report: record-level, in their real formats and with
// the quirks real exports have, deterministic from a seed.
package demo

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"time"

	"github.com/hromadata/hromadata"
)

// Options configure the generator.
type Options struct {
	Inbox string // where the export files are written
	Seed  uint64
	Scale int // how many times the city's volume; 0 means 1
}

// Summary counts what was generated.
type Summary struct {
	Files, Families, Assignments, Payments, Expenditures, CityPayments, Privileges int
}

// ExportDate is the date of the snapshots the demo writes: the registers as they stood
// at the end of 2024, with their history.
var ExportDate = d(2025, 1, 10)

// Generate writes the demo exports into opts.Inbox.
func Generate(opts Options) (Summary, error) {
	if opts.Scale < 1 {
		opts.Scale = 1
	}
	p := newPlanner(opts.Seed)
	if err := p.plan(opts.Scale); err != nil {
		return Summary{}, err
	}
	p.identify()
	pays := payments(p.fams)
	if err := calibrate(pays, p.fams, opts.Scale, p.intn); err != nil {
		return Summary{}, err
	}
	next := p.forYear(2024, benefitsStream)
	born, pays2024 := next.extendBenefits(p.fams)
	p.fams, pays = append(p.fams, born...), append(pays, pays2024...)
	if err := ensureDir(opts.Inbox); err != nil {
		return Summary{}, err
	}
	s := Summary{Families: len(p.fams), Payments: len(pays)}
	n, err := p.writeAssignments(opts.Inbox)
	if err != nil {
		return s, err
	}
	s.Assignments = n
	files, err := p.writePayments(opts.Inbox, pays)
	s.Files = len(hromadata.Offices) + files
	if err != nil {
		return s, err
	}
	exps, err := p.expenditures(pays, opts.Scale, next)
	if err != nil {
		return s, err
	}
	obls, err := p.obligations(exps, opts.Scale, next, p.forYear(2022, budgetStream))
	if err != nil {
		return s, err
	}
	n, err = writeBudget(opts.Inbox, exps, obls)
	s.Files += n
	s.Expenditures = len(exps)
	if err != nil {
		return s, err
	}
	n, err = p.writePassports(opts.Inbox, exps, pays)
	s.Files += n
	if err != nil {
		return s, err
	}
	city := p.cityPayments(opts.Scale)
	n, err = writeCityPayments(opts.Inbox, city)
	s.Files += n
	s.CityPayments = len(city)
	if err != nil {
		return s, err
	}
	privs := p.forYear(2024, privilegesStream).extendPrivileges(p.privileges(opts.Scale))
	n, err = writePrivileges(opts.Inbox, privs)
	s.Files += n
	s.Privileges = len(privs)
	if err != nil {
		return s, err
	}
	for _, write := range p.registers() {
		n, err = write(opts.Inbox, opts.Scale)
		s.Files += n
		if err != nil {
			return s, err
		}
	}
	for _, year := range otherYears { // after the calibrated year: its draws stay as they were
		q := p.forYear(year, registersStream)
		for _, write := range q.yearly() {
			n, err = write(opts.Inbox, opts.Scale)
			s.Files += n
			if err != nil {
				return s, err
			}
		}
	}
	return s, nil
}

// yearly are the writers of the registers that export a year's records, run again for
// each uncalibrated year.
func (p *planner) yearly() []func(dir string, scale int) (int, error) {
	return []func(string, int) (int, error){
		p.writeMaterialAid, p.writeDeputiesAid, p.writeCentres, p.writeDocuments, p.writeRecreation,
		p.writeSocialServicesDecisions, p.writeAdvisoryMeetings, p.writeTrainings, p.writeHR, p.writeDepartmentAid,
		p.writeCasework, p.writeCSCReceipts,
		func(dir string, scale int) (int, error) { return writeCityPayments(dir, p.cityPayments(scale)) },
	}
}

// registers are the writers of the sources that need nothing from the benefits plan:
// each writes its exports of the whole city, scaled, and says how many files.
func (p *planner) registers() []func(dir string, scale int) (int, error) {
	return []func(string, int) (int, error){
		p.writeMaterialAid, p.writeDeputiesAid,
		func(dir string, scale int) (int, error) {
			people := p.idps(scale)
			placed := slices.Clone(people) // the dormitories' placements are 2023's
			return p.writeIDPs(dir, p.forYear(2024, idpStream).extendIDPs(people), placed)
		},
		p.writeCentres, p.writeDocuments, p.writeRecreation, p.writeSocialServicesDecisions,
		p.writeAdvisoryMeetings, p.writeCSC, p.writeTrainings, p.writeHR, p.writeDepartmentAid, p.writeCasework,
	}
}

// identify gives every family its applicant and a personal account in its office.
func (p *planner) identify() {
	p.people = &people{p: p, used: map[string]bool{}}
	seq := map[string]int{}
	for _, f := range p.fams {
		f.person = p.people.next(f.assigned[0].code)
		seq[f.office.Code]++
		f.account = fmt.Sprintf("%s%07d", f.office.Code, seq[f.office.Code])
	}
}

func (p *planner) writeAssignments(dir string) (int, error) {
	n := 0
	for _, o := range hromadata.Offices {
		var c csvFile
		c.row(assignmentHeader...)
		var sample []string
		for _, f := range p.fams {
			if f.office != o {
				continue
			}
			for _, a := range f.assigned {
				row := assignmentRow(f, a)
				c.row(row...)
				sample = row
				n++
			}
		}
		switch o.Slug {
		case "pivdenne": // operator typos that the loader must reject, naming line and column
			bad := append([]string(nil), sample...)
			bad[7] = "31.02.2023"
			c.row(bad...)
			bad = append([]string(nil), sample...)
			bad[5] = "999"
			c.row(bad...)
		case "dniprovske": // trailing empty rows, as spreadsheet exports leave them
			for range 3 {
				c.row(make([]string, len(assignmentHeader))...)
			}
		}
		name := fmt.Sprintf("pryznachennia_%s_%s.csv", o.Slug, ExportDate.Format("20060102"))
		if err := c.write(filepath.Join(dir, name), false); err != nil {
			return n, err
		}
	}
	return n, nil
}

// list is one twice-monthly payment list of one office.
type list struct {
	office hromadata.Office
	date   time.Time
	rows   []*payment
}

func (l list) name(suffix string) string {
	half := 1
	if l.date.Day() > 15 {
		half = 2
	}
	return fmt.Sprintf("vyplaty_%s_%s-%d%s.csv", l.office.Slug, l.date.Format("2006-01"), half, suffix)
}

func (p *planner) writePayments(dir string, pays []*payment) (int, error) {
	lists := map[string]*list{}
	for _, pay := range pays {
		k := pay.fam.office.Code + pay.listDate.Format("20060102")
		if lists[k] == nil {
			lists[k] = &list{office: pay.fam.office, date: pay.listDate}
		}
		lists[k].rows = append(lists[k].rows, pay)
	}
	keys := sortedKeys(lists)
	files := 0
	for _, k := range keys {
		l := lists[k]
		sort.SliceStable(l.rows, func(i, j int) bool { return l.rows[i].fam.account < l.rows[j].fam.account })
		name := l.name("")
		var c csvFile
		c.row(paymentHeader...)
		for i, pay := range l.rows {
			c.row(paymentRow(pay)...)
			if name == "vyplaty_dniprovske_2023-02-2.csv" && i == len(l.rows)/2 {
				c.row(paymentHeader...) // a page break in the source repeats the header
			}
		}
		if name == "vyplaty_zavodske_2023-06-2.csv" {
			if err := p.writeFirstSending(dir, l); err != nil {
				return files, err
			}
			files++
			name = l.name("_v2")
		}
		if name == "vyplaty_pivdenne_2022-09-1.csv" {
			bad := paymentRow(l.rows[0])
			bad[3] = bad[3][:9] + fmt.Sprint((int(bad[3][9]-'0')+1)%10) // a mistyped tax number
			c.row(bad...)
		}
		if err := c.write(filepath.Join(dir, name), name == "vyplaty_pivdenne_2022-03-1.csv"); err != nil {
			return files, err
		}
		files++
	}
	return files, nil
}

// writeFirstSending writes the list as first sent, with rows missing and amounts
// wrong; the _v2 file re-sends it corrected and must replace it.
func (p *planner) writeFirstSending(dir string, l *list) error {
	var c csvFile
	c.row(paymentHeader...)
	for i, pay := range l.rows {
		if i%25 == 7 {
			continue
		}
		row := paymentRow(pay)
		if i%40 == 3 {
			row[7] = money(pay.amount * 2)
		}
		c.row(row...)
	}
	return c.write(filepath.Join(dir, l.name("")), false)
}
