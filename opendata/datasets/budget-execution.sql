SELECT
    date_trunc('month', e.paid_date)::DATE AS month,
    e.kpkvk,
    l.name_uk AS programme,
    e.kekv,
    coalesce(k.name_uk, 'КЕКВ ' || e.kekv) AS kekv_name,
    e.fund,
    count(*) AS documents,
    round(sum(e.amount_kop) / 100.0, 2)::DOUBLE AS amount_uah
FROM core_expenditures e
JOIN ref_budget_lines l ON l.id = e.line_id
LEFT JOIN ref_kekv k ON k.code = e.kekv
GROUP BY ALL
ORDER BY 1, 2, 4, 6
