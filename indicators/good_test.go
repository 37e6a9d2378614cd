package indicators

import (
	"testing"
	"testing/fstest"
)

// TestParseGood: "-- good:" says which change is good news; left out it is neutral,
// and anything but up, down or neutral is refused.
func TestParseGood(t *testing.T) {
	for _, tc := range []struct {
		name, line, want string
		err              bool
	}{
		{"left out", "", "", false},
		{"up", "-- good: up\n", "up", false},
		{"down", "-- good: down\n", "down", false},
		{"neutral", "-- good: neutral\n", "", false},
		{"a typo", "-- good: upp\n", "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"i/x.sql": {Data: []byte("-- id: x\n-- label: Х\n-- unit: persons\n-- kind: flow\n" + tc.line + "SELECT 1")}}
			inds, err := Parse(fsys, "i")
			if (err != nil) != tc.err {
				t.Fatalf("err = %v, want error %v", err, tc.err)
			}
			if err == nil && inds[0].Good != tc.want {
				t.Errorf("good = %q, want %q", inds[0].Good, tc.want)
			}
		})
	}
}

// TestQueuesAndDebtAreBetterDown: the catalogue marks queues and creditor debt so
// that their growth is never drawn as good news.
func TestQueuesAndDebtAreBetterDown(t *testing.T) {
	cat, err := Catalogue()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"labour_veterans.sanatorium_waitlist": "down", "creditor_debt.total": "down", "budget.total": "", "recreation.children_total": "up"}
	for _, ind := range cat {
		if g, ok := want[ind.ID]; ok && ind.Good != g {
			t.Errorf("%s: good = %q, want %q", ind.ID, ind.Good, g)
		}
	}
}
