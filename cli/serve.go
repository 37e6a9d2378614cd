package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"syscall"

	"github.com/hromadata/hromadata"

	"github.com/hromadata/hromadata/server"
	"github.com/hromadata/hromadata/sqlapi"
	"github.com/hromadata/hromadata/warehouse"
)

func runServe(ctx context.Context, env Env, args []string) error {
	fs, data := flags(env, "serve", "[--addr :8080]")
	addr := fs.String("addr", ":8080", "`адреса` вебсервера")
	timeout := fs.Duration("sql-timeout", sqlapi.DefaultLimits.Timeout, "ліміт часу одного SQL-запиту аналітика")
	maxRows := fs.Int("sql-max-rows", sqlapi.DefaultLimits.MaxRows, "найбільша кількість рядків відповіді SQL")
	memory := fs.String("memory-limit", warehouse.DefaultLimits.MemoryLimit, "`обсяг` пам’яті DuckDB для дашбордів")
	workers := fs.Int("sql-workers", sqlapi.DefaultLimits.Workers, "скільки SQL-запитів аналітиків виконується одночасно (окремі процеси)")
	workerMB := fs.Int64("sql-worker-memory-mb", sqlapi.DefaultLimits.WorkerMemory>>20, "ліміт пам’яті одного SQL-процесу, МБ (cgroup або rlimit)")
	isolation := fs.String("sql-isolation", "", "`спосіб`, як обмежити пам’ять SQL-процесів: cgroup, rlimit або порожньо (cgroup, якщо доступна)")
	shared := fs.Bool("allow-shared-data", false, "дозволити теку даних, яку можуть читати інші користувачі")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkPrivate(*data, *shared); err != nil {
		return err
	}
	ln, err := listen(*addr) // first: a busy port is said before the server opens anything
	if err != nil {
		return err
	}
	return serveWith(ctx, env, *data, ln, sqlapi.Limits{Timeout: *timeout, MaxRows: *maxRows, Workers: *workers, WorkerMemory: *workerMB << 20, Isolation: *isolation},
		warehouse.Limits{MemoryLimit: *memory, Threads: warehouse.DefaultLimits.Threads})
}

func serve(ctx context.Context, env Env, data string, ln net.Listener) error {
	return serveWith(ctx, env, data, ln, sqlapi.DefaultLimits, warehouse.DefaultLimits)
}

// serveWith serves on ln, which it closes.
func serveWith(ctx context.Context, env Env, data string, ln net.Listener, sql sqlapi.Limits, db warehouse.Limits) error {
	log := slog.New(slog.NewTextHandler(env.Stderr, nil))
	srv, err := server.New(server.Config{DataDir: data, DB: db, SQL: sql, Log: log})
	if err != nil {
		ln.Close()
		return err
	}
	defer srv.Close()
	fmt.Fprintf(env.Stdout, "Сервер працює: відкрийте %s (Ctrl+C — зупинити)\n", browseURL(ln.Addr()))
	return srv.Serve(ctx, ln)
}

// listen listens on addr, saying in Ukrainian when another program holds the port
// and which --addr to try instead.
func listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	switch {
	case errors.Is(err, syscall.EADDRINUSE):
		return nil, hromadata.E(hromadata.Invalid, fmt.Sprintf("адресу %s уже зайняла інша програма (можливо, вже запущений hromadata): зупиніть її або вкажіть іншу адресу, наприклад --addr %s", addr, nextPort(addr)))
	case errors.Is(err, syscall.EACCES):
		return nil, hromadata.E(hromadata.Invalid, fmt.Sprintf("немає дозволу слухати адресу %s (порти до 1024 — лише для адміністратора): вкажіть, наприклад, --addr :8080", addr))
	case err != nil:
		return nil, hromadata.E(hromadata.Invalid, fmt.Sprintf("не вдалося слухати адресу %s: %v; вкажіть іншу, наприклад --addr :8081", addr, err))
	}
	return ln, nil
}

// nextPort is addr with the next port: the hint for a busy one.
func nextPort(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	n, perr := strconv.Atoi(port)
	if err != nil || perr != nil || n <= 0 || n >= 65535 {
		return ":8081"
	}
	return net.JoinHostPort(host, strconv.Itoa(n+1))
}

// browseURL is the address a person opens: localhost for a wildcard listener.
func browseURL(a net.Addr) string {
	tcp, ok := a.(*net.TCPAddr)
	if !ok || tcp.IP.IsUnspecified() {
		return fmt.Sprintf("http://localhost:%d/", tcp.Port)
	}
	return "http://" + a.String() + "/"
}
