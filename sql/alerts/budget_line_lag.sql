-- Budget lines executed behind their plan (docs/exports/passports.md, «Рядок відстає»):
-- a programme whose passport is in force on the period's last day lags when its cash
-- execution since 1 January is more than 10 percentage points behind the share of the
-- year elapsed (budget_plan_execution). Only a programme with no passport that day
-- falls back to its own pace a year earlier: it lags when it spent in the period less
-- than half of the same months a year earlier (then at least 10 thousand UAH), and only
-- where the accounting's exports cover those months, for without them nothing is known.
-- id: budget_line_lag
-- title: Рядок бюджету виконується із відставанням
-- link: /budget?period={period}
-- sources: budget_expenditures
-- needs: year_to_date
WITH planned AS (
    SELECT * FROM budget_plan_execution($from::DATE, $to::DATE)
), now AS (
    SELECT line_id, sum(amount_uah) / 1000 AS spent FROM mart_expenditures_monthly
    WHERE month >= $from::DATE AND month < $to::DATE GROUP BY line_id
), ago AS (
    SELECT line_id, sum(amount_uah) / 1000 AS spent FROM mart_expenditures_monthly
    WHERE month >= $ago_from::DATE AND month < $ago_to::DATE GROUP BY line_id
), ago_covered AS (
    SELECT count(DISTINCT month) = datediff('month', $ago_from::DATE, $ago_to::DATE) AS yes
    FROM meta_coverage WHERE source = 'budget_expenditures' AND month >= $ago_from::DATE AND month < $ago_to::DATE
), found AS (
    SELECT name_uk, execution_pct - elapsed_pct AS behind,
           'виконано ' || uk_decimal(execution_pct) || ' % плану ('
           || uk_decimal(spent_ytd_uah / 1000) || ' з '
           || uk_decimal(plan_uah / 1000) || ' тис. грн) при '
           || uk_decimal(elapsed_pct) || ' % року, що минув' AS detail
    FROM planned WHERE lags
    UNION ALL
    SELECT b.name_uk, 100 * coalesce(now.spent, 0) / ago.spent - 100,
           'паспорта на цей день немає; витрачено ' || uk_decimal(coalesce(now.spent, 0)) || ' тис. грн проти '
           || uk_decimal(ago.spent) || ' тис. грн за ті самі місяці роком раніше ('
           || round(100 * coalesce(now.spent, 0) / ago.spent)::INTEGER || ' %)'
    FROM ago
    LEFT JOIN now USING (line_id)
    JOIN ref_budget_lines b ON b.id = ago.line_id
    WHERE (SELECT yes FROM ago_covered)
      AND ago.line_id NOT IN (SELECT line_id FROM planned WHERE plan_uah IS NOT NULL)
      AND ago.spent >= 10 AND coalesce(now.spent, 0) < ago.spent / 2
)
SELECT name_uk, detail FROM found ORDER BY behind, name_uk
