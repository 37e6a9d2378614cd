package cli

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/models"

	"github.com/hromadata/hromadata/warehouse"
)

func runBuild(ctx context.Context, env Env, args []string) error {
	fs, data := flags(env, "build", "[--verbose]")
	verbose := fs.Bool("verbose", false, "показати, скільки тривала кожна модель (найповільніші першими)")
	if err := parse(fs, args); err != nil {
		return err
	}
	res, err := build(ctx, env, *data)
	if err != nil || !*verbose {
		return err
	}
	printTimings(env.Stdout, res.Timings)
	return nil
}

// printTimings lists the models slowest first, with their share of the models' time.
func printTimings(w io.Writer, ts []models.Timing) {
	ts = slices.Clone(ts)
	slices.SortStableFunc(ts, func(a, b models.Timing) int { return cmp.Compare(b.Duration, a.Duration) })
	var total time.Duration
	for _, t := range ts {
		total += t.Duration
	}
	fmt.Fprintf(w, "Моделі, найповільніші першими (разом %.2f с):\n", total.Seconds())
	for _, t := range ts {
		fmt.Fprintf(w, "  %8.1f мс  %5.1f%%  %s\n", float64(t.Duration.Microseconds())/1000, 100*t.Duration.Seconds()/max(total.Seconds(), 1e-9), t.Model)
	}
}

func build(ctx context.Context, env Env, data string) (warehouse.BuildResult, error) {
	res, err := warehouse.Build(ctx, warehouse.BuildOptions{DataDir: data})
	if err != nil {
		return res, err
	}
	fmt.Fprintf(env.Stdout, "Збірку %s побудовано за %s с: %s, %s пройдено; рядків: %s, %s.\n",
		filepath.Base(res.Path), hromadata.FormatUK(res.Duration.Seconds(), 1),
		hromadata.Count(res.Models, "модель", "моделі", "моделей"), hromadata.Count(res.Tests, "тест", "тести", "тестів"),
		hromadata.Count(res.Rows["raw_benefit_assignments"], "призначення", "призначення", "призначень"),
		hromadata.Count(res.Rows["raw_benefit_payments"], "виплата", "виплати", "виплат"))
	return res, nil
}
