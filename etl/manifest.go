package etl

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// Status says what a load did with a file.
type Status string

// Load outcomes.
const (
	StatusLoaded    Status = "loaded"    // a new partition in the lake
	StatusReplaced  Status = "replaced"  // a later revision replaced the partition
	StatusDuplicate Status = "duplicate" // the same bytes were loaded before: nothing changed
	StatusStale     Status = "stale"     // an older revision than the one in the lake: nothing changed
	StatusRejected  Status = "rejected"  // the whole file was refused: nothing changed
	// StatusQuarantined: the file looks cut short, so it was set aside and the
	// partition it would replace stays; load --accept-shrink takes it on purpose.
	StatusQuarantined Status = "quarantined"
)

// Entry is one manifest line: what happened to one file.
type Entry struct {
	Time         time.Time `json:"time"`
	File         string    `json:"file"`
	SHA256       string    `json:"sha256"`
	Source       string    `json:"source,omitempty"`
	Partition    string    `json:"partition,omitempty"`
	Revision     int64     `json:"revision,omitempty"`
	Pseudonyms   int       `json:"pseudonyms,omitempty"` // the scheme its pseudonyms were made by (Source.scheme)
	Status       Status    `json:"status"`
	Encoding     string    `json:"encoding,omitempty"`
	RowsRead     int       `json:"rows_read"`
	RowsLoaded   int       `json:"rows_loaded"`
	RowsRejected int       `json:"rows_rejected"`
	DurationMS   int64     `json:"duration_ms"`
	Error        string    `json:"error,omitempty"`
	RejectsFile  string    `json:"rejects_file,omitempty"`
}

// ManifestFile is the manifest's name inside the data directory.
const ManifestFile = "manifest.jsonl"

// ReadManifest returns every entry in the order written.
func ReadManifest(dataDir string) ([]Entry, error) {
	f, err := os.Open(filepath.Join(dataDir, ManifestFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Entry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var e Entry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			return nil, fmt.Errorf("manifest line %d: %w", len(out)+1, err)
		}
		out = append(out, e)
	}
	return out, sc.Err()
}

func appendManifest(dataDir string, e Entry) error {
	f, err := os.OpenFile(filepath.Join(dataDir, ManifestFile), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	b, _ := json.Marshal(e)
	if _, err := f.Write(append(b, '\n')); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// lakeState is what the manifest says the lake holds now.
type lakeState struct {
	loaded  map[string]bool  // sha256 of every file whose rows are in the lake now or were, pseudonymised as today
	current map[string]Entry // source/partition → the entry whose file is in the lake
}

func stateOf(entries []Entry) lakeState {
	s := lakeState{loaded: map[string]bool{}, current: map[string]Entry{}}
	for _, e := range entries {
		if e.Status == StatusLoaded || e.Status == StatusReplaced {
			// A file pseudonymised by an older scheme is no duplicate: offered again, it
			// is loaded again, so that its partition's pseudonyms match the new files'.
			if e.Pseudonyms == schemeOf(e.Source) {
				s.loaded[e.SHA256] = true
			}
			s.current[e.Source+"/"+e.Partition] = e
		}
	}
	return s
}

// Current returns the manifest entries whose files are in the lake now, one per
// partition, keyed by source/partition: what a build reads.
func Current(entries []Entry) map[string]Entry { return stateOf(entries).current }
