package difftest

// knownBugs marks the indicators that differ because of a known bug being fixed on
// another branch; once fixed, the test logs that they no longer differ.
var knownBugs = map[string]string{}
