package cli

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/demo"
	"github.com/hromadata/hromadata/opendata"
)

func runDemo(ctx context.Context, env Env, args []string) error {
	fs, data := flags(env, "demo", "[--addr :8080] [--no-serve] [--seed N] [--scale N] [--generate-only]")
	addr := fs.String("addr", ":8080", "`адреса` вебсервера")
	noServe := fs.Bool("no-serve", false, "зупинитися після публікації, не запускати сервер")
	seed := fs.Uint64("seed", 2023, "зерно генератора демо-даних")
	only := fs.Bool("generate-only", false, "лише згенерувати експорти в inbox/ і зупинитися")
	scale := fs.Int("scale", 1, "у скільки разів більше за обсяг міста згенерувати даних")
	shared := fs.Bool("allow-shared-data", false, "дозволити теку даних, яку можуть читати інші користувачі")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := claimDataDir(*data); err != nil {
		return err
	}
	if err := checkPrivate(*data, *shared); err != nil {
		return err
	}
	var ln net.Listener
	if !*noServe && !*only { // a busy port is said now, not after minutes of loading
		l, err := listen(*addr)
		if err != nil {
			return err
		}
		ln = l
		defer ln.Close()
	}
	inbox := filepath.Join(*data, "inbox")
	if empty(inbox) {
		fmt.Fprintf(env.Stdout, "Генерую демо-експорти в %s …\n", inbox)
		s, err := demo.Generate(demo.Options{Inbox: inbox, Seed: *seed, Scale: *scale})
		if err != nil {
			return fmt.Errorf("generate demo: %w", err)
		}
		fmt.Fprintf(env.Stdout, "Згенеровано %s: %s, %s, %s.\n", hromadata.Count(s.Files, "файл", "файли", "файлів"),
			hromadata.Count(s.Families, "сім’я", "сім’ї", "сімей"), hromadata.Count(s.Assignments, "призначення", "призначення", "призначень"),
			hromadata.Count(s.Payments, "виплата", "виплати", "виплат"))
	}
	if *only {
		return nil
	}
	if err := opendata.WriteSteward(*data, demo.Steward()); err != nil {
		return fmt.Errorf("demo steward: %w", err)
	}
	if _, err := load(ctx, env, *data, []string{inbox}, false); err != nil {
		return err
	}
	if _, err := build(ctx, env, *data); err != nil {
		return err
	}
	if err := publish(ctx, env, *data, ""); err != nil {
		return err
	}
	if *noServe {
		return nil
	}
	return serve(ctx, env, *data, ln)
}

func empty(dir string) bool {
	entries, err := os.ReadDir(dir)
	return err != nil || len(entries) == 0
}
