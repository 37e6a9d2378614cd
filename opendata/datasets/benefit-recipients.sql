-- Dense: every date × office × benefit, with explicit zeros, so users need not
-- guess whether a missing row means none or unknown; a date an office's exported
-- register of assignments does not cover becomes an empty cell at publish
-- (Dataset.Coverage).
WITH dates AS (SELECT DISTINCT as_of FROM mart_recipients_monthly)
SELECT
    d.as_of,
    o.code AS office_code,
    o.name_uk AS office_name,
    b.code AS benefit_code,
    b.name_uk AS benefit_name,
    coalesce(r.families, 0) AS families
FROM dates d
CROSS JOIN ref_offices o
CROSS JOIN ref_benefits b
LEFT JOIN mart_recipients_monthly r
  ON r.as_of = d.as_of AND r.office_code = o.code AND r.benefit_code = b.code
ORDER BY d.as_of, b.code, o.code
