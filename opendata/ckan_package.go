package opendata

import (
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/gin-gonic/gin"
)

// ckanView is the latest release as CKAN packages, with the links of the site
// that answers.
type ckanView struct {
	rel  *Release // nil before the first publish: no packages
	site catalogueSite
	dir  string
}

func (s *Site) ckanView(r *http.Request) ckanView {
	st, _ := LoadSteward(s.DataDir) // a broken file leaves the defaults; publish reports it
	v := ckanView{site: catalogueSite{Base: s.baseFor(r), Steward: st}}
	if rel, err := Latest(s.DataDir); err == nil {
		v.rel, v.dir = rel, filepath.Join(ReleasesDir(s.DataDir), rel.ID)
	}
	return v
}

// ckanOrgName is the publisher's CKAN name: lowercase, as CKAN requires.
var ckanOrgName = "dsp-" + Publisher.EDRPOU

// entry is one dataset of the release with its definition.
type entry struct {
	d  Dataset
	rd ReleasedData
}

func (v ckanView) entries() []entry {
	if v.rel == nil {
		return nil
	}
	var out []entry
	for _, rd := range v.rel.Datasets {
		if d, ok := DatasetByID(rd.ID); ok {
			out = append(out, entry{d, rd})
		}
	}
	return out
}

// find looks a dataset up by name or id.
func (v ckanView) find(nameOrID string) (entry, bool) {
	for _, e := range v.entries() {
		if e.d.ID == nameOrID || ckanUUID("dataset/"+e.d.ID) == nameOrID {
			return e, true
		}
	}
	return entry{}, false
}

func (v ckanView) organization() map[string]any {
	created := ""
	for _, e := range v.entries() {
		if c := e.rd.FirstPublish + "T00:00:00.000000"; created == "" || c < created {
			created = c
		}
	}
	return map[string]any{
		"id": ckanUUID("organization"), "name": ckanOrgName, "title": Publisher.Name, "display_name": Publisher.Name,
		"description": Publisher.Name + ", код ЄДРПОУ " + Publisher.EDRPOU, "image_url": "", "image_display_url": "",
		"created": created, "is_organization": true, "approval_status": "approved", "state": "active", "type": "organization",
	}
}

// openLicences are the licences CKAN counts as open (isopen).
var openLicences = map[string]bool{"CC-BY-4.0": true, "CC-BY-SA-4.0": true, "CC0-1.0": true, "ODbL-1.0": true, "ODC-BY-1.0": true, "PDDL-1.0": true}

func (v ckanView) pkg(e entry) map[string]any {
	d, rd := e.d, e.rd
	lic := v.site.Steward.Licence
	var tags []map[string]any
	for _, k := range d.Keywords {
		t := ckanTag(k)
		if n := len([]rune(t)); n < 2 || n > 100 { // CKAN's length rule for tags
			continue
		}
		tags = append(tags, map[string]any{"id": ckanUUID("tag/" + t), "name": t, "display_name": t, "state": "active", "vocabulary_id": nil})
	}
	res := v.resources(e)
	return map[string]any{
		"id": ckanUUID("dataset/" + d.ID), "name": d.ID, "title": truncate(d.Title, maxTitle), "notes": truncate(d.Description, maxDescription),
		"type": "dataset", "state": "active", "private": false, "version": nil, "url": v.site.pageURL(d.ID),
		"author": Publisher.Name, "author_email": nil, "maintainer": v.site.person(), "maintainer_email": v.site.email(),
		"license_id": lic.ID, "license_title": lic.Title, "license_url": lic.URL, "isopen": openLicences[lic.ID],
		"metadata_created": rd.FirstPublish + "T00:00:00.000000", "metadata_modified": rd.LastChange.UTC().Format(ckanTime),
		"creator_user_id": ckanUUID("user/steward"), "owner_org": ckanUUID("organization"), "organization": v.organization(),
		"groups": []any{}, "relationships_as_subject": []any{}, "relationships_as_object": []any{},
		"tags": tags, "num_tags": len(tags), "resources": res, "num_resources": len(res),
		"extras": []map[string]any{
			{"key": "identifier", "value": Publisher.EDRPOU + "-" + d.ID},
			{"key": "update_frequency", "value": d.Frequency},
			{"key": "frequency", "value": frequencyIRI(d.Frequency)},
			{"key": "currency_date", "value": rd.CurrencyDate},
			{"key": "legal_basis", "value": d.LegalBasis},
			{"key": "purpose", "value": d.Purpose},
			{"key": "language", "value": "uk"},
			{"key": "publisher_edrpou", "value": Publisher.EDRPOU},
			{"key": "release", "value": v.rel.ID},
			{"key": "structure", "value": v.site.fileURL(v.rel.ID, d.ID+".structure.json")},
		},
	}
}

func (v ckanView) resources(e entry) []map[string]any {
	var out []map[string]any
	for i, key := range fileKeys(e.rd.Files) {
		name := e.rd.Files[key]
		f := formatOf(name)
		var size any
		if st, err := os.Stat(filepath.Join(v.dir, name)); err == nil {
			size = st.Size()
		}
		modified := e.rd.LastChange.UTC().Format(ckanTime)
		out = append(out, map[string]any{
			"id": ckanUUID("resource/" + e.d.ID + "/" + key), "package_id": ckanUUID("dataset/" + e.d.ID),
			"name": resourceTitle(e.d, key, name), "description": "", "format": f.label,
			"url": v.site.fileURL(v.rel.ID, name), "mimetype": f.mediaType, "mimetype_inner": nil, "size": size, "hash": "",
			"created": e.rd.FirstPublish + "T00:00:00.000000", "last_modified": modified, "metadata_modified": modified,
			"position": i, "state": "active", "url_type": nil, "resource_type": nil, "cache_url": nil, "cache_last_updated": nil,
			"datastore_active": true,
		})
	}
	return out
}

