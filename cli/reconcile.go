package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/reconcile"
	"github.com/hromadata/hromadata/warehouse"
)

func runReconcile(ctx context.Context, env Env, args []string) error {
	fs, data := flags(env, "reconcile", "--period 2023 [--format table|csv|json] [--all]")
	period := fs.String("period", "2023", "`період`: рік звіту (2023) або інший рік, квартал, місяць")
	format := fs.String("format", "table", "`формат`: table, csv або json")
	all := fs.Bool("all", false, "показати й опубліковані показники, яких сховище ще не обчислює")
	if err := parse(fs, args); err != nil {
		return err
	}
	p, err := hromadata.ParsePeriod(*period)
	if err != nil {
		return err
	}
	write, ok := map[string]func(io.Writer, *reconcile.Report, bool) error{
		"table": reconcileTable, "csv": reconcileCSV, "json": reconcileJSON}[*format]
	if !ok {
		return hromadata.E(hromadata.Invalid, fmt.Sprintf("невідомий формат %q: table, csv або json", *format))
	}
	db, err := warehouse.OpenCurrent(*data, warehouse.DefaultLimits)
	if err != nil {
		return err
	}
	defer db.Close()
	rep, err := reconcile.Run(ctx, db, p)
	if err != nil {
		return err
	}
	return write(env.Stdout, rep, *all)
}

func num(v *float64, decimals int) string {
	if v == nil {
		return ""
	}
	return hromadata.FormatISO(*v, decimals)
}

func reconcileCSV(w io.Writer, r *reconcile.Report, all bool) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"kind", "report_id", "label_uk", "published", "computed", "status", "indicator_id", "note"})
	for _, f := range r.Figures {
		if all || f.IndicatorID != "" {
			cw.Write([]string{"figure", f.ID, f.Label, f.Value, num(f.Computed, f.Decimals), string(f.Status), f.IndicatorID, f.Note})
		}
	}
	for _, rel := range r.Relations {
		cw.Write([]string{"relation", rel.LHS, "= " + hromadata.Count(len(rel.Terms), "складова", "складові", "складових"),
			num(rel.Published.Sum, rel.Decimals), num(rel.Computed.Sum, rel.Decimals), string(rel.Published.Status) + " / " + string(rel.Computed.Status), "", rel.Note})
	}
	for _, pr := range r.Programmes {
		cw.Write([]string{"programme", pr.Line, pr.Name, num(&pr.Accounting, 1), num(&pr.Payments, 1), string(pr.Status), "", ""})
	}
	cw.Flush()
	return cw.Error()
}

func reconcileJSON(w io.Writer, r *reconcile.Report, all bool) error {
	figs := r.Figures[:0:0]
	for _, f := range r.Figures {
		if all || f.IndicatorID != "" {
			figs = append(figs, f)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(map[string]any{"period": r.Period.Label, "figures": figs, "relations": r.Relations,
		"programmes": r.Programmes, "counts": r.Counts, "published": r.Published, "programmes_coverage": r.ProgrammesCoverage.String()})
}

func reconcileTable(w io.Writer, r *reconcile.Report, all bool) error {
	if r.Published {
		fmt.Fprintf(w, "Звірка за %s: з %s обчислюється %d — збігаються %d, розбіжностей %d, немає даних %d.\n\n",
			r.Period.Label, hromadata.Count(len(r.Figures), "опублікованого показника", "опублікованих показників", "опублікованих показників"), r.Counts[reconcile.Match]+r.Counts[reconcile.Mismatch], r.Counts[reconcile.Match], r.Counts[reconcile.Mismatch], r.Counts[reconcile.NoData])
	} else {
		fmt.Fprintf(w, "Звіт за %s не опубліковано: порівнювати нічого. Нижче — обчислені значення (%d) і співвідношення звіту на них; немає даних для %d.\n\n",
			r.Period.Label, r.Counts[reconcile.NotPublished], r.Counts[reconcile.NoData])
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "стан\tопубліковано\tобчислено\tпоказник звіту")
	for _, f := range r.Figures {
		if all || f.IndicatorID != "" {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", f.Status, f.Value, num(f.Computed, f.Decimals), f.ID)
		}
	}
	tw.Flush()
	fmt.Fprintln(w, "\nАрифметичні співвідношення звіту (ліва частина = сума складових):")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "співвідношення\tу звіті\tза записами")
	for _, rel := range r.Relations {
		fmt.Fprintf(tw, "%s = сума %d\t%s\t%s\n", rel.LHS, len(rel.Terms), side(rel.Published, rel.Decimals), side(rel.Computed, rel.Decimals))
	}
	tw.Flush()
	fmt.Fprintln(w, "\nВиплати за міськими програмами проти видатків бухгалтерії за рядком бюджету, тис. грн:")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if !r.ProgrammesCoverage.Known() {
		fmt.Fprintln(w, r.ProgrammesCoverage.Reason())
		return nil
	}
	fmt.Fprintln(tw, "рядок бюджету\tвиплати\tвидатки\tстан")
	for _, pr := range r.Programmes {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", pr.Line, hromadata.FormatISO(pr.Payments, 1), hromadata.FormatISO(pr.Accounting, 1), pr.Status)
	}
	return tw.Flush()
}

func side(s reconcile.Side, decimals int) string {
	if s.LHS == nil {
		return string(s.Status)
	}
	return fmt.Sprintf("%s: %s vs %s", s.Status, hromadata.FormatISO(*s.LHS, decimals), hromadata.FormatISO(*s.Sum, decimals))
}
