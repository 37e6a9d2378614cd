-- The Centre's cases with their unit's kind and department. client is the person, or
-- the case for a homeless person with no documents; tags carry what indicators filter
-- on: the category, 'idp', 'fee:<kind>', and the sex; the age tag is the indicators'
-- to add at the date they count at, from the birth date (csc_tags_at).
-- test: not_null(unit_kind, department, client)
CREATE TABLE core_csc_cases AS
SELECT c.unit, u.kind AS unit_kind, u.department, c.case_no,
       coalesce(c.person_id, 'case:' || c.unit || ':' || c.case_no) AS client,
       c.category, c.birth_date, c.taken_on, c.removed_on, c.reason,
       list_filter([c.category, CASE WHEN c.idp THEN 'idp' END, 'fee:' || c.fee,
                    CASE c.sex WHEN 'ж' THEN 'female' WHEN 'ч' THEN 'male' END], x -> x IS NOT NULL) AS tags
FROM stg_csc_cases c
JOIN ref_csc_units u ON u.code = c.unit;
