package difftest

import (
	"math"

	"github.com/hromadata/hromadata"
)

var unknown = math.NaN()

// spec computes one indicator by its definition.
type spec func(f *ref, p hromadata.Period) float64

type l = []string

// Unit kinds the labels name.
var (
	eld       = l{"home_care", "day_care"}
	homeless  = l{"homeless_reg", "night_shelter", "released"}
	famUnits  = familyKinds
	dvAll     = l{"dv", "dv_mobile", "dv_crisis_room"}
	allTrains = l{"emergency_services", "chronic_diseases", "disability_rights", "basic_needs", "stress_management", "day_care_children", "community_services", "public_technologies", "critical_situations", "un_elderly_seminar", "intersos_case_management", "psi_first_aid", "selfhelp_plus"}
)

func served(k l, n need) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.served(k, n, p) }
}
func taken(k l, n need) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.takenOn(k, n, p) }
}
func removedS(k l, n need) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.removed(k, n, p) }
}
func reg(k l, n need) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.registered(k, n, p) }
}
func clients(k, keys l, n need) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.clients(k, keys, n, p) }
}
func qty(k, keys l) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.quantity(k, keys, p) }
}
func meas(k, keys l) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.measures(k, keys, p) }
}
func amt(k, keys l) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.amount(k, keys, p) }
}
func rows(k, keys l) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.actCount(k, keys, p) }
}
func famActs(k, keys l) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.actFamilies(k, keys, p) }
}
func famChildren(k, keys l) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.actChildren(k, keys, p) }
}
func famServed(k l) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.familiesServed(k, p) }
}
func famReg(k l) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.familiesRegistered(k, p) }
}
func famClosed(k l, reason string) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.familiesClosed(k, reason, p) }
}
func also(k, keys, also l) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.clientsAlso(k, keys, also, p) }
}
func pend(k, on, off l) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.pending(k, on, off, p) }
}
func recvQty(units, kinds l) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.received(units, kinds, "", p, false) }
}
func recvSum(units, kinds l, funding string) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.received(units, kinds, funding, p, true) }
}
func trained(employer string, keys l, prof string) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.trained(employer, keys, prof, p) }
}
func hrW(action string, results l) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.hrWorkers(action, results, p) }
}
func docs(dirs, kinds l, channel, subject string) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.documents(dirs, kinds, channel, subject, p) }
}
func granted(group string) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.granted(group, p) }
}
func privileged(codes l, kat string) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.privileged(codes, kat, p) }
}
func aged(lo, hi int) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.agedBetween(lo, hi, p) }
}
func aidN(keys ...string) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.aidRecipients(keys, p) }
}
func aidQ(keys ...string) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.aidQuantity(keys, p) }
}
func aidS(keys ...string) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.aidSum(keys, p) }
}
func aidK(keys ...string) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.aidSum(keys, p) / 1000 }
}
func aidRate(keys ...string) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.aidRate(keys, p) }
}
func aidDocs(key, basis string) spec {
	return func(f *ref, p hromadata.Period) float64 { return f.aidDocuments(l{key}, basis, p) }
}
func sum(ss ...spec) spec {
	return func(f *ref, p hromadata.Period) float64 {
		t := 0.0
		for _, s := range ss {
			t += s(f, p)
		}
		return t
	}
}

var (
	inOut   = l{dirIn, dirOut}
	letters = l{"лист", "звернення"}
)

// things sums what Кількість counts (services, items); bug 1 counts rows instead.
func things(k, keys l) spec {
	return func(f *ref, p hromadata.Period) float64 {
		if f.emulate[bugQuantityRows] {
			return f.actCount(k, keys, p)
		}
		return f.quantity(k, keys, p)
	}
}

// docFlow is the report's document flow: incoming and outgoing letters and appeals;
// bug 3 counts internal ones too.
func docFlow(f *ref, p hromadata.Period) float64 {
	dirs := inOut
	if f.emulate[bugInternalLetters] {
		dirs = docDirections
	}
	return f.documents(dirs, letters, "", "", p)
}
