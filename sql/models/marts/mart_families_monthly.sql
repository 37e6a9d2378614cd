-- Distinct families receiving any benefit at the start of each month, by office and
-- for the city: a family with several benefits counts once.
-- test: not_null(as_of, office_code, families)
CREATE TABLE mart_families_monthly AS
WITH months AS (SELECT DISTINCT as_of FROM mart_recipients_monthly)
SELECT
    m.as_of,
    coalesce(a.office_code, 'ALL') AS office_code,
    count(DISTINCT a.family_id) AS families
FROM months m
JOIN core_assignments a
  ON a.date_from < m.as_of AND (a.date_to IS NULL OR a.date_to >= m.as_of)
GROUP BY GROUPING SETS ((m.as_of, a.office_code), (m.as_of));
