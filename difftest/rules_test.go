package difftest

import (
	"testing"
	"time"

	"github.com/hromadata/hromadata"
)

// TestReferenceRules pins the reference's reading of the counting rules on hand-made
// records, so a change to it is a deliberate one.
func TestReferenceRules(t *testing.T) {
	q1 := mustPeriod("2023-Q1")
	f := &ref{}
	served := func(taken, removed time.Time) bool {
		_, ok := f.firstDayServed(cscCase{taken: taken, removed: removed}, q1)
		return ok
	}
	cases := []struct {
		name string
		got  bool
		want bool
	}{
		{"removed on the period's first day was never on record in it", served(day(2022, 5, 1), day(2023, 1, 1)), false},
		{"removed on the second day was on record on the first", served(day(2022, 5, 1), day(2023, 1, 2)), true},
		{"taken on the period's last day is served in it", served(day(2023, 3, 31), time.Time{}), true},
		{"taken on the day after the period is not", served(day(2023, 4, 1), time.Time{}), false},
		{"taken on and removed the same day was never on record", served(day(2023, 2, 10), day(2023, 2, 10)), false},
		{"on record at the period's end: removed on its first day after", onRecordAt(cscCase{taken: day(2023, 1, 5), removed: day(2023, 4, 1)}, q1.To), true},
		{"not on record at the end when removed on its last day", onRecordAt(cscCase{taken: day(2023, 1, 5), removed: day(2023, 3, 31)}, q1.To), false},
		{"18 today is an adult", isAdult(day(2005, 4, 1), day(2023, 4, 1)), true},
		{"18 today is not a child", isChild(day(2005, 4, 1), day(2023, 4, 1)), false},
		{"18 tomorrow is a child", isChild(day(2005, 4, 2), day(2023, 4, 1)), true},
		{"category child aged 18 is not a child", child(who{category: catFamilyChild, birth: day(2005, 1, 1)}, day(2023, 4, 1)), false},
		{"a privilege granted on the day is not yet held", holds(privilege{granted: day(2023, 4, 1)}, day(2023, 4, 1)), false},
		{"a privilege ended on the day is still held at its start", holds(privilege{granted: day(2020, 1, 1), ended: day(2023, 4, 1)}, day(2023, 4, 1)), true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.got != c.want {
				t.Errorf("got %v, want %v", c.got, c.want)
			}
		})
	}
	t.Run("one IDFAM in two offices is two families", func(t *testing.T) {
		w := &world{privs: []privilege{
			{office: "DN", person: "a", lgcode: "50", family: "000001", granted: day(2020, 1, 1)},
			{office: "ZV", person: "b", lgcode: "50", family: "000001", granted: day(2020, 1, 1)},
			{office: "ZV", person: "c", lgcode: "51", family: "000001", granted: day(2020, 1, 1)},
		}}
		if got := (&ref{w: w}).largeFamilies(hromadata.NewPeriod("", day(2023, 1, 1), day(2024, 1, 1))); got != 2 {
			t.Errorf("got %v families, want 2", got)
		}
	})
}
