package demo

import (
	"fmt"
	"path/filepath"
	"sort"
	"time"
)

var documentHeader = []string{"Реєстраційний номер", "Дата реєстрації", "Напрям", "Вид документа", "Канал надходження", "Тема", "Кореспондент", "Короткий зміст"}

// writeDocuments writes the document register, one export per month of the planner's year.
func (p *planner) writeDocuments(dir string, scale int) (int, error) {
	type doc struct {
		date                              time.Time
		direction, kind, channel, subject string
	}
	var docs []doc
	for range scale {
		for _, g := range documents2023 {
			for range p.n(g.n) {
				day := between(p.day(1, 2), p.day(12, 29), p.intn)
				for day.Weekday() == time.Saturday || day.Weekday() == time.Sunday {
					day = day.AddDate(0, 0, 1)
				}
				docs = append(docs, doc{day, g.direction, g.kind, g.channel, g.subject})
			}
		}
	}
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].date.Before(docs[j].date) })
	files := map[string]*csvFile{}
	prefix := map[string]string{"вхідний": "ВХ", "вихідний": "ВИХ", "внутрішній": "ВН"}
	for i, dc := range docs {
		m := dc.date.Format("2006-01")
		if files[m] == nil {
			files[m] = &csvFile{}
			files[m].row(documentHeader...)
		}
		files[m].row(p.ref(fmt.Sprintf("%s-%06d", prefix[dc.direction], i+1)), dmy(dc.date), dc.direction, dc.kind, dc.channel, dc.subject,
			"Кореспондент", "Короткий зміст документа")
	}
	months := sortedKeys(files)
	for _, m := range months {
		if err := files[m].write(filepath.Join(dir, "sed_"+m+".csv"), false); err != nil {
			return 0, err
		}
	}
	return len(months), nil
}
