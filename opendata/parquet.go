package opendata

import (
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"

	"github.com/hromadata/hromadata/parquetfile"
)

func arrowTypeOf(t string) arrow.DataType {
	switch t {
	case "date":
		return arrow.FixedWidthTypes.Date32
	case "integer":
		return arrow.PrimitiveTypes.Int64
	case "boolean":
		return arrow.FixedWidthTypes.Boolean
	case "number":
		return arrow.PrimitiveTypes.Float64
	}
	return arrow.BinaryTypes.String
}

// writeParquet writes the dataset with the types its structure declares.
func writeParquet(path string, d Dataset, rows []Row) error {
	fields := make([]arrow.Field, len(d.Fields))
	for i, f := range d.Fields {
		fields[i] = arrow.Field{Name: f.Name, Type: arrowTypeOf(f.Type), Nullable: !f.Required}
	}
	b := array.NewRecordBuilder(memory.DefaultAllocator, arrow.NewSchema(fields, nil))
	defer b.Release()
	for _, r := range rows {
		for i, f := range d.Fields {
			appendValue(b.Field(i), r[f.Name])
		}
	}
	rec := b.NewRecordBatch()
	defer rec.Release()
	return parquetfile.Write(path, rec)
}

func appendValue(fb array.Builder, v any) {
	if v == nil {
		fb.AppendNull()
		return
	}
	switch b := fb.(type) {
	case *array.Date32Builder:
		b.Append(arrow.Date32FromTime(v.(time.Time)))
	case *array.Int64Builder:
		b.Append(count(v))
	case *array.Float64Builder:
		b.Append(v.(float64))
	case *array.BooleanBuilder:
		b.Append(v.(bool))
	case *array.StringBuilder:
		b.Append(cell(v))
	}
}
