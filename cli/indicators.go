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
	fs, data := flags(env, "indicators", "--period ПЕРІОД [--format table|csv|json]")
	period := fs.String("period", "", "період: рік (2023), квартал (2023-Q2) або місяць (2023-05)")
	format := fs.String("format", "table", "формат виводу: table, csv або json")
	if err := parse(fs, args); err != nil {
		return err
	}
	p, err := hromadata.ParsePeriod(*period)
	if err != nil {
		return err
	}
	write, ok := map[string]func(io.Writer, []indicators.Value) error{"table": writeTable, "csv": writeCSV, "json": writeJSON}[*format]
	if !ok {
		return hromadata.E(hromadata.Invalid, fmt.Sprintf("невідомий формат %q: table, csv або json", *format))
	}
	db, err := warehouse.OpenCurrent(*data, warehouse.DefaultLimits)
	if err != nil {
		return err
	}
	defer db.Close()
	vals, err := indicators.ComputeCatalogue(ctx, db, p)
	if err != nil {
		return err
	}
	return write(env.Stdout, vals)
}

func writeCSV(w io.Writer, vals []indicators.Value) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "report_id", "label_uk", "unit", "kind", "period", "from", "to", "value", "published"})
	for _, v := range vals {
		cw.Write([]string{v.ID, v.ReportID, v.Label, v.Unit.Code, string(v.Kind), v.Period.Label,
			v.Period.From.Format("2006-01-02"), v.Period.To.Format("2006-01-02"), v.Formatted(), v.Published})
	}
	cw.Flush()
	return cw.Error()
}

func writeJSON(w io.Writer, vals []indicators.Value) error {
	type row struct {
		ID        string  `json:"id"`
		ReportID  string  `json:"report_id,omitempty"`
		Label     string  `json:"label_uk"`
		Unit      string  `json:"unit"`
		Kind      string  `json:"kind"`
		Period    string  `json:"period"`
		From      string  `json:"from"`
		To        string  `json:"to"`
		Value     float64 `json:"value"`
		Published string  `json:"published,omitempty"`
	}
	out := make([]row, len(vals))
	for i, v := range vals {
		out[i] = row{v.ID, v.ReportID, v.Label, v.Unit.Code, string(v.Kind), v.Period.Label,
			v.Period.From.Format("2006-01-02"), v.Period.To.Format("2006-01-02"), v.Value, v.Published}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func writeTable(w io.Writer, vals []indicators.Value) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "значення\tопубліковано\tодиниця\tпоказник")
	for _, v := range vals {
		pub := v.Published
		if pub != "" {
			var f float64
			fmt.Sscan(pub, &f)
			pub = hromadata.FormatUK(f, v.Unit.Decimals)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", hromadata.FormatUK(v.Value, v.Unit.Decimals), pub, v.Unit.Label, v.Label)
	}
	return tw.Flush()
}
