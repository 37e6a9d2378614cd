package pgwire_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"io"
	"log/slog"
	"math/big"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/hromadata/hromadata/pgwire"
	"github.com/hromadata/hromadata/server"
	"github.com/hromadata/hromadata/sqlapi"
	"github.com/hromadata/hromadata/testkit"
	"github.com/hromadata/hromadata/warehouse"
)

// mustCert makes a self-signed certificate for 127.0.0.1, as a steward's would be.
func mustCert(t *testing.T) tls.Certificate {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "hromadata"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}

// TestListenerRules: without a certificate only loopback is served; with one, a
// client that asks for TLS gets it.
func TestListenerRules(t *testing.T) {
	dir := testkit.MustBuilt(t)
	srv, err := server.New(server.Config{DataDir: dir, DB: warehouse.DefaultLimits, SQL: sqlapi.Limits{Isolation: "rlimit", WorkerMemory: 1 << 30},
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	t.Run("plain on all interfaces refused", func(t *testing.T) {
		ln, err := net.Listen("tcp", "0.0.0.0:0")
		if err != nil {
			t.Fatal(err)
		}
		defer ln.Close()
		err = srv.ServePG(context.Background(), ln, nil, pgwire.ConnLimits{})
		if err == nil || !strings.Contains(err.Error(), "без TLS заборонено") {
			t.Fatalf("plain endpoint on all interfaces: %v", err)
		}
	})
	t.Run("TLS", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() {
			done <- srv.ServePG(ctx, ln, &tls.Config{Certificates: []tls.Certificate{mustCert(t)}}, pgwire.ConnLimits{})
		}()
		defer func() { cancel(); <-done }()
		e := endpoint{host: "127.0.0.1", port: ln.Addr().(*net.TCPAddr).Port, user: "nobody", token: "hd_wrong"}
		// sslmode=require fails before authentication unless the server speaks TLS.
		_, err = mustConnectErr(strings.Replace(e.dsn(), "sslmode=disable", "sslmode=require", 1))
		if err == nil || !strings.Contains(err.Error(), "28P01") || !strings.Contains(err.Error(), "недійсний токен") {
			t.Fatalf("wrong token over TLS: %v", err)
		}
	})
}
