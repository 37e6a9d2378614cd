package pgwire

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"net"
	"time"

	wire "github.com/jeroenrinzema/psql-wire"
	"github.com/jeroenrinzema/psql-wire/codes"
	pgerror "github.com/jeroenrinzema/psql-wire/errors"
	"github.com/jeroenrinzema/psql-wire/pkg/buffer"
	"github.com/jeroenrinzema/psql-wire/pkg/types"

	"github.com/hromadata/hromadata"
)

// Authentication request codes of the protocol.
const (
	authOK        = 0
	authCleartext = 3
)

// authenticate asks for the password in clear text (the connection is TLS, or on
// loopback) and accepts an active token whose name is the user name, for the
// database hromadata. Refusals are FATAL errors in Ukrainian.
func (s *Server) authenticate(ctx context.Context, w *buffer.Writer, r *buffer.Reader) (context.Context, error) {
	w.Start(types.ServerAuth)
	w.AddInt32(authCleartext)
	if err := w.End(); err != nil {
		return ctx, err
	}
	t, _, err := r.ReadTypedMsg()
	if err != nil {
		return ctx, err
	}
	if t != types.ClientPassword {
		return ctx, errors.New("expected a password message")
	}
	password, err := r.GetString()
	if err != nil {
		return ctx, err
	}
	params := wire.ClientParameters(ctx)
	user, db := params[wire.ParamUsername], params[wire.ParamDatabase]
	var refusal error
	tok, err := s.cfg.Tokens.Check(password, time.Now())
	switch {
	case db != Database:
		refusal = pgerror.WithCode(fmt.Errorf("бази даних %q немає: підключайтеся до бази %s", db, Database), codes.InvalidCatalogName)
	case err != nil:
		refusal = pgerror.WithCode(errors.New(hromadata.MessageOf(err)+" (пароль — це токен доступу)"), codes.InvalidPassword)
	case tok.Name != user:
		refusal = pgerror.WithCode(fmt.Errorf("ім’я користувача має бути ім’ям токена (%s)", tok.Name), codes.InvalidAuthorizationSpecification)
	}
	if refusal != nil {
		remote := fmt.Sprint(wire.RemoteAddress(ctx))
		s.cfg.API.Log.Warn("sql refused", "who", user, "via", "pg", "reason", refusal.Error(), "remote", remote)
		s.cfg.Log.Warn("authentication failed", "user", user, "via", "pg", "reason", refusal.Error(), "remote", remote)
		refusal = pgerror.WithSeverity(refusal, pgerror.LevelFatal)
		if err := wire.WriteUnterminatedError(w, refusal); err != nil {
			return ctx, err
		}
		return ctx, authRefused{refusal}
	}
	if s.ln != nil {
		s.ln.loggedIn(fmt.Sprint(wire.RemoteAddress(ctx)))
	}
	b := &backend{tok: tok, password: password, pid: s.nextPID.Add(1), secret: randomInt32()}
	s.mu.Lock()
	s.backends[b.pid] = b
	s.mu.Unlock()
	w.Start(types.ServerAuth)
	w.AddInt32(authOK)
	return context.WithValue(ctx, backendKey{}, b), w.End()
}

// authRefused ends a connection whose authentication failed, after the client
// was told why. psql-wire logs any error that ends a connection at ERROR, unless
// it is a normal closure (net.ErrClosed): a wrong password is the client's
// mistake, already logged as a failed authentication, so it counts as one.
type authRefused struct{ err error }

func (e authRefused) Error() string { return "authentication refused: " + e.err.Error() }

func (e authRefused) Unwrap() []error { return []error{e.err, net.ErrClosed} }

func randomInt32() int32 {
	var b [4]byte
	rand.Read(b[:])
	return int32(binary.BigEndian.Uint32(b[:]))
}

// Codes of the first message a client sends.
const (
	sslRequestCode    = 80877103
	cancelRequestCode = 80877102
)

// tlsOnlyRemote refuses a connection from another host that does not begin by
// asking for TLS: its password would cross the network in clear text. A cancel
// request (which carries no password) may come in clear, as libpq sends it. The
// check is made on the connection's first read, not in Accept, so that a slow
// client holds up no one else.
type tlsOnlyRemote struct{ net.Listener }

func (l tlsOnlyRemote) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil || isLoopback(c.RemoteAddr()) {
		return c, err
	}
	return &firstReadCheck{Conn: c, r: bufio.NewReader(c)}, nil
}

// errPlainRemote closes a plain-text connection from another host.
var errPlainRemote = errors.New("plain-text connection from another host refused")

type firstReadCheck struct {
	net.Conn
	r       *bufio.Reader
	checked bool
}

func (c *firstReadCheck) Read(p []byte) (int, error) {
	if !c.checked {
		c.checked = true
		head, err := c.r.Peek(8)
		if err != nil {
			return 0, err
		}
		if code := binary.BigEndian.Uint32(head[4:]); code != sslRequestCode && code != cancelRequestCode {
			c.Conn.Close()
			return 0, errPlainRemote
		}
	}
	return c.r.Read(p)
}

// stillValid checks the session's token again, so that a token revoked or expired
// after login stops working on an open session too, with the message /api/sql
// gives. The refusal is FATAL: the session is over.
func (s *Server) stillValid(b *backend) error {
	if _, err := s.cfg.Tokens.Check(b.password, time.Now()); err != nil {
		s.cfg.API.Log.Warn("sql refused", "who", b.tok.Name, "via", "pg", "reason", hromadata.MessageOf(err))
		return pgerror.WithSeverity(pgError(err), pgerror.LevelFatal)
	}
	return nil
}
