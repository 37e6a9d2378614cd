package hromadata

import (
	"errors"
	"net/http"
)

// Kind classifies an error so that the CLI and the server can answer it the same way.
type Kind int

// Error kinds.
const (
	Internal     Kind = iota // a bug or an environment failure
	Invalid                  // the caller's input is wrong
	NotFound                 // the thing asked for does not exist
	Unauthorized             // no valid credentials
	Forbidden                // credentials valid, action not allowed
	Timeout                  // a time limit was hit
	TooLarge                 // a size or row limit was hit
	Unavailable              // nothing to serve yet (no build, no release)
)

// Error is an error meant for a person: Message is in Ukrainian.
type Error struct {
	Kind    Kind
	Message string
}

func (e *Error) Error() string { return e.Message }

// E makes an Error of the given kind.
func E(kind Kind, msg string) error { return &Error{Kind: kind, Message: msg} }

// KindOf finds the kind of an error anywhere in its chain; Internal if none.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return Internal
}

// MessageOf is the Ukrainian message of an error, or a generic one for internal errors
// so that internals never reach a person.
func MessageOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "внутрішня помилка сервера"
}

// HTTPStatus is the one table that maps error kinds to HTTP statuses.
func HTTPStatus(err error) int {
	return map[Kind]int{
		Internal:     http.StatusInternalServerError,
		Invalid:      http.StatusBadRequest,
		NotFound:     http.StatusNotFound,
		Unauthorized: http.StatusUnauthorized,
		Forbidden:    http.StatusForbidden,
		Timeout:      http.StatusGatewayTimeout,
		TooLarge:     http.StatusRequestEntityTooLarge,
		Unavailable:  http.StatusServiceUnavailable,
	}[KindOf(err)]
}
