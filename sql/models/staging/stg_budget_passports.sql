-- Budget programme passports: every element of every edition (docs/exports/passports.md).
-- The planned value arrives as text with a decimal comma, validated by the loader.
-- test: not_null(kpkvk, year, approved, order_no, section, item_no, content)
-- test: unique(kpkvk, year, approved, section, item_no)
CREATE TABLE stg_budget_passports AS
SELECT kpkvk, year::INTEGER AS year, approved, order_no, section, item_no::INTEGER AS item_no, content, kind, unit,
       general_kop, special_kop,
       replace(regexp_replace(planned, '[^0-9,]', '', 'g'), ',', '.')::DECIMAL(18, 3) AS planned,
       _file AS source_file, _line AS source_line
FROM raw_budget_passports;
