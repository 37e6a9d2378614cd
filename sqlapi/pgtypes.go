package sqlapi

import (
	"fmt"
	"strings"
)

// PgType is how a DuckDB column type is presented to PostgreSQL clients: the type's
// OID, its type modifier (numeric's precision and scale, else -1) and its name in
// format_type's spelling.
type PgType struct {
	OID    uint32
	Typmod int32
	Name   string
}

// PostgreSQL type OIDs hromadata answers with.
const (
	OIDBool        = 16
	OIDInt8        = 20
	OIDInt2        = 21
	OIDInt4        = 23
	OIDText        = 25
	OIDFloat4      = 700
	OIDFloat8      = 701
	OIDVarchar     = 1043
	OIDDate        = 1082
	OIDTime        = 1083
	OIDTimestamp   = 1114
	OIDTimestampTZ = 1184
	OIDNumeric     = 1700
)

// pgTypes maps DuckDB's type names (as DatabaseTypeName spells them, without
// parameters) to PostgreSQL types. Unsigned types go to the next wider signed type;
// anything not listed (lists, structs, maps, intervals, blobs) is shown as text.
var pgTypes = map[string]PgType{
	"BOOLEAN":                  {OIDBool, -1, "boolean"},
	"TINYINT":                  {OIDInt2, -1, "smallint"},
	"SMALLINT":                 {OIDInt2, -1, "smallint"},
	"UTINYINT":                 {OIDInt2, -1, "smallint"},
	"INTEGER":                  {OIDInt4, -1, "integer"},
	"USMALLINT":                {OIDInt4, -1, "integer"},
	"BIGINT":                   {OIDInt8, -1, "bigint"},
	"UINTEGER":                 {OIDInt8, -1, "bigint"},
	"UBIGINT":                  {OIDNumeric, -1, "numeric"},
	"HUGEINT":                  {OIDNumeric, -1, "numeric"},
	"UHUGEINT":                 {OIDNumeric, -1, "numeric"},
	"FLOAT":                    {OIDFloat4, -1, "real"},
	"DOUBLE":                   {OIDFloat8, -1, "double precision"},
	"VARCHAR":                  {OIDText, -1, "text"},
	"DATE":                     {OIDDate, -1, "date"},
	"TIMESTAMP":                {OIDTimestamp, -1, "timestamp without time zone"},
	"TIMESTAMP_S":              {OIDTimestamp, -1, "timestamp without time zone"},
	"TIMESTAMP_MS":             {OIDTimestamp, -1, "timestamp without time zone"},
	"TIMESTAMP_NS":             {OIDTimestamp, -1, "timestamp without time zone"},
	"TIMESTAMPTZ":              {OIDTimestampTZ, -1, "timestamp with time zone"},
	"TIMESTAMP WITH TIME ZONE": {OIDTimestampTZ, -1, "timestamp with time zone"},
}

// PgTypeOf presents a DuckDB type name ("DECIMAL(18,2)", "BIGINT", "VARCHAR[]") as
// a PostgreSQL type.
func PgTypeOf(duck string) PgType {
	duck = strings.ToUpper(strings.TrimSpace(duck))
	var p, s int
	if n, _ := fmt.Sscanf(duck, "DECIMAL(%d,%d)", &p, &s); n == 2 {
		return PgType{OIDNumeric, int32(p<<16|s) + 4, fmt.Sprintf("numeric(%d,%d)", p, s)}
	}
	if t, ok := pgTypes[duck]; ok {
		return t
	}
	return PgType{OIDText, -1, "text"}
}
