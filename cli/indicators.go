package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/warehouse"
)

func runIndicators(ctx context.Context, env Env, args []string) error {
	fs, data := flags(env, "indicators", "--period ПЕРІОД [--office КОД] [--format table|csv|json] [--strict]")
	period := fs.String("period", "", "`період`: рік (2023), квартал (2023-Q2) або місяць (2023-05)")
	format := fs.String("format", "table", "`формат` виводу: table, csv або json")
	office := fs.String("office", "", "`код` управління (DN, ZV або PV): показники лише його записів; без нього — по місту")
	strict := fs.Bool("strict", false, "завершитися з помилкою, якщо якогось показника не можна знати: експорти не охоплюють період")
	if err := parse(fs, args); err != nil {
		return err
	}
	p, err := hromadata.ParsePeriod(*period)
	if err != nil {
		return err
	}
	if *office != "" {
		if err := indicators.CheckOffice(*office); err != nil {
			return err
		}
	}
	write, ok := map[string]func(io.Writer, []indicators.Value, string) error{"table": writeTable, "csv": writeCSV, "json": writeJSON}[*format]
	if !ok {
		return hromadata.E(hromadata.Invalid, fmt.Sprintf("невідомий формат %q: table, csv або json", *format))
	}
	db, err := warehouse.OpenCurrent(*data, warehouse.DefaultLimits)
	if err != nil {
		return err
	}
	defer db.Close()
	vals, err := indicators.ComputeCatalogueFor(ctx, db, p, *office)
	if err != nil {
		return err
	}
	if err := write(env.Stdout, vals, *office); err != nil {
		return err
	}
	return unknownNotice(env.Stderr, p, vals, *strict)
}

// unknownNotice says which figures cannot be known for the period — all of them when
// no export covers it — and, with --strict, makes that an error.
func unknownNotice(w io.Writer, p hromadata.Period, vals []indicators.Value, strict bool) error {
	unknown, none, cityOnly := 0, 0, 0
	for _, v := range vals {
		switch {
		case v.Coverage.Status == indicators.CityOnly:
			cityOnly++ // not a gap in the exports: no office in the records
		case !v.Known():
			unknown++
		}
		if v.Coverage.Status == indicators.None {
			none++
		}
	}
	var msg string
	switch {
	case unknown == 0:
		return nil
	case none == len(vals)-cityOnly:
		msg = fmt.Sprintf("період %s не охоплено завантаженими експортами: немає даних для жодного показника", p.Label)
	default:
		msg = fmt.Sprintf("немає даних для %d з %s за %s: завантажені експорти не охоплюють період (див. стовпець coverage)",
			unknown, hromadata.Count(len(vals)-cityOnly, "показника", "показників", "показників"), p.Label)
	}
	if strict {
		return hromadata.E(hromadata.Invalid, msg)
	}
	fmt.Fprintln(w, msg)
	return nil
}

// noData is what a person reads for a figure that cannot be known.
const noData = "немає даних"

// cityOnly is what a person reads, for an office, of a figure kept for the city only.
const cityOnly = "лише по місту"

func officeName(code string) string {
	for _, o := range hromadata.Offices {
		if o.Code == code {
			return o.Name
		}
	}
	return code
}

// machineValue is the value for CSV: empty when unknown, never 0.
func machineValue(v indicators.Value) string {
	if !v.Known() {
		return ""
	}
	return v.Formatted()
}

// writeCSV writes the values; office is "" for the city.
func writeCSV(w io.Writer, vals []indicators.Value, office string) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "report_id", "label_uk", "unit", "kind", "period", "from", "to", "value", "published", "coverage", "office"})
	for _, v := range vals {
		cw.Write([]string{v.ID, v.ReportID, v.Label, v.Unit.Code, string(v.Kind), v.Period.Label,
			v.Period.From.Format("2006-01-02"), v.Period.To.Format("2006-01-02"), machineValue(v), v.Published, v.Coverage.String(), office})
	}
	cw.Flush()
	return cw.Error()
}

func writeJSON(w io.Writer, vals []indicators.Value, office string) error {
	type row struct {
		ID        string   `json:"id"`
		ReportID  string   `json:"report_id,omitempty"`
		Label     string   `json:"label_uk"`
		Unit      string   `json:"unit"`
		Kind      string   `json:"kind"`
		Period    string   `json:"period"`
		From      string   `json:"from"`
		To        string   `json:"to"`
		Value     *float64 `json:"value"` // null when unknown
		Published string   `json:"published,omitempty"`
		Coverage  string   `json:"coverage"`
		Office    string   `json:"office,omitempty"`
	}
	out := make([]row, len(vals))
	for i, v := range vals {
		var value *float64
		if v.Known() {
			x := v.Value
			value = &x
		}
		out[i] = row{v.ID, v.ReportID, v.Label, v.Unit.Code, string(v.Kind), v.Period.Label,
			v.Period.From.Format("2006-01-02"), v.Period.To.Format("2006-01-02"), value, v.Published, v.Coverage.String(), office}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// writeTable writes the values for people, under the office's name when one is asked for.
func writeTable(w io.Writer, vals []indicators.Value, office string) error {
	if office != "" {
		fmt.Fprintf(w, "%s (%s). Показники, які ведуться лише в цілому по місту, позначено «%s».\n\n", officeName(office), office, cityOnly)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "значення\tопубліковано\tодиниця\tпоказник")
	for _, v := range vals {
		pub := v.Published
		if pub != "" {
			var f float64
			fmt.Sscan(pub, &f)
			pub = hromadata.FormatUK(f, v.Unit.Decimals)
		}
		value := noData
		switch {
		case v.Coverage.Status == indicators.CityOnly:
			value = cityOnly
		case v.Known():
			value = hromadata.FormatUK(v.Value, v.Unit.Decimals)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", value, pub, v.Unit.Label, v.Label)
	}
	return tw.Flush()
}
