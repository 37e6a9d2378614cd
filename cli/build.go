package cli

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/hromadata/hromadata/warehouse"
)

func runBuild(ctx context.Context, env Env, args []string) error {
	fs, data := flags(env, "build", "")
	if err := parse(fs, args); err != nil {
		return err
	}
	return build(ctx, env, *data)
}

func build(ctx context.Context, env Env, data string) error {
	res, err := warehouse.Build(ctx, warehouse.BuildOptions{DataDir: data})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Збірку %s побудовано за %.1f с: %d моделей, %d тестів пройдено; рядків: %d призначень, %d виплат.\n",
		filepath.Base(res.Path), res.Duration.Seconds(), res.Models, res.Tests,
		res.Rows["raw_benefit_assignments"], res.Rows["raw_benefit_payments"])
	return nil
}
