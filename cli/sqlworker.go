package cli

import (
	"context"
	"os"

	"github.com/hromadata/hromadata/sqlapi"
)

// runSQLWorker is the hidden subcommand the server starts for analysts' queries: it
// reads jobs on stdin and streams answers on stdout (see package sqlapi).
func runSQLWorker(_ context.Context, _ Env, args []string) int {
	return sqlapi.WorkerMain(args, os.Stdin, os.Stdout, os.Stderr)
}
