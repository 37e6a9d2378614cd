package cli

import (
	"context"
	"fmt"
	"log/slog"
	"net"

	"github.com/hromadata/hromadata/server"
	"github.com/hromadata/hromadata/sqlapi"
	"github.com/hromadata/hromadata/warehouse"
)

func runServe(ctx context.Context, env Env, args []string) error {
	fs, data := flags(env, "serve", "[--addr :8080]")
	addr := fs.String("addr", ":8080", "адреса вебсервера")
	timeout := fs.Duration("sql-timeout", sqlapi.DefaultLimits.Timeout, "ліміт часу одного SQL-запиту аналітика")
	maxRows := fs.Int("sql-max-rows", sqlapi.DefaultLimits.MaxRows, "найбільша кількість рядків відповіді SQL")
	memory := fs.String("memory-limit", warehouse.DefaultLimits.MemoryLimit, "ліміт пам’яті DuckDB для дашбордів")
	workers := fs.Int("sql-workers", sqlapi.DefaultLimits.Workers, "скільки SQL-запитів аналітиків виконується одночасно (окремі процеси)")
	workerMB := fs.Int64("sql-worker-memory-mb", sqlapi.DefaultLimits.WorkerMemory>>20, "ліміт пам’яті одного SQL-процесу, МБ (cgroup або rlimit)")
	isolation := fs.String("sql-isolation", "", "як обмежити пам’ять SQL-процесів: cgroup, rlimit або порожньо (cgroup, якщо доступна)")
	shared := fs.Bool("allow-shared-data", false, "дозволити теку даних, яку можуть читати інші користувачі")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkPrivate(*data, *shared); err != nil {
		return err
	}
	return serveWith(ctx, env, *data, *addr, sqlapi.Limits{Timeout: *timeout, MaxRows: *maxRows, Workers: *workers, WorkerMemory: *workerMB << 20, Isolation: *isolation},
		warehouse.Limits{MemoryLimit: *memory, Threads: warehouse.DefaultLimits.Threads})
}

func serve(ctx context.Context, env Env, data, addr string) error {
	return serveWith(ctx, env, data, addr, sqlapi.DefaultLimits, warehouse.DefaultLimits)
}

func serveWith(ctx context.Context, env Env, data, addr string, sql sqlapi.Limits, db warehouse.Limits) error {
	lb := server.NewLogBuffer(env.Stderr) // a line per request: batched, not a system call each
	defer lb.Close()
	log := slog.New(slog.NewTextHandler(lb, nil))
	srv, err := server.New(server.Config{DataDir: data, DB: db, SQL: sql, Log: log})
	if err != nil {
		return err
	}
	defer srv.Close()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", addr, err)
	}
	fmt.Fprintf(env.Stdout, "Сервер працює: відкрийте %s (Ctrl+C — зупинити)\n", browseURL(ln.Addr()))
	return srv.Serve(ctx, ln)
}

// browseURL is the address a person opens: localhost for a wildcard listener.
func browseURL(a net.Addr) string {
	tcp, ok := a.(*net.TCPAddr)
	if !ok || tcp.IP.IsUnspecified() {
		return fmt.Sprintf("http://localhost:%d/", tcp.Port)
	}
	return "http://" + a.String() + "/"
}
