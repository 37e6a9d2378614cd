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
	cols    []Column // the columns kept in the lake, in schema order
	builder *array.RecordBuilder
	rows    int
}

func newLakeBatch(src *Source) *lakeBatch {
	var fields []arrow.Field
	var cols []Column
	for _, c := range src.Columns {
		if c.Type == Drop {
			continue
		}
		cols = append(cols, c)
		fields = append(fields, arrow.Field{Name: c.Name, Type: arrowType(c.Type), Nullable: true})
	}
	fields = append(fields,
		arrow.Field{Name: "_file", Type: arrow.BinaryTypes.String},
		arrow.Field{Name: "_line", Type: arrow.PrimitiveTypes.Int64})
	schema := arrow.NewSchema(fields, nil)
	return &lakeBatch{cols: cols, builder: array.NewRecordBuilder(memory.DefaultAllocator, schema)}
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

// add appends one validated row; values are keyed by lake column name.
func (b *lakeBatch) add(row map[string]any, file string, line int) {
	for i, c := range b.cols {
		v := row[c.Name]
		fb := b.builder.Field(i)
		if v == nil {
			fb.AppendNull()
			continue
		}
		switch x := v.(type) {
		case string:
			fb.(*array.StringBuilder).Append(x)
		case int32:
			fb.(*array.Date32Builder).Append(arrow.Date32(x))
		case int64:
			fb.(*array.Int64Builder).Append(x)
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
	return parquetfile.Write(path, rec)
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
