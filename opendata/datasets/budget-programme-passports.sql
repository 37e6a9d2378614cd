-- The passports' mart (sql/models/marts/mart_budget_passports.sql), in passport order.
SELECT * FROM mart_budget_passports
ORDER BY year, kpkvk, CASE section WHEN 'обсяг' THEN 1 WHEN 'мета' THEN 2 WHEN 'завдання' THEN 3 WHEN 'напрям' THEN 4 ELSE 5 END, item_no
