package sqlapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"strings"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"

	"github.com/hromadata/hromadata"
)

// Limits bound analysts' queries and the workers that run them. Zero fields take
// DefaultLimits' values.
type Limits struct {
	Timeout      time.Duration // one query, enforced inside the worker and by killing it
	KillGrace    time.Duration // how long past Timeout a worker may take before it is killed
	MaxRows      int           // rows of a JSON answer; more are cut off with truncated: true
	MaxBytes     int64         // bytes of a JSON answer's rows
	ExtractRows  int           // rows of a CSV extract
	ExtractBytes int64         // bytes of a CSV extract
	ExtractTime  time.Duration // wall clock of a CSV extract, streaming included

	Workers      int      // worker processes serving analysts at once
	Queue        int      // requests that may wait for a worker, more get 429; negative for none
	WorkerMemory int64    // the OS cap on a worker's memory, in bytes
	Threads      int      // DuckDB threads of a worker
	Isolation    string   // "cgroup", "rlimit", or "" to try a cgroup and fall back to rlimit
	CgroupRoot   string   // where cgroup file systems are mounted
	Command      []string // how to start a worker; default: this executable's sql-worker
	Env          []string // extra environment for workers
}

// DefaultLimits suit interactive use on the department's server; larger extracts
// belong in open data.
var DefaultLimits = Limits{
	Timeout: 10 * time.Second, KillGrace: time.Second,
	MaxRows: 10000, MaxBytes: 8 << 20,
	ExtractRows: 2_000_000, ExtractBytes: 512 << 20, ExtractTime: 30 * time.Second,
	Workers: 2, Queue: 6, WorkerMemory: 2 << 30, Threads: 2, CgroupRoot: "/sys/fs/cgroup",
}

// withDefaults fills the zero fields.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	fill := func(v *int64, def int64) {
		if *v == 0 {
			*v = def
		}
	}
	fillInt := func(v *int, def int) {
		if *v == 0 {
			*v = def
		}
	}
	for _, p := range []struct {
		v   *time.Duration
		def time.Duration
	}{{&l.Timeout, d.Timeout}, {&l.KillGrace, d.KillGrace}, {&l.ExtractTime, d.ExtractTime}} {
		if *p.v == 0 {
			*p.v = p.def
		}
	}
	fill(&l.MaxBytes, d.MaxBytes)
	fill(&l.ExtractBytes, d.ExtractBytes)
	fill(&l.WorkerMemory, d.WorkerMemory)
	fillInt(&l.MaxRows, d.MaxRows)
	fillInt(&l.ExtractRows, d.ExtractRows)
	fillInt(&l.Workers, d.Workers)
	fillInt(&l.Queue, d.Queue)
	fillInt(&l.Threads, d.Threads)
	if l.CgroupRoot == "" {
		l.CgroupRoot = d.CgroupRoot
	}
	if len(l.Command) == 0 {
		exe, _ := os.Executable()
		l.Command = []string{exe, WorkerCommand}
	}
	return l
}

// duckdbMemory is DuckDB's own memory_limit inside a worker: half the OS cap, so
// DuckDB refuses or spills well before the kernel has to step in.
func (l Limits) duckdbMemory() string { return fmt.Sprintf("%dMB", max(l.WorkerMemory/2>>20, 64)) }

// Column is a result column.
type Column struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// plain turns driver values into what JSON and CSV can carry.
func plain(v any) any {
	switch x := v.(type) {
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return x.Format("2006-01-02")
		}
		return x.Format(time.RFC3339Nano)
	case []byte:
		return string(x)
	case *big.Int:
		return json.Number(x.String()) // HUGEINT, what sum() of integers gives: a number, not text
	case duckdb.Decimal:
		return json.Number(decimalText(x))
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return fmt.Sprint(x)
		}
		return x
	case float32:
		return plain(float64(x))
	case interface{ Float64() float64 }:
		return plain(x.Float64())
	case fmt.Stringer:
		return x.String()
	}
	return v
}

