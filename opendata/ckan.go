package opendata

import (
	"crypto/sha1"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
)

// A read-only subset of CKAN's action API (2.9+), so that CKAN harvesters
// (ckanext-harvest) and CKAN client libraries read the catalogue unchanged:
// answers are {"help", "success", "result"} and errors carry CKAN's __type and
// HTTP status. docs/ckan.md lists the calls and fields implemented.

// ckanVersion is the CKAN release whose answers these imitate.
const ckanVersion = "2.10.0"

type ckanAction func(s *Site, c *gin.Context, p ckanParams) (any, *ckanError)

var ckanActions map[string]ckanAction

func init() {
	ckanActions = map[string]ckanAction{
		"status_show":                         (*Site).ckanStatusShow,
		"package_list":                        (*Site).ckanPackageList,
		"package_show":                        (*Site).ckanPackageShow,
		"package_search":                      (*Site).ckanPackageSearch,
		"current_package_list_with_resources": (*Site).ckanCurrentPackages,
		"resource_show":                       (*Site).ckanResourceShow,
		"organization_show":                   (*Site).ckanOrganizationShow,
		"organization_list":                   (*Site).ckanOrganizationList,
		"license_list":                        (*Site).ckanLicenseList,
		"datastore_search":                    (*Site).ckanDatastoreSearch,
		"help_show":                           (*Site).ckanHelpShow,
	}
}

// installCKAN registers the action API under both paths CKAN answers on
// (ckanapi uses /api/action, harvesters /api/3/action).
func (s *Site) installCKAN(r gin.IRoutes) {
	for _, prefix := range []string{"/api/3/action/:action", "/api/action/:action"} {
		r.GET(prefix, s.ckanHandle)
		r.HEAD(prefix, s.ckanHandle)
		r.POST(prefix, s.ckanHandle)
		r.OPTIONS(prefix, ckanPreflight)
	}
}

// allowCORS lets any site's scripts read the open API.
func allowCORS(h http.Header) {
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS")
	h.Set("Access-Control-Allow-Headers", "Content-Type, Authorization, X-CKAN-API-Key")
	h.Set("Access-Control-Max-Age", "86400")
}

func ckanPreflight(c *gin.Context) {
	allowCORS(c.Writer.Header())
	c.Status(http.StatusNoContent)
}

// ckanError is an error as CKAN's action API gives it.
type ckanError struct {
	status int
	body   map[string]any // the "error" object, with its __type
}

// ckanNotFound is CKAN's NotFound: "Not found" with the detail after a colon.
func ckanNotFound(detail string) *ckanError {
	msg := "Not found"
	if detail != "" {
		msg += ": " + detail
	}
	return &ckanError{http.StatusNotFound, map[string]any{"__type": "Not Found Error", "message": msg}}
}

// ckanInvalid is CKAN's ValidationError: a list of messages per field.
func ckanInvalid(field string, msgs ...string) *ckanError {
	return &ckanError{http.StatusConflict, map[string]any{"__type": "Validation Error", field: msgs}}
}

// ckanSearchError is what CKAN answers for a search its index refuses.
func ckanSearchError(msg string) *ckanError {
	return &ckanError{http.StatusConflict, map[string]any{"__type": "Search Error", "message": "Search error: " + msg}}
}

// ckanInternal logs what went wrong and answers as CKAN does, without detail.
func ckanInternal(err error) *ckanError {
	slog.Error("ckan api", "err", err)
	return &ckanError{http.StatusInternalServerError, map[string]any{"__type": "Internal Server Error", "message": "Internal Server Error"}}
}

func (s *Site) ckanHandle(c *gin.Context) {
	allowCORS(c.Writer.Header())
	name := c.Param("action")
	act, ok := ckanActions[name]
	if !ok {
		// CKAN answers an unknown action with a bare JSON string.
		c.JSON(http.StatusBadRequest, "Bad request - Action name not known: "+name)
		return
	}
	out := gin.H{"help": s.baseFor(c.Request) + "/api/3/action/help_show?name=" + name}
	p, err := ckanRequestParams(c.Request)
	if err != nil {
		c.JSON(http.StatusBadRequest, "Bad request - JSON Error: "+err.Error())
		return
	}
	res, cerr := act(s, c, p)
	if cerr != nil {
		out["success"], out["error"] = false, cerr.body
		c.JSON(cerr.status, out)
		return
	}
	out["success"], out["result"] = true, res
	c.JSON(http.StatusOK, out)
}

// ckanParams are an action's arguments: strings (or lists of them) from the
// query string or a form, any JSON values from a JSON body.
type ckanParams map[string]any

