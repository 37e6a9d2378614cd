package privacy

import (
	"fmt"
	"sort"
	"strings"
)

// Attack plays a reader who has every visible cell and every published total of the
// margins (a total that is itself small is not published) and subtracts: a total
// with one unknown cell left gives that cell away, which then becomes known in every
// other total it is part of. It returns what the reader learns that they must not: a
// cell with people recovered, or hidden cells whose sum is small enough to single
// someone out. An empty answer means the suppression holds.
func Attack(cells []*Cell, margins [][]string) []string {
	var out []string
	for _, l := range attack(cells, margins) {
		if l.what != "" {
			out = append(out, l.what)
		}
	}
	return out
}

// leak is one disclosure and the total it came through; a hidden zero recovered is a
// leak without words: it tells nobody anything, but it is a link of a chain that can.
type leak struct {
	what  string
	total []*Cell
}

func attack(cells []*Cell, margins [][]string) []leak {
	known := map[*Cell]bool{}
	for _, c := range cells {
		known[c] = !c.Hidden
	}
	var found []leak
	for progress := true; progress; {
		progress = false
		for _, m := range margins {
			for _, g := range groups(cells, m) {
				var total, rest int64
				var unknown []*Cell
				for _, c := range g {
					total += c.Value
					if known[c] {
						rest += c.Value
					} else {
						unknown = append(unknown, c)
					}
				}
				switch {
				case Small(total) || len(unknown) == 0:
				case len(unknown) == 1:
					known[unknown[0]] = true
					progress = true
					what := ""
					if unknown[0].Value > 0 {
						what = fmt.Sprintf("cell %s = %d recovered from the total over %s", describe(unknown[0]), unknown[0].Value, strings.Join(m, ", "))
					}
					found = append(found, leak{what, g})
				case Small(total - rest):
					found = append(found, leak{fmt.Sprintf("hidden cells of the total over %s at %s sum to %d", strings.Join(m, ", "), describe(unknown[0]), total-rest), g})
				}
			}
		}
	}
	return found
}

func describe(c *Cell) string {
	parts := make([]string, 0, len(c.Dims))
	for k, v := range c.Dims {
		parts = append(parts, k+"="+v)
	}
	sort.Strings(parts)
	return "{" + strings.Join(parts, " ") + "}"
}