// ckanTagChars is what CKAN allows in a tag name: letters, digits, space, - _ .
var ckanTagChars = regexp.MustCompile(`[^\p{L}\p{N} _.\-]`)

// ckanTag makes a keyword a tag CKAN accepts: the typographic apostrophe of
// Ukrainian words becomes the modifier letter apostrophe (a letter to CKAN),
// anything else CKAN refuses is dropped.
func ckanTag(k string) string {
	k = strings.NewReplacer("’", "ʼ", "'", "ʼ").Replace(k)
	return strings.TrimSpace(ckanTagChars.ReplaceAllString(k, ""))
}

func (s *Site) ckanPackageList(c *gin.Context, p ckanParams) (any, *ckanError) {
	limit, err := p.natural("limit", 1<<30, 1<<30)
	if err != nil {
		return nil, err
	}
	offset, err := p.natural("offset", 0, 1<<30)
	if err != nil {
		return nil, err
	}
	names := []string{}
	for _, e := range s.ckanView(c.Request).entries() {
		names = append(names, e.d.ID)
	}
	slices.Sort(names)
	return slicePage(names, offset, limit), nil
}

func (s *Site) ckanPackageShow(c *gin.Context, p ckanParams) (any, *ckanError) {
	id := firstNonEmpty(p.str("id"), p.str("name_or_id"))
	if id == "" {
		return nil, ckanInvalid("name_or_id", "Missing value")
	}
	v := s.ckanView(c.Request)
	e, ok := v.find(id)
	if !ok {
		return nil, ckanNotFound("")
	}
	return v.pkg(e), nil
}

func (s *Site) ckanCurrentPackages(c *gin.Context, p ckanParams) (any, *ckanError) {
	limit, err := p.natural("limit", 1<<30, 1<<30)
	if err != nil {
		return nil, err
	}
	offset, err := p.natural("offset", 0, 1<<30)
	if err != nil {
		return nil, err
	}
	v := s.ckanView(c.Request)
	pkgs := []map[string]any{}
	for _, e := range v.entries() {
		pkgs = append(pkgs, v.pkg(e))
	}
	sortPackages(pkgs, []sortKey{{"metadata_modified", true}, {"name", false}})
	return slicePage(pkgs, offset, limit), nil
}

func (s *Site) ckanResourceShow(c *gin.Context, p ckanParams) (any, *ckanError) {
	id := p.str("id")
	if id == "" {
		return nil, ckanInvalid("id", "Missing value")
	}
	v := s.ckanView(c.Request)
	if r, _, ok := v.resource(id); ok {
		return r, nil
	}
	return nil, ckanNotFound("Resource was not found.")
}

// resource finds a resource by id with its dataset.
func (v ckanView) resource(id string) (map[string]any, entry, bool) {
	for _, e := range v.entries() {
		for _, r := range v.resources(e) {
			if r["id"] == id {
				return r, e, true
			}
		}
	}
	return nil, entry{}, false
}

func (s *Site) ckanOrganizationShow(c *gin.Context, p ckanParams) (any, *ckanError) {
	id := p.str("id")
	if id == "" {
		return nil, ckanInvalid("id", "Missing value")
	}
	v := s.ckanView(c.Request)
	org := v.organization()
	if id != org["name"] && id != org["id"] {
		return nil, ckanNotFound("")
	}
	es := v.entries()
	org["package_count"], org["num_followers"] = len(es), 0
	org["extras"], org["groups"], org["tags"], org["users"] = []any{}, []any{}, []any{}, []any{}
	if p.boolean("include_datasets", false) {
		pkgs := []any{}
		for _, e := range es {
			pkgs = append(pkgs, v.pkg(e))
		}
		org["packages"] = pkgs
	}
	return org, nil
}

func (s *Site) ckanOrganizationList(c *gin.Context, p ckanParams) (any, *ckanError) {
	v := s.ckanView(c.Request)
	if p.boolean("all_fields", false) {
		org := v.organization()
		org["package_count"] = len(v.entries())
		return []any{org}, nil
	}
	return []string{ckanOrgName}, nil
}

func (s *Site) ckanLicenseList(c *gin.Context, _ ckanParams) (any, *ckanError) {
	l := s.ckanView(c.Request).site.Steward.Licence
	return []map[string]any{{"id": l.ID, "title": l.Title, "url": l.URL, "status": "active", "maintainer": "",
		"family": "", "od_conformance": "approved", "osd_conformance": "not reviewed", "domain_content": true, "domain_data": true, "domain_software": false}}, nil
}

// slicePage cuts a list by offset and limit.
func slicePage[T any](xs []T, offset, limit int) []T {
	if offset >= len(xs) {
		return []T{}
	}
	xs = xs[offset:]
	if limit < len(xs) {
		xs = xs[:limit]
	}
	return xs
}
