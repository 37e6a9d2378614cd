package hromadata

import (
	"math"
	"strconv"
	"strings"
)

// Unit describes an indicator's values: how precisely they are kept and written for
// machines, and how they are shown to people. The unit alone decides both, whatever
// precision one printed report happened to use: money keeps every kopeck.
type Unit struct {
	Code      string // machine code, as in the report's figures table
	Label     string // Ukrainian, shown after the number
	Decimals  int    // shown to people
	Precision int    // kept and written for machines: what the unit can resolve
	One, Few  string // the label after 1 and after 2–4, for units that are counted
}

// LabelFor is the unit's label after v: «1 особа», «3 особи», «5 осіб»; units
// that are not counted (money, percent) keep their one label.
func (u Unit) LabelFor(v float64) string {
	if u.One == "" || v != math.Trunc(v) || math.Abs(v) > 1e15 {
		return u.Label
	}
	return Plural(int64(v), u.One, u.Few, u.Label)
}

// Units known to the catalogue.
var Units = map[string]Unit{
	"families":     {Code: "families", Label: "сімей", One: "сім’я", Few: "сім’ї"},
	"persons":      {Code: "persons", Label: "осіб", One: "особа", Few: "особи"},
	"thousand_uah": {Code: "thousand_uah", Label: "тис. грн", Decimals: 1, Precision: 5},
	"uah":          {Code: "uah", Label: "грн", Decimals: 2, Precision: 2},
	"payments":     {Code: "payments", Label: "виплат", One: "виплата", Few: "виплати"},
	"percent":      {Code: "percent", Label: "%"},
	"children":     {Code: "children", Label: "дітей", One: "дитина", Few: "дитини"},
	"documents":    {Code: "documents", Label: "документів", One: "документ", Few: "документи"},
	"services":     {Code: "services", Label: "послуг", One: "послуга", Few: "послуги"},
	"items":        {Code: "items", Label: "одиниць", One: "одиниця", Few: "одиниці"},
	"meetings":     {Code: "meetings", Label: "зустрічей", One: "зустріч", Few: "зустрічі"},
	"measures":     {Code: "measures", Label: "заходів", One: "захід", Few: "заходи"},
	"visits":       {Code: "visits", Label: "відвідувань", One: "відвідування", Few: "відвідування"},
	"events":       {Code: "events", Label: "подій", One: "подія", Few: "події"},
	"units":        {Code: "units", Label: "од."},
	"kg":           {Code: "kg", Label: "кг"},
	"cases":        {Code: "cases", Label: "випадків", One: "випадок", Few: "випадки"},
}

// FormatUK writes a number the Ukrainian way: 1 234 567,8 (no-break spaces between
// thousands, a decimal comma).
func FormatUK(v float64, decimals int) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if v < 0 && s != strconv.FormatFloat(0, 'f', decimals, 64) {
		b.WriteString("−")
	}
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString("\u00a0")
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("," + frac)
	}
	return b.String()
}

// FormatISO writes a number for machines: 1234567.8.
func FormatISO(v float64, decimals int) string { return strconv.FormatFloat(v, 'f', decimals, 64) }

// Plural is the form of a Ukrainian noun that agrees with a whole count n: one for
// 1, 21, 101 (but not 11, 111: «21 рядок»), few for 2–4, 22–24, 102–104 (but not
// 12–14: «22 рядки»), many for 0, 5–20, 25–30, 11–14, 111 («25 рядків»). A fractional
// number takes the genitive singular («2,5 рядка»), which for many nouns is none of
// the three (рядок: рядки, but 2,5 рядка), so counts are whole numbers here.
func Plural[N integer](n N, one, few, many string) string {
	if n < 0 {
		n = -n
	}
	n10, n100 := uint64(n)%10, uint64(n)%100
	switch {
	case n10 == 1 && n100 != 11:
		return one
	case n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14):
		return few
	}
	return many
}

// Count writes a count with its noun in the form that agrees: «1 файл», «3 файли»,
// «548 файлів».
func Count[N integer](n N, one, few, many string) string {
	return strconv.FormatInt(int64(n), 10) + " " + Plural(n, one, few, many)
}

// integer is any whole-number type a count comes in.
type integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}
