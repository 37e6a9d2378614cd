package parquetfile

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/compress"
	_ "github.com/duckdb/duckdb-go/v2"
)

// TestSnappyIsFastAndReadable: the files are compressed by the fast Snappy encoder and
// DuckDB reads back every value, with and without a dictionary.
func TestSnappyIsFastAndReadable(t *testing.T) {
	codec, err := compress.GetCodec(compress.Codecs.Snappy)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := codec.(fastSnappy); !ok {
		t.Errorf("Snappy codec is %T, want fastSnappy", codec)
	}
	schema := arrow.NewSchema([]arrow.Field{
		{Name: "code", Type: arrow.BinaryTypes.String, Nullable: true},
		{Name: "id", Type: arrow.BinaryTypes.String},
		{Name: "n", Type: arrow.PrimitiveTypes.Int64},
	}, nil)
	b := array.NewRecordBuilder(memory.DefaultAllocator, schema)
	defer b.Release()
	const rows = 50000
	for i := range rows {
		b.Field(0).(*array.StringBuilder).Append([]string{"301", "302", "ДН"}[i%3])
		b.Field(1).(*array.StringBuilder).Append(fmt.Sprintf("%032x", i*7919))
		b.Field(2).(*array.Int64Builder).Append(int64(i))
	}
	rec := b.NewRecordBatch()
	defer rec.Release()
	path := filepath.Join(t.TempDir(), "t.parquet")
	if err := Write(path, rec, "id", "n"); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n, sum, codes int64
	var last, compression string
	q := fmt.Sprintf(`SELECT count(*), sum(n), count(DISTINCT code), max(id) FROM '%s'`, path)
	if err := db.QueryRow(q).Scan(&n, &sum, &codes, &last); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow(fmt.Sprintf(`SELECT string_agg(DISTINCT compression, ',') FROM parquet_metadata('%s')`, path)).Scan(&compression); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("%032x", (rows-1)*7919)
	if n != rows || sum != rows*(rows-1)/2 || codes != 3 || last != want || !strings.EqualFold(compression, "snappy") {
		t.Errorf("read back %d rows, sum %d, %d codes, max id %s, compression %s; want %d, %d, 3, %s, SNAPPY",
			n, sum, codes, last, compression, rows, rows*(rows-1)/2, want)
	}
}
