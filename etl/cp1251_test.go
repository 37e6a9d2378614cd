package etl

import (
	"bytes"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// TestDecode1251AgreesWithXText checks the table decoder against x/text's on every
// byte alone, on all 256 bytes in a row, and on text mixing runs of ASCII (the
// eight-byte path) with Cyrillic at every alignment.
func TestDecode1251AgreesWithXText(t *testing.T) {
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	mixed, err := charmap.Windows1251.NewEncoder().Bytes([]byte("Код управління;Дата списку;12.03.2024;1 234,56;Іваненко Ґанна Їжаківна — “№ 5”\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][]byte{"all 256 bytes": all, "empty": {}}
	for i := range all {
		cases["byte "+string("0123456789abcdef"[i>>4])+string("0123456789abcdef"[i&15])] = []byte{byte(i)}
	}
	for shift := range 9 {
		cases["mixed from "+string(rune('0'+shift))] = append(bytes.Repeat([]byte("x"), shift), bytes.Repeat(mixed, 3)...)
	}
	for name, raw := range cases {
		t.Run(name, func(t *testing.T) {
			want, err := charmap.Windows1251.NewDecoder().Bytes(raw)
			if err != nil {
				t.Fatal(err)
			}
			if got := decode1251(raw); !bytes.Equal(got, want) {
				t.Errorf("decode1251(% x) = %q, x/text gives %q", raw, got, want)
			}
		})
	}
}
