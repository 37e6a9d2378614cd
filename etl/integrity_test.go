package etl_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/dbf"
	"github.com/hromadata/hromadata/etl"
	"github.com/hromadata/hromadata/testkit"
)

// payList is a payment list of n good rows, ending with cut when it is set.
func payList(t *testing.T, n int, cut string) []byte {
	t.Helper()
	lines := []string{payHeader}
	for i := range n {
		lines = append(lines, fmt.Sprintf("DN;04.09.2023;DN000000%d;%s;Коваленко;101;09.2023;4 200,00", i, testkit.People[i]))
	}
	return testkit.CP1251(t, strings.Join(lines, "\r\n")+"\r\n"+cut)
}

// register is a privilege register of n good records as a DBF.
func register(t *testing.T, n int) []byte {
	t.Helper()
	var rows [][]string
	for i := range n {
		rows = append(rows, []string{"ZV", testkit.People[i], "Шевченко", "19601105", "20", "", "", "20230615", ""})
	}
	raw, err := dbf.Encode(testkit.PrivilegeFields, rows, time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// lastEntry is the manifest's last line.
func lastEntry(t *testing.T, data string) etl.Entry {
	t.Helper()
	m, err := etl.ReadManifest(data)
	if err != nil || len(m) == 0 {
		t.Fatalf("manifest: %v, %d lines", err, len(m))
	}
	return m[len(m)-1]
}

// TestCutShortIsQuarantined offers exports that arrive cut short: each is quarantined
// with its reason, the partition it would replace stays, and --accept-shrink takes it.
func TestCutShortIsQuarantined(t *testing.T) {
	v2 := strings.Replace(listName, ".csv", "_v2.csv", 1)
	const regName = "edarp_zavodske_20240110.dbf"
	full := register(t, 3)
	recLen := 1 + 2 + 10 + 60 + 8 + 3 + 2 + 10 + 8 + 8
	tests := []struct {
		name        string
		before      map[string][]byte // loaded first
		file        string
		raw         []byte
		accept      bool
		status      etl.Status
		message     string
		partition   string // the lake file that must not change when quarantined
		rowsInLake  int    // after the load
		rowsInEntry int    // rows loaded by the offered file
	}{
		{name: "truncated copy under the original name", before: map[string][]byte{listName: payList(t, 4, "")},
			file: listName, raw: payList(t, 1, ""), status: etl.StatusQuarantined, message: "рядків — 1, а в розділі, який він замінив би, — 4",
			rowsInLake: 4},
		{name: "later revision with far fewer rows", before: map[string][]byte{listName: payList(t, 4, "")},
			file: v2, raw: payList(t, 1, ""), status: etl.StatusQuarantined, message: "--accept-shrink", rowsInLake: 4},
		{name: "later revision whose rows mostly fail validation", before: map[string][]byte{listName: payList(t, 4, "")},
			file: v2, raw: payList(t, 1, strings.Repeat("DN;04.09.2023;DN0000009;3294512325;Коваленко;999;09.2023;1,00\r\n", 3)),
			status: etl.StatusQuarantined, message: "відхилено перевіркою: 3", rowsInLake: 4},
		{name: "later revision with somewhat fewer rows", before: map[string][]byte{listName: payList(t, 4, "")},
			file: v2, raw: payList(t, 2, ""), status: etl.StatusReplaced, rowsInLake: 2, rowsInEntry: 2},
		{name: "shrink accepted on purpose", before: map[string][]byte{listName: payList(t, 4, "")}, accept: true,
			file: v2, raw: payList(t, 1, ""), status: etl.StatusReplaced, rowsInLake: 1, rowsInEntry: 1},
		{name: "CSV whose last line is cut", file: listName, raw: payList(t, 2, "DN;04.09.2023;DN0000002;31228"),
			status: etl.StatusQuarantined, message: "обрізаний посеред рядка"},
		{name: "CSV whose last line is cut, accepted", file: listName, raw: payList(t, 2, "DN;04.09.2023;DN0000002;31228"), accept: true,
			status: etl.StatusLoaded, rowsInLake: 2, rowsInEntry: 2},
		{name: "DBF with fewer records than its header says", before: map[string][]byte{"edarp_zavodske_20240101.dbf": full},
			file: regName, raw: full[:len(full)-1-recLen], status: etl.StatusQuarantined, message: "у заголовку DBF записів — 3, а у файлі — 2",
			partition: "privileges/zavodske.parquet", rowsInLake: 3},
		{name: "DBF whose last record is cut", file: regName, raw: full[:len(full)-20], status: etl.StatusQuarantined,
			message: "у заголовку DBF записів — 3, а у файлі — 2", partition: "privileges/zavodske.parquet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, in := t.TempDir(), t.TempDir()
			for name, raw := range tt.before {
				mustLoad(t, data, mustWrite(t, in, name, raw))
			}
			lake := lakeFile(data)
			if tt.partition != "" {
				lake = filepath.Join(etl.LakeDir(data), tt.partition)
			}
			before, _ := os.ReadFile(lake)
			res, err := etl.Load(context.Background(), etl.Options{DataDir: data, AcceptShrink: tt.accept}, []string{mustWrite(t, t.TempDir(), tt.file, tt.raw)})
			if err != nil {
				t.Fatal(err)
			}
			e := res[0].Entry
			if e.Status != tt.status || !strings.Contains(e.Error, tt.message) {
				t.Fatalf("status %s (%q), want %s with %q", e.Status, e.Error, tt.status, tt.message)
			}
			if e.Status == etl.StatusQuarantined && !strings.Contains(e.Error, tt.file) {
				t.Errorf("message %q does not name the file", e.Error)
			}
			if e.RowsLoaded != tt.rowsInEntry || e.RowsRead != e.RowsLoaded+e.RowsRejected {
				t.Errorf("read %d, loaded %d, rejected %d; want %d loaded", e.RowsRead, e.RowsLoaded, e.RowsRejected, tt.rowsInEntry)
			}
			if got := lastEntry(t, data); got.File != tt.file || got.Status != tt.status {
				t.Errorf("manifest's last line is %s %s, want %s %s", got.File, got.Status, tt.file, tt.status)
			}
			after, _ := os.ReadFile(lake)
			if tt.status == etl.StatusQuarantined && !bytes.Equal(before, after) {
				t.Error("a quarantined file changed the lake")
			}
			if tt.rowsInLake > 0 {
				if n := lakeRows(t, lake); n != tt.rowsInLake {
					t.Errorf("lake holds %d rows, want %d", n, tt.rowsInLake)
				}
			}
		})
	}
}

// TestMissingKeyRefused loses the pseudonym key of a lake with pseudonymised rows:
// a new key would give every person a new pseudonym, so the load refuses and says how
// to restore the key.
func TestMissingKeyRefused(t *testing.T) {
	data := t.TempDir()
	inbox := testkit.MustInbox(t, t.TempDir())
	mustLoad(t, data, inbox)
	key := filepath.Join(data, etl.KeyFile)
	if err := os.Remove(key); err != nil {
		t.Fatal(err)
	}
	_, err := etl.Load(context.Background(), etl.Options{DataDir: data}, []string{inbox})
	if err == nil {
		t.Fatal("a load without the key of a pseudonymised lake succeeded")
	}
	msg := hromadata.MessageOf(err)
	for _, want := range []string{"pseudonym.key", "безперервність", "резервної копії", "0600"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
	if _, err := os.Stat(key); !errors.Is(err, os.ErrNotExist) {
		t.Error("a new key was made in place of the lost one")
	}

	t.Run("a lake without personal identifiers gets a key", func(t *testing.T) {
		data := t.TempDir()
		mustLoad(t, data, filepath.Join(inbox, "vydatky_2023-09.csv"))
		os.Remove(filepath.Join(data, etl.KeyFile))
		mustLoad(t, data, filepath.Join(inbox, "vydatky_2023-12.csv"))
		if _, err := os.Stat(filepath.Join(data, etl.KeyFile)); err != nil {
			t.Error(err)
		}
	})
}

// TestConcurrentLoads starts a second load while the first holds the data directory:
// the second refuses with a clear message, and the first loads every file exactly once.
func TestConcurrentLoads(t *testing.T) {
	data := t.TempDir()
	inbox := testkit.MustInbox(t, t.TempDir())
	var once sync.Once
	var second error
	var secondRes []etl.Result
	first, err := etl.Load(context.Background(), etl.Options{DataDir: data, Progress: func(etl.Progress) {
		once.Do(func() {
			secondRes, second = etl.Load(context.Background(), etl.Options{DataDir: data}, []string{inbox})
		})
	}}, []string{inbox})
	if err != nil {
		t.Fatal(err)
	}
	if second == nil || !strings.Contains(hromadata.MessageOf(second), "інше завантаження") || len(secondRes) > 0 {
		t.Errorf("second load: %v, %d results; want a refusal naming the running load", second, len(secondRes))
	}
	m, err := etl.ReadManifest(data)
	if err != nil {
		t.Fatalf("manifest: %v", err)
	}
	if len(m) != len(first) {
		t.Errorf("manifest has %d lines for %d files", len(m), len(first))
	}
	for _, e := range m {
		if e.Status != etl.StatusLoaded {
			t.Errorf("%s: %s, want loaded once", e.File, e.Status)
		}
	}
	if _, err := etl.Load(context.Background(), etl.Options{DataDir: data}, []string{inbox}); err != nil {
		t.Errorf("a load after the first finished: %v", err)
	}
}
