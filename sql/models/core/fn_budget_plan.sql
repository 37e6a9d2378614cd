-- Plan against cash execution for [d_from, d_to) of one budget year, one row per
-- programme with a passport or with spending in the year (docs/exports/passports.md):
-- plan_uah is the edition in force on the period's last day (NULL: no passport then,
-- unknown); spent_ytd_uah is spent from 1 January to d_to; a line lags when its plan
-- is known and at least 10 000 UAH and its execution is more than 10 percentage points
-- behind the share of the year's months elapsed by the period's last month.
CREATE MACRO budget_plan_execution(d_from, d_to) AS TABLE
WITH d AS (
    SELECT (d_to::DATE - 1) AS last_day, make_date(year(d_to::DATE - 1), 1, 1) AS jan1
), plans AS (
    SELECT e.line_id, e.plan_kop, e.approved
    FROM core_passport_editions e, d
    WHERE e.year = year(d.last_day) AND e.approved <= d.last_day AND (e.superseded IS NULL OR e.superseded > d.last_day)
), spent AS (
    SELECT e.line_id, sum(e.amount_kop) AS ytd_kop, coalesce(sum(e.amount_kop) FILTER (WHERE e.paid_date >= d_from::DATE), 0) AS period_kop
    FROM core_expenditures e, d
    WHERE e.paid_date >= d.jan1 AND e.paid_date < d_to::DATE
    GROUP BY e.line_id
), rows AS (
    SELECT l.id AS line_id, l.kpkvk, l.name_uk, p.plan_kop, p.approved AS plan_approved,
           coalesce(s.period_kop, 0) AS period_kop, coalesce(s.ytd_kop, 0) AS ytd_kop,
           100.0 * month(d.last_day) / 12 AS elapsed_pct
    FROM ref_budget_lines l
    CROSS JOIN d
    LEFT JOIN plans p ON p.line_id = l.id
    LEFT JOIN spent s ON s.line_id = l.id
    WHERE l.kpkvk IS NOT NULL AND l.kpkvk <> '' AND (p.plan_kop IS NOT NULL OR s.ytd_kop IS NOT NULL)
)
SELECT line_id, kpkvk, name_uk, plan_approved,
       plan_kop / 100.0 AS plan_uah,
       period_kop / 100.0 AS spent_period_uah,
       ytd_kop / 100.0 AS spent_ytd_uah,
       CASE WHEN plan_kop > 0 THEN 100.0 * ytd_kop / plan_kop END AS execution_pct,
       elapsed_pct,
       coalesce(plan_kop >= 1000000 AND 100.0 * ytd_kop / plan_kop < elapsed_pct - 10, false) AS lags
FROM rows;