// classify turns a failure inside the worker into an error for the analyst: the
// time limit, the memory limit, the sandbox's refusals, or DuckDB's own message.
func classify(ctx context.Context, err error, lim time.Duration) error {
	var he *hromadata.Error
	switch {
	case errors.As(err, &he):
		return err
	case errors.Is(ctx.Err(), context.DeadlineExceeded), strings.Contains(err.Error(), "Interrupt"):
		return timeoutError(lim)
	case isOutOfMemory(err):
		return errMemory
	case strings.Contains(err.Error(), "Permission Error"), strings.Contains(err.Error(), "disabled by configuration"):
		return hromadata.E(hromadata.Forbidden, "доступ до файлів, мережі та налаштувань з SQL-консолі заборонено")
	case strings.Contains(err.Error(), "read-only"):
		return errOnlySelect
	}
	return duckdbError(err.Error())
}

// decimalText writes a DECIMAL with exactly its scale's digits after the point, so
// 12.50 stays 12.50 and no digit is lost to a float.
func decimalText(d duckdb.Decimal) string {
	if d.Value == nil {
		return "0"
	}
	s := new(big.Int).Abs(d.Value).String()
	sign := ""
	if d.Value.Sign() < 0 {
		sign = "-"
	}
	if d.Scale == 0 {
		return sign + s
	}
	if pad := int(d.Scale) + 1 - len(s); pad > 0 {
		s = strings.Repeat("0", pad) + s
	}
	return sign + s[:len(s)-int(d.Scale)] + "." + s[len(s)-int(d.Scale):]
}

// duckdbKinds say in Ukrainian what each of DuckDB's error classes means to an analyst.
var duckdbKinds = []struct{ prefix, say string }{
	{"Binder Error", "у запиті згадано стовпець, таблицю чи функцію, яких немає, або значення несумісних типів"},
	{"Catalog Error", "у запиті згадано об’єкт, якого немає"},
	{"Conversion Error", "значення не вдалося перетворити на потрібний тип"},
	{"Out of Range Error", "значення виходить за межі свого типу"},
	{"Invalid Input Error", "некоректне значення у запиті"},
	{"Parser Error", "синтаксична помилка"},
}

// duckdbError wraps DuckDB's English message in a Ukrainian one; the original text is
// kept as the error's detail, for the analyst to find the line and name it points at.
func duckdbError(msg string) error {
	say := "запит не вдалося виконати"
	for _, k := range duckdbKinds {
		if strings.Contains(msg, k.prefix) {
			say = k.say
			break
		}
	}
	return &detailed{err: &hromadata.Error{Kind: hromadata.Invalid, Message: "помилка в запиті: " + say}, Detail: msg}
}

// detailed is a person's error with a detail in the words of the tool that raised it.
type detailed struct {
	err    *hromadata.Error
	Detail string
}

func (d *detailed) Error() string { return d.err.Message }
func (d *detailed) Unwrap() error { return d.err }

// detailOf is an error's detail, "" if it has none.
func detailOf(err error) string {
	var d *detailed
	if errors.As(err, &d) {
		return d.Detail
	}
	return ""
}

func isOutOfMemory(err error) bool {
	s := err.Error()
	return strings.Contains(s, "Out of Memory") || strings.Contains(s, "bad_alloc") || strings.Contains(s, "memory limit")
}

func timeoutError(lim time.Duration) error {
	return hromadata.E(hromadata.Timeout, fmt.Sprintf("запит виконувався довше за %s і був перерваний: спростіть його або обмежте дані", lim))
}

var (
	errMemory = hromadata.E(hromadata.TooLarge, "запит потребує більше пам’яті, ніж дозволено одному аналітику, і був перерваний: агрегуйте дані, додайте умови або LIMIT")
	errCrash  = hromadata.E(hromadata.Unavailable, "обробник SQL-запиту аварійно завершився (найімовірніше, через ліміт пам’яті) і його перезапущено: спростіть запит")
)
