package pgwire

import (
	"context"
	"errors"
	"fmt"
	"strings"

	wire "github.com/jeroenrinzema/psql-wire"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/sqlapi"
)

// parse prepares one statement: a client command answered here (SET, SHOW,
// transactions, pg_cancel_backend), or a query described by a worker now and run by
// one when executed.
func (s *Server) parse(ctx context.Context, q wire.Query) (wire.PreparedStatements, error) {
	b := backendOf(ctx)
	if err := s.stillValid(b); err != nil {
		return nil, err
	}
	text := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(q.Query), ";"))
	if stmt, ok, err := s.command(b, text); ok {
		if err != nil {
			return nil, s.fail(err)
		}
		return wire.Prepared(stmt), nil
	}
	var cols []sqlapi.Column
	out, err := s.cfg.API.Run(ctx, b.tok, sqlapi.Request{Query: text, Describe: true, Via: "pg"}, sqlapi.Answer{
		Columns: func(c []sqlapi.Column) error { cols = c; return nil },
		Row:     func([]byte) error { return nil },
	})
	if err != nil {
		return nil, s.fail(err)
	}
	params := make([]uint32, len(out.Params))
	for i, t := range out.Params {
		params[i] = sqlapi.PgTypeOf(t).OID
		if i < len(q.ParameterOIDs) && q.ParameterOIDs[i] != 0 {
			params[i] = q.ParameterOIDs[i]
		}
	}
	columns := make(wire.Columns, len(cols))
	for i, c := range cols {
		columns[i] = wire.Column{Name: c.Name, Oid: sqlapi.PgTypeOf(c.Type).OID, Width: -1}
	}
	run := func(ctx context.Context, w wire.DataWriter, args []wire.Parameter) error {
		return s.run(ctx, b, text, columns, params, w, args)
	}
	return wire.Prepared(wire.NewStatement(run, wire.WithColumns(columns), wire.WithParameters(params))), nil
}

// run executes a described query on a worker, streaming its rows to the client. A
// cancel request stops it; an answer cut at the extract caps ends in an error
// after its rows, so that no client takes a partial answer for the whole.
func (s *Server) run(ctx context.Context, b *backend, text string, cols wire.Columns, oids []uint32, w wire.DataWriter, args []wire.Parameter) error {
	if err := s.stillValid(b); err != nil {
		return err
	}
	params, err := paramTexts(ctx, args, oids)
	if err != nil {
		return s.fail(err)
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	b.mu.Lock()
	b.cancel = cancel
	b.mu.Unlock()
	defer func() { b.mu.Lock(); b.cancel = nil; b.mu.Unlock() }()
	out, err := s.cfg.API.Run(ctx, b.tok, sqlapi.Request{Query: text, Params: params, Via: "pg"}, sqlapi.Answer{
		Columns: func([]sqlapi.Column) error { return nil },
		Row: func(line []byte) error {
			row, err := decodeRow(line, cols)
			if err != nil {
				return err
			}
			return w.Row(row)
		},
	})
	if cause := context.Cause(ctx); errors.Is(cause, errCanceled) {
		return pgError(errCanceled)
	}
	if err != nil {
		return s.fail(err)
	}
	if out.Truncated != "" {
		lim := s.cfg.API.EffectiveLimits()
		return pgError(hromadata.E(hromadata.TooLarge, fmt.Sprintf("відповідь перевищила ліміт кількості рядків (%d) або обсягу (%d МБ) і була обрізана: агрегуйте дані, додайте умови або LIMIT; повні набори — у відкритих даних", lim.ExtractRows, lim.ExtractBytes>>20)))
	}
	return w.Complete(fmt.Sprintf("SELECT %d", out.Rows))
}

// fail answers an error to the client, and logs one the client cannot act on (a
// bug or an environment failure, which the client sees only as an internal error).
func (s *Server) fail(err error) error {
	if hromadata.KindOf(err) == hromadata.Internal {
		s.cfg.Log.Error("pg query", "err", err.Error())
	}
	return pgError(err)
}
