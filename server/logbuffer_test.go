package server

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

// countingWriter counts the writes that reach it.
type countingWriter struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	writes int
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.writes++
	return w.buf.Write(p)
}

func (w *countingWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

func TestLogBuffer(t *testing.T) {
	t.Run("every line, in order, in few writes", func(t *testing.T) {
		w := &countingWriter{}
		b := NewLogBuffer(w)
		var wg sync.WaitGroup
		for g := range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range 1000 {
					fmt.Fprintf(b, "g%d line %d\n", g, i)
				}
			}()
		}
		wg.Wait()
		b.Close()
		next := map[string]int{}
		lines := strings.Split(strings.TrimSuffix(w.String(), "\n"), "\n")
		for _, l := range lines {
			var g string
			var i int
			fmt.Sscanf(l, "%s line %d", &g, &i)
			if i != next[g] {
				t.Fatalf("%s: line %d after %d", g, i, next[g]-1)
			}
			next[g]++
		}
		if len(lines) != 8000 {
			t.Errorf("%d lines, want 8000", len(lines))
		}
		if w.writes > 100 {
			t.Errorf("%d writes for 8000 lines", w.writes)
		}
	})
	t.Run("a line goes out without Close", func(t *testing.T) {
		w := &countingWriter{}
		b := NewLogBuffer(w)
		defer b.Close()
		fmt.Fprintln(b, "one")
		for deadline := time.Now().Add(5 * time.Second); w.String() == "" && time.Now().Before(deadline); {
			time.Sleep(10 * time.Millisecond)
		}
		if w.String() != "one\n" {
			t.Errorf("written %q", w.String())
		}
	})
}
