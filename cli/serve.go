package cli

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"syscall"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/pgwire"
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
	baseURL := baseURLFlag(fs)
	shared := fs.Bool("allow-shared-data", false, "дозволити теку даних, яку можуть читати інші користувачі")
	var pg pgFlags
	fs.StringVar(&pg.addr, "pg-addr", "", "адреса доступу за протоколом PostgreSQL (напр. 127.0.0.1:5433); порожньо — вимкнено")
	fs.StringVar(&pg.cert, "pg-cert", "", "сертифікат TLS (PEM) для доступу за протоколом PostgreSQL")
	fs.StringVar(&pg.key, "pg-key", "", "ключ сертифіката TLS (PEM)")
	fs.IntVar(&pg.conns.MaxConns, "pg-max-conns", pgwire.DefaultConnLimits.MaxConns, "найбільша кількість одночасних підключень за протоколом PostgreSQL; понад неї — відмова")
	fs.DurationVar(&pg.conns.Idle, "pg-idle-timeout", pgwire.DefaultConnLimits.Idle, "через скільки часу без запитів підключення PostgreSQL закривається")
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
	return serveWith(ctx, env, *data, ln, *baseURL, sqlapi.Limits{Timeout: *timeout, MaxRows: *maxRows, Workers: *workers, WorkerMemory: *workerMB << 20, Isolation: *isolation},
		warehouse.Limits{MemoryLimit: *memory, Threads: warehouse.DefaultLimits.Threads}, pg)
}

func serve(ctx context.Context, env Env, data string, ln net.Listener) error {
	return serveWith(ctx, env, data, ln, "", sqlapi.DefaultLimits, warehouse.DefaultLimits, pgFlags{})
}

// serveWith serves on ln, which it closes.
func serveWith(ctx context.Context, env Env, data string, ln net.Listener, baseURL string, sql sqlapi.Limits, db warehouse.Limits, pg pgFlags) error {
	lb := server.NewLogBuffer(env.Stderr) // a line per request: batched, not a system call each
	defer lb.Close()
	log := slog.New(slog.NewTextHandler(lb, nil))
	srv, err := server.New(server.Config{DataDir: data, BaseURL: baseURL, DB: db, SQL: sql, Log: log})
	if err != nil {
		ln.Close()
		return err
	}
	defer srv.Close()
	ctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	if err := startPG(ctx, env, srv, pg, stop); err != nil {
		ln.Close()
		return err
	}
	fmt.Fprintf(env.Stdout, "Сервер працює: відкрийте %s (Ctrl+C — зупинити)\n", browseURL(ln.Addr()))
	if err := srv.Serve(ctx, ln); err != nil {
		return err
	}
	if err := context.Cause(ctx); !errors.Is(err, context.Canceled) {
		return err // the PostgreSQL endpoint failed
	}
	return nil
}

// pgFlags configure the PostgreSQL endpoint, off unless an address is given.
type pgFlags struct {
	addr, cert, key string
	conns           pgwire.ConnLimits
}

// startPG listens for PostgreSQL clients and serves them until ctx ends; a failure
// stops the whole server through stop.
func startPG(ctx context.Context, env Env, srv *server.Server, pg pgFlags, stop context.CancelCauseFunc) error {
	if pg.addr == "" {
		return nil
	}
	var cfg *tls.Config
	if pg.cert != "" || pg.key != "" {
		cert, err := tls.LoadX509KeyPair(pg.cert, pg.key)
		if err != nil {
			return fmt.Errorf("сертифікат TLS для PostgreSQL-доступу: %w", err)
		}
		cfg = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	}
	ln, err := net.Listen("tcp", pg.addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", pg.addr, err)
	}
	tcp := ln.Addr().(*net.TCPAddr)
	if cfg == nil && !tcp.IP.IsLoopback() {
		ln.Close()
		return hromadata.E(hromadata.Invalid, "PostgreSQL-доступ без TLS дозволено лише на 127.0.0.1: вкажіть --pg-cert і --pg-key")
	}
	fmt.Fprintf(env.Stdout, "PostgreSQL-доступ: psql \"host=%s port=%d dbname=hromadata user=ІМ’Я_ТОКЕНА\" (пароль — токен)\n", tcp.IP, tcp.Port)
	go func() {
		if err := srv.ServePG(ctx, ln, cfg, pg.conns); err != nil {
			stop(err)
		}
	}()
	return nil
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
