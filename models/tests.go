package models

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"
)

var testRe = regexp.MustCompile(`^--\s*test:\s*(\w+)\((.*)\)\s*$`)

// genericTests compiles a model's "-- test: kind(args)" comments:
//
//	unique(col, …)                 no two rows share the columns' values
//	not_null(col, …)               each column is never NULL
//	accepted_values(col, 'a', …)   the column holds only the listed values
//	relationships(col, table.col)  every value exists in the other table
func genericTests(m Model) ([]Test, error) {
	var out []Test
	for _, line := range strings.Split(m.SQL, "\n") {
		g := testRe.FindStringSubmatch(strings.TrimSpace(line))
		if g == nil {
			continue
		}
		args := splitArgs(g[2])
		t, err := compile(m.Name, g[1], args)
		if err != nil {
			return nil, err
		}
		out = append(out, t...)
	}
	return out, nil
}

func compile(table, kind string, args []string) ([]Test, error) {
	name := func(s string) string { return fmt.Sprintf("%s: %s(%s)", table, kind, s) }
	switch kind {
	case "unique":
		cols := strings.Join(args, ", ")
		return []Test{{Name: name(cols), SQL: fmt.Sprintf(
			"SELECT %s, count(*) AS n FROM %s GROUP BY ALL HAVING count(*) > 1", cols, table)}}, nil
	case "not_null":
		var out []Test
		for _, c := range args {
			out = append(out, Test{Name: name(c), SQL: fmt.Sprintf("SELECT * FROM %s WHERE %s IS NULL", table, c)})
		}
		return out, nil
	case "accepted_values":
		if len(args) < 2 {
			return nil, fmt.Errorf("accepted_values needs a column and values")
		}
		return []Test{{Name: name(args[0]), SQL: fmt.Sprintf(
			"SELECT %s, count(*) AS n FROM %s WHERE %s NOT IN (%s) GROUP BY ALL", args[0], table, args[0], strings.Join(args[1:], ", "))}}, nil
	case "relationships":
		ref := strings.SplitN(args[len(args)-1], ".", 2)
		if len(args) != 2 || len(ref) != 2 {
			return nil, fmt.Errorf("relationships needs (column, table.column)")
		}
		return []Test{{Name: name(strings.Join(args, " → ")), SQL: fmt.Sprintf(
			"SELECT t.%s, count(*) AS n FROM %s t WHERE t.%s IS NOT NULL AND t.%s NOT IN (SELECT %s FROM %s) GROUP BY ALL",
			args[0], table, args[0], args[0], ref[1], ref[0])}}, nil
	}
	return nil, fmt.Errorf("unknown test %q", kind)
}

func splitArgs(s string) []string {
	var out []string
	for _, a := range strings.Split(s, ",") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// LoadTests reads the singular tests: one query per .sql file below dir.
func LoadTests(fsys fs.FS, dir string) ([]Test, error) {
	var out []Test
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".sql") {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		out = append(out, Test{Name: strings.TrimSuffix(path.Base(p), ".sql"), SQL: strings.TrimRight(strings.TrimSpace(string(b)), ";")})
		return nil
	})
	return out, err
}
