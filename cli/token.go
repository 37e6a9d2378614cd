package cli

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/auth"
)

const tokenUsage = `Використання:
  hromadata token new --name ІМ’Я [--role analyst|steward] [--purpose "МЕТА"] [--expires 90d]
  hromadata token list
  hromadata token revoke --name ІМ’Я`

func runToken(ctx context.Context, env Env, args []string) error {
	sub := map[string]func(Env, []string) error{"new": tokenNew, "list": tokenList, "revoke": tokenRevoke}
	if len(args) == 0 || sub[args[0]] == nil {
		fmt.Fprintln(env.Stderr, tokenUsage)
		if len(args) > 0 && (args[0] == "--help" || args[0] == "-h") {
			return flag.ErrHelp
		}
		return errUsage
	}
	return sub[args[0]](env, args[1:])
}

func tokenNew(env Env, args []string) error {
	fs, data := flags(env, "token new", `--name ІМ’Я [--role analyst|steward] [--purpose "МЕТА"] [--expires 90d]`)
	name := fs.String("name", "", "`ім’я` власника токена (записується в журнал запитів)")
	role := fs.String("role", auth.Analyst, "`роль`: analyst (вітрини й довідники) або steward (знеособлені записи про осіб, з метою)")
	purpose := fs.String("purpose", "", "`мета` доступу; обов’язкова для steward і записується до журналу кожного запиту")
	expires := fs.String("expires", "90d", "`строк` дії: 30d, 12h тощо (не більше 366d)")
	if err := parse(fs, args); err != nil {
		return err
	}
	ttl, err := parseTTL(*expires)
	if err != nil {
		return err
	}
	now := time.Now()
	token, err := auth.NewStore(*data).New(auth.Grant{Name: *name, Role: *role, Purpose: *purpose, TTL: ttl}, now)
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, token)
	fmt.Fprintf(env.Stderr, "Токен показано один раз; збережено лише його хеш. Діє до %s.\n", now.Add(ttl).Format("02.01.2006 15:04"))
	return nil
}

// parseTTL reads a token's lifetime: days as "90d", or a Go duration such as "12h".
func parseTTL(s string) (time.Duration, error) {
	bad := hromadata.E(hromadata.Invalid, fmt.Sprintf("строк дії %q: очікується, наприклад, 90d або 12h", s))
	if d, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(d)
		if err != nil || n <= 0 {
			return 0, bad
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	ttl, err := time.ParseDuration(s)
	if err != nil || ttl <= 0 {
		return 0, bad
	}
	return ttl, nil
}

func tokenList(env Env, args []string) error {
	fs, data := flags(env, "token list", "")
	if err := parse(fs, args); err != nil {
		return err
	}
	tokens, err := auth.NewStore(*data).List()
	if err != nil {
		return err
	}
	now := time.Now()
	w := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "ІМ’Я\tРОЛЬ\tСТВОРЕНО\tДІЄ ДО\tСТАН\tМЕТА")
	for _, t := range tokens {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", t.Name, t.Role, t.Created.Format("02.01.2006"), expiry(t), state(t, now), t.Purpose)
	}
	return w.Flush()
}

func expiry(t auth.Token) string {
	if t.Expires.IsZero() {
		return "безстроково"
	}
	return t.Expires.Format("02.01.2006")
}

func state(t auth.Token, now time.Time) string {
	switch {
	case !t.Revoked.IsZero():
		return "відкликано " + t.Revoked.Format("02.01.2006")
	case !t.Active(now):
		return "строк минув"
	}
	return "діє"
}

func tokenRevoke(env Env, args []string) error {
	fs, data := flags(env, "token revoke", "--name ІМ’Я")
	name := fs.String("name", "", "`ім’я` токена, який відкликати")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := auth.NewStore(*data).Revoke(*name, time.Now()); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Токен %s відкликано.\n", *name)
	return nil
}
