package pgwire

import (
	"bufio"
	"encoding/binary"
	"errors"
	"net"
	"testing"
)

// TestFirstReadCheck: from another host, only a connection that opens by asking for
// TLS (or a cancel request) is read further.
func TestFirstReadCheck(t *testing.T) {
	tests := []struct {
		name string
		code uint32
		ok   bool
	}{
		{"ssl request", sslRequestCode, true},
		{"cancel request", cancelRequestCode, true},
		{"plain startup", 196608, false}, // protocol 3.0
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			client, server := net.Pipe()
			defer client.Close()
			msg := make([]byte, 8)
			binary.BigEndian.PutUint32(msg, 8)
			binary.BigEndian.PutUint32(msg[4:], tt.code)
			go client.Write(msg)
			c := &firstReadCheck{Conn: server, r: bufio.NewReader(server)}
			buf := make([]byte, 8)
			n, err := c.Read(buf)
			switch {
			case tt.ok && (err != nil || n == 0):
				t.Fatalf("refused: %d %v", n, err)
			case !tt.ok && !errors.Is(err, errPlainRemote):
				t.Fatalf("read %d bytes, err %v; want refused", n, err)
			}
		})
	}
}
