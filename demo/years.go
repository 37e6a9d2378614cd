package demo

import (
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"time"
)

// The demo covers 2022–2024. 2023 is the calibrated year; the year-scoped registers of
// 2022 and 2024 are the same generators run for another year: the calibration's dates
// move by whole years and every series (one count or sum of the calibration) grows or
// shrinks by its own few percent, drawn from the seed. Nothing of another year is
// tuned to any figure.
const calibratedYear = 2023

// otherYears are the uncalibrated years the demo also covers.
var otherYears = []int{2022, 2024}

// forYear is a planner for one uncalibrated year and one stream of its sources: its
// own random streams, so that the calibrated year's draws do not change, and a copy of
// the people invented so far, so that nobody new gets a tax number already given.
func (p *planner) forYear(year int, stream uint64) *planner {
	seed := p.seed ^ uint64(year)*0x2545f4914f6cdd1d ^ stream*0x9e3779b97f4a7c15
	q := newPlanner(seed)
	q.year = year
	q.growth = rand.New(rand.NewPCG(seed, 0x5851f42d4c957f2d))
	q.people = &people{p: q, used: maps.Clone(p.people.used)}
	return q
}

// Streams of the uncalibrated years' planners.
const (
	registersStream = iota
	benefitsStream
	privilegesStream
	idpStream
	caseworkStream
	cscStream
	budgetStream
	passportStream
)

// calibrated reports whether the planner generates the calibrated year.
func (p *planner) calibrated() bool { return p.year == calibratedYear }

// factor is one series' growth against 2023: up to 7 % either way.
func (p *planner) factor() float64 {
	if p.calibrated() {
		return 1
	}
	return 0.93 + float64(p.growth.IntN(141))/1000
}

// n is a count of the calibration in the planner's year.
func (p *planner) n(count int) int {
	if p.calibrated() {
		return count
	}
	return int(math.Round(float64(count) * p.factor()))
}

// sum is a sum of the calibration (kopecks) in the planner's year, in whole гривні.
func (p *planner) sum(k int64) int64 {
	if p.calibrated() {
		return k
	}
	return int64(math.Round(float64(k)*p.factor()/100)) * 100
}

// at moves a date of the calibrated year into the planner's year.
func (p *planner) at(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.AddDate(p.year-calibratedYear, 0, 0)
}

// day is a day of the planner's year.
func (p *planner) day(month, day int) time.Time { return d(p.year, month, day) }

// ref makes a register's number unique across years: the calibrated year's numbers
// are as they were, another year's carry the year.
func (p *planner) ref(no string) string {
	if p.calibrated() {
		return no
	}
	return fmt.Sprintf("%s/%d", no, p.year)
}
