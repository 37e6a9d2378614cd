package sqlapi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/decimal128"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
	"github.com/gin-gonic/gin"
	"github.com/xuri/excelize/v2"
)

// xlsxMaxRows is a sheet's last row in Excel, the header row included.
const xlsxMaxRows = 1 << 20

// sink writes a full download, row by row, in one format.
type sink interface {
	row(vals []any) error
	close(truncated string) error
}

// download streams the whole answer, within the extract caps, as XLSX or Parquet.
func (a *API) download(c *gin.Context, build, query, role, format string) (Outcome, error) {
	lim := a.Pool().lim
	j := job{Build: build, Query: query, Role: role, MaxRows: lim.ExtractRows, MaxBytes: lim.ExtractBytes, TimeoutMS: (lim.ExtractTime - lim.KillGrace).Milliseconds()}
	if format == "xlsx" {
		j.MaxRows = min(j.MaxRows, xlsxMaxRows-1)
	}
	var s sink
	out, err := a.Pool().Query(c.Request.Context(), j, lim.ExtractTime, Answer{
		Columns: func(cols []Column) error {
			var err error
			if format == "xlsx" {
				s, err = newXLSXSink(c.Writer, cols)
			} else {
				s, err = newParquetSink(c.Writer, cols)
			}
			c.Header("Content-Type", contentTypes[format])
			c.Header("Content-Disposition", `attachment; filename="query.`+format+`"`)
			c.Header("Trailer", truncatedTrailer)
			c.Status(http.StatusOK)
			return err
		},
		Row: func(b []byte) error {
			vals, err := decodeRow(b)
			if err != nil {
				return err
			}
			return s.row(vals)
		},
	})
	if err != nil {
		if c.Writer.Written() {
			c.Writer.Header().Set(truncatedTrailer, "error")
		}
		return out, err
	}
	if out.Truncated != "" {
		c.Header(truncatedTrailer, out.Truncated) // before the first byte for XLSX; a trailer for Parquet
	}
	return out, s.close(out.Truncated)
}

var contentTypes = map[string]string{
	"xlsx":    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	"parquet": "application/vnd.apache.parquet",
}

// decodeRow reads one JSON array row, numbers as the worker wrote them.
func decodeRow(row []byte) ([]any, error) {
	d := json.NewDecoder(bytes.NewReader(row))
	d.UseNumber()
	var vals []any
	return vals, d.Decode(&vals)
}

// xlsxSink builds the workbook with excelize's stream writer (rows spill to a
// temporary file, not memory) and writes it out at the end.
type xlsxSink struct {
	w    io.Writer
	f    *excelize.File
	sw   *excelize.StreamWriter
	cols []Column
	n    int
}

func newXLSXSink(w io.Writer, cols []Column) (*xlsxSink, error) {
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return nil, err
	}
	header := make([]any, len(cols))
	for i, c := range cols {
		header[i] = c.Name
	}
	s := &xlsxSink{w: w, f: f, sw: sw, cols: cols, n: 1}
	return s, sw.SetRow("A1", header)
}

func (s *xlsxSink) row(vals []any) error {
	cells := make([]any, len(vals))
	for i, v := range vals {
		cells[i] = xlsxCell(v, s.cols[i].Type)
	}
	s.n++
	cell, _ := excelize.CoordinatesToCellName(1, s.n)
	return s.sw.SetRow(cell, cells)
}

