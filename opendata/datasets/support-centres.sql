-- Every month the centres' journals cover × service ever given, with zeros.
WITH months AS (SELECT DISTINCT month FROM meta_coverage WHERE source = 'centre_services'),
kinds AS (SELECT * FROM ref_centre_services WHERE code IN (SELECT service_code FROM core_centre_services)),
totals AS (
    SELECT date_trunc('month', service_date)::DATE AS month, service_code,
           count(*) AS services, count(DISTINCT visitor_id) AS visitors
    FROM core_centre_services GROUP BY ALL
)
SELECT m.month, k.centre, k.code AS service_code, k.name_uk AS service_name,
       coalesce(t.services, 0) AS services, coalesce(t.visitors, 0) AS visitors
FROM months m
CROSS JOIN kinds k
LEFT JOIN totals t ON t.month = m.month AND t.service_code = k.code
ORDER BY 1, 2, 3
