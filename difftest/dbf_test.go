package difftest

import (
	"testing"
	"time"

	"github.com/hromadata/hromadata/dbf"
	"github.com/hromadata/hromadata/testkit"
)

func dbfDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("20060102")
}

// privilegesDBF is an office's register as its DOS programme writes it.
func privilegesDBF(t testing.TB, rows []privilege) []byte {
	t.Helper()
	var recs [][]string
	for _, p := range rows {
		recs = append(recs, []string{p.office, p.person, "Особа", dbfDate(p.birth), p.lgcode, p.lgkat, p.family, dbfDate(p.granted), dbfDate(p.ended)})
	}
	raw, err := dbf.Encode(testkit.PrivilegeFields, recs, time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}
