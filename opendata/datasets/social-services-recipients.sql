-- Dense: every month the Centre's registers cover × unit with a register, with
-- explicit zeros; a month they do not cover is emptied at publish (Dataset.Coverage).
WITH months AS (SELECT DISTINCT month FROM meta_coverage WHERE source = 'csc_cases'),
units AS (
    SELECT code, department, kind, name_uk FROM ref_csc_units
    WHERE code IN (SELECT DISTINCT unit FROM core_csc_cases)
)
SELECT
    m.month,
    u.code AS unit_code,
    u.name_uk AS unit_name,
    u.kind AS unit_kind,
    (SELECT count(DISTINCT c.client) FROM core_csc_cases c
     WHERE c.unit = u.code AND c.taken_on < m.month + INTERVAL 1 MONTH
       AND (c.removed_on IS NULL OR c.removed_on >= m.month)) AS recipients
FROM months m
CROSS JOIN units u
ORDER BY m.month, u.code
