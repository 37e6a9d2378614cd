package etl

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

// TestPseudonymsUnchanged: pseudonyms are the HMAC of the parts joined
// by zero bytes, the first time and every time after, so the lake keeps its pseudonyms.
func TestPseudonymsUnchanged(t *testing.T) {
	key := []byte("0123456789abcdef0123456789abcdef")
	want := func(parts string) string {
		m := hmac.New(sha256.New, key)
		m.Write([]byte(parts))
		return hex.EncodeToString(m.Sum(nil)[:16])
	}
	p := NewPseudonymiser(key)
	tests := []struct{ name, got, want string }{
		{"person", p.Of("person", "3294512325"), want("person\x003294512325")},
		{"person again", p.Of("person", "3294512325"), want("person\x003294512325")},
		{"scoped", p.OfScoped("account_id", "DN", "DN0000004"), want("account_id\x00DN\x00DN0000004")},
		{"scoped again", p.OfScoped("account_id", "DN", "DN0000004"), want("account_id\x00DN\x00DN0000004")},
		{"a long identifier", p.Of("visitor_id", string(make([]byte, 60))), want("visitor_id\x00" + string(make([]byte, 60)))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("pseudonym %s, want %s", tt.got, tt.want)
			}
		})
	}
}
