-- Dense: every month the payment lists cover × office × benefit ever paid, with
-- explicit zeros; months an office's lists do not cover are emptied at publish.
WITH months AS (SELECT DISTINCT month FROM meta_coverage WHERE source = 'benefit_payments'),
paid AS (
    SELECT date_trunc('month', list_date)::DATE AS month, office_code, benefit_code,
           count(*) AS payments, count(DISTINCT family_id) AS families, sum(amount_kop) / 100.0 AS amount_uah
    FROM core_payments GROUP BY ALL
),
benefits AS (SELECT * FROM ref_benefits WHERE code IN (SELECT benefit_code FROM core_payments))
SELECT
    m.month,
    o.code AS office_code,
    o.name_uk AS office_name,
    b.code AS benefit_code,
    b.name_uk AS benefit_name,
    coalesce(p.payments, 0) AS payments,
    coalesce(p.families, 0) AS families,
    round(coalesce(p.amount_uah, 0), 2)::DOUBLE AS amount_uah
FROM months m
CROSS JOIN ref_offices o
CROSS JOIN benefits b
LEFT JOIN paid p ON p.month = m.month AND p.office_code = o.code AND p.benefit_code = b.code
ORDER BY m.month, b.code, o.code
