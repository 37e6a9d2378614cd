package hromadata

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// Period is a half-open reporting interval [From, To). A flow counts events
// inside it; a stock is the state at the start of the day To.
type Period struct {
	Label string
	From  time.Time
	To    time.Time
}

var (
	reYear    = regexp.MustCompile(`^(\d{4})$`)
	reQuarter = regexp.MustCompile(`^(\d{4})-Q([1-4])$`)
	reMonth   = regexp.MustCompile(`^(\d{4})-(0[1-9]|1[0-2])$`)
)

// ParsePeriod reads a year ("2023"), a quarter ("2023-Q2") or a month ("2023-05").
func ParsePeriod(s string) (Period, error) {
	if m := reYear.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		return NewPeriod(s, date(y, 1), date(y+1, 1)), nil
	}
	if m := reQuarter.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		q, _ := strconv.Atoi(m[2])
		from := date(y, 3*(q-1)+1)
		return NewPeriod(s, from, from.AddDate(0, 3, 0)), nil
	}
	if m := reMonth.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		from := date(y, mo)
		return NewPeriod(s, from, from.AddDate(0, 1, 0)), nil
	}
	return Period{}, E(Invalid, fmt.Sprintf("невідомий період %q: очікується рік (2023), квартал (2023-Q2) або місяць (2023-05)", s))
}

// NewPeriod builds a period from its bounds.
func NewPeriod(label string, from, to time.Time) Period {
	return Period{Label: label, From: from, To: to}
}

// Months lists the calendar months that start inside the period, in order.
func (p Period) Months() []Period {
	var out []Period
	for m := p.From; m.Before(p.To); m = m.AddDate(0, 1, 0) {
		out = append(out, NewPeriod(m.Format("2006-01"), m, m.AddDate(0, 1, 0)))
	}
	return out
}

// Previous is the period of the same length a year earlier.
func (p Period) Previous() Period {
	return NewPeriod(p.Label+" −1 рік", p.From.AddDate(-1, 0, 0), p.To.AddDate(-1, 0, 0))
}

// AsOf is the date a stock is reported for: the start of the day To.
func (p Period) AsOf() time.Time { return p.To }

func date(y, m int) time.Time { return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC) }
