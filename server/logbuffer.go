package server

import (
	"io"
	"sync"
	"time"
)

// LogBuffer batches log lines in memory and writes them out every flushEvery or
// once flushBytes gather, from one goroutine, as nginx's buffered access log does:
// writing each request's line with its own system call, under the log handler's
// lock, halved the requests per second of cached pages at 64 connections
// (bench/README.md).
type LogBuffer struct {
	w     io.Writer
	wmu   sync.Mutex // held while writing out, so batches go out in order
	out   []byte     // the batch being written, under wmu
	mu    sync.Mutex
	buf   []byte
	kick  chan struct{}
	stop  chan struct{}
	done  chan struct{}
	close sync.Once
}

const (
	flushEvery = 200 * time.Millisecond
	flushBytes = 64 << 10
	// maxBuffered: past it a writer waits for its own write, so a stuck output
	// slows requests instead of growing memory without bound.
	maxBuffered = 4 << 20
)

// NewLogBuffer buffers writes to w until Close.
func NewLogBuffer(w io.Writer) *LogBuffer {
	b := &LogBuffer{w: w, kick: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{})}
	go b.run()
	return b
}

// Write keeps p (a whole log line: slog writes each record at once) for the next flush.
func (b *LogBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	if len(b.buf) >= maxBuffered {
		b.mu.Unlock()
		b.flush()
		b.mu.Lock()
	}
	defer b.mu.Unlock()
	b.buf = append(b.buf, p...)
	if len(b.buf) >= flushBytes {
		select {
		case b.kick <- struct{}{}:
		default:
		}
	}
	return len(p), nil
}

func (b *LogBuffer) run() {
	defer close(b.done)
	t := time.NewTicker(flushEvery)
	defer t.Stop()
	for {
		select {
		case <-t.C:
		case <-b.kick:
		case <-b.stop:
			b.flush()
			return
		}
		b.flush()
	}
}

// flush writes what gathered, outside the lock writers take.
func (b *LogBuffer) flush() {
	b.wmu.Lock()
	defer b.wmu.Unlock()
	b.mu.Lock()
	b.out, b.buf = b.buf, b.out[:0]
	b.mu.Unlock()
	if len(b.out) > 0 {
		b.w.Write(b.out)
	}
}

// Close writes what is left and stops the flushing goroutine.
func (b *LogBuffer) Close() error {
	b.close.Do(func() { close(b.stop) })
	<-b.done
	return nil
}
