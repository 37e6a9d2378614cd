// Package dbf reads and writes dBASE III tables with text in cp866, the form the
// privilege register (ex-ЄДАРП) and other legacy DOS-era systems export.
package dbf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/hromadata/hromadata"

	"golang.org/x/text/encoding/charmap"
)

// Field is one column: C text, N number (right-aligned), D date (yyyymmdd), L logical.
type Field struct {
	Name   string
	Kind   byte
	Length int
}

// Record is one row; Number counts from 1 in file order, deleted rows included.
type Record struct {
	Number int
	Values []string
}

// Table is a decoded file.
type Table struct {
	Fields    []Field
	Records   []Record // deleted records are left out, as the source system does
	Truncated bool     // the file ends inside the last record
	Declared  int      // records the header says the file holds
	Stored    int      // whole records the body really holds, deleted ones included
}

// CutShort says whether the body disagrees with the header's record count: a file
// cut at a record boundary, or inside a record, or one whose header was never updated.
func (t *Table) CutShort() bool { return t.Truncated || t.Declared != t.Stored }

// ErrNotDBF is returned for bytes that are not a dBASE III table.
var ErrNotDBF = errors.New("файл не є таблицею DBF (dBASE III)")

// Decode reads a table; text is decoded from cp866 and trimmed.
func Decode(raw []byte) (*Table, error) {
	if len(raw) == 0 {
		return nil, errors.New("порожній файл")
	}
	if len(raw) < 32 || raw[0]&0x07 != 0x03 {
		return nil, ErrNotDBF
	}
	count := int(binary.LittleEndian.Uint32(raw[4:8]))
	headerLen := int(binary.LittleEndian.Uint16(raw[8:10]))
	recordLen := int(binary.LittleEndian.Uint16(raw[10:12]))
	if headerLen < 33 || headerLen > len(raw) || recordLen < 1 {
		return nil, errors.New("пошкоджений заголовок DBF")
	}
	t := &Table{Declared: count, Stored: storedRecords(raw[headerLen:], recordLen)}
	width := 1 // the deletion flag
	for off := 32; off+32 <= headerLen && raw[off] != 0x0D; off += 32 {
		d := raw[off : off+32]
		f := Field{Name: string(bytes.TrimRight(d[:11], "\x00 ")), Kind: d[11], Length: int(d[16])}
		t.Fields = append(t.Fields, f)
		width += f.Length
	}
	if width != recordLen {
		return nil, fmt.Errorf("пошкоджений заголовок DBF: поля займають %s, а запис — %d", hromadata.Count(width, "байт", "байти", "байтів"), recordLen)
	}
	dec := charmap.CodePage866.NewDecoder()
	for i := 0; i < count; i++ {
		start := headerLen + i*recordLen
		if start+recordLen > len(raw) {
			if start < len(raw) && raw[start] != 0x1A {
				t.Truncated = true
				t.Records = append(t.Records, Record{Number: i + 1})
			}
			break
		}
		rec := raw[start : start+recordLen]
		if rec[0] == '*' {
			continue
		}
		values := make([]string, len(t.Fields))
		pos := 1
		for j, f := range t.Fields {
			text, err := dec.Bytes(rec[pos : pos+f.Length])
			if err != nil {
				return nil, fmt.Errorf("запис %d, поле %s: %v", i+1, f.Name, err)
			}
			values[j] = strings.TrimSpace(string(text))
			pos += f.Length
		}
		t.Records = append(t.Records, Record{Number: i + 1, Values: values})
	}
	return t, nil
}

// storedRecords counts the whole records of a body, not counting the end-of-file mark.
func storedRecords(body []byte, recordLen int) int {
	if n := len(body); n > 0 && body[n-1] == 0x1A && n%recordLen == 1%recordLen {
		body = body[:n-1]
	}
	return len(body) / recordLen
}

// Encode writes rows as a table dated date, text in cp866.
func Encode(fields []Field, rows [][]string, date time.Time) ([]byte, error) {
	enc, dec := charmap.CodePage866.NewEncoder(), charmap.CodePage866.NewDecoder()
	recordLen := 1
	for _, f := range fields {
		recordLen += f.Length
	}
	var b bytes.Buffer
	header := make([]byte, 32)
	header[0] = 0x03
	header[1], header[2], header[3] = byte(date.Year()-1900), byte(date.Month()), byte(date.Day())
	binary.LittleEndian.PutUint32(header[4:], uint32(len(rows)))
	binary.LittleEndian.PutUint16(header[8:], uint16(32+32*len(fields)+1))
	binary.LittleEndian.PutUint16(header[10:], uint16(recordLen))
	header[29] = 0x26 // language driver: cp866
	b.Write(header)
	for _, f := range fields {
		desc := make([]byte, 32)
		copy(desc, f.Name)
		desc[11], desc[16] = f.Kind, byte(f.Length)
		b.Write(desc)
	}
	b.WriteByte(0x0D)
	for _, row := range rows {
		b.WriteByte(' ')
		for i, f := range fields {
			v := row[i]
			if f.Kind == 'N' {
				v = fmt.Sprintf("%*s", f.Length, v)
			}
			cell, err := enc.Bytes([]byte(v))
			// The encoder substitutes what cp866 lacks; a round trip tells.
			if back, _ := dec.Bytes(cell); err != nil || string(back) != v {
				return nil, fmt.Errorf("field %s: %q has a character cp866 lacks", f.Name, v)
			}
			if len(cell) > f.Length {
				return nil, fmt.Errorf("field %s: %q is longer than %d bytes", f.Name, v, f.Length)
			}
			b.Write(cell)
			b.Write(bytes.Repeat([]byte{' '}, f.Length-len(cell)))
		}
	}
	b.WriteByte(0x1A)
	return b.Bytes(), nil
}
