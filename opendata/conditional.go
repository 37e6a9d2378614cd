package opendata

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// ServeJSON answers v as JSON the way the release files are answered: an ETag of
// its bytes, Last-Modified (the release it describes), 304 to a client that has it
// and HEAD without the body. The open-data APIs use it, so a harvester polling
// them transfers nothing when nothing changed.
func ServeJSON(c *gin.Context, modified time.Time, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fail(c, err)
		return
	}
	sum := sha256.Sum256(b)
	h := c.Writer.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("ETag", `"`+hex.EncodeToString(sum[:12])+`"`)
	h.Set("Cache-Control", "no-cache")
	http.ServeContent(c.Writer, c.Request, "", modified, bytes.NewReader(b))
}
