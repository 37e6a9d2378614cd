// Package privacy is the one suppression rule every public output follows — open
// data, pages and the annual report: counts of 1 to Threshold-1 people are withheld,
// and enough other cells beside them that no published total can give them back.
package privacy

import "strings"

// Threshold: counts from 1 to Threshold-1 are withheld.
const Threshold = 5

// Small says whether a count must be withheld wherever it is shown alone.
func Small(n int64) bool { return n > 0 && n < Threshold }

// Cell is one count of a table, with the values of its dimensions.
type Cell struct {
	Dims    map[string]string
	Value   int64
	Hidden  bool
	Unknown bool // no export covers it: shown empty anyway, so it protects nothing
}

// Suppress withholds every small cell, then, for every margin — a set of dimensions
// whose totals (sums over the other dimensions) are public somewhere — hides more
// cells until in each total that has a hidden cell at least two cells with people are
// hidden and together hold at least Threshold people. Then subtracting the visible
// cells from a total yields only a sum too large and too mixed to single anyone out.
// A hidden zero protects nothing (a reader who guesses it recovers its partner), so
// only cells with people count, and only they are chosen to hide.
func Suppress(cells []*Cell, margins [][]string) {
	for _, c := range cells {
		c.Hidden = Small(c.Value)
	}
	for {
		for changed := true; changed; {
			changed = false
			for _, m := range margins {
				for _, g := range groups(cells, m) {
					if hideOneMore(g) {
						changed = true
					}
				}
			}
		}
		// Totals that are safe one by one can still give a cell away in a chain
		// (one total reveals a cell, which completes another): play the attack and
		// widen every total it got through, until it gets nothing.
		hid := false
		for _, l := range attack(cells, margins) {
			if hideSmallestVisible(l.total) {
				hid = true
			}
		}
		if !hid {
			return
		}
	}
}

// hideSmallestVisible hides the smallest visible cell with people of a total, or a
// visible zero when none is left: a weak partner, but the only one there is.
func hideSmallestVisible(g []*Cell) bool {
	var best *Cell
	for _, c := range g {
		if !c.Hidden && !c.Unknown && (best == nil || better(c, best)) {
			best = c
		}
	}
	if best == nil {
		return false
	}
	best.Hidden = true
	return true
}

// hideOneMore hides the smallest visible cell with people in a total whose hidden
// cells do not yet protect each other; it reports whether it hid one.
func hideOneMore(g []*Cell) bool {
	var hiddenN, hiddenSum int64
	for _, c := range g {
		if c.Hidden && c.Value > 0 {
			hiddenN++
			hiddenSum += c.Value
		}
	}
	if hiddenN == 0 || (hiddenN >= 2 && hiddenSum >= Threshold) {
		return false
	}
	for _, c := range g {
		if !c.Hidden && c.Value > 0 {
			return hideSmallestVisible(g)
		}
	}
	return false
}

// better prefers cells with people, and of them the smallest.
func better(c, than *Cell) bool {
	if (c.Value > 0) != (than.Value > 0) {
		return c.Value > 0
	}
	return c.Value < than.Value
}

// groups splits cells by their values of the margin's dimensions, in first-seen order.
func groups(cells []*Cell, margin []string) [][]*Cell {
	index := map[string]int{}
	var out [][]*Cell
	for _, c := range cells {
		k := key(c, margin)
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], c)
	}
	return out
}

func key(c *Cell, dims []string) string {
	parts := make([]string, len(dims))
	for i, d := range dims {
		parts[i] = c.Dims[d]
	}
	return strings.Join(parts, "\x00")
}

// peopleUnits are the units that count people or families: figures in them are
// withheld when small, on pages and in the report as in open data.
var peopleUnits = map[string]bool{"persons": true, "families": true, "children": true}

// Withheld says whether a figure in the unit (its code) must not be shown.
func Withheld(unit string, v float64) bool { return peopleUnits[unit] && Small(int64(v+0.5)) }

// WithheldText is what a page or the report shows instead of a withheld figure.
const WithheldText = "менше 5"
