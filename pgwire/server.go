package pgwire

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sync"
	"sync/atomic"

	wire "github.com/jeroenrinzema/psql-wire"
	"github.com/jeroenrinzema/psql-wire/pkg/types"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/auth"
	"github.com/hromadata/hromadata/sqlapi"
)

// Database is the only database name the endpoint answers to.
const Database = "hromadata"

// serverVersion is the PostgreSQL version clients are told, for the queries they
// choose by version (psql's \d among them).
const serverVersion = "15.0"

// Config configures the endpoint.
type Config struct {
	API    *sqlapi.API  // runs every query: checks, role, limits, workers, query log
	Tokens *auth.Store  // user name = token name, password = token
	TLS    *tls.Config  // the steward's certificate; nil serves plain, on loopback only
	Log    *slog.Logger // the server's log
	Conns  ConnLimits   // zero fields: DefaultConnLimits
}

// Server is the PostgreSQL-protocol endpoint.
type Server struct {
	cfg      Config
	wire     *wire.Server
	mu       sync.Mutex
	backends map[int32]*backend // by process id, for cancel requests
	nextPID  atomic.Int32
	ln       *guardedListener // set by Serve
}

// backend is one client connection: its token, its cancel key and the query it runs.
type backend struct {
	pid, secret int32
	tok         auth.Token
	password    string // the token presented at login, checked again before each query
	mu          sync.Mutex
	cancel      context.CancelCauseFunc // of the running query, nil between queries
	inTx        bool                    // between BEGIN and COMMIT/ROLLBACK, all no-ops
}

type backendKey struct{}

func backendOf(ctx context.Context) *backend { b, _ := ctx.Value(backendKey{}).(*backend); return b }

// New makes the endpoint.
func New(cfg Config) (*Server, error) {
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	cfg.Conns = cfg.Conns.withDefaults()
	s := &Server{cfg: cfg, backends: map[int32]*backend{}}
	s.nextPID.Store(1000)
	opts := []wire.OptionFn{
		wire.SessionAuthStrategy(s.authenticate),
		wire.BackendKeyData(func(ctx context.Context) (int32, int32) {
			b := backendOf(ctx)
			return b.pid, b.secret
		}),
		wire.CancelRequest(s.cancelRequest),
		wire.CloseConn(s.closeConn),
		wire.TxStatus(func(ctx context.Context) types.ServerStatus {
			if b := backendOf(ctx); b != nil && b.inTx {
				return types.ServerTransactionBlock
			}
			return types.ServerIdle
		}),
		wire.Logger(quiet(cfg.Log)),
		wire.Version(serverVersion),
		wire.MessageBufferSize(MessageBuffer),
	}
	if cfg.TLS != nil {
		opts = append(opts, wire.TLSConfig(cfg.TLS))
	}
	w, err := wire.NewServer(s.parse, opts...)
	if err != nil {
		return nil, fmt.Errorf("pg endpoint: %w", err)
	}
	s.wire = w
	return s, nil
}

// quiet passes the protocol library's warnings and errors on, not its chatter.
func quiet(log *slog.Logger) *slog.Logger {
	return slog.New(levelFilter{log.Handler(), slog.LevelWarn})
}

type levelFilter struct {
	slog.Handler
	min slog.Level
}

func (f levelFilter) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= f.min && f.Handler.Enabled(ctx, l)
}

// Serve answers on ln until ctx ends. Without TLS it refuses a listener that is not
// on loopback: tokens would cross the network in clear text. With TLS, a client from
// elsewhere must ask for it.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	if s.cfg.TLS == nil && !isLoopback(ln.Addr()) {
		return hromadata.E(hromadata.Invalid, fmt.Sprintf("PostgreSQL-доступ на %s без TLS заборонено: паролі (токени) йшли б мережею відкритим текстом; вкажіть --pg-cert і --pg-key або адресу 127.0.0.1", ln.Addr()))
	}
	s.ln = guard(ln, s.cfg.Conns)
	ln = s.ln
	if s.cfg.TLS != nil {
		ln = tlsOnlyRemote{ln}
	}
	errc := make(chan error, 1)
	go func() { errc <- s.wire.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.cancelAll()
	s.wire.Close()
	if err := <-errc; err != nil && !errors.Is(err, net.ErrClosed) {
		return err
	}
	return nil
}

func isLoopback(a net.Addr) bool {
	tcp, ok := a.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}

func (s *Server) cancelAll() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, b := range s.backends {
		b.stop(context.Canceled)
	}
}

// stop cancels the backend's running query, if any.
func (b *backend) stop(cause error) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.cancel == nil {
		return false
	}
	b.cancel(cause)
	return true
}

// cancelRequest handles the protocol's cancel request: a new connection carrying
// a backend's process id and secret key.
func (s *Server) cancelRequest(_ context.Context, pid, secret int32) error {
	s.mu.Lock()
	b := s.backends[pid]
	s.mu.Unlock()
	if b == nil || b.secret != secret {
		return errors.New("cancel request for an unknown backend")
	}
	b.stop(errCanceled)
	return nil
}

func (s *Server) closeConn(ctx context.Context) error {
	if b := backendOf(ctx); b != nil {
		b.stop(context.Canceled)
		s.mu.Lock()
		delete(s.backends, b.pid)
		s.mu.Unlock()
	}
	return nil
}
