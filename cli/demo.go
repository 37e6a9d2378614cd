package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/hromadata/hromadata/demo"
)

func runDemo(ctx context.Context, env Env, args []string) error {
	fs, data := flags(env, "demo", "[--addr :8080] [--no-serve] [--seed N] [--scale N] [--generate-only]")
	addr := fs.String("addr", ":8080", "адреса вебсервера")
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
	inbox := filepath.Join(*data, "inbox")
	if empty(inbox) {
		fmt.Fprintf(env.Stdout, "Генерую демо-експорти в %s …\n", inbox)
		s, err := demo.Generate(demo.Options{Inbox: inbox, Seed: *seed, Scale: *scale})
		if err != nil {
			return fmt.Errorf("generate demo: %w", err)
		}
		fmt.Fprintf(env.Stdout, "Згенеровано %d файлів: %d сімей, %d призначень, %d виплат.\n", s.Files, s.Families, s.Assignments, s.Payments)
	}
	if *only {
		return nil
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
	return serve(ctx, env, *data, *addr)
}

func empty(dir string) bool {
	entries, err := os.ReadDir(dir)
	return err != nil || len(entries) == 0
}
