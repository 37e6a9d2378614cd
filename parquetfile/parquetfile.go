// Package parquetfile writes an Arrow record batch as one Snappy-compressed Parquet
// file, atomically.
package parquetfile

import (
	"io"
	"os"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"

	"github.com/hromadata/hromadata/atomicfile"
)

// Write stores rec at path via a synced temporary file and a rename. The plain
// columns are written without a dictionary: for values that hardly repeat
// (pseudonyms, line numbers) building one only costs time before it is abandoned.
func Write(path string, rec arrow.RecordBatch, plain ...string) error {
	opts := []parquet.WriterProperty{parquet.WithCompression(compress.Codecs.Snappy)}
	for _, c := range plain {
		opts = append(opts, parquet.WithDictionaryFor(c, false))
	}
	props := parquet.NewWriterProperties(opts...)
	return atomicfile.Write(path, 0o644, func(f *os.File) error {
		// pqarrow closes a writer that is an io.Closer; the file must stay open to be synced.
		w, err := pqarrow.NewFileWriter(rec.Schema(), struct{ io.Writer }{f}, props, pqarrow.DefaultWriterProps())
		if err != nil {
			return err
		}
		if err := w.Write(rec); err != nil {
			w.Close()
			return err
		}
		return w.Close()
	})
}
