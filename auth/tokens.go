// Package auth issues and checks the bearer tokens analysts and stewards use for the
// SQL API. Only a SHA-256 hash of each token is stored, so the token file reveals
// nothing that would let anyone query. A token has a role, an expiry and, for a
// steward, the purpose recorded when it was issued; a revoked token stays in the file
// (marked) so the query log's names keep their meaning.
package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/atomicfile"
)

// TokensFile is the token store's name inside the data directory.
const TokensFile = "tokens.json"

// Role names.
const (
	Analyst = "analyst" // marts, reference tables, aggregate views
	Steward = "steward" // also person-level pseudonymised tables, for a recorded purpose
)

// Roles a token may have.
var Roles = []string{Analyst, Steward}

// Token is a stored token: its hash, never the token itself.
type Token struct {
	Name    string    `json:"name"`
	Role    string    `json:"role"`
	Purpose string    `json:"purpose,omitempty"`
	Hash    string    `json:"sha256"`
	Created time.Time `json:"created"`
	Expires time.Time `json:"expires,omitzero"` // zero only for tokens issued before expiry existed
	Revoked time.Time `json:"revoked,omitzero"`
}

// Active reports whether the token may be used at now.
func (t Token) Active(now time.Time) bool {
	return t.Revoked.IsZero() && (t.Expires.IsZero() || now.Before(t.Expires))
}

// Store reads and writes the token file.
type Store struct {
	path string
	mu   sync.Mutex
}

// NewStore opens the token store of a data directory.
func NewStore(dataDir string) *Store { return &Store{path: filepath.Join(dataDir, TokensFile)} }

// Grant is what a new token is issued for.
type Grant struct {
	Name, Role, Purpose string
	TTL                 time.Duration
}

// DefaultTTL is how long a token lives unless told otherwise.
const DefaultTTL = 90 * 24 * time.Hour

// maxTTL bounds a token's life so that a forgotten token does not live forever.
const maxTTL = 366 * 24 * time.Hour

var nameRe = regexp.MustCompile(`^[\p{L}\p{N}._@-]{1,64}$`)

func (g Grant) validate() error {
	switch {
	case !nameRe.MatchString(g.Name):
		return hromadata.E(hromadata.Invalid, "ім’я токена: від 1 до 64 літер, цифр або . _ @ -")
	case !slices.Contains(Roles, g.Role):
		return hromadata.E(hromadata.Invalid, fmt.Sprintf("невідома роль %q: доступні analyst і steward", g.Role))
	case g.Role == Steward && len([]rune(strings.TrimSpace(g.Purpose))) < 10:
		return hromadata.E(hromadata.Invalid, "для ролі steward потрібна мета доступу (--purpose, щонайменше 10 символів): вона записується до журналу кожного запиту")
	case len(g.Purpose) > 500:
		return hromadata.E(hromadata.Invalid, "мета доступу довша за 500 символів")
	case g.TTL <= 0 || g.TTL > maxTTL:
		return hromadata.E(hromadata.Invalid, "строк дії токена: від 1 години до 366 днів")
	}
	return nil
}

// New issues a token and stores its hash; the token is returned once, to print.
func (s *Store) New(g Grant, now time.Time) (string, error) {
	if g.TTL == 0 {
		g.TTL = DefaultTTL
	}
	if err := g.validate(); err != nil {
		return "", err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	tokens, err := s.read()
	if err != nil {
		return "", err
	}
	for _, t := range tokens {
		if t.Name == g.Name {
			return "", hromadata.E(hromadata.Invalid, fmt.Sprintf("токен з ім’ям %q уже існує", g.Name))
		}
	}
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		return "", err
	}
	token := "hd_" + base64.RawURLEncoding.EncodeToString(secret)
	tokens = append(tokens, Token{Name: g.Name, Role: g.Role, Purpose: strings.TrimSpace(g.Purpose), Hash: hash(token),
		Created: now.UTC(), Expires: now.UTC().Add(g.TTL)})
	return token, s.write(tokens)
}

// List returns every stored token, revoked and expired ones included.
func (s *Store) List() ([]Token, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.read()
}

// Revoke marks a token unusable from now on.
func (s *Store) Revoke(name string, now time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	tokens, err := s.read()
	if err != nil {
		return err
	}
	i := slices.IndexFunc(tokens, func(t Token) bool { return t.Name == name })
	if i < 0 {
		return hromadata.E(hromadata.NotFound, fmt.Sprintf("токена з ім’ям %q немає", name))
	}
	if tokens[i].Revoked.IsZero() {
		tokens[i].Revoked = now.UTC()
	}
	return s.write(tokens)
}

var (
	errNoBearer = hromadata.E(hromadata.Unauthorized, "потрібен заголовок Authorization: Bearer ТОКЕН")
	errInvalid  = hromadata.E(hromadata.Unauthorized, "недійсний токен доступу")
	errExpired  = hromadata.E(hromadata.Unauthorized, "строк дії токена минув або його відкликано: попросіть новий")
)

// CheckHeader checks an Authorization header, which must carry a Bearer token.
func (s *Store) CheckHeader(header string, now time.Time) (Token, error) {
	scheme, token, ok := strings.Cut(strings.TrimSpace(header), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(token) == "" {
		return Token{}, errNoBearer
	}
	return s.Check(strings.TrimSpace(token), now)
}

// Check returns the stored, active token matching a presented one.
func (s *Store) Check(token string, now time.Time) (Token, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	tokens, err := s.read()
	if err != nil {
		return Token{}, err
	}
	h := hash(token)
	for _, t := range tokens {
		if subtle.ConstantTimeCompare([]byte(t.Hash), []byte(h)) == 1 {
			if !t.Active(now) {
				return Token{}, errExpired
			}
			return t, nil
		}
	}
	return Token{}, errInvalid
}

// errCorrupt is what a person sees when the token file cannot be trusted: every
// token is refused until an administrator repairs it, rather than guessing.
var errCorrupt = hromadata.E(hromadata.Forbidden, "файл токенів пошкоджено, тому доступ до SQL закрито: адміністратору слід перевірити tokens.json у теці даних")

func (s *Store) read() ([]Token, error) {
	b, err := os.ReadFile(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%w: read %s: %v", errCorrupt, s.path, err)
	}
	var tokens []Token
	if err := json.Unmarshal(b, &tokens); err != nil {
		return nil, fmt.Errorf("%w: parse %s: %v", errCorrupt, s.path, err)
	}
	for i, t := range tokens {
		if !nameRe.MatchString(t.Name) || !slices.Contains(Roles, t.Role) || len(t.Hash) != sha256.Size*2 {
			return nil, fmt.Errorf("%w: %s: entry %d has no valid name, role or hash", errCorrupt, s.path, i)
		}
	}
	return tokens, nil
}

func (s *Store) write(tokens []Token) error {
	b, _ := json.MarshalIndent(tokens, "", "  ")
	if err := atomicfile.WriteFile(s.path, b, 0o600); err != nil {
		return fmt.Errorf("save tokens: %w", err)
	}
	return nil
}

func hash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
