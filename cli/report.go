package cli

import (
	"context"
	"fmt"
	"os"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/annualreport"
	"github.com/hromadata/hromadata/atomicfile"
	"github.com/hromadata/hromadata/warehouse"
)

func runReport(ctx context.Context, env Env, args []string) error {
	fs, data := flags(env, "report", "--year 2023 [--format html|md] [--out ФАЙЛ]")
	year := fs.String("year", "2023", "`рік` звіту")
	format := fs.String("format", "html", "`формат`: html (для друку) або md")
	out := fs.String("out", "", "записати у `файл` замість стандартного виводу")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *format != "html" && *format != "md" {
		return hromadata.E(hromadata.Invalid, fmt.Sprintf("невідомий формат %q: html або md", *format))
	}
	db, err := warehouse.OpenCurrent(*data, warehouse.DefaultLimits)
	if err != nil {
		return err
	}
	defer db.Close()
	rep, err := annualreport.Build(ctx, db, *year)
	if err != nil {
		return err
	}
	write := rep.HTML
	if *format == "md" {
		write = rep.Markdown
	}
	if *out == "" {
		return write(env.Stdout)
	}
	if err := atomicfile.Write(*out, 0o644, func(f *os.File) error { return write(f) }); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Звіт за %s рік записано у %s.\n", *year, *out)
	return nil
}
