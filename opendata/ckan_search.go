package opendata

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

// package_search understands the part of CKAN's Solr syntax that harvesters and
// clients send: field:value, field:"a phrase", field:[from TO to] (dates or *),
// value* prefixes, bare words (full text), AND, OR, NOT, -, + and parentheses;
// OR binds tighter than AND, and terms side by side are ANDed, as CKAN's
// default operator is AND. docs/ckan.md lists the fields.

// ckanSearchable are the fields a query can name; "text" is full text.
var ckanSearchable = map[string]bool{
	"id": true, "name": true, "title": true, "notes": true, "tags": true, "res_format": true, "res_name": true,
	"organization": true, "owner_org": true, "license_id": true, "type": true, "state": true, "groups": true,
	"metadata_modified": true, "metadata_created": true, "text": true, "maintainer": true, "author": true,
	"dataset_type": true, "capacity": true, "entity_type": true,
}

// exactFields compare whole values; the others match words inside the text.
var exactFields = map[string]bool{"id": true, "name": true, "tags": true, "res_format": true, "organization": true,
	"owner_org": true, "license_id": true, "type": true, "state": true, "groups": true,
	"dataset_type": true, "capacity": true, "entity_type": true}

// ckanDoc is a package as the query sees it: each field's values.
type ckanDoc map[string][]string

func docOf(pkg map[string]any) ckanDoc {
	// Fields of CKAN's search index that clients filter on; every package here
	// is a public dataset.
	doc := ckanDoc{"dataset_type": {"dataset"}, "capacity": {"public"}, "entity_type": {"package"}}
	for _, f := range []string{"id", "name", "title", "notes", "license_id", "type", "state", "metadata_modified", "metadata_created", "maintainer", "author", "owner_org"} {
		if s, ok := pkg[f].(string); ok {
			doc[f] = []string{s}
		}
	}
	if org, ok := pkg["organization"].(map[string]any); ok {
		doc["organization"] = []string{org["name"].(string)}
	}
	for _, t := range pkg["tags"].([]map[string]any) {
		doc["tags"] = append(doc["tags"], t["name"].(string))
	}
	for _, r := range pkg["resources"].([]map[string]any) {
		doc["res_format"] = append(doc["res_format"], r["format"].(string))
		doc["res_name"] = append(doc["res_name"], r["name"].(string))
	}
	for _, f := range []string{"name", "title", "notes", "tags", "res_format", "res_name", "organization"} {
		doc["text"] = append(doc["text"], doc[f]...)
	}
	if org, ok := pkg["organization"].(map[string]any); ok {
		doc["text"] = append(doc["text"], org["title"].(string))
	}
	return doc
}

// query is a parsed q or fq.
type query interface{ match(ckanDoc) bool }

type (
	qAll  struct{}
	qAnd  []query
	qOr   []query
	qNot  struct{ q query }
	qTerm struct {
		field, value string
		rng          *[2]string // [from, to]; "*" is open
	}
)

func (qAll) match(ckanDoc) bool     { return true }
func (q qNot) match(d ckanDoc) bool { return !q.q.match(d) }
func (q qAnd) match(d ckanDoc) bool {
	for _, x := range q {
		if !x.match(d) {
			return false
		}
	}
	return true
}
func (q qOr) match(d ckanDoc) bool {
	for _, x := range q {
		if x.match(d) {
			return true
		}
	}
	return false
}

func (q qTerm) match(d ckanDoc) bool {
	for _, v := range d[q.field] {
		if q.matchValue(v) {
			return true
		}
	}
	return false
}

func (q qTerm) matchValue(v string) bool {
	if q.rng != nil {
		return inRange(v, q.rng[0], q.rng[1])
	}
	want, have := strings.ToLower(q.value), strings.ToLower(v)
	if want == "*" {
		return true
	}
	if strings.HasSuffix(want, "*") {
		prefix := strings.TrimSuffix(want, "*")
		if exactFields[q.field] {
			return strings.HasPrefix(have, prefix)
		}
		return strings.Contains(have, prefix)
	}
	if exactFields[q.field] {
		return have == want
	}
	return strings.Contains(have, want)
}

// inRange compares dates as instants and anything else as text.
func inRange(v, from, to string) bool {
	t, err := solrTime(v)
	if err == nil {
		lo, hi := time.Time{}, time.Unix(1<<40, 0)
		if from != "*" {
			if lo, err = solrTime(from); err != nil {
				return false
			}
		}
		if to != "*" {
			if hi, err = solrTime(to); err != nil {
				return false
			}
		}
		return !t.Before(lo) && !t.After(hi)
	}
	return (from == "*" || v >= from) && (to == "*" || v <= to)
}

