-- Reconciliation: a family belongs to one office, so the offices' distinct families
-- must add up to the city's at every date.
SELECT c.as_of, c.families AS city, sum(o.families) AS offices
FROM mart_families_monthly c
JOIN mart_families_monthly o ON o.as_of = c.as_of AND o.office_code <> 'ALL'
WHERE c.office_code = 'ALL'
GROUP BY c.as_of, c.families
HAVING sum(o.families) <> c.families;
