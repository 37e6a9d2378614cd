-- The Centre's acts with their unit's kind and the act's key. client is the person,
-- else the case (a family, a homeless person with no documents); acts with neither
-- (a raid, a trip) have none. tags carry the category and the sex; the age tag is the
-- indicators' to add, from the birth date (csc_tags_at).
-- test: not_null(unit_kind, act_key)
CREATE TABLE core_csc_acts AS
SELECT a.act_date, a.unit, u.kind AS unit_kind, r.key AS act_key, a.case_no,
       coalesce(a.person_id, 'case:' || a.unit || ':' || a.case_no) AS client,
       a.birth_date, a.children, coalesce(a.quantity, 1) AS quantity, a.measures, a.amount_kop,
       list_filter([a.category, CASE a.sex WHEN 'ж' THEN 'female' WHEN 'ч' THEN 'male' END],
                   x -> x IS NOT NULL) AS tags
FROM stg_csc_acts a
JOIN ref_csc_units u ON u.code = a.unit
JOIN ref_csc_acts r ON r.code = a.act_code;
