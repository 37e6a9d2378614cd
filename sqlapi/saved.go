package sqlapi

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/atomicfile"
)

// SavedQuery is a query an analyst named and kept; tokens of the same role see it.
type SavedQuery struct {
	ID          string    `json:"id"`
	Name        string    `json:"name"`
	Query       string    `json:"query"`
	Description string    `json:"description,omitempty"`
	Owner       string    `json:"owner"` // the token's name
	Role        string    `json:"role"`
	Saved       time.Time `json:"saved"`
}

// HistoryEntry is one query a token ran successfully.
type HistoryEntry struct {
	Query string    `json:"query"`
	At    time.Time `json:"at"`
}

// historyLen is how many of its last queries a token's history keeps.
const historyLen = 50

// savedMu serialises the read-modify-write of the saved-query and history files.
var savedMu sync.Mutex

func (a *API) savedPath() string { return filepath.Join(a.DataDir, "sql", "saved.json") }

// historyPath is a token's history file, named by a hash of the token's name so that
// any name makes a safe file name.
func (a *API) historyPath(token string) string {
	sum := sha256.Sum256([]byte(token))
	return filepath.Join(a.DataDir, "sql", "history", hex.EncodeToString(sum[:8])+".json")
}

func (a *API) installSaved(r gin.IRoutes) {
	r.GET("/api/sql/saved", a.listSaved)
	r.POST("/api/sql/saved", a.saveQuery)
	r.DELETE("/api/sql/saved/:id", a.deleteSaved)
	r.GET("/api/sql/history", a.history)
}

func readJSON[T any](path string) ([]T, error) {
	var v []T
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return v, json.Unmarshal(b, &v)
}

func writeJSON(path string, v any) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return err
	}
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(path, b, 0o640)
}

func (a *API) listSaved(c *gin.Context) {
	tok, ok := a.authorize(c)
	if !ok {
		return
	}
	savedMu.Lock()
	all, err := readJSON[SavedQuery](a.savedPath())
	savedMu.Unlock()
	if err != nil {
		fail(c, err)
		return
	}
	mine := []SavedQuery{}
	for _, q := range all {
		if q.Role == tok.Role {
			mine = append(mine, q)
		}
	}
	c.JSON(http.StatusOK, gin.H{"saved": mine})
}

// saveQuery keeps a query under a name; the owner saving a name again replaces it.
func (a *API) saveQuery(c *gin.Context) {
	tok, ok := a.authorize(c)
	if !ok {
		return
	}
	var in SavedQuery
	if err := json.NewDecoder(http.MaxBytesReader(c.Writer, c.Request.Body, maxQueryBytes+8192)).Decode(&in); err != nil {
		fail(c, hromadata.E(hromadata.Invalid, "очікується JSON {\"name\": \"…\", \"query\": \"…\", \"description\": \"…\"}"))
		return
	}
	in.Name, in.Query = strings.TrimSpace(in.Name), strings.TrimSpace(in.Query)
	if in.Name == "" || in.Query == "" {
		fail(c, hromadata.E(hromadata.Invalid, "потрібні назва (name) і текст запиту (query)"))
		return
	}
	in.Owner, in.Role, in.Saved = tok.Name, tok.Role, time.Now().UTC()
	savedMu.Lock()
	defer savedMu.Unlock()
	all, err := readJSON[SavedQuery](a.savedPath())
	if err != nil {
		fail(c, err)
		return
	}
	in.ID = newID()
	kept := all[:0]
	for _, q := range all {
		if q.Owner == in.Owner && q.Name == in.Name {
			in.ID = q.ID
			continue
		}
		kept = append(kept, q)
	}
	if err := writeJSON(a.savedPath(), append(kept, in)); err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, in)
}

func (a *API) deleteSaved(c *gin.Context) {
	tok, ok := a.authorize(c)
	if !ok {
		return
	}
	savedMu.Lock()
	defer savedMu.Unlock()
	all, err := readJSON[SavedQuery](a.savedPath())
	if err != nil {
		fail(c, err)
		return
	}
	for i, q := range all {
		if q.ID != c.Param("id") || q.Role != tok.Role {
			continue
		}
		if q.Owner != tok.Name {
			fail(c, hromadata.E(hromadata.Forbidden, "видалити збережений запит може лише його автор ("+q.Owner+")"))
			return
		}
		if err := writeJSON(a.savedPath(), append(all[:i], all[i+1:]...)); err != nil {
			fail(c, err)
			return
		}
		c.Status(http.StatusNoContent)
		return
	}
	fail(c, hromadata.E(hromadata.NotFound, "такого збереженого запиту немає"))
}

func (a *API) history(c *gin.Context) {
	tok, ok := a.authorize(c)
	if !ok {
		return
	}
	savedMu.Lock()
	h, err := readJSON[HistoryEntry](a.historyPath(tok.Name))
	savedMu.Unlock()
	if err != nil {
		fail(c, err)
		return
	}
	if h == nil {
		h = []HistoryEntry{}
	}
	c.JSON(http.StatusOK, gin.H{"history": h})
}

// remember adds a query that ran to its token's history, newest first, the same
// text once; a failure to write it is the operator's, not the analyst's.
func (a *API) remember(token, query string, at time.Time) {
	if a.DataDir == "" {
		return
	}
	savedMu.Lock()
	defer savedMu.Unlock()
	path := a.historyPath(token)
	h, err := readJSON[HistoryEntry](path)
	if err == nil {
		next := []HistoryEntry{{Query: query, At: at.UTC()}}
		for _, e := range h {
			if e.Query != query && len(next) < historyLen {
				next = append(next, e)
			}
		}
		err = writeJSON(path, next)
	}
	if err != nil {
		a.ops().Error("sql history", "err", err.Error())
	}
}

func newID() string {
	b := make([]byte, 6)
	rand.Read(b)
	return hex.EncodeToString(b)
}
