package demo

import "github.com/hromadata/hromadata/opendata"

// Steward is the demo city's open-data steward: a fictional person, so that the
// demo publishes complete passports. A real department writes its own opendata.json.
func Steward() opendata.Steward {
	return opendata.Steward{
		Person:  "Коваленко Оксана Петрівна",
		Email:   "opendata@demo-misto.example.gov.ua",
		Licence: opendata.CCBY40,
	}
}
