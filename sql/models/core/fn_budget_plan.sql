-- Plan against cash execution for [d_from, d_to) of one budget year, one row per
-- programme with a passport or with spending in the year (docs/exports/passports.md):
-- plan_uah is the edition in force on the period's last day (NULL: no passport then,
-- unknown); spent_ytd_uah is spent from 1 January to d_to; a line lags when its plan
-- is known and at least 10 000 UAH and its execution is more than 10 percentage points
-- behind the share of the year's months elapsed by the period's last month. Periods
-- are whole months, so the monthly spending mart holds what is needed.
CREATE MACRO budget_plan_execution(d_from, d_to) AS TABLE
WITH d AS (
    SELECT (d_to::DATE - 1) AS last_day, make_date(year(d_to::DATE - 1), 1, 1) AS jan1
), plans AS (
    SELECT e.line_id, e.plan_kop / 100.0 AS plan_uah, e.approved
    FROM core_passport_editions e, d
    WHERE e.year = year(d.last_day) AND e.approved <= d.last_day AND (e.superseded IS NULL OR e.superseded > d.last_day)
), spent AS (
    SELECT m.line_id, sum(m.amount_uah) AS ytd_uah, coalesce(sum(m.amount_uah) FILTER (WHERE m.month >= d_from::DATE), 0) AS period_uah
    FROM mart_expenditures_monthly m, d
    WHERE m.month >= d.jan1 AND m.month < d_to::DATE
    GROUP BY m.line_id
), lines AS (
    SELECT l.id AS line_id, l.kpkvk, l.name_uk, p.plan_uah, p.approved AS plan_approved,
           coalesce(s.period_uah, 0) AS spent_period_uah, coalesce(s.ytd_uah, 0) AS spent_ytd_uah,
           100.0 * month(d.last_day) / 12 AS elapsed_pct
    FROM ref_budget_lines l
    CROSS JOIN d
    LEFT JOIN plans p ON p.line_id = l.id
    LEFT JOIN spent s ON s.line_id = l.id
    WHERE l.kpkvk IS NOT NULL AND l.kpkvk <> '' AND (p.plan_uah IS NOT NULL OR s.ytd_uah IS NOT NULL)
)
SELECT line_id, kpkvk, name_uk, plan_approved, plan_uah, spent_period_uah, spent_ytd_uah,
       CASE WHEN plan_uah > 0 THEN 100.0 * spent_ytd_uah / plan_uah END AS execution_pct,
       elapsed_pct,
       coalesce(plan_uah >= 10000 AND 100.0 * spent_ytd_uah / plan_uah < elapsed_pct - 10, false) AS lags
FROM lines;

-- A number as Ukrainian text with one decimal: 11 389,0 (a no-break space between
-- thousands, a decimal comma), for messages people read.
CREATE MACRO uk_decimal(x) AS translate(format('{:,.1f}', x::DOUBLE), ',.', chr(160) || ',');
