-- Dense: every date the register's snapshots cover × office × category ever held.
-- A stock at the start of a day needs the month before it covered (Dataset.Coverage).
WITH dates AS (
    SELECT DISTINCT (month + INTERVAL 1 MONTH)::DATE AS as_of FROM meta_coverage WHERE source = 'privileges'
      -- the department's reporting period: registers reach decades back
      AND month >= (SELECT min(month) FROM meta_coverage WHERE source = 'budget_expenditures')
),
categories AS (SELECT lgcode, name_uk FROM ref_privileges WHERE lgcode IN (SELECT lgcode FROM core_privileges)),
held AS (
    SELECT d.as_of, p.office_code, p.lgcode, count(DISTINCT p.person_id) AS persons
    FROM dates d
    JOIN core_privileges p ON p.granted < d.as_of AND (p.ended IS NULL OR p.ended >= d.as_of)
    GROUP BY ALL
)
SELECT
    d.as_of,
    o.code AS office_code,
    o.name_uk AS office_name,
    c.lgcode::VARCHAR AS category_code,
    c.name_uk AS category_name,
    coalesce(h.persons, 0) AS persons
FROM dates d
CROSS JOIN ref_offices o
CROSS JOIN categories c
LEFT JOIN held h ON h.as_of = d.as_of AND h.office_code = o.code AND h.lgcode = c.lgcode
ORDER BY 1, 2, 4
