package etl

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

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
	text, err := charmap.Windows1251.NewDecoder().String(string(raw))
	if err != nil {
		return "", "", fmt.Errorf("неправильне кодування: %v", err)
	}
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
	if n := len(t.records); n > 0 && !strings.HasSuffix(text, "\n") && len(t.records[n-1].fields) < len(t.header) {
		t.truncated = true
		t.cut = fmt.Sprintf("останній запис обрізаний посеред рядка %d — кінця файлу бракує", t.records[n-1].line)
	}
	return t, nil
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
