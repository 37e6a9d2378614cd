package etl

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/atomicfile"
)

// KeyFile is the name of the pseudonymisation key inside the data directory.
const KeyFile = "pseudonym.key"

// Pseudonymiser replaces identifiers with keyed HMAC-SHA256 pseudonyms: the same
// identifier always gives the same pseudonym under one key, and without the key the
// pseudonym cannot be reversed or recomputed from a guessed tax number.
//
// It computes every pseudonym afresh: with the CPU's SHA instructions an HMAC of a
// short identifier costs less than a lookup in a cache of millions of them, whose
// entries are mostly not in the CPU's caches (remembering them cost a quarter of the
// load's CPU and a hundred megabytes per worker).
type Pseudonymiser struct {
	mac hash.Hash
	in  []byte // the parts of the value being hashed, each ended by a zero byte
	sum []byte
}

// LoadKey reads the data directory's key, creating it with 0600 permissions if absent.
// It refuses to create one while the lake holds pseudonymised rows: a new key would
// give every person a new pseudonym and break their continuity with what is loaded.
func LoadKey(dataDir string) ([]byte, error) {
	path := filepath.Join(dataDir, KeyFile)
	key, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		if src := pseudonymisedSource(dataDir); src != "" {
			return nil, hromadata.E(hromadata.Invalid, fmt.Sprintf("немає ключа псевдонімізації %s, а в озері вже є псевдонімізовані дані (%s): "+
				"новий ключ дав би кожній особі інший псевдонім і розірвав би безперервність усіх даних. "+
				"Відновіть файл pseudonym.key з резервної копії до теки даних (права 0600: chmod 600 %s) і повторіть завантаження", path, src, path))
		}
		key = make([]byte, 32)
		if _, err := rand.Read(key); err != nil {
			return nil, err
		}
		if err := atomicfile.WriteFile(path, key, 0o600); err != nil {
			return nil, fmt.Errorf("create key: %w", err)
		}
		return key, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read key: %w", err)
	}
	if len(key) < 32 {
		return nil, errors.New("pseudonym key is shorter than 32 bytes")
	}
	return key, nil
}

// pseudonymisedSource names a source whose rows in the lake carry pseudonyms, or ""
// when the lake holds none.
func pseudonymisedSource(dataDir string) string {
	for _, src := range sources {
		if !src.pseudonymises() {
			continue
		}
		if hasParquet(filepath.Join(LakeDir(dataDir), src.ID)) {
			return src.ID
		}
	}
	return ""
}

// NewPseudonymiser makes a pseudonymiser for one key. It is not safe for concurrent use.
func NewPseudonymiser(key []byte) *Pseudonymiser {
	return &Pseudonymiser{mac: hmac.New(sha256.New, key)}
}

// Of returns the pseudonym of value within a namespace ("person", "account"), so that
// equal strings in different roles do not share a pseudonym.
func (p *Pseudonymiser) Of(namespace, value string) string {
	p.in = append(append(p.in[:0], namespace...), 0)
	p.in = append(p.in, value...)
	return p.pseudonym()
}

// OfScoped returns the pseudonym of a value numbered locally within scope (an
// office's family 12), so that the same number in another scope is another pseudonym.
func (p *Pseudonymiser) OfScoped(namespace, scope, value string) string {
	p.in = append(append(p.in[:0], namespace...), 0)
	p.in = append(append(p.in, scope...), 0)
	p.in = append(p.in, value...)
	return p.pseudonym()
}

// pseudonym is the keyed hash of p.in — the parts joined by zero bytes, so that no two
// different lists of parts hash the same input.
func (p *Pseudonymiser) pseudonym() string {
	p.mac.Reset()
	p.mac.Write(p.in)
	p.sum = p.mac.Sum(p.sum[:0])
	return hex.EncodeToString(p.sum[:16])
}
