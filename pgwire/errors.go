package pgwire

import (
	"errors"
	"strings"

	"github.com/jeroenrinzema/psql-wire/codes"
	pgerror "github.com/jeroenrinzema/psql-wire/errors"

	"github.com/hromadata/hromadata"
)

// sqlState is the one table from hromadata's error kinds to SQLSTATE codes.
var sqlState = map[hromadata.Kind]codes.Code{
	hromadata.Internal:     codes.Internal,
	hromadata.Invalid:      codes.SyntaxErrorOrAccessRuleViolation,
	hromadata.NotFound:     codes.UndefinedObject,
	hromadata.Unauthorized: codes.InvalidPassword,
	hromadata.Forbidden:    codes.InsufficientPrivilege,
	hromadata.Timeout:      codes.QueryCanceled,
	hromadata.TooLarge:     codes.ProgramLimitExceeded,
	hromadata.Unavailable:  codes.CannotConnectNow,
}

// pgError turns an error into an ErrorResponse: the Ukrainian message and the
// SQLSTATE of its kind (a syntax error as 42601, memory as 53200).
func pgError(err error) error {
	msg := hromadata.MessageOf(err)
	code := sqlState[hromadata.KindOf(err)]
	switch {
	case strings.HasPrefix(msg, "синтаксична помилка"):
		code = codes.Syntax
	case strings.Contains(msg, "пам’яті"):
		code = codes.OutOfMemory
	}
	return pgerror.WithSeverity(pgerror.WithCode(errors.New(msg), code), pgerror.LevelError)
}

// errCanceled is what a query stopped by a cancel request answers.
var errCanceled = hromadata.E(hromadata.Timeout, "запит скасовано на вимогу клієнта")
