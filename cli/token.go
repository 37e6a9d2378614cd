package cli

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/hromadata/hromadata/auth"
)

func runToken(ctx context.Context, env Env, args []string) error {
	if len(args) == 0 || args[0] != "new" {
		fmt.Fprintln(env.Stderr, "Використання: hromadata token new --name ІМ’Я --role analyst")
		if len(args) > 0 && (args[0] == "--help" || args[0] == "-h") {
			return flag.ErrHelp
		}
		return errUsage
	}
	fs, data := flags(env, "token new", "--name ІМ’Я --role analyst")
	name := fs.String("name", "", "ім’я власника токена (записується в журнал запитів)")
	role := fs.String("role", "analyst", "роль: analyst")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	token, err := auth.NewStore(*data).New(*name, *role, time.Now())
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, token)
	fmt.Fprintln(env.Stderr, "Токен показано один раз; збережено лише його хеш.")
	return nil
}
