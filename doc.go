// Package hromadata holds the domain types shared by every part of the warehouse:
// reporting periods, the department's district offices and the kinds of errors
// that callers map to exit codes and HTTP statuses.
package hromadata
