-- One row per year × programme (a budget line with a КПКВК) for every year the
-- accounting exports cover; the current year runs to the last month they cover.
WITH years AS (
    SELECT year(month) AS year, (max(month) + INTERVAL 1 MONTH)::DATE AS period_end
    FROM meta_coverage WHERE source = 'budget_expenditures' GROUP BY 1
),
lines AS (
    SELECT l.id, l.kpkvk, l.fund, l.name_uk, coalesce(p.name_uk, l.name_uk) AS direction
    FROM ref_budget_lines l LEFT JOIN ref_budget_lines p ON p.id = l.parent_id
    WHERE l.kpkvk IS NOT NULL AND l.kpkvk <> ''
),
paid AS (
    SELECT year(paid_date) AS year, line_id, sum(amount_kop) AS kop FROM core_expenditures GROUP BY ALL
),
people AS (
    SELECT year(list_date) AS year, b.ancestor_id AS line_id, 'family:' || family_id AS who, amount_kop
    FROM core_payments p JOIN core_budget_lines b ON b.line_id = p.budget_line
    UNION ALL
    SELECT year(paid_date), b.ancestor_id, 'person:' || person_id, amount_kop
    FROM core_city_payments c JOIN core_budget_lines b ON b.line_id = c.budget_line
),
reached AS (
    SELECT year, line_id, count(DISTINCT who) AS recipients, sum(amount_kop) AS kop FROM people GROUP BY ALL
)
SELECT
    y.year,
    l.kpkvk,
    l.name_uk AS programme,
    l.direction,
    l.fund,
    round(coalesce(p.kop, 0) / 100.0, 2)::DOUBLE AS paid_uah,
    round(coalesce((SELECT sum(o.amount_kop) FROM core_obligations o
                    WHERE o.line_id = l.id AND year(o.registered) = y.year AND o.registered < y.period_end), 0) / 100.0, 2)::DOUBLE AS obligations_uah,
    round(coalesce((SELECT sum(o.amount_kop) FROM core_obligations o
                    WHERE o.line_id = l.id AND year(o.registered) = y.year AND o.registered < y.period_end
                      AND (o.paid IS NULL OR o.paid >= y.period_end)), 0) / 100.0, 2)::DOUBLE AS unpaid_uah,
    coalesce(r.recipients, 0) AS recipients,
    CASE WHEN r.recipients > 0 THEN round(r.kop / 100.0 / r.recipients, 2)::DOUBLE END AS per_recipient_uah
FROM years y
CROSS JOIN lines l
LEFT JOIN paid p ON p.year = y.year AND p.line_id = l.id
LEFT JOIN reached r ON r.year = y.year AND r.line_id = l.id
ORDER BY y.year, l.kpkvk
