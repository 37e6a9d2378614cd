package pgwire

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	wire "github.com/jeroenrinzema/psql-wire"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/sqlapi"
)

// clientSettings are the settings clients set while connecting or that change only
// how the client is answered: accepted, and changing nothing, since hromadata
// always answers in UTF-8, ISO dates and UTC, read-only, under its own limits.
var clientSettings = []string{"application_name", "client_encoding", "datestyle", "timezone", "time",
	"extra_float_digits", "intervalstyle", "bytea_output", "client_min_messages", "standard_conforming_strings",
	"escape_string_warning", "search_path", "statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout",
	"default_transaction_isolation", "default_transaction_read_only", "transaction", "session", "names",
	"lc_messages", "lc_monetary", "lc_numeric", "lc_time", "row_security", "jit", "plan_cache_mode",
	"synchronous_commit", "geqo", "work_mem", "transaction_isolation", "transaction_read_only"}

var (
	setRe    = regexp.MustCompile(`(?is)^(SET|RESET)\s+(?:SESSION\s+|LOCAL\s+)?("?[a-z_.]+"?)`)
	showRe   = regexp.MustCompile(`(?is)^SHOW\s+("?[a-z_. ]+"?)$`)
	txRe     = regexp.MustCompile(`(?is)^(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK|ABORT|DISCARD\s+ALL|DEALLOCATE|UNLISTEN|CLOSE\s+ALL)\b`)
	cancelRe = regexp.MustCompile(`(?is)^SELECT\s+(?:pg_catalog\.)?pg_cancel_backend\s*\(\s*(\d+|\$1)\s*\)$`)
	pidRe    = regexp.MustCompile(`(?is)^SELECT\s+(?:pg_catalog\.)?pg_backend_pid\s*\(\s*\)$`)
)

// command answers what a client sends that is not a query: ok says whether the text
// was one.
func (s *Server) command(b *backend, text string) (*wire.PreparedStatement, bool, error) {
	switch {
	case text == "":
		return tag(b, "EMPTY"), true, nil
	case txRe.MatchString(text):
		return tag(b, strings.ToUpper(strings.Join(strings.Fields(txRe.FindStringSubmatch(text)[1]), " "))), true, nil
	case setRe.MatchString(text):
		m := setRe.FindStringSubmatch(text)
		name := strings.ToLower(strings.Trim(m[2], `"`))
		if !slices.Contains(clientSettings, name) {
			return nil, true, hromadata.E(hromadata.Forbidden, fmt.Sprintf("параметр %s змінювати заборонено: тут дозволено лише налаштування клієнта (client_encoding, DateStyle, TimeZone тощо), і вони нічого не змінюють", name))
		}
		return tag(b, strings.ToUpper(m[1])), true, nil
	case showRe.MatchString(text):
		name := strings.Join(strings.Fields(strings.ToLower(strings.Trim(showRe.FindStringSubmatch(text)[1], `"`))), " ")
		st, err := s.show(name)
		return st, true, err
	case cancelRe.MatchString(text):
		return s.cancelStatement(b, cancelRe.FindStringSubmatch(text)[1]), true, nil
	case pidRe.MatchString(text):
		return oneRow("pg_backend_pid", sqlapi.OIDInt4, b.pid), true, nil
	}
	return nil, false, nil
}

// tag completes with a command tag and nothing else, tracking transaction blocks so
// that clients see the state they expect.
func tag(b *backend, t string) *wire.PreparedStatement {
	return wire.NewStatement(func(ctx context.Context, w wire.DataWriter, _ []wire.Parameter) error {
		switch t {
		case "EMPTY":
			return w.Empty()
		case "BEGIN", "START TRANSACTION":
			b.inTx = true
		case "COMMIT", "END", "ROLLBACK", "ABORT":
			b.inTx = false
		}
		return w.Complete(t)
	})
}

// show answers SHOW from the settings hromadata really has.
func (s *Server) show(name string) (*wire.PreparedStatement, error) {
	lim := s.cfg.API.EffectiveLimits()
	values := map[string]string{
		"server_version": serverVersion, "server_version_num": "150000", "server_encoding": "UTF8",
		"client_encoding": "UTF8", "datestyle": "ISO, MDY", "timezone": "UTC", "standard_conforming_strings": "on",
		"integer_datetimes": "on", "transaction_isolation": "serializable", "default_transaction_isolation": "serializable",
		"transaction_read_only": "on", "default_transaction_read_only": "on", "search_path": "main",
		"max_identifier_length": "63", "lc_collate": "C.UTF-8", "lc_ctype": "C.UTF-8", "is_superuser": "off",
		"intervalstyle": "postgres", "extra_float_digits": "1", "bytea_output": "hex",
		"statement_timeout":           fmt.Sprint(lim.Timeout.Milliseconds()),
		"transaction isolation level": "serializable",
	}
	v, ok := values[name]
	if !ok {
		return nil, hromadata.E(hromadata.NotFound, fmt.Sprintf("параметра %s немає", name))
	}
	return oneRow(name, sqlapi.OIDText, v), nil
}

func oneRow(name string, oid uint32, v any) *wire.PreparedStatement {
	cols := wire.Columns{{Name: name, Oid: oid, Width: -1}}
	return wire.NewStatement(func(ctx context.Context, w wire.DataWriter, _ []wire.Parameter) error {
		if err := w.Row([]any{v}); err != nil {
			return err
		}
		return w.Complete("SELECT 1")
	}, wire.WithColumns(cols))
}

// cancelStatement is pg_cancel_backend(pid), the pid written out or bound as $1.
func (s *Server) cancelStatement(b *backend, arg string) *wire.PreparedStatement {
	cols := wire.Columns{{Name: "pg_cancel_backend", Oid: sqlapi.OIDBool, Width: -1}}
	var params []uint32
	if arg == "$1" {
		params = []uint32{sqlapi.OIDInt4}
	}
	return wire.NewStatement(func(ctx context.Context, w wire.DataWriter, args []wire.Parameter) error {
		text := arg
		if arg == "$1" {
			p, err := paramTexts(ctx, args, params)
			if err != nil || len(p) != 1 || p[0] == nil {
				return pgError(hromadata.E(hromadata.Invalid, "pg_cancel_backend: потрібен номер процесу"))
			}
			text = *p[0]
		}
		pid, err := strconv.ParseInt(text, 10, 32)
		if err != nil {
			return pgError(hromadata.E(hromadata.Invalid, "pg_cancel_backend: потрібен номер процесу"))
		}
		if err := w.Row([]any{s.cancelBackend(b, int32(pid))}); err != nil {
			return err
		}
		return w.Complete("SELECT 1")
	}, wire.WithColumns(cols), wire.WithParameters(params))
}

// cancelBackend is pg_cancel_backend: a token may cancel its own sessions' queries.
func (s *Server) cancelBackend(b *backend, pid int32) bool {
	s.mu.Lock()
	target := s.backends[pid]
	s.mu.Unlock()
	if target == nil || target.tok.Name != b.tok.Name {
		return false
	}
	return target.stop(errCanceled)
}