// solrTime reads an ISO date or date-time, with or without a zone (UTC then),
// or NOW.
func solrTime(s string) (time.Time, error) {
	if strings.EqualFold(s, "NOW") {
		return time.Now().UTC(), nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("not a date: %q", s)
}

// parseQuery parses q or fq; "" and *:* match everything.
func parseQuery(s string) (query, error) {
	toks, err := tokenize(s)
	if err != nil {
		return nil, err
	}
	if len(toks) == 0 {
		return qAll{}, nil
	}
	p := &qparser{toks: toks}
	q, err := p.and()
	if err == nil && p.i < len(toks) {
		err = fmt.Errorf("unexpected %q", toks[p.i])
	}
	return q, err
}

func tokenize(s string) ([]string, error) {
	var toks []string
	i := 0
	for i < len(s) {
		switch c := s[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '(' || c == ')':
			toks = append(toks, string(c))
			i++
		default:
			j := i
			for j < len(s) && !strings.ContainsRune(" \t\n\r()", rune(s[j])) {
				switch s[j] {
				case '"':
					k := strings.IndexByte(s[j+1:], '"')
					if k < 0 {
						return nil, fmt.Errorf("unclosed quote")
					}
					j += k + 2
					continue
				case '[', '{':
					k := strings.IndexAny(s[j:], "]}")
					if k < 0 {
						return nil, fmt.Errorf("unclosed range")
					}
					j += k + 1
					continue
				}
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		}
	}
	return toks, nil
}

type qparser struct {
	toks []string
	i    int
}

func (p *qparser) peek() string {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return ""
}

// and: or-groups side by side or joined by AND.
func (p *qparser) and() (query, error) {
	var out qAnd
	for p.i < len(p.toks) && p.peek() != ")" {
		if p.peek() == "AND" || p.peek() == "&&" {
			p.i++
			continue
		}
		q, err := p.or()
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty query")
	}
	if len(out) == 1 {
		return out[0], nil
	}
	return out, nil
}

func (p *qparser) or() (query, error) {
	q, err := p.unary()
	if err != nil {
		return nil, err
	}
	out := qOr{q}
	for p.peek() == "OR" || p.peek() == "||" {
		p.i++
		q, err := p.unary()
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	if len(out) == 1 {
		return out[0], nil
	}
	return out, nil
}

func (p *qparser) unary() (query, error) {
	t := p.peek()
	switch {
	case t == "":
		return nil, fmt.Errorf("query ends too soon")
	case t == "NOT":
		p.i++
		q, err := p.unary()
		return qNot{q}, err
	case t == "(":
		p.i++
		q, err := p.and()
		if err != nil {
			return nil, err
		}
		if p.peek() != ")" {
			return nil, fmt.Errorf("unclosed parenthesis")
		}
		p.i++
		return q, nil
	case strings.HasPrefix(t, "-") && len(t) > 1:
		p.toks[p.i] = t[1:]
		q, err := p.unary()
		return qNot{q}, err
	case strings.HasPrefix(t, "+") && len(t) > 1:
		p.toks[p.i] = t[1:]
		return p.unary()
	}
	p.i++
	return parseTerm(t)
}

func parseTerm(t string) (query, error) {
	if t == "*:*" || t == "*" {
		return qAll{}, nil
	}
	field, value := "text", t
	if k := strings.IndexByte(t, ':'); k > 0 && !strings.HasPrefix(t, `"`) {
		field, value = t[:k], t[k+1:]
	}
	if !ckanSearchable[field] {
		return nil, fmt.Errorf("undefined field %s", field)
	}
	if strings.HasPrefix(value, "[") || strings.HasPrefix(value, "{") {
		parts := strings.Fields(strings.Trim(value, "[]{}"))
		if len(parts) != 3 || parts[1] != "TO" {
			return nil, fmt.Errorf("bad range %s", value)
		}
		return qTerm{field: field, rng: &[2]string{parts[0], parts[2]}}, nil
	}
	value = strings.Trim(value, `"`)
	if value == "" {
		return nil, fmt.Errorf("empty value for %s", field)
	}
	return qTerm{field: field, value: value}, nil
}

// ckanSortKeys are the fields package_search sorts on; score sorts nothing
// (every match scores alike here).
var ckanSortKeys = map[string]string{"id": "id", "name": "name", "title": "title", "title_string": "title",
	"metadata_modified": "metadata_modified", "metadata_created": "metadata_created", "score": ""}

type sortKey struct {
	field string
	desc  bool
}

func parseSort(s string) ([]sortKey, *ckanError) {
	var keys []sortKey
	for _, part := range strings.Split(s, ",") {
		f := strings.Fields(part)
		if len(f) == 0 {
			continue
		}
		field, ok := ckanSortKeys[f[0]]
		if !ok {
			return nil, ckanSearchError(fmt.Sprintf("can not sort on undefined field: %s", f[0]))
		}
		desc := false
		if len(f) > 1 {
			switch strings.ToLower(f[1]) {
			case "asc":
			case "desc":
				desc = true
			default:
				return nil, &ckanError{400, map[string]any{"__type": "Search Query Error", "message": `Search Query is invalid: ('Invalid "sort" parameter',)`}}
			}
		}
		if field != "" {
			keys = append(keys, sortKey{field, desc})
		}
	}
	return keys, nil
}

const defaultSearchSort = "score desc, metadata_modified desc"

func (s *Site) ckanPackageSearch(c *gin.Context, p ckanParams) (any, *ckanError) {
	rows, err := p.natural("rows", 10, 1000)
	if err != nil {
		return nil, err
	}
	start, err := p.natural("start", 0, 1<<30)
	if err != nil {
		return nil, err
	}
	sortParam := firstNonEmpty(p.str("sort"), defaultSearchSort)
	keys, err := parseSort(sortParam)
	if err != nil {
		return nil, err
	}
	var filters []query
	for _, key := range []string{"q", "fq"} {
		q, perr := parseQuery(p.str(key))
		if perr != nil {
			return nil, ckanSearchError(perr.Error())
		}
		filters = append(filters, q)
	}
	if fqList, ok := p["fq_list"].([]any); ok {
		for _, f := range fqList {
			q, perr := parseQuery(fmt.Sprint(f))
			if perr != nil {
				return nil, ckanSearchError(perr.Error())
			}
			filters = append(filters, q)
		}
	}
	v := s.ckanView(c.Request)
	var hits []map[string]any
	for _, e := range v.entries() {
		pkg := v.pkg(e)
		if qAnd(filters).match(docOf(pkg)) {
			hits = append(hits, pkg)
		}
	}
	sortPackages(hits, keys)
	facets, searchFacets, ferr := facetsOf(p, hits)
	if ferr != nil {
		return nil, ferr
	}
	results := slicePage(hits, start, rows)
	if results == nil {
		results = []map[string]any{}
	}
	return gin.H{"count": len(hits), "results": results, "sort": sortParam, "facets": facets, "search_facets": searchFacets}, nil
}

func sortPackages(pkgs []map[string]any, keys []sortKey) {
	sort.SliceStable(pkgs, func(i, j int) bool {
		for _, k := range keys {
			a, b := pkgs[i][k.field].(string), pkgs[j][k.field].(string)
			if a == b {
				continue
			}
			return (a < b) != k.desc
		}
		return false
	})
}

// facetsOf counts facet.field values over the hits, as CKAN's facets and
// search_facets.
func facetsOf(p ckanParams, hits []map[string]any) (map[string]any, map[string]any, *ckanError) {
	facets, search := map[string]any{}, map[string]any{}
	raw := p.str("facet.field")
	if raw == "" {
		return facets, search, nil
	}
	var fields []string
	if err := json.Unmarshal([]byte(raw), &fields); err != nil {
		return nil, nil, ckanInvalid("facet.field", "Not a list")
	}
	limit, err := p.natural("facet.limit", 50, 1000)
	if err != nil {
		return nil, nil, err
	}
	for _, f := range fields {
		if !ckanSearchable[f] {
			return nil, nil, ckanSearchError("undefined field " + f)
		}
		counts := map[string]int{}
		for _, h := range hits {
			for _, v := range uniq(docOf(h)[f]) {
				counts[v]++
			}
		}
		var names []string
		for n := range counts {
			names = append(names, n)
		}
		sort.Slice(names, func(i, j int) bool {
			if counts[names[i]] != counts[names[j]] {
				return counts[names[i]] > counts[names[j]]
			}
			return names[i] < names[j]
		})
		names = slicePage(names, 0, limit)
		fc := map[string]int{}
		items := []map[string]any{}
		for _, n := range names {
			fc[n] = counts[n]
			items = append(items, map[string]any{"name": n, "display_name": n, "count": counts[n]})
		}
		facets[f] = fc
		search[f] = map[string]any{"title": f, "items": items}
	}
	return facets, search, nil
}

func uniq(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
