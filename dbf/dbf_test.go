package dbf

import (
	"testing"
	"time"
)

func TestRoundTrip(t *testing.T) {
	fields := []Field{{"IDCODE", 'C', 10}, {"FIO", 'C', 20}, {"LGCODE", 'N', 3}, {"DATA1", 'D', 8}}
	rows := [][]string{{"3294512325", "Коваленко Олена", "20", "20230105"}, {"3122845640", "Бондаренко", "51", ""}}
	raw, err := Encode(fields, rows, time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	tab, err := Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Fields) != 4 || tab.Fields[2].Name != "LGCODE" || tab.Fields[2].Kind != 'N' {
		t.Fatalf("fields %+v", tab.Fields)
	}
	if len(tab.Records) != 2 || tab.Records[0].Values[1] != "Коваленко Олена" || tab.Records[0].Values[2] != "20" || tab.Records[1].Number != 2 {
		t.Errorf("records %+v", tab.Records)
	}

	t.Run("deleted record", func(t *testing.T) {
		deleted := append([]byte(nil), raw...)
		deleted[32+32*4+1] = '*'
		tab, err := Decode(deleted)
		if err != nil || len(tab.Records) != 1 || tab.Records[0].Number != 2 {
			t.Errorf("%v %+v", err, tab)
		}
	})
	t.Run("truncated", func(t *testing.T) {
		tab, err := Decode(raw[:len(raw)-10])
		if err != nil || !tab.Truncated || !tab.CutShort() || len(tab.Records) != 2 {
			t.Errorf("%v %+v", err, tab)
		}
	})
	t.Run("header and body agree", func(t *testing.T) {
		tab, err := Decode(raw)
		if err != nil || tab.CutShort() || tab.Declared != 2 || tab.Stored != 2 {
			t.Errorf("%v declared %d stored %d", err, tab.Declared, tab.Stored)
		}
	})
	t.Run("cut at a record boundary", func(t *testing.T) {
		recordLen := 1 + 10 + 20 + 3 + 8
		tab, err := Decode(raw[:len(raw)-1-recordLen])
		if err != nil || !tab.CutShort() || tab.Declared != 2 || tab.Stored != 1 || len(tab.Records) != 1 {
			t.Errorf("%v declared %d stored %d, %d records", err, tab.Declared, tab.Stored, len(tab.Records))
		}
	})
	t.Run("more records than the header says", func(t *testing.T) {
		more := append([]byte(nil), raw...)
		more[4] = 1
		tab, err := Decode(more)
		if err != nil || !tab.CutShort() || tab.Stored != 2 {
			t.Errorf("%v declared %d stored %d", err, tab.Declared, tab.Stored)
		}
	})
	t.Run("not a table", func(t *testing.T) {
		if _, err := Decode([]byte("Код;Назва\n1;2\n")); err != ErrNotDBF {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("unencodable", func(t *testing.T) {
		if _, err := Encode(fields[1:2], [][]string{{"Іван"}}, time.Now()); err == nil {
			t.Error("cp866 has no І, yet it encoded")
		}
	})
}
