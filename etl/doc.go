// Package etl loads the department's operational exports into the lake.
//
// Every export is matched to a declared source schema, transcoded from its legacy
// encoding, validated row by row and pseudonymised at the door: personal identifiers
// are replaced by keyed HMAC pseudonyms and names are dropped before anything is
// written. Accepted rows become one Parquet file per export partition; rejected rows
// are written with file, line, column and reason; every file offered gets a manifest
// entry, whether it changed the lake or not. An export that arrives cut short is
// quarantined unless the operator accepts it. For every file, rows read = rows
// loaded + rows rejected.
package etl
