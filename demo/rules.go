package demo

import "time"

// rule says when an assignment of a code may start and when it ends.
type rule struct {
	fromMin, fromMax time.Time
	months, days     int  // fixed duration; both zero means open-ended
	fixedFrom        bool // everyone starts on fromMin (academic years)
	endMax           time.Time
}

func d(y, m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }

var (
	jan2022   = d(2022, 1, 1)
	jan2023   = d(2023, 1, 1)
	jan2024   = d(2024, 1, 1)
	lastStart = d(2023, 12, 15)
)

// activeRules: every assignment drawn from these is active at the start of 01.01.2024.
var activeRules = map[string]rule{
	"101": {fromMin: d(2023, 8, 29), fromMax: lastStart, days: 126},
	"102": {fromMin: d(2021, 1, 5), fromMax: lastStart, months: 36},
	"103": {fromMin: d(2012, 1, 1), fromMax: lastStart},
	"104": {fromMin: d(2010, 1, 1), fromMax: lastStart},
	"105": {fromMin: d(2023, 7, 5), fromMax: lastStart, months: 6},
	"106": {fromMin: d(2021, 1, 5), fromMax: lastStart, months: 36},
	"201": {fromMin: d(2023, 7, 5), fromMax: lastStart, months: 6},
	"202": {fromMin: d(2014, 1, 1), fromMax: lastStart},
	"301": {fromMin: d(2022, 3, 1), fromMax: lastStart},
	"413": {fromMin: d(2023, 1, 10), fromMax: lastStart, months: 12},
	"414": {fromMin: d(2023, 9, 1), fromMax: d(2023, 9, 1), fixedFrom: true, months: 10},
	"416": {fromMin: d(2023, 3, 1), fromMax: lastStart, months: 12},
}

// openRule is the rule of every other active code: open-ended, started any time since 2010.
var openRule = rule{fromMin: d(2010, 1, 1), fromMax: lastStart}

// closedRules: assignments drawn from these ended before 01.01.2024.
var closedRules = map[string]rule{
	"301": {fromMin: d(2022, 3, 1), fromMax: d(2023, 6, 30), endMax: d(2023, 12, 31)},
	"101": {fromMin: d(2021, 9, 1), fromMax: d(2023, 8, 28), days: 126},
	"201": {fromMin: d(2021, 7, 1), fromMax: d(2023, 6, 30), months: 6},
	"102": {fromMin: d(2019, 1, 5), fromMax: d(2020, 12, 31), months: 36},
	"105": {fromMin: d(2022, 1, 1), fromMax: d(2023, 6, 30), months: 6},
	"413": {fromMin: d(2022, 1, 10), fromMax: d(2023, 1, 1), months: 12},
	"404": {fromMin: d(2010, 1, 1), fromMax: d(2021, 12, 31), endMax: d(2023, 12, 31)},
	"403": {fromMin: d(2012, 1, 1), fromMax: d(2021, 12, 31), endMax: d(2023, 12, 31)},
	"414": {fromMin: d(2022, 9, 1), fromMax: d(2022, 9, 1), fixedFrom: true, months: 10},
}

func activeRule(code string) rule {
	if r, ok := activeRules[code]; ok {
		return r
	}
	return openRule
}

// lumpSum reports whether a code is paid once rather than monthly.
func lumpSum(code string) bool {
	switch code {
	case "101", "412", "413", "415", "416":
		return true
	}
	return false
}

// baseMonthly is a plausible monthly amount in UAH; calibration rescales the
// budget lines the report publishes, the rest keep these.
var baseMonthly = map[string]float64{
	"101": 4200, "102": 860, "103": 1800, "104": 5500, "105": 1800, "106": 860,
	"201": 2400, "202": 1900, "301": 2500, "401": 1400, "402": 2300, "403": 1200,
	"404": 2800, "405": 5500, "406": 2000, "407": 1700, "408": 1000, "409": 700,
	"410": 38000, "411": 2500, "412": 1000, "413": 5000, "414": 1700, "415": 3000,
	"416": 1200000, "501": 300, "502": 300, "503": 2500, "504": 150,
}

// forced2023 reports whether every start the rule allows leads to a decision in 2023.
func (r rule) forced2023() bool { return !r.fromMin.Before(jan2023) }

// forcedPre reports whether every start the rule allows leads to a decision before 2023.
func (r rule) forcedPre() bool { return r.fromMax.Before(d(2022, 12, 17)) }

// end is the last day of an assignment starting on from, or zero for open-ended ones.
func (r rule) end(from time.Time, rnd func(int) int) time.Time {
	switch {
	case r.months > 0:
		return from.AddDate(0, r.months, -1)
	case r.days > 0:
		return from.AddDate(0, 0, r.days-1)
	case !r.endMax.IsZero():
		lo := from.AddDate(0, 2, 0)
		if lo.Before(jan2022) {
			lo = jan2022
		}
		return between(lo, r.endMax, rnd)
	}
	return time.Time{}
}

func between(a, b time.Time, rnd func(int) int) time.Time {
	n := int(b.Sub(a).Hours() / 24)
	if n <= 0 {
		return a
	}
	return a.AddDate(0, 0, rnd(n+1))
}
