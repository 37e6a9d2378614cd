// Package difftest checks the SQL indicator catalogue against a second, independent
// implementation: random exports (fixed seeds) are written as the department receives
// them, loaded and built into a real warehouse, and every covered indicator is
// recomputed in plain Go from the generated records by its definition (the label and
// the counting rules of docs/exports), then compared for a year, quarters and months.
//
// Run `go test ./difftest -run TestDifferential -v` to list the indicators that differ;
// `-seeds 1,2,3,...` (or DIFFTEST_SEEDS) runs other seeds. The tests live in _test files.
package difftest
