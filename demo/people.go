package demo

import (
	"fmt"
	"time"
)

// person is an invented applicant: a well-formed РНОКПП that encodes the birth date
// and sex the way real ones do, and a plausible ПІБ.
type person struct {
	rnokpp string
	name   string
	birth  time.Time
}

var (
	// surnames ending in -енко, -ук, -ник and Бойко do not change with sex.
	surnames  = []string{"Коваленко", "Бондаренко", "Ткаченко", "Шевченко", "Кравченко", "Олійник", "Мельник", "Поліщук", "Савченко", "Руденко", "Марченко", "Гаврилюк", "Лисенко", "Петренко", "Зінченко", "Дорошенко", "Бойко", "Кузьменко", "Нестеренко", "Павленко"}
	menNames  = []string{"Олександр", "Андрій", "Іван", "Сергій", "Микола", "Василь", "Дмитро", "Юрій", "Петро", "Євген"}
	menPatr   = []string{"Олександрович", "Андрійович", "Іванович", "Сергійович", "Миколайович", "Васильович", "Петрович", "Юрійович"}
	womenName = []string{"Олена", "Наталія", "Ірина", "Тетяна", "Оксана", "Світлана", "Людмила", "Галина", "Марія", "Юлія", "Ганна", "Катерина"}
	womenPatr = []string{"Олександрівна", "Андріївна", "Іванівна", "Сергіївна", "Миколаївна", "Василівна", "Петрівна", "Юріївна"}
)

// ageRange is the applicant's age at 2024 for benefits that imply one.
func ageRange(code string) (int, int) {
	switch code {
	case "101", "102", "105", "106", "405", "413":
		return 19, 42
	case "414":
		return 17, 23
	case "401", "409":
		return 80, 95
	case "411":
		return 100, 103
	}
	return 25, 75
}

// people hands out unique people; the РНОКПП's 9th digit is odd for men.
type people struct {
	p    *planner
	used map[string]bool
}

func (pp *people) next(code string) person {
	lo, hi := ageRange(code)
	female := code == "101" || code == "102" || code == "103" || code == "413" || pp.p.intn(100) < 62
	return pp.aged(lo, hi, female)
}

// aged makes a person whose age at 01.01.2024 is between lo and hi years.
func (pp *people) aged(lo, hi int, female bool) person {
	age := lo + pp.p.intn(hi-lo+1)
	birth := d(2024-age, 1, 1).AddDate(0, 0, -pp.p.intn(365))
	return pp.born(birth, female)
}

// born makes a person born on the given day.
func (pp *people) born(birth time.Time, female bool) person {
	for {
		days := int(birth.Sub(d(1899, 12, 31)).Hours() / 24)
		sex := 2 * pp.p.intn(5)
		if !female {
			sex++
		}
		body := fmt.Sprintf("%05d%03d%d", days, pp.p.intn(1000), sex)
		id := body + fmt.Sprint(checkDigit(body))
		if pp.used[id] {
			continue
		}
		pp.used[id] = true
		s := surnames[pp.p.intn(len(surnames))]
		var name string
		if female {
			name = fmt.Sprintf("%s %s %s", s, womenName[pp.p.intn(len(womenName))], womenPatr[pp.p.intn(len(womenPatr))])
		} else {
			name = fmt.Sprintf("%s %s %s", s, menNames[pp.p.intn(len(menNames))], menPatr[pp.p.intn(len(menPatr))])
		}
		return person{rnokpp: id, name: name, birth: birth}
	}
}

func checkDigit(body string) int {
	w := [9]int{-1, 5, 7, 9, 4, 6, 10, 5, 7}
	sum := 0
	for i := 0; i < 9; i++ {
		sum += w[i] * int(body[i]-'0')
	}
	return ((sum % 11) + 11) % 11 % 10
}