// xlsxCell makes numbers numbers (so Excel sums them) and dates dates; a number too
// long for a double's exactness stays text, as Excel would otherwise round it.
func xlsxCell(v any, typ string) any {
	switch x := v.(type) {
	case json.Number:
		if len(strings.TrimLeft(string(x), "-")) > 15 {
			return string(x)
		}
		if f, err := x.Float64(); err == nil {
			return f
		}
		return string(x)
	case string:
		if typ == "DATE" {
			if d, err := time.Parse("2006-01-02", x); err == nil {
				return d
			}
		}
		return x
	case nil, bool:
		return x
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func (s *xlsxSink) close(truncated string) error {
	defer s.f.Close()
	if err := s.sw.Flush(); err != nil {
		return err
	}
	if truncated != "" {
		i, _ := s.f.NewSheet("Увага")
		s.f.SetCellValue("Увага", "A1", "Вивантаження обрізано на межі ("+truncated+"): рядків у файлі "+strconv.Itoa(s.n-1)+"; уточніть запит.")
		_ = i
	}
	_, err := s.f.WriteTo(s.w)
	return err
}

// parquetSink writes row groups of batchRows rows straight to the client.
type parquetSink struct {
	w    *pqarrow.FileWriter
	b    *array.RecordBuilder
	n    int
	cols []Column
}

const batchRows = 64 << 10

func newParquetSink(w io.Writer, cols []Column) (*parquetSink, error) {
	fields := make([]arrow.Field, len(cols))
	for i, c := range cols {
		fields[i] = arrow.Field{Name: c.Name, Type: arrowType(c.Type), Nullable: true}
	}
	schema := arrow.NewSchema(fields, nil)
	props := parquet.NewWriterProperties(parquet.WithCompression(compress.Codecs.Snappy))
	// pqarrow closes a writer that is an io.Closer; the response is not its to close.
	fw, err := pqarrow.NewFileWriter(schema, struct{ io.Writer }{w}, props, pqarrow.DefaultWriterProps())
	if err != nil {
		return nil, err
	}
	return &parquetSink{w: fw, b: array.NewRecordBuilder(memory.DefaultAllocator, schema), cols: cols}, nil
}

var decimalRe = regexp.MustCompile(`^DECIMAL\((\d+),\s*(\d+)\)$`)

// arrowType maps a DuckDB column type to the Parquet column's: integers, doubles,
// decimals with their scale, booleans and dates keep their kind; HUGEINT (what sum
// of integers gives) becomes DECIMAL(38,0); anything else is text.
func arrowType(t string) arrow.DataType {
	switch t {
	case "BOOLEAN":
		return arrow.FixedWidthTypes.Boolean
	case "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER":
		return arrow.PrimitiveTypes.Int64
	case "HUGEINT", "UBIGINT", "UHUGEINT":
		return &arrow.Decimal128Type{Precision: 38, Scale: 0}
	case "FLOAT", "DOUBLE":
		return arrow.PrimitiveTypes.Float64
	case "DATE":
		return arrow.FixedWidthTypes.Date32
	}
	if m := decimalRe.FindStringSubmatch(t); m != nil {
		p, _ := strconv.Atoi(m[1])
		s, _ := strconv.Atoi(m[2])
		return &arrow.Decimal128Type{Precision: int32(p), Scale: int32(s)}
	}
	return arrow.BinaryTypes.String
}

func (s *parquetSink) row(vals []any) error {
	for i, v := range vals {
		if err := appendValue(s.b.Field(i), v); err != nil {
			return fmt.Errorf("column %s: %w", s.cols[i].Name, err)
		}
	}
	if s.n++; s.n%batchRows == 0 {
		return s.flush()
	}
	return nil
}

func appendValue(b array.Builder, v any) error {
	if v == nil {
		b.AppendNull()
		return nil
	}
	text := fmt.Sprint(v)
	switch x := b.(type) {
	case *array.BooleanBuilder:
		x.Append(v == true)
	case *array.Int64Builder:
		n, err := strconv.ParseInt(text, 10, 64)
		if err != nil {
			return err
		}
		x.Append(n)
	case *array.Float64Builder:
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			return err
		}
		x.Append(f)
	case *array.Decimal128Builder:
		t := x.Type().(*arrow.Decimal128Type)
		n, err := decimal128.FromString(text, t.Precision, t.Scale)
		if err != nil {
			return err
		}
		x.Append(n)
	case *array.Date32Builder:
		d, err := time.Parse("2006-01-02", text)
		if err != nil {
			return err
		}
		x.Append(arrow.Date32FromTime(d))
	case *array.StringBuilder:
		if _, ok := v.(string); !ok {
			if _, num := v.(json.Number); !num {
				b, _ := json.Marshal(v)
				text = string(b)
			}
		}
		x.Append(text)
	}
	return nil
}

func (s *parquetSink) flush() error {
	rec := s.b.NewRecordBatch()
	defer rec.Release()
	return s.w.Write(rec)
}

func (s *parquetSink) close(string) error {
	defer s.b.Release()
	if err := s.flush(); err != nil {
		s.w.Close()
		return err
	}
	return s.w.Close()
}
