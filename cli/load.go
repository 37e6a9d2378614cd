package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/etl"
)

func runLoad(ctx context.Context, env Env, args []string) error {
	fs, data := flags(env, "load", "[--accept-shrink] ШЛЯХ...")
	accept := fs.Bool("accept-shrink", false, "свідомо прийняти файли, що схожі на обрізані (набагато менше рядків, ніж у розділі, який вони замінюють, чи обрізаний останній запис), замість карантину")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	if err := claimDataDir(*data); err != nil {
		return err
	}
	_, err := load(ctx, env, *data, fs.Args(), *accept)
	return err
}

// load runs the loader with progress on stderr and a summary on stdout; it fails
// when any file was refused or quarantined as a whole.
func load(ctx context.Context, env Env, data string, paths []string, acceptShrink bool) ([]etl.Result, error) {
	p := newProgress(env.Stderr)
	results, err := etl.Load(ctx, etl.Options{DataDir: data, Progress: p.update, AcceptShrink: acceptShrink}, paths)
	p.finish()
	if err != nil {
		return results, err
	}
	refused := summarise(env.Stdout, results)
	if refused > 0 {
		return results, hromadata.E(hromadata.Invalid, hromadata.Count(refused, "файл", "файли", "файлів")+" не завантажено (див. вище); решту завантажено")
	}
	return results, nil
}

// summarise prints one line per file that needs attention and totals; it returns
// how many files were refused or quarantined.
func summarise(w io.Writer, results []etl.Result) int {
	var read, loaded, rejected, refused int
	count := map[etl.Status]int{}
	for _, r := range results {
		e := r.Entry
		count[e.Status]++
		read, loaded, rejected = read+e.RowsRead, loaded+e.RowsLoaded, rejected+e.RowsRejected
		switch {
		case e.Status == etl.StatusRejected:
			refused++
			fmt.Fprintf(w, "ВІДХИЛЕНО %s: %s\n", e.File, e.Error)
		case e.Status == etl.StatusQuarantined:
			refused++
			fmt.Fprintf(w, "КАРАНТИН %s\n", e.Error)
		case e.Status == etl.StatusStale:
			fmt.Fprintf(w, "ПРОПУЩЕНО %s: %s\n", e.File, e.Error)
		case e.Status == etl.StatusReplaced:
			fmt.Fprintf(w, "ЗАМІНЕНО  %s: нова версія замінила попередню (%s)\n", e.File, rows(e.RowsLoaded))
		}
		for i, rj := range r.Rejects {
			if i == 3 {
				fmt.Fprintf(w, "  … ще %d, усі в %s\n", len(r.Rejects)-3, e.RejectsFile)
				break
			}
			fmt.Fprintf(w, "  %s\n", rj)
		}
	}
	fmt.Fprintf(w, "Файлів: %d (завантажено %d, замінено %d, вже були %d, відхилено %d, у карантині %d). Рядків прочитано %d = завантажено %d + відхилено %d.\n",
		len(results), count[etl.StatusLoaded], count[etl.StatusReplaced], count[etl.StatusDuplicate], count[etl.StatusRejected], count[etl.StatusQuarantined], read, loaded, rejected)
	return refused
}

// rows is a count of rows for people: «1 рядок», «62 рядки», «133 рядки», «292 рядки».
func rows(n int) string { return hromadata.Count(n, "рядок", "рядки", "рядків") }

// statusUK is what a person reads for what a load did with a file (the manifest
// keeps the English codes for machines).
var statusUK = map[etl.Status]string{
	etl.StatusLoaded:      "завантажено",
	etl.StatusReplaced:    "замінено попередню версію",
	etl.StatusDuplicate:   "уже завантажений раніше",
	etl.StatusStale:       "пропущено: старіша версія за завантажену",
	etl.StatusRejected:    "відхилено",
	etl.StatusQuarantined: "у карантині",
}

// progress draws a bar on a terminal and writes plain lines elsewhere.
type progress struct {
	w   io.Writer
	tty bool
}

func newProgress(w io.Writer) *progress {
	f, ok := w.(*os.File)
	return &progress{w: w, tty: ok && term.IsTerminal(int(f.Fd()))}
}

func (p *progress) update(ev etl.Progress) {
	if ev.Done == nil {
		return
	}
	n := ev.Index + 1
	if !p.tty {
		e := ev.Done.Entry
		fmt.Fprintf(p.w, "[%d/%d] %s: %s, %s, відхилено %d\n", n, ev.Total, e.File, statusUK[e.Status], rows(e.RowsLoaded), e.RowsRejected)
		return
	}
	const width = 30
	done := width * n / ev.Total
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d %-40.40s", strings.Repeat("█", done), strings.Repeat("░", width-done), n, ev.Total, ev.File)
}

func (p *progress) finish() {
	if p.tty {
		fmt.Fprintln(p.w)
	}
}
