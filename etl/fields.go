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
	if len(s) == 10 && s[2] == '.' && s[5] == '.' {
		if d, ok := civilDate(s[6:10], s[3:5], s[0:2]); ok {
			return d, nil
		}
	}
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
	if len(s) == 7 && s[2] == '.' {
		if d, ok := civilDate(s[3:7], s[0:2], "01"); ok {
			return d, nil
		}
	}
	t, err := time.Parse("01.2006", s)
	if err != nil {
		return 0, errors.New("місяць має бути у форматі мм.рррр")
	}
	return daysSinceEpoch(t), nil
}

func daysSinceEpoch(t time.Time) int32 { return int32(t.Sub(epoch).Hours() / 24) }

// civilDate is the fast path of ParseDate and ParseMonth, taken by nearly every
// value: the digits of a real date of 1900–2100 as days since 1970-01-01 without
// time.Parse. Anything else says !ok and goes the slow way, which explains the error.
func civilDate(year, month, day string) (int32, bool) {
	if !digits(year) || !digits(month) || !digits(day) {
		return 0, false
	}
	y, m, d := atoiDigits(year), atoiDigits(month), atoiDigits(day)
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, false
	}
	// Days from the civil date (H. Hinnant's algorithm), the year starting in March.
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	doy := (153*((m+9)%12)+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe - 719468), true
}

func atoiDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// thousands drops the separators exports put between thousands.
var thousands = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "")

// ParseMoney reads an amount in гривні written as 1 234,56 (spaces or no-break spaces
// between thousands, a decimal comma or point, at most two decimals) as kopecks.
func ParseMoney(s string) (int64, error) {
	if v, ok := plainMoney(s); ok {
		return v, nil
	}
	return parseMoney(s)
}

// parseMoney is ParseMoney's general way, which also explains what is wrong.
func parseMoney(s string) (int64, error) {
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

// plainMoney is ParseMoney's fast path for the common shapes — ASCII digits and spaces,
// an optional leading minus, one decimal comma or point, at most two decimals —
// without building new strings. Anything else says !ok and goes the slow way.
func plainMoney(s string) (int64, bool) {
	var whole, frac, wholeDigits, fracDigits int64
	neg, sep, seen := false, false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
		case c == '-' && !seen && !neg:
			neg = true
		case c == ',' || c == '.':
			if sep || wholeDigits == 0 {
				return 0, false
			}
			sep = true
		case c >= '0' && c <= '9':
			seen = true
			if sep {
				frac, fracDigits = frac*10+int64(c-'0'), fracDigits+1
			} else {
				whole, wholeDigits = whole*10+int64(c-'0'), wholeDigits+1
			}
			if fracDigits > 2 || wholeDigits > 13 {
				return 0, false
			}
		default:
			return 0, false
		}
	}
	if wholeDigits == 0 || whole > 1e12 {
		return 0, false
	}
	if fracDigits == 1 {
		frac *= 10
	}
	v := whole*100 + frac
	if neg {
		v = -v
	}
	return v, true
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
