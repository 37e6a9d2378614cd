package etl

import (
	"fmt"

	"github.com/hromadata/hromadata/dbf"
)

// readDBF decodes a dBASE III export into the same header-and-records shape as a
// CSV export; a record's "line" is its record number.
func readDBF(raw []byte) (*table, error) {
	d, err := dbf.Decode(raw)
	if err != nil {
		return nil, err
	}
	t := &table{encoding: "cp866 (DBF)", truncated: d.Truncated}
	if d.CutShort() {
		t.cut = fmt.Sprintf("у заголовку DBF записів — %d, а у файлі — %d", d.Declared, d.Stored)
	}
	for _, f := range d.Fields {
		t.header = append(t.header, f.Name)
	}
	for _, r := range d.Records {
		t.records = append(t.records, record{line: r.Number, fields: r.Values})
	}
	return t, nil
}
