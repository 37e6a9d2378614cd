package hromadata

// Office is one of the department's district social-protection offices.
type Office struct {
	Code string // two-letter code used in exports and in the warehouse
	Slug string // latin name used in file names
	Name string // Ukrainian name shown to people
}

// Offices are the three district offices of the reference city, in report order.
var Offices = []Office{
	{Code: "DN", Slug: "dniprovske", Name: "Дніпровське управління"},
	{Code: "ZV", Slug: "zavodske", Name: "Заводське управління"},
	{Code: "PV", Slug: "pivdenne", Name: "Південне управління"},
}

// OfficeBySlug finds an office by the latin name used in file names.
func OfficeBySlug(slug string) (Office, bool) {
	for _, o := range Offices {
		if o.Slug == slug {
			return o, true
		}
	}
	return Office{}, false
}
