package etl

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"time"
)

var dateShape = regexp.MustCompile(`^\d{2}\.\d{2}\.\d{4}$`)

var epoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

// excelEpoch is day 0 of Excel's 1900 date system as spreadsheets really count it.
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// ParseDate reads dd.mm.yyyy (or an Excel serial day number) as days since 1970-01-01.
func ParseDate(s string) (int32, error) {
	if n, err := strconv.Atoi(s); err == nil && n > 0 && n < 100000 {
		return daysSinceEpoch(excelEpoch.AddDate(0, 0, n)), nil
	}
	if len(s) == 8 && digits(s) { // DBF dates: yyyymmdd
		t, err := time.Parse("20060102", s)
		if err != nil {
			return 0, errors.New("такої дати не існує")
		}
		return daysSinceEpoch(t), nil
	}
	t, err := time.Parse("02.01.2006", s)
	if err != nil {
		if dateShape.MatchString(s) {
			return 0, errors.New("такої дати не існує")
		}
		return 0, errors.New("дата має бути у форматі дд.мм.рррр")
	}
	if t.Year() < 1900 || t.Year() > 2100 {
		return 0, errors.New("рік поза межами 1900–2100")
	}
	return daysSinceEpoch(t), nil
}

// ParseMonth reads mm.yyyy as the first day of that month.
func ParseMonth(s string) (int32, error) {
	t, err := time.Parse("01.2006", s)
	if err != nil {
		return 0, errors.New("місяць має бути у форматі мм.рррр")
	}
	return daysSinceEpoch(t), nil
}

func daysSinceEpoch(t time.Time) int32 { return int32(t.Sub(epoch).Hours() / 24) }

// thousands drops the separators exports put between thousands.
var thousands = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "")

// ParseMoney reads an amount in гривні written as 1 234,56 (spaces or no-break spaces
// between thousands, a decimal comma or point, at most two decimals) as kopecks.
func ParseMoney(s string) (int64, error) {
	s = thousands.Replace(s)
	s = strings.Replace(s, ",", ".", 1)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" || len(frac) > 2 || !digits(whole) || (frac != "" && !digits(frac)) {
		return 0, errors.New("сума має бути числом на кшталт 1 234,56")
	}
	frac += strings.Repeat("0", 2-len(frac))
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil || w > 1e12 {
		return 0, errors.New("сума завелика")
	}
	f, _ := strconv.ParseInt(frac, 10, 64)
	v := w*100 + f
	if neg {
		v = -v
	}
	return v, nil
}

// ValidRNOKPP checks the ten digits and the check digit of a Ukrainian tax number.
func ValidRNOKPP(s string) bool {
	if len(s) != 10 || !digits(s) {
		return false
	}
	w := [9]int{-1, 5, 7, 9, 4, 6, 10, 5, 7}
	sum := 0
	for i := 0; i < 9; i++ {
		sum += w[i] * int(s[i]-'0')
	}
	return ((sum%11)+11)%11%10 == int(s[9]-'0')
}

func digits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// ParseCount reads a whole, non-negative number of things (people, services, kilograms),
// with or without spaces between thousands.
func ParseCount(s string) (int64, error) {
	s = thousands.Replace(s)
	if !digits(s) {
		return 0, errors.New("кількість має бути цілим невід’ємним числом")
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n > 1e12 {
		return 0, errors.New("кількість завелика")
	}
	return n, nil
}
