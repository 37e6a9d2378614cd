SELECT
    e.month,
    e.kpkvk,
    l.name_uk AS programme,
    e.fund,
    e.documents,
    round(e.amount_uah, 2)::DOUBLE AS amount_uah
FROM mart_expenditures_monthly e
JOIN ref_budget_lines l ON l.id = e.line_id
ORDER BY e.month, e.kpkvk
