package etl

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"
)

// record is one CSV record with the line it started on.
type record struct {
	line   int
	fields []string
}

// table is a decoded export: its header, its records and what was noticed on the way.
type table struct {
	encoding  string
	header    []string
	records   []record
	truncated bool   // the last line has no line break and too few fields
	cut       string // why the file looks cut short, "" when it does not
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decodeText turns the raw bytes into UTF-8. Exports are windows-1251; a UTF-8 file
// (with or without BOM) is accepted too because spreadsheet tools re-save that way.
// UTF-16 and DOS cp866 are refused by name, as the operator can fix them at the source.
func decodeText(raw []byte, expected []string) (string, string, error) {
	switch {
	case bytes.HasPrefix(raw, utf8BOM):
		return string(raw[3:]), "UTF-8", nil
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}), bytes.IndexByte(raw, 0) >= 0:
		return "", "", errors.New("неправильне кодування: файл у UTF-16, очікується windows-1251")
	case utf8.Valid(raw):
		return string(raw), "UTF-8", nil
	}
	buf := decode1251(raw)
	text := unsafe.String(unsafe.SliceData(buf), len(buf)) // buf is never written again
	if !headerMentions(text, expected) {
		if dos, err := charmap.CodePage866.NewDecoder().String(string(raw)); err == nil && headerMentions(dos, expected) {
			return "", "", errors.New("неправильне кодування: файл у cp866 (DOS), очікується windows-1251")
		}
	}
	return text, "windows-1251", nil
}

func headerMentions(text string, headers []string) bool {
	first, _, _ := strings.Cut(text, "\n")
	for _, h := range headers {
		if strings.Contains(first, h) {
			return true
		}
	}
	return false
}

// readTable splits the decoded text into header and records, choosing ';' or ','
// by which one splits the header into more of the expected columns.
func readTable(text string, expected []string) (*table, error) {
	if strings.TrimSpace(text) == "" {
		return nil, errors.New("порожній файл: немає ані заголовка, ані рядків")
	}
	delim := ';'
	first, _, _ := strings.Cut(text, "\n")
	if countKnown(strings.Split(first, ","), expected) > countKnown(strings.Split(first, ";"), expected) {
		delim = ','
	}
	var t *table
	if strings.Contains(text, `"`) {
		var err error
		if t, err = csvTable(text, delim); err != nil {
			return nil, err
		}
	} else {
		t = splitTable(text, delim)
	}
	t.checkCut(text)
	return t, nil
}

// csvTable reads text that may quote its fields through encoding/csv, leniently.
func csvTable(text string, delim rune) (*table, error) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = delim
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	t := &table{}
	for {
		fields, err := r.Read()
		if err == io.EOF {
			break
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			return nil, fmt.Errorf("рядок %d: не вдалося розібрати CSV: %v", line, err)
		}
		for i := range fields {
			fields[i] = strings.TrimSpace(strings.TrimRight(fields[i], "\r"))
		}
		if allEmpty(fields) {
			continue // trailing empty rows such as ";;;;" carry nothing
		}
		if t.header == nil {
			t.header = fields
			continue
		}
		t.records = append(t.records, record{line: line, fields: fields})
	}
	return t, nil
}

// checkCut marks a table whose text ends in the middle of its last record.
func (t *table) checkCut(text string) {
	if n := len(t.records); n > 0 && !strings.HasSuffix(text, "\n") && len(t.records[n-1].fields) < len(t.header) {
		t.truncated = true
		t.cut = fmt.Sprintf("останній запис обрізаний посеред рядка %d — кінця файлу бракує", t.records[n-1].line)
	}
}

// splitTable is readTable for text without a quote character — every export our
// sources write — where a record is a line and a field is what lies between
// delimiters, exactly as encoding/csv reads it then. The fields are views into the
// text rather than a new string per record, taken from slabs shared by many records.
func splitTable(text string, delim rune) *table {
	t := &table{records: make([]record, 0, strings.Count(text, "\n")+1)}
	sep := string(delim)
	var slab []string
	for line := 1; text != ""; line++ {
		row, rest, _ := strings.Cut(text, "\n")
		text = rest
		n := strings.Count(row, sep) + 1
		if len(slab) < n {
			slab = make([]string, max(n, 4096))
		}
		fields := slab[:n:n]
		slab = slab[n:]
		empty := true
		for i := range n - 1 {
			f, r, _ := strings.Cut(row, sep)
			fields[i], row = strings.TrimSpace(f), r
			empty = empty && fields[i] == ""
		}
		fields[n-1] = strings.TrimSpace(row)
		if empty && fields[n-1] == "" {
			continue // empty lines, and trailing empty rows such as ";;;;", carry nothing
		}
		if t.header == nil {
			t.header = fields
			continue
		}
		t.records = append(t.records, record{line: line, fields: fields})
	}
	return t
}

func countKnown(cols, expected []string) int {
	n := 0
	for _, c := range cols {
		for _, e := range expected {
			if strings.TrimSpace(c) == e {
				n++
			}
		}
	}
	return n
}

func allEmpty(fields []string) bool {
	for _, f := range fields {
		if f != "" {
			return false
		}
	}
	return true
}
