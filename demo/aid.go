package demo

import (
	"fmt"
	"path/filepath"
	"sort"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/hromadata/hromadata/atomicfile"
)

// sheet is a workbook to write: a title row, then the header, then the rows.
type sheet struct {
	title  string
	header []string
	rows   [][]any
}

// writeXLSX writes a workbook as the department's office software does.
func (s sheet) write(path string) error {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return err
	}
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		return err
	}
	if err := sw.SetRow("A1", []any{s.title}); err != nil {
		return err
	}
	header := make([]any, len(s.header))
	for i, h := range s.header {
		header[i] = h
	}
	if err := sw.SetRow("A3", header); err != nil {
		return err
	}
	for i, row := range s.rows {
		cells := make([]any, len(row))
		for j, v := range row {
			if t, ok := v.(time.Time); ok {
				cells[j] = excelize.Cell{StyleID: dateStyle, Value: t}
				continue
			}
			cells[j] = v
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+4)
		if err := sw.SetRow(cell, cells); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(path, buf.Bytes(), 0o644)
}

// shares splits total into n parts, each at least floor (when total allows).
func (p *planner) shares(total int64, n int, floor int64) []int64 {
	out := make([]int64, n)
	if n == 0 {
		return out
	}
	if total < floor*int64(n) {
		floor = 0
	}
	rest := total - floor*int64(n)
	weights := make([]int64, n)
	var sum int64
	for i := range weights {
		weights[i] = int64(50 + p.intn(100))
		sum += weights[i]
	}
	var given int64
	for i := range out {
		share := rest * weights[i] / sum
		out[i] = floor + share
		given += share
	}
	for i := 0; given < rest; i = (i + 1) % n {
		out[i]++
		given++
	}
	return out
}

// split shares total kopecks between n recipients in whole hundreds of гривні.
func (p *planner) split(total int64, n int) []int64 {
	units := total / 10000
	out := make([]int64, n)
	var given int64
	weights := make([]float64, n)
	var sum float64
	for i := range weights {
		weights[i] = 0.5 + float64(p.intn(1000))/1000
		sum += weights[i]
	}
	for i := range out {
		out[i] = max(1, int64(float64(units)*weights[i]/sum))
		given += out[i]
	}
	for i := 0; given != units; i = (i + 1) % n {
		if given < units {
			out[i]++
			given++
		} else if out[i] > 1 {
			out[i]--
			given--
		}
	}
	for i := range out {
		out[i] *= 10000
	}
	return out
}

// meetingDays are the commission's meetings: the second and fourth Tuesday of a month,
// with a summer recess in August.
func meetingDays(year int) []time.Time {
	var out []time.Time
	for m := 1; m <= 12; m++ {
		if m == 8 {
			continue
		}
		tuesdays := 0
		for day := d(year, m, 1); day.Month() == time.Month(m); day = day.AddDate(0, 0, 1) {
			if day.Weekday() == time.Tuesday {
				tuesdays++
				if tuesdays == 2 || tuesdays == 4 {
					out = append(out, day)
				}
			}
		}
	}
	return out
}

var materialAidHeader = []string{"Дата засідання", "Номер протоколу", "РНОКПП заявника", "ПІБ заявника", "Категорія", "Рішення", "Сума, грн"}

// writeMaterialAid writes the commission's decisions, one workbook per month.
func (p *planner) writeMaterialAid(dir string, scale int) (int, error) {
	meetings := meetingDays(p.year)
	byMonth := map[string]*sheet{}
	add := func(day time.Time, row []any) {
		m := day.Format("2006-01")
		if byMonth[m] == nil {
			byMonth[m] = &sheet{title: "Рішення комісії з надання матеріальної допомоги, " + m, header: materialAidHeader}
		}
		byMonth[m].rows = append(byMonth[m].rows, row)
	}
	for range scale {
		for _, c := range materialAid {
			for _, amount := range p.split(p.sum(c.total), p.n(c.persons)) {
				day := meetings[p.intn(len(meetings))]
				who := p.people.next("000")
				add(day, []any{day, protocol(day, meetings), who.rnokpp, who.name, c.category, "виділити", float64(amount) / 100})
			}
		}
		for range p.n(materialAidRefused) {
			day := meetings[p.intn(len(meetings))]
			who := p.people.next("000")
			add(day, []any{day, protocol(day, meetings), who.rnokpp, who.name, fmt.Sprint(1 + p.intn(12)), "відмовити", nil})
		}
	}
	return writeSheets(dir, "matdopomoga_", byMonth)
}

func protocol(day time.Time, meetings []time.Time) string {
	for i, m := range meetings {
		if m.Equal(day) {
			return fmt.Sprintf("%d/%d", i+1, day.Year())
		}
	}
	return ""
}

var deputiesHeader = []string{"Номер відомості", "Дата відомості", "Рада", "Депутат", "РНОКПП", "ПІБ", "Сума, грн"}

// writeDeputiesAid writes the statements of aid paid at deputies' request.
func (p *planner) writeDeputiesAid(dir string, scale int) (int, error) {
	byMonth := map[string]*sheet{}
	seq := 0
	for range scale {
		for _, c := range deputiesAid {
			amounts := p.split(p.sum(c.total), p.n(c.persons))
			var dates []time.Time
			for range c.statements {
				dates = append(dates, between(p.day(1, 16), p.day(12, 22), p.intn))
			}
			sort.Slice(dates, func(i, j int) bool { return dates[i].Before(dates[j]) })
			for i, amount := range amounts {
				s := i % c.statements
				day := dates[s]
				no := fmt.Sprintf("%s-%03d", map[string]string{"обласна": "ОР", "міська": "МР"}[c.council], seq+s+1)
				who := p.people.next("000")
				m := day.Format("2006-01")
				if byMonth[m] == nil {
					byMonth[m] = &sheet{title: "Відомості на виплату матеріальної допомоги, " + m, header: deputiesHeader}
				}
				byMonth[m].rows = append(byMonth[m].rows, []any{no, day, c.council, fmt.Sprintf("Депутат округу № %d", 1+p.intn(42)), who.rnokpp, who.name, float64(amount) / 100})
			}
			seq += c.statements
		}
	}
	return writeSheets(dir, "deputatska_", byMonth)
}

func writeSheets(dir, prefix string, byMonth map[string]*sheet) (int, error) {
	months := sortedKeys(byMonth)
	for _, m := range months {
		if err := byMonth[m].write(filepath.Join(dir, prefix+m+".xlsx")); err != nil {
			return 0, err
		}
	}
	return len(months), nil
}
