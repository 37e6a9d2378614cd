-- Every programme with cash expenditures in a year whose passports are loaded has a
-- passport for that year: a plan cannot be missing for money that was spent.
SELECT DISTINCT year(e.paid_date) AS year, e.kpkvk
FROM core_expenditures e
WHERE year(e.paid_date) IN (SELECT DISTINCT year(month) FROM meta_coverage WHERE source = 'budget_passports')
  AND NOT EXISTS (SELECT 1 FROM core_passport_editions p WHERE p.kpkvk = e.kpkvk AND p.year = year(e.paid_date));
