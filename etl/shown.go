package etl

import (
	"fmt"
	"regexp"
	"unicode/utf8"
)

// A value may be quoted in a reject only when it has the shape its column expects and
// could not be a person's name or identifier: an export with mislabelled headers puts
// names and tax numbers in columns declared as codes, dates or sums, and a reject
// that quoted them would carry personal data into the rejects folder and the console.
var (
	numberShape = regexp.MustCompile(`^[0-9 .,:/\-−]{1,16}$`)                                // dates, months, sums, counts
	codeShape   = regexp.MustCompile(`^([0-9A-ZА-ЯІЇЄҐ._/\-]{1,12}|[a-zа-яіїєґ’' ]{1,30})$`) // 301, ДН-ДОМ, безоплатно
	longDigits  = regexp.MustCompile(`[0-9]{8,}`)                                            // tax, passport, phone numbers
)

// shown quotes raw for a reject reason, or says it is withheld.
func shown(raw string, t ColType) string {
	shape := numberShape
	if t == Code {
		shape = codeShape
	}
	if utf8.ValidString(raw) && shape.MatchString(raw) && !longDigits.MatchString(raw) {
		return fmt.Sprintf("%q", raw)
	}
	return "(значення не показано: воно не схоже на значення цього стовпця й може бути персональними даними — перевірте заголовки)"
}
