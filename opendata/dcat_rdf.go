package opendata

import (
	"encoding/json"
	"sort"
	"strings"
)

// A small RDF model: enough to write one graph as both Turtle and JSON-LD from
// the same nodes, so the two serialisations cannot say different things.

// rdfNode is a subject: a named resource (IRI) or, with no IRI, a blank node
// written inline where it is used.
type rdfNode struct {
	iri   string
	types []string // prefixed names, e.g. dcat:Dataset
	props []rdfProp
}

type rdfProp struct {
	pred string // prefixed name
	objs []any  // rdfIRI, rdfLit or *rdfNode
}

// rdfIRI is an object that is a plain reference to a resource.
type rdfIRI string

// rdfLit is a literal with a language tag or a datatype (prefixed), or neither.
type rdfLit struct{ val, lang, dtype string }

func langLit(s string) rdfLit      { return rdfLit{val: s, lang: "uk"} }
func typedLit(s, dt string) rdfLit { return rdfLit{val: s, dtype: dt} }

func newNode(iri string, types ...string) *rdfNode { return &rdfNode{iri: iri, types: types} }

// add appends objects to a predicate, skipping empty literals so that an unset
// field leaves no empty statement behind.
func (n *rdfNode) add(pred string, objs ...any) *rdfNode {
	var keep []any
	for _, o := range objs {
		if l, ok := o.(rdfLit); ok && l.val == "" {
			continue
		}
		keep = append(keep, o)
	}
	if len(keep) > 0 {
		n.props = append(n.props, rdfProp{pred, keep})
	}
	return n
}

// rdfPrefixes are the namespaces the catalogue uses.
var rdfPrefixes = map[string]string{
	"adms":  "http://www.w3.org/ns/adms#",
	"dcat":  "http://www.w3.org/ns/dcat#",
	"dct":   "http://purl.org/dc/terms/",
	"foaf":  "http://xmlns.com/foaf/0.1/",
	"rdfs":  "http://www.w3.org/2000/01/rdf-schema#",
	"skos":  "http://www.w3.org/2004/02/skos/core#",
	"vcard": "http://www.w3.org/2006/vcard/ns#",
	"xsd":   "http://www.w3.org/2001/XMLSchema#",
}

func sortedPrefixes() []string {
	var ks []string
	for k := range rdfPrefixes {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// topLevel lists the named nodes reachable from roots, each once, in the order
// first met: every named resource is described at the top level and referred
// to by IRI elsewhere.
func topLevel(roots []*rdfNode) []*rdfNode {
	seen := map[string]bool{}
	var out []*rdfNode
	var walk func(n *rdfNode, top bool)
	walk = func(n *rdfNode, top bool) {
		if n.iri != "" && top {
			if seen[n.iri] {
				return
			}
			seen[n.iri] = true
			out = append(out, n)
		}
		for _, p := range n.props {
			for _, o := range p.objs {
				if c, ok := o.(*rdfNode); ok {
					walk(c, c.iri != "")
				}
			}
		}
	}
	for _, r := range roots {
		walk(r, true)
	}
	return out
}

// Turtle writes the graph in Turtle.
func turtle(roots []*rdfNode) []byte {
	var b strings.Builder
	for _, p := range sortedPrefixes() {
		b.WriteString("@prefix " + p + ": <" + rdfPrefixes[p] + "> .\n")
	}
	for _, n := range topLevel(roots) {
		b.WriteString("\n<" + n.iri + ">")
		ttlBody(&b, n, "    ")
		b.WriteString(" .\n")
	}
	return []byte(b.String())
}

func ttlBody(b *strings.Builder, n *rdfNode, indent string) {
	first := true
	sep := func() {
		if !first {
			b.WriteString(" ;")
		}
		first = false
		b.WriteString("\n" + indent)
	}
	if len(n.types) > 0 {
		sep()
		b.WriteString("a " + strings.Join(n.types, ", "))
	}
	for _, p := range n.props {
		sep()
		b.WriteString(p.pred + " ")
		for i, o := range p.objs {
			if i > 0 {
				b.WriteString(", ")
			}
			ttlObject(b, o, indent)
		}
	}
}

func ttlObject(b *strings.Builder, o any, indent string) {
	switch x := o.(type) {
	case rdfIRI:
		b.WriteString("<" + string(x) + ">")
	case *rdfNode:
		if x.iri != "" {
			b.WriteString("<" + x.iri + ">")
			return
		}
		b.WriteString("[")
		ttlBody(b, x, indent+"    ")
		b.WriteString("\n" + indent + "]")
	case rdfLit:
		b.WriteString(ttlString(x.val))
		if x.lang != "" {
			b.WriteString("@" + x.lang)
		} else if x.dtype != "" {
			b.WriteString("^^" + x.dtype)
		}
	}
}

// ttlString quotes a Turtle string literal.
func ttlString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\t", `\t`)
	return `"` + r.Replace(s) + `"`
}

// jsonLD writes the graph as JSON-LD with the prefixes as its context.
func jsonLD(roots []*rdfNode) ([]byte, error) {
	ctx := map[string]string{}
	for k, v := range rdfPrefixes {
		ctx[k] = v
	}
	var graph []map[string]any
	for _, n := range topLevel(roots) {
		graph = append(graph, jsonLDNode(n))
	}
	b, err := json.MarshalIndent(map[string]any{"@context": ctx, "@graph": graph}, "", "  ")
	return append(b, '\n'), err
}

func jsonLDNode(n *rdfNode) map[string]any {
	m := map[string]any{}
	if n.iri != "" {
		m["@id"] = n.iri
	}
	if len(n.types) > 0 {
		m["@type"] = n.types
	}
	for _, p := range n.props {
		var vals []any
		for _, o := range p.objs {
			vals = append(vals, jsonLDObject(o))
		}
		m[p.pred] = append(asSlice(m[p.pred]), vals...)
	}
	return m
}

func asSlice(v any) []any {
	if s, ok := v.([]any); ok {
		return s
	}
	return nil
}

func jsonLDObject(o any) any {
	switch x := o.(type) {
	case rdfIRI:
		return map[string]any{"@id": string(x)}
	case *rdfNode:
		if x.iri != "" {
			return map[string]any{"@id": x.iri}
		}
		return jsonLDNode(x)
	case rdfLit:
		m := map[string]any{"@value": x.val}
		if x.lang != "" {
			m["@language"] = x.lang
		} else if x.dtype != "" {
			m["@type"] = x.dtype
		}
		return m
	}
	return nil
}
