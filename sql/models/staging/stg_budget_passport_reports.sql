-- Execution reports of the passports: actual values of the indicators, cumulative from
-- the start of the year to the end of the reported quarter (docs/exports/passports.md).
-- test: not_null(kpkvk, year, quarter, kind, item_no, actual)
-- test: unique(kpkvk, year, quarter, kind, item_no)
CREATE TABLE stg_budget_passport_reports AS
SELECT kpkvk, year::INTEGER AS year,
       CASE report_period WHEN 'I квартал' THEN 1 WHEN 'I півріччя' THEN 2 WHEN '9 місяців' THEN 3 WHEN 'рік' THEN 4 END AS quarter,
       kind, item_no::INTEGER AS item_no, indicator, unit,
       replace(regexp_replace(actual, '[^0-9,]', '', 'g'), ',', '.')::DECIMAL(18, 3) AS actual,
       explanation, _file AS source_file, _line AS source_line
FROM raw_budget_passport_reports;
