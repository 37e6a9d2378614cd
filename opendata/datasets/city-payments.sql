-- Dense over the months the registers cover and the payments ever made.
WITH months AS (SELECT DISTINCT month FROM meta_coverage WHERE source = 'city_payments'),
totals AS (
    SELECT date_trunc('month', paid_date)::DATE AS month, payment_code,
           count(DISTINCT person_id) AS persons, count(DISTINCT case_id) AS cases, sum(amount_kop) AS kop
    FROM core_city_payments GROUP BY ALL
),
kinds AS (SELECT * FROM ref_city_payments WHERE code IN (SELECT payment_code FROM core_city_payments))
SELECT m.month, k.code::VARCHAR AS payment_code, k.name_uk AS payment_name, k.periodicity,
       coalesce(t.persons, 0) AS persons, coalesce(t.cases, 0) AS cases,
       round(coalesce(t.kop, 0) / 100.0, 2)::DOUBLE AS amount_uah
FROM months m
CROSS JOIN kinds k
LEFT JOIN totals t ON t.month = m.month AND t.payment_code = k.code
ORDER BY 1, 2
