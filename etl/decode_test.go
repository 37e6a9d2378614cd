package etl

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// TestSplitTableAgreesWithCSV checks the quote-free reader against encoding/csv's
// lenient reading, which it replaces for text without quotes: same header, same
// records, same line numbers, on hand-picked shapes and on random text.
func TestSplitTableAgreesWithCSV(t *testing.T) {
	cases := map[string]string{
		"plain":                "a;b;c\n1;2;3\n4;5;6\n",
		"crlf":                 "a;b;c\r\n1;2;3\r\n4;5;6\r\n",
		"no final line break":  "a;b;c\n1;2;3\n4;5",
		"final cr only":        "a;b;c\n1;2;3\r",
		"empty lines":          "\n\na;b\n\n1;2\n\r\n\n3;4\n\n",
		"empty rows":           "a;b\n;;\n1;2\n ; \n;\n",
		"spaces and tabs":      " a ; b\t;c \n 1 ;\t2; 3 \n",
		"lone cr inside":       "a;b\n1\r2;3\n",
		"ragged rows":          "a;b;c\n1\n1;2;3;4;5\n;;;;x\n",
		"cyrillic":             "Код;Сума, грн\n301;1 234,56\nІ;Ї\n",
		"comma delimiter text": "a,b;c\n1,2;3\n",
		"only header":          "a;b;c\n",
		"blank":                "\n \n\r\n",
	}
	rng := rand.New(rand.NewPCG(9, 2026))
	alphabet := []string{"a", "7", " ", "\t", ";", ",", "\r", "\n", "\r\n", "Ї", ";;", "\n\n"}
	for i := range 300 {
		var b strings.Builder
		for range rng.IntN(60) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		cases["random "+string(rune('A'+i/26%26))+string(rune('a'+i%26))+string(rune('0'+i/676))] = b.String()
	}
	for name, text := range cases {
		for _, delim := range []rune{';', ','} {
			t.Run(name+" "+string(delim), func(t *testing.T) {
				want, err := csvTable(text, delim)
				if err != nil {
					t.Fatal(err)
				}
				got := splitTable(text, delim)
				if !reflect.DeepEqual(got.header, want.header) {
					t.Errorf("%q: header %q, encoding/csv gives %q", text, got.header, want.header)
				}
				if len(got.records) != len(want.records) {
					t.Fatalf("%q: %d records %v, encoding/csv gives %d %v", text, len(got.records), got.records, len(want.records), want.records)
				}
				for i := range got.records {
					if !reflect.DeepEqual(got.records[i], want.records[i]) {
						t.Errorf("%q: record %d is %v, encoding/csv gives %v", text, i, got.records[i], want.records[i])
					}
				}
			})
		}
	}
}
