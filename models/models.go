// Package models runs the warehouse's SQL: it discovers one model per .sql file,
// orders them by the models each one reads, runs them, and runs the data tests —
// generic ones declared in a model's "-- test:" comments and singular queries in
// tests/ that return the rows violating a rule.
package models

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
)

// Model is one SQL file that creates one table (or the functions it names).
type Model struct {
	Name  string // the file name without .sql: the table it creates
	Path  string
	SQL   string
	Deps  []string // other models it reads
	Tests []Test
}

// Test is a query that returns the rows breaking a rule: no rows means it passes.
type Test struct {
	Name string
	SQL  string
}

// Load reads every model below dir in fsys and returns them in dependency order.
// known are tables that exist before any model runs (raw and reference tables).
func Load(fsys fs.FS, dir string, known []string) ([]Model, error) {
	var ms []Model
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".sql") {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		m := Model{Name: strings.TrimSuffix(path.Base(p), ".sql"), Path: p, SQL: string(b)}
		if m.Tests, err = genericTests(m); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		ms = append(ms, m)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return order(ms, known)
}

var identRe = regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*`)

// order sorts models so each runs after the models it references. A reference is
// any identifier equal to another model's name, or to a macro another model creates.
func order(ms []Model, known []string) ([]Model, error) {
	provides := map[string]string{}
	for _, m := range ms {
		provides[m.Name] = m.Name
		for _, f := range macroNames(m.SQL) {
			provides[f] = m.Name
		}
	}
	for _, k := range known {
		delete(provides, k)
	}
	byName := map[string]*Model{}
	for i := range ms {
		m := &ms[i]
		byName[m.Name] = m
		seen := map[string]bool{}
		for _, id := range identRe.FindAllString(stripComments(m.SQL), -1) {
			if dep, ok := provides[strings.ToLower(id)]; ok && dep != m.Name && !seen[dep] {
				seen[dep] = true
				m.Deps = append(m.Deps, dep)
			}
		}
		sort.Strings(m.Deps)
	}
	names := make([]string, 0, len(ms))
	for _, m := range ms {
		names = append(names, m.Name)
	}
	sort.Strings(names)
	var out []Model
	state := map[string]int{} // 1 visiting, 2 done
	var visit func(n string, trail []string) error
	visit = func(n string, trail []string) error {
		switch state[n] {
		case 1:
			return fmt.Errorf("models depend on each other in a cycle: %s", strings.Join(append(trail, n), " → "))
		case 2:
			return nil
		}
		state[n] = 1
		for _, d := range byName[n].Deps {
			if err := visit(d, append(trail, n)); err != nil {
				return err
			}
		}
		state[n] = 2
		out = append(out, *byName[n])
		return nil
	}
	for _, n := range names {
		if err := visit(n, nil); err != nil {
			return nil, err
		}
	}
	return out, nil
}

var macroRe = regexp.MustCompile(`(?i)CREATE\s+(?:OR\s+REPLACE\s+)?MACRO\s+([A-Za-z_][A-Za-z0-9_]*)`)

func macroNames(sql string) []string {
	var out []string
	for _, m := range macroRe.FindAllStringSubmatch(sql, -1) {
		out = append(out, strings.ToLower(m[1]))
	}
	return out
}

func stripComments(sql string) string {
	var b strings.Builder
	for _, line := range strings.Split(sql, "\n") {
		code, _, _ := strings.Cut(line, "--")
		b.WriteString(code)
		b.WriteByte('\n')
	}
	return b.String()
}
