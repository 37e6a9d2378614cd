package pgwire

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgtype"
	wire "github.com/jeroenrinzema/psql-wire"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/sqlapi"
)

// decodeRow turns a worker's JSON row into the Go values the protocol library
// encodes, text or binary, for each column's type.
func decodeRow(line []byte, cols wire.Columns) ([]any, error) {
	d := json.NewDecoder(bytes.NewReader(line))
	d.UseNumber()
	var vals []any
	if err := d.Decode(&vals); err != nil {
		return nil, fmt.Errorf("decode row: %w", err)
	}
	if len(vals) != len(cols) {
		return nil, fmt.Errorf("row of %d values for %d columns", len(vals), len(cols))
	}
	for i, v := range vals {
		if v == nil {
			continue
		}
		x, err := convert(v, cols[i].Oid)
		if err != nil {
			return nil, fmt.Errorf("column %s: %w", cols[i].Name, err)
		}
		vals[i] = x
	}
	return vals, nil
}

func convert(v any, oid uint32) (any, error) {
	s := fmt.Sprint(v)
	if b, ok := v.(bool); ok && oid == sqlapi.OIDBool {
		return b, nil
	}
	switch oid {
	case sqlapi.OIDInt2:
		n, err := strconv.ParseInt(s, 10, 16)
		return int16(n), err
	case sqlapi.OIDInt4:
		n, err := strconv.ParseInt(s, 10, 32)
		return int32(n), err
	case sqlapi.OIDInt8:
		return strconv.ParseInt(s, 10, 64)
	case sqlapi.OIDFloat4:
		f, err := strconv.ParseFloat(s, 32)
		return float32(f), err
	case sqlapi.OIDFloat8:
		return strconv.ParseFloat(s, 64)
	case sqlapi.OIDNumeric:
		return numeric(s)
	case sqlapi.OIDDate, sqlapi.OIDTimestamp, sqlapi.OIDTimestampTZ:
		return parseTime(s)
	case sqlapi.OIDText:
		if _, ok := v.(string); ok {
			return s, nil
		}
		b, err := json.Marshal(v)
		return string(b), err
	}
	return s, nil
}

// numeric reads a decimal the worker wrote as a JSON number (or, for HUGEINT, a
// string); encoding/json writes very large or small floats with an exponent, which
// PostgreSQL's numeric text does not have.
func numeric(s string) (pgtype.Numeric, error) {
	var n pgtype.Numeric
	if strings.ContainsAny(s, "eE") {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return n, err
		}
		s = strconv.FormatFloat(f, 'f', -1, 64)
	}
	return n, n.Scan(s)
}

func parseTime(s string) (time.Time, error) {
	if len(s) == len("2006-01-02") {
		return time.Parse("2006-01-02", s)
	}
	return time.Parse(time.RFC3339Nano, s)
}

// paramTexts turns bound parameters into the text the worker binds: text-format
// values as sent, binary ones decoded by their type and written as PostgreSQL
// would print them.
func paramTexts(ctx context.Context, args []wire.Parameter, oids []uint32) ([]*string, error) {
	out := make([]*string, len(args))
	for i, p := range args {
		if p.Value() == nil {
			continue
		}
		if p.Format() == wire.TextFormat {
			s := string(p.Value())
			out[i] = &s
			continue
		}
		oid := uint32(sqlapi.OIDText)
		if i < len(oids) {
			oid = oids[i]
		}
		v, err := p.Scan(oid)
		if err != nil {
			return nil, hromadata.E(hromadata.Invalid, fmt.Sprintf("параметр $%d не вдалося прочитати: %v", i+1, err))
		}
		s := paramText(v, oid)
		out[i] = &s
	}
	return out, nil
}

func paramText(v any, oid uint32) string {
	switch x := v.(type) {
	case time.Time:
		if oid == sqlapi.OIDDate {
			return x.Format("2006-01-02")
		}
		return x.Format("2006-01-02 15:04:05.999999")
	case pgtype.Numeric:
		if dv, err := x.Value(); err == nil && dv != nil {
			return fmt.Sprint(dv)
		}
	}
	return fmt.Sprint(v)
}
