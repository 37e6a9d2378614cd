-- Budget lines executed far behind their months. The warehouse holds no annual plan,
-- so a line's pace is its own spending over the same months a year earlier: a line
-- that spent in the period less than half of that (and then spent at least 10 thousand
-- UAH, so that small lines do not fill the list) lags.
-- id: budget_line_lag
-- title: Рядок бюджету виконується із відставанням
-- link: /budget?period={period}
-- sources: budget_expenditures
-- needs: period+year_ago
WITH now AS (
    SELECT line_id, sum(amount_uah) / 1000 AS spent FROM mart_expenditures_monthly
    WHERE month >= $from::DATE AND month < $to::DATE GROUP BY line_id
), ago AS (
    SELECT line_id, sum(amount_uah) / 1000 AS spent FROM mart_expenditures_monthly
    WHERE month >= $ago_from::DATE AND month < $ago_to::DATE GROUP BY line_id
)
SELECT b.name_uk,
       'витрачено ' || replace(printf('%.1f', coalesce(now.spent, 0)), '.', ',') || ' тис. грн проти '
       || replace(printf('%.1f', ago.spent), '.', ',') || ' тис. грн за ті самі місяці роком раніше ('
       || round(100 * coalesce(now.spent, 0) / ago.spent)::INTEGER || ' %)'
FROM ago
LEFT JOIN now USING (line_id)
JOIN ref_budget_lines b ON b.id = ago.line_id
WHERE ago.spent >= 10 AND coalesce(now.spent, 0) < ago.spent / 2
ORDER BY coalesce(now.spent, 0) / ago.spent, b.name_uk;
