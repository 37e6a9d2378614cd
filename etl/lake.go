package etl

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"

	"github.com/hromadata/hromadata/parquetfile"
)

// lakeBatch accumulates the accepted rows of one export as Arrow columns.
type lakeBatch struct {
	cols    []int // the source's columns kept in the lake, in schema order
	types   []ColType
	plain   []string // columns whose values hardly repeat: no Parquet dictionary
	builder *array.RecordBuilder
	rows    int
	expect  int // the rows the export holds, good or bad
}

// newLakeBatch makes the batch of an export of expect records. Its builders are sized
// for them at once: grown by doubling instead, their buffers were reallocated, cleared
// and copied over a dozen times per file (a tenth of the load's CPU).
func newLakeBatch(src *Source, expect int) *lakeBatch {
	var fields []arrow.Field
	b := &lakeBatch{}
	for i, c := range src.Columns {
		if c.Type == Drop {
			continue
		}
		b.cols, b.types = append(b.cols, i), append(b.types, c.Type)
		if c.Type == RNOKPP || c.Type == Pseudonym {
			b.plain = append(b.plain, c.Name)
		}
		fields = append(fields, arrow.Field{Name: c.Name, Type: arrowType(c.Type), Nullable: true})
	}
	fields = append(fields,
		arrow.Field{Name: "_file", Type: arrow.BinaryTypes.String},
		arrow.Field{Name: "_line", Type: arrow.PrimitiveTypes.Int64})
	b.plain = append(b.plain, "_line")
	b.builder = array.NewRecordBuilder(memory.DefaultAllocator, arrow.NewSchema(fields, nil))
	b.builder.Reserve(expect)
	b.expect = expect
	return b
}

// reserveText sizes the text columns' value buffers by the first row's values, an
// eighth more for longer ones; a column that outgrows it still grows as it must.
func (b *lakeBatch) reserveText(cells []cell, file string) {
	for i, col := range b.cols {
		if arrowType(b.types[i]) == arrow.BinaryTypes.String {
			b.builder.Field(i).(*array.StringBuilder).ReserveData(b.expect * (len(cells[col].s) + 1) * 9 / 8)
		}
	}
	b.builder.Field(len(b.cols)).(*array.StringBuilder).ReserveData(b.expect * len(file))
}

// SQLType is the DuckDB type the lake's Parquet column of this type reads as.
func (t ColType) SQLType() string {
	switch t {
	case Date, Month:
		return "DATE"
	case Money, Count:
		return "BIGINT"
	default:
		return "VARCHAR"
	}
}

func arrowType(t ColType) arrow.DataType {
	switch t {
	case Date, Month:
		return arrow.FixedWidthTypes.Date32
	case Money, Count:
		return arrow.PrimitiveTypes.Int64
	default:
		return arrow.BinaryTypes.String
	}
}

// add appends one validated row, its cells by the source's declared columns.
func (b *lakeBatch) add(cells []cell, file string, line int) {
	if b.rows == 0 {
		b.reserveText(cells, file)
	}
	for i, col := range b.cols {
		x := cells[col]
		fb := b.builder.Field(i)
		switch {
		case x.null:
			fb.AppendNull()
		case b.types[i] == Date || b.types[i] == Month:
			fb.(*array.Date32Builder).Append(arrow.Date32(x.n))
		case b.types[i] == Money || b.types[i] == Count:
			fb.(*array.Int64Builder).Append(x.n)
		default:
			fb.(*array.StringBuilder).Append(x.s)
		}
	}
	n := len(b.cols)
	b.builder.Field(n).(*array.StringBuilder).Append(file)
	b.builder.Field(n + 1).(*array.Int64Builder).Append(int64(line))
	b.rows++
}

// write stores the batch as one Parquet file, atomically.
func (b *lakeBatch) write(path string) error {
	rec := b.builder.NewRecordBatch()
	defer rec.Release()
	defer b.builder.Release()
	return parquetfile.Write(path, rec, b.plain...)
}

// hasParquet says whether a folder of the lake holds any Parquet file at any depth.
func hasParquet(dir string) bool {
	found := errors.New("found")
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".parquet") {
			return found
		}
		return nil
	})
	return err == found
}

// LakeIsEmpty says whether no source has a partition in the data directory's lake.
func LakeIsEmpty(dataDir string) bool {
	for _, src := range sources {
		if hasParquet(filepath.Join(LakeDir(dataDir), src.ID)) {
			return false
		}
	}
	return true
}
