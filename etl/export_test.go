package etl

// SetLimits lowers the decoding bounds for a test and returns what restores them.
func SetLimits(csvLine, xlsxUnzipped int) (restore func()) {
	line, unzipped := maxCSVLine, maxXLSXUnzipped
	maxCSVLine, maxXLSXUnzipped = csvLine, xlsxUnzipped
	return func() { maxCSVLine, maxXLSXUnzipped = line, unzipped }
}