func ckanRequestParams(r *http.Request) (ckanParams, error) {
	p := ckanParams{}
	if r.Method == http.MethodPost {
		if strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded") || strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
			if err := r.ParseMultipartForm(1 << 20); err != nil && err != http.ErrNotMultipart {
				return nil, err
			}
			addValues(p, r.PostForm)
			return p, nil
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if err != nil {
			return nil, err
		}
		if len(strings.TrimSpace(string(body))) > 0 {
			if err := json.Unmarshal(body, &p); err != nil {
				return nil, fmt.Errorf("request data must be a JSON object: %w", err)
			}
		}
	}
	addValues(p, r.URL.Query())
	return p, nil
}

func addValues(p ckanParams, vals map[string][]string) {
	for k, vs := range vals {
		if _, set := p[k]; set {
			continue
		}
		if len(vs) == 1 {
			p[k] = vs[0]
		} else {
			list := make([]any, len(vs))
			for i, v := range vs {
				list[i] = v
			}
			p[k] = list
		}
	}
}

// str is a parameter as a string ("" when absent).
func (p ckanParams) str(key string) string {
	switch v := p[key].(type) {
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case nil:
		return ""
	}
	b, _ := json.Marshal(p[key])
	return string(b)
}

// natural reads a non-negative integer parameter, def when absent, at most max.
func (p ckanParams) natural(key string, def, max int) (int, *ckanError) {
	s := strings.TrimSpace(p.str(key))
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, ckanInvalid(key, "Invalid integer")
	}
	if n < 0 {
		return 0, ckanInvalid(key, "Must be a natural number")
	}
	return min(n, max), nil
}

// boolean reads a CKAN boolean parameter.
func (p ckanParams) boolean(key string, def bool) bool {
	switch strings.ToLower(p.str(key)) {
	case "true", "1", "yes", "on":
		return true
	case "false", "0", "no", "off":
		return false
	}
	return def
}

// ckanUUID is a name-based UUID (version 5) so that ids stay the same from one
// release to the next: harvesters key datasets on them.
func ckanUUID(name string) string {
	ns := []byte{0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8} // the URL namespace
	h := sha1.Sum(append(ns, []byte("hromadata:"+Publisher.EDRPOU+":"+name)...))
	h[6] = h[6]&0x0f | 0x50
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

// ckanTime formats a time as CKAN does: UTC without a zone, microseconds.
const ckanTime = "2006-01-02T15:04:05.000000"

func (s *Site) ckanStatusShow(c *gin.Context, _ ckanParams) (any, *ckanError) {
	return gin.H{
		"ckan_version":     ckanVersion,
		"site_url":         s.baseFor(c.Request),
		"site_title":       "Відкриті дані: " + Publisher.Name,
		"site_description": "Набори відкритих даних департаменту: CSV, JSON і Parquet з паспортами за постановою КМУ № 835",
		"error_emails_to":  nil,
		"locale_default":   "uk",
		"extensions":       []string{"datastore", "dcat"},
	}, nil
}

// ckanHelp is help_show's answer for each action.
var ckanHelp = map[string]string{
	"status_show":                         "Return the site's CKAN version, title, URL and extensions.",
	"package_list":                        "Return the names of the datasets. Parameters: limit, offset.",
	"package_show":                        "Return a dataset. Parameters: id (name or id).",
	"current_package_list_with_resources": "Return the datasets with their resources, most recently modified first. Parameters: limit, offset.",
	"package_search":                      "Search datasets. Parameters: q, fq, sort, rows (at most 1000), start. See docs/ckan.md for the query syntax understood.",
	"resource_show":                       "Return a resource. Parameters: id.",
	"organization_show":                   "Return the publisher. Parameters: id (name or id), include_datasets.",
	"organization_list":                   "Return the publisher's name. Parameters: all_fields.",
	"license_list":                        "Return the licence the datasets are published under.",
	"datastore_search":                    "Search a resource's data in the latest release. Parameters: resource_id, filters, q, fields, sort, limit (at most 32000), offset, include_total, records_format (objects or lists).",
	"help_show":                           "Return an action's help. Parameters: name.",
}

func (s *Site) ckanHelpShow(_ *gin.Context, p ckanParams) (any, *ckanError) {
	name := p.str("name")
	if name == "" {
		return nil, ckanInvalid("name", "Missing value")
	}
	h, ok := ckanHelp[name]
	if !ok {
		return nil, ckanNotFound("Action function not found")
	}
	return h, nil
}
