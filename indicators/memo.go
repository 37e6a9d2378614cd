package indicators

import (
	"context"
	"database/sql"
	"sync"

	"github.com/hromadata/hromadata"
)

// WithBuild marks ctx as reading one unchanging build named build: under it the
// catalogue for a period is computed once per build and shared by every page and
// API that needs it (see ComputeCatalogueShared).
func WithBuild(ctx context.Context, build string) context.Context {
	return context.WithValue(ctx, buildKey{}, build)
}

type buildKey struct{}

// memoBuilds is how many builds keep their catalogues: the current and the next.
const memoBuilds = 2

var memo = struct {
	sync.Mutex
	builds []string // oldest first
	vals   map[string]*memoEntry
}{vals: map[string]*memoEntry{}}

type memoEntry struct {
	sync.Mutex
	done bool
	vals []Value
}

// ComputeCatalogueShared is ComputeCatalogue, computed once per build and period
// when ctx names its build (WithBuild); concurrent callers wait for one computation.
// The values returned are the caller's own copy.
func ComputeCatalogueShared(ctx context.Context, db *sql.DB, p hromadata.Period) ([]Value, error) {
	return shared(ctx, p.Label, func() ([]Value, error) { return ComputeCatalogue(ctx, db, p) })
}

// shared computes once per build and key when ctx names its build, and every
// time otherwise; the values returned are the caller's own copy.
func shared(ctx context.Context, key string, compute func() ([]Value, error)) ([]Value, error) {
	build, ok := ctx.Value(buildKey{}).(string)
	if !ok {
		return compute()
	}
	e := memoFor(build, key)
	e.Lock()
	defer e.Unlock()
	if !e.done {
		vals, err := compute()
		if err != nil {
			return nil, err // not kept: the next caller tries again
		}
		e.vals, e.done = vals, true
	}
	return append([]Value(nil), e.vals...), nil
}

func memoFor(build, key string) *memoEntry {
	memo.Lock()
	defer memo.Unlock()
	known := false
	for _, b := range memo.builds {
		known = known || b == build
	}
	if !known {
		memo.builds = append(memo.builds, build)
		if len(memo.builds) > memoBuilds {
			old := memo.builds[0]
			memo.builds = memo.builds[1:]
			for k := range memo.vals {
				if len(k) > len(old) && k[:len(old)+1] == old+"\x00" {
					delete(memo.vals, k)
				}
			}
		}
	}
	k := build + "\x00" + key
	e, ok := memo.vals[k]
	if !ok {
		e = &memoEntry{}
		memo.vals[k] = e
	}
	return e
}

// ComputeSome is Compute for some indicators of the catalogue: taken from the shared
// catalogue when ctx names its build, computed alone otherwise.
func ComputeSome(ctx context.Context, db *sql.DB, p hromadata.Period, inds []Indicator) ([]Value, error) {
	if _, ok := ctx.Value(buildKey{}).(string); !ok {
		return Compute(ctx, db, p, inds)
	}
	all, err := ComputeCatalogueShared(ctx, db, p)
	if err != nil {
		return nil, err
	}
	byID := make(map[string]Value, len(all))
	for _, v := range all {
		byID[v.ID] = v
	}
	out := make([]Value, 0, len(inds))
	for _, ind := range inds {
		v, ok := byID[ind.ID]
		if !ok {
			return Compute(ctx, db, p, inds) // not a catalogue indicator
		}
		out = append(out, v)
	}
	return out, nil
}
