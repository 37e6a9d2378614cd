-- Dense: every date × office × benefit, with explicit zeros, so users need not
-- guess whether a missing row means none or unknown; a date an office's exported
-- register of assignments does not cover is an empty cell, never 0 (meta_coverage).
WITH dates AS (SELECT DISTINCT as_of FROM mart_recipients_monthly)
SELECT
    d.as_of,
    o.code AS office_code,
    o.name_uk AS office_name,
    b.code AS benefit_code,
    b.name_uk AS benefit_name,
    CASE WHEN EXISTS (
        SELECT 1 FROM meta_coverage c
        WHERE c.source = 'benefit_assignments' AND c.office_code = o.code
          AND c.month = (d.as_of - INTERVAL 1 MONTH)::DATE)
    THEN coalesce(r.families, 0) END AS families
FROM dates d
CROSS JOIN ref_offices o
CROSS JOIN ref_benefits b
LEFT JOIN mart_recipients_monthly r
  ON r.as_of = d.as_of AND r.office_code = o.code AND r.benefit_code = b.code
ORDER BY d.as_of, b.code, o.code
