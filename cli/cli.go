// Package cli is hromadata's command line: one file per subcommand, each a
// function of its arguments and streams, so tests drive it in-process.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/sqlapi"
)

// Env is what a command runs with.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
}

type command struct {
	summary string
	run     func(ctx context.Context, env Env, args []string) error
}

var commands = map[string]command{
	"demo":       {"згенерувати демо-експорти, завантажити, побудувати, опублікувати й запустити сервер", runDemo},
	"load":       {"завантажити експорти (файли або теки) до сховища", runLoad},
	"build":      {"побудувати нову збірку сховища з озера даних", runBuild},
	"indicators": {"обчислити показники за місяць, квартал або рік", runIndicators},
	"report":     {"сформувати річний звіт із показників (HTML для друку або Markdown)", runReport},
	"reconcile":  {"звірити обчислені показники з опублікованими у звіті", runReconcile},
	"publish":    {"записати новий випуск відкритих даних", runPublish},
	"serve":      {"запустити вебсервер: дашборди, відкриті дані, SQL для аналітиків", runServe},
	"token":      {"керувати токенами доступу аналітиків (token new, list, revoke)", runToken},
}

// Main runs the command line and returns the process exit code.
func Main(ctx context.Context, args []string, env Env) int {
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	if len(args) == 0 || args[0] == "help" || args[0] == "--help" || args[0] == "-h" {
		usage(env.Stdout)
		return 0
	}
	if args[0] == sqlapi.WorkerCommand { // hidden: started by the server only
		return runSQLWorker(ctx, env, args[1:])
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "hromadata: невідома команда %q\n\n", args[0])
		usage(env.Stderr)
		return 2
	}
	privateUmask()
	err := cmd.run(ctx, env, args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	}
	fmt.Fprintf(env.Stderr, "hromadata %s: %s\n", args[0], describe(err))
	return 1
}

// describe shows a person the Ukrainian message of an error, and the technical
// chain for internal ones (they are ours to fix, and the operator will report them).
func describe(err error) string {
	if hromadata.KindOf(err) != hromadata.Internal {
		return hromadata.MessageOf(err)
	}
	return err.Error()
}

var errUsage = errors.New("usage")

func usage(w io.Writer) {
	fmt.Fprintln(w, "hromadata — сховище даних і відкриті дані департаменту соціальної політики")
	fmt.Fprintln(w, "\nВикористання: hromadata КОМАНДА [--data ТЕКА] [параметри]\n\nКоманди:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-11s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nТека даних: --data, або змінна HROMADATA_DATA, або ./hromadata-data.")
	fmt.Fprintln(w, "Довідка до команди: hromadata КОМАНДА --help")
}

// flags makes a flag set with the --data flag every command takes; its help and
// its errors are in Ukrainian (the flag package's own are English).
func flags(env Env, name, synopsis string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	def := env.Getenv("HROMADATA_DATA")
	if def == "" {
		def = "hromadata-data"
	}
	data := fs.String("data", def, "`тека` даних (або HROMADATA_DATA)")
	fs.Usage = func() { flagUsage(fs.Output(), fs, name, synopsis) }
	return fs, data
}

// parse parses flags: --help prints the usage on the output and returns flag.ErrHelp;
// a wrong flag prints the error in Ukrainian and the usage, and returns errUsage.
func parse(fs *flag.FlagSet, args []string) error {
	out, usage := fs.Output(), fs.Usage
	fs.SetOutput(io.Discard) // the flag package's English message
	fs.Usage = func() {}
	err := fs.Parse(args)
	fs.SetOutput(out)
	fs.Usage = usage
	switch {
	case err == nil:
		return nil
	case errors.Is(err, flag.ErrHelp):
		usage()
		return err
	}
	fmt.Fprintf(out, "hromadata %s: %s\n\n", fs.Name(), flagError(fs, err))
	usage()
	return errUsage
}
func indent(s string) string { return "  " + strings.ReplaceAll(s, "\n", "\n  ") }
