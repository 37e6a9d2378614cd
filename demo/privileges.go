package demo

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/atomicfile"
	"github.com/hromadata/hromadata/dbf"
)

// privilege is one record of the privilege register.
type privilege struct {
	office         hromadata.Office
	who            person
	lgcode, lgkat  string
	family         string
	granted, ended time.Time
}

// privilegeAges are plausible ages at 2024 per LGCODE and LGKAT; none reaches 100,
// so that the register's centenarians are exactly the calibrated ones.
func privilegeAges(lgcode, lgkat string) (int, int) {
	switch {
	case lgkat == "ЗХ":
		return 20, 60
	case lgkat == "АФ":
		return 55, 70
	case lgkat == "ВВ", lgcode == "30", lgcode == "80":
		return 80, 99
	case lgcode == "13":
		return 60, 99
	case lgcode == "20":
		return 60, 90
	case lgcode == "21":
		return 79, 99
	case lgcode == "40":
		return 50, 85
	case lgcode == "60":
		return 1, 40
	}
	return 30, 70
}

func (p *planner) office() hromadata.Office {
	r, i := p.intn(100), 0
	for r >= officeWeights[i] {
		r -= officeWeights[i]
		i++
	}
	return hromadata.Offices[i]
}

func (p *planner) grantedIn(year int) time.Time {
	return between(d(year, 1, 9), d(year, 12, 28), p.intn)
}

func (p *planner) grantedBefore2023() time.Time {
	return between(d(1995, 1, 10), d(2022, 12, 28), p.intn)
}

// privileges builds the register: the calibrated active records, some ended ones,
// the large families and the centenarians.
func (p *planner) privileges(scale int) []privilege {
	var out []privilege
	families := 0
	for range scale {
		var widows []int
		for _, b := range privilegeBuckets {
			lo, hi := privilegeAges(b.lgcode, b.lgkat)
			for i := range b.active {
				r := privilege{office: p.office(), who: p.people.aged(lo, hi, p.intn(100) < 60), lgcode: b.lgcode, lgkat: b.lgkat, granted: p.grantedBefore2023()}
				if i < b.in2023 {
					r.granted = p.grantedIn(2023)
				} else if b.lgcode == "13" {
					widows = append(widows, len(out))
				}
				out = append(out, r)
			}
			for range b.active / closedPrivilegeShare {
				granted := between(d(1995, 1, 10), d(2020, 12, 28), p.intn)
				out = append(out, privilege{office: p.office(), who: p.people.aged(lo, hi, p.intn(100) < 60), lgcode: b.lgcode, lgkat: b.lgkat,
					granted: granted, ended: between(d(2021, 1, 5), d(2023, 12, 28), p.intn)})
			}
		}
		// The centenarians are widows of war veterans: four turned 100 in 2023, two are older.
		for i := 0; i < centenariansAged100+centenariansOver100; i++ {
			birth := between(d(1923, 1, 2), d(1923, 12, 31), p.intn)
			if i >= centenariansAged100 {
				birth = between(d(1920, 1, 1), d(1922, 12, 31), p.intn)
			}
			out[widows[i]].who = p.people.born(birth, true)
		}
		out = append(out, p.largeFamilies(&families)...)
	}
	return out
}

var privilegeFields = []dbf.Field{
	{Name: "RAJON", Kind: 'C', Length: 2}, {Name: "IDCODE", Kind: 'C', Length: 10}, {Name: "FIO", Kind: 'C', Length: 60},
	{Name: "DROG", Kind: 'D', Length: 8}, {Name: "LGCODE", Kind: 'N', Length: 3}, {Name: "LGKAT", Kind: 'C', Length: 2},
	{Name: "IDFAM", Kind: 'C', Length: 10}, {Name: "DATA1", Kind: 'D', Length: 8}, {Name: "DATA2", Kind: 'D', Length: 8},
}

// dos writes text as the register's DOS software does: cp866 has no і or ґ, so they
// are written with the Latin i and Russian г operators used instead.
var dos = strings.NewReplacer("і", "i", "І", "I", "ґ", "г", "Ґ", "Г", "’", "'")

func dbfDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("20060102")
}

// writePrivileges writes one register table per office.
func writePrivileges(dir string, rs []privilege) (int, error) {
	for _, o := range hromadata.Offices {
		var rows [][]string
		for _, r := range rs {
			if r.office == o {
				rows = append(rows, []string{o.Code, r.who.rnokpp, dos.Replace(r.who.name), dbfDate(r.who.birth), r.lgcode, r.lgkat, r.family, dbfDate(r.granted), dbfDate(r.ended)})
			}
		}
		raw, err := dbf.Encode(privilegeFields, rows, ExportDate)
		if err != nil {
			return 0, err
		}
		name := fmt.Sprintf("edarp_%s_%s.dbf", o.Slug, ExportDate.Format("20060102"))
		if err := atomicfile.WriteFile(filepath.Join(dir, name), raw, 0o644); err != nil {
			return 0, err
		}
	}
	return len(hromadata.Offices), nil
}
