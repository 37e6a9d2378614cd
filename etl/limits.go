package etl

import (
	"bytes"
	"fmt"
)

// Bounds on what one export may expand to in memory. A real monthly export is a few
// megabytes; these leave room for ten cities' worth and still refuse a crafted file
// (a workbook whose one cell inflates to a gigabyte, a CSV that is one endless line)
// before it is decompressed or decoded, rather than after the memory is gone.
var (
	maxCSVLine      = 1 << 20   // bytes of one CSV line
	maxXLSXUnzipped = 256 << 20 // bytes of a workbook's parts, uncompressed
	maxXLSXCell     = 32767     // characters of one cell: Excel's own limit
)

// checkLines refuses a text export with a line longer than maxCSVLine, naming it.
func checkLines(raw []byte) error {
	line := 1
	for len(raw) > 0 {
		i := bytes.IndexByte(raw, '\n')
		if i < 0 {
			i = len(raw)
		}
		if i > maxCSVLine {
			return fmt.Errorf("рядок %d довший за %d КіБ: це не експорт (можливо, пошкоджений файл або файл без переведень рядка)", line, maxCSVLine>>10)
		}
		raw = raw[min(i+1, len(raw)):]
		line++
	}
	return nil
}
