-- The passport as finally approved for its year (its latest edition): goals, tasks,
-- directions of spending and performance indicators with their planned values, and
-- each indicator's actual values by cumulative quarter from the execution reports.
-- test: not_null(kpkvk, year, approved, section, item_no, content)
-- test: unique(kpkvk, year, section, kind, item_no)
CREATE TABLE core_passport_items AS
WITH latest AS (
    SELECT kpkvk, year, max(approved) AS approved FROM stg_budget_passports GROUP BY ALL
)
SELECT p.kpkvk, p.year, p.approved, p.section, p.item_no, p.content, p.kind, p.unit,
       p.general_kop, p.special_kop, p.planned,
       max(r.actual) FILTER (WHERE r.quarter = 1) AS actual_q1,
       max(r.actual) FILTER (WHERE r.quarter = 2) AS actual_h1,
       max(r.actual) FILTER (WHERE r.quarter = 3) AS actual_9m,
       max(r.actual) FILTER (WHERE r.quarter = 4) AS actual_year
FROM stg_budget_passports p
JOIN latest USING (kpkvk, year, approved)
LEFT JOIN stg_budget_passport_reports r
       ON p.section = 'показник' AND r.kpkvk = p.kpkvk AND r.year = p.year AND r.kind = p.kind AND r.item_no = p.item_no
GROUP BY ALL;
