package sqlapi

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/auth"
)

// rolePrefixes names, by prefix, the relations of the build each role may read.
// Marts and reference tables hold no person-level rows; core_ and stg_ tables hold
// pseudonymised rows about people (birth dates, sex, categories, special-category
// units) and are a steward's, read for a recorded purpose. Everything else — macros'
// helper tables, build metadata, DuckDB's catalogue and system views — is no role's.
var rolePrefixes = map[string][]string{
	auth.Analyst: {"mart_", "ref_"},
	auth.Steward: {"mart_", "ref_", "core_", "stg_"},
}

// mayRead reports whether a role may read a relation of the build.
func mayRead(role, name string) bool {
	for _, p := range rolePrefixes[role] {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// tableFunctions are the only table functions a query may call: generators that touch
// no file, setting, log, extension or catalogue.
var tableFunctions = []string{"range", "generate_series", "unnest"}

// expressionClasses are the parse-tree expression kinds a query may contain; functions
// and windows are further checked by name.
var expressionClasses = []string{"CONSTANT", "COLUMN_REF", "FUNCTION", "WINDOW", "CAST", "OPERATOR",
	"COMPARISON", "CONJUNCTION", "CASE", "BETWEEN", "SUBQUERY", "STAR", "LAMBDA", "COLLATE", "POSITIONAL_REFERENCE"}

// nodeTypes are the query nodes, table references and modifiers a query may contain.
// BASE_TABLE and TABLE_FUNCTION are further checked by name.
var nodeTypes = []string{"SELECT_NODE", "SET_OPERATION_NODE", "RECURSIVE_CTE_NODE", "CTE_NODE",
	"ORDER_MODIFIER", "LIMIT_MODIFIER", "LIMIT_PERCENT_MODIFIER", "DISTINCT_MODIFIER",
	"ORDER_DEFAULT", "ASCENDING", "DESCENDING",
	"BASE_TABLE", "TABLE_FUNCTION", "JOIN", "SUBQUERY", "EXPRESSION_LIST", "EMPTY", "PIVOT",
	"DECIMAL_TYPE_INFO", // a cast's DECIMAL(p,s): the type's width and scale, nothing more
	"LIST_TYPE_INFO"}    // a cast to a list (VARCHAR[]): its element type, nothing more

// scalarFunctions are the scalar, aggregate and window functions a query may call:
// arithmetic, text, dates, lists and statistics. Nothing that reads a setting, a
// variable, a file, a sequence or the catalogue is here.
var scalarFunctions = sortedSet(`
+ - * / // % ^ ** ~~ !~~ ~~* !~~* ~~~ !~~~ || & | << >> ~ @ ->> ->
abs ceil ceiling floor round trunc sign sqrt cbrt power pow exp ln log log10 log2 mod
greatest least isnan isinf isfinite factorial gcd lcm even pi degrees radians
sin cos tan asin acos atan atan2 bit_count
lower upper lcase ucase length len strlen char_length character_length octet_length
substr substring left right trim ltrim rtrim lpad rpad reverse repeat replace translate
concat concat_ws strpos instr position contains starts_with ends_with prefix suffix
split_part string_split str_split string_split_regex regexp_matches regexp_full_match
regexp_replace regexp_extract regexp_extract_all regexp_split_to_array like_escape ilike_escape
format printf ascii chr unicode initcap nfc_normalize strip_accents
levenshtein jaro_winkler_similarity jaccard hamming damerau_levenshtein
md5 sha256 hash to_base64 from_base64 hex unhex bar
date_part datepart date_trunc datetrunc date_diff datediff date_sub datesub date_add
extract year month day quarter week weekofyear yearweek dayofweek dayofmonth dayofyear
isodow isoyear weekday era decade century millennium epoch epoch_ms
hour minute second microsecond millisecond last_day dayname monthname
make_date make_time make_timestamp strftime strptime try_strptime age to_days to_months
to_years to_weeks to_hours to_minutes to_seconds to_timestamp time_bucket
current_date today
if iff ifnull nullif coalesce typeof
list_value list_pack list_extract list_element array_extract list_slice array_slice
list_contains list_has array_contains list_position list_sort list_reverse_sort array_sort
list_distinct array_distinct list_unique list_concat list_cat array_concat array_length
list_aggregate list_aggr array_aggregate list_transform array_transform apply
list_filter array_filter filter list_reduce reduce flatten list_zip range generate_series
unnest struct_pack struct_extract row array_value list_sum list_min list_max list_avg
count count_star sum avg mean min max median mode quantile quantile_cont quantile_disc
stddev stddev_samp stddev_pop var_samp var_pop variance corr covar_pop covar_samp
string_agg group_concat listagg list array_agg first last any_value arbitrary arg_min arg_max
argmin argmax min_by max_by bool_and bool_or every product fsum sumkahan kahan_sum
approx_count_distinct approx_quantile entropy kurtosis skewness histogram
regr_slope regr_intercept regr_r2 regr_count regr_avgx regr_avgy
row_number rank dense_rank rank_dense percent_rank cume_dist ntile lag lead
first_value last_value nth_value
grouping grouping_id
`)

func sortedSet(s string) []string {
	names := strings.Fields(s)
	slices.Sort(names)
	return slices.Compact(names)
}

// policy checks a parsed query against what a role may do.
type policy struct {
	role      string
	relations map[string]bool // the build's tables and views, lowercased
	params    bool            // $n parameters, which only the PostgreSQL endpoint binds
	catalog   *catalogNames   // a query about the catalogue: its relations and macros, not the build's
}

func refuse(format string, args ...any) error {
	return hromadata.E(hromadata.Forbidden, fmt.Sprintf(format, args...))
}

// check walks a statement's parse tree (json_serialize_sql's output) and refuses the
// first thing not on an allowlist.
func (p policy) check(node any) error { return p.walk(node, nil) }

// walk visits every object of the tree; ctes are the common table expressions in
// scope, which a table reference may name instead of a relation of the build.
func (p policy) walk(node any, ctes []string) error {
	switch n := node.(type) {
	case []any:
		for _, v := range n {
			if err := p.walk(v, ctes); err != nil {
				return err
			}
		}
	case map[string]any:
		return p.walkObject(n, ctes)
	}
	return nil
}

func (p policy) walkObject(n map[string]any, ctes []string) error {
	if m, ok := n["cte_map"].(map[string]any); ok {
		var err error
		if ctes, err = p.walkCTEs(m, ctes); err != nil {
			return err
		}
	}
	if err := p.checkNode(n, ctes); err != nil {
		return err
	}
	for k, v := range n {
		if k == "cte_map" {
			continue
		}
		if fn, ok := v.(map[string]any); ok && k == "function" && n["type"] == "TABLE_FUNCTION" {
			// The table function's name is checked; its arguments are expressions.
			if err := p.walk(fn["children"], ctes); err != nil {
				return err
			}
			continue
		}
		if err := p.walk(v, ctes); err != nil {
			return err
		}
	}
	return nil
}

// walkCTEs checks each common table expression with the ones before it (and itself,
// for a recursive one) in scope, and returns the scope of the query that has them.
func (p policy) walkCTEs(m map[string]any, ctes []string) ([]string, error) {
	entries, _ := m["map"].([]any)
	scope := slices.Clone(ctes)
	for _, e := range entries {
		entry, _ := e.(map[string]any)
		name, _ := entry["key"].(string)
		name = strings.ToLower(name)
		// A CTE's body does not see its own name: in a plain CTE (and in a recursive
		// one's anchor) that name binds to the real table, so "WITH core_x AS (SELECT *
		// FROM core_x)" must be checked as reading core_x. A recursive CTE that refers
		// to itself may, but only under a name that shadows no relation at all.
		err := p.walk(entry["value"], scope)
		if err != nil && hasNode(entry["value"], "RECURSIVE_CTE_NODE") && !p.shadows(name) {
			err = p.walk(entry["value"], append(slices.Clone(scope), name))
		}
		if err != nil {
			return nil, err
		}
		scope = append(scope, name)
	}
	return scope, nil
}

// shadows says whether a recursive CTE's name could be a relation's: it bears a
// prefix of the build's relations (mart_, core_, meta_…) or of DuckDB's catalogue,
// or it is a relation's own name. Deciding by prefix, not by the build's list, makes
// the answer the same whether a hidden table of that name exists or not, so the
// refusal tells an analyst nothing about what the build holds.
func (p policy) shadows(name string) bool {
	if p.relations[name] {
		return true
	}
	for _, prefix := range reservedPrefixes {
		if strings.HasPrefix(name, prefix) {
			return true
		}
	}
	for rel := range p.relations {
		if i := strings.IndexByte(rel, '_'); i > 0 && strings.HasPrefix(name, rel[:i+1]) {
			return true
		}
	}
	return false
}

// reservedPrefixes are the prefixes of the build's relations by convention, and of
// DuckDB's own catalogue views.
var reservedPrefixes = []string{"mart_", "ref_", "core_", "stg_", "meta_", "fn_", "duckdb_", "pg_", "sqlite_", "information_schema"}

// hasNode says whether a parse tree holds a node of the type.
func hasNode(tree any, typ string) bool {
	switch n := tree.(type) {
	case map[string]any:
		if n["type"] == typ {
			return true
		}
		for _, v := range n {
			if hasNode(v, typ) {
				return true
			}
		}
	case []any:
		for _, v := range n {
			if hasNode(v, typ) {
				return true
			}
		}
	}
	return false
}

func (p policy) checkNode(n map[string]any, ctes []string) error {
	if class, ok := n["class"].(string); ok {
		return p.checkExpression(n, class)
	}
	typ, ok := n["type"].(string)
	if !ok {
		return nil
	}
	switch {
	case !slices.Contains(nodeTypes, typ):
		return refuse("конструкцію %s у запиті не дозволено", typ)
	case typ == "BASE_TABLE":
		return p.checkRelation(n, ctes)
	case typ == "TABLE_FUNCTION":
		fn, _ := n["function"].(map[string]any)
		name, _ := fn["function_name"].(string)
		if !slices.Contains(tableFunctions, strings.ToLower(name)) || !plainSchema(fn["schema"]) {
			return refuse("табличну функцію %s заборонено: дозволено лише %s", name, strings.Join(tableFunctions, ", "))
		}
	}
	return nil
}

func (p policy) checkExpression(n map[string]any, class string) error {
	if class == "PARAMETER" && p.params {
		return nil
	}
	if !slices.Contains(expressionClasses, class) {
		return refuse("вираз %s у запиті не дозволено", class)
	}
	if class != "FUNCTION" && class != "WINDOW" {
		return nil
	}
	name, _ := n["function_name"].(string)
	_, found := slices.BinarySearch(scalarFunctions, strings.ToLower(name))
	found = found || p.catalog != nil && p.catalog.functions[strings.ToLower(name)]
	if !found || !plainSchema(n["schema"]) || n["catalog"] != nil && n["catalog"] != "" {
		return refuse("функцію %s у SQL-консолі не дозволено", name)
	}
	return nil
}

func (p policy) checkRelation(n map[string]any, ctes []string) error {
	name, _ := n["table_name"].(string)
	lower := strings.ToLower(name)
	if n["catalog_name"] == "" && n["schema_name"] == "" && slices.Contains(ctes, lower) {
		return nil
	}
	if p.catalog != nil {
		return p.catalog.checkRelation(n, name, p.role)
	}
	if n["catalog_name"] != "" || !plainSchema(n["schema_name"]) || !mayRead(p.role, lower) {
		return refuse("таблиця %s недоступна для ролі %s", name, p.role)
	}
	if !p.relations[lower] {
		// Said only of a name the role could read: whether a hidden table exists is
		// not the role's to learn.
		return hromadata.E(hromadata.NotFound, fmt.Sprintf("таблиці %s у поточній збірці немає: перелік доступних — у довіднику схеми", name))
	}
	return nil
}

// plainSchema accepts no schema or the build's own.
func plainSchema(v any) bool { return v == nil || v == "" || v == "main" }

// checkRelation lets a query about the catalogue read the catalogue's relations
// only (the build's are refused before, with a message of their own). Any other
// name the role could not read gets the same refusal as in a query of the build,
// whether or not such a relation exists.
func (c *catalogNames) checkRelation(n map[string]any, name, role string) error {
	key := strings.ToLower(name)
	if schema, _ := n["schema_name"].(string); schema != "" && schema != "main" {
		key = strings.ToLower(schema) + "." + key
	}
	switch {
	case n["catalog_name"] == "" && c.relations[key]:
		return nil
	case !strings.HasPrefix(key, "pg_") && !strings.HasPrefix(key, "information_schema_.") && !mayRead(role, key):
		return refuse("таблиця %s недоступна для ролі %s", name, role)
	}
	return refuse("таблиці %s у каталозі немає: запит до каталогу читає лише таблиці pg_catalog та information_schema", name)
}
