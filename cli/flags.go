package cli

import (
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// flagUsage writes a command's usage: its synopsis, then each flag with a
// placeholder for its value, what it does and its default, in Ukrainian.
func flagUsage(w io.Writer, fs *flag.FlagSet, name, synopsis string) {
	fmt.Fprintf(w, "Використання: hromadata %s %s\n\nПараметри:\n", name, synopsis)
	fs.VisitAll(func(f *flag.Flag) {
		kind, usage := flag.UnquoteUsage(f)
		line := "  --" + f.Name
		if p := placeholder(kind); p != "" {
			line += " " + p
		}
		fmt.Fprintf(w, "%s\n      %s", line, usage)
		if def := defaultOf(f, kind); def != "" {
			fmt.Fprintf(w, " (типово: %s)", def)
		}
		fmt.Fprintln(w)
	})
}

// placeholder names a flag's value the way a person reads it; a word in backquotes
// in the flag's usage is used as it is.
func placeholder(kind string) string {
	switch kind {
	case "", "bool":
		return ""
	case "string":
		return "ТЕКСТ"
	case "int", "uint", "int64", "uint64", "float":
		return "ЧИСЛО"
	case "duration":
		return "ТРИВАЛІСТЬ"
	case "value":
		return "ЗНАЧЕННЯ"
	}
	return strings.ToUpper(kind) // named in the usage: `тека`
}

// defaultOf is a flag's default as typed on the command line, or "" when it says
// nothing (an empty text, false, zero).
func defaultOf(f *flag.Flag, kind string) string {
	switch f.DefValue {
	case "", "false", "0", "0s":
		return ""
	}
	if kind == "duration" {
		return f.DefValue + "; s — секунди, m — хвилини, h — години"
	}
	return f.DefValue
}

// parseErrorRE is a value the flag's type cannot read.
var parseErrorRE = regexp.MustCompile(`^invalid value (".*") for flag -+(.+?): parse error$`)

// wanted says what a flag's value must look like.
func wanted(f *flag.Flag) string {
	if f == nil {
		return "неправильний формат"
	}
	switch kind, _ := flag.UnquoteUsage(f); kind {
	case "duration":
		return "потрібна тривалість, наприклад 10s, 2m або 1h"
	case "float":
		return "потрібне число, наприклад 1.5"
	}
	return "потрібне ціле число"
}

// flagErrors read the flag package's English errors; flagError says them in Ukrainian.
var flagErrors = []struct {
	re *regexp.Regexp
	uk string
}{
	{regexp.MustCompile(`^flag provided but not defined: -+(.+)$`), "невідомий параметр --%s (усі параметри — нижче)"},
	{regexp.MustCompile(`^flag needs an argument: -+(.+)$`), "параметр --%s потребує значення, наприклад --%[1]s=ЗНАЧЕННЯ"},
	{regexp.MustCompile(`^invalid boolean value (".*") for -+(.+?): .*$`), "значення %s не підходить для --%s: можна true або false"},
	{regexp.MustCompile(`^invalid boolean flag (.+?): .*$`), "параметр --%s не приймає такого значення: можна true або false"},
	{regexp.MustCompile(`^invalid value (".*") for flag -+(.+?): value out of range$`), "значення %s для --%s завелике"},
	{regexp.MustCompile(`^invalid value (".*") for flag -+(.+?): (.*)$`), "значення %s не підходить для --%s: %s"},
	{regexp.MustCompile(`^bad flag syntax: (.*)$`), "незрозумілий параметр %s: параметри пишуть як --назва або --назва=значення"},
}

func flagError(fs *flag.FlagSet, err error) string {
	msg := err.Error()
	if m := parseErrorRE.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("значення %s не підходить для --%s: %s", m[1], m[2], wanted(fs.Lookup(m[2])))
	}
	for _, e := range flagErrors {
		if m := e.re.FindStringSubmatch(msg); m != nil {
			args := make([]any, len(m)-1)
			for i, s := range m[1:] {
				args[i] = s
			}
			return fmt.Sprintf(e.uk, args...)
		}
	}
	return "неправильні параметри: " + strings.TrimSpace(msg)
}
