package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/opendata"
	"github.com/hromadata/hromadata/warehouse"
)

func runPublish(ctx context.Context, env Env, args []string) error {
	fs, data := flags(env, "publish", "")
	if err := parse(fs, args); err != nil {
		return err
	}
	return publish(ctx, env, *data)
}

func publish(ctx context.Context, env Env, data string) error {
	db, err := warehouse.OpenCurrent(data, warehouse.DefaultLimits)
	if err != nil {
		return err
	}
	defer db.Close()
	rel, created, err := opendata.Publish(ctx, db, data, time.Now())
	if err != nil {
		return err
	}
	if !created {
		fmt.Fprintf(env.Stdout, "Дані не змінилися з випуску %s: новий випуск не потрібен.\n", rel.ID)
		return nil
	}
	n := len(rel.Datasets)
	fmt.Fprintf(env.Stdout, "Опубліковано випуск відкритих даних %s (%s) у %s.\n", rel.ID, hromadata.Count(n, "набір", "набори", "наборів"), opendata.ReleasesDir(data))
	return nil
}
