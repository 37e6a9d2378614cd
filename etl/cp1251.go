package etl

import (
	"encoding/binary"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// cp1251 is the UTF-8 of each windows-1251 byte, read once from x/text's charmap:
// decoding through this table straight into one buffer costs a fraction of x/text's
// transformer, which copies through its own buffers rune by rune.
var cp1251 = func() (t [256]struct {
	n int8
	b [3]byte
}) {
	for i := range t {
		r := charmap.Windows1251.DecodeByte(byte(i))
		t[i].n = int8(utf8.EncodeRune(t[i].b[:], r))
	}
	return t
}()

// decode1251 is the UTF-8 text of windows-1251 bytes, as x/text's decoder gives it
// (an undefined byte, 0x98, becomes U+FFFD).
func decode1251(raw []byte) []byte {
	n := 0
	for _, c := range raw {
		n += int(cp1251[c].n)
	}
	out := make([]byte, n)
	j := 0
	for i := 0; i < len(raw); {
		// Runs of ASCII — the digits, delimiters and codes of most of a row — are
		// copied eight bytes at a time (out has room: no byte decodes to fewer).
		if i+8 <= len(raw) {
			if w := binary.LittleEndian.Uint64(raw[i:]); w&0x8080808080808080 == 0 {
				binary.LittleEndian.PutUint64(out[j:], w)
				i, j = i+8, j+8
				continue
			}
		}
		e := &cp1251[raw[i]]
		out[j] = e.b[0]
		if e.n > 1 {
			out[j+1] = e.b[1]
			if e.n > 2 {
				out[j+2] = e.b[2]
			}
		}
		i, j = i+1, j+int(e.n)
	}
	return out
}
