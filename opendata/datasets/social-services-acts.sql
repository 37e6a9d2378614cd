-- Every month the acts cover × unit × kind of act the unit has ever made, with zeros.
WITH months AS (SELECT DISTINCT month FROM meta_coverage WHERE source = 'csc_acts'),
pairs AS (SELECT DISTINCT unit, act_key FROM core_csc_acts),
totals AS (
    SELECT date_trunc('month', act_date)::DATE AS month, unit, act_key,
           count(*) AS acts, count(DISTINCT client) AS clients, sum(quantity) AS quantity
    FROM core_csc_acts GROUP BY ALL
)
SELECT m.month, u.code AS unit_code, u.name_uk AS unit_name, r.code::VARCHAR AS act_code, r.name_uk AS act_name,
       coalesce(t.acts, 0) AS acts, coalesce(t.clients, 0) AS clients, coalesce(t.quantity, 0)::BIGINT AS quantity
FROM months m
CROSS JOIN pairs p
JOIN ref_csc_units u ON u.code = p.unit
JOIN ref_csc_acts r ON r.key = p.act_key
LEFT JOIN totals t ON t.month = m.month AND t.unit = p.unit AND t.act_key = p.act_key
ORDER BY 1, 2, 4
