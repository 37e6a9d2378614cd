package pgwire

import (
	"encoding/binary"
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// ConnLimits bound what connections may hold before and after login. Each
// connection costs a goroutine and a message buffer (MessageBuffer), so an
// unbounded number of idle ones, none of them logged in, would exhaust memory.
type ConnLimits struct {
	MaxConns  int           // connections at once; more are refused with "too many connections"
	Handshake time.Duration // from accept to a completed login
	Idle      time.Duration // with no message from the client (and no write taking longer) after login
}

// DefaultConnLimits suit a department's handful of analysts and their tools.
var DefaultConnLimits = ConnLimits{MaxConns: 64, Handshake: 10 * time.Second, Idle: 30 * time.Minute}

// MessageBuffer is the size of each connection's read buffer and so the largest
// message a client may send: room for a query at the 64 KB limit with its
// parameters, well below psql-wire's default of 16 MB per connection.
const MessageBuffer = 256 << 10

func (l ConnLimits) withDefaults() ConnLimits {
	d := DefaultConnLimits
	if l.MaxConns <= 0 {
		l.MaxConns = d.MaxConns
	}
	if l.Handshake <= 0 {
		l.Handshake = d.Handshake
	}
	if l.Idle <= 0 {
		l.Idle = d.Idle
	}
	return l
}

// guardedListener admits at most MaxConns connections at once and gives each the
// handshake deadline; authenticate finds a connection by its remote address to
// switch it to the idle timeout.
type guardedListener struct {
	net.Listener
	lim   ConnLimits
	slots chan struct{}
	mu    sync.Mutex
	conns map[string]*guardedConn
}

func guard(ln net.Listener, lim ConnLimits) *guardedListener {
	return &guardedListener{Listener: ln, lim: lim, slots: make(chan struct{}, lim.MaxConns), conns: map[string]*guardedConn{}}
}

// Accept refuses a connection beyond the limit at once, with PostgreSQL's own
// error for it, rather than queueing it: a client told is better than one left
// hanging, and a refused connection holds nothing.
func (l *guardedListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		select {
		case l.slots <- struct{}{}:
		default:
			refuseTooMany(c)
			continue
		}
		g := &guardedConn{Conn: c, l: l, deadline: time.Now().Add(l.lim.Handshake)}
		l.mu.Lock()
		l.conns[c.RemoteAddr().String()] = g
		l.mu.Unlock()
		return g, nil
	}
}

// loggedIn switches the connection from remote to the idle timeout.
func (l *guardedListener) loggedIn(remote string) {
	l.mu.Lock()
	g := l.conns[remote]
	l.mu.Unlock()
	if g != nil {
		g.authed.Store(true)
	}
}

// refuseTooMany answers a connection beyond the limit with a FATAL error
// (SQLSTATE 53300, too_many_connections) and closes it.
func refuseTooMany(c net.Conn) {
	c.SetWriteDeadline(time.Now().Add(time.Second))
	c.Write(errorResponse("FATAL", "53300", "забагато підключень до сервера: спробуйте пізніше"))
	c.Close()
}

// errorResponse is the protocol's ErrorResponse message.
func errorResponse(severity, code, msg string) []byte {
	var body []byte
	for _, f := range []struct {
		t byte
		v string
	}{{'S', severity}, {'V', severity}, {'C', code}, {'M', msg}} {
		body = append(append(append(body, f.t), f.v...), 0)
	}
	body = append(body, 0)
	out := []byte{'E', 0, 0, 0, 0}
	binary.BigEndian.PutUint32(out[1:], uint32(len(body)+4))
	return append(out, body...)
}

// guardedConn holds to the handshake deadline until login, then to the idle
// timeout, renewed on every read and write.
type guardedConn struct {
	net.Conn
	l        *guardedListener
	deadline time.Time // of the handshake
	authed   atomic.Bool
	closed   atomic.Bool
}

func (c *guardedConn) until() time.Time {
	if c.authed.Load() {
		return time.Now().Add(c.l.lim.Idle)
	}
	return c.deadline
}

func (c *guardedConn) Read(p []byte) (int, error) {
	c.Conn.SetReadDeadline(c.until())
	return c.Conn.Read(p)
}

func (c *guardedConn) Write(p []byte) (int, error) {
	c.Conn.SetWriteDeadline(c.until())
	return c.Conn.Write(p)
}

// Close frees the connection's slot, once.
func (c *guardedConn) Close() error {
	err := c.Conn.Close()
	if c.closed.CompareAndSwap(false, true) {
		c.l.mu.Lock()
		if c.l.conns[c.RemoteAddr().String()] == c {
			delete(c.l.conns, c.RemoteAddr().String())
		}
		c.l.mu.Unlock()
		<-c.l.slots
	}
	return err
}
