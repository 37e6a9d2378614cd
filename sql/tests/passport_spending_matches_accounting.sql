-- The cost indicator «Обсяг видатків» (грн) of an execution report equals the cash
-- expenditures of the programme from 1 January to the end of the reported quarter,
-- to the hryvnia, wherever the accounting's exports cover all those months.
WITH reported AS (
    SELECT kpkvk, year, quarter, actual, make_date(year, 1, 1) AS jan1, make_date(year, 1, 1) + INTERVAL (3 * quarter) MONTH AS until
    FROM stg_budget_passport_reports
    WHERE kind = 'затрат' AND unit = 'грн' AND indicator = 'Обсяг видатків'
)
SELECT r.kpkvk, r.year, r.quarter, r.actual,
       (SELECT coalesce(sum(amount_kop), 0) / 100.0 FROM core_expenditures e
        WHERE e.kpkvk = r.kpkvk AND e.paid_date >= r.jan1 AND e.paid_date < r.until) AS spent_uah
FROM reported r
WHERE (SELECT count(DISTINCT month) FROM meta_coverage
       WHERE source = 'budget_expenditures' AND month >= r.jan1 AND month < r.until) = 3 * r.quarter
  AND abs(r.actual - (SELECT coalesce(sum(amount_kop), 0) / 100.0 FROM core_expenditures e
                      WHERE e.kpkvk = r.kpkvk AND e.paid_date >= r.jan1 AND e.paid_date < r.until)) >= 1;
