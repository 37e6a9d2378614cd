// Package auth issues and checks the bearer tokens analysts use for the SQL API.
// Only a SHA-256 hash of each token is stored, so the token file reveals nothing
// that would let anyone query.
package auth

import (
	"crypto/rand"
	"crypto/sha256"
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
	"sync"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/atomicfile"
)

// TokensFile is the token store's name inside the data directory.
const TokensFile = "tokens.json"

// Roles a token may have.
var Roles = []string{"analyst"}

// Token is a stored token: its hash, never the token itself.
type Token struct {
	Name    string    `json:"name"`
	Role    string    `json:"role"`
	Hash    string    `json:"sha256"`
	Created time.Time `json:"created"`
}

// Store reads and writes the token file.
type Store struct {
	path string
	mu   sync.Mutex
}

// NewStore opens the token store of a data directory.
func NewStore(dataDir string) *Store { return &Store{path: filepath.Join(dataDir, TokensFile)} }

var nameRe = regexp.MustCompile(`^[\p{L}\p{N}._@-]{1,64}$`)

// New issues a token and stores its hash; the token is returned once, to print.
func (s *Store) New(name, role string, now time.Time) (string, error) {
	if !nameRe.MatchString(name) {
		return "", hromadata.E(hromadata.Invalid, "ім’я токена: від 1 до 64 літер, цифр або . _ @ -")
	}
	if !slices.Contains(Roles, role) {
		return "", hromadata.E(hromadata.Invalid, fmt.Sprintf("невідома роль %q: доступна лише analyst", role))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	tokens, err := s.read()
	if err != nil {
		return "", err
	}
	for _, t := range tokens {
		if t.Name == name {
			return "", hromadata.E(hromadata.Invalid, fmt.Sprintf("токен з ім’ям %q уже існує", name))
		}
	}
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		return "", err
	}
	token := "hd_" + base64.RawURLEncoding.EncodeToString(secret)
	tokens = append(tokens, Token{Name: name, Role: role, Hash: hash(token), Created: now.UTC()})
	b, _ := json.MarshalIndent(tokens, "", "  ")
	if err := atomicfile.WriteFile(s.path, b, 0o600); err != nil {
		return "", fmt.Errorf("save tokens: %w", err)
	}
	return token, nil
}

// Check returns the stored token matching a presented one.
func (s *Store) Check(token string) (Token, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	tokens, err := s.read()
	if err != nil {
		return Token{}, err
	}
	h := hash(token)
	for _, t := range tokens {
		if t.Hash == h {
			return t, nil
		}
	}
	return Token{}, hromadata.E(hromadata.Unauthorized, "недійсний токен доступу")
}

func (s *Store) read() ([]Token, error) {
	b, err := os.ReadFile(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var tokens []Token
	if err := json.Unmarshal(b, &tokens); err != nil {
		return nil, fmt.Errorf("read tokens: %w", err)
	}
	return tokens, nil
}

func hash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
