package cli

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/opendata"
	"github.com/hromadata/hromadata/warehouse"
)

func runPublish(ctx context.Context, env Env, args []string) error {
	fs, data := flags(env, "publish", "[--base-url https://opendata.example.gov.ua]")
	baseURL := baseURLFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	return publish(ctx, env, *data, *baseURL)
}

// baseURLFlag is --base-url of publish and serve: the site's address from outside.
func baseURLFlag(fs *flag.FlagSet) *string {
	return fs.String("base-url", "", "адреса сайту ззовні для посилань у каталозі DCAT і CKAN API (інакше base_url з opendata.json)")
}

func publish(ctx context.Context, env Env, data, baseURL string) error {
	db, err := warehouse.OpenCurrent(data, warehouse.DefaultLimits)
	if err != nil {
		return err
	}
	defer db.Close()
	st, err := opendata.LoadSteward(data)
	if err != nil {
		return err
	}
	rel, created, err := opendata.PublishAt(ctx, db, data, time.Now(), baseURL)
	if err != nil {
		return err
	}
	if !created {
		fmt.Fprintf(env.Stdout, "Дані не змінилися з випуску %s: новий випуск не потрібен.\n", rel.ID)
		return nil
	}
	if opendata.ResolveBaseURL(baseURL, st) == "" {
		fmt.Fprintf(env.Stdout, "Увага: адреса сайту не задана, тож посилання в каталозі DCAT випуску ведуть на %s. "+
			"Задайте --base-url або base_url у %s.\n", opendata.DefaultBaseURL, opendata.StewardFile)
	}
	n := len(rel.Datasets)
	fmt.Fprintf(env.Stdout, "Опубліковано випуск відкритих даних %s (%s) у %s.\n", rel.ID, hromadata.Count(n, "набір", "набори", "наборів"), opendata.ReleasesDir(data))
	return nil
}
