-- Residents of each place at the start of every month after one the placements
-- export covers.
WITH dates AS (
    SELECT DISTINCT (month + INTERVAL 1 MONTH)::DATE AS as_of FROM meta_coverage WHERE source = 'idp_dormitories'
      -- the department's reporting period: registers reach decades back
      AND month >= (SELECT min(month) FROM meta_coverage WHERE source = 'budget_expenditures')
),
places AS (SELECT DISTINCT place FROM stg_idp_dormitories)
SELECT
    d.as_of,
    p.place::VARCHAR AS place,
    (SELECT count(DISTINCT r.certificate_id) FROM stg_idp_dormitories r
     WHERE r.place = p.place AND r.moved_in < d.as_of AND (r.moved_out IS NULL OR r.moved_out >= d.as_of)) AS residents
FROM dates d CROSS JOIN places p
ORDER BY 1, 2
